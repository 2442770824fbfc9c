package main

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"golang.org/x/term"
)

// streams are the command's input and outputs, and what they are connected to. Commands
// write through them so that tests can run commands in-process and check both the terminal
// and the piped behaviour.
type streams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// OutTTY, ErrTTY and InTTY say whether stdout, stderr and stdin are terminals.
	OutTTY, ErrTTY, InTTY bool
	// Env is the environment, as os.Environ gives it.
	Env []string
}

func systemStreams() *streams {
	return &streams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		OutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		InTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		Env:    os.Environ(),
	}
}

// getenv looks a variable up in the streams' environment.
func (s *streams) getenv(key string) string {
	for i := len(s.Env) - 1; i >= 0; i-- {
		e := s.Env[i]
		if len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key {
			return e[len(key)+1:]
		}
	}
	return ""
}

// Styled reports whether stdout should get colors: never with NO_COLOR set; always with
// CLICOLOR_FORCE set (to 1, true...), even into a pipe; else on a terminal that is not
// TERM=dumb and not turned off with CLICOLOR=0.
func (s *streams) Styled() bool {
	switch {
	case s.getenv("NO_COLOR") != "":
		return false
	case envTrue(s.getenv("CLICOLOR_FORCE")):
		return true
	case s.getenv("CLICOLOR") != "" && !envTrue(s.getenv("CLICOLOR")):
		return false
	}
	return s.OutTTY && s.getenv("TERM") != "dumb"
}

// envTrue reads a variable set to 1, true, yes and the like.
func envTrue(v string) bool {
	b, err := strconv.ParseBool(v)
	return err == nil && b || strings.EqualFold(v, "yes")
}

// StyledOut is stdout wrapped so that colors are reduced to what the terminal supports.
func (s *streams) StyledOut() io.Writer {
	if !s.Styled() {
		return s.Out
	}
	// Whether stdout is a terminal was decided once, in OutTTY (or forced): the profile comes
	// from the environment, as colorprofile would look for a terminal under the writer it is
	// given and find none under stdout's error-checking wrapper or a test's buffer.
	p := colorprofile.Env(s.Env)
	if envTrue(s.getenv("CLICOLOR_FORCE")) && p < colorprofile.ANSI {
		p = colorprofile.ANSI // forced into a pipe or TERM=dumb: plain 16 colors
	}
	return &colorprofile.Writer{Forward: s.Out, Profile: p}
}

// width is the width of the terminal stdout is on (asked of the terminal itself, not of the
// error-checking writer around it), COLUMNS when it cannot be asked, and 80 when neither
// tells.
func (s *streams) width() int {
	if f, ok := s.terminal().(*os.File); ok {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	if w, err := strconv.Atoi(s.getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 80
}

// checkedWriter remembers the first error of the writes through it. cobra prints help and
// usage without looking at write errors; the command's exit code must still say that its
// output was lost (wwc --help > /dev/full).
type checkedWriter struct {
	w   io.Writer
	err error
}

// Unwrap is the writer written to: a terminal's *os.File, which the full-screen form needs as
// such to size and drive the screen.
func (c *checkedWriter) Unwrap() io.Writer { return c.w }

// terminal is the stream under stdout's error checking, for what must see the terminal itself.
func (s *streams) terminal() io.Writer {
	if c, ok := s.Out.(*checkedWriter); ok {
		return c.Unwrap()
	}
	return s.Out
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}
