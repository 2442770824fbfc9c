package main

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/scoring/report/cohort"
	"github.com/citydatakit/wwc/scoring/report/diff"
	"github.com/citydatakit/wwc/scoring/report/result"
	"github.com/citydatakit/wwc/scoring/report/trend"
	"github.com/spf13/cobra"
)

// complete runs what a shell runs to complete the last of args, and returns the values
// offered (descriptions dropped) and the directive.
func complete(t *testing.T, lang string, args ...string) ([]string, cobra.ShellCompDirective) {
	t.Helper()
	full := append([]string{"__complete", "--lang", lang}, args...)
	var out, errOut bytes.Buffer
	if code := run(full, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}); code != 0 {
		t.Fatalf("wwc %s: exit %d: %s", strings.Join(full, " "), code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	last := lines[len(lines)-1]
	d, err := strconv.Atoi(strings.TrimPrefix(last, ":"))
	if !strings.HasPrefix(last, ":") || err != nil {
		t.Fatalf("wwc %s: no directive in %q", strings.Join(full, " "), out.String())
	}
	var vals []string
	for _, l := range lines[:len(lines)-1] {
		v, _, _ := strings.Cut(l, "\t")
		vals = append(vals, v)
	}
	return vals, cobra.ShellCompDirective(d)
}

// TestCompletionOfFlagValues checks, in every language, the values offered for each flag
// that takes one of a list, and that every tier offered is one --min-tier accepts.
func TestCompletionOfFlagValues(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range i18n.Languages {
		var tiers []string
		for _, tier := range r.Tiers {
			tiers = append(tiers, strings.ToLower(tier.Name.Get(lang)))
		}
		cases := []struct {
			args []string
			want []string
		}{
			{[]string{"score", "--lang", ""}, i18n.Languages},
			{[]string{"batch", "--lang", ""}, i18n.Languages},
			{[]string{"score", "--format", ""}, result.Formats.Names()},
			{[]string{"score", "-f", ""}, result.Formats.Names()},
			{[]string{"batch", "--format", ""}, cohort.Formats.Names()},
			{[]string{"diff", "--format", ""}, diff.Formats.Names()},
			{[]string{"trend", "--format", ""}, trend.Formats.Names()},
			{[]string{"batch", "--report-format", ""}, result.Formats.Names()},
			{[]string{"score", "--min-tier", ""}, tiers},
			{[]string{"assess", "--practice", ""}, r.PracticeIDs()},
			{[]string{"rubric", "show", "--practice", ""}, r.PracticeIDs()},
		}
		for _, tc := range cases {
			got, d := complete(t, lang, tc.args...)
			if !slices.Equal(got, tc.want) || d != cobra.ShellCompDirectiveNoFileComp {
				t.Errorf("%s: wwc %s: %q (directive %d), want %q", lang, strings.Join(tc.args, " "), got, d, tc.want)
			}
		}
		tierOffers, _ := complete(t, lang, "score", "--min-tier", "")
		for _, name := range tierOffers {
			if tierFromInput(r, lang, name) == "" {
				t.Errorf("%s: --min-tier offers %q, which it does not accept", lang, name)
			}
		}
		whatIf, d := complete(t, lang, "score", "--what-if", "DM1,")
		if len(whatIf) != r.Count() || whatIf[0] != "DM1,"+r.Questions()[0].ID || d&cobra.ShellCompDirectiveNoSpace == 0 {
			t.Errorf("%s: --what-if DM1,: %d values starting %q (directive %d)", lang, len(whatIf), whatIf, d)
		}
	}
}

// TestCompletionOfFiles checks that file arguments and file flags offer only the extensions
// the command reads, and nothing once a command has all the files it takes.
func TestCompletionOfFiles(t *testing.T) {
	inputs := []string{"xlsx", "xls", "ods", "csv", "yaml", "yml", "json"}
	cases := []struct {
		args []string
		want []string // nil: no file at all
		dirs bool
	}{
		{[]string{"score", ""}, inputs, false},
		{[]string{"score", "a.yaml", ""}, nil, false},
		{[]string{"assess", ""}, inputs, false},
		{[]string{"assess", "a.yaml", ""}, nil, false},
		{[]string{"diff", ""}, inputs, false},
		{[]string{"diff", "a.yaml", ""}, inputs, false},
		{[]string{"diff", "a.yaml", "b.yaml", ""}, nil, false},
		{[]string{"trend", "a", "b", "c", ""}, inputs, false},
		{[]string{"batch", "a/", "b/", ""}, inputs, false},
		{[]string{"rubric", "validate", ""}, []string{"yaml", "yml"}, false},
		{[]string{"rubric", "show", ""}, nil, false},
		{[]string{"version", ""}, nil, false},
		{[]string{"template", ""}, nil, false},
		{[]string{"score", "--config", ""}, []string{"yaml", "yml"}, false},
		{[]string{"score", "--rubric", ""}, []string{"yaml", "yml"}, false},
		{[]string{"score", "--outcomes", ""}, []string{"csv"}, false},
		{[]string{"template", "--from", ""}, []string{"yaml", "yml", "json"}, false},
		{[]string{"batch", "--reports-dir", ""}, nil, true},
		{[]string{"score", "--city", ""}, nil, false},
		{[]string{"score", "--year", ""}, nil, false},
	}
	for _, lang := range i18n.Languages {
		for _, tc := range cases {
			got, d := complete(t, lang, tc.args...)
			name := lang + ": wwc " + strings.Join(tc.args, " ")
			switch {
			case tc.dirs:
				if d != cobra.ShellCompDirectiveFilterDirs {
					t.Errorf("%s: directive %d, want folders only", name, d)
				}
			case tc.want == nil:
				if d&cobra.ShellCompDirectiveNoFileComp == 0 || len(got) > 0 && d == cobra.ShellCompDirectiveFilterFileExt {
					t.Errorf("%s: offers files (%q, directive %d), want none", name, got, d)
				}
			default:
				if d != cobra.ShellCompDirectiveFilterFileExt {
					t.Errorf("%s: directive %d, want files by extension", name, d)
				}
				for _, ext := range tc.want {
					if !slices.Contains(got, ext) {
						t.Errorf("%s: %q does not offer .%s", name, got, ext)
					}
				}
				for _, ext := range got {
					if strings.HasPrefix(ext, ".") || slices.Contains([]string{"txt", "md", "html", "pdf", "exe"}, ext) {
						t.Errorf("%s: offers %q, which the command does not read", name, ext)
					}
				}
			}
		}
	}
}
