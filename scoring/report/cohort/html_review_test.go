package cohort

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

var (
	tagRE     = regexp.MustCompile(`<[^>]*>`)
	problemRE = regexp.MustCompile(`<li class="problem">([^<]*)</li>`)
)

// pageText is a piece of the page as a reader sees it: tags dropped, entities read.
func pageText(s string) string { return html.UnescapeString(tagRE.ReplaceAllString(s, "")) }

// subsCells are the cells of each row of the page's table of submissions, as text.
func subsCells(t *testing.T, page string) (headers []string, rows [][]string) {
	t.Helper()
	start := strings.Index(page, `<table class="subs`)
	if start < 0 {
		return nil, nil
	}
	table := page[start : start+strings.Index(page[start:], "</table>")]
	head := table[strings.Index(table, "<thead>"):strings.Index(table, "</thead>")]
	for _, th := range strings.Split(head, "</th>")[:strings.Count(head, "</th>")] {
		headers = append(headers, pageText(th))
	}
	body := table[strings.Index(table, "<tbody>")+len("<tbody>"):]
	for _, tr := range strings.Split(body, "</tr>") {
		if !strings.Contains(tr, "<td") {
			continue
		}
		parts := strings.Split(tr, "</td>")
		var row []string
		for _, td := range parts[:len(parts)-1] {
			row = append(row, strings.TrimSpace(pageText(td)))
		}
		rows = append(rows, row)
	}
	return headers, rows
}

// TestHTMLReviewsGenerated: generated batches with reviews (none, one, provisional or not,
// stale, reviewed twice; review files, unmatched reviews and notes among the reviews with
// hostile names; failures) in both views and every language. Every review problem and line
// reaches the page in its section, cleaned and escaped; every row of the table of
// submissions has the review columns under their headers, the validated tier with
// "provisional" in words exactly when it is, the reviewed share, the clarifications and the
// review's files, stale and twice marked among the warnings; the statistics carry the view on each heading,
// and with the validated view its sentence; the chart of claimed and validated tiers is
// drawn exactly when some counted submission is reviewed.
func TestHTMLReviewsGenerated(t *testing.T) {
	base := reviewedBatch(t, "en", scoring.ViewClaimed)
	var pool []Submission // scored submissions, reviewed or not
	for _, s := range base.Rows {
		if s.Err == nil {
			pool = append(pool, s)
		}
	}
	rng := rand.New(rand.NewPCG(17, 16))
	langs := append([]string{"es-MX"}, i18n.Languages...)
	name := func() string { return hostile[rng.IntN(len(hostile))] }
	for round := range 60 {
		lang, view := langs[round%len(langs)], scoring.Views[round%2]
		var rows []Submission
		var briefs []scoring.Brief
		for i := range rng.IntN(30) {
			if rng.IntN(8) == 0 {
				rows = append(rows, Submission{Path: fmt.Sprintf("bad-%d %s.xlsx", i, name()), Err: errors.New(name())})
				continue
			}
			s := pool[rng.IntN(len(pool))]
			s.Path = fmt.Sprintf("round/%d %s.yaml", i, name())
			s.Brief.City = fmt.Sprintf("City %d %s", i, name())
			s.Reviews, s.Stale = nil, false
			if v := s.Brief.Validated; v != nil {
				v2 := *v
				v2.Provisional = rng.IntN(2) == 0
				s.Brief.Validated = &v2
			}
			switch k := rng.IntN(4); {
			case k == 0 || s.Brief.Validated == nil:
				s.Brief.Validated = nil
				if k == 1 {
					s.Reviews = []string{fmt.Sprintf("rev/%d-a %s.yaml", i, name()), fmt.Sprintf("rev/%d-b %s.yaml", i, name())}
				}
			default:
				s.Reviews, s.Stale = []string{fmt.Sprintf("rev/%d %s.yaml", i, name())}, k == 3
			}
			rows, briefs = append(rows, s), append(briefs, s.Brief)
		}
		cohort := scoring.Summarize(briefs)
		if view == scoring.ViewValidated {
			cohort = cohort.Validated(briefs)
		}
		reviews := &Reviews{Dir: "rev " + name(), Read: rng.IntN(9)}
		for i := range rng.IntN(3) {
			reviews.Unmatched = append(reviews.Unmatched, fmt.Sprintf("rev/lost-%d %s.yaml", i, name()))
		}
		for i := range rng.IntN(3) {
			f := fmt.Sprintf("rev/note-%d %s.txt", i, name())
			reviews.Skipped = append(reviews.Skipped, SkippedReview{Path: f, Reason: msg.E("revbatch.not_review_name", msg.Args{"File": f})})
		}
		cat := i18n.ForTag(lang)
		in := Input{Rows: rows, Cohort: cohort, Rubric: base.Rubric, Cat: cat, Date: base.Date, Reviews: reviews}
		var buf bytes.Buffer
		if err := (htmlWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		fail := func(format string, args ...any) {
			t.Helper()
			t.Fatalf("round %d (%s, %s): %s", round, lang, view, fmt.Sprintf(format, args...))
		}
		for _, h := range hostile {
			if strings.Contains(page, h) && strings.ContainsAny(h, `<>"`) {
				fail("%q not escaped", h)
			}
		}
		if strings.Contains(page, "\x1b") || strings.Contains(page, "\u202e") {
			i := strings.IndexAny(page, "\x1b\u202e")
			fail("a control character reached the page: %q", page[max(0, i-200):i+10])
		}

		// The section near the top: every line and every problem, in order.
		top := page[:strings.Index(page, "</section>")]
		if !strings.Contains(top, `<section class="reviews">`) {
			fail("no review section before the statistics")
		}
		for _, line := range newReviewView(in).Lines {
			if !strings.Contains(pageText(top), render.Lines(line)) {
				fail("the line %q is not in the review section", line)
			}
		}
		want := ReviewProblems(in)
		got := problemRE.FindAllStringSubmatch(top, -1)
		if len(got) != len(want) {
			fail("%d problems on the page, want %d", len(got), len(want))
		}
		for i, p := range want {
			if html.UnescapeString(got[i][1]) != render.Lines(p) {
				fail("problem %d: %q, want %q", i, html.UnescapeString(got[i][1]), render.Lines(p))
			}
		}

		// The statistics say which view they count.
		reviewed := 0
		for _, s := range rows {
			if s.Err == nil && !s.Dropped && s.Brief.Validated != nil {
				reviewed++
			}
		}
		if got, want := strings.Contains(page, `<svg class="pairs"`), reviewed > 0; got != want {
			fail("chart of claimed and validated tiers drawn %v with %d reviewed", got, reviewed)
		}
		if len(briefs) > 0 {
			badge := map[string]string{scoring.ViewClaimed: "cohortrev.badge.claimed", scoring.ViewValidated: "cohortrev.badge.validated"}[view]
			if n := strings.Count(page, ">"+cat.T(badge)+"</span></h2>"); n != 3 {
				fail("%d statistics headings name the view, want 3", n)
			}
			line := html.EscapeString(cat.T("revbatch.view.validated"))
			if got, want := strings.Count(page, `<p class="view-line validated">`+line), map[string]int{scoring.ViewClaimed: 0, scoring.ViewValidated: 3}[view]; got != want {
				fail("the validated view's sentence heads %d sections, want %d", got, want)
			}
		}

		// The table of submissions: the review columns under their headers.
		headers, cells := subsCells(t, page)
		var scored []Submission
		for _, s := range rows {
			if s.Err == nil {
				scored = append(scored, s)
			}
		}
		if len(cells) != len(scored) {
			fail("%d rows in the table, want %d", len(cells), len(scored))
		}
		col := map[string]int{}
		for i, h := range headers {
			col[h] = i
		}
		for _, k := range []string{"revbatch.col.validated", "revbatch.col.validated_share", "revbatch.col.reviewed", "revbatch.col.clarifications", "revbatch.col.review"} {
			if _, ok := col[cat.T(k)]; !ok {
				fail("no column %q in %q", cat.T(k), headers)
			}
		}
		at := func(row []string, key string) string { return row[col[cat.T(key)]] }
		for i, s := range scored {
			row := cells[i]
			if len(row) != len(headers) {
				fail("row %d has %d cells under %d headers", i, len(row), len(headers))
			}
			files := at(row, "revbatch.col.review")
			for _, f := range s.Reviews {
				if !strings.Contains(files, render.Line(f)) {
					fail("row %d: review %q missing from %q", i, f, files)
				}
			}
			warnings := row[len(row)-1]
			if got, want := strings.Contains(warnings, cat.T("cohortrev.twice")), len(s.Reviews) > 1; got != want {
				fail("row %d: reviewed twice marked %v, want %v", i, got, want)
			}
			if got, want := strings.Contains(warnings, cat.T("revbatch.col.stale")), s.Stale && s.Brief.Validated != nil; got != want {
				fail("row %d: stale marked %v, want %v", i, got, want)
			}
			v := s.Brief.Validated
			if v == nil {
				if at(row, "revbatch.col.validated")+at(row, "revbatch.col.reviewed") != "" {
					fail("row %d: validated figures without a review: %q", i, row)
				}
				continue
			}
			tier := render.TierName(base.Rubric, cat, v.Tier)
			if v.Provisional {
				tier = cat.T("validation.provisional_tier", msg.Args{"Tier": tier})
			}
			if at(row, "revbatch.col.validated") != tier {
				fail("row %d: validated tier %q, want %q", i, at(row, "revbatch.col.validated"), tier)
			}
			if got, want := at(row, "revbatch.col.validated_share"), cat.Percent(v.Percent()); got != want {
				fail("row %d: validated share %q, want %q", i, got, want)
			}
			if got := at(row, "revbatch.col.reviewed"); !strings.Contains(got, fmt.Sprint(v.Reviewed)) || !strings.Contains(got, fmt.Sprint(v.Claimed)) {
				fail("row %d: reviewed %q, want %d of %d", i, got, v.Reviewed, v.Claimed)
			}
			if got, want := at(row, "revbatch.col.clarifications"), fmt.Sprint(v.Clarifications); got != want {
				fail("row %d: clarifications %q, want %q", i, got, want)
			}
		}
	}
}

// TestHTMLWithoutReviews: a batch run without reviews shows no review section, column,
// badge or chart.
func TestHTMLWithoutReviews(t *testing.T) {
	in := reviewedBatch(t, "en", scoring.ViewClaimed)
	in.Reviews = nil
	var buf bytes.Buffer
	if err := (htmlWriter{}).Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, s := range []string{`class="reviews"`, `class="pairs"`, `<span class="view`, in.Cat.T("revbatch.col.validated")} {
		if strings.Contains(page, s) {
			t.Errorf("a page without reviews carries %q", s)
		}
	}
}

// BenchmarkHTMLReviews2000 writes the page of 2,000 submissions with reviews (the table
// folded), a quarter of them without a review.
func BenchmarkHTMLReviews2000(b *testing.B) {
	t := &testing.T{}
	base := reviewedBatch(t, "en", scoring.ViewValidated)
	var rows []Submission
	var briefs []scoring.Brief
	for i := range 2000 {
		s := base.Rows[i%4]
		s.Path = fmt.Sprintf("round/f-%04d.yaml", i)
		s.Brief.City, s.Brief.Year = fmt.Sprintf("City %d", i), 2024
		rows, briefs = append(rows, s), append(briefs, s.Brief)
	}
	in := base
	in.Rows, in.Cohort = rows, scoring.Summarize(briefs).Validated(briefs)
	b.ReportAllocs()
	for b.Loop() {
		if err := (htmlWriter{}).Write(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}
