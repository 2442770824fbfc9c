package render

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

	"github.com/citydatakit/wwc/internal/wwcmark"
)

// The PDF reports are A4 pages written in Go (no browser), with the Go fonts embedded: they
// cover the Latin letters of Spanish and Portuguese, the arrows and the dashes the reports
// use. A PDF is laid out from the same view as the HTML page, section by section, through
// this small builder.

// A4 in millimetres, and the margins.
const (
	pdfPageW, pdfMargin = 210.0, 16.0
	pdfTextW            = pdfPageW - 2*pdfMargin
	pdfFont             = "go"
)

// PDF is a report being written as a PDF.
type PDF struct {
	f *fpdf.Fpdf
}

// NewPDF starts a report titled title (the document's properties, and the footer with the
// page numbers) in language lang. date, when not zero, is the report's date, also used as
// the file's creation date so that the same report gives the same bytes.
func NewPDF(title, lang string, date time.Time) *PDF {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	f.SetAutoPageBreak(true, pdfMargin+4)
	f.AddUTF8FontFromBytes(pdfFont, "", goregular.TTF)
	f.AddUTF8FontFromBytes(pdfFont, "B", gobold.TTF)
	f.SetTitle(pdfText(title), true)
	f.SetCreator(wwcmark.PDFCreator, false) // plain ASCII, so that the loader finds it
	f.SetProducer(wwcmark.PDFCreator, false)
	f.SetLang(lang)
	f.SetCatalogSort(true)
	if date.IsZero() {
		date = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	f.SetCreationDate(date)
	f.SetModificationDate(date)
	f.AliasNbPages("{nb}")
	f.SetFooterFunc(func() {
		f.SetY(-pdfMargin)
		f.SetFont(pdfFont, "", 8)
		f.SetTextColor(0x5b, 0x6b, 0x7b)
		f.CellFormat(0, 5, pdfText(title)+" · "+strconv.Itoa(f.PageNo())+" / {nb}", "", 0, "R", false, 0, "")
	})
	f.AddPage()
	return &PDF{f: f}
}

// Title is the document's heading.
func (p *PDF) Title(text string) {
	p.font(true, 17, ink)
	p.f.MultiCell(pdfTextW, 8, pdfText(text), "", "L", false)
	p.f.Ln(1)
}

// Meta is a muted line under the title: the rubric and the date.
func (p *PDF) Meta(text string) {
	p.font(false, 9.5, muted)
	p.f.MultiCell(pdfTextW, 5, pdfText(text), "", "L", false)
	p.f.Ln(2)
}

// Notice is a shaded box: the self-estimate line, a warning.
func (p *PDF) Notice(text string) {
	p.font(false, 9.5, ink)
	p.f.SetFillColor(0xff, 0xf8, 0xe1)
	p.f.MultiCell(pdfTextW, 5.5, pdfText(text), "", "L", true)
	p.f.Ln(2)
}

// Heading starts a section; a heading never ends a page.
func (p *PDF) Heading(text string) {
	if p.f.GetY() > 297-pdfMargin-45 {
		p.f.AddPage()
	}
	p.f.Ln(3)
	p.font(true, 12.5, ink)
	p.f.MultiCell(pdfTextW, 7, pdfText(text), "", "L", false)
	p.f.SetDrawColor(0xd9, 0xe2, 0xec)
	y := p.f.GetY()
	p.f.Line(pdfMargin, y, pdfPageW-pdfMargin, y)
	p.f.Ln(2)
}

// Subheading heads a part of a section: a city of the panel, a practice's criteria.
func (p *PDF) Subheading(text string) {
	if p.f.GetY() > 297-pdfMargin-30 {
		p.f.AddPage()
	}
	p.f.Ln(1.5)
	p.font(true, 10.5, ink)
	p.f.MultiCell(pdfTextW, 5.5, pdfText(text), "", "L", false)
	p.f.Ln(0.5)
}

// Para is a paragraph.
func (p *PDF) Para(text string) {
	p.font(false, 10, ink)
	p.f.MultiCell(pdfTextW, 5, pdfText(text), "", "L", false)
	p.f.Ln(1.5)
}

// Pairs is a two-column table of labels and values: the summary figures.
func (p *PDF) Pairs(rows [][2]string) {
	// The labels' column is as wide as the widest label, from 55 mm to half the page.
	p.font(true, 10, ink)
	labelW := 55.0
	for _, r := range rows {
		labelW = max(labelW, min(p.f.GetStringWidth(pdfText(r[0]))+4, pdfTextW/2))
	}
	for _, r := range rows {
		p.font(true, 10, ink)
		y := p.f.GetY()
		p.f.MultiCell(labelW, 6, pdfText(r[0]), "", "L", false)
		below := p.f.GetY()
		p.f.SetXY(pdfMargin+labelW, y)
		p.font(false, 10, ink)
		p.f.MultiCell(pdfTextW-labelW, 6, pdfText(r[1]), "", "L", false)
		p.f.SetXY(pdfMargin, max(below, p.f.GetY()))
	}
	p.f.Ln(1)
}

// Finish writes the PDF.
func (p *PDF) Finish(w io.Writer) error {
	var buf bytes.Buffer
	if err := p.f.Output(&buf); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// rgb is a color.
type rgb struct{ r, g, b int }

var (
	ink   = rgb{0x1f, 0x29, 0x33}
	muted = rgb{0x5b, 0x6b, 0x7b}
)

func (p *PDF) font(bold bool, size float64, c rgb) {
	style := ""
	if bold {
		style = "B"
	}
	p.f.SetFont(pdfFont, style, size)
	p.f.SetTextColor(c.r, c.g, c.b)
}

// hexColor reads "#1f4e79".
func hexColor(s string) rgb {
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 16, 32)
	if err != nil || len(s) != 7 {
		return muted
	}
	return rgb{int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)}
}

// goFont is the regular Go font, parsed once, to know which characters it draws.
var goFont = sync.OnceValue(func() *sfnt.Font {
	f, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		panic("render: the embedded Go font does not parse: " + err.Error())
	}
	return f
})

// pdfText is text as the PDF can draw it: cleaned as every report cleans a city's text, and
// each character the embedded font lacks (an emoji, a script other than Latin, Greek or
// Cyrillic) shown as "?" rather than as nothing.
func pdfText(s string) string {
	s = Lines(s)
	var b sfnt.Buffer
	f := goFont()
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if i, err := f.GlyphIndex(&b, r); err != nil || i == 0 {
			return '?'
		}
		return r
	}, s)
}
