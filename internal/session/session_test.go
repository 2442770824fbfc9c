package session

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
)

// keep stands for pressing Enter on a full-screen field: the prefilled value is submitted.
const keep = "\x00keep"

// screen answers prompts the way the full-screen form does: a field starts with its current
// value, what the user leaves in it is submitted, and the check sees exactly that text, ""
// included. A refused text is recorded and the next one tried, as huh keeps the field open.
// It records every save and prompt in order, and interrupts when its input runs out.
type screen struct {
	texts   []string
	choices []int
	events  []string
	refused []string
}

func (p *screen) Text(title, _, value string, validate func(string) error) (string, error) {
	for {
		if len(p.texts) == 0 {
			return value, ErrInterrupted
		}
		v := p.texts[0]
		p.texts = p.texts[1:]
		if v == keep {
			v = value
		}
		if validate != nil {
			if err := validate(v); err != nil {
				p.refused = append(p.refused, fmt.Sprintf("%s %q: %v", title, v, err))
				continue
			}
		}
		p.events = append(p.events, "text "+title)
		return strings.TrimSpace(v), nil
	}
}

func (p *screen) Choose(title, _ string, _ []choice, _ int) (int, error) {
	if len(p.choices) == 0 {
		return 0, ErrInterrupted
	}
	c := p.choices[0]
	p.choices = p.choices[1:]
	p.events = append(p.events, "choose "+title)
	return c, nil
}

func (p *screen) save(a *assessment.Assessment) error {
	p.events = append(p.events, "save city="+a.City)
	return nil
}

func newScreenSession(t *testing.T, lang string, a *assessment.Assessment, p *screen) *Session {
	t.Helper()
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := New(Options{Rubric: r, Cat: i18n.For(lang), A: a, Save: p.save, Out: io.Discard})
	s.p = p
	return s
}

// TestOptionalDetailsMayBeLeftEmpty: the full-screen form accepts an empty country, year and
// population (it refused an empty population), accepts every well-formed one, and refuses
// only malformed ones, in every language; their labels say they are optional.
func TestOptionalDetailsMayBeLeftEmpty(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 21))
	good := map[int][]string{ // by field: country, year, population
		1: {"", " ", "Chile", "Brasil"},
		2: {"", "  ", "2025", "2024"},
		3: {"", " ", "578605", "578.605", "578,605", "578 605", "0"},
	}
	bad := map[int][]string{2: {"dos mil", "25", "20255"}, 3: {"muchos", "-3", "12.5.6x"}}
	for _, lang := range i18n.Languages {
		c := i18n.For(lang)
		for _, id := range []string{"form.country", "form.year", "form.population"} {
			if !strings.Contains(c.T(id), "(") {
				t.Errorf("%s: %q does not say it is optional", lang, c.T(id))
			}
		}
		for round := 0; round < 50; round++ {
			p := &screen{texts: []string{"Riverton"}}
			wantRefused := 0
			for field := 1; field <= 3; field++ {
				if bs := bad[field]; len(bs) > 0 && rng.IntN(3) == 0 {
					p.texts = append(p.texts, bs[rng.IntN(len(bs))])
					wantRefused++
				}
				p.texts = append(p.texts, good[field][rng.IntN(len(good[field]))])
			}
			input := append([]string(nil), p.texts...)
			err := newScreenSession(t, lang, assessment.New(), p).details()
			if err != nil {
				t.Fatalf("%s: %v; input %q, refused %q", lang, err, input, p.refused)
			}
			if len(p.refused) != wantRefused {
				t.Errorf("%s: refused %q, want %d refusals (input %q)", lang, p.refused, wantRefused, input)
			}
		}
	}
}

// TestCityFirstAndSavedBeforeAnyCriterion: the city is the first thing asked, an empty one is
// refused until a city is typed, and the answers file is written from the city on, before any
// criterion; when the city is already known the file is written before anything is asked.
func TestCityFirstAndSavedBeforeAnyCriterion(t *testing.T) {
	for _, lang := range i18n.Languages {
		c := i18n.For(lang)
		for empties := 0; empties < 4; empties++ {
			texts := []string{}
			for i := 0; i < empties; i++ {
				texts = append(texts, []string{"", "  ", keep}[i%3])
			}
			texts = append(texts, "Riverton", "", "", "")
			p := &screen{texts: texts}
			err := newScreenSession(t, lang, assessment.New(), p).Run()
			if !errors.Is(err, ErrInterrupted) {
				t.Fatalf("%s: %v", lang, err)
			}
			if len(p.refused) != empties {
				t.Errorf("%s: %d empty cities refused, want %d: %q", lang, len(p.refused), empties, p.refused)
			}
			for _, r := range p.refused {
				if !strings.Contains(r, c.T("form.city_needed")) {
					t.Errorf("%s: refusal without the reason: %s", lang, r)
				}
			}
			if len(p.events) < 2 || p.events[0] != "text "+c.T("form.city") || p.events[1] != "save city=Riverton" {
				t.Errorf("%s: the city is not asked first and saved at once: %q", lang, p.events)
			}
			assertSavedBeforeCriteria(t, lang, p.events)
		}
		// City (and year) from the command line: saved before the first prompt.
		a := assessment.New()
		a.City, a.Year = "Killdeer", 2025
		p := &screen{}
		if err := newScreenSession(t, lang, a, p).Run(); !errors.Is(err, ErrInterrupted) {
			t.Fatalf("%s: %v", lang, err)
		}
		if len(p.events) == 0 || p.events[0] != "save city=Killdeer" {
			t.Errorf("%s: a known city is not saved before anything is asked: %q", lang, p.events)
		}
	}
}

func assertSavedBeforeCriteria(t *testing.T, lang string, events []string) {
	t.Helper()
	saved := false
	for _, e := range events {
		if strings.HasPrefix(e, "save ") {
			saved = true
		}
		if strings.HasPrefix(e, "choose ") && !saved {
			t.Errorf("%s: a criterion is asked before the file is written: %q", lang, events)
			return
		}
	}
}

// TestPopulationReadsGroupedThousands: a population written with its thousands grouped by any
// one mark reads as the whole number; a fraction or mixed marks do not.
func TestPopulationReadsGroupedThousands(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	for i := 0; i < 500; i++ {
		n := rng.IntN(20_000_000)
		digits := fmt.Sprint(n)
		mark := []string{".", ",", " ", "\u00a0", "\u202f", ""}[rng.IntN(6)]
		var b strings.Builder
		for j, d := range digits {
			if j > 0 && (len(digits)-j)%3 == 0 {
				b.WriteString(mark)
			}
			b.WriteRune(d)
		}
		if got, ok := assessment.ParseWhole(b.String()); !ok || got != n {
			t.Errorf("%q read as %d, %v; want %d", b.String(), got, ok, n)
		}
	}
	for _, bad := range []string{"12.5", "1.234,567", "-3", "muchos", "1,23"} {
		if n, ok := assessment.ParseWhole(bad); ok {
			t.Errorf("%q read as %d", bad, n)
		}
	}
}
