package tui

import (
	"context"
	"errors"
	"io"

	tea "charm.land/bubbletea/v2"
)

// Run shows the application on the terminal (in, out) until q or Ctrl-C and says which
// ended it. ctx ending (a hang-up) ends it as an interruption. Everything changed is saved
// by then.
func Run(ctx context.Context, o Options, in io.Reader, out io.Writer, env []string) (Outcome, error) {
	m := New(o)
	return run(ctx, m, func() bool { return m.done }, in, out, env)
}

// RunReview shows the review application on the terminal (in, out) until q or Ctrl-C and
// says which ended it. ctx ending (a hang-up) ends it as an interruption. Every decision is
// saved by then.
func RunReview(ctx context.Context, o ReviewOptions, in io.Reader, out io.Writer, env []string) (Outcome, error) {
	m := NewReview(o)
	return run(ctx, m, func() bool { return m.done }, in, out, env)
}

// application is what run needs of the assessment's and the review's models.
type application interface {
	tea.Model
	commitPending()
	Outcome() Outcome
}

// run runs m until it ends: done says whether the user ended it with q. Anything else (Ctrl-C,
// a hang-up, SIGTERM) is an interruption, after what was being typed is kept.
func run(ctx context.Context, m application, done func() bool, in io.Reader, out io.Writer, env []string) (Outcome, error) {
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(out), tea.WithEnvironment(env), tea.WithContext(ctx))
	_, err := p.Run()
	switch {
	case errors.Is(err, tea.ErrInterrupted), errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil:
		m.commitPending()
		return Interrupted, nil
	case err != nil:
		return Interrupted, err
	}
	if !done() {
		m.commitPending()
		return Interrupted, nil // SIGTERM: not the user's q
	}
	return m.Outcome(), nil
}
