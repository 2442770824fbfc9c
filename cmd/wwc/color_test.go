package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
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

// ansiEscape matches a color or style escape.
var ansiEscape = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// TestStyledByEnvironment goes through every combination of NO_COLOR, CLICOLOR_FORCE,
// CLICOLOR, TERM and a terminal or not: NO_COLOR always wins, CLICOLOR_FORCE colors even a
// pipe, CLICOLOR=0 and TERM=dumb turn colors off, and a terminal gets them otherwise.
func TestStyledByEnvironment(t *testing.T) {
	for _, noColor := range []string{"", "1", "0"} {
		for _, force := range []string{"", "0", "1", "true", "false"} {
			for _, cli := range []string{"", "0", "1"} {
				for _, term := range []string{"", "dumb", "xterm-256color"} {
					for _, tty := range []bool{false, true} {
						var env []string
						for k, v := range map[string]string{"NO_COLOR": noColor, "CLICOLOR_FORCE": force, "CLICOLOR": cli, "TERM": term} {
							if v != "" {
								env = append(env, k+"="+v)
							}
						}
						forced := force == "1" || force == "true"
						want := noColor == "" && (forced || (cli != "0" && tty && term != "dumb"))
						s := &streams{Out: &bytes.Buffer{}, OutTTY: tty, Env: env}
						if got := s.Styled(); got != want {
							t.Errorf("%v, terminal %v: styled %v, want %v", env, tty, got, want)
						}
					}
				}
			}
		}
	}
}

// TestColorsReachThePipeWhenForced scores a city in-process with stdout a pipe: colors
// only with CLICOLOR_FORCE, never with NO_COLOR, and the words are the same either way.
func TestColorsReachThePipeWhenForced(t *testing.T) {
	city := filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml")
	render := func(env ...string) string {
		var out, errOut bytes.Buffer
		if code := run([]string{"score", city}, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Env: env}); code != 0 {
			t.Fatalf("%v: exit %d: %s", env, code, errOut.String())
		}
		return out.String()
	}
	plain := render()
	forced := render("CLICOLOR_FORCE=1")
	off := render("CLICOLOR_FORCE=1", "NO_COLOR=1")
	if strings.Contains(plain, "\x1b[") || strings.Contains(off, "\x1b[") {
		t.Error("escape codes in a pipe without CLICOLOR_FORCE, or with NO_COLOR")
	}
	if !strings.Contains(forced, "\x1b[") {
		t.Error("no escape codes with CLICOLOR_FORCE=1")
	}
	if m := regexp.MustCompile(`\x1b\[[0-9;]*\b(37|97)(;[0-9;]*)?m(SILVER|Silver)`).FindString(forced); m != "" {
		t.Errorf("the silver tier is white, unreadable on a light terminal: %q", m)
	}
	if stripped := ansiEscape.ReplaceAllString(forced, ""); stripped != plain {
		t.Errorf("the colored report says something else than the plain one:\n%s\n---\n%s", stripped, plain)
	}
}
