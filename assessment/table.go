package assessment

import (
	"regexp"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// MaxProblems caps how many problems one file reports; past it, one line says how many more.
const MaxProblems = 50

// PlaceFunc names where a cell of the current row is, for messages: a sheet and cell, or a
// line.
type PlaceFunc func(col int) msg.M

// TableReader turns the rows of a criteria table and an outcomes table, from any reader,
// into an Assessment, collecting every problem with its place.
type TableReader struct {
	File string
	// Lang is the language the table is written in, when known: accepted answers are
	// listed in it.
	Lang     string
	A        *Assessment
	Problems msg.List
	more     int
	idCell   map[string]msg.M
}

// NewTableReader starts an assessment read from file.
func NewTableReader(file string) *TableReader {
	a := New()
	a.Source = file
	return &TableReader{File: file, A: a, idCell: map[string]msg.M{}}
}

// Problem records a problem at a place.
func (t *TableReader) Problem(place msg.M, id string, args msg.Args) {
	if len(t.Problems) >= MaxProblems {
		t.more++
		return
	}
	if args == nil {
		args = msg.Args{}
	}
	args["File"], args["Place"] = t.File, place
	t.Problems = append(t.Problems, msg.E(id, args))
}

// Err returns the problems found, or nil.
func (t *TableReader) Err() error {
	if len(t.Problems) == 0 {
		return nil
	}
	if t.more > 0 {
		return append(t.Problems, msg.E("table.more_problems", msg.Args{"File": t.File, "Count": t.more}))
	}
	return t.Problems
}

// looksLikeID is the shape of a criterion ID once normalized: letters then digits.
var looksLikeID = regexp.MustCompile(`^[A-Z]+[0-9]+$`)

// Criterion reads one row of the criteria table. Rows with an empty ID are skipped, and so
// are title rows: text in the ID column that is not shaped like an ID, with no answer.
func (t *TableReader) Criterion(cols Columns, cells []string, place PlaceFunc) {
	raw := cols.Get(cells, ColID)
	if raw == "" {
		return
	}
	id := questions.NormalizeID(raw)
	answer := cols.Get(cells, ColAnswer)
	if !looksLikeID.MatchString(id) && answer == "" {
		return
	}
	idPlace := place(cols[ColID])
	if id == "" {
		// Only separators ("." or "-"): nothing to store an answer under.
		t.Problem(idPlace, "table.empty_id", msg.Args{"ID": raw})
		return
	}
	if first, dup := t.idCell[id]; dup {
		t.Problem(idPlace, "table.duplicate_id", msg.Args{"ID": raw, "First": first})
		return
	}
	t.idCell[id] = idPlace
	v, ok := ParseValue(answer)
	if !ok {
		var accepted msg.Localizable = msg.M{ID: "answers.accepted"}
		if t.Lang != "" {
			accepted = fixed(msg.For(t.Lang).T("answers.accepted"))
		}
		t.Problem(place(cols[ColAnswer]), "table.bad_answer", msg.Args{"ID": raw, "Value": answer, "Accepted": accepted})
		return
	}
	t.A.Answers[id] = Answer{Value: v, Evidence: cols.Get(cells, ColEvidence), Notes: cols.Get(cells, ColNotes)}
	t.A.Places[id] = idPlace
}

// Outcome reads one row of the outcomes table; rows without a metric name and values are
// skipped.
func (t *TableReader) Outcome(cols Columns, cells []string, place PlaceFunc) {
	name := cols.Get(cells, ColMetric)
	empty := name == ""
	for _, r := range []Role{ColBaseline, ColCurrent, ColDirection} {
		if cols.Get(cells, r) != "" {
			empty = false
		}
	}
	if empty {
		return
	}
	m := Metric{Name: name, Unit: cols.Get(cells, ColUnit), Evidence: cols.Get(cells, ColEvidence)}
	if name == "" {
		t.Problem(place(cols[ColMetric]), "table.metric_no_name", nil)
	}
	if d, ok := ParseDirection(cols.Get(cells, ColDirection)); ok {
		m.Direction = d
	} else {
		t.Problem(place(cols[ColDirection]), "table.bad_direction", msg.Args{"Metric": name, "Value": cols.Get(cells, ColDirection)})
	}
	for _, y := range []struct {
		role Role
		dst  *int
	}{{ColBaselineYear, &m.BaselineYear}, {ColCurrentYear, &m.CurrentYear}} {
		if s := cols.Get(cells, y.role); s != "" {
			if v, ok := ParseYear(s); ok {
				*y.dst = v
			} else {
				t.Problem(place(cols[y.role]), "table.bad_year", msg.Args{"Value": s})
			}
		}
	}
	for _, v := range []struct {
		role Role
		dst  **float64
	}{{ColBaseline, &m.Baseline}, {ColCurrent, &m.Current}} {
		if s := cols.Get(cells, v.role); s != "" {
			if f, ok := ParseNumberIn(s, t.Lang); ok {
				*v.dst = &f
			} else {
				t.Problem(place(cols[v.role]), "table.bad_number", msg.Args{"Metric": name, "Value": s})
			}
		}
	}
	t.A.Outcomes = append(t.A.Outcomes, m)
}

// CityDetail records a city detail (from a City sheet row or a CSV column). A CSV repeats it
// on every row; a different value on a later row is a problem naming both.
func (t *TableReader) CityDetail(role Role, value string, place msg.M) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	a := t.A
	switch role {
	case ColCity:
		t.setText(&a.City, value, place, "field.city")
	case ColCountry:
		t.setText(&a.Country, value, place, "field.country")
	case ColYear:
		y, ok := ParseYear(value)
		if !ok {
			t.Problem(place, "table.bad_year", msg.Args{"Value": value})
			return
		}
		if a.Year != 0 && a.Year != y {
			t.Problem(place, "table.detail_differs", msg.Args{"Field": msg.M{ID: "field.year"}, "Value": value, "First": a.Year})
			return
		}
		a.Year = y
	case ColPopulation:
		p, ok := ParseNumber(value)
		if !ok || p < 0 || p != float64(int(p)) {
			t.Problem(place, "table.bad_population", msg.Args{"Value": value})
			return
		}
		a.Population = int(p)
	}
}

func (t *TableReader) setText(dst *string, value string, place msg.M, field string) {
	if *dst != "" && *dst != value {
		t.Problem(place, "table.detail_differs", msg.Args{"Field": msg.M{ID: field}, "Value": value, "First": *dst})
		return
	}
	*dst = value
}

// fixed is text already rendered, in the table's own language.
type fixed string

// Localize returns the text as it is.
func (f fixed) Localize(*msg.Catalog) string { return string(f) }
