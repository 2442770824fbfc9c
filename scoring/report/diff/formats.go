// Package diff writes a comparison of two results of one city (wwc diff): what was gained and
// lost, the answers and metrics that changed, practice by practice, in text, Markdown, HTML,
// JSON (wwc-diff/1), CSV, a workbook and PDF. Every writer lays out the same view (view.go).
package diff

import (
	"time"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Input is a comparison to write.
type Input struct {
	C      *scoring.Comparison
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	// Date is the day the comparison is made, shown in human formats; zero leaves it out.
	Date time.Time
	// Width is the terminal's width in columns, which the text fits; zero is 80.
	Width int
}

// Writer writes a comparison in one format.
type Writer = render.Writer[Input]

// Format is one of Formats.
type Format = render.Format[Writer]

// Formats are the formats of a comparison, in the order help lists them.
var Formats = render.NewRegistry[Writer](
	render.NewFormat[Writer](render.FormatText, func() Writer { return textWriter{} }),
	render.NewFormat[Writer](render.FormatMarkdown, func() Writer { return markdownWriter{} }),
	render.NewFormat[Writer](render.FormatHTML, func() Writer { return htmlWriter{} }),
	render.NewFormat[Writer](render.FormatJSON, func() Writer { return jsonWriter{} }),
	render.NewFormat[Writer](render.FormatCSV, func() Writer { return csvWriter{} }),
	render.NewFormat[Writer](render.FormatXLSX, func() Writer { return xlsxWriter{} }),
	render.NewFormat[Writer](render.FormatPDF, func() Writer { return pdfWriter{} }),
)
