package report

import (
	"io"

	"github.com/xuri/excelize/v2"
)

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
