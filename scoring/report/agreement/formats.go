// Package agreement writes how two evaluators' reviews of one submission agree (wwc review
// compare): the submission and both reviewers, percent agreement and Cohen's kappa over the
// criteria both reviewed (read on the scale of Landis and Koch), and the criteria and metrics
// where they differ with both decisions and both comments, in text, Markdown, HTML and JSON
// (wwc-review-compare/1). Every writer lays out the same view.
package agreement

import (
	"slices"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Format is the format tag of the JSON document.
const Format = "wwc-review-compare/1"

// Input is two reviews of one submission and how they agree.
type Input struct {
	A, B *assessment.Review
	// Files are the review files' names, as the document names them.
	Files [2]string
	// Criteria is the agreement over the rubric's criteria, in rubric order; Metrics over
	// the metrics either review decided, sorted by name.
	Criteria, Metrics scoring.Agreement
	// CriteriaKeys and MetricKeys are the claims compared, in that order.
	CriteriaKeys, MetricKeys []string
	Rubric                   *questions.Rubric
	Cat                      *i18n.Catalog
	// Width is the terminal's width in columns, which the text fits; zero is 80.
	Width int
}

// New compares reviews a and b of one submission over r's criteria and their metrics.
func New(a, b *assessment.Review, r *questions.Rubric) Input {
	in := Input{A: a, B: b, Rubric: r}
	for _, q := range r.Questions() {
		in.CriteriaKeys = append(in.CriteriaKeys, questions.NormalizeID(q.ID))
	}
	seen := map[string]bool{}
	for _, m := range []map[string]assessment.ReviewItem{a.Metrics, b.Metrics} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				in.MetricKeys = append(in.MetricKeys, k)
			}
		}
	}
	slices.SortFunc(in.MetricKeys, func(x, y string) int { return strings.Compare(x, y) })
	in.Criteria = scoring.Agree(in.CriteriaKeys, a.Criteria, b.Criteria)
	in.Metrics = scoring.Agree(in.MetricKeys, a.Metrics, b.Metrics)
	return in
}

// Writer writes a comparison in one format.
type Writer = render.Writer[Input]

// Formats are the formats of a comparison, in the order help lists them.
var Formats = render.NewRegistry[Writer](
	render.NewFormat[Writer](render.FormatText, func() Writer { return textWriter{} }),
	render.NewFormat[Writer](render.FormatMarkdown, func() Writer { return markdownWriter{} }),
	render.NewFormat[Writer](render.FormatHTML, func() Writer { return htmlWriter{} }),
	render.NewFormat[Writer](render.FormatJSON, func() Writer { return jsonWriter{} }),
)
