package msg

import (
	"errors"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile returns random text of up to n bytes mixing what files hold and terminals fear:
// printable ASCII, accented letters, line breaks, escape sequences, C1 controls, bidi
// overrides, invalid UTF-8 and multi-byte characters likely to be cut.
func hostile(rng *rand.Rand, n int) string {
	pieces := []string{"a", "Z", " ", "é", "ñ", "ção", "\n", "\r\n", "\t", "\x1b[31m", "\x1b]0;title\x07",
		"\x00", "\x7f", "\u0085", "\u009b", "\u202e", "\u2066", "\u2069", "\xff", "\xc3", "\xe2\x82", "€", "😀",
		"\"", "'", "{{.File}}", "%s", "\\", "/"}
	var b strings.Builder
	size := rng.Intn(n + 1)
	for b.Len() < size {
		if rng.Intn(3) == 0 {
			b.WriteByte(byte(rng.Intn(256)))
		} else {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
	}
	return b.String()
}

func forbidden(r rune) bool { return needsEscape(r) }

func TestCleanProperties(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 20000; i++ {
		s := hostile(rng, 600)
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

var templateKey = regexp.MustCompile(`\{\{\s*(?:if\s+)?\.(\w+)`)

// TestEveryMessageIsCleanWhateverItsArguments renders every message of every catalog, as an
// error, with hostile text in every argument, and checks what reaches the terminal.
func TestEveryMessageIsCleanWhateverItsArguments(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, lang := range Languages {
		c := For(lang)
		raw, _ := Raw(lang)
		for id, v := range raw {
			text := ""
			switch v := v.(type) {
			case string:
				text = v
			case map[string]any:
				for _, f := range v {
					text += f.(string)
				}
			}
			keys := map[string]int{}
			for _, m := range templateKey.FindAllStringSubmatch(text, -1) {
				if m[1] != "Count" {
					keys[m[1]]++
				}
			}
			if len(keys) == 0 {
				continue
			}
			empty := Args{"Count": 2}
			for k := range keys {
				empty[k] = ""
			}
			base := E(id, empty).Localize(c)
			baseLen := utf8.RuneCountInString(base)
			for round := 0; round < 8; round++ {
				args := Args{"Count": 2}
				budget := baseLen
				for k, n := range keys {
					s := hostile(rng, 3000)
					if textKeys[k] {
						s = strings.ReplaceAll(s, "\n", "")
					}
					if round%2 == 1 {
						args[k] = errors.New(s) // errors are content too
					} else {
						args[k] = s
					}
					limit := argLimit(k)
					if limit == 0 {
						limit = utf8.RuneCountInString(Clean(s, 0))
					}
					budget += n * limit * 2 // a template may render a value twice (plural forms differ)
				}
				out := E(id, args).Localize(c)
				if !utf8.ValidString(out) {
					t.Fatalf("%s %s: not valid UTF-8: %q", lang, id, out)
				}
				if strings.Count(out, "\n") != strings.Count(base, "\n") {
					t.Fatalf("%s %s: line breaks that the template does not have: %q", lang, id, out)
				}
				for _, r := range out {
					if forbidden(r) && !(r == '\n' || r == '\t' && strings.ContainsRune(base, '\t')) {
						t.Fatalf("%s %s: raw control %U in %q", lang, id, r, out)
					}
				}
				if n := utf8.RuneCountInString(out); n > budget {
					t.Fatalf("%s %s: %d characters, more than the caps allow (%d): %q", lang, id, n, budget, out)
				}
			}
		}
	}
}

func TestQuotedValueIsCutAtTheCap(t *testing.T) {
	long := strings.Repeat("x", 80000)
	out := E("table.bad_year", Args{"File": "a.csv", "Place": M{ID: "place.line", Args: Args{"Line": 2}}, "Value": long}).Error()
	if n := strings.Count(out, "x"); n != MaxQuoted-1 {
		t.Errorf("quoted %d characters of the value, want %d: %q", n, MaxQuoted-1, out)
	}
	if !strings.Contains(out, "x…") {
		t.Errorf("the cut is not marked: %q", out)
	}
	path := "/tmp/" + strings.Repeat("d", 300) + "/\x1bcity.csv"
	out = E("file.empty", Args{"File": path}).Error()
	if !strings.Contains(out, strings.Repeat("d", 300)+`/\x1bcity.csv`) {
		t.Errorf("a path is not kept whole and cleaned: %q", out)
	}
}

func TestForeignErrorsAreCleaned(t *testing.T) {
	err := errors.New("bad \x1b[2J\nsecond line " + strings.Repeat("y", 5000))
	out := Text(English(), err)
	if strings.ContainsRune(out, '\x1b') || strings.Count(out, "\n") != 1 {
		t.Errorf("not cleaned: %q", out)
	}
	if len(out) > 2*maxForeign+20 {
		t.Errorf("not bounded: %d bytes", len(out))
	}
}

func BenchmarkRenderWithArgs(b *testing.B) {
	c := English()
	args := Args{"File": "testdata/cities/maipu-2024.xlsx", "Place": M{ID: "place.line", Args: Args{"Line": 12}}, "ID": "DM3", "Value": "tal vez", "Accepted": M{ID: "answers.accepted"}}
	for b.Loop() {
		c.T("table.bad_answer", args)
	}
}
