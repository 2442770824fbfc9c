package scoring

import (
	"reflect"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
)

// TestNoticesCarriedUntouched: the reader's notices reach the result as given, in order; one
// about evidence only when evidence is required.
func TestNoticesCarriedUntouched(t *testing.T) {
	r := defaultRubric(t)
	all := []assessment.Notice{
		{Code: assessment.NoticeNoEvidenceColumn, EvidenceOnly: true, Args: msg.Args{"Names": "Evidence"}},
		{Code: assessment.NoticeNoOutcomesSheet, Args: msg.Args{"Rows": 20}},
		{Code: assessment.NoticeNumberDecimal, Place: msg.M{ID: "place.cell", Args: msg.Args{"Sheet": "S", "Cell": "D3"}}},
	}
	for mask := 0; mask < 1<<len(all); mask++ {
		a := assessment.New()
		for i, n := range all {
			if mask&(1<<i) != 0 {
				a.Notify(n)
			}
		}
		for _, evidence := range []bool{false, true} {
			res := Score(r, a, Options{RequireEvidence: evidence})
			var want []assessment.Notice
			for _, n := range a.Notices {
				if !n.EvidenceOnly || evidence {
					want = append(want, n)
				}
			}
			if !reflect.DeepEqual(res.Notices, want) {
				t.Errorf("mask %b evidence %v: %+v, want %+v", mask, evidence, res.Notices, want)
			}
		}
	}
}
