package review

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// Target is one claim the evaluator decides on: a criterion, or an outcome metric.
type Target struct {
	// Criterion is the criterion's normalized ID, "" for a metric.
	Criterion string
	// Metric is the metric's index in the submission's outcomes, when Criterion is "".
	Metric int
}

// IsMetric says the target is an outcome metric.
func (t Target) IsMetric() bool { return t.Criterion == "" }

// Options open a review session.
type Options struct {
	Rubric *questions.Rubric
	// A is the submission as read; Submission is its file as the evaluator named it.
	A          *assessment.Assessment
	Submission string
	// Path is the review file; "" puts it beside the submission (DefaultPath).
	Path string
	// Reviewer, when given, is written as the reviewer (else an existing review's is kept).
	Reviewer string
	// Today is the date decisions carry, YYYY-MM-DD.
	Today string
}

// Work is a review in progress: the submission, the decisions so far, and where they are
// saved. Every decision is written to Path at once.
type Work struct {
	Rubric *questions.Rubric
	A      *assessment.Assessment
	Rev    *assessment.Review
	// Path is the review file.
	Path string
	// Claimed is the submission's own score.
	Claimed *scoring.Result
	// Resumed says the review file existed and is continued.
	Resumed bool
	// Changed says the submission's answers are not those the review was written on.
	Changed bool
	// Stale are the criteria, in rubric order, whose decision was taken on another answer
	// than the submission's now: they count as not reviewed, and are visited first.
	Stale []string

	today string
	order []string
}

// DefaultPath is the review file of a submission: <stem>-review.yaml beside it, the stem
// being the city and year (assessment.FileStem).
func DefaultPath(submission string, a *assessment.Assessment) string {
	return filepath.Join(filepath.Dir(submission), assessment.FileStem(a.City, a.Year)+"-review.yaml")
}

// Open starts or resumes the review of o.A. An existing review file of another submission
// (another city, country, year or rubric) is refused, naming both; one written on other
// answers of this submission is continued, its decisions on changed answers marked stale.
// A new review file is written at once, so that the file exists before the first decision.
func Open(o Options) (*Work, error) {
	w := &Work{Rubric: o.Rubric, A: o.A, Path: o.Path, today: o.Today}
	if w.Path == "" {
		w.Path = DefaultPath(o.Submission, o.A)
	}
	for _, q := range o.Rubric.Questions() {
		w.order = append(w.order, questions.NormalizeID(q.ID))
	}
	w.Claimed = scoring.Score(o.Rubric, o.A, scoring.Options{})
	rev, err := reviewfile.Read(w.Path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		rev = assessment.NewReview()
	case err != nil:
		return nil, notAReview(w.Path, o, err)
	default:
		w.Resumed = true
		if err := sameSubmission(rev, o, w.Path); err != nil {
			return nil, err
		}
		rev, w.Changed = ForAnswers(rev, o.A)
	}
	rev.Submission = Identity(o.Rubric, o.A, o.Submission)
	if o.Reviewer != "" {
		rev.Reviewer = strings.TrimSpace(o.Reviewer)
	}
	w.Rev = rev
	for _, id := range w.order {
		if w.stale(id) {
			w.Stale = append(w.Stale, id)
		}
	}
	if !w.Resumed {
		if err := w.save(); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// notAReview is the error for a review file that does not read: when it is a city's own file
// (the submission itself, often, given to -o by mistake) it says so, rather than listing
// every key of that file as unknown; it is left untouched either way.
func notAReview(path string, o Options, err error) error {
	rec, serr := load.SniffFile(path)
	if serr != nil {
		return err
	}
	switch rec.Kind {
	case load.KindAnswers, load.KindXLSX, load.KindCSV, load.KindODS, load.KindXLS, load.KindResult:
		return msg.E("review.not_a_review", msg.Args{"File": path, "Default": DefaultPath(o.Submission, o.A)})
	}
	return err
}

// sameSubmission refuses a review of another city, country, year or rubric (scoring.MatchReview,
// the rule every command applies).
func sameSubmission(rev *assessment.Review, o Options, path string) error {
	if scoring.MatchReview(rev, o.A, o.Rubric) == nil {
		return nil
	}
	return msg.E("review.other_submission", msg.Args{"Review": path, "Theirs": describe(rev.Submission), "File": o.Submission,
		"Ours": describe(Identity(o.Rubric, o.A, o.Submission))})
}

// stale says the decision on criterion id was taken on another answer than today's.
func (w *Work) stale(id string) bool {
	it, ok := w.Rev.Criteria[id]
	return ok && it.Decision != assessment.Unreviewed && it.Answer != w.A.Answer(id).Value
}

// IsStale says the target's decision no longer applies (its answer changed since).
func (w *Work) IsStale(t Target) bool { return !t.IsMetric() && w.stale(t.Criterion) }

// Comment is the comment a new decision on t starts from: the one recorded, unless the
// decision is stale (the city's answer changed since, so the comment was on another claim).
// Both review modes offer it.
func (w *Work) Comment(t Target) string {
	if w.IsStale(t) {
		return ""
	}
	return w.Item(t).Comment
}

// MetricKey is the name a metric's decision is kept under.
func (w *Work) MetricKey(i int) string { return strings.TrimSpace(w.A.Outcomes[i].Name) }

// Item is the decision on t so far (the zero item when none).
func (w *Work) Item(t Target) assessment.ReviewItem {
	if t.IsMetric() {
		return w.Rev.Metrics[w.MetricKey(t.Metric)]
	}
	return w.Rev.Criteria[t.Criterion]
}

// Decided says t carries a decision that still applies.
func (w *Work) Decided(t Target) bool {
	return w.Item(t).Decision != assessment.Unreviewed && !w.IsStale(t)
}

// Visit is the default order of the review: the stale criteria first, then those the city
// claims as met, then those in progress, then the outcome metrics. Criteria answered not met
// or unanswered are left out (the overview still reaches them).
func (w *Work) Visit() []Target {
	var out []Target
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, Target{Criterion: id})
		}
	}
	for _, id := range w.Stale {
		add(id)
	}
	for _, v := range []assessment.Value{assessment.Met, assessment.InProgress} {
		for _, id := range w.order {
			if w.A.Answer(id).Value == v {
				add(id)
			}
		}
	}
	for i := range w.A.Outcomes {
		out = append(out, Target{Metric: i})
	}
	return out
}

// Pending are the targets of Visit without a decision that applies, in that order.
func (w *Work) Pending() []Target {
	var out []Target
	for _, t := range w.Visit() {
		if !w.Decided(t) {
			out = append(out, t)
		}
	}
	return out
}

// All is every criterion in rubric order, then every metric: what the overview lists.
func (w *Work) All() []Target {
	out := make([]Target, 0, len(w.order)+len(w.A.Outcomes))
	for _, id := range w.order {
		out = append(out, Target{Criterion: id})
	}
	for i := range w.A.Outcomes {
		out = append(out, Target{Metric: i})
	}
	return out
}

// Decide records d on t with comment, dated today and on the city's current answer, and
// saves the review file.
func (w *Work) Decide(t Target, d assessment.Decision, comment string) error {
	it := assessment.ReviewItem{Decision: d, Comment: cleanComment(comment), Date: w.today}
	if t.IsMetric() {
		w.Rev.Metrics[w.MetricKey(t.Metric)] = it
	} else {
		it.Answer = w.A.Answer(t.Criterion).Value
		w.Rev.Criteria[t.Criterion] = it
	}
	w.dropStale(t)
	return w.save()
}

// SetComment changes the comment on t's decision and saves; a target without a decision
// keeps none.
func (w *Work) SetComment(t Target, comment string) error {
	it := w.Item(t)
	comment = cleanComment(comment)
	if it.Decision == assessment.Unreviewed || it.Comment == comment {
		return nil
	}
	it.Comment = comment
	if t.IsMetric() {
		w.Rev.Metrics[w.MetricKey(t.Metric)] = it
	} else {
		w.Rev.Criteria[t.Criterion] = it
	}
	return w.save()
}

// cleanComment is a comment as the review file keeps it: trimmed, and valid UTF-8 (bytes
// that are not, from a pipe in another encoding, become U+FFFD rather than fail the save).
func cleanComment(s string) string {
	return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
}

func (w *Work) dropStale(t Target) {
	var kept []string // a new slice: callers may be ranging over the old one
	for _, id := range w.Stale {
		if id != t.Criterion {
			kept = append(kept, id)
		}
	}
	w.Stale = kept
}

func (w *Work) save() error {
	return reviewfile.Write(w.Path, w.Rev, w.order)
}

// Decisions is how many decisions the review file holds that still apply.
func (w *Work) Decisions() int {
	n := 0
	for _, t := range w.All() {
		if w.Decided(t) {
			n++
		}
	}
	return n
}

// Validation is the validated view of the submission with the decisions so far.
func (w *Work) Validation() scoring.Validation {
	return scoring.Validate(w.Rubric, w.A, w.Rev, w.Claimed, scoring.Options{})
}
