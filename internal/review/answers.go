package review

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/scoring"
)

// ForAnswers is rev as it applies to the answers a: a review written on exactly these answers
// (its digest is theirs) has every decision taken on them, whatever answers the file recorded
// or left out (scoring.OnCurrentAnswers); changed says a is not what the review was written on,
// so that decisions on answers changed since are stale. Every command applying a review to a
// submission goes through here.
func ForAnswers(rev *assessment.Review, a *assessment.Assessment) (out *assessment.Review, changed bool) {
	if rev.Submission.SHA256 == answers.Digest(a) {
		return scoring.OnCurrentAnswers(rev, a), false
	}
	return rev, rev.Submission.SHA256 != ""
}
