package main

import (
	"bytes"
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/internal/scorefile"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
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
	Review          string
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
			opts.File, opts.Format = args[0], changedValue(cmd, "format")
			return runScore(a, opts)
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
	f.StringVar(&opts.Review, "review", "", c.T("flag.score_review"))
	return cmd
}

// scoreRun is a score command's options checked against the rubric.
type scoreRun struct {
	format  result.Format
	r       *questions.Rubric
	year    int
	whatIf  []string
	minTier string // the tier's ID, "" for none
}

// check reads and checks every option before any file is opened.
func (opts *scoreOptions) check(a *app) (*scoreRun, error) {
	opts.Output = outputPath(opts.Output)
	if opts.Output != "" && opts.File != dash && fileio.SamePath(opts.Output, opts.File) {
		return nil, usage("usage.output_is_input", msg.Args{"File": opts.Output})
	}
	name, err := a.formatFor(result.Formats, opts.Format, opts.Output)
	if err != nil {
		return nil, err
	}
	run := &scoreRun{}
	run.format, _ = result.Formats.Lookup(name)
	if run.year, err = yearFlag(opts.Year); err != nil {
		return nil, err
	}
	if run.r, err = a.rubric(); err != nil {
		return nil, err
	}
	for _, id := range opts.WhatIf {
		q := run.r.Question(questions.NormalizeID(id))
		if q == nil {
			return nil, usage("usage.bad_criterion", msg.Args{"ID": id, "Rubric": run.r.ID})
		}
		run.whatIf = append(run.whatIf, q.ID)
	}
	if opts.MinTier != "" {
		run.minTier = tierFromInput(run.r, a.cat.Lang(), opts.MinTier)
		if run.minTier == "" || scoring.TierRank(run.r.Tiers, run.minTier) < 0 {
			return nil, usage("usage.bad_tier", msg.Args{"Tier": opts.MinTier, "Tiers": tierChoices(run.r, a.cat)})
		}
	}
	return run, nil
}

func runScore(a *app, opts *scoreOptions) error {
	run, err := opts.check(a)
	if err != nil {
		return err
	}
	file, cleanup, err := a.openInput(opts.File)
	if err != nil {
		return err
	}
	defer cleanup()
	defer file.Close()
	scoreOpts := scoring.Options{RequireEvidence: opts.RequireEvidence}
	s, err := scorefile.Read(file, run.r, scorefile.Options{Scoring: scoreOpts,
		Load: load.Options{City: opts.City, Country: opts.Country, Year: run.year, Outcomes: opts.Outcomes}})
	if err != nil {
		return a.cityError(err)
	}
	a.adoptFileLang(s.Lang)
	if w := s.OtherRubric(file.Name, run.r); w != nil {
		a.warn(msg.Text(a.cat, w))
	}
	in := result.Input{Result: s.Result, Rubric: run.r, Cat: a.cat, Date: a.today()}
	if len(run.whatIf) > 0 && s.Assessment != nil {
		in.WhatIf = &result.WhatIf{IDs: run.whatIf, Plan: scoring.WhatIfPlan(run.r, s.Assessment, s.Result, run.whatIf, scoreOpts)}
	}
	if opts.Review != "" {
		if in.Review, err = applyReview(opts.Review, file.Name, s, run.r, scoreOpts); err != nil {
			return err
		}
	}
	if err := writeReport(a, run.format, in, opts.Output); err != nil {
		return err
	}
	if in.Review != nil && (opts.Output != "" || run.format.Name != render.FormatText) {
		// The text summary says it itself; a file or a machine format must not be the only
		// place a stale review shows.
		if w := reviewWarning(opts.Review, in.Review); w != nil {
			a.warn(msg.Text(a.cat, w))
		}
	}
	return run.thresholds(a, opts, s.Result)
}

// applyReview reads the review at path and applies it to the submission s read from name:
// a review of another city, country, year or rubric is refused; a submission changed since
// the review was written is not (its changed answers count as not reviewed).
func applyReview(path, name string, s *scorefile.Scored, r *questions.Rubric, o scoring.Options) (*result.Reviewed, error) {
	if s.Assessment == nil {
		return nil, msg.E("score.review_of_result", msg.Args{"File": name})
	}
	rev, err := review.Load(path)
	if err != nil {
		return nil, err
	}
	if m := scoring.MatchReview(rev, s.Assessment, r); m != nil {
		return nil, msg.E("score.review_other", msg.Args{"Review": path, "File": name,
			"Field": msg.M{ID: "score.review_field." + m.Field}, "Theirs": m.Review, "Ours": m.Submission})
	}
	rev, changed := review.ForAnswers(rev, s.Assessment)
	return &result.Reviewed{
		Validation: scoring.Validate(r, s.Assessment, rev, s.Result, o),
		Review:     rev,
		Changed:    changed,
	}, nil
}

// reviewWarning says that the submission changed since the review was written, naming the
// criteria whose decisions no longer apply; nil when it has not.
func reviewWarning(path string, rv *result.Reviewed) error {
	if stale := rv.Validation.Stale; len(stale) > 0 {
		return msg.E("score.review_stale", msg.Args{"Review": path, "Count": len(stale), "IDs": strings.Join(stale, ", ")})
	}
	if rv.Changed {
		return msg.E("score.review_changed", msg.Args{"Review": path})
	}
	return nil
}

// thresholds is the error when the result misses what --strict or --min-tier asked.
func (run *scoreRun) thresholds(a *app, opts *scoreOptions, res *scoring.Result) error {
	if opts.Strict && len(res.Unanswered) > 0 {
		return msg.E("score.strict_unanswered", msg.Args{"Count": len(res.Unanswered), "IDs": strings.Join(res.Unanswered, ", ")})
	}
	if run.minTier != "" && scoring.TierRank(run.r.Tiers, res.Tier) < scoring.TierRank(run.r.Tiers, run.minTier) {
		return thresholdError{msg.E("score.below_min_tier", msg.Args{
			"Tier": render.TierName(run.r, a.cat, res.Tier), "Min": render.TierName(run.r, a.cat, run.minTier),
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
			return atomicfile.WriteError("stdout", err)
		}
		return nil
	}
	var buf bytes.Buffer
	if err := format.New().Write(&buf, in); err != nil {
		return err
	}
	return emit(a, buf.Bytes(), output)
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
