package main

import (
	"bytes"
	"context"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"strings"
	"syscall"

	"github.com/citydatakit/wwc/internal/batch"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/export"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	Paths           []string
	Output          string
	Format          string
	Table           string
	Workers         int
	RequireEvidence bool
}

func newExportCmd(a *app) *cobra.Command {
	opts := &exportOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "export PATH...",
		Short:   c.T("export.short"),
		Long:    c.T("export.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRow{exitError, "help.exit.batch_input"}, exitRowUsage, exitRowInterrupted),
		Example: c.T("export.example"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usage("batch.needs_paths", msg.Args{"Command": cmd.CommandPath()})
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths, opts.Format = args, changedValue(cmd, "format")
			return runExport(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.export_output"))
	f.StringVarP(&opts.Format, "format", "f", render.FormatCSV, c.T("flag.format", msg.Args{"Formats": strings.Join(export.Formats.Names(), ", ")}))
	f.StringVar(&opts.Table, "table", export.TableCriteria, c.T("flag.export_table", msg.Args{"Tables": strings.Join(export.Tables, ", ")}))
	f.IntVar(&opts.Workers, "workers", runtime.NumCPU(), c.T("flag.workers"))
	_ = f.SetAnnotation("workers", defaultInText, []string{"true"})
	f.BoolVar(&opts.RequireEvidence, "require-evidence", false, c.T("flag.require_evidence"))
	return cmd
}

// runExport scores every submission found, as wwc batch does, and writes the long table.
// Files that cannot be read are told on stderr (and listed in the JSON document) and make
// the exit code 1; the export of the others is still written.
func runExport(a *app, opts *exportOptions) error {
	opts.Output = outputPath(opts.Output)
	name, err := a.formatFor(export.Formats, opts.Format, opts.Output)
	if err != nil {
		return err
	}
	if !slices.Contains(export.Tables, opts.Table) {
		return usage("export.bad_table", msg.Args{"Value": opts.Table, "Tables": strings.Join(export.Tables, ", ")})
	}
	if opts.Workers < 1 {
		return a.valueError(keyWorkers, msg.M{ID: "settings.accepts.number"}, usage("batch.bad_workers", msg.Args{"Value": opts.Workers}))
	}
	r, err := a.rubric()
	if err != nil {
		return err
	}
	job := &batch.ExportJob{Paths: opts.Paths, Output: opts.Output, Note: a.printErr,
		Options: batch.Options{Rubric: r, Scoring: scoring.Options{RequireEvidence: opts.RequireEvidence}, Workers: opts.Workers}}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	tuneGC(a)
	out, err := job.Run(ctx)
	if err != nil {
		return batchError(err)
	}
	in := out.Input
	in.Table, in.Cat = opts.Table, a.cat
	format, _ := export.Formats.Lookup(name)
	var buf bytes.Buffer
	if err := format.New().Write(&buf, in); err != nil {
		return err
	}
	if err := emit(a, buf.Bytes(), opts.Output); err != nil {
		return err
	}
	for _, f := range in.Failures {
		a.printErr(f.Err)
	}
	if len(in.Failures) > 0 || out.CollectFailed {
		return silentError{}
	}
	return nil
}
