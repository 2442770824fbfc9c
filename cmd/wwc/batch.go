package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/batch"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	summary "github.com/citydatakit/wwc/scoring/report/cohort"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

type batchOptions struct {
	Paths           []string
	Output          string
	Format          string
	ReportsDir      string
	ReportFormat    string
	Workers         int
	RequireEvidence bool
	FailFast        bool
}

func newBatchCmd(a *app) *cobra.Command {
	opts := &batchOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "batch PATH...",
		Short:   c.T("batch.short"),
		Long:    c.T("batch.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRow{exitError, "help.exit.batch_input"}, exitRowUsage, exitRowInterrupted),
		Example: c.T("batch.example"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usage("batch.needs_paths", msg.Args{"Command": cmd.CommandPath()})
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runBatch(a, cmd, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.batch_output", msg.Args{"Formats": strings.Join(summary.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Format, "format", "f", "", c.T("flag.format", msg.Args{"Formats": strings.Join(summary.Formats.Names(), ", ")}))
	f.StringVar(&opts.ReportsDir, "reports-dir", "", c.T("flag.reports_dir"))
	f.StringVar(&opts.ReportFormat, "report-format", render.FormatHTML, c.T("flag.report_format", msg.Args{"Formats": strings.Join(result.Formats.Names(), ", ")}))
	f.IntVar(&opts.Workers, "workers", runtime.NumCPU(), c.T("flag.workers"))
	_ = f.SetAnnotation("workers", defaultInText, []string{"true"})
	f.BoolVar(&opts.RequireEvidence, "require-evidence", false, c.T("flag.require_evidence"))
	f.BoolVar(&opts.FailFast, "fail-fast", false, c.T("flag.fail_fast"))
	return cmd
}

func runBatch(a *app, cmd *cobra.Command, opts *batchOptions) error {
	opts.Output = outputPath(opts.Output)
	format, err := summaryFormat(opts)
	if err != nil {
		return err
	}
	repFormat, ok := result.Formats.Lookup(opts.ReportFormat)
	if !ok {
		return usageError{render.UnknownFormat(opts.ReportFormat, result.Formats)}
	}
	if opts.Workers < 1 {
		return usage("batch.bad_workers", msg.Args{"Value": opts.Workers})
	}
	r, err := a.rubric(cmd)
	if err != nil {
		return err
	}
	// Ctrl-C (or a SIGTERM) stops the batch: workers take no more files, the reports
	// already written are removed and no summary is written, so that a stopped run leaves
	// nothing that looks like a finished one.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	found, collectErr := batch.Collect(opts.Paths)
	if collectErr != nil {
		a.printErr(collectErr)
	}
	files := found.Files
	if opts.Output != "" {
		if files, err = dropOutput(files, opts.Output); err != nil {
			return err
		}
	}
	if len(files) == 0 {
		return msg.E("batch.no_files", nil)
	}
	reports, err := prepareReports(opts.ReportsDir, repFormat, files)
	if err != nil {
		return err
	}
	date := a.today()
	scoreOpts := scoring.Options{RequireEvidence: opts.RequireEvidence}
	tuneGC(a)

	bar := newProgress(a, len(files))
	var failed, processed atomic.Int64
	index := map[string]int{}
	for i, f := range files {
		index[f] = i
	}
	rows := batch.Run(ctx, files, batch.Options{
		Rubric: r, Scoring: scoreOpts, Workers: opts.Workers, FailFast: opts.FailFast,
		Each: func(path string, as *assessment.Assessment, res *scoring.Result) error {
			if opts.ReportsDir == "" {
				return nil
			}
			return reports.write(index[path], result.Input{Result: res, Rubric: r, Cat: a.cat, Date: date})
		},
		Done: func(row batch.Row) {
			processed.Add(1)
			if row.Err != nil {
				failed.Add(1)
			}
			if bar != nil {
				bar.Describe(a.cat.T("batch.progress", msg.Args{"Count": int(failed.Load())}))
				bar.Add(1)
			}
		},
	})
	if bar != nil {
		bar.Finish()
	}
	if ctx.Err() != nil {
		reports.discard()
		return cancelledError{msg.E("batch.interrupted", msg.Args{"Done": int(processed.Load()), "Count": len(files)})}
	}
	if err := reports.finish(rows); err != nil {
		return err
	}

	rows, skipped := withoutOutputs(rows, found.Skipped)
	for _, s := range skipped {
		if s.Note != nil {
			a.printErr(s.Note)
		}
	}
	subs, cohort := summarize(rows)
	in := summary.Input{Rows: subs, Cohort: cohort, Rubric: r, Cat: a.cat, Date: date, Skipped: skippedFiles(skipped)}
	if opts.Output == "" && a.io.OutTTY {
		in.Width = a.io.width()
	}
	var buf bytes.Buffer
	if err := format.New().Write(&buf, in); err != nil {
		return err
	}
	if err := emit(a, buf.Bytes(), opts.Output); err != nil {
		return err
	}
	return tellFailures(a, rows, opts.Output != "", collectErr != nil)
}

// tellFailures prints each file that could not be read, with wwc score's message, and the
// counts when the summary went to a file or some failed; any failure, or a path that could not
// be collected, makes the exit code 1 (with nothing more to print).
func tellFailures(a *app, rows []batch.Row, toFile, collectFailed bool) error {
	failed := 0
	for _, row := range rows {
		if row.Err != nil {
			failed++
			a.printErr(row.Err)
		}
	}
	if toFile || failed > 0 {
		fmt.Fprintln(a.io.ErrOut, a.cat.T("batch.counts", msg.Args{"Scored": len(rows) - failed, "Failed": failed, "Count": len(rows)}))
	}
	if failed > 0 || collectFailed {
		return silentError{}
	}
	return nil
}

// reportNamer writes each submission's report under a temporary name as soon as it is scored
// and, once the batch is done, gives it its final name in sorted path order, so that names
// do not depend on which worker finished first: <city>-<year>.<ext>, then -2, -3 for a city
// and year submitted again. No name is ever that of an input.
type reportNamer struct {
	dir    string
	format result.Format
	ext    string
	inputs map[string]bool
	// created says the folder did not exist before this batch made it.
	created bool
	mu      sync.Mutex
	temp    map[int]tempReport
}

type tempReport struct{ path, base string }

func newReportNamer(dir string, f result.Format, inputs []string) *reportNamer {
	n := &reportNamer{dir: dir, format: f, ext: f.Exts[0], inputs: map[string]bool{}, temp: map[int]tempReport{}}
	for _, in := range inputs {
		if abs, err := filepath.Abs(in); err == nil {
			n.inputs[abs] = true
		}
	}
	return n
}

func (n *reportNamer) write(i int, in result.Input) error {
	var buf bytes.Buffer
	if err := n.format.New().Write(&buf, in); err != nil {
		return err
	}
	tmp := filepath.Join(n.dir, fmt.Sprintf(".wwc-report-%d%s", i, n.ext))
	if err := atomicfile.Write(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	base := strings.TrimSuffix(defaultName(in.Result.City, in.Result.Year), ".yaml")
	base = strings.TrimPrefix(base, "wwc-")
	n.mu.Lock()
	n.temp[i] = tempReport{tmp, base}
	n.mu.Unlock()
	return nil
}

func (n *reportNamer) finish(rows []batch.Row) error {
	if n.dir == "" {
		return nil
	}
	taken := map[string]bool{}
	for i := range rows {
		t, ok := n.temp[i]
		if !ok {
			continue
		}
		name := filepath.Join(n.dir, t.base+n.ext)
		for k := 2; taken[name] || n.isInput(name); k++ {
			name = filepath.Join(n.dir, fmt.Sprintf("%s-%d%s", t.base, k, n.ext))
		}
		taken[name] = true
		if err := atomicfile.Rename(t.path, name); err != nil {
			return err
		}
	}
	return nil
}

// discard removes the reports written under their temporary names, and the folder when this
// batch made it: an interrupted batch leaves no report behind.
func (n *reportNamer) discard() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for i, t := range n.temp {
		os.Remove(t.path)
		delete(n.temp, i)
	}
	if n.created {
		os.Remove(n.dir) // only when empty: nothing else is ever removed
	}
}

func (n *reportNamer) isInput(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && n.inputs[abs]
}

// tuneGC trades memory the batch does not need for time: reading a workbook makes much
// short-lived garbage, and the default collector spends a fifth of a batch's CPU on it. The
// soft memory limit keeps the heap well under what a large cohort may use. GOGC and
// GOMEMLIMIT, when set, win.
func tuneGC(a *app) {
	if a.io.getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if a.io.getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(100 << 20)
	}
}

// dropOutput leaves the summary about to be written out of the files read: a summary written
// into the folder of submissions by an earlier run is not a submission. Any other file there
// is one, and is not overwritten.
func dropOutput(files []string, output string) ([]string, error) {
	var out []string
	for _, f := range files {
		if !samePath(f, output) {
			out = append(out, f)
			continue
		}
		if rec, err := load.SniffFile(f); err != nil || rec.Kind != load.KindOutput {
			return nil, usage("usage.output_is_input", msg.Args{"File": output})
		}
	}
	return out, nil
}

func skippedFiles(skipped []batch.Skip) []summary.SkippedFile {
	out := make([]summary.SkippedFile, len(skipped))
	for i, s := range skipped {
		out[i] = summary.SkippedFile{Path: s.Path, Reason: s.Reason}
	}
	return out
}

// terminalWidth is the width of the terminal stdout is on, COLUMNS when it cannot be asked,
// and 80 when neither tells.

// summaryFormat is the summary's format: --format, else the -o file's extension, else text.
func summaryFormat(opts *batchOptions) (summary.Format, error) {
	if opts.Format != "" {
		f, ok := summary.Formats.Lookup(opts.Format)
		if !ok {
			return summary.Format{}, usageError{render.UnknownFormat(opts.Format, summary.Formats)}
		}
		return f, nil
	}
	if opts.Output != "" {
		if f, ok := summary.Formats.ForPath(opts.Output); ok {
			return f, nil
		}
	}
	f, _ := summary.Formats.Lookup(render.FormatText)
	return f, nil
}

// prepareReports makes the --reports-dir folder, remembering whether this run created it (so
// that an interrupted run can remove it again).
func prepareReports(dir string, format result.Format, files []string) (*reportNamer, error) {
	reports := newReportNamer(dir, format, files)
	if dir == "" {
		return reports, nil
	}
	_, statErr := os.Stat(dir)
	reports.created = os.IsNotExist(statErr)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, msg.Wrap(err, "file.write", msg.Args{"File": dir, "Err": fileio.Reason(err)})
	}
	return reports, nil
}

// newProgress is the progress bar on stderr, only when stderr is a terminal.
func newProgress(a *app, files int) *progressbar.ProgressBar {
	if !a.io.ErrTTY {
		return nil
	}
	return progressbar.NewOptions(files, progressbar.OptionSetWriter(a.io.ErrOut),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString(a.cat.T("batch.files")),
		progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000),
		progressbar.OptionSetDescription(a.cat.T("batch.progress", msg.Args{"Count": 0})))
}

// withoutOutputs leaves out the files that turned out to be wwc's own reports or summaries:
// they are no submissions, and join the files skipped while collecting.
func withoutOutputs(rows []batch.Row, skipped []batch.Skip) ([]batch.Row, []batch.Skip) {
	var kept []batch.Row
	for _, row := range rows {
		if row.Skip != nil {
			skipped = append(skipped, *row.Skip)
			continue
		}
		kept = append(kept, row)
	}
	return kept, skipped
}

// summarize makes the summary's rows and the cohort statistics of the scored ones. The
// cohort's duplicate groups index the scored briefs; they are turned into indexes of rows,
// and each duplicate row is flagged, all but the kept (last) one as dropped.
func summarize(rows []batch.Row) ([]summary.Submission, scoring.Cohort) {
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
	cohort := scoring.Summarize(briefs)
	for g, group := range cohort.Duplicates {
		for k, i := range group {
			group[k] = briefRow[i]
			subs[group[k]].Duplicate = true
			subs[group[k]].Dropped = k < len(group)-1
		}
		cohort.Kept[g] = group[len(group)-1]
	}
	return subs, cohort
}
