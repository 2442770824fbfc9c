package trend

import (
	"bytes"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
)

// TestGoldenTrend: a three-year trend in every format, in English and Spanish.
func TestGoldenTrend(t *testing.T) {
	r := reporttest.Rubric(t)
	tr := resulttest.Maipu(t, r)
	for _, lang := range []string{"en", "es"} {
		for _, f := range Formats.All() {
			var buf bytes.Buffer
			if err := f.New().Write(&buf, Input{T: tr, Rubric: r, Cat: i18n.For(lang)}); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "trend-maipu."+lang+"."+f.Name, buf.Bytes())
		}
	}
}
