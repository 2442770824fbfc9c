package assessment

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/typed"

	"github.com/citydatakit/wwc/internal/i18n"
)

// formatsAnswers is FORMATS.md's answers table, word for word.
var formatsAnswers = map[Value][]string{
	Met:        {"yes", "y", "met", "true", "x", "done", "sí", "si", "s", "cumple", "sim", "atende", "1", "✓", "✔"},
	NotMet:     {"no", "n", "not met", "false", "no cumple", "não", "nao", "não atende", "0", "✗"},
	InProgress: {"in progress", "partial", "partially", "en progreso", "en proceso", "en curso", "parcial", "parcialmente", "em andamento", "em progresso", "em curso"},
	Unanswered: {"", "unanswered", "sin responder", "sem resposta"},
}

// TestAnswersTableOfFormats: every word of FORMATS.md's table, however typed, reads as its
// meaning (issue 11: "Sí.", "parcialmente", "sin responder" were refused).
func TestAnswersTableOfFormats(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for want, words := range formatsAnswers {
		for _, w := range words {
			for _, in := range typed.Variants(rng, w) {
				if got, ok := ParseValue(in); !ok || got != want {
					t.Errorf("ParseValue(%q) = %v, %v; want %v", in, got, ok, want)
				}
			}
		}
	}
	// The status words of wwc's own reports, in every language, read back as themselves.
	for _, lang := range i18n.Languages {
		c := i18n.For(lang)
		for _, v := range Values {
			word := c.T("answer." + v.String())
			if got, ok := ParseValue(word); !ok || got != v {
				t.Errorf("%s report word %q = %v, %v; want %v", lang, word, got, ok, v)
			}
		}
	}
	for _, bad := range []string{"tal vez", "maybe", ".", "!", "si no", "yes no", "2", "1.5", "¿?"} {
		if v, ok := ParseValue(bad); ok {
			t.Errorf("ParseValue(%q) = %v, accepted", bad, v)
		}
	}
}

// TestAmbiguousNumbers: a single mark followed by three digits is read by the table's
// language and said to be ambiguous; every other number is not.
func TestAmbiguousNumbers(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 500; i++ {
		whole := rng.Intn(999) + 1
		frac := rng.Intn(1000)
		for _, mark := range []string{".", ","} {
			s := fmt.Sprintf("%d%s%03d", whole, mark, frac)
			big := float64(whole*1000 + frac)
			small := float64(whole) + float64(frac)/1000
			for _, lang := range []string{"en", "es", "pt", ""} {
				f, amb, ok := ReadNumberIn(s, lang)
				thousands := (lang == "en" && mark == ",") || ((lang == "es" || lang == "pt") && mark == ".")
				want, other := small, big
				if thousands {
					want, other = big, small
				}
				if !ok || amb == nil || !close(f, want) || !close(amb.Other, other) || amb.Thousands != thousands || amb.Mark != mark {
					t.Fatalf("ReadNumberIn(%q, %q) = %v, %+v, %v; want %v (other %v)", s, lang, f, amb, ok, want, other)
				}
				if g, ok := ParseNumberIn(s, lang); !ok || g != f {
					t.Fatalf("ParseNumberIn(%q, %q) = %v, differs from ReadNumberIn", s, lang, g)
				}
			}
		}
	}
	for _, s := range []string{"20000", "20.5", "20,50", "1.234.567", "1,234.5", "1.234,5", "0.1234", "12", "-3,5", ".500", "20 000"} {
		for _, lang := range []string{"en", "es", "pt", ""} {
			if _, amb, ok := ReadNumberIn(s, lang); !ok || amb != nil {
				t.Errorf("ReadNumberIn(%q, %q): ambiguity %+v, ok %v", s, lang, amb, ok)
			}
		}
	}
}

func close(a, b float64) bool { d := a - b; return d < 1e-9 && d > -1e-9 }

// TestParseWhole: populations with any thousands separator are whole numbers.
func TestParseWhole(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	for i := 0; i < 300; i++ {
		n := rng.Intn(20_000_000)
		plain := fmt.Sprint(n)
		for _, sep := range []string{".", ",", " ", "\u00a0", ""} {
			var b strings.Builder
			for j, r := range plain {
				if j > 0 && (len(plain)-j)%3 == 0 {
					b.WriteString(sep)
				}
				b.WriteRune(r)
			}
			if got, ok := ParseWhole(b.String()); !ok || got != n {
				t.Errorf("ParseWhole(%q) = %d, %v; want %d", b.String(), got, ok, n)
			}
		}
	}
	for _, bad := range []string{"12.5", "1.23", "-5", "many", "1.234,5", "", "1,2345"} {
		if got, ok := ParseWhole(bad); ok {
			t.Errorf("ParseWhole(%q) = %d", bad, got)
		}
	}
}
