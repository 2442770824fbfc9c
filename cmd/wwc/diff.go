package main

import (
	"bytes"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/diff"
	"github.com/citydatakit/wwc/scoring/report/render"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/scorefile"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/spf13/cobra"
)

type diffOptions struct {
	Old, New   string
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
			opts.Old, opts.New, opts.Format = args[0], args[1], changedValue(cmd, "format")
			return runDiff(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", render.FormatText, c.T("flag.format", msg.Args{"Formats": strings.Join(diff.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.output"))
	f.BoolVar(&opts.ExitCode, "exit-code", false, c.T("flag.exit_code"))
	f.BoolVar(&opts.FailOnDrop, "fail-on-drop", false, c.T("flag.fail_on_drop"))
	return cmd
}

// resultOf is the scored city a file gives (see scorefile): its language, when it says one,
// becomes the messages' if nothing else chose one; answers made for another rubric are
// scored with r and said so, as wwc score does.
func resultOf(a *app, r *questions.Rubric, path string) (*scoring.Result, error) {
	s, err := scorefile.File(path, r, scorefile.Options{})
	if err != nil {
		return nil, err
	}
	a.adoptFileLang(s.Lang)
	if w := s.OtherRubric(path, r); w != nil && s.Assessment != nil {
		a.warn(msg.Text(a.cat, w))
	}
	return s.Result, nil
}

// resultsOf reads every file, reporting every one that does not read at once.
func resultsOf(a *app, r *questions.Rubric, paths []string) ([]*scoring.Result, error) {
	var results []*scoring.Result
	var problems msg.List
	for _, p := range paths {
		res, err := resultOf(a, r, p)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		results = append(results, res)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return results, nil
}

func runDiff(a *app, opts *diffOptions) error {
	opts.Output = outputPath(opts.Output)
	format, err := a.formatFor(diff.Formats, opts.Format, opts.Output)
	if err != nil {
		return err
	}
	r, err := a.rubric()
	if err != nil {
		return err
	}
	results, err := resultsOf(a, r, []string{opts.Old, opts.New})
	if err != nil {
		return err
	}
	c := scoring.Compare(results[0], results[1], r.Tiers)
	if !c.SameCity {
		a.warn(a.cat.T("diff.other_city", msg.Args{"Old": results[0].City, "New": results[1].City}))
	}
	if older, newer := results[0].Year, results[1].Year; older != 0 && newer != 0 && older > newer {
		a.warn(a.cat.T("diff.newer_first", msg.Args{"Old": older, "New": newer}))
	}
	var buf bytes.Buffer
	f, _ := diff.Formats.Lookup(format)
	if err := f.New().Write(&buf, diff.Input{C: c, Rubric: r, Cat: a.cat, Date: a.today(), Width: textWidth(a, opts.Output)}); err != nil {
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

// textWidth is the width text fits: the terminal's when it goes there, else 0 (80).
func textWidth(a *app, output string) int {
	if output == "" && a.io.OutTTY {
		return a.io.width()
	}
	return 0
}
