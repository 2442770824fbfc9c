package review

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// Identity is what a review records of the submission at file: its name, city, country,
// year, the rubric it is scored against and the digest of its answers as read.
func Identity(r *questions.Rubric, sub *assessment.Assessment, file string) assessment.ReviewedSubmission {
	return assessment.ReviewedSubmission{File: filepath.Base(file), City: sub.City, Country: sub.Country, Year: sub.Year,
		Rubric: assessment.RubricRef{ID: r.ID, Version: r.Version}, SHA256: answers.Digest(sub)}
}

// BookTemplate describes the review workbook of the submission sub, read from file, in the
// language of c.
func BookTemplate(r *questions.Rubric, sub *assessment.Assessment, file string, c *i18n.Catalog) xlsx.ReviewTemplate {
	progress := map[string]bool{}
	for _, m := range scoring.Score(r, sub, scoring.Options{}).Outcomes {
		if m.Counted() {
			progress[m.Metric.Name] = true
		}
	}
	return xlsx.ReviewTemplate{Rubric: r, Cat: c, Sub: sub, Progress: progress, Submission: Identity(r, sub, file)}
}

// Imported is a review read from a workbook for one submission.
type Imported struct {
	Review *assessment.Review
	// Changed is true when the submission's answers have changed since the workbook was
	// written; Stale lists, in the rubric's order, the criteria whose answer the workbook
	// shows differently: their decisions count as not yet reviewed.
	Changed bool
	Stale   []string
	// NoDetails is true when the workbook does not say which submission it reviews: it is
	// taken to be of this one as it stands.
	NoDetails bool
	// Undecided are the cells of comments written with no decision.
	Undecided []msg.M
	// Read counts the decisions read from the workbook, and Kept those of an earlier review
	// file of the same submission that the workbook left blank.
	Read, Kept int
}

// Import checks that the workbook got, read from book, reviews the submission sub (read from
// file) and turns it into the review to save: dated today (YYYY-MM-DD), reviewer named when
// given, and joined with the decisions of earlier, when not nil, that the workbook leaves
// blank.
func Import(r *questions.Rubric, sub *assessment.Assessment, file, book string, got *Loaded, earlier *assessment.Review, reviewer, today string) (*Imported, error) {
	rev := got.Review
	out := &Imported{Review: rev}
	current := Identity(r, sub, file)
	res := got.Book
	var problems msg.List
	if res == nil || res.Details {
		problems = append(problems, mismatches(book, file, rev.Submission, current)...)
	}
	problems = append(problems, unknown(r, sub, book, got)...)
	if len(problems) > 0 {
		return nil, problems
	}
	if res != nil {
		out.Undecided = res.Undecided
		if !res.Details {
			out.NoDetails = true
			rev.Submission = current
		}
	}
	if rev.Submission.File == "" {
		rev.Submission.File = current.File
	}
	out.Changed = rev.Submission.SHA256 != current.SHA256
	for _, q := range r.Questions() {
		id := questions.NormalizeID(q.ID)
		if res != nil {
			if shown, ok := res.Shown[id]; ok && shown != sub.Answer(id).Value {
				out.Stale = append(out.Stale, q.ID)
			}
		}
		item, ok := rev.Criteria[id]
		if !ok {
			continue
		}
		if res != nil && !res.Answers && !out.Changed {
			item.Answer = sub.Answer(id).Value
		}
		rev.Criteria[id] = dated(item, today)
	}
	for name, item := range rev.Metrics {
		rev.Metrics[name] = dated(item, today)
	}
	out.Read = len(rev.Criteria) + len(rev.Metrics)
	if reviewer != "" {
		rev.Reviewer = reviewer
	}
	if earlier != nil {
		out.Kept = keep(rev, earlier)
	}
	return out, nil
}

func dated(item assessment.ReviewItem, today string) assessment.ReviewItem {
	if item.Date == "" {
		item.Date = today
	}
	return item
}

// keep adds to rev the decisions of earlier on the claims rev leaves undecided, and the
// reviewer's name, and counts them: importing a workbook never loses a decision taken before.
func keep(rev, earlier *assessment.Review) int {
	n := 0
	for id, item := range earlier.Criteria {
		if _, ok := rev.Criteria[id]; !ok && item.Decision != assessment.Unreviewed {
			rev.Criteria[id] = item
			n++
		}
	}
	for name, item := range earlier.Metrics {
		if _, ok := rev.Metrics[name]; !ok && item.Decision != assessment.Unreviewed {
			rev.Metrics[name] = item
			n++
		}
	}
	if rev.Reviewer == "" {
		rev.Reviewer = earlier.Reviewer
	}
	return n
}

// mismatches says so when the workbook names another submission than the one given: another
// city, country or year (in one message showing both), or another rubric.
func mismatches(book, file string, got, want assessment.ReviewedSubmission) msg.List {
	var out msg.List
	differ := func(g, w string) bool { return g != "" && w != "" && assessment.Fold(g) != assessment.Fold(w) }
	if differ(got.City, want.City) || differ(got.Country, want.Country) || got.Year != 0 && want.Year != 0 && got.Year != want.Year {
		out = append(out, msg.E("revbook.other_submission", msg.Args{"File": book, "Submission": file, "Got": describe(got), "Want": describe(want)}))
	}
	if got.Rubric.ID != "" && (got.Rubric.ID != want.Rubric.ID || got.Rubric.Version != want.Rubric.Version) {
		out = append(out, msg.E("revbook.other_rubric", msg.Args{"File": book, "Got": got.Rubric.String(), "Want": want.Rubric.String()}))
	}
	return out
}

// describe names a submission by its city, country, year and rubric: "Maipú, Chile, 2024
// (wwc-2022 2022.1)".
func describe(s assessment.ReviewedSubmission) string {
	var parts []string
	for _, p := range []string{s.City, s.Country} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if s.Year != 0 {
		parts = append(parts, fmt.Sprint(s.Year))
	}
	out := strings.Join(parts, ", ")
	if r := strings.TrimSpace(s.Rubric.ID + " " + s.Rubric.Version); r != "" {
		out += " (" + r + ")"
	}
	return out
}

// unknown reports the decisions on criteria the rubric does not have and on metrics the
// submission does not give.
func unknown(r *questions.Rubric, sub *assessment.Assessment, book string, got *Loaded) msg.List {
	var out msg.List
	place := func(key string) any {
		if got.Book != nil {
			if p, ok := got.Book.Places[key]; ok {
				return p
			}
		}
		return msg.M{ID: "place.file", Args: msg.Args{"File": book}}
	}
	for _, id := range sortedKeys(got.Review.Criteria) {
		if r.Question(id) == nil {
			out = append(out, msg.E("revbook.unknown_id", msg.Args{"File": book, "Place": place(id), "ID": id}))
		}
	}
	var names []string
	for _, m := range sub.Outcomes {
		names = append(names, strings.TrimSpace(m.Name))
	}
	for _, name := range sortedKeys(got.Review.Metrics) {
		if !slices.Contains(names, name) {
			out = append(out, msg.E("revbook.unknown_metric", msg.Args{"File": book, "Place": place(name), "Metric": name,
				"Metrics": strings.Join(names, "; ")}))
		}
	}
	return out
}

func sortedKeys(m map[string]assessment.ReviewItem) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
