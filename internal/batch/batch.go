// Package batch scores many submissions at once: it collects the files named by paths,
// folders and globs, reads and scores them with a bounded pool of workers, and hands back one
// row per file in sorted path order whatever the scheduling. No workbook or result is kept
// after its row is made, so memory stays flat as the number of files grows.
package batch

import (
	"context"
	"sync"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/scorefile"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// Row is one submission: its brief, or the error that kept it from being read. A file that
// turned out, once opened, to be one of wwc's own reports or summaries is no submission: Skip
// says so and the row is left out of the summary.
type Row struct {
	Path  string
	Brief scoring.Brief
	Err   error
	Skip  *Skip
	// Candidates are the reviews that may apply to it (see Reviews.Candidates), until
	// ApplyReviews has chosen among them.
	Candidates []Candidate
	// Reviews are the review files matched to it, and Stale says they were matched by
	// city, country and year (see Resolve). The one that applies is in Brief.Validated.
	Reviews []string
	Stale   bool
}

// Options set up a batch.
type Options struct {
	Rubric  *questions.Rubric
	Scoring scoring.Options
	Workers int
	// FailFast stops at the first file that cannot be read.
	FailFast bool
	// Each is called from the worker for every file read and scored, with its assessment
	// and result, before they are dropped: where per-submission reports are written. The
	// assessment is nil for a saved result, which is a row as it is.
	Each func(path string, a *assessment.Assessment, res *scoring.Result) error
	// Done is called after each file, in any order, for progress.
	Done func(Row)
	// Reviews, when set, are matched to each submission as it is scored (Row.Candidates).
	Reviews *Reviews
}

// Run reads and scores files with a bounded pool. Rows come back in the order of files.
// With FailFast, files not started when one fails are left out.
func Run(ctx context.Context, files []string, o Options) []Row {
	workers := o.Workers
	if workers < 1 {
		workers = 1
	}
	rows := make([]Row, len(files))
	done := make([]bool, len(files))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if ctx.Err() != nil {
					continue // fail-fast: a file failed, leave the rest
				}
				row := score(files[i], o)
				mu.Lock()
				rows[i], done[i] = row, true
				mu.Unlock()
				if o.Done != nil {
					o.Done(row)
				}
				if row.Err != nil && o.FailFast {
					cancel()
				}
			}
		}()
	}
feed:
	for i := range files {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if o.FailFast {
		var kept []Row
		for i, r := range rows {
			if done[i] {
				kept = append(kept, r)
			}
		}
		return kept
	}
	return rows
}

func score(path string, o Options) Row {
	in, err := load.Open(path)
	if err != nil {
		return Row{Path: path, Err: err}
	}
	defer in.Close()
	if in.Kind == load.KindOutput {
		return Row{Path: path, Skip: &Skip{Path: path, Reason: SkipOutput, Note: msg.E("batch.skip.output", msg.Args{"Note": in.Refusal()})}}
	}
	s, err := scorefile.Read(in, o.Rubric, scorefile.Options{Scoring: o.Scoring})
	if err != nil {
		return Row{Path: path, Err: err}
	}
	if o.Each != nil {
		if err := o.Each(path, s.Assessment, s.Result); err != nil {
			return Row{Path: path, Brief: s.Result.Brief(), Err: err}
		}
	}
	return Row{Path: path, Brief: s.Result.Brief(), Candidates: o.Reviews.Candidates(o.Rubric, s.Assessment, s.Result, o.Scoring)}
}
