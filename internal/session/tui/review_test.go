package tui

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/review"
)

// reviewDriver runs the review application in-process: keys in, the review file out.
type reviewDriver struct {
	t    testing.TB
	m    *ReviewModel
	path string
}

// reviewSubmission is a small submission: claims met (one with a long link), in progress,
// not met, and two metrics.
func reviewSubmission() *assessment.Assessment {
	a := assessment.New()
	a.City, a.Country, a.Year = "Maipú", "Chile", 2025
	a.Set("DM1", assessment.Answer{Value: assessment.Met, Evidence: "https://maipu.example/transparencia/gobernanza-de-datos/actas/2025/comite-de-datos-sesion-trimestral-marzo.pdf", Notes: "Comité trimestral"})
	a.Set("DM2", assessment.Answer{Value: assessment.NotMet})
	a.Set("DM3", assessment.Answer{Value: assessment.InProgress, Notes: "2026"})
	a.Set("LC1", assessment.Answer{Value: assessment.Met, Evidence: "Decreto 123"})
	base, cur := 71.5, 48.25
	a.Outcomes = []assessment.Metric{{Name: "Tiempo de respuesta", Unit: "min", Direction: assessment.Decrease,
		BaselineYear: 2022, Baseline: &base, CurrentYear: 2024, Current: &cur, Evidence: "https://maipu.example/tiempos"}}
	return a
}

func startReview(t testing.TB, lang string, a *assessment.Assessment, w, h int) *reviewDriver {
	t.Helper()
	r := rubric()
	if a == nil {
		a = reviewSubmission()
	}
	a.Rubric.ID, a.Rubric.Version = r.ID, r.Version
	path := filepath.Join(t.TempDir(), "review.yaml")
	work, err := review.Open(review.Options{Rubric: r, A: a, Submission: "maipu.yaml", Path: path, Reviewer: "Ana", Today: "2026-11-21"})
	if err != nil {
		t.Fatal(err)
	}
	return &reviewDriver{t: t, m: NewReview(ReviewOptions{W: work, Cat: i18n.For(lang), Width: w, Height: h}), path: path}
}

func (d *reviewDriver) press(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		if _, named := namedKeys[k]; named || len([]rune(k)) == 1 || strings.HasPrefix(k, "ctrl+") {
			d.m.Update(keyMsg(k))
			continue
		}
		for _, r := range k {
			d.m.Update(keyMsg(string(r)))
		}
	}
}

func (d *reviewDriver) saved() *assessment.Review {
	d.t.Helper()
	rev, err := reviewfile.Read(d.path)
	if err != nil {
		d.t.Fatalf("the review does not read: %v", err)
	}
	return rev
}

func (d *reviewDriver) frame() string { return ansi.Strip(d.m.Frame()) }

// TestReviewVisitsClaimsAndSavesEach: the first claim met is open at the start; each decision
// key is on disk at once with the comment typed after it, and Enter moves to the next claim
// of the review (met, then in progress, then the metric), skipping what is not claimed.
func TestReviewVisitsClaimsAndSavesEach(t *testing.T) {
	d := startReview(t, "en", nil, 80, 24)
	if got := d.m.target(); got.Criterion != "DM1" || d.m.screen != screenCriterion {
		t.Fatalf("starts on %+v, screen %d", got, d.m.screen)
	}
	steps := []struct {
		key, comment, id string
		want             assessment.Decision
	}{
		{"a", "minutes seen", "DM1", assessment.Accepted},
		{"x", "", "LC1", assessment.NotAccepted},
		{"w", "send the plan", "DM3", assessment.Clarification},
	}
	for i, s := range steps {
		if got := d.m.target().Criterion; got != s.id {
			t.Fatalf("step %d: on %q, want %s", i, got, s.id)
		}
		d.press(s.key)
		if it := d.saved().Criteria[s.id]; it.Decision != s.want || it.Date != "2026-11-21" || it.Answer != d.m.w.A.Answer(s.id).Value {
			t.Fatalf("step %d: %s saved as %+v before the comment", i, s.id, it)
		}
		d.press(s.comment, "enter")
		if it := d.saved().Criteria[s.id]; it.Comment != s.comment {
			t.Fatalf("step %d: comment %q", i, it.Comment)
		}
	}
	if !d.m.target().IsMetric() {
		t.Fatalf("after the criteria: %+v", d.m.target())
	}
	d.press("a", "enter")
	if it := d.saved().Metrics["Tiempo de respuesta"]; it.Decision != assessment.Accepted {
		t.Fatalf("metric: %+v", it)
	}
	if !strings.Contains(d.frame(), "2 of 2 claimed criteria reviewed · 1 of 1 metric reviewed") {
		t.Fatalf("header:\n%s", d.frame())
	}
	// Not claimed, still reachable: DM2 from the overview.
	d.press("esc", "g", "down", "enter", "x")
	if it := d.saved().Criteria["DM2"]; it.Decision != assessment.NotAccepted {
		t.Fatalf("DM2: %+v", it)
	}
	d.press("esc") // the comment input closes; the decision stays
	d.press("q")
	if !d.m.done || d.m.Outcome() != Quit {
		t.Fatal("q did not quit")
	}
}

// TestReviewRandomKeys presses decision, comment, move and escape keys at random and checks
// after every key that the file holds exactly the model's decisions, and that Ctrl-C keeps
// the comment half typed.
func TestReviewRandomKeys(t *testing.T) {
	keys := []string{"a", "x", "w", "t", "tab", "enter", "esc", "up", "down", "left", "right", "g", "G", "pgdown", "nota", "é", "backspace"}
	rng := rand.New(rand.NewPCG(21, 22))
	for n := range 8 {
		d := startReview(t, i18n.Languages[n%3], nil, 80+n*10, 24)
		for range 60 {
			d.press(keys[rng.IntN(len(keys))])
			if d.m.editing {
				continue // the comment is saved when the input closes
			}
			back := d.saved()
			for _, tg := range d.m.all {
				got := back.Criteria[tg.Criterion]
				if tg.IsMetric() {
					got = back.Metrics[d.m.w.MetricKey(tg.Metric)]
				}
				if want := d.m.w.Item(tg); got != want {
					t.Fatalf("case %d: %+v is %+v on disk, %+v in the model", n, tg, got, want)
				}
			}
		}
		if d.m.editing {
			d.press("esc")
		}
		d.press("a", "half typed", "ctrl+c")
		if it := d.saved().Criteria[d.m.editT.Criterion]; !d.m.editT.IsMetric() && !strings.HasSuffix(it.Comment, "half typed") {
			t.Fatalf("case %d: Ctrl-C lost the comment: %+v", n, it)
		}
		if d.m.Outcome() != Interrupted {
			t.Fatalf("case %d: outcome %v", n, d.m.Outcome())
		}
	}
}

// TestReviewStaleFirst: a decision taken on another answer is shown stale and visited first.
func TestReviewStaleFirst(t *testing.T) {
	d := startReview(t, "es", nil, 80, 24)
	d.press("a", "enter", "a", "enter")
	a := reviewSubmission()
	a.Set("LC1", assessment.Answer{Value: assessment.InProgress, Evidence: "Decreto 123"})
	a.Rubric = d.m.w.A.Rubric
	work, err := review.Open(review.Options{Rubric: rubric(), A: a, Submission: "maipu.yaml", Path: d.path, Today: "2026-11-22"})
	if err != nil {
		t.Fatal(err)
	}
	m := NewReview(ReviewOptions{W: work, Cat: i18n.For("es"), Width: 80, Height: 24})
	f := ansi.Strip(m.Frame())
	if m.target().Criterion != "LC1" || !strings.Contains(f, `desactualizada: se decidió con "cumple", la respuesta ahora es "en proceso"`) ||
		!strings.Contains(strings.ReplaceAll(f, "\n", " "), "las respuestas de LC1") && !strings.Contains(strings.ReplaceAll(f, "\n", " "), "la respuesta de LC1") {
		t.Fatalf("on %+v:\n%s", m.target(), f)
	}
}

// TestReviewFramesFit: at every size and on every screen, the frame has exactly the
// terminal's lines and none is wider than it.
func TestReviewFramesFit(t *testing.T) {
	screens := [][]string{{}, {"esc"}, {"a"}, {"G"}, {"esc", "G"}}
	for w := 40; w <= 200; w += 23 {
		for h := 10; h <= 60; h += 11 {
			for _, keys := range screens {
				d := startReview(t, "pt", nil, w, h)
				d.press(keys...)
				lines := strings.Split(d.frame(), "\n")
				if len(lines) != h {
					t.Errorf("%d×%d %v: %d lines", w, h, keys, len(lines))
				}
				for _, l := range lines {
					if width(l) > w {
						t.Errorf("%d×%d %v: %d columns: %q", w, h, keys, width(l), l)
					}
				}
			}
		}
	}
}

// TestReviewEvidenceInFull: a link is never cut, whatever the width: every character of it
// is on the screen, in order.
func TestReviewEvidenceInFull(t *testing.T) {
	link := reviewSubmission().Answer("DM1").Evidence
	for w := 40; w <= 200; w += 17 {
		d := startReview(t, "en", nil, w, 30)
		var right []string // the claim's side of a wide screen
		for _, l := range strings.Split(d.frame(), "\n") {
			if _, after, ok := strings.Cut(l, "│"); ok {
				l = after
			}
			right = append(right, strings.ReplaceAll(l, " ", ""))
		}
		if f := strings.Join(right, ""); !strings.Contains(f, link) {
			t.Errorf("width %d: the link is cut:\n%s", w, d.frame())
		}
	}
}

// TestReviewHostileText: a stranger's file and review cannot drive the terminal.
func TestReviewHostileText(t *testing.T) {
	for i, h := range []string{"\x1b[2J", "\x1b]0;pwned\x07", "a\rb", "\x9b31m", "\u202eevil", "nul\x00"} {
		a := reviewSubmission()
		a.City, a.Country = "City"+h, h
		a.Set("DM1", assessment.Answer{Value: assessment.Met, Evidence: h, Notes: h})
		a.Outcomes[0].Name, a.Outcomes[0].Evidence = "M"+h, h
		for _, keys := range [][]string{nil, {"esc"}, {"t"}, {"a"}, {"a", "enter", "g"}, {"G"}, {"esc", "G"}} {
			d := startReview(t, "en", a, 100+i, 30)
			// A review file from elsewhere may carry the same in its comments.
			if err := d.m.w.Decide(review.Target{Criterion: "DM1"}, assessment.Accepted, h); err != nil {
				t.Fatal(err)
			}
			d.press(keys...)
			for _, r := range sgr.ReplaceAllString(d.m.Frame(), "") {
				if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u202e') {
					t.Fatalf("%q on %v: control %U in the frame:\n%s", h, keys, r, d.m.Frame())
				}
			}
		}
	}
}

// TestReviewGoldenFrames draws the claim's view, the overview, a metric and the comment
// input at 80×24 and 120×40 in English, Spanish and Portuguese (go test -update rewrites
// them; read the diff).
func TestReviewGoldenFrames(t *testing.T) {
	screens := map[string][]string{"claim": nil, "overview": {"a", "enter", "esc"}, "metric": {"G"}, "comment": {"x", "sin acta"}}
	for _, lang := range i18n.Languages {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for name, keys := range screens {
				d := startReview(t, lang, nil, size[0], size[1])
				d.press(keys...)
				file := filepath.Join("testdata", "review-"+lang+"-"+name+"-"+strconv.Itoa(size[0])+"x"+strconv.Itoa(size[1])+".golden")
				got := d.frame() + "\n"
				if *update {
					if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(file)
				if err != nil {
					t.Fatalf("%v (run go test -update)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs:\n%s", file, got)
				}
			}
		}
	}
}

// TestReviewFootersSayTheKeys: every decision key is in the footer in the session's language.
func TestReviewFootersSayTheKeys(t *testing.T) {
	for _, lang := range i18n.Languages {
		d := startReview(t, lang, nil, 80, 24)
		c := i18n.For(lang)
		for k, dec := range reviewKeys {
			want := fmt.Sprintf("%s %s", k, review.DecisionWord(c, dec))
			if !strings.Contains(d.frame(), want) {
				t.Errorf("%s: the footer lacks %q:\n%s", lang, want, d.frame())
			}
		}
	}
}

// BenchmarkReviewKey is one key of the review at 120×40: moving to the next claim and
// drawing the frame (the validated tier is recomputed for the header on every frame).
func BenchmarkReviewKey(b *testing.B) {
	d := startReview(b, "es", nil, 120, 40)
	for b.Loop() {
		d.m.Update(keyMsg("down"))
		_ = d.m.Frame()
	}
}
