package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The workbooks wwc writes store every figure as a number with a number format, so that an
// evaluator can sort, sum and filter them, and print every sheet on A4 landscape, one page
// wide, the header repeated on every page. xlsxBook and xlsxSheet are the one place that
// knows how; each excelize call's error is kept (the first one) and returned by finish.

// cellKind says how a cell is stored and shown.
type cellKind int

const (
	cellEmpty   cellKind = iota
	cellText             // text, made inert by SafeCell
	cellInt              // a count: an integer
	cellYear             // a year: an integer without a thousands separator
	cellPercent          // a share, stored as a fraction (0.581) and shown as 58.1 %
	cellNumber           // a measured value, as given
)

// xcell is one cell to write: its kind, its value and, when not zero, a style of its own.
type xcell struct {
	kind  cellKind
	s     string
	f     float64
	style int
	link  string
}

func textCell(s string) xcell {
	if s == "" {
		return xcell{}
	}
	return xcell{kind: cellText, s: s}
}

func intCell(n int) xcell { return xcell{kind: cellInt, f: float64(n)} }

// yearCell is empty for year 0 (no year given).
func yearCell(y int) xcell {
	if y == 0 {
		return xcell{}
	}
	return xcell{kind: cellYear, f: float64(y)}
}

// percentCell takes a share in percent (58.1) and stores the fraction (0.581).
func percentCell(p float64) xcell { return xcell{kind: cellPercent, f: p / 100} }

// numberCell is empty for a value not given. (excelize writes NaN and the infinities, which
// no spreadsheet holds as numbers, as text; TestNumbersNoSpreadsheetHolds keeps it so.)
func numberCell(p *float64) xcell {
	if p == nil {
		return xcell{}
	}
	return xcell{kind: cellNumber, f: *p}
}

func (c xcell) with(style int) xcell {
	c.style = style
	return c
}

func (c xcell) linked(url string) xcell {
	c.link = url
	return c
}

// percentFormat shows a fraction as a percentage with one decimal, in the reader's locale.
const percentFormat = "0.0%"

// xlsxBook is a workbook being written: its styles and the first error of any call.
type xlsxBook struct {
	f   *excelize.File
	err error
	// styles
	title, header, label, text, integer, year, percent, number, link, bold, boldPercent int
	tier                                                                                map[string]int
	sheets                                                                              []*xlsxSheet
}

// newBook starts a workbook and its styles; finish writes and closes it.
func newBook() *xlsxBook {
	b := &xlsxBook{f: excelize.NewFile(), tier: map[string]int{}}
	top := func(wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Vertical: "top", Horizontal: "left", Indent: 1, WrapText: wrap}
	}
	// A figure keeps a space from the text of the column to its right.
	figure := &excelize.Alignment{Vertical: "top", Horizontal: "right", Indent: 1}
	pctFmt := percentFormat
	b.title = b.style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	b.header = b.style(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#1F4E79"}}, Alignment: top(true)})
	b.label = b.style(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top(true)})
	b.text = b.style(&excelize.Style{Alignment: top(true)})
	b.integer = b.style(&excelize.Style{NumFmt: 1, Alignment: figure})
	b.year = b.style(&excelize.Style{NumFmt: 1, Alignment: figure})
	b.percent = b.style(&excelize.Style{CustomNumFmt: &pctFmt, Alignment: figure})
	b.number = b.style(&excelize.Style{NumFmt: 0, Alignment: figure})
	b.link = b.style(&excelize.Style{Font: &excelize.Font{Color: "#0B63B6", Underline: "single"}, Alignment: top(true)})
	b.bold = b.style(&excelize.Style{Font: &excelize.Font{Bold: true}, NumFmt: 1, Alignment: figure})
	b.boldPercent = b.style(&excelize.Style{Font: &excelize.Font{Bold: true}, CustomNumFmt: &pctFmt, Alignment: figure})
	for id, color := range tierColors {
		b.tier[id] = b.style(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}, Alignment: top(false)})
	}
	return b
}

// keep records err when it is the first.
func (b *xlsxBook) keep(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

func (b *xlsxBook) style(s *excelize.Style) int {
	id, err := b.f.NewStyle(s)
	b.keep(err)
	return id
}

// sheet adds a worksheet called name (the first takes the place of the default Sheet1).
func (b *xlsxBook) sheet(name string) *xlsxSheet {
	if len(b.sheets) == 0 {
		b.keep(b.f.SetSheetName("Sheet1", name))
	} else {
		_, err := b.f.NewSheet(name)
		b.keep(err)
	}
	s := &xlsxSheet{b: b, name: name, headers: map[int][]string{}, caps: map[int]float64{}, wrapped: map[int][]wrappedText{}}
	b.sheets = append(b.sheets, s)
	return s
}

// finish lays out every sheet, marks the workbook as wwc's, writes it to w and closes it.
// Nothing is written when a call failed.
func (b *xlsxBook) finish(w io.Writer) error {
	for _, s := range b.sheets {
		s.layout()
	}
	b.keep(markWorkbook(b.f))
	if b.err == nil {
		_, err := b.f.WriteTo(w)
		b.keep(err)
	}
	b.keep(b.f.Close())
	return b.err
}

// xlsxSheet writes one worksheet, row by row, measuring its columns as it goes.
type xlsxSheet struct {
	b    *xlsxBook
	name string
	// printTitle is the row frozen on screen and repeated on every printed page.
	printTitle int
	// filter, when set, is the table the sheet's autofilter covers.
	filter           string
	widths           []float64 // widest content per column, in characters
	headers          map[int][]string
	caps             map[int]float64
	spans            []span
	wrapped          map[int][]wrappedText // by row: text that may take more than a line
	lastCol, lastRow int
}

// span is a text merged across columns from..to of a row (to 0: the sheet's last column).
type span struct {
	row, from, to int
	c             xcell
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

// cap limits column col (1-based) to w characters; longer text wraps.
func (s *xlsxSheet) cap(col int, w float64) { s.caps[col] = w }

// cell names the cell at col and row; "" (and the error kept) when there is no such cell.
func (s *xlsxSheet) cell(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	s.b.keep(err)
	return name
}

func (s *xlsxSheet) measure(col int, w float64) {
	for len(s.widths) < col {
		s.widths = append(s.widths, 0)
	}
	s.widths[col-1] = max(s.widths[col-1], w)
	s.lastCol = max(s.lastCol, col)
}

// row writes cells from column A of row n.
func (s *xlsxSheet) row(n int, cells ...xcell) {
	s.lastRow = max(s.lastRow, n)
	for i, c := range cells {
		s.put(i+1, n, c)
	}
}

func (s *xlsxSheet) put(col, row int, c xcell) {
	b, name := s.b, s.cell(col, row)
	if name == "" {
		return
	}
	style := c.style
	switch c.kind {
	case cellEmpty:
		if style != 0 {
			b.keep(b.f.SetCellStyle(s.name, name, name, style))
		}
		return
	case cellText:
		b.keep(b.f.SetCellStr(s.name, name, SafeCell(c.s)))
		if style == 0 {
			style = b.text
		}
		w := 0
		for _, line := range strings.Split(c.s, "\n") {
			w = max(w, utf8.RuneCountInString(line))
		}
		s.measure(col, float64(w)+indent)
		if w > minWidth || strings.Contains(c.s, "\n") {
			s.wrapped[row] = append(s.wrapped[row], wrappedText{col, c.s})
		}
	case cellInt, cellYear:
		b.keep(b.f.SetCellInt(s.name, name, int64(c.f)))
		if style == 0 {
			style = map[cellKind]int{cellInt: b.integer, cellYear: b.year}[c.kind]
		}
		s.measure(col, float64(len(strconv.Itoa(int(c.f))))+1)
	case cellPercent:
		b.keep(b.f.SetCellFloat(s.name, name, c.f, -1, 64))
		if style == 0 {
			style = b.percent
		}
		s.measure(col, 8)
	case cellNumber:
		b.keep(b.f.SetCellFloat(s.name, name, c.f, -1, 64))
		if style == 0 {
			style = b.number
		}
		s.measure(col, float64(len(strconv.FormatFloat(c.f, 'f', -1, 64)))+1)
	}
	b.keep(b.f.SetCellStyle(s.name, name, name, style))
	if c.link != "" {
		b.keep(b.f.SetCellHyperLink(s.name, name, c.link, "External"))
	}
}

// header writes a header row at n: bold on dark blue, wrapped at word boundaries, each
// column at least as wide as the header's longest word and its filter button.
func (s *xlsxSheet) header(n int, labels ...string) {
	s.lastRow = max(s.lastRow, n)
	s.headers[n] = labels
	for i, l := range labels {
		name := s.cell(i+1, n)
		s.b.keep(s.b.f.SetCellStr(s.name, name, SafeCell(l)))
		s.b.keep(s.b.f.SetCellStyle(s.name, name, name, s.b.header))
		s.measure(i+1, 0)
		for _, word := range strings.Fields(l) {
			s.measure(i+1, float64(utf8.RuneCountInString(word))*1.05+2.5+indent)
		}
	}
}

// title writes a heading at row n that may run across the columns to its right.
func (s *xlsxSheet) title(n int, text string, style int) {
	s.lastRow = max(s.lastRow, n)
	name := s.cell(1, n)
	s.b.keep(s.b.f.SetCellStr(s.name, name, SafeCell(text)))
	if style != 0 {
		s.b.keep(s.b.f.SetCellStyle(s.name, name, name, style))
	}
}

// note writes a sentence at row n across the sheet's columns, wrapped: a line too long for
// the printed width wraps instead of running off the page.
func (s *xlsxSheet) note(n int, text string) {
	s.span(n, 1, 0, textCell(text))
}

// span writes a text at row n merged across columns from..to (to 0: the last column of the
// sheet), wrapped, its row as tall as the text needs.
func (s *xlsxSheet) span(n, from, to int, c xcell) {
	s.lastRow = max(s.lastRow, n)
	if c.style == 0 {
		c.style = s.b.text
	}
	s.spans = append(s.spans, span{n, from, to, c})
}

// width is the column's final width in characters.
func (s *xlsxSheet) width(col int) float64 {
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

// lines is how many lines text takes in a column width characters wide, wrapped at spaces
// (a word longer than the line is broken where the line ends, as spreadsheets do). A width
// counts digits; a text's letters are narrower, by about a tenth on average.
func lines(text string, width float64) int {
	width = max((width-indent)*1.1, 1)
	n := 0
	for _, para := range strings.Split(text, "\n") {
		n++
		col := 0.0
		for _, word := range strings.Fields(para) {
			w := float64(utf8.RuneCountInString(word))
			if col > 0 && col+1+w > width {
				n++
				col = 0
			}
			if col > 0 {
				col++
			}
			for w > width {
				n++
				w -= width
			}
			col += w
		}
	}
	return n
}

// maxRowHeight is the tallest row a spreadsheet allows, in points.
const maxRowHeight = 409

// rowHeight is the height of a row of k lines of 11-point text, in points, at most the
// tallest a row may be (a longer text is cut there, on screen and on paper).
func rowHeight(k int) float64 { return min(float64(k)*15, maxRowHeight) }

// layout sets the column widths, the heights of header rows and notes, the frozen header,
// the autofilter and the page setup: A4 landscape, one page wide, the print title repeated.
func (s *xlsxSheet) layout() {
	b := s.b
	for col := 1; col <= max(s.lastCol, 1); col++ {
		w := s.width(col)
		c, err := excelize.ColumnNumberToName(col)
		b.keep(err)
		b.keep(b.f.SetColWidth(s.name, c, c, w))
	}
	height := map[int]int{} // lines per row
	for n, labels := range s.headers {
		height[n] = 1
		for i, l := range labels {
			height[n] = max(height[n], lines(l, s.width(i+1)-2.5))
		}
	}
	for n, texts := range s.wrapped {
		if _, ok := s.headers[n]; ok {
			continue
		}
		for _, x := range texts {
			height[n] = max(height[n], lines(x.text, s.width(x.col)))
		}
	}
	for _, sp := range s.spans {
		to := sp.to
		if to == 0 {
			to = max(s.lastCol, sp.from)
		}
		first, end := s.cell(sp.from, sp.row), s.cell(to, sp.row)
		if first == "" || end == "" {
			continue
		}
		width := 0.0
		for col := sp.from; col <= to; col++ {
			width += s.width(col)
		}
		b.keep(b.f.SetCellStr(s.name, first, SafeCell(sp.c.s)))
		if to > sp.from {
			b.keep(b.f.MergeCell(s.name, first, end))
		}
		b.keep(b.f.SetCellStyle(s.name, first, end, sp.c.style))
		height[sp.row] = max(height[sp.row], lines(sp.c.s, width))
	}
	for n, k := range height {
		if k > 1 || s.headers[n] != nil {
			b.keep(b.f.SetRowHeight(s.name, n, rowHeight(k)))
		}
	}
	if s.filter != "" {
		b.keep(b.f.AutoFilter(s.name, s.filter, nil))
	}
	if s.printTitle > 0 {
		top := s.cell(1, s.printTitle+1)
		b.keep(b.f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: s.printTitle, TopLeftCell: top, ActivePane: "bottomLeft"}))
		ref := fmt.Sprintf("'%s'!$%d:$%d", strings.ReplaceAll(s.name, "'", "''"), s.printTitle, s.printTitle)
		b.keep(b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: s.name}))
	}
	size, landscape, one, tall := 9, "landscape", 1, 0
	side, edge, band := 0.4, 0.6, 0.3 // inches
	b.keep(b.f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape, FitToWidth: &one, FitToHeight: &tall}))
	b.keep(b.f.SetPageMargins(s.name, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &edge, Bottom: &edge, Header: &band, Footer: &band}))
	fit := true
	b.keep(b.f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit}))
}

// table is the reference of the rectangle from A(first) to column cols of row last.
func (s *xlsxSheet) table(first, cols, last int) string {
	return s.cell(1, first) + ":" + s.cell(cols, last)
}
