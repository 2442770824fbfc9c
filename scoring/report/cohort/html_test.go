package cohort

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// sampleCohort is the cohort the golden pages show: the three sample cities, Maipú sent
// twice, a saved result of the draft rubric, a file that could not be read and two skipped.
func sampleCohort(t *testing.T, cat *i18n.Catalog) Input {
	t.Helper()
	var rows []Submission
	var briefs []scoring.Brief
	var r *questions.Rubric
	add := func(path string, b scoring.Brief) {
		rows, briefs = append(rows, Submission{Path: path, Brief: b}), append(briefs, b)
	}
	for _, s := range reporttest.Samples {
		res, rub := reporttest.Score(t, s.File, scoring.Options{})
		r = rub
		add("round/"+strings.TrimSuffix(s.File, ".yaml")+".xlsx", res.Brief())
	}
	maipu, _ := reporttest.Score(t, "maipu-2024.yaml", scoring.Options{})
	add("round/maipu-2024-v2.xlsx", maipu.Brief())
	data, err := os.ReadFile(reporttest.Testdata("results", "maipu-2021-draft-rubric.json"))
	if err != nil {
		t.Fatal(err)
	}
	draft, err := result.ReadResult(data, "maipu-2021-draft-rubric.json")
	if err != nil {
		t.Fatal(err)
	}
	add("round/old/maipu-2021-draft-rubric.json", draft.Brief())
	cohort := scoring.Summarize(briefs)
	// The rows as wwc batch gives them: the failed file among them, the indexes moved.
	rows = append(rows[:2], append([]Submission{{Path: "round/broken.xlsx", Err: errors.New(`round/broken.xlsx: sheet "Evaluación", cell C4: the answer "tal vez" for DM3 is not understood`)}}, rows[2:]...)...)
	shift := func(i int) int {
		if i >= 2 {
			return i + 1
		}
		return i
	}
	for g, group := range cohort.Duplicates {
		for k := range group {
			group[k] = shift(group[k])
			rows[group[k]].Duplicate, rows[group[k]].Dropped = true, k < len(group)-1
		}
		cohort.Kept[g] = shift(cohort.Kept[g])
	}
	for k := range cohort.OtherRubric {
		cohort.OtherRubric[k] = shift(cohort.OtherRubric[k])
	}
	return Input{Rows: rows, Cohort: cohort, Rubric: r, Cat: cat, Date: reporttest.Date,
		Skipped: []SkippedFile{{Path: "round/.x.xlsx", Reason: "hidden"}, {Path: "round/~$maipu.xlsx", Reason: "lock"}}}
}

// TestHTMLGolden: the cohort page in English and Spanish, a fixed date.
func TestHTMLGolden(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		in := sampleCohort(t, i18n.For(lang))
		var buf bytes.Buffer
		if err := (htmlWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		reporttest.Golden(t, "cohort."+lang+".html", buf.Bytes())
		for _, f := range []string{"md", "json", "csv"} {
			format, _ := Formats.Lookup(f)
			var out bytes.Buffer
			if err := format.New().Write(&out, in); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "cohort."+lang+"."+f, out.Bytes())
		}
	}
}

// TestHTMLSampleCohort: what the sample page must say: the draft rubric's result reported and
// left out of the criteria, Maipú's first file not counted, the failure and the skipped files,
// Spanish numbers.
func TestHTMLSampleCohort(t *testing.T) {
	in := sampleCohort(t, i18n.For("es"))
	if len(in.Cohort.OtherRubric) != 1 || in.Rows[in.Cohort.OtherRubric[0]].Path != "round/old/maipu-2021-draft-rubric.json" {
		t.Fatalf("other rubric: %v", in.Cohort.OtherRubric)
	}
	var buf bytes.Buffer
	if err := (htmlWriter{}).Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	out := html.UnescapeString(buf.String())
	for _, want := range []string{
		"otros criterios: wwc-2022 2021.9-draft", "Evaluadas con otros criterios", "no contada, postulada de nuevo",
		"round/broken.xlsx", `"tal vez"`, "Omitidos: 1 archivo oculto", "21 de noviembre de 2026",
		"comparan 3 postulaciones evaluadas con los criterios wwc-2022", "/3", "\u00a0%",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// hostile are city names a stranger's file may hold.
var hostile = []string{`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, "São José\u202e", `</svg><a href="http://evil">`, "Ñuñoa & Co", "x\x1b[31m"}

// TestHTMLGenerated: generated cohorts of 0 to 400 submissions (cities with hostile names,
// failures, duplicates, other rubrics) in the three languages and Mexican Spanish. The page fetches nothing and
// runs nothing, escapes every name, folds the table above FoldAbove rows, lists each duplicate
// group once with its counted file marked, draws a strip per
// practice with a dot per distinct share, and prints every criterion's rate.
func TestHTMLGenerated(t *testing.T) {
	r := reporttest.Rubric(t)
	var pool []scoring.Brief
	for _, s := range reporttest.Samples {
		res, _ := reporttest.Score(t, s.File, scoring.Options{})
		pool = append(pool, res.Brief())
	}
	rng := rand.New(rand.NewPCG(8, 3))
	external := regexp.MustCompile(`(?i)<(script|link|img|iframe|object|embed)\b|<[a-z][^>]*\s(src|href)=|url\(|@import`)
	for round := range 40 {
		n := rng.IntN(400)
		if round < 3 {
			n = round // none, one, two
		}
		var rows []Submission
		var briefs []scoring.Brief
		var briefRow []int
		for i := range n {
			if rng.IntN(12) == 0 {
				rows = append(rows, Submission{Path: fmt.Sprintf("bad-%d.xlsx", i), Err: errors.New(hostile[rng.IntN(len(hostile))])})
				continue
			}
			b := pool[rng.IntN(len(pool))]
			b.City = fmt.Sprintf("City %d %s", rng.IntN(n+1), hostile[rng.IntN(len(hostile))])
			if rng.IntN(10) == 0 {
				b.RubricVersion = "2019"
			}
			rows, briefs, briefRow = append(rows, Submission{Path: fmt.Sprintf("f-%04d.xlsx", i), Brief: b}), append(briefs, b), append(briefRow, len(rows))
		}
		cohort := scoring.Summarize(briefs)
		for _, group := range cohort.Duplicates {
			for k := range group {
				group[k] = briefRow[group[k]]
				rows[group[k]].Duplicate, rows[group[k]].Dropped = true, k < len(group)-1
			}
		}
		for k := range cohort.OtherRubric {
			cohort.OtherRubric[k] = briefRow[cohort.OtherRubric[k]]
		}
		for k, g := range cohort.Duplicates {
			cohort.Kept[k] = g[len(g)-1]
		}
		lang := []string{"en", "es", "pt", "es-MX"}[round%4]
		in := Input{Rows: rows, Cohort: cohort, Rubric: r, Cat: i18n.ForTag(lang), Date: reporttest.Date}
		var buf bytes.Buffer
		if err := (htmlWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		if m := external.FindString(page); m != "" {
			t.Fatalf("round %d (%s): the page fetches or runs something: %q", round, lang, m)
		}
		for _, h := range hostile {
			if strings.Contains(page, h) && strings.ContainsAny(h, `<>"`) {
				t.Fatalf("round %d: %q not escaped", round, h)
			}
		}
		if strings.Contains(page, "\x1b") || strings.Contains(page, "\u202e") {
			t.Fatalf("round %d: a control character reached the page", round)
		}
		if got, want := strings.Contains(page, `<details class="rows">`), len(briefs) > FoldAbove; got != want {
			t.Fatalf("round %d: %d submissions, folded %v", round, len(briefs), got)
		}
		kept := `<span class="flag">` + in.Cat.T("cohort.html.kept") + `</span>`
		if got := strings.Count(page, kept); got != len(cohort.Duplicates) {
			t.Fatalf("round %d: %d duplicate rows marked, want one per group (%d)", round, got, len(cohort.Duplicates))
		}
		if len(briefs) == 0 {
			if !strings.Contains(page, in.Cat.T("cohort.html.no_scored")) {
				t.Fatalf("round %d: no scored submission and no word of it", round)
			}
			continue
		}
		if got := strings.Count(page, `<g class="strip">`); got != len(r.Practices) {
			t.Fatalf("round %d: %d strips, want %d", round, got, len(r.Practices))
		}
		dots := 0
		for _, s := range cohort.Spreads {
			dots += len(s.Values)
		}
		if got := strings.Count(page, "<circle"); got != dots {
			t.Fatalf("round %d: %d dots, want %d", round, got, dots)
		}
		for _, q := range cohort.Criteria {
			if !strings.Contains(page, "<td>"+q.ID+"</td>") || !strings.Contains(page, in.Cat.Percent(q.Rate())) {
				t.Fatalf("round %d: criterion %s or its rate missing", round, q.ID)
			}
		}
		// Every share is written the language's way: 58.1% in English, 58,1 % in Spanish and
		// Portuguese, 58.1 % where Mexico's marks are used.
		shares := regexp.MustCompile(`\d+([.,])\d(\x{a0}?)%`).FindAllStringSubmatch(page, -1)
		wantMark, wantSpace := map[string]string{"en": ".", "es": ",", "pt": ",", "es-MX": "."}[lang], lang != "en"
		for _, m := range shares {
			if m[1] != wantMark || (m[2] != "") != wantSpace {
				t.Fatalf("round %d (%s): a share written %q", round, lang, m[0])
			}
		}
		if len(shares) == 0 {
			t.Fatalf("round %d (%s): no share on the page", round, lang)
		}
	}
}

// BenchmarkHTML2000 writes the page of a cohort of 2,000 submissions (the table folded).
func BenchmarkHTML2000(b *testing.B) {
	r := reporttest.Rubric(b)
	var pool []scoring.Brief
	for _, s := range reporttest.Samples {
		res, _ := reporttest.Score(b, s.File, scoring.Options{})
		pool = append(pool, res.Brief())
	}
	var rows []Submission
	var briefs []scoring.Brief
	for i := range 2000 {
		br := pool[i%len(pool)]
		br.City = fmt.Sprint("City ", i)
		rows, briefs = append(rows, Submission{Path: fmt.Sprintf("round/f-%04d.xlsx", i), Brief: br}), append(briefs, br)
	}
	in := Input{Rows: rows, Cohort: scoring.Summarize(briefs), Rubric: r, Cat: i18n.For("es"), Date: reporttest.Date}
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := (htmlWriter{}).Write(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
}
