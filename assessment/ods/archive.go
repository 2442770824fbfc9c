package ods

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"strings"
)

// open reads the spreadsheet at path: a zip (.ods) whose content.xml is streamed, or a flat
// XML document (.fods) read as it is. The whole content is parsed once; only the rows a table
// can use are kept.
func open(path string, lim Limits) (*book, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	head := make([]byte, 4)
	if _, err := io.ReadFull(f, head); err != nil {
		return nil, io.ErrUnexpectedEOF
	}
	if !bytes.Equal(head, []byte("PK\x03\x04")) && !bytes.Equal(head, []byte("PK\x05\x06")) {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		return parse(&limited{r: f, left: lim.MaxUnzipped}, lim, true)
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil {
		return nil, err
	}
	var content, manifest *zip.File
	var declared uint64
	for _, zf := range zr.File {
		declared += zf.UncompressedSize64
		switch strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(zf.Name, `\`, "/"), "/")) {
		case "content.xml":
			content = zf
		case "meta-inf/manifest.xml":
			manifest = zf
		}
	}
	if declared > uint64(lim.MaxUnzipped) {
		return nil, errTooLarge
	}
	budget := &limited{left: lim.MaxUnzipped}
	if manifest != nil {
		if err := checkManifest(manifest, budget); err != nil {
			return nil, err
		}
	}
	if content == nil {
		return nil, errNoContent
	}
	rc, err := content.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	budget.r = rc
	return parse(budget, lim, false)
}

// checkManifest refuses an encrypted package: its content.xml cannot be read without the
// password, and saying so beats calling it damaged.
func checkManifest(zf *zip.File, budget *limited) error {
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	budget.r = rc
	d := xml.NewDecoder(budget)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "encryption-data" {
			return errEncrypted
		}
	}
}

// limited counts the bytes read against what is left of the inflated-size limit, whatever
// the archive's headers claimed.
type limited struct {
	r    io.Reader
	left int64
}

func (l *limited) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}
