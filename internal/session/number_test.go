package session

import (
	"math/rand"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
)

// TestMetricValuesPrefilledInTheSessionsMarks: a metric's value is shown for editing with the
// session's decimal mark (71,5 in a Portuguese session) and reads back as the same number
// when the officer keeps it, whatever the value.
func TestMetricValuesPrefilledInTheSessionsMarks(t *testing.T) {
	for lang, want := range map[string]string{"pt": "71,5", "es": "71,5", "en": "71.5", "es-MX": "71.5"} {
		v := 71.5
		if got := NumberText(i18n.ForTag(lang), &v); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	rng := rand.New(rand.NewSource(7))
	values := []float64{0, 1, 20, 2000, 20000, 1234.5, 0.001, 578605, -3.25}
	for i := 0; i < 300; i++ {
		values = append(values, float64(rng.Intn(2000000))/float64([]int{1, 10, 100, 1000}[rng.Intn(4)]))
	}
	for _, tag := range []string{"en", "es", "pt", "es-MX"} {
		c := i18n.ForTag(tag)
		for _, v := range values {
			text := NumberText(c, &v)
			back, ok := assessment.ParseNumberIn(text, InputLang(c))
			if !ok || back != v {
				t.Errorf("%s: %v shown as %q reads back as %v", tag, v, text, back)
			}
		}
	}
	if NumberText(i18n.For("pt"), nil) != "" {
		t.Error("no value shows as text")
	}
}
