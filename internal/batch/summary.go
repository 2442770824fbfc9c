package batch

import (
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	summary "github.com/citydatakit/wwc/scoring/report/cohort"
)

// DropOutput leaves the summary about to be written out of the files read: a summary written
// into the folder of submissions by an earlier run is not a submission. Any other file under
// that name is one, and is not overwritten: the error is an *OutputIsInput.
func DropOutput(files []string, output string) ([]string, error) {
	if output == "" {
		return files, nil
	}
	var out []string
	for _, f := range files {
		if !fileio.SamePath(f, output) {
			out = append(out, f)
			continue
		}
		if rec, err := load.SniffFile(f); err != nil || rec.Kind != load.KindOutput {
			return nil, &OutputIsInput{File: output}
		}
	}
	return out, nil
}

// OutputIsInput is the mistake of naming a submission as the summary to write: a usage error.
type OutputIsInput struct{ File string }

func (e *OutputIsInput) Error() string { return e.m().Error() }

// Localize renders the message through l.
func (e *OutputIsInput) Localize(l msg.Localizer) string { return e.m().Localize(l) }

func (e *OutputIsInput) m() *msg.Error {
	return msg.E("usage.output_is_input", msg.Args{"File": e.File})
}

// WithoutOutputs leaves out the rows of files that turned out to be wwc's own reports or
// summaries: they are no submissions, and join the files skipped while collecting.
func WithoutOutputs(rows []Row, skipped []Skip) ([]Row, []Skip) {
	var kept []Row
	for _, row := range rows {
		if row.Skip != nil {
			skipped = append(skipped, *row.Skip)
			continue
		}
		kept = append(kept, row)
	}
	return kept, skipped
}

// Summarize makes the summary's rows and the cohort statistics of the scored ones, from the
// figures of view (scoring.ViewValidated: the validated ones; else as claimed). The
// cohort's duplicate groups index the scored briefs; they are turned into indexes of rows,
// and each duplicate row is flagged, all but the kept (last) one as dropped. The submissions
// of another rubric than rubricID and rubricVersion (the batch's; see scoring.SummarizeFor)
// are turned into indexes of rows too. view chooses the claimed or the validated figures.
func Summarize(rows []Row, view, rubricID, rubricVersion string) ([]summary.Submission, scoring.Cohort) {
	subs := make([]summary.Submission, len(rows))
	var briefs []scoring.Brief
	var briefRow []int
	for i, row := range rows {
		subs[i] = summary.Submission{Path: row.Path, Brief: row.Brief, Err: row.Err, Reviews: row.Reviews, Stale: row.Stale}
		if row.Err == nil {
			briefs = append(briefs, row.Brief)
			briefRow = append(briefRow, i)
		}
	}
	cohort := scoring.SummarizeFor(briefs, rubricID, rubricVersion)
	if view == scoring.ViewValidated {
		cohort = cohort.Validated(briefs)
	}
	for g, group := range cohort.Duplicates {
		kept := cohort.Kept[g]
		for k, i := range group {
			group[k] = briefRow[i]
			subs[group[k]].Duplicate = true
			subs[group[k]].Dropped = i != kept
		}
		cohort.Kept[g] = briefRow[kept]
	}
	for k, i := range cohort.OtherRubric {
		cohort.OtherRubric[k] = briefRow[i]
	}
	return subs, cohort
}

// SkippedFiles is how the summary lists the files left out.
func SkippedFiles(skipped []Skip) []summary.SkippedFile {
	out := make([]summary.SkippedFile, len(skipped))
	for i, s := range skipped {
		out[i] = summary.SkippedFile{Path: s.Path, Reason: s.Reason}
	}
	return out
}

// ApplyReviews chooses, for every scored row, the review that applies (see Resolve): the
// row gets the files matched and, when one applies, its validation in Brief.Validated. The
// candidates are dropped. The result is the summary's account of the reviews.
func ApplyReviews(rows []Row, reviews *Reviews) *summary.Reviews {
	cands := make([][]Candidate, len(rows))
	for i := range rows {
		cands[i] = rows[i].Candidates
	}
	matches, unmatched := Resolve(cands, len(reviews.Files))
	for i := range rows {
		m := matches[i]
		rows[i].Candidates = nil
		for _, r := range m.Reviews {
			rows[i].Reviews = append(rows[i].Reviews, reviews.Files[r].Path)
		}
		rows[i].Stale = m.Stale && len(m.Reviews) > 0
		rows[i].Brief.Validated = m.Validated
	}
	out := &summary.Reviews{Dir: reviews.Dir, Read: len(reviews.Files), Skipped: reviews.Skipped}
	// A review left over whose city, country and year are those of a reviewed submission lost
	// to a review of exactly its answers: say so, rather than that it matches nothing.
	reviewed := map[string]int{}
	for i, row := range rows {
		if row.Err == nil && len(row.Reviews) > 0 {
			reviewed[scoring.PlaceKey(row.Brief.City, row.Brief.Country, row.Brief.Year)] = i
		}
	}
	for _, r := range unmatched {
		f := reviews.Files[r]
		s := f.Review.Submission
		if i, ok := reviewed[scoring.PlaceKey(s.City, s.Country, s.Year)]; ok && s.Year != 0 {
			out.Outranked = append(out.Outranked, summary.OutrankedReview{Review: f.Path, Submission: rows[i].Path, By: rows[i].Reviews})
			continue
		}
		out.Unmatched = append(out.Unmatched, f.Path)
	}
	return out
}
