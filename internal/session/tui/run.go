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
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(out), tea.WithEnvironment(env), tea.WithContext(ctx))
	_, err := p.Run()
	switch {
	case errors.Is(err, tea.ErrInterrupted), errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil:
		m.commitPending()
		return Interrupted, nil
	case err != nil:
		return Interrupted, err
	}
	if !m.done {
		m.commitPending()
		return Interrupted, nil // SIGTERM: not the user's q
	}
	return m.Outcome(), nil
}
