// Package peers reads the cohort a city is measured against (wwc benchmark): files and
// folders read and scored as wwc batch reads them (batch.Collect and batch.Run), and
// summaries saved with wwc batch --format json, whose rows are peers as they are and whose
// criterion counts are the cohort's tally. Nothing of a submission is kept but its brief.
package peers

import (
	"context"
	"strings"
	"sync"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/batch"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// Cohort is the cohort as read: its peers and the tallies of the saved summaries, and the
// files that could not be read.
type Cohort struct {
	Peers   []scoring.Peer
	Tallies []scoring.Tally
	// Failed are the files that could not be read, with why; Files counts every file
	// read or tried.
	Failed []batch.Row
	Files  int
	// CollectFailed says some path given could not be collected (it was told through Note).
	CollectFailed bool
}

// Options set up the reading.
type Options struct {
	Rubric  *questions.Rubric
	Scoring scoring.Options
	Workers int
	// Note, when set, hears what the user should know: paths that could not be collected,
	// files left out with a note (wwc's own reports found in a folder).
	Note func(error)
}

// Read reads the cohort paths name.
func Read(ctx context.Context, paths []string, o Options) (*Cohort, error) {
	found, collectErr := batch.Collect(paths)
	c := &Cohort{CollectFailed: collectErr != nil}
	if collectErr != nil {
		o.note(collectErr)
	}
	var files []string
	for _, f := range found.Files {
		if !strings.EqualFold(fileExt(f), ".json") {
			files = append(files, f)
			continue
		}
		if rec, err := load.SniffFile(f); err != nil || rec.Kind != load.KindOutput || rec.Output != load.OutputSummary {
			files = append(files, f)
			continue
		}
		c.Files++
		peers, tally, err := ReadSummary(f)
		if err != nil {
			c.Failed = append(c.Failed, batch.Row{Path: f, Err: err})
			continue
		}
		c.Peers = append(c.Peers, peers...)
		c.Tallies = append(c.Tallies, tally)
	}
	// The rubric of each result: a saved result keeps its own.
	var mu sync.Mutex
	rubrics := map[string][2]string{}
	rows := batch.Run(ctx, files, batch.Options{Rubric: o.Rubric, Scoring: o.Scoring, Workers: o.Workers,
		Each: func(path string, _ *assessment.Assessment, res *scoring.Result) error {
			mu.Lock()
			rubrics[path] = [2]string{res.RubricID, res.RubricVersion}
			mu.Unlock()
			return nil
		}})
	rows, skipped := batch.WithoutOutputs(rows, found.Skipped)
	for _, s := range skipped {
		if s.Note != nil {
			o.note(s.Note)
		}
	}
	for _, row := range rows {
		c.Files++
		if row.Err != nil {
			c.Failed = append(c.Failed, row)
			continue
		}
		rb := rubrics[row.Path]
		c.Peers = append(c.Peers, scoring.Peer{Brief: row.Brief, RubricID: rb[0], RubricVersion: rb[1], Source: row.Path})
	}
	return c, nil
}

func (o Options) note(err error) {
	if o.Note != nil {
		o.Note(err)
	}
}

func fileExt(p string) string {
	if i := strings.LastIndexByte(p, '.'); i >= 0 && !strings.ContainsAny(p[i:], `/\`) {
		return p[i:]
	}
	return ""
}
