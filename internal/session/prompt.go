// Package session is the line-by-line self-assessment: it walks a city data officer through
// the city details, every criterion and the resident-outcome metrics, one plain line a
// question (screen readers, TERM=dumb, a pipe, --accessible), and saves the answers file after
// every answer so that nothing typed is lost. On a terminal, wwc assess opens the full-screen
// application instead (package tui).
package session

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"

	"charm.land/huh/v2"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
)

// ErrInterrupted is returned when the user leaves the session (Ctrl-C, Esc) or its input
// ends. Everything answered before is already saved.
var ErrInterrupted = errors.New("session interrupted")

// choice is one option of a question with a fixed set of answers.
type choice struct {
	Label string
	// Words are what may be typed for it in accessible mode besides its number.
	Words []string
	// Match, when set, also accepts what it recognizes as this choice: the answer words of
	// FORMATS.md, so that a session takes every word a workbook does.
	Match func(typed string) bool
}

// prompter asks one thing at a time.
type prompter interface {
	// Choose returns the index of the chosen option; current is the index preselected, or -1.
	Choose(title, desc string, options []choice, current int) (int, error)
	// Text returns the text typed; value is the current text, kept when nothing is typed.
	// validate, when given, is called with "" too: an optional field accepts it.
	Text(title, desc, value string, validate func(string) error) (string, error)
}

// lineReader hands huh's accessible prompts one line per Read. huh makes a new buffered
// scanner for every prompt; given a pipe, the first would swallow the answers meant for the
// next ones. It also notes when the input has ended.
type lineReader struct {
	r   io.Reader
	eof bool
}

func (l *lineReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		var b [1]byte
		k, err := l.r.Read(b[:])
		if k == 1 {
			p[n] = b[0]
			n++
			if b[0] == '\n' {
				return n, nil
			}
		}
		if err != nil {
			if err == io.EOF {
				l.eof = true
			}
			return n, err
		}
	}
	return n, nil
}

// accessiblePrompter asks line by line, in words only, readable by a screen reader and
// answerable from a pipe. Choices take their number or one of their words.
type accessiblePrompter struct {
	in  *lineReader
	out io.Writer
	cat *i18n.Catalog
}

func (p accessiblePrompter) run(field huh.Field) error {
	err := huh.NewForm(huh.NewGroup(field)).WithAccessible(true).WithInput(p.in).WithOutput(p.out).Run()
	if p.in.eof {
		return ErrInterrupted
	}
	if errors.Is(err, huh.ErrUserAborted) {
		return ErrInterrupted
	}
	return err
}

func (p accessiblePrompter) Choose(title, desc string, options []choice, current int) (int, error) {
	var list []string
	for i, o := range options {
		list = append(list, strconv.Itoa(i+1)+" "+o.Label)
	}
	p.intro(title, desc)
	def := ""
	if current >= 0 {
		def = strconv.Itoa(current + 1)
		fmt.Fprintln(p.out, p.cat.T("form.keep_current", msg.Args{"Value": options[current].Label}))
	}
	prompt := p.cat.T("form.choose", msg.Args{"Options": strings.Join(list, ", ")})
	v := def
	pick := func(typed string) (int, bool) {
		s := assessment.Fold(typed)
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(options) {
			return n - 1, true
		}
		for i, o := range options {
			if assessment.Fold(o.Label) == s {
				return i, true
			}
			for _, w := range o.Words {
				if assessment.Fold(w) == s {
					return i, true
				}
			}
		}
		for i, o := range options {
			if o.Match != nil && o.Match(typed) {
				return i, true
			}
		}
		return 0, false
	}
	validate := func(s string) error {
		if strings.TrimSpace(s) == "" && current >= 0 {
			return nil
		}
		if _, ok := pick(s); !ok {
			return errors.New(p.cat.T("form.choose_again", msg.Args{"Value": s, "Count": len(options)}))
		}
		return nil
	}
	if err := p.run(huh.NewInput().Title(prompt).Value(&v).Validate(validate)); err != nil {
		return current, err
	}
	i, _ := pick(v)
	if strings.TrimSpace(v) == "" {
		i = current
	}
	return i, nil
}

// intro prints a question's title and description as plain lines: huh would pad a
// multi-line title into a block, which screen readers read as trailing blanks.
func (p accessiblePrompter) intro(title, desc string) {
	if title != "" {
		fmt.Fprintln(p.out, title)
	}
	if desc != "" {
		fmt.Fprintln(p.out, desc)
	}
}

func (p accessiblePrompter) Text(title, desc, value string, validate func(string) error) (string, error) {
	p.intro("", desc)
	if value != "" {
		fmt.Fprintln(p.out, p.cat.T("form.keep_text", msg.Args{"Value": value}))
	}
	v := value
	check := func(s string) error {
		switch {
		case validate == nil:
			return nil
		case strings.TrimSpace(s) == "" && value != "":
			return nil // Enter keeps the current value
		case strings.TrimSpace(s) == "-":
			return validate("") // clearing must be allowed: optional fields accept ""
		}
		return validate(s)
	}
	if err := p.run(huh.NewInput().Title(title + ":").Value(&v).Validate(check)); err != nil {
		return value, err
	}
	if strings.TrimSpace(v) == "-" {
		return "", nil // "-" clears a value
	}
	return strings.TrimSpace(v), nil
}
