package gendocs

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

var date = time.Date(2026, time.November, 21, 0, 0, 0, 0, time.UTC)

// tree builds a small command tree with n subcommands, each with a flag.
func tree(n int, short string) *cobra.Command {
	root := &cobra.Command{Use: "tool", Short: "A tool", Long: "A tool that does things."}
	for i := range n {
		var v string
		c := &cobra.Command{Use: fmt.Sprintf("cmd%d FILE", i), Short: fmt.Sprintf("%s %d", short, i), Run: func(*cobra.Command, []string) {}}
		c.Flags().StringVarP(&v, "output", "o", "", "write here")
		root.AddCommand(c)
	}
	return root
}

func TestGeneratedReferenceIsDeterministicAndComplete(t *testing.T) {
	for n := range 4 {
		a, b := t.TempDir(), t.TempDir()
		if err := Write(tree(n, "Does"), a, date); err != nil {
			t.Fatal(err)
		}
		if err := Write(tree(n, "Does"), b, date.Add(0)); err != nil {
			t.Fatal(err)
		}
		fa, err := readTree(a)
		if err != nil {
			t.Fatal(err)
		}
		fb, _ := readTree(b)
		if len(fa) != 2*(n+1) || len(fa) != len(fb) {
			t.Fatalf("%d commands: %d and %d files, want %d (one Markdown file and one man page a command)", n+1, len(fa), len(fb), 2*(n+1))
		}
		for name, data := range fa {
			if string(fb[name]) != string(data) {
				t.Errorf("%s differs between two runs", name)
			}
			if strings.Contains(string(data), "Auto generated") {
				t.Errorf("%s carries cobra's dated auto-gen tag", name)
			}
		}
		if man := string(fa["man/tool.1"]); !strings.Contains(man, `"Nov 2026"`) {
			t.Errorf("the man page does not carry the date given:\n%s", man)
		}
	}
}

func TestStaleNamesEveryDifference(t *testing.T) {
	dir := t.TempDir()
	if err := Write(tree(3, "Does"), dir, date); err != nil {
		t.Fatal(err)
	}
	check := func(root *cobra.Command, want ...string) {
		t.Helper()
		got, err := Stale(root, dir, date)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("stale: %v, want %v", got, want)
		}
	}
	check(tree(3, "Does"))
	check(tree(3, "Did"), "man/tool-cmd0.1", "man/tool-cmd1.1", "man/tool-cmd2.1",
		"reference/tool.md", "reference/tool_cmd0.md", "reference/tool_cmd1.md", "reference/tool_cmd2.md")
	check(tree(2, "Does"), "man/tool-cmd2.1", "man/tool.1", "reference/tool.md", "reference/tool_cmd2.md")
	if err := os.WriteFile(filepath.Join(dir, "reference", "extra.md"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	check(tree(3, "Does"), "reference/extra.md")
	if err := os.RemoveAll(filepath.Join(dir, "man")); err != nil {
		t.Fatal(err)
	}
	got, _ := Stale(tree(3, "Does"), dir, date)
	if len(got) != 5 {
		t.Errorf("with the man pages gone, stale: %v", got)
	}
	// Rewriting removes what no command makes any more.
	if err := Write(tree(3, "Does"), dir, date); err != nil {
		t.Fatal(err)
	}
	check(tree(3, "Does"))
}

func TestPreformat(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text\nmore", "plain text\nmore"},
		{"Exit codes:\n  0    done\n  1    error", "Exit codes:\n\n    0    done\n    1    error"},
		{"Run:\n  source x\nthen go on.", "Run:\n\n    source x\n\nthen go on."},
		{"a\n\n  b\n\nc", "a\n\n    b\n\nc"},
		{"a\n      deep\n  shallow", "a\n\n      deep\n    shallow"},
		{"", ""},
	} {
		if got := Preformat(c.in); got != c.want {
			t.Errorf("Preformat(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
