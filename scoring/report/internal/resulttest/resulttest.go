// Package resulttest gives the tests of the documents made of results (diff, trend) the
// results of the sample cities: scored from their answers, or read back when saved.
package resulttest

import (
	"os"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// Load is the result of rel, a file under testdata: a saved result (.json) read back, or
// answers scored with r.
func Load(t testing.TB, r *questions.Rubric, rel string) *scoring.Result {
	t.Helper()
	path := reporttest.Testdata(rel)
	if strings.HasSuffix(rel, ".json") {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		res, err := result.ReadResult(data, rel)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	a, err := answers.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Score(r, a, scoring.Options{})
}

// Maipu is the trend of the Maipú sample over 2022-2024, its files given out of order.
func Maipu(t testing.TB, r *questions.Rubric) *scoring.Trend {
	t.Helper()
	var rs []*scoring.Result
	for _, y := range []string{"2024", "2022", "2023"} {
		rs = append(rs, Load(t, r, "cities/maipu-"+y+".yaml"))
	}
	tr, err := scoring.NewTrend(rs)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}
