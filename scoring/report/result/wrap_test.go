package result

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
)

// TestSummaryFitsNarrowTerminals: the text summary of every sample city fits 60, 80 and 120
// columns in each language, bars included, except where one word alone is longer.
func TestSummaryFitsNarrowTerminals(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, city := range []string{"maipu-2024", "lakeside-2025", "recife-2024"} {
		a, err := answers.Read(reporttest.Testdata("cities", city+".yaml"))
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
