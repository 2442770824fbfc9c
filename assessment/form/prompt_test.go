package form

import (
	"bufio"
	"strings"
	"testing"
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
