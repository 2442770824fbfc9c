package table

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// PlaceFunc names where a cell of the current row is, for messages: a sheet and cell, or a
// line.
type PlaceFunc func(col int) msg.M

// Reader turns the rows of a criteria table and an outcomes table, from any reader,
// into an assessment.Assessment, collecting every problem with its place.
type Reader struct {
	File string
	// Lang is the language the table is written in, when known: accepted answers are
	// listed in it.
	Lang     string
	A        *assessment.Assessment
	problems assessment.Problems
	idCell   map[string]msg.M
}

// NewReader starts an assessment read from file.
func NewReader(file string) *Reader {
	a := assessment.New()
	a.Source = file
	return &Reader{File: file, A: a, problems: assessment.Problems{File: file}, idCell: map[string]msg.M{}}
}

// Problem records a problem at a place.
func (t *Reader) Problem(place msg.M, id string, args msg.Args) {
	if !t.problems.Room() {
		return
	}
	if args == nil {
		args = msg.Args{}
	}
	args["File"], args["Place"] = t.File, place
	t.problems.Add(msg.E(id, args))
}

// Err returns the problems found, or nil.
func (t *Reader) Err() error { return t.problems.Err() }

// looksLikeID is the shape of a criterion ID once normalized: letters then digits.
var looksLikeID = regexp.MustCompile(`^[A-Z]+[0-9]+$`)

// Criterion reads one row of the criteria table. Rows with an empty ID are skipped, and so
// are title rows: text in the ID column that is not shaped like an ID, with no answer.
func (t *Reader) Criterion(cols Columns, cells []string, place PlaceFunc) {
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
	v, ok := assessment.ParseValue(answer)
	if !ok {
		t.badAnswer(place(cols[ColAnswer]), raw, answer)
		return
	}
	t.A.Answers[id] = assessment.Answer{Value: v, Evidence: cols.Get(cells, ColEvidence), Notes: cols.Get(cells, ColNotes)}
	t.A.Places[id] = idPlace
}

// badAnswer reports an answer that is not understood, listing the accepted answers in the
// table's language; "N/A" and its kin get the advice to answer No.
func (t *Reader) badAnswer(at msg.M, id, answer string) {
	if assessment.NotApplicable(answer) {
		t.Problem(at, "table.not_applicable", msg.Args{"ID": id, "Value": answer, "No": t.inTableLang("answers.no_word")})
		return
	}
	t.Problem(at, "table.bad_answer", msg.Args{"ID": id, "Value": answer, "Accepted": t.inTableLang("answers.accepted")})
}

// inTableLang is a message in the table's language when it is known, so that the words a
// message asks for are the ones the table uses; otherwise in the user's.
func (t *Reader) inTableLang(id string) msg.Localizable {
	if t.Lang != "" {
		return fixed(i18n.For(t.Lang).T(id))
	}
	return msg.M{ID: id}
}

// Outcome reads one row of the outcomes table; rows without a metric name and values are
// skipped. Every cell is taken as text.
func (t *Reader) Outcome(cols Columns, cells []string, place PlaceFunc) {
	t.OutcomeTyped(cols, cells, nil, place)
}

// OutcomeTyped is Outcome for a row whose number cells are known: numbers holds the columns
// whose cell is a number cell, whose text is the raw value ("1.234" is one point two three
// four, whatever the table's language).
func (t *Reader) OutcomeTyped(cols Columns, cells []string, numbers map[int]bool, place PlaceFunc) {
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
	m := assessment.Metric{Name: name, Unit: cols.Get(cells, ColUnit), Evidence: cols.Get(cells, ColEvidence)}
	if name == "" {
		t.Problem(place(cols[ColMetric]), "table.metric_no_name", nil)
	}
	if d, ok := assessment.ParseDirection(cols.Get(cells, ColDirection)); ok {
		m.Direction = d
	} else {
		t.Problem(place(cols[ColDirection]), "table.bad_direction", msg.Args{"Metric": name, "Value": cols.Get(cells, ColDirection)})
	}
	for _, y := range []struct {
		role Role
		dst  *int
	}{{ColBaselineYear, &m.BaselineYear}, {ColCurrentYear, &m.CurrentYear}} {
		if s := cols.Get(cells, y.role); s != "" {
			if v, ok := assessment.ParseYear(s); ok {
				*y.dst = v
			} else {
				t.badYear(place(cols[y.role]), s)
			}
		}
	}
	for _, v := range []struct {
		role Role
		dst  **float64
	}{{ColBaseline, &m.Baseline}, {ColCurrent, &m.Current}} {
		s := cols.Get(cells, v.role)
		if s == "" {
			continue
		}
		if numbers[cols[v.role]] {
			if f, err := strconv.ParseFloat(s, 64); err == nil && f == f {
				*v.dst = &f
				continue
			}
		}
		f, amb, ok := assessment.ReadNumberIn(s, t.Lang)
		if !ok {
			t.Problem(place(cols[v.role]), "table.bad_number", msg.Args{"Metric": name, "Value": s})
			continue
		}
		*v.dst = &f
		if amb != nil {
			t.ambiguous(place(cols[v.role]), s, f, amb)
		}
	}
	t.A.Outcomes = append(t.A.Outcomes, m)
}

// CityDetail records a city detail (from a City sheet row or a CSV column). A CSV repeats it
// on every row; a different value on a later row is a problem naming both.
func (t *Reader) CityDetail(role Role, value string, place msg.M) {
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
		y, ok := assessment.ParseYear(value)
		if !ok {
			t.badYear(place, value)
			return
		}
		if a.Year != 0 && a.Year != y {
			t.Problem(place, "table.detail_differs", msg.Args{"Field": msg.M{ID: "field.year"}, "Value": value, "First": a.Year})
			return
		}
		a.Year = y
	case ColPopulation:
		p, ok := assessment.ParseWhole(value)
		if !ok {
			t.Problem(place, "table.bad_population", msg.Args{"Value": value})
			return
		}
		a.Population = p
	}
}

func (t *Reader) setText(dst *string, value string, place msg.M, field string) {
	if *dst != "" && *dst != value {
		t.Problem(place, "table.detail_differs", msg.Args{"Field": msg.M{ID: field}, "Value": value, "First": *dst})
		return
	}
	*dst = value
}

// badYear reports a year that is not one; a number that looks like a date serial (a year
// typed into a cell formatted as a date) is said to be one.
func (t *Reader) badYear(at msg.M, value string) {
	y, m, d, ok := assessment.DateSerial(value)
	if !ok {
		y, m, d, ok = assessment.DateText(value)
	}
	if ok {
		t.Problem(at, "table.year_is_date", msg.Args{"Value": value, "Date": date{y, m, d}, "Year": y})
		return
	}
	t.Problem(at, "table.bad_year", msg.Args{"Value": value})
}

// ambiguous records that a number's value depends on the decimal convention.
func (t *Reader) ambiguous(at msg.M, text string, read float64, amb *assessment.Ambiguity) {
	code := assessment.NoticeNumberDecimal
	if amb.Thousands {
		code = assessment.NoticeNumberThousands
	}
	var lang msg.Localizable = msg.M{ID: "notice.lang_unknown"}
	if t.Lang != "" {
		lang = msg.M{ID: "notice.lang_" + t.Lang}
	}
	t.A.Notify(assessment.Notice{Code: code, Place: at, Args: msg.Args{
		"Value": text, "Mark": amb.Mark, "Read": i18n.For(t.Lang).Plain(read), "Other": i18n.For(t.Lang).Plain(amb.Other), "Lang": lang,
	}})
}

// date is a day rendered the catalog's way.
type date struct{ y, m, d int }

// Localize writes the date in the catalog's language.
func (d date) Localize(c msg.Localizer) string { return c.Date(d.y, d.m, d.d) }

// fixed is text already rendered, in the table's own language.
type fixed string

// Localize returns the text as it is.
func (f fixed) Localize(msg.Localizer) string { return string(f) }
