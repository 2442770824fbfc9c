package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path"
	"strings"

	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/msg"
)

// book is a workbook opened for reading only what scoring needs: the sheet list, the shared
// strings, and the cells of the sheets asked for, streamed. Styles, themes, drawings and
// everything else are never inflated. It is several times faster than a full spreadsheet
// library's open, which matters when an evaluator scores a whole cohort.
//
// Everything read is counted against the limits, not only bytes: XML tokens, the length of a
// token, parts, sheets, relationships, shared strings, rows and cells. A small file can
// otherwise ask for minutes or gigabytes.
type book struct {
	parts  map[string]part
	sheets []sheetRef
	sst    []string
	lim    Limits
	bud    *budget
	// sstBytes counts the text kept from the shared strings, against MaxStringBytes.
	sstBytes int
}

// part is one entry of the archive: its name as written, and how to inflate it.
type part struct {
	name string
	f    interface{ Open() (io.ReadCloser, error) }
}

type sheetRef struct {
	Name, Path string
}

var (
	errTooLarge   = errors.New("unzip size exceeds the limit")
	errNoWorkbook = errors.New("no workbook part")
)

// partKey is how part names are matched: without regard to case or slash direction, as the
// Open Packaging Conventions ask and as other readers do.
func partKey(name string) string {
	return strings.ToLower(strings.TrimLeft(strings.ReplaceAll(name, `\`, "/"), "/"))
}

// newBook reads the archive of size bytes in r: its part list, sheet list and shared strings.
func newBook(r io.ReaderAt, size int64, lim Limits) (*book, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, err
	}
	if len(zr.File) > lim.MaxParts {
		return nil, &fault{ID: "xlsx.too_many_parts", Args: msg.Args{"Max": lim.MaxParts}}
	}
	b := &book{parts: make(map[string]part, len(zr.File)), lim: lim, bud: &budget{lim: lim}}
	for _, zf := range zr.File {
		k := partKey(zf.Name)
		if _, dup := b.parts[k]; dup {
			return nil, &fault{ID: "xlsx.duplicate_part", Args: msg.Args{"Part": zf.Name}, Part: zf.Name}
		}
		b.parts[k] = part{zf.Name, zf}
	}
	if err := b.readWorkbook(); err != nil {
		return nil, err
	}
	return b, nil
}

// open starts reading one XML part, counted against the limits.
func (b *book) open(name string) (*xmlPart, error) {
	pt, ok := b.parts[partKey(name)]
	if !ok {
		return nil, os.ErrNotExist
	}
	rc, err := pt.f.Open()
	if err != nil {
		return nil, err
	}
	return newXMLPart(pt.name, rc, b.bud), nil
}

// relationships reads a .rels part: ID to target, and type suffix to target. The type's last
// path segment is enough to tell transitional from Strict Open XML apart and both read.
func (b *book) relationships(name string) (map[string]string, map[string]string, error) {
	p, err := b.open(name)
	if err != nil {
		return nil, nil, err
	}
	defer p.Close()
	byID, byType := map[string]string{}, map[string]string{}
	for n := 0; ; {
		tok, err := p.next()
		if err == io.EOF {
			return byID, byType, nil
		}
		if err != nil {
			return nil, nil, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			if n++; n > b.lim.MaxParts {
				return nil, nil, &fault{ID: "xlsx.too_many_parts", Args: msg.Args{"Max": b.lim.MaxParts}, Part: p.name}
			}
			id, target, typ := attr(se, "Id"), attr(se, "Target"), attr(se, "Type")
			byID[id] = target
			if i := strings.LastIndex(typ, "/"); i >= 0 {
				byType[typ[i+1:]] = target
			}
		}
	}
}

// resolve turns a relationship target into a part name, relative to the part's folder.
func resolve(from, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return strings.TrimLeft(target, "/")
	}
	return path.Clean(path.Join(path.Dir(strings.ReplaceAll(from, `\`, "/")), target))
}

func (b *book) readWorkbook() error {
	wbPath := "xl/workbook.xml"
	if _, byType, err := b.relationships("_rels/.rels"); err == nil {
		if t, ok := byType["officeDocument"]; ok {
			wbPath = resolve("", t)
		}
	} else if f := (*fault)(nil); errors.As(err, &f) || errors.Is(err, errTooLarge) {
		return err // a limit passed; anything else in the package relationships is not needed
	}
	if _, ok := b.parts[partKey(wbPath)]; !ok {
		return errNoWorkbook
	}
	relsPath := path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels")
	byID, byType, err := b.relationships(relsPath)
	if err != nil {
		return err
	}
	p, err := b.open(wbPath)
	if err != nil {
		return err
	}
	defer p.Close()
	for {
		tok, err := p.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "sheet" {
			continue
		}
		var rid string
		for _, a := range se.Attr {
			if a.Name.Local == "id" && a.Name.Space != "" {
				rid = a.Value
			}
		}
		if target, ok := byID[rid]; ok {
			if len(b.sheets) >= b.lim.MaxParts {
				return &fault{ID: "xlsx.too_many_parts", Args: msg.Args{"Max": b.lim.MaxParts}, Part: p.name}
			}
			b.sheets = append(b.sheets, sheetRef{Name: attr(se, "name"), Path: resolve(wbPath, target)})
		}
	}
	if sst, ok := byType["sharedStrings"]; ok {
		return b.readSharedStrings(resolve(wbPath, sst))
	}
	return nil
}

// readSharedStrings reads the string table: each item's text runs joined, phonetic runs left
// out. An item longer than MaxCell is kept one byte too long, enough to be reported if a cell
// that is read uses it.
func (b *book) readSharedStrings(name string) error {
	p, err := b.open(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return err
	}
	defer p.Close()
	var cur bytes.Buffer
	inSI, inT, inPh := false, false, false
	for {
		tok, err := p.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				cur.Reset()
			case "t":
				inT = inSI
			case "rPh":
				inPh = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				if inSI {
					if err := b.addString(p.name, cur.String()); err != nil {
						return err
					}
				}
				inSI = false
			case "t":
				inT = false
			case "rPh":
				inPh = false
			}
		case xml.CharData:
			if inT && !inPh {
				appendCapped(&cur, t, b.lim.MaxCell)
			}
		}
	}
}

// addString keeps one shared string, within MaxStrings items and MaxStringBytes of text.
func (b *book) addString(part, s string) error {
	b.sstBytes += len(s)
	if len(b.sst) >= b.lim.MaxStrings || b.sstBytes > b.lim.MaxStringBytes {
		return &fault{ID: "xlsx.too_many_strings", Args: msg.Args{"Max": b.lim.MaxStrings, "MaxMiB": b.lim.MaxStringBytes >> 20}, Part: part}
	}
	b.sst = append(b.sst, s)
	return nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// Sheets lists the workbook's sheets in order.
func (b *book) Sheets() []workbook.Sheet {
	out := make([]workbook.Sheet, len(b.sheets))
	for i, s := range b.sheets {
		out[i] = workbook.Sheet{Name: s.Name}
	}
	return out
}

// Rows streams sheet i's rows to fn until it returns false or the sheet ends.
func (b *book) Rows(i int, fn func(workbook.Row) bool) error {
	return b.rows(b.sheets[i].Path, fn)
}
