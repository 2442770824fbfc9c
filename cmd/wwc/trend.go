package main

import (
	"bytes"
	"errors"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/trend"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/spf13/cobra"
)

type trendOptions struct {
	Files  []string
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
			opts.Files, opts.Format = args, changedValue(cmd, "format")
			return runTrend(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", render.FormatText, c.T("flag.format", msg.Args{"Formats": strings.Join(trend.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.output"))
	return cmd
}

func runTrend(a *app, opts *trendOptions) error {
	opts.Output = outputPath(opts.Output)
	format, err := a.formatFor(trend.Formats, opts.Format, opts.Output)
	if err != nil {
		return err
	}
	r, err := a.rubric()
	if err != nil {
		return err
	}
	results, err := resultsOf(a, r, opts.Files)
	if err != nil {
		return err
	}
	t, err := scoring.NewTrend(results)
	if err != nil {
		return trendError(err, results, opts.Files)
	}
	var buf bytes.Buffer
	f, _ := trend.Formats.Lookup(format)
	if err := f.New().Write(&buf, trend.Input{T: t, Rubric: r, Cat: a.cat, Width: textWidth(a, opts.Output)}); err != nil {
		return err
	}
	return emit(a, buf.Bytes(), opts.Output)
}

// trendError explains why the files are not one city's years, naming the files (results and
// files go in the same order).
func trendError(err error, results []*scoring.Result, files []string) error {
	var te *scoring.TrendError
	if !errors.As(err, &te) {
		return err
	}
	idx := make([]int, len(results))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return results[idx[i]].Year < results[idx[j]].Year })
	switch {
	case te.NoYear:
		for _, i := range idx {
			if results[i].Year == 0 {
				return msg.E("trend.no_year", msg.Args{"File": files[i]})
			}
		}
	case te.RepeatedYear != 0:
		var same []string
		for _, i := range idx {
			if results[i].Year == te.RepeatedYear {
				same = append(same, files[i])
			}
		}
		return msg.E("trend.repeated_year", msg.Args{"Year": te.RepeatedYear, "Files": strings.Join(same, ", ")})
	}
	var lines []string
	for _, i := range idx {
		lines = append(lines, files[i]+": "+results[i].City)
	}
	return msg.E("trend.other_city", msg.Args{"Cities": strings.Join(lines, "; ")})
}
