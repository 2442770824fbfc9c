package table

import (
	"strings"
	"unicode"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"golang.org/x/text/unicode/norm"
)

// Role is what a column of a criteria or outcomes table holds.
type Role int

// The columns readers recognize. Other columns (practice, question text, guidance) are
// ignored.
const (
	ColNone Role = iota
	ColID
	ColAnswer
	ColEvidence
	ColNotes
	ColCity
	ColCountry
	ColYear
	ColPopulation
	ColMetric
	ColUnit
	ColDirection
	ColBaselineYear
	ColBaseline
	ColCurrentYear
	ColCurrent
)

// HeaderKey folds a header or key as FORMATS.md matches them: case, accents, spaces and
// punctuation ignored. "ID del criterio" and "id-del-criterio:" both give "iddelcriterio".
func HeaderKey(s string) string {
	// Headers are looked up for every cell of a sheet's first rows: decompose and drop the
	// accents directly rather than through a transform chain, which allocates its buffers on
	// every call.
	if !assessment.IsASCII(s) {
		s = norm.NFD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			b.WriteByte(byte(r))
		case r < 0x80 && r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func keys(role Role, names ...string) map[string]Role {
	m := make(map[string]Role, len(names))
	for _, n := range names {
		m[HeaderKey(n)] = role
	}
	return m
}

func merge(ms ...map[string]Role) map[string]Role {
	out := map[string]Role{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// cityNames are the keys of the City sheet, and also City/Country/Year columns in a CSV. A
// key that names the city in full ("Nombre de la ciudad") is a city key too.
var (
	cityNames       = []string{"City", "Ciudad", "Cidade", "Municipality", "Municipio", "Município", "Name", "Nombre", "Nome"}
	cityFullNames   = []string{"City name", "Name of the city", "Nombre de la ciudad", "Nombre del municipio", "Nome da cidade", "Nome do município"}
	countryNames    = []string{"Country", "País"}
	yearNames       = []string{"Year", "Año", "Ano"}
	populationNames = []string{"Population", "Población", "População"}
)

// idNames and answerNames are the names of the criteria table's ID and answer columns.
var (
	idNames     = []string{"ID", "Code", "Código", "Criterion ID", "ID del criterio", "ID do critério"}
	answerNames = []string{"Answer", "Met", "Status", "Respuesta", "Cumple", "Estado", "Resposta", "Atende", "Situação"}
)

var criteriaHeaders = merge(
	keys(ColID, idNames...),
	keys(ColAnswer, answerNames...),
	keys(ColEvidence, evidenceNames...),
	keys(ColNotes, "Notes", "Notas", "Comments", "Comentarios", "Observaciones", "Observações", "Comentários"),
)

// evidenceNames are the names of the criteria table's evidence column.
var evidenceNames = []string{"Evidence", "Evidencia", "Evidência", "Link"}

// csvHeaders are the criteria headers plus the city columns a CSV may carry.
var csvHeaders = merge(criteriaHeaders,
	keys(ColCity, "City", "Ciudad", "Cidade", "Municipality", "Municipio", "Município"),
	keys(ColCity, cityFullNames...),
	keys(ColCountry, countryNames...),
	keys(ColYear, yearNames...),
	keys(ColPopulation, populationNames...),
)

// outcomeNames are the names of each column of the outcomes table.
var outcomeNames = map[Role][]string{
	ColMetric:       {"Metric", "Indicator", "Métrica", "Indicador", "Nombre", "Nome"},
	ColBaseline:     {"Baseline", "Línea base", "Linea base", "Linha de base", "Valor base"},
	ColCurrent:      {"Current", "Latest", "Actual", "Atual", "Valor actual", "Valor atual"},
	ColDirection:    {"Direction", "Dirección", "Direção"},
	ColUnit:         {"Unit", "Unidad", "Unidade"},
	ColBaselineYear: {"Baseline year", "Año base", "Ano base"},
	ColCurrentYear:  {"Current year", "Año actual", "Ano atual"},
	ColEvidence:     {"Evidence", "Evidencia", "Evidência"},
}

// OutcomeRequired are the columns an outcomes table must have, in the order messages list them.
var OutcomeRequired = []Role{ColMetric, ColBaseline, ColCurrent, ColDirection}

var outcomeHeaders = func() map[string]Role {
	var ms []map[string]Role
	for role, names := range outcomeNames {
		ms = append(ms, keys(role, names...))
	}
	return merge(ms...)
}()

var cityKeys = merge(
	keys(ColCity, cityNames...),
	keys(ColCity, cityFullNames...),
	keys(ColCountry, countryNames...),
	keys(ColYear, yearNames...),
	keys(ColPopulation, populationNames...),
)

// CityKey says which detail a key of the City sheet names, or ColNone.
func CityKey(s string) Role {
	if len(s) > maxHeader {
		return ColNone
	}
	return cityKeys[HeaderKey(s)]
}

// maxHeader is longer, in bytes, than any header or key of the vocabularies: longer text
// (instructions, titles) is not folded to be looked up.
const maxHeader = 48

// CitySheetKeys is how many keys a sheet's column A must hold, within its first rows, for it
// to be the City sheet.
const CitySheetKeys = 2

// Columns maps each recognized role to the first column that holds it.
type Columns map[Role]int

func columns(cells []string, vocab map[string]Role) Columns {
	cols := Columns{}
	for i, c := range cells {
		if len(c) > maxHeader || c == "" {
			continue
		}
		if role, ok := vocab[HeaderKey(c)]; ok {
			if _, seen := cols[role]; !seen {
				cols[role] = i
			}
		}
	}
	return cols
}

// CriteriaHeader reads a row as the criteria table's header; ok when it has an ID column and
// an answer column.
func CriteriaHeader(cells []string) (Columns, bool) {
	cols := columns(cells, criteriaHeaders)
	_, id := cols[ColID]
	_, ans := cols[ColAnswer]
	return cols, id && ans
}

// CSVHeader is CriteriaHeader with the city columns a CSV may add.
func CSVHeader(cells []string) (Columns, bool) {
	cols := columns(cells, csvHeaders)
	_, id := cols[ColID]
	_, ans := cols[ColAnswer]
	return cols, id && ans
}

// OutcomesHeader reads a row as the outcomes table's header; ok when it has a metric, a
// baseline, a later value and a direction column.
func OutcomesHeader(cells []string) (Columns, bool) {
	cols := columns(cells, outcomeHeaders)
	return cols, len(cols.MissingOutcomes()) == 0
}

// OutcomesRow reads a row as OutcomesHeader and OutcomesLike do, at once.
func OutcomesRow(cells []string) (cols Columns, whole, like bool) {
	cols = columns(cells, outcomeHeaders)
	return cols, len(cols.MissingOutcomes()) == 0, cols.outcomesLike()
}

// OutcomesLike reports whether a row looks like an outcomes header without being a whole one:
// two of the required columns, one of them a baseline or a later value (a list of names and
// addresses, "Nombre | Dirección", is not a table of metrics).
func OutcomesLike(cells []string) (Columns, bool) {
	cols := columns(cells, outcomeHeaders)
	return cols, cols.outcomesLike()
}

func (cols Columns) outcomesLike() bool {
	n := 0
	for _, r := range OutcomeRequired {
		if cols.Has(r) {
			n++
		}
	}
	return n >= 2 && n < len(OutcomeRequired) && (cols.Has(ColBaseline) || cols.Has(ColCurrent))
}

// MissingOutcomes lists the required outcomes columns the table lacks.
func (c Columns) MissingOutcomes() []Role {
	var out []Role
	for _, r := range OutcomeRequired {
		if !c.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// MissingOutcomesText says, for a message, which required outcomes columns the table lacks
// and the names each may have.
func (c Columns) MissingOutcomesText() msg.Localizable {
	var parts joined
	for _, r := range c.MissingOutcomes() {
		parts = append(parts, msg.M{ID: "notice.missing_column", Args: msg.Args{
			"Column": msg.M{ID: "column." + roleNames[r]}, "Names": OutcomeColumnNames(r)}})
	}
	return parts
}

// roleNames name the required outcomes columns in catalog IDs ("column.baseline").
var roleNames = map[Role]string{ColMetric: "metric", ColBaseline: "baseline", ColCurrent: "current", ColDirection: "direction"}

// joined renders several messages as one text, separated by semicolons.
type joined []msg.Localizable

// Localize renders every part through c.
func (j joined) Localize(c msg.Localizer) string {
	out := make([]string, len(j))
	for i, p := range j {
		out[i] = p.Localize(c)
	}
	return strings.Join(out, "; ")
}

// OutcomeColumnNames lists, for messages, the names a column of the outcomes table may have:
// "Baseline, Línea base, Linea base, Linha de base, Valor base".
func OutcomeColumnNames(r Role) string { return strings.Join(outcomeNames[r], ", ") }

// EvidenceColumnNames lists, for messages, the names the criteria table's evidence column
// may have.
func EvidenceColumnNames() string { return strings.Join(evidenceNames, ", ") }

// Get returns the cell of the row in the role's column, "" when absent.
func (c Columns) Get(cells []string, role Role) string {
	i, ok := c[role]
	if !ok || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

// Has reports whether the table has a column for role.
func (c Columns) Has(role Role) bool {
	_, ok := c[role]
	return ok
}

// ExpectedCriteriaHeaders lists, for messages, the names an ID and an answer column may have.
func ExpectedCriteriaHeaders() string {
	return strings.Join(idNames, ", ") + " + " + strings.Join(answerNames, ", ")
}

// answerHeaderLang tells the language of a table from its answer column's name.
var answerHeaderLang = map[string]string{
	"answer": "en", "met": "en", "status": "en",
	"respuesta": "es", "cumple": "es", "estado": "es",
	"resposta": "pt", "atende": "pt", "situacao": "pt",
}

// outcomeHeaderLang tells the language of an outcomes table from its direction column.
var outcomeHeaderLang = map[string]string{"direction": "en", "direccion": "es", "direcao": "pt"}

// OutcomesLang guesses the language of an outcomes table from its direction column's header.
func (c Columns) OutcomesLang(header []string) string {
	return outcomeHeaderLang[HeaderKey(c.Get(header, ColDirection))]
}

// Lang guesses the language a table is written in from its answer column's header, "" when
// it cannot tell. Messages list the accepted answers in that language.
func (c Columns) Lang(header []string) string {
	return answerHeaderLang[HeaderKey(c.Get(header, ColAnswer))]
}
