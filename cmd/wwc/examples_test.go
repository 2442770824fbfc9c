package main

import (
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/spf13/cobra"
)

// splitCommandLine splits a command line as a shell would for our examples: at spaces,
// single quotes kept together, a # comment dropped.
func splitCommandLine(line string) []string {
	var out []string
	var cur strings.Builder
	inQuote, has := false, false
	for _, r := range line {
		switch {
		case r == '\'':
			inQuote, has = !inQuote, true
		case r == '#' && !inQuote && !has:
			return out
		case r == ' ' && !inQuote:
			if has {
				out = append(out, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteRune(r)
			has = true
		}
	}
	if has {
		out = append(out, cur.String())
	}
	return out
}

// TestExamplesAreCommandLines checks every example of every command's help, in every
// language: it is indented on the help screen, names an existing command, and each of its
// flags is one that command takes, with a value where it needs one.
func TestExamplesAreCommandLines(t *testing.T) {
	for _, lang := range i18n.Languages {
		newRoot := func() *cobra.Command {
			return newRootCmd(&app{io: &streams{}, cat: i18n.For(lang)})
		}
		var examples []string
		var walk func(c *cobra.Command)
		walk = func(c *cobra.Command) {
			for _, l := range strings.Split(c.Example, "\n") {
				if strings.TrimSpace(l) != "" {
					examples = append(examples, strings.TrimSpace(l))
				}
			}
			for _, sub := range c.Commands() {
				walk(sub)
			}
		}
		walk(newRoot())
		if len(examples) < 10 {
			t.Fatalf("%s: only %d examples found", lang, len(examples))
		}
		for _, ex := range examples {
			args := splitCommandLine(ex)
			if len(args) < 2 || args[0] != "wwc" {
				t.Errorf("%s: example %q is not a wwc command", lang, ex)
				continue
			}
			root := newRoot()
			cmd, rest, err := root.Find(args[1:])
			if err != nil || cmd == root {
				t.Errorf("%s: example %q names no command: %v", lang, ex, err)
				continue
			}
			if err := cmd.ParseFlags(rest); err != nil {
				t.Errorf("%s: example %q: %v", lang, ex, err)
			}
		}
	}
}

// TestSplitCommandLine checks the splitter the example test relies on.
func TestSplitCommandLine(t *testing.T) {
	for line, want := range map[string]string{
		"wwc score a.yaml":                          "wwc|score|a.yaml",
		"wwc batch 'ronda 2025/*.xlsx' -o x.csv":    "wwc|batch|ronda 2025/*.xlsx|-o|x.csv",
		"wwc assess f.yaml   # continuar":           "wwc|assess|f.yaml",
		"wwc diff a b --fail-on-drop    # código 3": "wwc|diff|a|b|--fail-on-drop",
	} {
		if got := strings.Join(splitCommandLine(line), "|"); got != want {
			t.Errorf("%q: %q, want %q", line, got, want)
		}
	}
}
