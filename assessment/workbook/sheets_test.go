package workbook

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
)

// fakeBook is a workbook held as rows of text, so that tests can build many variants.
type fakeBook struct {
	names []string
	rows  [][][]string
}

func (b *fakeBook) add(name string, rows ...[]string) {
	b.names, b.rows = append(b.names, name), append(b.rows, rows)
}

func (b *fakeBook) Sheets() []Sheet {
	out := make([]Sheet, len(b.names))
	for i, n := range b.names {
		out[i] = Sheet{Name: n}
	}
	return out
}

func (b *fakeBook) Rows(i int, fn func(Row) bool) error {
	for n, cells := range b.rows[i] {
		if !fn(Row{Num: n + 1, Cells: cells}) {
			return nil
		}
	}
	return nil
}

var testLimits = Options{
	Limits:     Limits{HeaderRows: 20, MaxRows: 5000, EmptyRun: 200, MaxCell: 16 << 10},
	SheetError: func(sheet string, err error) error { return err },
}

// vocab is what a city writes in each language: headers, keys and answers.
type vocab struct {
	id, answer, evidence                       string
	city, year, country                        string
	metric, baseline, current, direction, unit string
	yes, no                                    string
	decrease                                   string
}

var vocabs = []vocab{
	{"ID", "Answer", "Evidence", "City", "Year", "Country", "Metric", "Baseline", "Current", "Direction", "Unit", "Yes", "No", "decrease"},
	{"Código", "Respuesta", "Evidencia", "Nombre de la ciudad", "Año", "País", "Indicador", "Línea base", "Valor actual", "Dirección", "Unidad", "Sí", "No", "disminuir"},
	{"ID do critério", "Situação", "Evidência", "Município", "Ano", "País", "Métrica", "Linha de base", "Atual", "Direção", "Unidade", "Sim", "Não", "reduzir"},
	{"Criterion ID", "Status", "Link", "Municipality", "Year", "Country", "Indicator", "Valor base", "Latest", "Direction", "Unit", "x", "n", "lower is better"},
}

// sheetNames are names cities give the City and Outcomes sheets: none is the template's.
var (
	cityNamesSeen    = []string{"Datos generales", "Dados gerais", "General", "Hoja2", "Sheet 3", "Info", "Portada", "Planilha1"}
	outcomeNamesSeen = []string{"Indicadores de resultados", "KPIs", "Hoja3", "Metas 2024", "Results", "Resultados (final)", "Aba 4"}
)

// cityBook builds a workbook: a criteria sheet, a City sheet and an Outcomes sheet with the
// given names and words, in a random order, with an instructions sheet somewhere.
func cityBook(rng *rand.Rand, v vocab, cityName, outName string, withOutcomes, withEvidence bool) *fakeBook {
	type sheet struct {
		name string
		rows [][]string
	}
	header := []string{v.id, "Criterion", v.answer}
	if withEvidence {
		header = append(header, v.evidence)
	}
	crit := [][]string{{"Self-assessment"}, {}, header}
	for i := 1; i <= 9; i++ {
		row := []string{fmt.Sprintf("DM%d", i), "title", v.yes}
		if withEvidence {
			row = append(row, "https://example.org")
		}
		crit = append(crit, row)
	}
	city := [][]string{{v.city, "Maipú"}, {v.country, "Chile"}, {v.year, "2024"}}
	if rng.Intn(2) == 0 {
		city = append([][]string{{"Datos de la ciudad"}, {}}, city...)
	}
	sheets := []sheet{
		{"Instrucciones", [][]string{{"Complete la hoja de criterios."}, {"Indicador: el nombre del indicador."}}},
		{"Criterios", crit},
		{cityName, city},
	}
	if withOutcomes {
		sheets = append(sheets, sheet{outName, [][]string{
			{v.metric, v.unit, v.direction, v.baseline, v.current},
			{"Fugas de agua diarias", "fugas", v.decrease, "20000", "2000"},
		}})
	}
	rng.Shuffle(len(sheets), func(i, j int) { sheets[i], sheets[j] = sheets[j], sheets[i] })
	b := &fakeBook{}
	for _, s := range sheets {
		b.add(s.name, s.rows...)
	}
	return b
}

func read(t *testing.T, b Book) (*assessment.Assessment, error) {
	t.Helper()
	return Read("city.xlsx", b, testLimits)
}

func codes(a *assessment.Assessment) []string {
	var out []string
	for _, n := range a.Notices {
		out = append(out, n.Code)
	}
	return out
}

// TestSheetsFoundByContent: whatever the City and Outcomes sheets are called and wherever
// they are, the city, year and metrics are read (issue 11: a renamed sheet lost them).
func TestSheetsFoundByContent(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	n := 0
	for _, v := range vocabs {
		for _, cn := range cityNamesSeen {
			for _, on := range outcomeNamesSeen {
				n++
				b := cityBook(rng, v, cn, on, true, true)
				a, err := read(t, b)
				if err != nil {
					t.Fatalf("%v / %q / %q: %v", b.names, cn, on, err)
				}
				if a.City != "Maipú" || a.Year != 2024 || a.Country != "Chile" {
					t.Errorf("%v: city %q, country %q, year %d", b.names, a.City, a.Country, a.Year)
				}
				if len(a.Outcomes) != 1 || a.Outcomes[0].Baseline == nil || *a.Outcomes[0].Baseline != 20000 {
					t.Errorf("%v: outcomes %+v", b.names, a.Outcomes)
				}
				if len(a.Answers) != 9 {
					t.Errorf("%v: %d answers", b.names, len(a.Answers))
				}
				if len(a.Notices) != 0 {
					t.Errorf("%v: notices %v", b.names, codes(a))
				}
			}
		}
	}
	if n < 200 {
		t.Fatalf("only %d variants", n)
	}
}

// TestNoOutcomesIsSaid: a workbook with no outcomes table, or one with no metric under its
// header, says so as a notice instead of scoring quietly with none.
func TestNoOutcomesIsSaid(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for _, v := range vocabs {
		for _, cn := range cityNamesSeen {
			b := cityBook(rng, v, cn, "", false, true)
			a, err := read(t, b)
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(a); len(got) != 1 || got[0] != assessment.NoticeNoOutcomesSheet {
				t.Errorf("%v: notices %v", b.names, got)
			}
			// The header alone, no metric under it.
			b.add("Indicadores", []string{v.metric, v.baseline, v.current, v.direction})
			a, err = read(t, b)
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(a); len(got) != 1 || got[0] != assessment.NoticeOutcomesEmpty {
				t.Errorf("%v: notices %v", b.names, got)
			}
			if s := a.Notices[0].Localize(i18n.For("en")); !strings.Contains(s, `sheet "Indicadores"`) || !strings.Contains(s, "no metric counts toward the tier") {
				t.Errorf("notice reads %q", s)
			}
		}
	}
}

// TestPartialOutcomesHeader: a header that looks like the outcomes table but lacks one of the
// required columns is an error naming the sheet and the missing column; a list of names and
// addresses is not taken for one.
func TestPartialOutcomesHeader(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	for _, v := range vocabs {
		full := []string{v.metric, v.baseline, v.current, v.direction}
		missingNames := []string{"metric column", "baseline column", "current value column", "direction column"}
		for drop := range full {
			header := append(append([]string{}, full[:drop]...), full[drop+1:]...)
			b := cityBook(rng, v, "General", "", false, true)
			name := outcomeNamesSeen[rng.Intn(len(outcomeNamesSeen))]
			b.add(name, [][]string{{}, header, {"Fugas", "1", "2"}}...)
			_, err := read(t, b)
			if err == nil {
				t.Errorf("%v without %s: accepted", header, missingNames[drop])
				continue
			}
			text := err.Error()
			for _, want := range []string{`sheet "` + name + `", cell A2`, missingNames[drop], "looks like the outcome metrics"} {
				if !strings.Contains(text, want) {
					t.Errorf("%v: message lacks %q:\n%s", header, want, text)
				}
			}
		}
		// Names and addresses: not outcomes, no error, the notice that none were found.
		b := cityBook(rng, v, "General", "", false, true)
		b.add("Contactos", []string{"Nombre", "Cargo", "Dirección", "Teléfono"}, []string{"Ana", "Alcaldesa", "Av. 5 de Abril 0260", "123"})
		a, err := read(t, b)
		if err != nil || len(a.Notices) != 1 || a.Notices[0].Code != assessment.NoticeNoOutcomesSheet {
			t.Errorf("contacts sheet: %v, %v", err, a)
		}
	}
}

// TestMissingEvidenceColumnIsNoted: a criteria table with no evidence column carries a notice
// that matters when evidence is required.
func TestMissingEvidenceColumnIsNoted(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for _, v := range vocabs {
		a, err := read(t, cityBook(rng, v, "General", "KPIs", true, false))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Notices) != 1 || a.Notices[0].Code != assessment.NoticeNoEvidenceColumn || !a.Notices[0].EvidenceOnly {
			t.Errorf("%s: notices %+v", v.answer, a.Notices)
		}
		if s := a.Notices[0].Localize(i18n.For("es")); !strings.Contains(s, `hoja "Criterios"`) || !strings.Contains(s, "Evidencia") {
			t.Errorf("notice reads %q", s)
		}
	}
}

// TestCitySheetNeedsTwoKeys: one key in column A is not enough for a sheet to be the City
// sheet (a "Nombre" in a list of contacts is not the city's name).
func TestCitySheetNeedsTwoKeys(t *testing.T) {
	b := &fakeBook{}
	b.add("Contactos", []string{"Nombre", "Ana"}, []string{"Cargo", "Alcaldesa"})
	b.add("Criterios", []string{"ID", "Respuesta"}, []string{"DM1", "Sí"})
	b.add("Datos", []string{"Ciudad", "Maipú"}, []string{"Año", "2024"})
	a, err := read(t, b)
	if err != nil {
		t.Fatal(err)
	}
	if a.City != "Maipú" || a.Year != 2024 {
		t.Errorf("city %q year %d", a.City, a.Year)
	}
}

// TestNumberCellsAreNotAmbiguous: a number cell's raw text ("1.234") is one number whatever
// the table's language; the same text typed as text in a Spanish table is 1234 and noted.
func TestNumberCellsAreNotAmbiguous(t *testing.T) {
	for _, typed := range []bool{true, false} {
		b := &typedBook{fakeBook: fakeBook{}, typed: typed}
		b.add("Criterios", []string{"ID", "Respuesta", "Evidencia"}, []string{"DM1", "Sí", "x"})
		b.add("Indicadores", []string{"Indicador", "Dirección", "Línea base", "Valor actual"}, []string{"Tasa", "disminuir", "1.234", "0.5"})
		b.add("Ciudad", []string{"Ciudad", "Maipú"}, []string{"Año", "2024"})
		a, err := Read("c.xlsx", b, testLimits)
		if err != nil {
			t.Fatal(err)
		}
		want, notices := 1.234, 0
		if !typed {
			want, notices = 1234, 1
		}
		if got := *a.Outcomes[0].Baseline; got != want || len(a.Notices) != notices {
			t.Errorf("typed %v: baseline %v, notices %v", typed, got, codes(a))
		}
	}
}

// typedBook marks every cell that parses as a plain number as a number cell.
type typedBook struct {
	fakeBook
	typed bool
}

func (b *typedBook) Rows(i int, fn func(Row) bool) error {
	return b.fakeBook.Rows(i, func(r Row) bool {
		if b.typed {
			for c, s := range r.Cells {
				if _, ok := assessment.ParseNumber(s); ok && !strings.Contains(s, ",") {
					if r.Numbers == nil {
						r.Numbers = map[int]bool{}
					}
					r.Numbers[c] = true
				}
			}
		}
		return fn(r)
	})
}

// TestCityAndOutcomesOnOneSheet: the city's keys above the metrics table, on one sheet, give
// both.
func TestCityAndOutcomesOnOneSheet(t *testing.T) {
	for _, v := range vocabs {
		b := &fakeBook{}
		b.add("Criterios", []string{v.id, v.answer, v.evidence}, []string{"DM1", v.yes, "x"})
		b.add("Resumen", []string{v.city, "Maipú"}, []string{v.year, "2024"}, []string{},
			[]string{v.metric, v.baseline, v.current, v.direction}, []string{"Fugas", "20000", "2000", v.decrease})
		a, err := read(t, b)
		if err != nil {
			t.Fatal(err)
		}
		if a.City != "Maipú" || a.Year != 2024 || len(a.Outcomes) != 1 || len(a.Notices) != 0 {
			t.Errorf("%s: city %q year %d, %d metrics, notices %v", v.answer, a.City, a.Year, len(a.Outcomes), codes(a))
		}
	}
}

// TestMissingCityDetailsAreSaid: a workbook whose city keys are not recognized, or whose City
// sheet lacks the name or the year, says so (issue 11: they were lost quietly), and the notice
// goes once the detail is known.
func TestMissingCityDetailsAreSaid(t *testing.T) {
	crit := func(b *fakeBook) {
		b.add("Criterios", []string{"ID", "Respuesta", "Evidencia"}, []string{"DM1", "Sí", "x"})
		b.add("Resultados", []string{"Indicador", "Línea base", "Valor actual", "Dirección"}, []string{"Fugas", "20000", "2000", "disminuir"})
	}
	cases := []struct {
		rows [][]string
		want string
	}{
		{[][]string{{"Municipalidad", "Maipú"}, {"Periodo", "2024"}}, "no_city_sheet"},
		{[][]string{{"Ciudad", "Maipú"}, {"País", "Chile"}}, "no_year"},
		{[][]string{{"País", "Chile"}, {"Año", "2024"}}, "no_city_name"},
		{[][]string{{"País", "Chile"}, {"Población", "578.605"}}, "no_city_name no_year"},
		{[][]string{{"Nombre de la ciudad", "Maipú"}, {"Año", "2024"}}, ""},
	}
	for _, tc := range cases {
		b := &fakeBook{}
		crit(b)
		b.add("Datos generales", tc.rows...)
		a, err := read(t, b)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(codes(a), " "); got != tc.want {
			t.Errorf("%v: notices %q, want %q", tc.rows, got, tc.want)
		}
		// A flag that gives the city and the year makes them untrue.
		a.City, a.Year = "Maipú", 2024
		for _, n := range a.Notices {
			if n.Holds(a) {
				t.Errorf("%v: %s holds with the city and year known", tc.rows, n.Code)
			}
		}
	}
}

// TestRandomWorkbooksNeverPanic: sheets made of random headers, keys and values, in random
// order and number, read to an assessment or an error with a message, never a panic.
func TestRandomWorkbooksNeverPanic(t *testing.T) {
	words := []string{"", "ID", "Respuesta", "Evidencia", "Indicador", "Línea base", "Valor actual", "Dirección",
		"Nombre", "Ciudad", "Año", "Población", "País", "DM1", "DM2", "XX9", "Sí.", "N/A", "en curso", "20.000",
		"20,000", "45658", "disminuir", "aumentar", "1.234,5", "abc", "Municipio", "Actual", "Unidad", "2024"}
	rng := rand.New(rand.NewSource(15))
	for i := 0; i < 1000; i++ {
		b := &fakeBook{}
		for s := rng.Intn(4) + 1; s > 0; s-- {
			var rows [][]string
			for r := rng.Intn(25); r > 0; r-- {
				row := make([]string, rng.Intn(6))
				for c := range row {
					row[c] = words[rng.Intn(len(words))]
				}
				rows = append(rows, row)
			}
			b.add(fmt.Sprintf("S%d", s), rows...)
		}
		a, err := read(t, b)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error with no message")
			}
			continue
		}
		for _, n := range a.Notices {
			if s := n.Localize(i18n.For("es")); s == "" || strings.Contains(s, "[notice.") || strings.Contains(s, "<no value>") {
				t.Fatalf("notice %q renders as %q", n.Code, s)
			}
		}
	}
}

// TestCityAboveTheCriteria: a one-sheet workbook with the city's details above the criteria
// table gives them; a City sheet elsewhere comes first.
func TestCityAboveTheCriteria(t *testing.T) {
	for _, v := range vocabs {
		b := &fakeBook{}
		b.add("Hoja1", []string{"Autoevaluación"}, []string{v.city, "Maipú"}, []string{v.year, "2024"}, []string{},
			[]string{v.id, v.answer, v.evidence}, []string{"DM1", v.yes, "x"})
		b.add("Indicadores", []string{v.metric, v.baseline, v.current, v.direction}, []string{"Fugas", "20000", "2000", v.decrease})
		a, err := read(t, b)
		if err != nil {
			t.Fatal(err)
		}
		if a.City != "Maipú" || a.Year != 2024 || len(a.Answers) != 1 || len(a.Notices) != 0 {
			t.Errorf("%s: city %q year %d, %d answers, notices %v", v.answer, a.City, a.Year, len(a.Answers), codes(a))
		}
		b.add("Datos", []string{v.city, "Santiago"}, []string{v.year, "2023"})
		if a, err = read(t, b); err != nil || a.City != "Santiago" || a.Year != 2023 {
			t.Errorf("%s: city sheet not first: %q %d %v", v.answer, a.City, a.Year, err)
		}
	}
}

// TestNoCriteriaMessageStaysShort: a workbook of many sheets with very wide first rows and no
// criteria table gets a message that shows a few sheets and a few cells of each, cut short
// without splitting a character, whatever the workbook holds.
func TestNoCriteriaMessageStaysShort(t *testing.T) {
	b := &fakeBook{}
	wide := make([]string, 16384)
	for j := range wide {
		wide[j] = strings.Repeat("ñ", 30+j%50) + fmt.Sprint(j)
	}
	for i := 0; i < 70; i++ {
		b.add(fmt.Sprintf("Hoja%d", i), wide)
	}
	_, err := Read("wide.xlsx", b, testLimits)
	if err == nil {
		t.Fatal("no error for a workbook without a criteria table")
	}
	text := err.Error()
	if len(text) > 4000 {
		t.Errorf("the message is %d bytes long", len(text))
	}
	if strings.Contains(text, "Hoja10") || !strings.Contains(text, "Hoja0") {
		t.Errorf("want the first sheets, at most %d: %s", maxSheetsSeen, text)
	}
	if !utf8.ValidString(text) {
		t.Errorf("a character was cut in two: %q", text)
	}
}
