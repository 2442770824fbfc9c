package batch

import (
	"context"
	"sync"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/export"
)

// ExportJob reads and scores every submission found in Paths, as Job does, and keeps every
// result whole for the long tables of wwc export.
type ExportJob struct {
	Paths []string
	// Output is the export about to be written ("" for standard output): an export of an
	// earlier run under that name is not a submission.
	Output  string
	Options Options
	// Note, when set, hears the paths that could not be collected and the files left out
	// with a note.
	Note func(error)
}

// ExportOutcome is a finished export's content, in sorted path order.
type ExportOutcome struct {
	Input export.Input
	// CollectFailed says some path given could not be collected (it was told through Note).
	CollectFailed bool
}

// Run runs the job. Its errors: *OutputIsInput, *Interrupted and the "no files" message.
func (j *ExportJob) Run(ctx context.Context) (*ExportOutcome, error) {
	found, collectErr := Collect(j.Paths)
	if collectErr != nil && j.Note != nil {
		j.Note(collectErr)
	}
	files, err := DropOutput(found.Files, j.Output)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, msg.E("batch.no_files", nil)
	}
	var mu sync.Mutex
	results := make(map[string]*scoring.Result, len(files))
	o := j.Options
	o.Each = func(path string, _ *assessment.Assessment, res *scoring.Result) error {
		mu.Lock()
		results[path] = res
		mu.Unlock()
		return nil
	}
	rows := Run(ctx, files, o)
	if ctx.Err() != nil {
		return nil, &Interrupted{Done: len(results), Count: len(files)}
	}
	rows, skipped := WithoutOutputs(rows, found.Skipped)
	for _, s := range skipped {
		if s.Note != nil && j.Note != nil {
			j.Note(s.Note)
		}
	}
	out := &ExportOutcome{CollectFailed: collectErr != nil}
	for _, row := range rows {
		if row.Err != nil {
			out.Input.Failures = append(out.Input.Failures, export.Failure{File: row.Path, Err: row.Err})
			continue
		}
		out.Input.Submissions = append(out.Input.Submissions, export.Submission{File: row.Path, Result: results[row.Path]})
	}
	return out, nil
}
