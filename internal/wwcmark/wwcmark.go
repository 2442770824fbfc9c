// Package wwcmark holds the marks that every document wwc writes carries, so that wwc knows its
// own reports, summaries and comparisons when it meets them again (a summary saved inside the
// folder of submissions, a report handed to wwc score) and says so instead of reading them as
// a city's answers. The writers emit these marks and the loader looks for them; a test in
// package report checks that every writer's output is recognized.
package wwcmark

// HTMLMeta is the generator tag in the head of every HTML document wwc writes.
const HTMLMeta = `<meta name="generator" content="wwc">`

// MarkdownLine is the first line of every Markdown document wwc writes; Markdown viewers do
// not show it.
const MarkdownLine = "<!-- generator: wwc -->"

// XLSXApplication is the application named in the document properties (docProps/app.xml) of
// every workbook wwc writes as a report or summary. The workbook wwc template gives cities does
// not carry it: a city fills that one in.
const XLSXApplication = "wwc"

// PDFCreator is the creator and producer named in the properties of every PDF wwc writes; the
// loader finds PDFInfo near the end of the file.
const PDFCreator = "wwc"

// PDFInfo is how the creator reads in a PDF's document information.
const PDFInfo = "/Creator (" + PDFCreator + ")"

// The JSON documents wwc writes carry a format tag; these are the ones that are not answers.
const (
	ResultFormat  = "wwc-result/1"
	SummaryFormat = "wwc-batch/1"
	DiffFormat    = "wwc-diff/1"
	TrendFormat   = "wwc-trend/1"
	ExportFormat  = "wwc-export/1"
)

// ExportColumns are the first columns of both tables of wwc export's CSV, which are never
// translated: a CSV whose header row starts with them is one of ours.
var ExportColumns = []string{"file", "city", "country", "year", "rubric_id", "rubric_version"}

// BenchmarkFormat is the format tag of a city measured against its peers (wwc benchmark).
const BenchmarkFormat = "wwc-benchmark/1"

// CSVHeaders are the message IDs of the first header cells of each CSV document wwc writes. A
// CSV whose header row starts with these cells, in any of the catalog's languages, is one of
// ours. The prefixes are long enough that a criteria table a city typed (ID, practice,
// criterion, answer...) never matches: each holds a column only wwc writes.
var CSVHeaders = map[string][]string{
	"report":  {"report.col.id", "report.col.practice", "report.col.criterion", "report.col.answer", "report.col.counts", "report.col.reason"},
	"diff":    {"report.col.id", "report.col.practice", "report.col.criterion", "diff.col.answer_old", "diff.col.answer_new"},
	"trend":   {"batch.col.year", "summary.tier", "report.col.percent", "report.col.met"}, // then the total, or "22/43" in a trend of older versions
	"summary": {"batch.col.file", "batch.col.city", "batch.col.country", "batch.col.year", "report.col.met", "batch.col.total"},

	"benchmark": {"report.col.id", "report.col.practice", "report.col.criterion", "benchmark.col.city", "benchmark.col.median"},
}
