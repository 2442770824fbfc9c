package table

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/typed"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
)

// TestNotApplicable: "N/A" and its kin stay errors, and are recognized so that the message
// says a criterion that does not apply is answered No.
func TestNotApplicable(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, w := range []string{"N/A", "n/a", "NA", "n.a.", "no aplica", "No aplica.", "não se aplica", "Nao se aplica", "not applicable", "no corresponde"} {
		for _, in := range typed.Variants(rng, w) {
			if _, ok := assessment.ParseValue(in); ok {
				t.Errorf("ParseValue(%q) accepted", in)
			}
			if !assessment.NotApplicable(in) {
				t.Errorf("NotApplicable(%q) = false", in)
			}
		}
	}
	for _, w := range []string{"no", "nao", "sí", "tal vez"} {
		if assessment.NotApplicable(w) {
			t.Errorf("NotApplicable(%q) = true", w)
		}
	}
	for lang, want := range map[string]string{"es": "se responde No", "pt": "é respondido Não", "en": "is answered No"} {
		tr := NewReader("c.xlsx")
		tr.Lang = lang
		tr.Criterion(Columns{ColID: 0, ColAnswer: 1}, []string{"DM1", "N/A"}, func(int) msg.M { return msg.M{ID: "place.line", Args: msg.Args{"Line": 2}} })
		if err := tr.Err(); err == nil || !strings.Contains(msg.Text(i18n.For(lang), err), want) {
			t.Errorf("%s: %v; want %q", lang, err, want)
		}
	}
}

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
		tr := NewReader("c.xlsx")
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

// TestYearAsDateSerial: a year that reads as a date serial is said to be a date, with the day
// it stands for; other bad years keep their message.
func TestYearAsDateSerial(t *testing.T) {
	for serial, want := range map[string]string{
		"45658": "45658 looks like a date (January 1, 2025), not a year", "45292.0": "(January 1, 2024)",
		"44927": "(January 1, 2023)", "45657": "(December 31, 2024)",
		"2025-01-01T00:00:00": "(January 1, 2025)", "2024-03-05": "(March 5, 2024)",
	} {
		tr := NewReader("c.xlsx")
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
		tr := NewReader("c.xlsx")
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
		if v, ok := assessment.ParseDirection(d); !ok || v != assessment.Increase {
			t.Errorf("direction %q", d)
		}
	}
	for _, d := range []string{"decrease", "lower is better", "disminuir", "reducir", "diminuir", "reduzir"} {
		if v, ok := assessment.ParseDirection(d); !ok || v != assessment.Decrease {
			t.Errorf("direction %q", d)
		}
	}
}
