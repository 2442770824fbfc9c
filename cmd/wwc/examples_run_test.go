package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/spf13/cobra"
)

// fileArgCommands are the commands whose arguments are files to read.
var fileArgCommands = []string{"score", "assess", "batch", "diff", "trend", "validate", "benchmark", "review"}

// fileFlags are the flags whose value is a file to read.
var fileFlags = []string{"from", "rubric", "outcomes", "config", "cohort"}

// reExampleExit reads the exit code an example's comment promises: "# exit 3: why" (only 3),
// "# exit 3 if why" or "# código 3 si/se ..." (0 or 3).
var reExampleExit = regexp.MustCompile(`#\D*?(\d+)(:?)`)

// exampleExits are the exit codes an example may end with: 0 unless its comment says
// otherwise; wwc assess and wwc review, given no answers on standard input, saves what it has and stops as
// interrupted (130), as a script that feeds it nothing does.
func exampleExits(line, command string) []int {
	exits := []int{0}
	if m := reExampleExit.FindStringSubmatch(line); m != nil {
		code, _ := strconv.Atoi(m[1])
		if m[2] == ":" {
			exits = nil
		}
		exits = append(exits, code)
	}
	if command == "assess" || command == "review" {
		exits = append(exits, exitCancelled)
	}
	return exits
}

// exampleLines are the example lines of every command of the tree in lang, in the order the
// tree lists them, each with the name of its command.
func exampleLines(lang string) [][2]string {
	var out [][2]string
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, l := range strings.Split(c.Example, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, [2]string{c.Name(), l})
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd(&app{io: &streams{}, cat: i18n.For(lang)}))
	return out
}

// TestHelpExamplesRun runs every example of every command's help, in every language, as a
// user would from the repository's root: in a folder holding a copy of testdata, one after
// the other (an example may read what an earlier one wrote). Each must name only files that
// are there, the repository's or an earlier example's, and exit as its comment says.
func TestHelpExamplesRun(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			work := t.TempDir()
			if err := copyTree(testdata, filepath.Join(work, "testdata")); err != nil {
				t.Fatal(err)
			}
			t.Chdir(work)
			lines := exampleLines(lang)
			if len(lines) < 20 {
				t.Fatalf("only %d examples", len(lines))
			}
			for _, ex := range lines {
				runExample(t, work, ex[0], ex[1])
			}
		})
	}
}

// runExample checks the files one example names and runs it in-process.
func runExample(t *testing.T, work, command, line string) {
	t.Helper()
	args := expandGlobs(line, splitCommandLine(line))
	for _, f := range exampleInputs(t, args[1:]) {
		if m, _ := filepath.Glob(f); len(m) == 0 {
			t.Errorf("%q names %s, which is not in the repository", line, f)
		}
	}
	var out, errOut bytes.Buffer
	env := []string{"SOURCE_DATE_EPOCH=1795262400", "HOME=" + work, "XDG_CONFIG_HOME=" + filepath.Join(work, ".config")}
	code := run(args[1:], &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Env: env})
	if want := exampleExits(line, command); !slices.Contains(want, code) {
		t.Errorf("%q: exit %d, want one of %v\n%s", line, code, want, errOut.String())
	}
}

// expandGlobs does what the shell does with an unquoted pattern (maipu-*.yaml).
func expandGlobs(line string, args []string) []string {
	var out []string
	for _, a := range args {
		if strings.ContainsAny(a, "*?[") && !strings.Contains(line, "'"+a+"'") {
			if m, _ := filepath.Glob(a); len(m) > 0 {
				out = append(out, m...)
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// exampleInputs are the files an example reads: the arguments of a command that reads files
// and the values of the flags that name one.
func exampleInputs(t *testing.T, args []string) []string {
	t.Helper()
	root := newRootCmd(&app{io: &streams{}, cat: i18n.English()})
	cmd, rest, err := root.Find(args)
	if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	if err := cmd.ParseFlags(rest); err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	var files []string
	if slices.Contains(fileArgCommands, cmd.Name()) {
		files = append(files, cmd.Flags().Args()...)
	}
	for _, name := range fileFlags {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			if list, ok := f.Value.(interface{ GetSlice() []string }); ok {
				files = append(files, list.GetSlice()...) // --cohort a,b
				continue
			}
			files = append(files, f.Value.String())
		}
	}
	return files
}

// TestExampleExits checks how an example's comment is read.
func TestExampleExits(t *testing.T) {
	for line, want := range map[string][]int{
		"wwc score a.yaml": {0},
		"wwc score a.yaml --min-tier gold    # exit 3: why":   {3},
		"wwc diff a b --fail-on-drop    # exit 3 if dropped":  {0, 3},
		"wwc diff a b --fail-on-drop    # código 3 si bajó":   {0, 3},
		"wwc score x --min-tier ouro    # código 3: os indic": {3},
	} {
		if got := exampleExits(line, "score"); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", line, got, want)
		}
	}
	if got := exampleExits("wwc assess x.yaml   # resume", "assess"); !slices.Equal(got, []int{0, 130}) {
		t.Errorf("assess: %v", got)
	}
}

// TestOneDefaultPerFlag checks, on every command's help in every language, that no flag
// states its default twice (its text and the "(default: ...)" the help adds).
func TestOneDefaultPerFlag(t *testing.T) {
	words := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`\(default`), "es": regexp.MustCompile(`\(por defecto`), "pt": regexp.MustCompile(`\(padrão`),
	}
	for _, lang := range i18n.Languages {
		for _, path := range commandPaths(t) {
			args := append(append([]string{}, path...), "--help", "--lang", lang)
			var out bytes.Buffer
			run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &bytes.Buffer{}, Env: []string{"COLUMNS=1000"}})
			for _, line := range strings.Split(out.String(), "\n") {
				if n := len(words[lang].FindAllString(line, -1)); n > 1 {
					t.Errorf("%s: wwc %s: %d defaults on one line: %s", lang, strings.Join(path, " "), n, line)
				}
			}
		}
	}
}
