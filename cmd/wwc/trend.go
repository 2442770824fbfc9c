package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/batch"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/trend"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/spf13/cobra"
)

type trendOptions struct {
	Paths  []string
	Format string
	Output string
}

func newTrendCmd(a *app) *cobra.Command {
	opts := &trendOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "trend PATH...",
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
			opts.Paths, opts.Format = args, changedValue(cmd, "format")
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
	files, err := trendFiles(a, opts.Paths)
	if err != nil {
		return err
	}
	results, err := resultsOf(a, r, files)
	if err != nil {
		return err
	}
	p, err := scoring.NewPanel(results, r.Tiers)
	if err != nil {
		return trendError(err, results, files)
	}
	in := trend.Input{Panel: p, Rubric: r, Cat: a.cat, Date: a.today(), Width: textWidth(a, opts.Output)}
	if len(p.Cities) == 1 {
		in.T, in.Panel = p.Cities[0].Trend, nil // one city keeps its own report
	}
	var buf bytes.Buffer
	f, _ := trend.Formats.Lookup(format)
	if err := f.New().Write(&buf, in); err != nil {
		return err
	}
	return emit(a, buf.Bytes(), opts.Output)
}

// trendFiles are the files the paths name, folders walked as wwc batch walks them; wwc's own
// reports found in a folder (a trend written there before) are skipped with a note, files
// given by name are read whatever they are.
func trendFiles(a *app, paths []string) ([]string, error) {
	found, err := batch.Collect(paths)
	if err != nil {
		return nil, err
	}
	for _, s := range found.Skipped {
		if s.Note != nil {
			a.printErr(s.Note)
		}
	}
	given := map[string]bool{}
	for _, p := range paths {
		given[filepath.Clean(p)] = true
	}
	var files []string
	for _, f := range found.Files {
		if !given[f] {
			if in, err := load.Open(f); err == nil {
				out := in.Kind == load.KindOutput
				note := in.Refusal()
				in.Close()
				if out {
					a.printErr(msg.E("batch.skip.output", msg.Args{"Note": note}))
					continue
				}
			}
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, msg.E("batch.no_files", nil)
	}
	return files, nil
}

// trendError explains why the files make no trend, naming the files (results and files go in
// the same order): all of one year (a usage mistake), one without a year, or a city given
// twice for a year.
func trendError(err error, results []*scoring.Result, files []string) error {
	var te *scoring.TrendError
	if !errors.As(err, &te) {
		return err
	}
	sameCity := func(r *scoring.Result) bool {
		return scoring.CityKey(r.City, "") == scoring.CityKey(te.City, "")
	}
	switch {
	case te.OneYear != 0 && len(files) == 1:
		return usage("trend.one_file", msg.Args{"File": files[0], "Year": te.OneYear})
	case te.OneYear != 0:
		named := files
		if len(named) > 5 {
			named = append(named[:5:5], "…")
		}
		return usage("trend.one_year", msg.Args{"Year": te.OneYear, "Files": strings.Join(named, ", ")})
	case te.NoYear:
		for i, r := range results {
			if r.Year == 0 && sameCity(r) {
				return msg.E("trend.no_year", msg.Args{"File": files[i]})
			}
		}
	case te.RepeatedYear != 0:
		var same []string
		for i, r := range results {
			if r.Year == te.RepeatedYear && sameCity(r) {
				same = append(same, files[i])
			}
		}
		return msg.E("trend.repeated_year", msg.Args{"Year": te.RepeatedYear, "Files": strings.Join(same, ", ")})
	}
	return err
}
