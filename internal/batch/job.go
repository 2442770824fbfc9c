package batch

import (
	"context"
	"sync/atomic"
	"time"

	summary "github.com/citydatakit/wwc/scoring/report/cohort"
	"github.com/citydatakit/wwc/scoring/report/result"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// Job is a whole wwc batch: collect the paths, leave out the summary about to be written,
// score every file with a bounded pool, write each submission's report, and make the
// summary's rows and cohort statistics. The command only chooses formats, writes the summary
// and maps errors to exit codes.
type Job struct {
	Paths []string
	// Output is the summary file about to be written ("" for standard output): a summary of
	// an earlier run under that name is not a submission.
	Output string
	// ReportsDir, when set, gets each submission's report in ReportFormat.
	ReportsDir   string
	ReportFormat result.Format
	Rubric       *questions.Rubric
	Cat          *i18n.Catalog
	Date         time.Time
	Scoring      scoring.Options
	Workers      int
	FailFast     bool
	// Progress, when set, is called once the number of files is known, for the progress to
	// tell.
	Progress func(files int) Progress
	// Note, when set, hears what the user should know as it happens: paths that could not be
	// collected, files left out with a note.
	Note func(error)
	// ReviewsDir, when set, is the folder of reviews matched to the submissions (see
	// Resolve); View is the figures the cohort statistics count, scoring.ViewClaimed ("")
	// or scoring.ViewValidated.
	ReviewsDir string
	View       string
}

// Outcome is a finished batch: the summary to write (its Width left to the caller) and the
// submissions, failures included, in sorted path order.
type Outcome struct {
	Summary summary.Input
	Rows    []Row
	// CollectFailed says some path given could not be collected (it was told through Note).
	CollectFailed bool
}

// Failed counts the submissions that could not be read.
func (o *Outcome) Failed() int {
	n := 0
	for _, r := range o.Rows {
		if r.Err != nil {
			n++
		}
	}
	return n
}

// Interrupted is the error of a batch stopped by its context (Ctrl-C): no report is left
// behind and no summary is made.
type Interrupted struct{ Done, Count int }

func (e *Interrupted) Error() string { return e.m().Error() }

// Localize renders the message through l.
func (e *Interrupted) Localize(l msg.Localizer) string { return e.m().Localize(l) }

func (e *Interrupted) m() *msg.Error {
	return msg.E("batch.interrupted", msg.Args{"Done": e.Done, "Count": e.Count})
}

// Run runs the job. Its errors: *OutputIsInput (a usage mistake), *Interrupted, the
// "no files" message, and what writing a report met.
func (j *Job) Run(ctx context.Context) (*Outcome, error) {
	found, collectErr := Collect(j.Paths)
	if collectErr != nil {
		j.note(collectErr)
	}
	files, err := DropOutput(found.Files, j.Output)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, msg.E("batch.no_files", nil)
	}
	var reviews *Reviews
	if j.ReviewsDir != "" {
		if reviews, err = LoadReviews(j.ReviewsDir, files, j.Workers); err != nil {
			return nil, err
		}
	}
	reports, err := NewReports(j.ReportsDir, j.ReportFormat, files)
	if err != nil {
		return nil, err
	}
	rows, done := j.score(ctx, files, reports, reviews)
	if ctx.Err() != nil {
		reports.Discard()
		return nil, &Interrupted{Done: done, Count: len(files)}
	}
	if err := reports.Finish(len(files)); err != nil {
		return nil, err
	}
	rows, skipped := WithoutOutputs(rows, found.Skipped)
	for _, s := range skipped {
		if s.Note != nil && !reviews.Has(s.Path) {
			j.note(s.Note)
		}
	}
	in := summary.Input{Rubric: j.Rubric, Cat: j.Cat, Date: j.Date, Skipped: SkippedFiles(skipped)}
	if reviews != nil {
		in.Reviews = ApplyReviews(rows, reviews)
	}
	in.Rows, in.Cohort = Summarize(rows, j.View, j.Rubric.ID, j.Rubric.Version)
	return &Outcome{Summary: in, Rows: rows, CollectFailed: collectErr != nil}, nil
}

// score reads and scores files, writing reports as they come, and says how many were done.
func (j *Job) score(ctx context.Context, files []string, reports *Reports, reviews *Reviews) ([]Row, int) {
	var progress Progress
	if j.Progress != nil {
		progress = j.Progress(len(files))
	}
	index := make(map[string]int, len(files))
	for i, f := range files {
		index[f] = i
	}
	var failed, processed atomic.Int64
	o := Options{Rubric: j.Rubric, Scoring: j.Scoring, Workers: j.Workers, FailFast: j.FailFast, Reviews: reviews,
		Done: func(row Row) {
			processed.Add(1)
			if row.Err != nil {
				failed.Add(1)
			}
			if progress != nil {
				progress.Step(int(failed.Load()))
			}
		}}
	if reports != nil {
		o.Each = func(path string, _ *assessment.Assessment, res *scoring.Result) error {
			return reports.Write(index[path], result.Input{Result: res, Rubric: j.Rubric, Cat: j.Cat, Date: j.Date})
		}
	}
	rows := Run(ctx, files, o)
	if progress != nil {
		progress.Finish()
	}
	return rows, int(processed.Load())
}

func (j *Job) note(err error) {
	if j.Note != nil {
		j.Note(err)
	}
}
