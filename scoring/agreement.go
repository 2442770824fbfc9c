package scoring

import (
	"strings"

	"github.com/citydatakit/wwc/assessment"
)

// KappaUndefined says why Cohen's kappa has no value for an Agreement; empty when it has one.
type KappaUndefined string

// The reasons kappa can have no value.
const (
	// KappaNothingInCommon: no claim was decided by both reviewers.
	KappaNothingInCommon KappaUndefined = "nothing_in_common"
	// KappaOneDecision: both reviewers took one and the same decision on every claim, so
	// chance alone would agree as often (the formula divides zero by zero); the percent
	// agreement, 100, says all there is.
	KappaOneDecision KappaUndefined = "one_decision"
)

// Agreement is how far two reviewers of one submission agree, over the claims both decided.
type Agreement struct {
	// Both is how many claims both reviewers decided; Same how many of those they decided
	// alike.
	Both, Same int
	// Percent is Same over Both, 0 to 100 (0 when Both is 0); Kappa is Cohen's kappa,
	// agreement beyond what the reviewers' own rates of each decision would give by chance,
	// -1 to 1. Kappa is 0 and Undefined says why when it has no value.
	Percent, Kappa float64
	Undefined      KappaUndefined
	// Differ lists the keys decided differently, in the order given.
	Differ []string
}

// Agree compares two reviewers' decisions on the claims keys (criterion IDs, metric names),
// in that order; a claim either left unreviewed is left out.
func Agree(keys []string, a, b map[string]assessment.ReviewItem) Agreement {
	var g Agreement
	countA := map[assessment.Decision]int{}
	countB := map[assessment.Decision]int{}
	for _, k := range keys {
		da, db := a[k].Decision, b[k].Decision
		if da == assessment.Unreviewed || db == assessment.Unreviewed {
			continue
		}
		g.Both++
		countA[da]++
		countB[db]++
		if da == db {
			g.Same++
		} else {
			g.Differ = append(g.Differ, k)
		}
	}
	if g.Both == 0 {
		g.Undefined = KappaNothingInCommon
		return g
	}
	// Integer arithmetic decides the undefined case: chance agreement is 1 exactly when
	// both reviewers put every claim under the same single decision.
	n := g.Both
	chanceNum := 0
	for _, d := range assessment.Decisions {
		chanceNum += countA[d] * countB[d]
	}
	g.Percent = 100 * float64(g.Same) / float64(n)
	if chanceNum == n*n {
		g.Undefined = KappaOneDecision
		return g
	}
	observed := float64(g.Same) / float64(n)
	chance := float64(chanceNum) / float64(n*n)
	g.Kappa = (observed - chance) / (1 - chance)
	return g
}

// KappaBand is the strength of agreement a kappa shows on the scale of Landis and Koch
// (1977, "The measurement of observer agreement for categorical data", Biometrics 33:159-174):
// poor below 0, slight to 0.20, fair to 0.40, moderate to 0.60, substantial to 0.80, almost
// perfect above. The scale is a convention, not a test; it is given to read kappa by.
func KappaBand(kappa float64) string {
	switch {
	case kappa < 0:
		return "poor"
	case kappa <= 0.20:
		return "slight"
	case kappa <= 0.40:
		return "fair"
	case kappa <= 0.60:
		return "moderate"
	case kappa <= 0.80:
		return "substantial"
	}
	return "almost_perfect"
}

// KappaBands lists the bands KappaBand gives, weakest first.
var KappaBands = []string{"poor", "slight", "fair", "moderate", "substantial", "almost_perfect"}

// SubmissionDifferences names what tells two descriptions of a submission apart: "city",
// "country", "year", "rubric" and, when digest is set, "sha256". A field one side leaves
// empty differs from nothing (a workbook may not give the country); names are compared
// ignoring case, accents and spacing.
func SubmissionDifferences(a, b assessment.ReviewedSubmission, digest bool) []string {
	var out []string
	text := func(field, x, y string) {
		if x != "" && y != "" && assessment.Fold(x) != assessment.Fold(y) {
			out = append(out, field)
		}
	}
	text("city", a.City, b.City)
	text("country", a.Country, b.Country)
	if a.Year != 0 && b.Year != 0 && a.Year != b.Year {
		out = append(out, "year")
	}
	if a.Rubric.Names() && b.Rubric.Names() && a.Rubric != b.Rubric {
		out = append(out, "rubric")
	}
	if digest && a.SHA256 != "" && b.SHA256 != "" && !strings.EqualFold(a.SHA256, b.SHA256) {
		out = append(out, "sha256")
	}
	return out
}
