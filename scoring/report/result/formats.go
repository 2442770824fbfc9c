// Package result writes one scored result, the report a city reads: the terminal summary,
// Markdown, HTML, CSV, the wwc-result/1 JSON document and a workbook. Every writer lays out
// the same view (view.go); ReadResult reads a saved JSON result back.
package result

import (
	"time"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Input is everything a writer needs: the result, the rubric it was scored against (for names
// and titles), and the catalog of the user's language.
type Input struct {
	Result *scoring.Result
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	// Styled asks the text writer for colors and bold; the caller decides from the terminal.
	Styled bool
	// Date is the day the report is made, shown in human formats; zero leaves it out.
	Date time.Time
	// WhatIf, when set, adds what the result would be with more criteria met.
	WhatIf *WhatIf
	// Review, when set, adds the validated result beside the self-reported one.
	Review *Reviewed
	// Width is the terminal's width in columns, which the text summary fits; zero is 80, the
	// width when the terminal cannot be asked or the output is piped or a file.
	Width int
}

// WhatIf is the planning view: the result as if some criteria were met (Plan.After), the
// planned criteria that already count, and whether the outcome metrics hold the tier.
type WhatIf struct {
	IDs []string
	scoring.Plan
}

// Writer writes one result in one format.
type Writer = render.Writer[Input]

// Format is one of Formats.
type Format = render.Format[Writer]

// Formats are the formats of a result, in the order help lists them.
var Formats = render.NewRegistry[Writer](
	render.NewFormat[Writer](render.FormatText, func() Writer { return textWriter{} }),
	render.NewFormat[Writer](render.FormatMarkdown, func() Writer { return markdownWriter{} }),
	render.NewFormat[Writer](render.FormatHTML, func() Writer { return htmlWriter{} }),
	render.NewFormat[Writer](render.FormatJSON, func() Writer { return jsonWriter{} }),
	render.NewFormat[Writer](render.FormatCSV, func() Writer { return csvWriter{} }),
	render.NewFormat[Writer](render.FormatXLSX, func() Writer { return xlsxWriter{} }),
	render.NewFormat[Writer](render.FormatPDF, func() Writer { return pdfWriter{} }),
)
