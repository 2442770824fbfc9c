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

// Summarize makes the summary's rows and the cohort statistics of the scored ones. The
// cohort's duplicate groups index the scored briefs; they are turned into indexes of rows,
// and each duplicate row is flagged, all but the kept (last) one as dropped. The submissions
// of another rubric are turned into indexes of rows too.
func Summarize(rows []Row) ([]summary.Submission, scoring.Cohort) { return SummarizeFor(rows, "", "") }

// SummarizeFor is Summarize comparing criteria among the submissions of the rubric a batch
// scores with (scoring.SummarizeFor).
func SummarizeFor(rows []Row, rubricID, rubricVersion string) ([]summary.Submission, scoring.Cohort) {
	subs := make([]summary.Submission, len(rows))
	var briefs []scoring.Brief
	var briefRow []int
	for i, row := range rows {
		subs[i] = summary.Submission{Path: row.Path, Brief: row.Brief, Err: row.Err}
		if row.Err == nil {
			briefs = append(briefs, row.Brief)
			briefRow = append(briefRow, i)
		}
	}
	cohort := scoring.SummarizeFor(briefs, rubricID, rubricVersion)
	for g, group := range cohort.Duplicates {
		for k, i := range group {
			group[k] = briefRow[i]
			subs[group[k]].Duplicate = true
			subs[group[k]].Dropped = k < len(group)-1
		}
		cohort.Kept[g] = group[len(group)-1]
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
