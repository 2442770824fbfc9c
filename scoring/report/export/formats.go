// Package export writes the long tables analysts load into R, pandas, DuckDB or SQLite: one
// row per submission and criterion, and one per submission and outcome metric. The columns
// are stable snake_case names (the README lists them), the same in every language: an
// export is data, not a report, so it is never translated.
package export

import (
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Format is the format tag of the JSON export.
const Format = "wwc-export/1"

// The tables of an export. A CSV holds one of them; the JSON document holds both.
const (
	TableCriteria = "criteria"
	TableOutcomes = "outcomes"
)

// Tables lists the tables, the default first.
var Tables = []string{TableCriteria, TableOutcomes}

// Submission is one scored file.
type Submission struct {
	File   string
	Result *scoring.Result
}

// Failure is a file that could not be read, and why.
type Failure struct {
	File string
	Err  error
}

// Input is what an export holds: the submissions in the order of their files, the files that
// could not be read, and, for a CSV, which table to write.
type Input struct {
	Submissions []Submission
	Failures    []Failure
	// Table is the table a CSV holds (TableCriteria when empty).
	Table string
	// Cat renders the failures' messages in the JSON document.
	Cat *i18n.Catalog
}

// Writer writes an export in one format.
type Writer = render.Writer[Input]

// Formats are the formats of an export: CSV (one table) and JSON (both tables).
var Formats = render.NewRegistry[Writer](
	render.NewFormat[Writer](render.FormatCSV, func() Writer { return csvWriter{} }),
	render.NewFormat[Writer](render.FormatJSON, func() Writer { return jsonWriter{} }),
)
