package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/charmbracelet/colorprofile"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/session"
	"github.com/citydatakit/wwc/questions"
	"github.com/spf13/cobra"
)

type assessOptions struct {
	File          string
	Output        string
	City, Country string
	Year          string
	Review        bool
	OnlyOpen      bool
	Practice      string
	Accessible    bool
}

func newAssessCmd(a *app) *cobra.Command {
	opts := &assessOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "assess [FILE]",
		Short:   c.T("assess.short"),
		Long:    c.T("assess.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRowInput, exitRowUsage, exitRow{exitCancelled, "help.exit.assess_interrupted"}),
		Example: c.T("assess.example"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usage("usage.args", msg.Args{"Command": cmd.CommandPath(), "Count": 1, "What": localArgs(a.cat, "FILE"), "Got": len(args)})
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.File = args[0]
			}
			return runAssess(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.assess_output"))
	f.StringVar(&opts.City, "city", "", c.T("flag.city"))
	f.StringVar(&opts.Country, "country", "", c.T("flag.country"))
	f.StringVar(&opts.Year, "year", "", c.T("flag.year"))
	f.BoolVar(&opts.Review, "review", false, c.T("flag.review"))
	f.BoolVar(&opts.OnlyOpen, "only-open", false, c.T("flag.only_open"))
	f.StringVar(&opts.Practice, "practice", "", c.T("flag.assess_practice"))
	f.BoolVar(&opts.Accessible, "accessible", false, c.T("flag.accessible"))
	return cmd
}

func runAssess(a *app, opts *assessOptions) error {
	r, file, as, resumed, err := startAssessment(a, opts)
	if err != nil {
		return err
	}
	accessible := opts.Accessible || a.io.getenv("TERM") == "dumb" || !a.io.InTTY
	out := a.sessionOut(accessible)
	if imported := file.Imported(); imported != "" {
		fmt.Fprintln(out, a.cat.T("assess.imported", msg.Args{"Workbook": imported, "File": file.Name()}))
	}
	if !accessible {
		return runApplication(a, opts, r, as, file, resumed, out)
	}
	s := session.New(session.Options{
		Rubric: r, Cat: a.cat, A: as, Save: file.Save, Resumed: resumed,
		In: a.io.In, Out: out,
		Review: opts.Review, OnlyOpen: opts.OnlyOpen, Practice: strings.ToUpper(opts.Practice),
	})
	err = untilInterrupted(s.Run)
	if errors.Is(err, session.ErrInterrupted) {
		fmt.Fprintln(out)
		return cancelledError{interruptedMessage(a, file)}
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, savedMessage(a, file.Name(), as.Lang))
	return nil
}

// savedMessage says where the answers are and the commands that go on from them: score,
// turn into the workbook, resume.
func savedMessage(a *app, path, lang string) string {
	return a.cat.T("assess.saved", msg.Args{
		"File": path, "Workbook": strings.TrimSuffix(path, filepath.Ext(path)) + ".xlsx", "Lang": a.langArg(lang),
	})
}

// startAssessment checks the options and opens the assessment the session works on, with
// what the flags give filled in.
func startAssessment(a *app, opts *assessOptions) (*questions.Rubric, *session.File, *assessment.Assessment, bool, error) {
	year, err := yearFlag(opts.Year)
	if err != nil {
		return nil, nil, nil, false, err
	}
	r, err := a.rubric()
	if err != nil {
		return nil, nil, nil, false, err
	}
	if opts.Practice != "" && r.Practice(strings.ToUpper(opts.Practice)) == nil {
		return nil, nil, nil, false, usage("usage.bad_practice", msg.Args{"Practice": opts.Practice, "Practices": strings.Join(r.PracticeIDs(), ", ")})
	}
	order := make([]string, 0, r.Count())
	for _, q := range r.Questions() {
		order = append(order, q.ID)
	}
	path := opts.File
	if path == "" {
		path = opts.Output
	}
	file := session.NewFile(path, order)
	as, resumed, err := file.Open(opts.Output, r, a.cat.Lang())
	if err != nil {
		return nil, nil, nil, false, err
	}
	if resumed {
		a.adoptFileLang(as.Lang)
	}
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = strings.TrimSpace(v)
		}
	}
	fill(&as.City, opts.City)
	fill(&as.Country, opts.Country)
	if as.Year == 0 {
		as.Year = year
	}
	as.Rubric = assessment.RubricRef{ID: r.ID, Version: r.Version}
	as.Lang = a.cat.Lang()
	return r, file, as, resumed, nil
}

// sessionOut is where the session writes: without colour codes in accessible mode (huh
// writes them even there), styled on a terminal that takes colours.
func (a *app) sessionOut(accessible bool) io.Writer {
	if accessible {
		cw := colorprofile.NewWriter(a.io.Out, a.io.Env)
		cw.Profile = colorprofile.NoTTY
		return cw
	}
	if a.io.Styled() {
		return a.io.StyledOut()
	}
	return a.io.Out
}

// untilInterrupted runs run until it returns or a signal comes (Ctrl-C, SIGTERM, a closed
// terminal), which is session.ErrInterrupted. Signals are caught before the first prompt can
// appear.
func untilInterrupted(run func() error) error {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	done := make(chan error, 1)
	go func() { done <- run() }()
	select {
	case err := <-done:
		return err
	case <-sig:
		return session.ErrInterrupted
	}
}

// interruptedMessage says exactly what the answers file holds and how to resume.
func interruptedMessage(a *app, f *session.File) error {
	path, answers, metrics := f.Snapshot()
	if path == "" {
		return msg.E("assess.interrupted_nothing", nil)
	}
	args := msg.Args{"File": path, "Count": answers, "Lang": a.langArg(a.cat.Lang())}
	var what error = msg.E("assess.interrupted_details", args)
	if answers > 0 {
		what = msg.E("assess.interrupted", args)
	}
	if metrics == 0 {
		return what
	}
	return msg.List{what, msg.E("assess.interrupted_metrics", msg.Args{"Count": metrics})}
}
