package batch

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/citydatakit/wwc/scoring"
)

// TestSummarizeOtherRubricRows: in generated batches where failures come between the scored
// rows, the submissions of another rubric come back as indexes of rows (never a failure's),
// as the duplicate groups do.
func TestSummarizeOtherRubricRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 5))
	for n := range 300 {
		var rows []Row
		for i := range 1 + rng.IntN(15) {
			row := Row{Path: fmt.Sprintf("f%02d.xlsx", i)}
			if rng.IntN(4) == 0 {
				row.Err = fmt.Errorf("unreadable")
			} else {
				row.Brief = scoring.Brief{City: fmt.Sprint("City ", i), Year: 2024, RubricID: "wwc-2022", RubricVersion: "2022.1"}
				if rng.IntN(4) == 0 {
					row.Brief.RubricVersion = "2021.9-draft"
				}
			}
			rows = append(rows, row)
		}
		_, cohort := Summarize(rows, scoring.ViewClaimed, "", "")
		var want []int
		for i, row := range rows {
			if row.Err == nil && row.Brief.RubricVersion != cohort.RubricVersion {
				want = append(want, i)
			}
		}
		if !reflect.DeepEqual(cohort.OtherRubric, want) {
			t.Fatalf("batch %d: other rubric rows %v, want %v", n, cohort.OtherRubric, want)
		}
	}
}
