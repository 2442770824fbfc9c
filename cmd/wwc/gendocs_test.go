package main

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/gendocs"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// updateDocs rewrites the committed reference: make docs runs
// go test ./cmd/wwc -run '^TestReferenceDocs$' -update-docs.
var updateDocs = flag.Bool("update-docs", false, "rewrite docs/reference and docs/man from the command tree")

// referenceDate is the date the man pages carry. It is fixed so that the reference is the same
// on every machine and every day; move it forward when the commands change for a release.
var referenceDate = time.Date(2026, time.November, 21, 0, 0, 0, 0, time.UTC)

// docsRoot is the command tree as an English-speaking user sees it, with nothing that
// depends on the machine: the --workers default (the number of CPUs) is left to its help
// text, which says so.
func docsRoot() *cobra.Command {
	a := &app{io: &streams{}, cat: i18n.For("en")}
	root := newRootCmd(a)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Name == "workers" {
				f.DefValue = "0"
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return root
}

// TestReferenceDocs fails when the committed command reference (docs/reference, docs/man)
// is not what the command tree gives; -update-docs rewrites it.
func TestReferenceDocs(t *testing.T) {
	docs := filepath.Join("..", "..", "docs")
	if *updateDocs {
		if err := gendocs.Write(docsRoot(), docs, referenceDate); err != nil {
			t.Fatal(err)
		}
		return
	}
	stale, err := gendocs.Stale(docsRoot(), docs, referenceDate)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Fatalf("the command reference is stale: %s; run make docs and commit the result", strings.Join(stale, ", "))
	}
}
