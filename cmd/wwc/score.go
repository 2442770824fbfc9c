package main

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/assessment/answers"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
	"github.com/spf13/cobra"
)

type scoreOptions struct {
	File            string
	Format          string
	Output          string
	MinTier         string
	Strict          bool
	RequireEvidence bool
	City, Country   string
	Year            string
	Outcomes        string
	WhatIf          []string
}

func newScoreCmd(a *app) *cobra.Command {
	opts := &scoreOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "score FILE",
		Short:   c.T("score.short"),
		Long:    c.T("score.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRow{exitError, "help.exit.input_strict"}, exitRowUsage, exitRow{exitThreshold, "help.exit.min_tier"}, exitRowInterrupted),
		Example: c.T("score.example"),
		Args:    exactArgs(a, 1, "FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			opts.Output = outputPath(opts.Output)
			opts.Format = setting(cmd, a.v, "format", keyFormat)
			opts.City = setting(cmd, a.v, "city", keyCity)
			opts.Country = setting(cmd, a.v, "country", keyCountry)
			if !cmd.Flags().Changed("format") && opts.Output != "" {
				if f, ok := result.Formats.ForPath(opts.Output); ok {
					opts.Format = f.Name
				}
			}
			return runScore(a, cmd, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", render.FormatText, c.T("flag.format", msg.Args{"Formats": strings.Join(result.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.output"))
	f.StringVar(&opts.MinTier, "min-tier", "", c.T("flag.min_tier"))
	f.BoolVar(&opts.Strict, "strict", false, c.T("flag.strict"))
	f.BoolVar(&opts.RequireEvidence, "require-evidence", false, c.T("flag.require_evidence"))
	f.StringVar(&opts.City, "city", "", c.T("flag.city"))
	f.StringVar(&opts.Country, "country", "", c.T("flag.country"))
	f.StringVar(&opts.Year, "year", "", c.T("flag.year"))
	f.StringVar(&opts.Outcomes, "outcomes", "", c.T("flag.outcomes"))
	f.StringSliceVar(&opts.WhatIf, "what-if", nil, c.T("flag.what_if"))
	return cmd
}

func runScore(a *app, cmd *cobra.Command, opts *scoreOptions) error {
	format, ok := result.Formats.Lookup(opts.Format)
	if !ok {
		return usageError{render.UnknownFormat(opts.Format, result.Formats)}
	}
	year, err := yearFlag(opts.Year)
	if err != nil {
		return err
	}
	if opts.Output != "" && opts.File != dash && samePath(opts.Output, opts.File) {
		return usage("usage.output_is_input", msg.Args{"File": opts.Output})
	}
	r, err := a.rubric(cmd)
	if err != nil {
		return err
	}
	var whatIf []string
	for _, id := range opts.WhatIf {
		n := questions.NormalizeID(id)
		if r.Question(n) == nil {
			return usage("usage.bad_criterion", msg.Args{"ID": id, "Rubric": r.ID})
		}
		whatIf = append(whatIf, r.Question(n).ID)
	}
	minRank, minTier := -1, ""
	if opts.MinTier != "" {
		minTier = tierFromInput(r, a.cat.Lang(), opts.MinTier)
		if minRank = scoring.TierRank(r.Tiers, minTier); minTier == "" || minRank < 0 {
			return usage("usage.bad_tier", msg.Args{"Tier": opts.MinTier, "Tiers": tierChoices(r, a.cat)})
		}
	}
	file, cleanup, err := a.openInput(opts.File)
	if err != nil {
		return err
	}
	defer cleanup()
	defer file.Close()
	var res *scoring.Result
	var as *assessment.Assessment
	scoreOpts := scoring.Options{RequireEvidence: opts.RequireEvidence}
	if file.Kind == load.KindResult {
		// A result is a result: its report is rendered again, not scored again.
		if res, err = savedResult(file); err != nil {
			return err
		}
		if res.RubricID != r.ID || res.RubricVersion != r.Version {
			a.warn(a.cat.T("score.rubric_mismatch", msg.Args{"File": file.Name, "FileRubric": res.RubricID + " " + res.RubricVersion, "Rubric": r.ID + " " + r.Version}))
		}
	} else {
		as, err = file.Read(load.Options{City: opts.City, Country: opts.Country, Year: year, Outcomes: opts.Outcomes, Rubric: r})
		if err != nil {
			return err
		}
		a.adoptFileLang(as.Lang)
		if as.Rubric.ID != "" && (as.Rubric.ID != r.ID || as.Rubric.Version != r.Version) {
			a.warn(a.cat.T("score.rubric_mismatch", msg.Args{"File": file.Name, "FileRubric": as.Rubric.ID + " " + as.Rubric.Version, "Rubric": r.ID + " " + r.Version}))
		}
		res = scoring.Score(r, as, scoreOpts)
	}
	in := result.Input{Result: res, Rubric: r, Cat: a.cat, Date: a.today()}
	if len(whatIf) > 0 && as != nil {
		in.WhatIf = &result.WhatIf{IDs: whatIf, After: scoring.WhatIf(r, as, whatIf, scoreOpts)}
	}
	if err := writeReport(a, format, in, opts.Output); err != nil {
		return err
	}
	if opts.Strict && len(res.Unanswered) > 0 {
		return msg.E("score.strict_unanswered", msg.Args{"Count": len(res.Unanswered), "IDs": strings.Join(res.Unanswered, ", ")})
	}
	if minRank >= 0 && scoring.TierRank(r.Tiers, res.Tier) < minRank {
		return thresholdError{msg.E("score.below_min_tier", msg.Args{
			"Tier": render.TierName(r, a.cat, res.Tier), "Min": render.TierName(r, a.cat, minTier),
		})}
	}
	return nil
}

// writeReport renders a result to stdout, styled on a terminal, or atomically to a file.
func writeReport(a *app, format result.Format, in result.Input, output string) error {
	if output != "" || format.Name != render.FormatText {
		// Only the text summary on the terminal shows the reader's warnings itself; a report
		// written to a file or a machine format must not be the only place they appear.
		for _, text := range render.NoticeTexts(a.cat, in.Result.Notices) {
			a.warn(text)
		}
	}
	if output == "" {
		in.Styled = format.Name == render.FormatText && a.io.Styled()
		in.Width = a.io.width()
		var w io.Writer = a.io.Out
		if in.Styled {
			w = a.io.StyledOut()
		}
		if err := format.New().Write(w, in); err != nil {
			return msg.Wrap(err, "file.write", msg.Args{"File": "stdout", "Err": err.Error()})
		}
		return nil
	}
	var buf bytes.Buffer
	if err := format.New().Write(&buf, in); err != nil {
		return err
	}
	return emit(a, buf.Bytes(), output)
}

func samePath(a, b string) bool {
	pa, err1 := filepath.Abs(a)
	pb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && pa == pb
}

// yearFlag reads a --year value; "" is no year.
func yearFlag(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	y, ok := assessment.ParseYear(s)
	if !ok {
		return 0, usage("usage.bad_year", msg.Args{"Value": s})
	}
	return y, nil
}

// savedResult reads a result saved with wwc score --format json.
func savedResult(file *load.Input) (*scoring.Result, error) {
	data, err := file.Data(answers.MaxFileSize)
	if err != nil {
		return nil, err
	}
	return result.ReadResult(data, file.Name)
}
