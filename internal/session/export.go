package session

import (
	"io"

	"github.com/citydatakit/wwc/internal/i18n"
)

// Choice is one option of a question with a fixed set of answers, for the other line-mode
// sessions (the evaluator's review) that ask the way this one does.
type Choice = choice

// Prompter asks one thing at a time, line by line (see NewPrompter).
type Prompter = prompter

// NewPrompter is the line-mode prompter this session uses, for another session that must
// read and answer the same way: numbered choices or their words, Enter keeps the current
// value, "-" clears a text, and the input ending (or Esc) is ErrInterrupted.
func NewPrompter(in io.Reader, out io.Writer, cat *i18n.Catalog) Prompter {
	return accessiblePrompter{in: &lineReader{r: in}, out: out, cat: cat}
}
