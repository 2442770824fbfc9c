package xlsx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/citydatakit/wwc/internal/msg"
)

var errBadEncoding = errors.New("unsupported encoding")

// fault is a problem found in the workbook's structure or past one of its limits: a message
// ID and its arguments, to which ReadWithLimits adds the file and the place (the part, the
// sheet, the row or the cell).
type fault struct {
	ID   string
	Args msg.Args
	// Part is the archive part it was found in.
	Part string
	// Row and Cell place it in a sheet, when known.
	Row  int
	Cell string
	// damage is set for what a spreadsheet program never writes, as opposed to a limit passed:
	// the part may then just be corrupt, which its checksum tells.
	damage bool
}

func (f *fault) Error() string { return f.ID + " in " + f.Part }

// budget is what reading a workbook may still cost, shared by every part read from it: bytes
// inflated and XML tokens decoded. Bytes alone do not bound the work, since a few bytes of XML
// can make a token.
type budget struct {
	lim      Limits
	inflated int64
	tokens   int64
}

// xmlPart is one XML part being read with the limits: every token counts against the
// workbook's budget, and no single token may grow past MaxToken bytes.
type xmlPart struct {
	name string
	rc   io.ReadCloser
	m    *meter
	d    *xml.Decoder
	bud  *budget
	// encoding is the encoding the part declared, when it is one that is not read.
	encoding string
}

// newXMLPart decodes the part called name from r, which the caller closes through Close.
// UTF-16 (with a byte order mark, or recognizable from its first character) is transcoded.
func newXMLPart(name string, r io.ReadCloser, bud *budget) *xmlPart {
	// The first bytes tell the encoding; the decoder's own buffer is the only one.
	counter := &inflateCounter{r: r, bud: bud, part: name}
	var headBuf [4]byte
	n, _ := io.ReadFull(counter, headBuf[:])
	head := headBuf[:n]
	var src io.Reader = io.MultiReader(bytes.NewReader(head), counter)
	utf16 := false
	if len(head) >= 2 {
		switch {
		case head[0] == 0xFF && head[1] == 0xFE, len(head) == 4 && head[0] == '<' && head[1] == 0 && head[2] != 0 && head[3] == 0:
			src, utf16 = transform.NewReader(src, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()), true
		case head[0] == 0xFE && head[1] == 0xFF, len(head) == 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] != 0:
			src, utf16 = transform.NewReader(src, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()), true
		case len(head) >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF:
			src = io.MultiReader(bytes.NewReader(head[3:]), counter)
		}
	}
	m := &meter{r: src, max: int64(bud.lim.MaxToken), part: name}
	p := &xmlPart{name: name, rc: r, m: m, d: xml.NewDecoder(m), bud: bud}
	p.d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		// The bytes are UTF-8 by now: declared UTF-16 was transcoded above, and ASCII is UTF-8.
		l := strings.ToLower(label)
		if utf16 && strings.HasPrefix(l, "utf-16") || l == "us-ascii" || l == "ascii" || l == "utf8" {
			return in, nil
		}
		p.encoding = label
		return nil, errBadEncoding
	}
	return p
}

// next returns the next raw token, counting it.
func (p *xmlPart) next() (xml.Token, error) {
	tok, err := p.d.RawToken()
	if err != nil {
		if p.encoding != "" {
			return nil, &fault{ID: "xlsx.bad_encoding", Args: msg.Args{"Encoding": p.encoding}, Part: p.name}
		}
		return nil, err
	}
	p.m.mark = p.m.n
	if err := p.bud.spend(1, p.name); err != nil {
		return nil, err
	}
	return tok, nil
}

// spend counts n tokens' worth of work done in part against MaxTokens.
func (b *budget) spend(n int64, part string) error {
	if b.tokens += n; b.tokens > b.lim.MaxTokens {
		return &fault{ID: "xlsx.too_many_tokens", Args: msg.Args{"Max": b.lim.MaxTokens}, Part: part}
	}
	return nil
}

// damaged returns err, or, when err is damage and the rest of the part fails its checksum or
// does not inflate, that error instead: the file was cut or corrupted, which says more.
func (p *xmlPart) damaged(err error) error {
	var f *fault
	if !errors.As(err, &f) || !f.damage {
		return err
	}
	if _, cerr := io.Copy(io.Discard, p.m.r); cerr != nil && !errors.Is(cerr, errTooLarge) {
		return cerr
	}
	return err
}

func (p *xmlPart) Close() error { return p.rc.Close() }

// inflateCounter counts the bytes inflated from the archive against MaxUnzipped, whatever the
// part's header claimed.
type inflateCounter struct {
	r    io.Reader
	bud  *budget
	part string
}

func (c *inflateCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bud.inflated += int64(n)
	if c.bud.inflated > c.bud.lim.MaxUnzipped {
		return n, errTooLarge
	}
	return n, err
}

// meter fails a read when the decoder has taken more than max bytes since it last returned a
// token: one token (a text, a tag, a comment, whitespace) is growing without bound.
type meter struct {
	r       io.Reader
	n, mark int64
	max     int64
	part    string
}

func (m *meter) Read(p []byte) (int, error) {
	if m.n-m.mark > m.max {
		return 0, &fault{ID: "xlsx.token_too_long", Args: msg.Args{"Max": m.max >> 10}, Part: m.part}
	}
	n, err := m.r.Read(p)
	m.n += int64(n)
	return n, err
}

// appendCapped writes data to buf, keeping at most max+1 bytes: one more than the limit, so
// that a cell too long is still seen to be and reported, not read whole.
func appendCapped(buf *bytes.Buffer, data []byte, max int) {
	if room := max + 1 - buf.Len(); room < len(data) {
		if room > 0 {
			buf.Write(data[:room])
		}
		return
	}
	buf.Write(data)
}
