package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"

	summary "github.com/citydatakit/wwc/scoring/report/cohort"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"

	"github.com/citydatakit/wwc/internal/batch"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
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
	ReviewsDir      string
	View            string
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
			opts.Paths, opts.Format = args, changedValue(cmd, "format")
			return runBatch(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.batch_output", msg.Args{"Formats": strings.Join(summary.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Format, "format", "f", render.FormatText, c.T("flag.format", msg.Args{"Formats": strings.Join(summary.Formats.Names(), ", ")}))
	f.StringVar(&opts.ReportsDir, "reports-dir", "", c.T("flag.reports_dir"))
	f.StringVar(&opts.ReportFormat, "report-format", render.FormatHTML, c.T("flag.report_format", msg.Args{"Formats": strings.Join(result.Formats.Names(), ", ")}))
	f.IntVar(&opts.Workers, "workers", runtime.NumCPU(), c.T("flag.workers"))
	_ = f.SetAnnotation("workers", defaultInText, []string{"true"})
	f.BoolVar(&opts.RequireEvidence, "require-evidence", false, c.T("flag.require_evidence"))
	f.BoolVar(&opts.FailFast, "fail-fast", false, c.T("flag.fail_fast"))
	f.StringVar(&opts.ReviewsDir, "reviews", "", c.T("revbatch.flag.reviews"))
	f.StringVar(&opts.View, "view", scoring.ViewClaimed, c.T("revbatch.flag.view"))
	_ = cmd.RegisterFlagCompletionFunc("view", cobra.FixedCompletions(scoring.Views, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// runBatch scores every submission found (see batch.Job) and writes the summary.
func runBatch(a *app, opts *batchOptions) error {
	opts.Output = outputPath(opts.Output)
	job, format, err := batchJob(a, opts)
	if err != nil {
		return err
	}
	// Ctrl-C (or a SIGTERM) stops the batch: workers take no more files, the reports
	// already written are removed and no summary is written, so that a stopped run leaves
	// nothing that looks like a finished one.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	tuneGC(a)
	out, err := job.Run(ctx)
	if err != nil {
		return batchError(err)
	}
	in := out.Summary
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
	for _, problem := range summary.ReviewProblems(in) {
		a.warn(problem)
	}
	return tellFailures(a, out, opts.Output != "")
}

// batchJob checks the options and turns them into the job and the summary's format.
func batchJob(a *app, opts *batchOptions) (*batch.Job, summary.Format, error) {
	name, err := a.formatFor(summary.Formats, opts.Format, opts.Output)
	if err != nil {
		return nil, summary.Format{}, err
	}
	format, _ := summary.Formats.Lookup(name)
	repFormat, ok := result.Formats.Lookup(opts.ReportFormat)
	if !ok {
		return nil, format, a.valueError(keyReportFormat,
			msg.M{ID: "settings.accepts.one_of", Args: msg.Args{"Values": strings.Join(result.Formats.Names(), ", ")}},
			usageError{render.UnknownFormat(opts.ReportFormat, result.Formats)})
	}
	if opts.Workers < 1 {
		return nil, format, a.valueError(keyWorkers, msg.M{ID: "settings.accepts.number"}, usage("batch.bad_workers", msg.Args{"Value": opts.Workers}))
	}
	if !slices.Contains(scoring.Views, opts.View) {
		return nil, format, usage("revbatch.bad_view", msg.Args{"Value": opts.View})
	}
	if opts.View == scoring.ViewValidated && opts.ReviewsDir == "" {
		return nil, format, usage("revbatch.view_needs_reviews", nil)
	}
	r, err := a.rubric()
	if err != nil {
		return nil, format, err
	}
	job := &batch.Job{ReviewsDir: opts.ReviewsDir, View: opts.View,
		Paths: opts.Paths, Output: opts.Output, ReportsDir: opts.ReportsDir, ReportFormat: repFormat,
		Rubric: r, Cat: a.cat, Date: a.today(), Scoring: scoring.Options{RequireEvidence: opts.RequireEvidence},
		Workers: opts.Workers, FailFast: opts.FailFast, Note: a.printErr,
	}
	if a.io.ErrTTY {
		job.Progress = func(files int) batch.Progress { return batch.Bar(a.io.ErrOut, files, a.cat) }
	}
	return job, format, nil
}

// batchError gives the batch's own errors their exit codes.
func batchError(err error) error {
	var in *batch.OutputIsInput
	var stopped *batch.Interrupted
	switch {
	case errors.As(err, &in):
		return usageError{err}
	case errors.As(err, &stopped):
		return cancelledError{err}
	}
	return err
}

// tellFailures prints each file that could not be read, with wwc score's message, and the
// counts when the summary went to a file or some failed; any failure, or a path that could not
// be collected, makes the exit code 1 (with nothing more to print).
func tellFailures(a *app, out *batch.Outcome, toFile bool) error {
	failed := out.Failed()
	for _, row := range out.Rows {
		if row.Err != nil {
			a.printErr(row.Err)
		}
	}
	if toFile || failed > 0 {
		fmt.Fprintln(a.io.ErrOut, a.cat.T("batch.counts", msg.Args{"Scored": len(out.Rows) - failed, "Failed": failed, "Count": len(out.Rows)}))
	}
	if failed > 0 || out.CollectFailed {
		return silentError{}
	}
	return nil
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
