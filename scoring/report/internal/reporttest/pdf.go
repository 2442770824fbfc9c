package reporttest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
)

// PDF is what a test reads back from a PDF wwc wrote.
type PDF struct {
	Pages int
	// Text is the text of every page, in order.
	Text string
	// Fonts are the fonts the pages use, each with whether its program is embedded.
	Fonts map[string]bool
}

// ReadPDF parses a PDF with a reader independent of the writer (github.com/ledongthuc/pdf).
// That reader keeps only the low byte of a character above U+00FF ("→" reads as U+0092;
// poppler's pdftotext reads it right, so the PDF is): compare with PDFFold.
func ReadPDF(t testing.TB, data []byte) PDF {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("the PDF does not parse: %v", err)
	}
	out := PDF{Pages: r.NumPage(), Fonts: map[string]bool{}}
	var text strings.Builder
	for i := 1; i <= out.Pages; i++ {
		p := r.Page(i)
		s, err := p.GetPlainText(nil)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		text.WriteString(s)
		for _, name := range p.Fonts() {
			desc := p.Font(name).V.Key("DescendantFonts").Index(0).Key("FontDescriptor")
			if desc.IsNull() {
				desc = p.Font(name).V.Key("FontDescriptor")
			}
			out.Fonts[p.Font(name).BaseFont()] = !desc.Key("FontFile2").IsNull() || !desc.Key("FontFile").IsNull() || !desc.Key("FontFile3").IsNull()
		}
	}
	out.Text = text.String()
	return out
}

// PDFFold is text as ReadPDF reads it back: each character above U+00FF as its low byte, and
// spacing, which the page's lines break, as single spaces.
func PDFFold(s string) string {
	s = strings.Map(func(r rune) rune {
		if r > 0xff {
			return r & 0xff
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
