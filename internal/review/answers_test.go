package review

import (
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewfile"
)

// TestForAnswers: a review of exactly these answers (its digest, in any case) takes every
// decision on them and is not changed; a review of other answers is changed and keeps what
// it recorded; a review with no digest is neither.
func TestForAnswers(t *testing.T) {
	a, err := answers.Read("../../testdata/cities/maipu-2024.yaml")
	if err != nil {
		t.Fatal(err)
	}
	digest := answers.Digest(a)
	for _, tc := range []struct {
		sha         string
		changed     bool
		answerTaken assessment.Value
	}{
		{digest, false, a.Answer("DM1").Value},
		{"  " + upper(digest) + " ", false, a.Answer("DM1").Value},
		{"0000000000000000000000000000000000000000000000000000000000000000", true, assessment.Unanswered},
		{"", false, assessment.Unanswered},
	} {
		text := "format: wwc-review/1\nsubmission:\n  rubric: {id: wwc-2022, version: \"2022.1\"}\n  sha256: \"" + tc.sha + "\"\ncriteria:\n  DM1: {decision: accepted}\n"
		rev, err := reviewfile.Parse([]byte(text), "r.yaml")
		if err != nil {
			t.Fatal(err)
		}
		got, changed := ForAnswers(rev, a)
		if changed != tc.changed || got.Criteria["DM1"].Answer != tc.answerTaken {
			t.Errorf("sha %q: changed %v, DM1 taken on %v; want %v, %v", tc.sha, changed, got.Criteria["DM1"].Answer, tc.changed, tc.answerTaken)
		}
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}
