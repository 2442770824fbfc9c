package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/diff"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
	"github.com/citydatakit/wwc/scoring/report/trend"
	"github.com/spf13/cobra"
)

type diffOptions struct {
	Format     string
	Output     string
	ExitCode   bool
	FailOnDrop bool
}

func newDiffCmd(a *app) *cobra.Command {
	opts := &diffOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "diff OLD NEW",
		Short:   c.T("diff.short"),
		Long:    c.T("diff.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRowInput, exitRowUsage, exitRow{exitThreshold, "help.exit.diff"}, exitRowInterrupted),
		Example: c.T("diff.example"),
		Args:    exactArgs(a, 2, "OLD NEW"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDiff(a, cmd, args[0], args[1], opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", c.T("flag.format", msg.Args{"Formats": strings.Join(diff.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.output"))
	f.BoolVar(&opts.ExitCode, "exit-code", false, c.T("flag.exit_code"))
	f.BoolVar(&opts.FailOnDrop, "fail-on-drop", false, c.T("flag.fail_on_drop"))
	return cmd
}

// chooseFormat picks --format, else the output file's extension, else text, among names.
func chooseFormat(names []string, format, output string) (string, error) {
	if format == "" && output != "" {
		if f, ok := result.Formats.ForPath(output); ok {
			format = f.Name
		}
	}
	if format == "" {
		format = render.FormatText
	}
	format = strings.ToLower(format)
	for _, f := range names {
		if f == format {
			return f, nil
		}
	}
	return "", usageError{msg.E("report.unknown_format", msg.Args{"Format": format, "Formats": strings.Join(names, ", ")})}
}

// textWidth is the width text fits: the terminal's when it goes there, else 0 (80).
func textWidth(a *app, output string) int {
	if output == "" && a.io.OutTTY {
		return a.io.width()
	}
	return 0
}

// resultOf scores any input wwc score reads, or reads back a saved result.
func resultOf(a *app, r *questions.Rubric, path string) (*scoring.Result, error) {
	if strings.EqualFold(filepath.Ext(path), ".json") {
		data, err := fileio.ReadLimited(path, 16<<20)
		if err != nil {
			return nil, err
		}
		if result.IsResult(data) {
			return result.ReadResult(data, path)
		}
	}
	as, err := load.File(path, load.Options{Rubric: r})
	if err != nil {
		return nil, err
	}
	a.adoptFileLang(as.Lang)
	return scoring.Score(r, as, scoring.Options{}), nil
}

func runDiff(a *app, cmd *cobra.Command, oldPath, newPath string, opts *diffOptions) error {
	format, err := chooseFormat(diff.Formats.Names(), opts.Format, opts.Output)
	if err != nil {
		return err
	}
	r, err := a.rubric(cmd)
	if err != nil {
		return err
	}
	var problems msg.List
	old, err := resultOf(a, r, oldPath)
	if err != nil {
		problems = append(problems, err)
	}
	neu, err := resultOf(a, r, newPath)
	if err != nil {
		problems = append(problems, err)
	}
	if len(problems) > 0 {
		return problems
	}
	c := scoring.Compare(old, neu, r.Tiers)
	if !c.SameCity {
		a.warn(a.cat.T("diff.other_city", msg.Args{"Old": old.City, "New": neu.City}))
	}
	var buf bytes.Buffer
	f, _ := diff.Formats.Lookup(format)
	if err := f.New().Write(&buf, diff.Input{C: c, Rubric: r, Cat: a.cat, Width: textWidth(a, opts.Output)}); err != nil {
		return err
	}
	if err := emit(a, buf.Bytes(), opts.Output); err != nil {
		return err
	}
	switch {
	case opts.FailOnDrop && c.Dropped():
		return thresholdError{msg.E("diff.dropped", msg.Args{"Count": len(c.Lost)})}
	case opts.ExitCode && c.Changed():
		return thresholdError{silentError{}}
	}
	return nil
}

type trendOptions struct {
	Format string
	Output string
}

func newTrendCmd(a *app) *cobra.Command {
	opts := &trendOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "trend FILE...",
		Short:   c.T("trend.short"),
		Long:    c.T("trend.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRowInput, exitRowUsage, exitRowInterrupted),
		Example: c.T("trend.example"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usage("trend.needs_files", msg.Args{"Command": cmd.CommandPath()})
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTrend(a, cmd, args, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", c.T("flag.format", msg.Args{"Formats": strings.Join(trend.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.output"))
	return cmd
}

func runTrend(a *app, cmd *cobra.Command, files []string, opts *trendOptions) error {
	format, err := chooseFormat(trend.Formats.Names(), opts.Format, opts.Output)
	if err != nil {
		return err
	}
	r, err := a.rubric(cmd)
	if err != nil {
		return err
	}
	var results []*scoring.Result
	paths := map[*scoring.Result]string{}
	var problems msg.List
	for _, f := range files {
		res, err := resultOf(a, r, f)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		results = append(results, res)
		paths[res] = f
	}
	if len(problems) > 0 {
		return problems
	}
	t, err := scoring.NewTrend(results)
	if err != nil {
		return trendError(a, err, results, paths)
	}
	var buf bytes.Buffer
	f, _ := trend.Formats.Lookup(format)
	if err := f.New().Write(&buf, trend.Input{T: t, Rubric: r, Cat: a.cat, Width: textWidth(a, opts.Output)}); err != nil {
		return err
	}
	return emit(a, buf.Bytes(), opts.Output)
}

// trendError explains why the files are not one city's years, naming the files.
func trendError(a *app, err error, results []*scoring.Result, paths map[*scoring.Result]string) error {
	var te *scoring.TrendError
	if !errors.As(err, &te) {
		return err
	}
	sorted := append([]*scoring.Result(nil), results...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Year < sorted[j].Year })
	switch {
	case te.NoYear:
		for _, r := range sorted {
			if r.Year == 0 {
				return msg.E("trend.no_year", msg.Args{"File": paths[r]})
			}
		}
	case te.RepeatedYear != 0:
		var files []string
		for _, r := range sorted {
			if r.Year == te.RepeatedYear {
				files = append(files, paths[r])
			}
		}
		return msg.E("trend.repeated_year", msg.Args{"Year": te.RepeatedYear, "Files": strings.Join(files, ", ")})
	}
	var lines []string
	for _, r := range sorted {
		lines = append(lines, paths[r]+": "+r.City)
	}
	return msg.E("trend.other_city", msg.Args{"Cities": strings.Join(lines, "; ")})
}
