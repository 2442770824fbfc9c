package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// testStreams are in-memory streams whose terminal flags the test sets, as the GitHub CLI's
// iostreams.Test() gives: a test can say "stdout is a terminal" where a script cannot.
func testStreams(outTTY bool, env []string) (*streams, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, OutTTY: outTTY, ErrTTY: outTTY, Env: env}, &out, &errOut
}

// TestColorDecision runs wwc score in-process for every combination of stdout being a terminal
// or not, NO_COLOR unset, empty or set to various values, and TERM unset, dumb or a colour
// terminal: colours only on a terminal, with NO_COLOR unset or empty, and TERM not dumb. The
// words are the same whether styled or not.
func TestColorDecision(t *testing.T) {
	city := filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml")
	noColors := []string{"<unset>", "", "1", "0", "true", "false", "yes"}
	terms := []string{"<unset>", "dumb", "xterm-256color", "xterm", "screen"}
	var plainWords string
	for _, tty := range []bool{false, true} {
		for _, nc := range noColors {
			for _, term := range terms {
				env := []string{"HOME=/nonexistent", "XDG_CONFIG_HOME=/nonexistent", "SOURCE_DATE_EPOCH=1795262400"}
				if nc != "<unset>" {
					env = append(env, "NO_COLOR="+nc)
				}
				if term != "<unset>" {
					env = append(env, "TERM="+term)
				}
				name := fmt.Sprintf("tty=%v NO_COLOR=%q TERM=%q", tty, nc, term)
				s, out, errOut := testStreams(tty, env)
				want := tty && (nc == "" || nc == "<unset>") && term != "dumb"
				if got := s.Styled(); got != want {
					t.Errorf("%s: Styled() = %v, want %v", name, got, want)
				}
				if code := run([]string{"score", city, "--lang", "es"}, s); code != 0 {
					t.Fatalf("%s: exit %d: %s", name, code, errOut)
				}
				escapes := bytes.Contains(out.Bytes(), []byte("\x1b["))
				switch {
				case !want && escapes:
					t.Errorf("%s: colour codes in plain output:\n%q", name, out)
				case want && strings.HasPrefix(term, "xterm") && !escapes:
					// A colour terminal gets colours; an unknown or missing TERM may get
					// the colours reduced to none by the terminal's profile.
					t.Errorf("%s: no colour codes on a colour terminal", name)
				}
				words := strings.Join(strings.Fields(stripEscapes(out.String())), " ")
				if plainWords == "" {
					plainWords = words
				} else if words != plainWords {
					t.Errorf("%s: the words differ from the plain output:\n got %s\nwant %s", name, words, plainWords)
				}
			}
		}
	}
}

// stripEscapes removes every escape sequence, the way a writer for no terminal does.
func stripEscapes(s string) string {
	var b strings.Builder
	w := colorprofile.NewWriter(&b, nil)
	w.Profile = colorprofile.NoTTY
	w.Write([]byte(s))
	return b.String()
}
