package session

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
)

// TestLineReaderHandsOutOneLineAtATime: huh makes a new scanner for every prompt, so each
// must get exactly one line and leave the rest for the next.
func TestLineReaderHandsOutOneLineAtATime(t *testing.T) {
	lr := &lineReader{r: strings.NewReader("sí\nhttps://x\n\nlast")}
	var got []string
	for i := 0; i < 4; i++ {
		sc := bufio.NewScanner(lr)
		if sc.Scan() {
			got = append(got, sc.Text())
		}
	}
	want := []string{"sí", "https://x", "", "last"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
	if !lr.eof {
		t.Error("the end of input was not noticed")
	}
}

// TestLineModeTakesEveryAnswerWord: whatever a workbook or answers file reads as met, not met,
// in progress or unanswered, typed in the line mode (in any case, with trailing punctuation),
// picks that answer, so the session and the files never disagree.
func TestLineModeTakesEveryAnswerWord(t *testing.T) {
	s := &Session{c: i18n.For("es")}
	options := s.answerChoices()
	want := map[assessment.Value]int{assessment.Met: 0, assessment.NotMet: 1, assessment.InProgress: 2, assessment.Unanswered: 3}
	for _, v := range assessment.Values {
		for _, w := range assessment.Words(v) {
			for _, typed := range []string{w, strings.ToUpper(w), w + ".", " " + w + "! "} {
				if v == assessment.Unanswered && strings.TrimSpace(w) == "" {
					continue
				}
				if _, err := strconv.Atoi(w); err == nil {
					continue // a number is the option's number in the line mode
				}
				p := accessiblePrompter{in: &lineReader{r: strings.NewReader(typed + "\n")}, out: io.Discard, cat: i18n.For("es")}
				got, err := p.Choose("DM1", "", options, -1)
				if err != nil {
					t.Fatalf("%q: %v", typed, err)
				}
				if got != want[v] {
					t.Errorf("%q picked option %d, want %d (%s)", typed, got, want[v], v)
				}
			}
		}
	}
}
