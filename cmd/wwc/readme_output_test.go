package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeSample is a block of the README that shows a command's output: a fenced block whose
// first line is "$ wwc ...", then the output as the program prints it (standard output, then
// standard error). A line "..." stands for any number of lines left out.
type readmeSample struct {
	Line int
	Cmd  string
	Want []string
}

// readmeSamples finds the output samples of the README, fenced blocks indented or not.
func readmeSamples(t *testing.T, path string) []readmeSample {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []readmeSample
	var cur *readmeSample
	inBlock, first, indent := false, false, ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimLeft(line, " ")
		if strings.HasPrefix(trimmed, "```") {
			if inBlock && cur != nil {
				out = append(out, *cur)
			}
			inBlock, cur, indent = !inBlock, nil, line[:len(line)-len(trimmed)]
			first = inBlock
			continue
		}
		if !inBlock {
			continue
		}
		line = strings.TrimPrefix(line, indent)
		isFirst := first
		first = false
		switch {
		case isFirst && strings.HasPrefix(line, "$ wwc "):
			cur = &readmeSample{Line: n, Cmd: strings.TrimPrefix(line, "$ ")}
		case cur != nil:
			cur.Want = append(cur.Want, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// reGoVersion is the Go version in wwc version's line, which the build decides.
var reGoVersion = regexp.MustCompile(`go1\.[0-9.]+`)

// sampleMatches says whether got, the program's lines, are what want shows: line for line,
// trailing spaces aside, a "..." line standing for any run of lines (none included).
func sampleMatches(want, got []string) bool {
	if len(want) == 0 {
		return len(got) == 0
	}
	if strings.TrimSpace(want[0]) == "..." {
		for i := 0; i <= len(got); i++ {
			if sampleMatches(want[1:], got[i:]) {
				return true
			}
		}
		return false
	}
	return len(got) > 0 && normalizeLine(want[0]) == normalizeLine(got[0]) && sampleMatches(want[1:], got[1:])
}

func normalizeLine(s string) string {
	s = strings.TrimPrefix(s, "\ufeff") // a CSV's byte-order mark and line ends, invisible in the README
	return reGoVersion.ReplaceAllString(strings.TrimRight(s, " \r"), "go1.x")
}

// TestReadmeOutputSamples runs the command of every output sample in the README in a folder
// holding the repository's testdata and the README's placeholder files, piped, on the date SOURCE_DATE_EPOCH gives the README's examples, and
// checks that the sample shows what the program prints, so that it cannot go stale.
func TestReadmeOutputSamples(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	samples := readmeSamples(t, filepath.Join(root, "README.md"))
	if len(samples) < 5 {
		t.Fatalf("found only %d output samples in the README", len(samples))
	}
	work := t.TempDir()
	if err := copyTree(filepath.Join(root, "testdata"), filepath.Join(work, "testdata")); err != nil {
		t.Fatal(err)
	}
	if err := readmePlaceholders(work, root); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)
	for _, s := range samples {
		cmd, _, _ := strings.Cut(s.Cmd, " #") // "# exit 1: why" is the README's comment
		args := strings.Fields(cmd)[1:]
		var out, errOut bytes.Buffer
		env := []string{"SOURCE_DATE_EPOCH=1795262400", "HOME=" + t.TempDir()}
		run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Env: env})
		got := strings.Split(strings.TrimRight(out.String()+errOut.String(), "\n"), "\n")
		if !sampleMatches(s.Want, got) {
			t.Errorf("README line %d: %s prints:\n%s\nthe README shows:\n%s", s.Line, s.Cmd, strings.Join(got, "\n"), strings.Join(s.Want, "\n"))
		}
	}
}
