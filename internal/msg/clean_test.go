package msg

import (
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citydatakit/wwc/internal/msg/msgtest"
)

func forbidden(r rune) bool { return NeedsEscape(r) }

func TestCleanProperties(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 20000; i++ {
		s := msgtest.Hostile(rng, 600)
		max := []int{0, 1, 2, 10, MaxQuoted}[i%5]
		out := Clean(s, max)
		if !utf8.ValidString(out) {
			t.Fatalf("Clean(%q, %d) = %q: not valid UTF-8", s, max, out)
		}
		for _, r := range out {
			if forbidden(r) {
				t.Fatalf("Clean(%q, %d) = %q: raw control %U", s, max, out, r)
			}
		}
		whole := Clean(s, 0)
		if max > 0 {
			if n := utf8.RuneCountInString(out); n > max {
				t.Fatalf("Clean(%q, %d) shows %d characters", s, max, n)
			}
			if out != whole {
				cut, ok := strings.CutSuffix(out, "…")
				if !ok || !strings.HasPrefix(whole, cut) {
					t.Fatalf("Clean(%q, %d) = %q: a cut not marked, or not a prefix of %q", s, max, out, whole)
				}
				// Never inside an escape: what is kept ends where a piece of the whole ends.
				if rest := whole[len(cut):]; strings.HasPrefix(rest, "x") && strings.HasSuffix(cut, `\`) {
					t.Fatalf("Clean(%q, %d) = %q cuts an escape", s, max, out)
				}
			}
		}
	}
}

func TestCleanExamples(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
	}{
		{"Sí", 0, "Sí"},
		{"a\nb", 0, `a\nb`},
		{"\x1b[31mred", 0, `\x1b[31mred`},
		{"abc\u202edef", 0, `abc\u202edef`},
		{"ok\xffok", 0, `ok\xffok`},
		{"\u0085", 0, `\u0085`},
		{"abcdef", 4, "abc…"},
		{"abcd", 4, "abcd"},
		{"ééééé", 3, "éé…"},
		{"ab\ncd", 4, "ab…"}, // the escape \n does not fit whole, so it is not begun
	} {
		if got := Clean(tc.in, tc.max); got != tc.want {
			t.Errorf("Clean(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
	}
}

func TestForeignErrorsAreCleaned(t *testing.T) {
	err := errors.New("bad \x1b[2J\nsecond line " + strings.Repeat("y", 5000))
	out := Text(plain{}, err)
	if strings.ContainsRune(out, '\x1b') || strings.Count(out, "\n") != 1 {
		t.Errorf("not cleaned: %q", out)
	}
	if len(out) > 2*maxForeign+20 {
		t.Errorf("not bounded: %d bytes", len(out))
	}
}

// plain is a Localizer that renders IDs as they are.
type plain struct{}

func (plain) T(id string, _ ...Args) string { return id }
func (plain) Date(y, m, d int) string       { return "" }
