package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

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

// MaxRowHeight is the tallest row a spreadsheet allows, in points.
const MaxRowHeight = 409

// rowHeight is the height of a row of k lines of 11-point text, in points, at most the
// tallest a row may be (a longer text is cut there, on screen and on paper).
func rowHeight(k int) float64 { return min(float64(k)*15, MaxRowHeight) }

// layout sets the column widths, the heights of header rows and notes, the frozen header,
// the autofilter and the page setup: A4 landscape, one page wide, the print title repeated.
func (s *Sheet) layout() {
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
	if s.Filter != "" {
		b.keep(b.f.AutoFilter(s.name, s.Filter, nil))
	}
	if s.PrintTitle > 0 {
		top := s.cell(1, s.PrintTitle+1)
		b.keep(b.f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: s.PrintTitle, TopLeftCell: top, ActivePane: "bottomLeft"}))
		ref := fmt.Sprintf("'%s'!$%d:$%d", strings.ReplaceAll(s.name, "'", "''"), s.PrintTitle, s.PrintTitle)
		b.keep(b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: s.name}))
	}
	size, landscape, one, tall := 9, "landscape", 1, 0
	side, edge, band := 0.4, 0.6, 0.3 // inches
	b.keep(b.f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape, FitToWidth: &one, FitToHeight: &tall}))
	b.keep(b.f.SetPageMargins(s.name, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &edge, Bottom: &edge, Header: &band, Footer: &band}))
	fit := true
	b.keep(b.f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit}))
}
