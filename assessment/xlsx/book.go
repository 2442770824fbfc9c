package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment/workbook"
)

// book is a workbook opened for reading only what scoring needs: the sheet list, the shared
// strings, and the cells of the sheets asked for, streamed. Styles, themes, drawings and
// everything else are never inflated. It is several times faster than a full spreadsheet
// library's open, which matters when an evaluator scores a whole cohort.
type book struct {
	file   *os.File
	zr     *zip.Reader
	parts  map[string]*zip.File
	sheets []sheetRef
	sst    []string
	lim    Limits
	// inflated counts the bytes read from the archive, against lim.MaxUnzipped.
	inflated int64
}

type sheetRef struct {
	Name, Path string
}

var (
	errTooLarge   = errors.New("unzip size exceeds the limit")
	errNoWorkbook = errors.New("no workbook part")
)

// openBook opens the archive and reads its sheet list and shared strings.
func openBook(p string, lim Limits) (*book, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil {
		f.Close()
		return nil, err
	}
	b := &book{file: f, zr: zr, parts: map[string]*zip.File{}, lim: lim}
	var declared uint64
	for _, zf := range zr.File {
		b.parts[strings.TrimPrefix(zf.Name, "/")] = zf
		declared += zf.UncompressedSize64
	}
	if declared > uint64(lim.MaxUnzipped) {
		f.Close()
		return nil, errTooLarge
	}
	if err := b.readWorkbook(); err != nil {
		f.Close()
		return nil, err
	}
	return b, nil
}

func (b *book) Close() error { return b.file.Close() }

// open inflates one part, counting it against the limit even if its header lied.
func (b *book) open(name string) (io.ReadCloser, error) {
	zf, ok := b.parts[strings.TrimPrefix(name, "/")]
	if !ok {
		return nil, os.ErrNotExist
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, err
	}
	return &limited{rc: rc, b: b}, nil
}

type limited struct {
	rc io.ReadCloser
	b  *book
}

func (l *limited) Read(p []byte) (int, error) {
	n, err := l.rc.Read(p)
	l.b.inflated += int64(n)
	if l.b.inflated > l.b.lim.MaxUnzipped {
		return n, errTooLarge
	}
	return n, err
}

func (l *limited) Close() error { return l.rc.Close() }

// relationships reads a .rels part: ID to target, and type suffix to target.
func (b *book) relationships(name string) (map[string]string, map[string]string, error) {
	rc, err := b.open(name)
	if err != nil {
		return nil, nil, err
	}
	defer rc.Close()
	byID, byType := map[string]string{}, map[string]string{}
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return byID, byType, nil
		}
		if err != nil {
			return nil, nil, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
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
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return path.Clean(path.Join(path.Dir(from), target))
}

func (b *book) readWorkbook() error {
	wbPath := "xl/workbook.xml"
	if _, byType, err := b.relationships("_rels/.rels"); err == nil {
		if t, ok := byType["officeDocument"]; ok {
			wbPath = resolve("", t)
		}
	}
	if _, ok := b.parts[wbPath]; !ok {
		return errNoWorkbook
	}
	relsPath := path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels")
	byID, byType, err := b.relationships(relsPath)
	if err != nil {
		return err
	}
	rc, err := b.open(wbPath)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.RawToken()
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
			b.sheets = append(b.sheets, sheetRef{Name: attr(se, "name"), Path: resolve(wbPath, target)})
		}
	}
	if sst, ok := byType["sharedStrings"]; ok {
		return b.readSharedStrings(resolve(wbPath, sst))
	}
	return nil
}

// readSharedStrings reads the string table: each item's text runs joined, phonetic runs left
// out.
func (b *book) readSharedStrings(name string) error {
	rc, err := b.open(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var cur strings.Builder
	inSI, inT, inPh := false, false, false
	for {
		tok, err := d.RawToken()
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
				b.sst = append(b.sst, cur.String())
				inSI = false
			case "t":
				inT = false
			case "rPh":
				inPh = false
			}
		case xml.CharData:
			if inT && !inPh {
				cur.Write(t)
			}
		}
	}
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// sheetRow is one row of a sheet as the workbook reader takes it.
type sheetRow = workbook.Row

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

// rows streams the rows of the sheet part at sheetPath to fn until it returns false or the
// sheet ends.
func (b *book) rows(sheetPath string, fn func(sheetRow) bool) error {
	rc, err := b.open(sheetPath)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var (
		row                       sheetRow
		inRow                     bool
		col, nextCol              int
		typ                       string
		value, formula, inline    bytes.Buffer
		inV, inF, inIS, inT, hasF bool
		hasV                      bool
	)
	rowNum := 0
	flushCell := func() {
		v := value.String()
		switch typ {
		case "s":
			if i, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && i >= 0 && i < len(b.sst) {
				v = b.sst[i]
			} else {
				v = ""
			}
		case "inlineStr":
			v = inline.String()
			hasV = hasV || inline.Len() > 0
		}
		for len(row.Cells) <= col {
			row.Cells = append(row.Cells, "")
		}
		row.Cells[col] = v
		if (typ == "" || typ == "n") && hasV && v != "" {
			if row.Numbers == nil {
				row.Numbers = map[int]bool{}
			}
			row.Numbers[col] = true
		}
		// A formula whose result was saved has a value; an empty one is only a result when
		// the formula gives text (t="str"), as an empty string.
		if hasF && (!hasV || (strings.TrimSpace(value.String()) == "" && typ != "str" && typ != "inlineStr")) {
			if row.Uncached == nil {
				row.Uncached = map[int]string{}
			}
			row.Uncached[col] = formula.String()
		}
	}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				inRow = true
				rowNum++
				if r, err := strconv.Atoi(attr(t, "r")); err == nil && r > 0 {
					rowNum = r
				}
				row = sheetRow{Num: rowNum}
				nextCol = 0
			case "c":
				if !inRow {
					continue
				}
				col = nextCol
				if ref := attr(t, "r"); ref != "" {
					if c, ok := columnOf(ref); ok {
						col = c
					}
				}
				nextCol = col + 1
				typ = attr(t, "t")
				value.Reset()
				formula.Reset()
				inline.Reset()
				hasF, hasV = false, false
			case "v":
				inV, hasV = true, true
			case "f":
				inF, hasF = true, true
			case "is":
				inIS = true
			case "t":
				inT = inIS
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "c":
				if inRow {
					flushCell()
				}
			case "v":
				inV = false
			case "f":
				inF = false
			case "is":
				inIS = false
			case "t":
				inT = false
			case "row":
				inRow = false
				if !fn(row) {
					return nil
				}
			case "sheetData":
				return nil
			}
		case xml.CharData:
			switch {
			case inV:
				value.Write(t)
			case inF:
				formula.Write(t)
			case inT:
				inline.Write(t)
			}
		}
	}
}

// columnOf reads the column of a cell reference: "B5" is 1, "AA10" is 26.
func columnOf(ref string) (int, bool) {
	col := 0
	n := 0
	for _, r := range ref {
		switch {
		case r >= 'A' && r <= 'Z':
			col = col*26 + int(r-'A'+1)
		case r >= 'a' && r <= 'z':
			col = col*26 + int(r-'a'+1)
		default:
			if n == 0 {
				return 0, false
			}
			return col - 1, col > 0 && col <= 16384
		}
		n++
	}
	return 0, false
}
