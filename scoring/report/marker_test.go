package report_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/cohort"
	"github.com/citydatakit/wwc/scoring/report/diff"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
	"github.com/citydatakit/wwc/scoring/report/trend"
)

// written is one document written in every format of its registry but text, by name.
func written[In any](t *testing.T, formats *render.Registry[render.Writer[In]], in In) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, f := range formats.All() {
		if f.Name == render.FormatText {
			continue
		}
		var buf bytes.Buffer
		if err := f.New().Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		out[f.Exts[0]] = buf.Bytes()
	}
	return out
}

// TestOwnDocumentsAreRecognized: every report, summary, comparison and trend wwc writes, in
// every format and language (regional ones included), is recognized as wwc's own when it
// comes back as input (a summary saved in the folder of submissions, a report given to wwc
// score); a saved result is a result.
func TestOwnDocumentsAreRecognized(t *testing.T) {
	res, r := reporttest.Score(t, "lakeside-2025.yaml", scoring.Options{})
	old, _ := reporttest.Score(t, "maipu-2024.yaml", scoring.Options{})
	dir := t.TempDir()
	check := func(name string, data []byte, want load.Kind) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		kind, err := load.Detect(p)
		if err != nil || kind != want {
			t.Errorf("%s: recognized as %s (%v), want %s", name, kind, err, want)
		}
	}
	for _, tag := range append(append([]string{}, i18n.Languages...), "es-MX", "es-GT", "pt-BR") {
		cat := i18n.ForTag(tag)
		for ext, data := range written(t, result.Formats, result.Input{Result: res, Rubric: r, Cat: cat, Date: reporttest.Date}) {
			want := load.KindOutput
			if ext == ".json" {
				want = load.KindResult
			}
			check("report-"+tag+ext, data, want)
		}
		sum := cohort.Input{Rows: []cohort.Submission{{Path: "a.xlsx", Brief: res.Brief()}, {Path: "b.xlsx", Err: errors.New("broken")}},
			Cohort: scoring.Summarize([]scoring.Brief{res.Brief()}), Rubric: r, Cat: cat, Date: reporttest.Date}
		for ext, data := range written(t, cohort.Formats, sum) {
			check("summary-"+tag+ext, data, load.KindOutput)
		}
		for ext, data := range written(t, diff.Formats, diff.Input{C: scoring.Compare(old, res, r.Tiers), Rubric: r, Cat: cat}) {
			check("diff-"+tag+ext, data, load.KindOutput)
		}
		for ext, data := range written(t, trend.Formats, trend.Input{T: resulttest.Maipu(t, r), Rubric: r, Cat: cat}) {
			check("trend-"+tag+ext, data, load.KindOutput)
		}
	}
}
