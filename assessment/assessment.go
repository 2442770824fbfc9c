// Package assessment is the domain: a city's answers to the rubric (the Assessment type,
// answer words, directions and numbers read as FORMATS.md asks), an evaluator's decisions on
// them (Review), and the check of answers against the rubric. It does no I/O and knows no file
// format: the answers file is package answers, the table vocabulary package table, each
// spreadsheet format its own subpackage, and package load picks the reader for a file.
package assessment

import (
	"github.com/citydatakit/wwc/internal/msg"
)

// RubricRef names the rubric an assessment answers.
type RubricRef struct {
	ID      string `yaml:"id" json:"id"`
	Version string `yaml:"version" json:"version"`
}

// Assessment is one city's answers for one year.
type Assessment struct {
	Rubric     RubricRef
	City       string
	Country    string
	Year       int
	Population int
	// Lang is the language the answers were given in (en, es, pt), "" when not known: the
	// language to use for the file when nothing else chooses one.
	Lang string
	// Answers is keyed by normalized question ID.
	Answers  map[string]Answer
	Outcomes []Metric
	// Source is the file the assessment was read from, for messages.
	Source string
	// Places says where in Source each answer was read (a line, or a sheet and cell), keyed
	// like Answers, so that later checks can point at it.
	Places map[string]msg.M
	// Notices say how the reading may change the result (see Notice), in the order found.
	Notices []Notice
}

// Answer is a city's answer to one criterion.
type Answer struct {
	Value    Value
	Evidence string
	Notes    string
	// Checklist holds the answers to a checklist criterion's items, keyed by item ID.
	Checklist map[string]Value
}

// Metric is a resident-outcome metric with a baseline and a later value.
type Metric struct {
	Name         string
	Unit         string
	Direction    Direction
	BaselineYear int
	Baseline     *float64
	CurrentYear  int
	Current      *float64
	Evidence     string
}

// New returns an empty assessment ready to be filled.
func New() *Assessment {
	return &Assessment{Answers: map[string]Answer{}, Places: map[string]msg.M{}}
}

// Answer returns the answer to question id (normalized), the zero Answer when there is none.
func (a *Assessment) Answer(id string) Answer {
	return a.Answers[id]
}

// Set records an answer, creating the map if needed.
func (a *Assessment) Set(id string, ans Answer) {
	if a.Answers == nil {
		a.Answers = map[string]Answer{}
	}
	a.Answers[id] = ans
}

// Notice is something about how a file was read that changes, or may change, the result
// without being an error: no outcomes sheet, a column that is missing, a number whose value
// depends on the decimal convention. Readers record it as data; scoring carries it into the
// result untouched, and reports render it through the message catalog ("notice.<Code>").
type Notice struct {
	// Code is the stable token of the notice, also the tail of its message ID.
	Code string
	// Args are the message's arguments.
	Args msg.Args
	// Place is where in the file the notice applies (a sheet and cell, a line), when it does.
	Place msg.M
	// EvidenceOnly marks a notice that matters only when evidence is required for a
	// criterion to count (wwc score --require-evidence).
	EvidenceOnly bool
	// Unknown, when set, names the city details the notice is about ("city", "year" or
	// "city+year"): it holds only while the assessment lacks them, as a flag may give them.
	Unknown string
	// Text, when set, is the notice already rendered: a notice read back from a saved result.
	Text string
}

// The notice codes readers record.
const (
	NoticeNoOutcomesSheet  = "no_outcomes_sheet"
	NoticeOutcomesEmpty    = "outcomes_empty"
	NoticeNoOutcomesFile   = "no_outcomes_file"
	NoticeNoEvidenceColumn = "no_evidence_column"
	NoticeNumberDecimal    = "number_decimal"
	NoticeNumberThousands  = "number_thousands"
	NoticeNoCitySheet      = "no_city_sheet"
	NoticeNoCityName       = "no_city_name"
	NoticeNoYear           = "no_year"
	// NoticeMisleadingName: the file's name says one kind and its content another (an .xls
	// named .xlsx); it was read as what it is.
	NoticeMisleadingName = "misleading_name"
)

// Holds reports whether the notice still says something true of a: a notice about a missing
// city name or year goes once a flag has given it.
func (n Notice) Holds(a *Assessment) bool {
	switch n.Unknown {
	case "city":
		return a.City == ""
	case "year":
		return a.Year == 0
	case "city+year":
		return a.City == "" || a.Year == 0
	}
	return true
}

// NotifyMissingDetails records that the city's name or year was not found in the file, at
// place (a sheet), when they are missing.
func (a *Assessment) NotifyMissingDetails(place msg.M) {
	if a.City == "" {
		a.Notify(Notice{Code: NoticeNoCityName, Place: place, Unknown: "city"})
	}
	if a.Year == 0 {
		a.Notify(Notice{Code: NoticeNoYear, Place: place, Unknown: "year"})
	}
}

// noOutcomeCodes are the notices that say no metric was found; metrics added later (from a
// second file) make them untrue.
var noOutcomeCodes = map[string]bool{NoticeNoOutcomesSheet: true, NoticeOutcomesEmpty: true, NoticeNoOutcomesFile: true}

// NoticeID is the catalog message of a notice code.
func NoticeID(code string) string { return "notice." + code }

// Localize renders the notice through c: its place first, when it has one.
func (n Notice) Localize(c msg.Localizer) string {
	if n.Text != "" {
		return n.Text
	}
	args := msg.Args{}
	for k, v := range n.Args {
		args[k] = v
	}
	text := c.T(NoticeID(n.Code), args)
	if n.Place.ID != "" {
		text = n.Place.Localize(c) + ": " + text
	}
	return text
}

// Notify records a notice.
func (a *Assessment) Notify(n Notice) { a.Notices = append(a.Notices, n) }

// AddOutcomes adds the metrics read from another file (wwc score --outcomes): the notices
// that said no metric was given go, and a file that lists none gets its own.
func (a *Assessment) AddOutcomes(file string, ms []Metric) {
	a.Outcomes = append(a.Outcomes, ms...)
	kept := a.Notices[:0]
	for _, n := range a.Notices {
		if !noOutcomeCodes[n.Code] {
			kept = append(kept, n)
		}
	}
	a.Notices = kept
	if len(a.Outcomes) == 0 {
		a.Notify(Notice{Code: NoticeOutcomesEmpty, Place: msg.M{ID: "place.file", Args: msg.Args{"File": file}}})
	}
}
