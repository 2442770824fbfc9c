package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// readmeCommand is one `wwc ...` line of a ```sh block in the README.
type readmeCommand struct {
	Line int
	Cmd  string
	// Exits are the exit codes the README promises: N for a comment "# exit N: why", 0 or N
	// for "# exit N if ...", else 0.
	Exits []int
}

var readmeExit = regexp.MustCompile(`^\s*exit (\d+)(:| if)`)

// readmeCommands finds every wwc command in the README's shell blocks.
func readmeCommands(t *testing.T, path string) []readmeCommand {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []readmeCommand
	inSh := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```sh"):
			inSh = true
			continue
		case strings.HasPrefix(line, "```"):
			inSh = false
			continue
		}
		if !inSh || !strings.HasPrefix(line, "wwc ") {
			continue
		}
		cmd, comment, _ := strings.Cut(line, " #")
		c := readmeCommand{Line: n, Cmd: strings.TrimSpace(cmd), Exits: []int{0}}
		if m := readmeExit.FindStringSubmatch(comment); m != nil {
			var code int
			fmt.Sscan(m[1], &code)
			if m[2] == ":" {
				c.Exits = []int{code}
			} else {
				c.Exits = append(c.Exits, code)
			}
		}
		if strings.HasPrefix(c.Cmd, "wwc assess") {
			// Standard input is empty here: the session saves what it has and stops as
			// interrupted, which is what a script feeding no answers gets.
			c.Exits = append(c.Exits, 130)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestReadmeExamples runs every wwc command of the README's shell blocks, in order, in one
// folder holding the repository's testdata and the few placeholder files the README names
// (a folder of submissions, last and this year's answers, an answers file without a city), and
// checks each exits as the README says.
func TestReadmeExamples(t *testing.T) {
	cmds := readmeCommands(t, filepath.Join("..", "..", "README.md"))
	if len(cmds) < 20 {
		t.Fatalf("found only %d wwc commands in the README", len(cmds))
	}
	var script strings.Builder
	for _, c := range cmds {
		fmt.Fprintf(&script, "exec sh line%d.sh\n", c.Line)
	}
	for _, c := range cmds {
		var want []string
		for _, e := range c.Exits {
			want = append(want, fmt.Sprintf("[ $code -eq %d ]", e))
		}
		fmt.Fprintf(&script, "-- line%d.sh --\n%s </dev/null\ncode=$?\nif %s; then exit 0; fi\necho \"README line %d: %s: exit $code, want %v\" >&2\nexit 1\n",
			c.Line, c.Cmd, strings.Join(want, " || "), c.Line, strings.ReplaceAll(c.Cmd, `"`, `\"`), c.Exits)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "readme.txtar"), []byte(script.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: dir,
		Setup: func(env *testscript.Env) error {
			env.Setenv("SOURCE_DATE_EPOCH", "1795262400")
			env.Setenv("WWC_LANG", "")
			root := filepath.Join("..", "..")
			if err := copyTree(filepath.Join(root, "testdata"), filepath.Join(env.WorkDir, "testdata")); err != nil {
				return err
			}
			return readmePlaceholders(env.WorkDir, root)
		},
	})
}

// readmePlaceholders writes the files the README's examples name without shipping them.
func readmePlaceholders(work, root string) error {
	td := filepath.Join(root, "testdata")
	copies := map[string]string{
		"old.yaml":                          "cities/maipu-2023.yaml",
		"new.yaml":                          "cities/maipu-2024.yaml",
		"submissions/maipu-2024.yaml":       "cities/maipu-2024.yaml",
		"submissions/recife-2024.yaml":      "cities/recife-2024.yaml",
		"submissions/maipu-es.xlsx":         "producers/libreoffice/maipu-es.xlsx",
		"round-2025/maipu-es.xlsx":          "producers/libreoffice/maipu-es.xlsx",
		"round-2025/lakeside-openpyxl.xlsx": "producers/openpyxl/lakeside-en.xlsx",
	}
	for dst, src := range copies {
		data, err := os.ReadFile(filepath.Join(td, src))
		if err != nil {
			return err
		}
		dst = filepath.Join(work, dst)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
	// An answers file with an answer no one can read, for the README's sample of the message.
	bad := "format: wwc-answers/1\ncity: Maipú\nyear: 2024\nanswers:\n  DM2: tal vez\n"
	if err := os.WriteFile(filepath.Join(work, "bad.yaml"), []byte(bad), 0o644); err != nil {
		return err
	}
	// An answers file without city, country or year: the flags give them.
	data, err := os.ReadFile(filepath.Join(td, "cities", "maipu-2024.yaml"))
	if err != nil {
		return err
	}
	var kept []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "city:") || strings.HasPrefix(l, "country:") || strings.HasPrefix(l, "year:") {
			continue
		}
		kept = append(kept, l)
	}
	return os.WriteFile(filepath.Join(work, "answers.yaml"), []byte(strings.Join(kept, "\n")), 0o644)
}
