package answers

import (
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"go.yaml.in/yaml/v3"
)

// The keys of each mapping in a wwc-answers/1 file, in the order FORMATS.md and Write give them.
var (
	fileKeys   = []string{"format", "rubric", "lang", "city", "country", "year", "population", "answers", "outcomes"}
	rubricKeys = []string{"id", "version"}
	answerKeys = []string{"answer", "evidence", "notes", "checklist"}
	metricKeys = []string{"name", "unit", "direction", "baseline_year", "baseline", "current_year", "current", "evidence"}
)

// accepted lists the answer words, and the others what goes where, for messages; made once,
// not for each problem.
var (
	accepted    = msg.M{ID: "answers.accepted"}
	kindWord    = msg.M{ID: "answers.kind_word", Args: msg.Args{"Accepted": accepted}}
	kindAnswer  = msg.M{ID: "answers.kind_answer", Args: msg.Args{"Accepted": accepted}}
	kindItems   = msg.M{ID: "answers.kind_items"}
	kindMetrics = msg.M{ID: "answers.kind_metrics"}
	kindRubric  = kindKeys(rubricKeys)
	kindAnswers = kindKeys([]string{"DM1", "DM2", "…"})
	kindMetric  = kindKeys(metricKeys)
)

// document reads the whole file: a mapping of the keys above, or nothing at all (a file of
// comments), which lacks only its format.
func (d *decoder) document(root *yaml.Node) *assessment.Assessment {
	a := assessment.New()
	a.Source = d.name
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind == 0 || isNull(n) {
		n = &yaml.Node{Kind: yaml.MappingNode, Line: 1}
	}
	if n.Kind != yaml.MappingNode {
		if d.room() {
			d.problem(n.Line, "answers.not_mapping", msg.Args{"Got": kindOf(n)})
		}
		return a
	}
	if !hasKey(n, "format") {
		if d.room() {
			d.problem(1, "answers.bad_format", msg.Args{"Got": "", "Want": Format})
		}
	}
	d.entries(n, fileKeys, func(key string, _, v *yaml.Node) {
		switch key {
		case "format":
			if f := d.scalar(key, v, kindText); v.Kind == yaml.ScalarNode && strings.TrimSpace(f.Value) != Format {
				if d.room() {
					d.problem(v.Line, "answers.bad_format", msg.Args{"Got": f.Value, "Want": Format})
				}
			}
		case "rubric":
			d.rubric(v, &a.Rubric)
		case "lang":
			a.Lang = strings.TrimSpace(d.text(key, v))
		case "city":
			a.City = strings.TrimSpace(d.text(key, v))
		case "country":
			a.Country = strings.TrimSpace(d.text(key, v))
		case "year":
			if s := d.scalar(key, v, kindNumber); s.Set {
				if y, ok := assessment.ParseYear(s.Value); ok {
					a.Year = y
				} else {
					if d.room() {
						d.problem(s.Line, "answers.bad_year", msg.Args{"Value": s.Value})
					}
				}
			}
		case "population":
			if s := d.scalar(key, v, kindNumber); s.Set {
				if p, ok := assessment.ParseWhole(s.Value); ok {
					a.Population = p
				} else {
					if d.room() {
						d.problem(s.Line, "answers.bad_population", msg.Args{"Value": s.Value})
					}
				}
			}
		case "answers":
			d.answers(v, a)
		case "outcomes":
			d.outcomes(v, a)
		}
	})
	return a
}

// hasKey tells whether mapping n has key.
func hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
			return true
		}
	}
	return false
}

// rubric reads the rubric's id and version.
func (d *decoder) rubric(v *yaml.Node, ref *assessment.RubricRef) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.MappingNode {
		d.wrongKind("rubric", v, kindRubric)
		return
	}
	d.entries(v, rubricKeys, func(key string, _, v *yaml.Node) {
		if key == "id" {
			ref.ID = d.text(key, v)
		} else {
			ref.Version = d.text(key, v)
		}
	})
}

// answers reads the answers, keyed by criterion ID as people write it: two keys that mean the
// same criterion (DM1, dm-1) are one answer given twice.
func (d *decoder) answers(v *yaml.Node, a *assessment.Assessment) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.MappingNode {
		d.wrongKind("answers", v, kindAnswers)
		return
	}
	first := make(map[string]int, len(v.Content)/2)
	d.entries(v, nil, func(key string, k, v *yaml.Node) {
		if isNull(k) {
			key = "" // ~: yes names no criterion, as a YAML decoder reads it
		}
		id := questions.NormalizeID(key)
		if id == "" {
			if d.room() {
				d.problem(k.Line, "answers.empty_id", msg.Args{"ID": key})
			}
			return
		}
		if line, dup := first[id]; dup {
			if d.room() {
				d.problem(k.Line, "answers.duplicate_id", msg.Args{"ID": key, "First": line})
			}
			return
		}
		first[id] = k.Line
		ans := d.answer(key, v)
		if d.problems.Len() == 0 { // else the file is refused: keep nothing for it
			a.Answers[id] = ans
			a.Places[id] = msg.M{ID: "place.line", Args: msg.Args{"Line": k.Line}}
		}
	})
}

// answer reads one criterion's answer: the answer alone (DM1: yes) or a mapping with answer,
// evidence, notes and checklist.
func (d *decoder) answer(id string, v *yaml.Node) assessment.Answer {
	var ans assessment.Answer
	var word scalar
	switch v.Kind {
	case yaml.ScalarNode:
		word = d.scalar(id, v, accepted)
	case yaml.MappingNode:
		d.entries(v, answerKeys, func(key string, _, v *yaml.Node) {
			switch key {
			case "answer":
				word = d.scalar(key, v, kindWord)
			case "evidence":
				ans.Evidence = strings.TrimSpace(d.text(key, v))
			case "notes":
				ans.Notes = strings.TrimSpace(d.text(key, v))
			case "checklist":
				ans.Checklist = d.checklist(id, v)
			}
		})
	default:
		d.wrongKind(id, v, kindAnswer)
		return ans
	}
	value, ok := assessment.ParseValue(word.Value)
	if !ok {
		if d.room() {
			d.problem(word.Line, "answers.bad_answer", msg.Args{"ID": id, "Value": word.Value, "Accepted": accepted})
		}
	}
	ans.Value = value
	return ans
}

// checklist reads the answers to a criterion's checklist items, keyed by item ID.
func (d *decoder) checklist(id string, v *yaml.Node) map[string]assessment.Value {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		d.wrongKind("checklist", v, kindItems)
		return nil
	}
	var items map[string]assessment.Value
	first := map[string]int{}
	d.entries(v, nil, func(item string, k, v *yaml.Node) {
		if isNull(k) {
			item = ""
		}
		key := questions.NormalizeID(item)
		if line, dup := first[key]; dup {
			if d.room() {
				d.problem(k.Line, "answers.duplicate_item", msg.Args{"ID": id, "Item": item, "First": line})
			}
			return
		}
		first[key] = k.Line
		s := d.scalar(item, v, kindWord)
		if v.Kind != yaml.ScalarNode {
			return
		}
		value, ok := assessment.ParseValue(s.Value)
		if !ok {
			if d.room() {
				d.problem(s.Line, "answers.bad_item", msg.Args{"ID": id, "Item": item, "Value": s.Value, "Accepted": accepted})
			}
			return
		}
		if items == nil {
			items = map[string]assessment.Value{}
		}
		items[key] = value
	})
	return items
}

// outcomes reads the list of outcome metrics.
func (d *decoder) outcomes(v *yaml.Node, a *assessment.Assessment) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.SequenceNode {
		d.wrongKind("outcomes", v, kindMetrics)
		return
	}
	for i, n := range v.Content {
		a.Outcomes = append(a.Outcomes, d.metric(i+1, n))
	}
}

// metricDoc is one outcome metric as written, before its values are read.
type metricDoc struct {
	name, unit, evidence                                    string
	direction, baselineYear, baseline, currentYear, current scalar
}

// metric reads the i-th outcome metric (from 1).
func (d *decoder) metric(i int, n *yaml.Node) assessment.Metric {
	var md metricDoc
	switch {
	case isNull(n):
	case n.Kind == yaml.MappingNode:
		d.entries(n, metricKeys, func(key string, _, v *yaml.Node) {
			switch key {
			case "name":
				md.name = d.text(key, v)
			case "unit":
				md.unit = d.text(key, v)
			case "evidence":
				md.evidence = d.text(key, v)
			case "direction":
				md.direction = d.scalar(key, v, kindText)
			case "baseline_year":
				md.baselineYear = d.scalar(key, v, kindNumber)
			case "baseline":
				md.baseline = d.scalar(key, v, kindNumber)
			case "current_year":
				md.currentYear = d.scalar(key, v, kindNumber)
			case "current":
				md.current = d.scalar(key, v, kindNumber)
			}
		})
	default:
		if d.room() {
			d.problem(n.Line, "answers.wrong_kind", msg.Args{"Key": msg.M{ID: "answers.key_metric", Args: msg.Args{"N": i}}, "Got": kindOf(n), "Expected": kindMetric})
		}
		return assessment.Metric{}
	}
	return d.metricValues(n.Line, md)
}

// metricValues reads a metric's direction, years and numbers, reporting each that is not
// understood.
func (d *decoder) metricValues(line int, md metricDoc) assessment.Metric {
	m := assessment.Metric{Name: strings.TrimSpace(md.name), Unit: strings.TrimSpace(md.unit), Evidence: strings.TrimSpace(md.evidence)}
	if m.Name == "" {
		if d.room() {
			d.problem(line, "answers.metric_no_name", msg.Args{})
		}
	}
	dir, ok := assessment.ParseDirection(md.direction.Value)
	if !ok {
		if d.room() {
			d.problem(md.direction.Line, "answers.bad_direction", msg.Args{"Metric": m.Name, "Value": md.direction.Value})
		}
	}
	m.Direction = dir
	for _, y := range []struct {
		s   scalar
		dst *int
	}{{md.baselineYear, &m.BaselineYear}, {md.currentYear, &m.CurrentYear}} {
		if !y.s.Set {
			continue
		}
		if v, ok := assessment.ParseYear(y.s.Value); ok {
			*y.dst = v
		} else {
			if d.room() {
				d.problem(y.s.Line, "answers.bad_year", msg.Args{"Value": y.s.Value})
			}
		}
	}
	for _, v := range []struct {
		s   scalar
		dst **float64
	}{{md.baseline, &m.Baseline}, {md.current, &m.Current}} {
		if !v.s.Set || strings.TrimSpace(v.s.Value) == "" {
			continue
		}
		if f, ok := assessment.ParseNumber(v.s.Value); ok {
			*v.dst = &f
		} else {
			if d.room() {
				d.problem(v.s.Line, "answers.bad_number", msg.Args{"Metric": m.Name, "Value": v.s.Value})
			}
		}
	}
	return m
}
