package tui

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

// sgr matches the style sequences the application draws itself (colour, bold, reverse).
var sgr = regexp.MustCompile(`\x1b\[[0-9;]*m`)

var update = flag.Bool("update", false, "rewrite the golden frames")

// TestMetrics adds, edits and removes a metric: every field prefilled, numbers typed and shown
// with the session's decimal mark, each change on disk at once.
func TestMetrics(t *testing.T) {
	for _, tc := range []struct {
		lang, base, cur, shown string
		want                   float64
	}{
		{"es", "71,5", "48,25", "71,5", 71.5},
		{"pt", "1.234,5", "900", "1234,5", 1234.5},
		{"en", "71.5", "48.25", "71.5", 71.5},
	} {
		d := start(t, tc.lang, nil, Options{Resumed: true})
		d.press("m", "a")
		d.press("esc")
		if len(d.m.a.Outcomes) != 0 {
			t.Fatalf("%s: a metric without a name was added", tc.lang)
		}
		d.press("a", "Tiempo", "tab")
		if n := len(d.saved().Outcomes); n != 1 {
			t.Fatalf("%s: the metric is not saved once named (%d)", tc.lang, n)
		}
		d.press("min", "tab", "right", "tab", "2022", "tab", tc.base, "tab", "2024", "tab", "doce", "tab")
		if !strings.Contains(d.frame(), "doce") || d.m.form == nil {
			t.Fatalf("%s: a bad number was taken:\n%s", tc.lang, d.frame())
		}
		d.press("ctrl+u", tc.cur, "enter", "enter")
		got := d.saved().Outcomes[0]
		if got.Name != "Tiempo" || got.Unit != "min" || got.Direction != assessment.Decrease || got.BaselineYear != 2022 ||
			got.Baseline == nil || math.Abs(*got.Baseline-tc.want) > 1e-9 || got.CurrentYear != 2024 || got.Current == nil {
			t.Fatalf("%s: %+v", tc.lang, got)
		}
		if d.m.screen != screenMetrics || !strings.Contains(d.frame(), "✓ Tiempo") {
			t.Fatalf("%s: the list after the form:\n%s", tc.lang, d.frame())
		}
		d.press("enter")
		if v := d.m.form.fields[4].input.Value(); v != tc.shown {
			t.Errorf("%s: the baseline is prefilled as %q, want %q", tc.lang, v, tc.shown)
		}
		d.press("esc", "x", "n")
		if len(d.saved().Outcomes) != 1 {
			t.Fatalf("%s: removed without a yes", tc.lang)
		}
		d.press("x", map[string]string{"en": "y", "es": "s", "pt": "s"}[tc.lang])
		if len(d.saved().Outcomes) != 0 {
			t.Fatalf("%s: not removed", tc.lang)
		}
	}
}

// TestResultJumps opens the result, moves to a line that names a suggested criterion and
// jumps to it with Enter.
func TestResultJumps(t *testing.T) {
	d := start(t, "en", nil, Options{Resumed: true})
	d.press("/", "zzz", "enter", "r")
	if d.m.screen != screenResult || !strings.Contains(d.frame(), "Criteria met") {
		t.Fatalf("r:\n%s", d.frame())
	}
	d.press("G")
	line := d.m.result.lines[d.m.result.cur]
	code := reCode.FindString(line)
	if code == "" {
		t.Fatalf("the last line names no criterion: %q", line)
	}
	d.press("enter")
	if d.m.screen != screenCriterion || d.selected() != code {
		t.Fatalf("enter on %q: screen %d on %s", line, d.m.screen, d.selected())
	}
	if d.m.filter != "" {
		t.Error("the filter still hides the criterion jumped to")
	}
}

// TestHelpInThreeLanguages: ? lists every key in the session's language.
func TestHelpInThreeLanguages(t *testing.T) {
	english := []string{"move in a list", "save and quit", "evidence given", "first or last"}
	for _, lang := range []string{"en", "es", "pt"} {
		d := start(t, lang, nil, Options{Resumed: true, Width: 120, Height: 40})
		d.press("?")
		f := d.frame()
		for _, k := range helpKeys {
			if !strings.Contains(f, d.m.c.T(k.id)) {
				t.Errorf("%s: the help lacks %s", lang, k.id)
			}
		}
		for _, w := range english {
			if lang != "en" && strings.Contains(f, w) {
				t.Errorf("%s: English in the help: %q", lang, w)
			}
		}
		d.press("esc")
		if d.m.screen != screenOverview {
			t.Errorf("%s: esc from the help", lang)
		}
	}
}

// TestFramesFit: at every size from 40×10 to 200×60 and on every screen, the frame has
// exactly the terminal's lines and none is wider than it.
func TestFramesFit(t *testing.T) {
	screens := [][]string{{}, {"enter"}, {"r"}, {"m"}, {"?"}, {"c"}, {"1"}, {"/", "da"}}
	for w := 40; w <= 200; w += 23 {
		for h := 10; h <= 60; h += 11 {
			for _, keys := range screens {
				d := start(t, "pt", nil, Options{Resumed: true})
				d.resize(w, h)
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

// TestGoldenFrames draws the overview, the criterion view, the result and the help at 80×24
// and 120×40 in English, Spanish and Portuguese (go test -update rewrites them; read the diff).
func TestGoldenFrames(t *testing.T) {
	screens := map[string][]string{"overview": nil, "criterion": {"enter"}, "result": {"r"}, "help": {"?"}, "metrics": {"m"}}
	for _, lang := range []string{"en", "es", "pt"} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for name, keys := range screens {
				a := assessment.New()
				a.City, a.Country, a.Year = "Maipú", "Chile", 2025
				a.Set("DM1", assessment.Answer{Value: assessment.Met, Evidence: "https://maipu.example/gobernanza"})
				a.Set("DM2", assessment.Answer{Value: assessment.NotMet})
				a.Set("DM3", assessment.Answer{Value: assessment.InProgress, Notes: "2026"})
				base, cur := 71.5, 48.25
				a.Outcomes = []assessment.Metric{{Name: "Tiempo de respuesta", Unit: "min", Direction: assessment.Decrease,
					BaselineYear: 2022, Baseline: &base, CurrentYear: 2024, Current: &cur}}
				d := start(t, lang, a, Options{Resumed: true, Width: size[0], Height: size[1]})
				d.press(keys...)
				file := filepath.Join("testdata", lang+"-"+name+"-"+strconv.Itoa(size[0])+"x"+strconv.Itoa(size[1])+".golden")
				got := d.frame() + "\n"
				if *update {
					os.MkdirAll("testdata", 0o755)
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

// TestHostileTextIsEscaped fills every text a file can carry with terminal control sequences
// and draws every screen unstyled: no control character but the line breaks reaches the
// terminal.
func TestHostileTextIsEscaped(t *testing.T) {
	hostile := []string{"\x1b[2J", "\x1b]0;pwned\x07", "a\rb", "\x9b31m", "\u202eevil", "tab\there", "nul\x00", "bell\a"}
	for i, h := range hostile {
		a := assessment.New()
		a.City, a.Country, a.Year = "City"+h, h, 2025
		a.Set("DM1", assessment.Answer{Value: assessment.Met, Evidence: h, Notes: h})
		v := 1.0
		a.Outcomes = []assessment.Metric{{Name: h, Unit: h, Evidence: h, Baseline: &v, Current: &v, Direction: assessment.Increase}}
		for _, keys := range [][]string{nil, {"g", "enter"}, {"m"}, {"m", "enter"}, {"r"}, {"c"}, {"g", "e"}, {"m", "x"}} {
			d := start(t, "en", a, Options{Resumed: true, Width: 100 + i, Height: 30})
			d.press(keys...)
			for _, r := range sgr.ReplaceAllString(d.m.Frame(), "") {
				if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u202e') {
					t.Fatalf("%q on %v: control %U in the frame:\n%s", h, keys, r, d.m.Frame())
				}
			}
		}
	}
}
