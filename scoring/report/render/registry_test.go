package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

type fakeWriter struct{ name string }

// TestRegistry: with generated spellings of format names (any case, surrounding spaces) and of
// output paths (folders with dots, extensions in any case), Lookup, FormatForPath and IsBinary
// agree with the one list of formats; unknown names and extensions are refused.
func TestRegistry(t *testing.T) {
	names := []string{FormatText, FormatMarkdown, FormatHTML, FormatJSON, FormatCSV, FormatXLSX, FormatPDF}
	var fs []Format[fakeWriter]
	for _, n := range names {
		fs = append(fs, NewFormat(n, func() fakeWriter { return fakeWriter{n} }))
	}
	reg := NewRegistry(fs...)
	var known Formats = reg
	if strings.Join(known.Names(), ",") != strings.Join(names, ",") {
		t.Fatalf("names %v", known.Names())
	}
	rng := rand.New(rand.NewPCG(5, 8))
	mix := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if rng.IntN(2) == 0 {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	for range 500 {
		n := names[rng.IntN(len(names))]
		spelled := strings.Repeat(" ", rng.IntN(3)) + mix(n) + strings.Repeat("\t", rng.IntN(2))
		f, ok := reg.Lookup(spelled)
		if !ok || f.Name != n || f.New().name != n {
			t.Fatalf("Lookup(%q) = %v %v", spelled, f.Name, ok)
		}
		if known.IsBinary(spelled) != (n == FormatXLSX || n == FormatPDF) {
			t.Errorf("IsBinary(%q)", spelled)
		}
		ext := specs[n].exts[rng.IntN(len(specs[n].exts))]
		path := []string{"", "out/", "a.b/c.d/", "/tmp/x.json/"}[rng.IntN(4)] + "report" + mix(ext)
		if got, ok := FormatForPath(path); !ok || got != n {
			t.Errorf("FormatForPath(%q) = %q %v, want %q", path, got, ok, n)
		}
		bad := []string{"docx", "report.docx", "", "txt", "markdown"}[rng.IntN(5)]
		if _, ok := reg.Lookup(bad); ok {
			t.Errorf("Lookup(%q) found a format", bad)
		}
		if _, ok := FormatForPath("out/" + bad + mix(".DOCX")); ok {
			t.Errorf("FormatForPath(%q) found a format", bad)
		}
	}
}
