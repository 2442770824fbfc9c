// Package batch scores many submissions at once: it collects the files named by paths,
// folders and globs, reads and scores them with a bounded pool of workers, and hands back one
// row per file in sorted path order whatever the scheduling. No workbook or result is kept
// after its row is made, so memory stays flat as the number of files grows.
package batch

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// readable are the extensions collected from folders; a file named explicitly is read
// whatever its name, so that a renamed file still gets its precise message.
var readable = map[string]bool{".xlsx": true, ".xlsm": true, ".csv": true, ".yaml": true, ".yml": true, ".json": true}

// Skipped reports whether a file found in a folder is left out: hidden files, Excel's ~$ lock
// files, LibreOffice's .~lock files, editors' temporary files.
func Skipped(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") || strings.HasPrefix(name, "~") ||
		strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".tmp") || strings.HasSuffix(name, "#")
}

// Collect expands paths into a sorted list of distinct files: files as given, folders walked
// recursively (hidden folders skipped), and glob patterns.
func Collect(paths []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	var problems msg.List
	for _, p := range paths {
		matches := []string{p}
		if strings.ContainsAny(p, "*?[") {
			m, err := filepath.Glob(p)
			if err != nil || len(m) == 0 {
				problems = append(problems, msg.E("batch.no_match", msg.Args{"Pattern": p}))
				continue
			}
			matches = m
		}
		for _, m := range matches {
			fi, err := os.Stat(m)
			if err != nil {
				problems = append(problems, msg.Wrap(err, "file.open", msg.Args{"File": m, "Err": fileio.Reason(err)}))
				continue
			}
			if !fi.IsDir() {
				add(m)
				continue
			}
			err = filepath.WalkDir(m, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if path != m && Skipped(d.Name()) {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if !d.IsDir() && readable[strings.ToLower(filepath.Ext(path))] {
					add(path)
				}
				return nil
			})
			if err != nil {
				problems = append(problems, msg.Wrap(err, "file.read", msg.Args{"File": m, "Err": fileio.Reason(err)}))
			}
		}
	}
	sort.Strings(out)
	if len(problems) > 0 {
		return out, problems
	}
	return out, nil
}

// Row is one submission: its brief, or the error that kept it from being read.
type Row struct {
	Path  string
	Brief scoring.Brief
	Err   error
}

// Options set up a batch.
type Options struct {
	Rubric  *questions.Rubric
	Scoring scoring.Options
	Workers int
	// FailFast stops at the first file that cannot be read.
	FailFast bool
	// Each is called from the worker for every file read and scored, with its assessment
	// and result, before they are dropped: where per-submission reports are written.
	Each func(path string, a *assessment.Assessment, res *scoring.Result) error
	// Done is called after each file, in any order, for progress.
	Done func(Row)
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
	a, err := load.File(path, load.Options{Rubric: o.Rubric})
	if err != nil {
		return Row{Path: path, Err: err}
	}
	res := scoring.Score(o.Rubric, a, o.Scoring)
	if o.Each != nil {
		if err := o.Each(path, a, res); err != nil {
			return Row{Path: path, Brief: res.Brief(), Err: err}
		}
	}
	return Row{Path: path, Brief: res.Brief()}
}
