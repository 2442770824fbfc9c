package reporttest

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
)

// words make long names in the three languages, accents and all.
var words = []string{
	"Municipalidad", "de", "San", "José", "das", "Lajas", "Região", "Metropolitana", "Gestión",
	"integral", "información", "estratégica", "desempenho", "orçamentário", "participação",
	"comunitária", "Datos", "abiertos", "y", "e", "transparência", "evaluación", "rigurosa",
	"Mancomunidad", "Intermunicipal", "São", "Bernardo", "do", "Campo", "Ñuñoa",
}

// LongName is a name of n to about n+12 characters made of words.
func LongName(rng *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[rng.IntN(len(words))])
	}
	return b.String()
}

// LongRubric is a copy of the default rubric whose practices, tiers and criteria have long
// names in every language (each at most about max characters), their IDs unchanged.
func LongRubric(t testing.TB, rng *rand.Rand, max int) *questions.Rubric {
	t.Helper()
	def, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	long := func() questions.Text {
		return questions.Text{En: LongName(rng, 10+rng.IntN(max)), Es: LongName(rng, 10+rng.IntN(max)), Pt: LongName(rng, 10+rng.IntN(max))}
	}
	r := *def
	r.Tiers = append([]questions.Tier(nil), def.Tiers...)
	for i := range r.Tiers {
		r.Tiers[i].Name = long()
	}
	r.Practices = append([]questions.Practice(nil), def.Practices...)
	for i := range r.Practices {
		p := &r.Practices[i]
		p.Name = long()
		p.Questions = append([]questions.Question(nil), p.Questions...)
		for k := range p.Questions {
			p.Questions[k].Title = long()
		}
	}
	r.Index()
	return &r
}

// WantFits checks that no line of out is wider than width, except a line of one word that
// is wider alone.
func WantFits(t testing.TB, what, out string, width int) {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > width && len(strings.Fields(l)) > 1 {
			t.Errorf("%s at %d: a line of %d: %q", what, width, w, l)
		}
	}
}
