package assessment

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
)

// formatsAnswers is FORMATS.md's answers table, word for word.
var formatsAnswers = map[Value][]string{
	Met:        {"yes", "y", "met", "true", "x", "done", "sí", "si", "s", "cumple", "sim", "atende", "1", "✓", "✔"},
	NotMet:     {"no", "n", "not met", "false", "no cumple", "não", "nao", "não atende", "0", "✗"},
	InProgress: {"in progress", "partial", "partially", "en progreso", "en proceso", "en curso", "parcial", "parcialmente", "em andamento", "em progresso", "em curso"},
	Unanswered: {"", "unanswered", "sin responder", "sem resposta"},
}

// titleCase capitalizes the first letter of each word, as a city might type "No Cumple".
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		words[i] = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return strings.Join(words, " ")
}

// variants writes a word the ways people type it: case, accents kept, spaces around, and
// trailing (or Spanish leading) punctuation.
func variants(rng *rand.Rand, w string) []string {
	out := []string{w, strings.ToUpper(w), titleCase(w), "  " + w + " "}
	if w == "" {
		return out
	}
	for _, p := range []string{".", "!", "?", "...", ";", ":", ",", " .", "!!"} {
		out = append(out, w+p)
	}
	out = append(out, "¡"+w+"!", "¿"+w+"?")
	for i := 0; i < 5; i++ {
		r := []rune(w)
		for j := range r {
			if rng.Intn(2) == 0 {
				r[j] = []rune(strings.ToUpper(string(r[j])))[0]
			}
		}
		out = append(out, string(r)+[]string{"", ".", "!"}[rng.Intn(3)])
	}
	return out
}

// TestAnswersTableOfFormats: every word of FORMATS.md's table, however typed, reads as its
// meaning (issue 11: "Sí.", "parcialmente", "sin responder" were refused).
func TestAnswersTableOfFormats(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for want, words := range formatsAnswers {
		for _, w := range words {
			for _, in := range variants(rng, w) {
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

// TestNotApplicable: "N/A" and its kin stay errors, and are recognized so that the message
// says a criterion that does not apply is answered No.
func TestNotApplicable(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, w := range []string{"N/A", "n/a", "NA", "n.a.", "no aplica", "No aplica.", "não se aplica", "Nao se aplica", "not applicable", "no corresponde"} {
		for _, in := range variants(rng, w) {
			if _, ok := ParseValue(in); ok {
				t.Errorf("ParseValue(%q) accepted", in)
			}
			if !NotApplicable(in) {
				t.Errorf("NotApplicable(%q) = false", in)
			}
		}
	}
	for _, w := range []string{"no", "nao", "sí", "tal vez"} {
		if NotApplicable(w) {
			t.Errorf("NotApplicable(%q) = true", w)
		}
	}
	for lang, want := range map[string]string{"es": "se responde No", "pt": "é respondido Não", "en": "is answered No"} {
		tr := NewTableReader("c.xlsx")
		tr.Lang = lang
		tr.Criterion(Columns{ColID: 0, ColAnswer: 1}, []string{"DM1", "N/A"}, func(int) msg.M { return msg.M{ID: "place.line", Args: msg.Args{"Line": 2}} })
		if err := tr.Err(); err == nil || !strings.Contains(msg.Text(i18n.For(lang), err), want) {
			t.Errorf("%s: %v; want %q", lang, err, want)
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

// TestAmbiguousNumberNotice: the notice names the place, the text, the value read and what to
// write instead, in the user's language.
func TestAmbiguousNumberNotice(t *testing.T) {
	cases := []struct{ lang, value, want string }{
		{"en", "20.000", `sheet "Indicadores", cell D3: "20.000" was read as 20, taking "." as the decimal mark (the table is in English); if it separates thousands, write 20000`},
		{"es", "20.000", `"20.000" was read as 20000, taking "." as a thousands separator (the table is in Spanish); if it is the decimal mark, write 20`},
		{"es", "20,000", `"20,000" was read as 20, taking "," as the decimal mark (the table is in Spanish); if it separates thousands, write 20000`},
		{"", "1,500", `"1,500" was read as 1.5, taking "," as the decimal mark (the table's language could not be told); if it separates thousands, write 1500`},
	}
	for _, tc := range cases {
		tr := NewTableReader("c.xlsx")
		tr.Lang = tc.lang
		cols := Columns{ColMetric: 0, ColDirection: 1, ColBaseline: 3, ColCurrent: 4}
		tr.Outcome(cols, []string{"Fugas", "disminuir", "", tc.value, "2000"}, func(col int) msg.M {
			return msg.M{ID: "place.cell", Args: msg.Args{"Sheet": "Indicadores", "Cell": fmt.Sprintf("%c3", 'A'+col)}}
		})
		if len(tr.A.Notices) != 1 {
			t.Fatalf("%+v: notices %+v", tc, tr.A.Notices)
		}
		if got := tr.A.Notices[0].Localize(i18n.English()); !strings.Contains(got, tc.want) {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.lang, tc.value, got, tc.want)
		}
	}
}

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

// TestYearAsDateSerial: a year that reads as a date serial is said to be a date, with the day
// it stands for; other bad years keep their message.
func TestYearAsDateSerial(t *testing.T) {
	for serial, want := range map[string]string{
		"45658": "45658 looks like a date (January 1, 2025), not a year", "45292.0": "(January 1, 2024)",
		"44927": "(January 1, 2023)", "45657": "(December 31, 2024)",
		"2025-01-01T00:00:00": "(January 1, 2025)", "2024-03-05": "(March 5, 2024)",
	} {
		tr := NewTableReader("c.xlsx")
		tr.CityDetail(ColYear, serial, msg.M{ID: "place.cell", Args: msg.Args{"Sheet": "Ciudad", "Cell": "B3"}})
		err := tr.Err()
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "type the year as a number") {
			t.Errorf("%s: %v", serial, err)
		}
		if es := msg.Text(i18n.For("es"), err); !strings.Contains(es, "parece una fecha") {
			t.Errorf("es: %s", es)
		}
	}
	for _, v := range []string{"dos mil", "123", "99999999", "12000"} {
		tr := NewTableReader("c.xlsx")
		tr.CityDetail(ColYear, v, msg.M{ID: "place.cell", Args: msg.Args{"Sheet": "Ciudad", "Cell": "B3"}})
		if err := tr.Err(); err == nil || strings.Contains(err.Error(), "date") {
			t.Errorf("%s: %v", v, err)
		}
	}
}

// TestVocabularyOfFormats: every header and key FORMATS.md lists is recognized in its role.
func TestVocabularyOfFormats(t *testing.T) {
	criteria := map[Role][]string{
		ColID:       {"ID", "Code", "Código", "Criterion ID", "ID del criterio", "ID do critério"},
		ColAnswer:   {"Answer", "Met", "Status", "Respuesta", "Cumple", "Estado", "Resposta", "Atende", "Situação"},
		ColEvidence: {"Evidence", "Evidencia", "Evidência", "Link"},
		ColNotes:    {"Notes", "Notas", "Comments", "Comentarios", "Observaciones", "Observações", "Comentários"},
	}
	for role, names := range criteria {
		for _, n := range names {
			if criteriaHeaders[HeaderKey(n)] != role || criteriaHeaders[HeaderKey(strings.ToUpper(n)+" ")] != role {
				t.Errorf("criteria header %q is not %v", n, role)
			}
		}
	}
	keys := map[Role][]string{
		ColCity:       {"City", "Ciudad", "Cidade", "Municipality", "Municipio", "Município", "Name", "Nombre", "Nome"},
		ColCountry:    {"Country", "País"},
		ColYear:       {"Year", "Año", "Ano"},
		ColPopulation: {"Population", "Población", "População"},
	}
	for role, names := range keys {
		for _, n := range names {
			if CityKey(n) != role {
				t.Errorf("City key %q is not %v", n, role)
			}
		}
	}
	outcomes := map[Role][]string{
		ColMetric:       {"Metric", "Indicator", "Métrica", "Indicador", "Nombre", "Nome"},
		ColBaseline:     {"Baseline", "Línea base", "Linea base", "Linha de base", "Valor base"},
		ColCurrent:      {"Current", "Latest", "Actual", "Atual", "Valor actual", "Valor atual"},
		ColDirection:    {"Direction", "Dirección", "Direção"},
		ColUnit:         {"Unit", "Unidad", "Unidade"},
		ColBaselineYear: {"Baseline year", "Año base", "Ano base"},
		ColCurrentYear:  {"Current year", "Año actual", "Ano atual"},
		ColEvidence:     {"Evidence", "Evidencia", "Evidência"},
	}
	for role, names := range outcomes {
		for _, n := range names {
			if outcomeHeaders[HeaderKey(n)] != role {
				t.Errorf("outcomes header %q is not %v", n, role)
			}
		}
	}
	for _, d := range []string{"increase", "higher is better", "aumentar", "subir"} {
		if v, ok := ParseDirection(d); !ok || v != Increase {
			t.Errorf("direction %q", d)
		}
	}
	for _, d := range []string{"decrease", "lower is better", "disminuir", "reducir", "diminuir", "reduzir"} {
		if v, ok := ParseDirection(d); !ok || v != Decrease {
			t.Errorf("direction %q", d)
		}
	}
}
