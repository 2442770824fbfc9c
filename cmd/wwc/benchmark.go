package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/peers"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/benchmark"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/spf13/cobra"
)

type benchmarkOptions struct {
	City   string
	Cohort []string
	Format string
	Output string
}

func newBenchmarkCmd(a *app) *cobra.Command {
	opts := &benchmarkOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "benchmark FILE --cohort PATH...",
		Short:   c.T("benchmark.short"),
		Long:    c.T("benchmark.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRow{exitError, "help.exit.batch_input"}, exitRowUsage, exitRowInterrupted),
		Example: c.T("benchmark.example"),
		Args:    exactArgs(a, 1, "FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(opts.Cohort) == 0 {
				return usage("benchmark.needs_cohort", msg.Args{"Command": cmd.CommandPath()})
			}
			opts.City, opts.Format = args[0], changedValue(cmd, "format")
			return runBenchmark(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&opts.Cohort, "cohort", nil, c.T("flag.cohort"))
	f.StringVarP(&opts.Format, "format", "f", render.FormatText, c.T("flag.format", msg.Args{"Formats": strings.Join(benchmark.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.output"))
	inputs := extsOf(load.Extensions()...)
	cmd.ValidArgsFunction = argFiles(inputs, 1)
	_ = cmd.RegisterFlagCompletionFunc("cohort", files(inputs))
	_ = cmd.RegisterFlagCompletionFunc("format", values(benchmark.Formats.Names()...))
	return cmd
}

// runBenchmark reads the city and its cohort, measures one against the other and writes the
// report. Cohort files that cannot be read are told and left out, and make the exit code 1,
// as in wwc batch; the report is still written from the others.
func runBenchmark(a *app, opts *benchmarkOptions) error {
	opts.Output = outputPath(opts.Output)
	name, err := a.formatFor(benchmark.Formats, opts.Format, opts.Output)
	if err != nil {
		return err
	}
	r, err := a.rubric()
	if err != nil {
		return err
	}
	city, err := resultOf(a, r, opts.City)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	tuneGC(a) // a large cohort reads like a batch
	co, err := peers.Read(ctx, opts.Cohort, peers.Options{Rubric: r, Workers: runtime.NumCPU(), Note: a.printErr})
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return cancelledError{ctx.Err()}
	}
	for _, row := range co.Failed {
		a.printErr(row.Err)
	}
	b, err := scoring.Benchmark(city, co.Peers, co.Tallies...)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	f, _ := benchmark.Formats.Lookup(name)
	in := benchmark.Input{B: b, City: city, Rubric: r, Cat: a.cat, Date: a.today(), Width: textWidth(a, opts.Output)}
	if err := f.New().Write(&buf, in); err != nil {
		return err
	}
	if err := emit(a, buf.Bytes(), opts.Output); err != nil {
		return err
	}
	if len(co.Failed) > 0 {
		fmt.Fprintln(a.io.ErrOut, a.cat.T("benchmark.counts", msg.Args{"Failed": len(co.Failed), "Count": co.Files}))
	}
	if len(co.Failed) > 0 || co.CollectFailed {
		return silentError{}
	}
	return nil
}
