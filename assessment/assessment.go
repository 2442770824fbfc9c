// Package assessment holds a city's answers to the rubric and the ways they are read and
// written: the Assessment type, the liberal parsing of answers, directions and numbers that
// FORMATS.md asks for, and the answers file (wwc-answers/1, YAML or JSON).
//
// Spreadsheet readers live in subpackages so that this package, which scoring depends on,
// stays free of spreadsheet libraries; package load picks the reader for a file.
package assessment

import "github.com/citydatakit/wwc/internal/msg"

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
