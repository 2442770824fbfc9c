package xlsx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/msg"
)

// The most a sheet can have, in Excel and in the Open XML standard: column XFD, row 1048576.
const (
	maxColumns = 16384
	maxRowNum  = 1 << 20
)

// rows streams the rows of the sheet part at sheetPath to fn until it returns false or the
// sheet ends.
func (b *book) rows(sheetPath string, fn func(workbook.Row) bool) error {
	p, err := b.open(sheetPath)
	if err != nil {
		return err
	}
	defer p.Close()
	s := &sheetStream{b: b, part: p.name}
	for {
		tok, err := p.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		more, err := s.token(tok, fn)
		if err != nil {
			return p.damaged(err)
		}
		if !more {
			return nil
		}
	}
}

// sheetStream is the state of one sheet being read, a token at a time.
type sheetStream struct {
	b    *book
	part string

	row          workbook.Row
	inRow        bool
	rowNum       int
	cells        int // cells seen in the row, against maxColumns
	col, nextCol int
	ref, typ     string

	value, formula, inline    bytes.Buffer
	inV, inF, inIS, inT, inPh bool
	hasF, hasV                bool
}

// token takes one token; it reports whether fn wants more rows.
func (s *sheetStream) token(tok xml.Token, fn func(workbook.Row) bool) (bool, error) {
	switch t := tok.(type) {
	case xml.StartElement:
		switch t.Name.Local {
		case "row":
			return true, s.startRow(t)
		case "c":
			if s.inRow {
				return true, s.startCell(t)
			}
		case "v":
			s.inV, s.hasV = true, true
		case "f":
			s.inF, s.hasF = true, true
		case "is":
			s.inIS = true
		case "t":
			s.inT = s.inIS
		case "rPh":
			s.inPh = true
		}
	case xml.EndElement:
		switch t.Name.Local {
		case "c":
			if s.inRow {
				return true, s.endCell()
			}
		case "v":
			s.inV = false
		case "f":
			s.inF = false
		case "is":
			s.inIS = false
		case "t":
			s.inT = false
		case "rPh":
			s.inPh = false
		case "row":
			if s.inRow {
				s.inRow = false
				return fn(s.row), nil
			}
		case "sheetData":
			return false, nil
		}
	case xml.CharData:
		max := s.b.lim.MaxCell
		switch {
		case s.inV:
			appendCapped(&s.value, t, max)
		case s.inF:
			appendCapped(&s.formula, t, max)
		case s.inT && !s.inPh:
			appendCapped(&s.inline, t, max)
		}
	}
	return true, nil
}

// startRow reads a row's number: its r attribute, or the one after the last row's.
func (s *sheetStream) startRow(t xml.StartElement) error {
	s.rowNum++
	if ref := attr(t, "r"); ref != "" {
		n, err := strconv.Atoi(strings.TrimSpace(ref))
		if err != nil || n < 1 || n > maxRowNum {
			return s.fault("xlsx.bad_row_ref", msg.Args{"Ref": clip(ref)}, "")
		}
		s.rowNum = n
	}
	s.inRow = true
	s.row = workbook.Row{Num: s.rowNum}
	s.nextCol, s.cells = 0, 0
	return nil
}

// startCell reads a cell's column (its reference, or the one after the last cell's) and type.
func (s *sheetStream) startCell(t xml.StartElement) error {
	if s.cells++; s.cells > maxColumns {
		return s.fault("xlsx.too_many_cells", msg.Args{"Max": maxColumns}, "")
	}
	s.col = s.nextCol
	s.ref = attr(t, "r")
	if s.ref != "" {
		c, ok := columnOf(s.ref)
		if !ok {
			return s.fault("xlsx.bad_cell_ref", msg.Args{"Ref": clip(s.ref)}, "")
		}
		s.col = c
	} else if s.col >= maxColumns {
		return s.fault("xlsx.too_many_cells", msg.Args{"Max": maxColumns}, "")
	}
	s.nextCol = s.col + 1
	s.typ = attr(t, "t")
	s.value.Reset()
	s.formula.Reset()
	s.inline.Reset()
	s.hasF, s.hasV = false, false
	return nil
}

// endCell puts the cell's text in the row.
func (s *sheetStream) endCell() error {
	var v string
	switch s.typ {
	case "s":
		if s.hasV {
			i, ok := index(bytes.TrimSpace(s.value.Bytes()))
			if !ok || i >= len(s.b.sst) {
				return s.fault("xlsx.bad_shared_string", msg.Args{"Value": clip(s.value.String()), "Count": len(s.b.sst)}, workbook.CellName(s.col, s.rowNum))
			}
			v = s.b.sst[i]
		}
	case "inlineStr":
		v = s.inline.String()
		s.hasV = s.hasV || s.inline.Len() > 0
	default:
		v = s.value.String()
	}
	row := &s.row
	if v != "" && s.col >= len(row.Cells) {
		// Empty cells before this one are slots too: they count against the budget as
		// tokens do, or a cell far to the right on every row would cost without bound.
		if err := s.b.bud.spend(int64(s.col+1-len(row.Cells)), s.part); err != nil {
			return err
		}
		if s.col >= cap(row.Cells) {
			grown := make([]string, s.col+1, max(s.col+1, 2*cap(row.Cells)))
			copy(grown, row.Cells)
			row.Cells = grown
		} else {
			row.Cells = row.Cells[:s.col+1]
		}
	}
	if v != "" {
		row.Cells[s.col] = v
		if (s.typ == "" || s.typ == "n") && s.hasV {
			// A number cell: its text is Excel's own, never read by the table's language.
			if row.Numbers == nil {
				row.Numbers = map[int]bool{}
			}
			row.Numbers[s.col] = true
		}
	}
	// A formula whose result was saved has a value; an empty one is only a result when the
	// formula gives text (t="str"), as an empty string.
	if s.hasF && (!s.hasV || (len(bytes.TrimSpace(s.value.Bytes())) == 0 && s.typ != "str" && s.typ != "inlineStr")) {
		if row.Uncached == nil {
			row.Uncached = map[int]string{}
		}
		row.Uncached[s.col] = s.formula.String()
	}
	return nil
}

// index reads a shared string's index: digits only, without allocating (most cells are shared
// strings). Nine digits are more than MaxStrings allows.
func index(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// fault places a problem in the sheet: at a cell when given, else at the row.
func (s *sheetStream) fault(id string, args msg.Args, cell string) error {
	return &fault{ID: id, Args: args, Part: s.part, Row: s.rowNum, Cell: cell, damage: true}
}

// clip shortens what a file holds for quoting in a message.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// columnOf reads the column of a cell reference, "B5" is 1 and "AA10" is 26, within XFD and
// row 1048576; "B" or "5" or "XFE1" is no cell.
func columnOf(ref string) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		if col = col*26 + int(c-'a'+1); col > maxColumns {
			return 0, false
		}
	}
	if col == 0 || i == len(ref) || len(ref)-i > 7 {
		return 0, false
	}
	row := 0
	for ; i < len(ref); i++ {
		if ref[i] < '0' || ref[i] > '9' {
			return 0, false
		}
		row = row*10 + int(ref[i]-'0')
	}
	return col - 1, row >= 1 && row <= maxRowNum
}
