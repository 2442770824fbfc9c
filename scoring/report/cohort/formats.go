// Package cohort writes the summary of a batch (wwc batch): a row per file, scored or not,
// the files skipped and why, the tiers, practice averages and the rate of every criterion
// over the cohort, in text, Markdown, HTML, JSON (wwc-batch/1), CSV, a workbook and PDF. Every writer
// lays out the same view (view.go).
package cohort

import (
	"time"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Submission is one file of a batch: its brief, or why it could not be read.
type Submission struct {
	Path  string
	Brief scoring.Brief
	Err   error
	// Duplicate is set when another submission has the same city, country and year.
	Duplicate bool
	// Dropped is set on a duplicate the cohort statistics do not count.
	Dropped bool
	// Reviews are the review files matched to this submission (by the digest of its answers,
	// else by city, country and year). With one, its validation is Brief.Validated; with two
	// or more the submission is reviewed twice and none applies.
	Reviews []string
	// Stale says the review that applies was matched by city, country and year: it was
	// written on other answers than these.
	Stale bool
}

// Reviews is what a batch run with a folder of reviews says about them; nil without one.
type Reviews struct {
	// Dir is the folder (or file) of reviews given.
	Dir string
	// Read is how many reviews were read.
	Read int
	// Unmatched are the reviews that match no submission.
	Unmatched []string
	// Outranked are the reviews of a city's year whose submission another review applies to
	// by the digest of its answers (a review written on exactly these answers wins).
	Outranked []OutrankedReview
	// Skipped are the files of Dir that are not reviews, each with why.
	Skipped []SkippedReview
}

// OutrankedReview is a review left out for another review of the same submission written on
// exactly its answers.
type OutrankedReview struct {
	Review, Submission string
	// By are the reviews that apply to the submission instead.
	By []string
}

// SkippedReview is a file found among the reviews that is not one, and why.
type SkippedReview struct {
	Path   string
	Reason error
}

// SkippedFile is a file found in a folder that is not a submission, and the reason (one of
// the words of batch.SkipReasons).
type SkippedFile struct {
	Path, Reason string
}

// Input is a batch's rows and its cohort statistics.
type Input struct {
	Rows   []Submission
	Cohort scoring.Cohort
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	Date   time.Time
	// Skipped are the files found and left out, with their reasons, in the order counted.
	Skipped []SkippedFile
	// Width, when not zero, is the terminal's width: the text summary fits its table of
	// submissions to it.
	Width int
	// Reviews, when set, says the batch was run with reviews: the summary gives each
	// submission's validated figures and says which view (Cohort.View) its statistics show.
	Reviews *Reviews
}

// Writer writes a batch summary in one format.
type Writer = render.Writer[Input]

// Format is one of Formats.
type Format = render.Format[Writer]

// Formats are the formats of a batch summary, in the order help lists them.
var Formats = render.NewRegistry[Writer](
	render.NewFormat[Writer](render.FormatText, func() Writer { return textWriter{} }),
	render.NewFormat[Writer](render.FormatMarkdown, func() Writer { return markdownWriter{} }),
	render.NewFormat[Writer](render.FormatHTML, func() Writer { return htmlWriter{} }),
	render.NewFormat[Writer](render.FormatJSON, func() Writer { return jsonWriter{} }),
	render.NewFormat[Writer](render.FormatCSV, func() Writer { return csvWriter{} }),
	render.NewFormat[Writer](render.FormatXLSX, func() Writer { return xlsxWriter{} }),
	render.NewFormat[Writer](render.FormatPDF, func() Writer { return pdfWriter{} }),
)
