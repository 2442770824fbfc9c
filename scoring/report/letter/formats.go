// Package letter writes the evaluator's letter to a city about its submission (wwc review
// --letter): in the city's language, which criteria need clarification and which were not
// accepted, with the reviewer's comments and the evidence that would settle each (the rubric's
// guidance), the same for the resident-outcome metrics, the validated tier beside the one the
// city reported and what is still to review, signed with the reviewer's name and the date of
// the last decision. Text, Markdown and HTML lay out the same view.
package letter

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Input is a submission with its review applied.
type Input struct {
	// Result is the submission as the city reported it (scoring.Score), Validation the review
	// applied to it (scoring.Validate), Review the decisions with their comments.
	Result     *scoring.Result
	Validation scoring.Validation
	Review     *assessment.Review
	Rubric     *questions.Rubric
	Cat        *i18n.Catalog
	// File is the submission's file name, as the letter names it.
	File string
	// Changed says the submission's answers are not those the review was written on (the
	// digests differ).
	Changed bool
	// Width is the terminal's width in columns, which the text fits; zero is 80.
	Width int
}

// Writer writes a letter in one format.
type Writer = render.Writer[Input]

// Format is one of Formats.
type Format = render.Format[Writer]

// Formats are the formats of a letter, in the order help lists them.
var Formats = render.NewRegistry[Writer](
	render.NewFormat[Writer](render.FormatText, func() Writer { return textWriter{} }),
	render.NewFormat[Writer](render.FormatMarkdown, func() Writer { return markdownWriter{} }),
	render.NewFormat[Writer](render.FormatHTML, func() Writer { return htmlWriter{} }),
)
