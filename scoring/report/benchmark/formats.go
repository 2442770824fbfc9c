// Package benchmark writes a city measured against its peers (wwc benchmark): each practice's
// share beside the cohort's median with the city's percentile rank, the criteria most of the
// cohort meets that the city does not (merged with the next-tier plan), and where the city
// leads, in text, Markdown, HTML (a dot strip per practice), JSON (wwc-benchmark/1) and CSV.
// Every writer lays out the same view.
package benchmark

import (
	"time"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Format is the format tag of the JSON document.
const Format = wwcmark.BenchmarkFormat

// Input is a city among its peers.
type Input struct {
	B      *scoring.BenchmarkResult
	City   *scoring.Result
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	// Date is the date the report carries; zero leaves it out.
	Date time.Time
	// Width is the terminal's width in columns, which the text fits; zero is 80.
	Width int
}

// Writer writes a benchmark in one format.
type Writer = render.Writer[Input]

// Formats are the formats of a benchmark, in the order help lists them.
var Formats = render.NewRegistry[Writer](
	render.NewFormat[Writer](render.FormatText, func() Writer { return textWriter{} }),
	render.NewFormat[Writer](render.FormatMarkdown, func() Writer { return markdownWriter{} }),
	render.NewFormat[Writer](render.FormatHTML, func() Writer { return htmlWriter{} }),
	render.NewFormat[Writer](render.FormatJSON, func() Writer { return jsonWriter{} }),
	render.NewFormat[Writer](render.FormatCSV, func() Writer { return csvWriter{} }),
)
