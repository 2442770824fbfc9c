package main

import (
	"context"
	"fmt"
	"io"
	"os/signal"
	"strings"
	"syscall"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/session"
	"github.com/citydatakit/wwc/internal/session/tui"
	"github.com/citydatakit/wwc/questions"
)

// runApplication runs the full-screen assessment on the terminal. q saves and quits with the
// file's place and the commands that go on from it; Ctrl-C (or a hang-up) says what the file
// holds and exits 130.
func runApplication(a *app, opts *assessOptions, r *questions.Rubric, as *assessment.Assessment, file *session.File, resumed bool, out io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP)
	defer stop()
	outcome, err := tui.Run(ctx, tui.Options{
		Rubric: r, Cat: a.cat, A: as, Save: file.Save, Resumed: resumed, Styled: a.io.Styled(),
		Review: opts.Review, OnlyOpen: opts.OnlyOpen, Practice: strings.ToUpper(opts.Practice),
	}, a.io.In, a.io.terminal(), a.io.Env)
	if err != nil {
		return err
	}
	path := file.Name()
	if outcome == tui.Interrupted || path == "" {
		return cancelledError{interruptedMessage(a, file)}
	}
	fmt.Fprintln(out, savedMessage(a, path, as.Lang))
	return nil
}
