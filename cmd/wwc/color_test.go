package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

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
