package report

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/charmbracelet/x/ansi"

	"github.com/citydatakit/wwc/scoring"
)

// TestWrapTextFitsAndKeepsEveryWord: random lines of words (numbers with their units, links,
// styled words) fitted to random widths keep every word in order, put no line past the width
// unless a single word is longer, never split "58,1 %", and indent an item's continuation lines.
func TestWrapTextFitsAndKeepsEveryWord(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	words := []string{"Fugas", "de", "agua", "20.000", "(2021)", "→", "2.000", "58,1 %", "https://datos.example.gob/x?id=7",
		"\x1b[1mPLATA\x1b[m", "cumple", "indicador", "más", "DM4", "·", "—"}
	for i := 0; i < 2000; i++ {
		width := 20 + rng.Intn(100)
		indent := strings.Repeat(" ", rng.Intn(5))
		var parts []string
		for n := rng.Intn(40); n >= 0; n-- {
			parts = append(parts, words[rng.Intn(len(words))])
		}
		line := indent + strings.Join(parts, " ")
		out := wrapText(line, width)
		if got, want := strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(line), " "); got != want {
			t.Fatalf("words changed at width %d:\n%q\n%q", width, got, want)
		}
		for j, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > width && len(strings.Fields(l)) > 1 {
				t.Fatalf("line %d is %d wide at width %d: %q", j, w, width, l)
			}
			if j > 0 && indent != "" && !strings.HasPrefix(l, indent+"  ") {
				t.Fatalf("continuation not indented: %q", l)
			}
			if strings.HasPrefix(strings.TrimSpace(l), "%") {
				t.Fatalf("a number's unit on a line of its own: %q", out)
			}
		}
	}
}

// TestSummaryFitsNarrowTerminals: the text summary of every sample city fits 60, 80 and 120
// columns in each language, bars included, except where one word alone is longer.
func TestSummaryFitsNarrowTerminals(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, city := range []string{"maipu-2024", "lakeside-2025", "recife-2024"} {
		a, err := answers.Read(filepath.Join("..", "..", "testdata", "cities", city+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		res := scoring.Score(r, a, scoring.Options{})
		for _, lang := range i18n.Languages {
			for _, width := range []int{60, 80, 120} {
				var b strings.Builder
				if err := (textWriter{}).Write(&b, Input{Result: res, Rubric: r, Cat: i18n.For(lang), Width: width}); err != nil {
					t.Fatal(err)
				}
				for _, l := range strings.Split(b.String(), "\n") {
					if w := ansi.StringWidth(l); w > width && len(strings.Fields(l)) > 1 {
						t.Errorf("%s %s at %d: a line of %d: %q", city, lang, width, w, l)
					}
				}
			}
		}
	}
}
