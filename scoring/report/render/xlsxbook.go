package render

import (
	"io"

	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/xuri/excelize/v2"
)

// Book is a workbook being written: its styles and the first error of any call, which Finish
// returns.
type Book struct {
	f      *excelize.File
	err    error
	sheets []*Sheet
	// Styles are the cell styles a document may give a cell (Cell.With).
	Styles Styles
}

// Styles are the style IDs of a Book.
type Styles struct {
	Title, Header, Label, Text, Integer, Year, Percent, Number, Link, Bold, BoldPercent int
	// Points shows a change in percentage points with its sign and one decimal (+11.1).
	Points int
	// Tier colors a tier's cell, by tier ID.
	Tier map[string]int
}

// NewBook starts a workbook and its styles; Finish writes and closes it.
func NewBook() *Book {
	b := &Book{f: excelize.NewFile(), Styles: Styles{Tier: map[string]int{}}}
	st := &b.Styles
	top := func(wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Vertical: "top", Horizontal: "left", Indent: 1, WrapText: wrap}
	}
	// A figure keeps a space from the text of the column to its right.
	figure := &excelize.Alignment{Vertical: "top", Horizontal: "right", Indent: 1}
	pctFmt, ptsFmt := PercentFormat, PointsFormat
	st.Title = b.style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	st.Header = b.style(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#1F4E79"}}, Alignment: top(true)})
	st.Label = b.style(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top(true)})
	st.Text = b.style(&excelize.Style{Alignment: top(true)})
	st.Integer = b.style(&excelize.Style{NumFmt: 1, Alignment: figure})
	st.Year = b.style(&excelize.Style{NumFmt: 1, Alignment: figure})
	st.Percent = b.style(&excelize.Style{CustomNumFmt: &pctFmt, Alignment: figure})
	st.Number = b.style(&excelize.Style{NumFmt: 0, Alignment: figure})
	st.Points = b.style(&excelize.Style{CustomNumFmt: &ptsFmt, Alignment: figure})
	st.Link = b.style(&excelize.Style{Font: &excelize.Font{Color: "#0B63B6", Underline: "single"}, Alignment: top(true)})
	st.Bold = b.style(&excelize.Style{Font: &excelize.Font{Bold: true}, NumFmt: 1, Alignment: figure})
	st.BoldPercent = b.style(&excelize.Style{Font: &excelize.Font{Bold: true}, CustomNumFmt: &pctFmt, Alignment: figure})
	for id, color := range tierColors {
		st.Tier[id] = b.style(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}, Alignment: top(false)})
	}
	return b
}

// keep records err when it is the first.
func (b *Book) keep(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

func (b *Book) style(s *excelize.Style) int {
	id, err := b.f.NewStyle(s)
	b.keep(err)
	return id
}

// Sheet adds a worksheet called name (the first takes the place of the default Sheet1).
func (b *Book) Sheet(name string) *Sheet {
	if len(b.sheets) == 0 {
		b.keep(b.f.SetSheetName("Sheet1", name))
	} else {
		_, err := b.f.NewSheet(name)
		b.keep(err)
	}
	s := &Sheet{b: b, name: name, headers: map[int][]string{}, caps: map[int]float64{}, wrapped: map[int][]wrappedText{}}
	b.sheets = append(b.sheets, s)
	return s
}

// Finish lays out every sheet, marks the workbook as wwc's, writes it to w and closes it.
// Nothing is written when a call failed.
func (b *Book) Finish(w io.Writer) error {
	for _, s := range b.sheets {
		s.layout()
	}
	// wwc names itself as the application in the document properties, so that it knows its
	// own reports and summaries when it meets them again (see package wwcmark).
	b.keep(b.f.SetAppProps(&excelize.AppProperties{Application: wwcmark.XLSXApplication}))
	if b.err == nil {
		_, err := b.f.WriteTo(w)
		b.keep(err)
	}
	b.keep(b.f.Close())
	return b.err
}
