package ods

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment/workbook"
)

// maxCols is the widest sheet a spreadsheet program makes (16,384 columns); cells past it
// are not read. A repeated cell with something in it is spread over the columns it covers up
// to there; empty repeated cells (LibreOffice repeats them to the sheet's edge) only move the
// column on.
const maxCols = 16384

// maxSlots bounds the cells and rows kept for a whole workbook (each a string or row header,
// 16 MiB at most): a city workbook keeps a few hundred; a file past it is refused as too
// large, not read in part.
const maxSlots = 1 << 20

// maxText bounds the text kept for a whole workbook. It is mostly bounded by the inflated
// size already; this catches spaces written as <text:s text:c="100000"/>, which cost a few
// bytes of XML each.
const maxText = 64 << 20

// parser turns content.xml (or a flat .fods document) into a book in one pass of tokens.
type parser struct {
	lim   Limits
	flat  bool
	b     *book
	slots int
	kept  int // bytes of text kept

	// the sheet being read
	cur      *sheet
	tables   int // depth of table:table elements outside cells
	nextRow  int // number of the next row
	lastText int // number of the last row with something in it
	full     bool

	// the row being read
	inRow     bool
	skipRow   bool // the sheet keeps no more rows: its cells are not even laid out
	rowRepeat int
	cells     []string
	uncached  map[int]string
	numbers   map[int]bool // the row's number cells, by column
	col       int

	// the cell being read
	inCell    bool
	cellDepth int // element depth inside the cell
	skipDepth int // > 0 while inside an annotation or note, whose text is not the cell's
	paraDepth int // depth of the open paragraph, 0 when none
	paras     int
	colRepeat int
	covered   bool
	valueType string
	calcType  string // calcext:value-type, which alone marks an error result
	value     string
	boolValue string
	strValue  string
	hasStr    bool
	formula   string
	text      strings.Builder
	space     bool // the text so far ends in a collapsible space
}

func parse(r io.Reader, lim Limits, flat bool) (*book, error) {
	p := &parser{lim: lim, flat: flat, b: &book{}}
	d := xml.NewDecoder(r)
	sawRoot := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !sawRoot {
				sawRoot = true
				if !p.root(t) {
					return nil, errNotSheet
				}
			}
			if err := p.start(t); err != nil {
				return nil, err
			}
		case xml.EndElement:
			if err := p.end(t); err != nil {
				return nil, err
			}
		case xml.CharData:
			if p.inCell && p.paraDepth > 0 && p.skipDepth == 0 && !p.skipRow {
				p.chars(t)
			}
		}
	}
	if !sawRoot {
		return nil, io.ErrUnexpectedEOF
	}
	return p.b, nil
}

// root checks the document element: office:document-content in a package, office:document
// with a spreadsheet mimetype in a flat file.
func (p *parser) root(t xml.StartElement) bool {
	if !p.flat {
		return t.Name.Local == "document-content"
	}
	if t.Name.Local != "document" {
		return false
	}
	m := attr(t, "mimetype")
	return m == "" || strings.Contains(m, "opendocument.spreadsheet")
}

func (p *parser) start(t xml.StartElement) error {
	if p.inCell {
		p.cellDepth++
		switch {
		case p.skipDepth > 0:
			p.skipDepth++
		case t.Name.Local == "annotation" || t.Name.Local == "note":
			p.skipDepth = 1
		case (t.Name.Local == "p" || t.Name.Local == "h") && p.cellDepth == 1:
			if p.paras > 0 {
				p.text.WriteByte('\n')
			}
			p.paras++
			p.paraDepth = p.cellDepth
			p.space = true // leading spaces of a paragraph are not shown
		case p.paraDepth > 0 && !p.skipRow:
			p.inline(t)
		}
		return nil
	}
	switch t.Name.Local {
	case "table":
		p.tables++
		if p.tables == 1 {
			*p.b = append(*p.b, sheet{Name: attr(t, "name")})
			p.cur = &(*p.b)[len(*p.b)-1]
			p.nextRow, p.lastText, p.full = 1, 0, false
		}
	case "table-row":
		if p.tables != 1 {
			return nil
		}
		p.inRow = true
		p.skipRow = p.full || p.nextRow > p.lim.MaxRows
		p.rowRepeat = repeat(attr(t, "number-rows-repeated"))
		p.cells = nil
		p.uncached = nil
		p.numbers = nil
		p.col = 0
	case "table-cell", "covered-table-cell":
		if !p.inRow || p.tables != 1 {
			return nil
		}
		p.inCell = true
		p.cellDepth, p.skipDepth, p.paraDepth, p.paras = 0, 0, 0, 0
		p.colRepeat = repeat(attr(t, "number-columns-repeated"))
		p.covered = t.Name.Local == "covered-table-cell"
		p.valueType, p.calcType, p.value, p.boolValue, p.strValue, p.hasStr, p.formula = "", "", "", "", "", false, ""
		for _, a := range t.Attr {
			switch a.Name.Local {
			case "value-type":
				if a.Name.Space == "calcext" {
					p.calcType = a.Value
				} else {
					p.valueType = a.Value
				}
			case "value":
				p.value = a.Value
			case "boolean-value":
				p.boolValue = a.Value
			case "string-value":
				p.strValue, p.hasStr = a.Value, true
			case "formula":
				p.formula = a.Value
			}
		}
		p.text.Reset()
	}
	return nil
}

// inline adds what a text element inside a paragraph shows: spaces, tabs and line breaks.
func (p *parser) inline(t xml.StartElement) {
	switch t.Name.Local {
	case "s":
		n := 1
		if c, err := strconv.Atoi(attr(t, "c")); err == nil && c > 1 {
			n = min(c, p.keep()-p.text.Len())
		}
		if n > 0 {
			p.write(strings.Repeat(" ", n))
		}
		p.space = false
	case "tab":
		p.write("\t")
		p.space = false
	case "line-break":
		p.write("\n")
		p.space = true
	}
}

// chars adds a paragraph's text with the white space collapsed, as ODF says it is shown.
func (p *parser) chars(b []byte) {
	if p.text.Len() >= p.keep() {
		return
	}
	start := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case ' ', '\t', '\n', '\r':
			p.write(string(b[start:i]))
			if i > start {
				p.space = false
			}
			if !p.space {
				p.write(" ")
				p.space = true
			}
			start = i + 1
		}
	}
	if start < len(b) {
		p.write(string(b[start:]))
		p.space = false
	}
}

// keep is how much of a cell's text is kept: enough for the table to say a cell is longer
// than MaxCell without holding all of it, and never so little that a header is cut.
func (p *parser) keep() int { return max(p.lim.MaxCell+1, 64<<10) }

// write adds text to the cell, up to keep bytes.
func (p *parser) write(s string) {
	if room := p.keep() - p.text.Len(); room > 0 {
		if len(s) > room {
			s = s[:room]
		}
		p.text.WriteString(s)
	}
}

func (p *parser) end(t xml.EndElement) error {
	if p.inCell {
		if p.cellDepth > 0 {
			if p.skipDepth > 0 {
				p.skipDepth--
			}
			if p.cellDepth == p.paraDepth {
				p.paraDepth = 0
			}
			p.cellDepth--
			return nil
		}
		return p.endCell()
	}
	switch t.Name.Local {
	case "table":
		p.tables--
		if p.tables == 0 {
			p.cur = nil
		}
	case "table-row":
		if p.inRow && p.tables == 1 {
			return p.endRow()
		}
	}
	return nil
}

// endCell places the cell's value in the row, spread over its repeated columns when it holds
// something.
func (p *parser) endCell() error {
	p.inCell = false
	n := p.colRepeat
	if p.skipRow || p.col >= maxCols {
		return nil
	}
	n = min(n, maxCols-p.col)
	v, uncached, isNumber := p.cellValue()
	if p.covered || (v == "" && !uncached) {
		p.col += n
		return nil
	}
	if p.kept += len(v); p.kept > maxText {
		return errTooManyCells
	}
	for i := 0; i < n; i++ {
		for len(p.cells) <= p.col {
			p.cells = append(p.cells, "")
		}
		p.cells[p.col] = v
		if isNumber {
			if p.numbers == nil {
				p.numbers = map[int]bool{}
			}
			p.numbers[p.col] = true
		}
		if uncached {
			if p.uncached == nil {
				p.uncached = map[int]string{}
			}
			p.uncached[p.col] = strings.TrimPrefix(strings.TrimPrefix(p.formula, "of:"), "=")
		}
		p.col++
	}
	return nil
}

// cellValue is the cell's raw value as the xlsx reader would pass it, whether it is a formula
// with no saved result, and whether it is a number cell (whose text is never read by the
// table's language).
func (p *parser) cellValue() (v string, uncached, isNumber bool) {
	text := p.text.String()
	if p.calcType == "error" {
		return text, false, false // the error shown, as #DIV/0! in an xlsx cell
	}
	switch p.valueType {
	case "float", "percentage", "currency":
		if v := strings.TrimSpace(p.value); v != "" {
			return v, false, true
		}
	case "boolean":
		switch strings.ToLower(strings.TrimSpace(p.boolValue)) {
		case "true", "1":
			return "TRUE", false, false
		case "false", "0":
			return "FALSE", false, false
		}
	case "string":
		if p.hasStr {
			return p.strValue, false, false
		}
	case "":
		if p.formula != "" && strings.TrimSpace(text) == "" {
			return "", true, false
		}
	}
	return text, false, false
}

// endRow keeps the row, once for each repetition, while the sheet can still use it: past
// MaxRows or a run of EmptyRun empty rows the table has ended and nothing more is kept.
func (p *parser) endRow() error {
	p.inRow = false
	first := p.nextRow
	p.nextRow += p.rowRepeat
	if p.full || p.cur == nil || (len(p.cells) == 0 && len(p.uncached) == 0) {
		return nil
	}
	// Repetitions share one slice of cells: each costs a row, not a copy of the cells.
	p.slots += len(p.cells)
	for num := first; num < first+p.rowRepeat; num++ {
		if num > p.lim.MaxRows || num-p.lastText > p.lim.EmptyRun {
			p.full = true
			return nil
		}
		if p.slots++; p.slots > maxSlots {
			return errTooManyCells
		}
		p.cur.Rows = append(p.cur.Rows, workbook.Row{Num: num, Cells: p.cells, Uncached: p.uncached, Numbers: p.numbers})
		p.lastText = num
	}
	return nil
}

// repeat reads a repetition count; anything odd counts once, and a count is capped so row
// numbers cannot overflow.
func repeat(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 1<<24)
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
