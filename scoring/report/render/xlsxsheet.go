package render

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Sheet writes one worksheet, row by row, measuring its columns as it goes.
type Sheet struct {
	b    *Book
	name string
	// PrintTitle is the row frozen on screen and repeated on every printed page.
	PrintTitle int
	// Filter, when set, is the table the sheet's autofilter covers (see Table).
	Filter           string
	widths           []float64 // widest content per column, in characters
	headers          map[int][]string
	caps             map[int]float64
	spans            []span
	wrapped          map[int][]wrappedText // by row: text that may take more than a line
	lastCol, lastRow int
}

// Span is a text merged across columns from..to of a row (to 0: the sheet's last column).
type span struct {
	row, from, to int
	c             Cell
}

type wrappedText struct {
	col  int
	text string
}

// minWidth and maxWidth bound a column that has no cap of its own; indent is the room the
// indent of a text takes, in characters.
const (
	minWidth = 6
	maxWidth = 50
	indent   = 1.5
)

// Cap limits column col (1-based) to w characters; longer text wraps.
func (s *Sheet) Cap(col int, w float64) { s.caps[col] = w }

// cell names the cell at col and row; "" (and the error kept) when there is no such cell.
func (s *Sheet) cell(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	s.b.keep(err)
	return name
}

func (s *Sheet) Measure(col int, w float64) {
	for len(s.widths) < col {
		s.widths = append(s.widths, 0)
	}
	s.widths[col-1] = max(s.widths[col-1], w)
	s.lastCol = max(s.lastCol, col)
}

// Row writes cells from column A of row n.
func (s *Sheet) Row(n int, cells ...Cell) {
	s.lastRow = max(s.lastRow, n)
	for i, c := range cells {
		s.Put(i+1, n, c)
	}
}

func (s *Sheet) Put(col, row int, c Cell) {
	b, name := s.b, s.cell(col, row)
	if name == "" {
		return
	}
	style := c.style
	switch c.kind {
	case CellEmpty:
		if style != 0 {
			b.keep(b.f.SetCellStyle(s.name, name, name, style))
		}
		return
	case CellText:
		b.keep(b.f.SetCellStr(s.name, name, SafeCell(c.s)))
		if style == 0 {
			style = b.Styles.Text
		}
		w := 0
		for _, line := range strings.Split(c.s, "\n") {
			w = max(w, utf8.RuneCountInString(line))
		}
		s.Measure(col, float64(w)+indent)
		if w > minWidth || strings.Contains(c.s, "\n") {
			s.wrapped[row] = append(s.wrapped[row], wrappedText{col, c.s})
		}
	case CellInt, CellYear:
		b.keep(b.f.SetCellInt(s.name, name, int64(c.f)))
		if style == 0 {
			style = map[CellKind]int{CellInt: b.Styles.Integer, CellYear: b.Styles.Year}[c.kind]
		}
		s.Measure(col, float64(len(strconv.Itoa(int(c.f))))+1)
	case CellPercent:
		b.keep(b.f.SetCellFloat(s.name, name, c.f, -1, 64))
		if style == 0 {
			style = b.Styles.Percent
		}
		s.Measure(col, 8)
	case CellNumber:
		b.keep(b.f.SetCellFloat(s.name, name, c.f, -1, 64))
		if style == 0 {
			style = b.Styles.Number
		}
		s.Measure(col, float64(len(strconv.FormatFloat(c.f, 'f', -1, 64)))+1)
	}
	b.keep(b.f.SetCellStyle(s.name, name, name, style))
	if c.link != "" {
		b.keep(b.f.SetCellHyperLink(s.name, name, c.link, "External"))
	}
}

// Header writes a header row at n: bold on dark blue, wrapped at word boundaries, each
// column at least as wide as the header's longest word and its filter button.
func (s *Sheet) Header(n int, labels ...string) {
	s.lastRow = max(s.lastRow, n)
	s.headers[n] = labels
	for i, l := range labels {
		name := s.cell(i+1, n)
		s.b.keep(s.b.f.SetCellStr(s.name, name, SafeCell(l)))
		s.b.keep(s.b.f.SetCellStyle(s.name, name, name, s.b.Styles.Header))
		s.Measure(i+1, 0)
		for _, word := range strings.Fields(l) {
			s.Measure(i+1, float64(utf8.RuneCountInString(word))*1.05+2.5+indent)
		}
	}
}

// Title writes a heading at row n that may run across the columns to its right.
func (s *Sheet) Title(n int, text string, style int) {
	s.lastRow = max(s.lastRow, n)
	name := s.cell(1, n)
	s.b.keep(s.b.f.SetCellStr(s.name, name, SafeCell(text)))
	if style != 0 {
		s.b.keep(s.b.f.SetCellStyle(s.name, name, name, style))
	}
}

// Note writes a sentence at row n across the sheet's columns, wrapped: a line too long for
// the printed width wraps instead of running off the page.
func (s *Sheet) Note(n int, text string) {
	s.Span(n, 1, 0, TextCell(text))
}

// span writes a text at row n merged across columns from..to (to 0: the last column of the
// sheet), wrapped, its row as tall as the text needs.
func (s *Sheet) Span(n, from, to int, c Cell) {
	s.lastRow = max(s.lastRow, n)
	if c.style == 0 {
		c.style = s.b.Styles.Text
	}
	s.spans = append(s.spans, span{n, from, to, c})
}

// width is the column's final width in characters.
func (s *Sheet) width(col int) float64 {
	w := minWidth * 1.0
	if col <= len(s.widths) {
		w = max(w, s.widths[col-1]+1)
	}
	limit := maxWidth * 1.0
	if c, ok := s.caps[col]; ok {
		limit = c
	}
	return min(w, limit)
}

// Table is the reference of the rectangle from A(first) to column cols of row last.
func (s *Sheet) Table(first, cols, last int) string {
	return s.cell(1, first) + ":" + s.cell(cols, last)
}
