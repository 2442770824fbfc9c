package result

import (
	"os"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
)

// TestBandsInTheLanguagesMarks: a rubric whose tiers start at shares with decimals has its
// bands written with the language's decimal mark ("51,5 %" in Spanish), not Go's point.
func TestBandsInTheLanguagesMarks(t *testing.T) {
	data, err := os.ReadFile("../../../testdata/rubrics/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(strings.Replace(string(data), "min_percent: 50", "min_percent: 51.5", 1), "min_percent: 75", "min_percent: 75.25", 1)
	r, err := rubricfile.Parse([]byte(text), "decimals.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a := assessment.New()
	a.Set("DG1", assessment.Answer{Value: assessment.Met})
	res := scoring.Score(r, a, scoring.Options{})
	for lang, want := range map[string][]string{
		"es": {"< 51,5\u00a0%", "51,5–75,25\u00a0%", "≥ 75,25\u00a0%"},
		"pt": {"< 51,5\u00a0%", "51,5–75,25\u00a0%", "≥ 75,25\u00a0%"},
		"en": {"< 51.5%", "51.5–75.25%", "≥ 75.25%"},
	} {
		bs, _ := bands(Input{Result: res, Rubric: r, Cat: i18n.For(lang)})
		var got []string
		for _, b := range bs {
			got = append(got, b.Short)
			if lang != "en" && strings.Contains(b.Range, ".") {
				t.Errorf("%s: %q has a decimal point", lang, b.Range)
			}
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("%s: bands %q, want %q", lang, got, want)
		}
	}
}
