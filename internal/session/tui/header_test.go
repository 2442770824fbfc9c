package tui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// TestHeaderCutsNoSentence draws the header for every next tier (silver, gold, platinum with
// its note, none left) and every count of metrics, at 40 to 140 columns in the three
// languages: its lines say the score and the plan from the start, and end at the end of a
// sentence or with "…", never in the middle of one.
func TestHeaderCutsNoSentence(t *testing.T) {
	platinum := map[string]bool{}
	for _, lang := range []string{"en", "es", "pt"} {
		for met := 0; met <= 43; met += 3 {
			for metrics := 0; metrics <= 4; metrics += 2 {
				for _, w := range []int{40, 60, 80, 100, 120, 140} {
					a := assessment.New()
					a.City, a.Country, a.Year = "Maipú", "Chile", 2025
					for i, q := range rubric().Questions() {
						if i < met {
							a.Set(q.ID, assessment.Answer{Value: assessment.Met, Evidence: "https://x.example"})
						}
					}
					for k := range metrics {
						b, c := 10.0, 12.0+float64(k)
						a.Outcomes = append(a.Outcomes, assessment.Metric{Name: "m" + strconv.Itoa(k), Direction: assessment.Increase,
							BaselineYear: 2022, Baseline: &b, CurrentYear: 2024, Current: &c})
					}
					d := start(t, lang, a, Options{Resumed: true, Width: w, Height: 30})
					plan := result.PlanHeadline(result.Input{Result: d.m.res, Rubric: d.m.r, Cat: d.m.c})
					if strings.Count(plan, ". ") > 0 {
						platinum[lang] = true
					}
					var head []string
					for _, l := range strings.Split(d.frame(), "\n")[1:] {
						if strings.HasPrefix(l, "─") {
							break
						}
						head = append(head, l)
					}
					shown := strings.Join(head, " ")
					score := d.m.c.T("tui.header.score", map[string]any{"Met": d.m.res.Met, "Total": d.m.res.Total,
						"Percent": d.m.c.Percent(d.m.res.Percent())}) + " · " + d.m.c.T("tui.header.metrics",
						map[string]any{"N": d.m.res.OutcomesCounted, "Of": len(d.m.res.Outcomes)})
					whole := score + " " + plan
					if !strings.HasPrefix(words(whole), words(strings.TrimSuffix(shown, "…"))) {
						t.Fatalf("%s %d met, %d metrics, %d columns: the header is not the plan's start:\n%s\nplan: %s", lang, met, metrics, w, shown, plan)
					}
					last := head[len(head)-1]
					if !strings.HasSuffix(last, ".") && !strings.HasSuffix(last, ".)") && !strings.HasSuffix(last, "…") {
						t.Fatalf("%s %d met, %d metrics, %d columns: the header ends mid-sentence: %q\nplan: %s", lang, met, metrics, w, last, plan)
					}
					if len(head) > len(wrap(score, w))+2 {
						t.Fatalf("%s %d columns: the plan takes more than two lines:\n%s", lang, w, strings.Join(head, "\n"))
					}
				}
			}
		}
	}
	for _, lang := range []string{"en", "es", "pt"} {
		if !platinum[lang] {
			t.Errorf("%s: no case reached the plan with the platinum note", lang)
		}
	}
}

// words is s with its runs of spaces made one and none after a hyphen (a line may break
// there), to compare texts wrapped differently.
func words(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "- ", "-")
}
