// Package trend writes a city's path over several years (wwc trend): a row per year with its
// tier, share and practices, and every year each criterion was first met, lost and met again,
// in text, Markdown, HTML (with a chart), JSON (wwc-trend/1), CSV and PDF. Given a panel of many
// cities, the same formats show each city's years, the cohort year by year and, in HTML, a
// small chart per city. Every writer lays out the same view.
package trend

import (
	"time"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Input is a city's path over several years (T), or many cities' (Panel, which wins when set).
type Input struct {
	T      *scoring.Trend
	Panel  *scoring.Panel
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	// Date is the day the report is made, shown in human formats; zero leaves it out.
	Date time.Time
	// Width is the terminal's width in columns, which the text fits; zero is 80.
	Width int
}

// Writer writes a trend in one format.
type Writer = render.Writer[Input]

// Format is one of Formats.
type Format = render.Format[Writer]

// Formats are the formats of a trend, in the order help lists them.
var Formats = render.NewRegistry[Writer](
	render.NewFormat[Writer](render.FormatText, func() Writer { return textWriter{} }),
	render.NewFormat[Writer](render.FormatMarkdown, func() Writer { return markdownWriter{} }),
	render.NewFormat[Writer](render.FormatHTML, func() Writer { return htmlWriter{} }),
	render.NewFormat[Writer](render.FormatJSON, func() Writer { return jsonWriter{} }),
	render.NewFormat[Writer](render.FormatCSV, func() Writer { return csvWriter{} }),
	render.NewFormat[Writer](render.FormatPDF, func() Writer { return pdfWriter{} }),
)
