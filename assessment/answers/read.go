package answers

import (
	"bytes"
	"errors"
	"sort"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/yamlerr"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"go.yaml.in/yaml/v3"
)

// Format is the format tag of the answers file.
const Format = "wwc-answers/1"

// MaxFileSize caps how much of an answers file is read. A full one is about 30 KiB,
// and long notes on every criterion stay well under the cap; parsing YAML costs some forty
// times a file's size in memory, so the cap is what bounds a hostile file's cost.
const MaxFileSize = 1 << 20

// fileDoc is the answers file as written on disk.
type fileDoc struct {
	Format     string                `yaml:"format"`
	Rubric     *assessment.RubricRef `yaml:"rubric"`
	Lang       string                `yaml:"lang"`
	City       string                `yaml:"city"`
	Country    string                `yaml:"country"`
	Year       scalar                `yaml:"year"`
	Population scalar                `yaml:"population"`
	Answers    map[string]answerDoc  `yaml:"answers"`
	Outcomes   []metricDoc           `yaml:"outcomes"`
}

type answerDoc struct {
	Answer    scalar            `yaml:"answer"`
	Evidence  string            `yaml:"evidence"`
	Notes     string            `yaml:"notes"`
	Checklist map[string]scalar `yaml:"checklist"`
	line      int
	key       string
}

type metricDoc struct {
	Name         string `yaml:"name"`
	Unit         string `yaml:"unit"`
	Direction    scalar `yaml:"direction"`
	BaselineYear scalar `yaml:"baseline_year"`
	Baseline     scalar `yaml:"baseline"`
	CurrentYear  scalar `yaml:"current_year"`
	Current      scalar `yaml:"current"`
	Evidence     string `yaml:"evidence"`
	line         int
}

// scalar keeps a value's text and line so that it can be parsed liberally later and every
// problem reported with its place.
type scalar struct {
	Value string
	Line  int
	Set   bool
}

// UnmarshalYAML records the scalar's text and line; a mapping or list is a type error.
func (s *scalar) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &yaml.TypeError{Errors: []string{"line " + strconv.Itoa(n.Line) + ": cannot unmarshal !!" + kindName(n) + " `" + "…" + "` into string"}}
	}
	s.Line = n.Line
	if n.Tag == "!!null" {
		return nil
	}
	s.Value, s.Set = n.Value, true
	return nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "map"
	case yaml.SequenceNode:
		return "seq"
	}
	return "str"
}

var answerKeys = map[string]bool{"answer": true, "evidence": true, "notes": true, "checklist": true}

// UnmarshalYAML accepts either a bare answer ("DM1: yes") or a mapping with answer, evidence,
// notes and checklist. Keys are checked here because yaml does not carry strictness into
// custom unmarshalers.
func (a *answerDoc) UnmarshalYAML(n *yaml.Node) error {
	a.line = n.Line
	if n.Kind == yaml.ScalarNode {
		return a.Answer.UnmarshalYAML(n)
	}
	if n.Kind != yaml.MappingNode {
		return &yaml.TypeError{Errors: []string{"line " + strconv.Itoa(n.Line) + ": cannot unmarshal !!seq `…` into answer"}}
	}
	var unknown []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; !answerKeys[k.Value] {
			unknown = append(unknown, "line "+strconv.Itoa(k.Line)+": field "+k.Value+" not found in type answer")
		}
	}
	if len(unknown) > 0 {
		return &yaml.TypeError{Errors: unknown}
	}
	type plain answerDoc
	return n.Decode((*plain)(a))
}

var metricKeys = map[string]bool{"name": true, "unit": true, "direction": true, "baseline_year": true,
	"baseline": true, "current_year": true, "current": true, "evidence": true}

// UnmarshalYAML decodes a metric, checking its keys.
func (m *metricDoc) UnmarshalYAML(n *yaml.Node) error {
	m.line = n.Line
	if n.Kind != yaml.MappingNode {
		return &yaml.TypeError{Errors: []string{"line " + strconv.Itoa(n.Line) + ": cannot unmarshal !!" + kindName(n) + " `…` into metric"}}
	}
	var unknown []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; !metricKeys[k.Value] {
			unknown = append(unknown, "line "+strconv.Itoa(k.Line)+": field "+k.Value+" not found in type metric")
		}
	}
	if len(unknown) > 0 {
		return &yaml.TypeError{Errors: unknown}
	}
	type plain metricDoc
	return n.Decode((*plain)(m))
}

// Read reads an answers file (YAML or JSON; JSON is read as YAML, which it is).
func Read(path string) (*assessment.Assessment, error) {
	data, err := fileio.ReadLimited(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse decodes an answers file. Every problem is reported at once, each with its line
// and what would be accepted. name is used in messages.
func Parse(data []byte, name string) (*assessment.Assessment, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, msg.E("answers.empty", msg.Args{"File": name})
	}
	if err := refuseAliases(data, name); err != nil {
		return nil, err
	}
	var doc fileDoc
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return nil, translateDecodeError(err, name)
	}
	var problems msg.List
	more := 0
	problem := func(line int, id string, args msg.Args) {
		if len(problems) >= assessment.MaxProblems {
			more++
			return
		}
		args["File"], args["Line"] = name, line
		problems = append(problems, msg.E(id, args))
	}
	if strings.TrimSpace(doc.Format) != Format {
		problem(1, "answers.bad_format", msg.Args{"Got": doc.Format, "Want": Format})
	}
	a := assessment.New()
	a.Source = name
	if doc.Rubric != nil {
		a.Rubric = *doc.Rubric
	}
	a.Lang = strings.TrimSpace(doc.Lang)
	a.City, a.Country = strings.TrimSpace(doc.City), strings.TrimSpace(doc.Country)
	if doc.Year.Set {
		if y, ok := assessment.ParseYear(doc.Year.Value); ok {
			a.Year = y
		} else {
			problem(doc.Year.Line, "answers.bad_year", msg.Args{"Value": doc.Year.Value})
		}
	}
	if doc.Population.Set {
		if p, ok := assessment.ParseNumber(doc.Population.Value); ok && p >= 0 && p == float64(int(p)) {
			a.Population = int(p)
		} else {
			problem(doc.Population.Line, "answers.bad_population", msg.Args{"Value": doc.Population.Value})
		}
	}
	answers := make([]answerDoc, 0, len(doc.Answers))
	for key, ad := range doc.Answers {
		ad.key = key
		answers = append(answers, ad)
	}
	sort.Slice(answers, func(i, j int) bool { return answers[i].line < answers[j].line })
	firstLine := map[string]int{}
	for _, ad := range answers {
		id := questions.NormalizeID(ad.key)
		if id == "" {
			problem(ad.line, "answers.empty_id", msg.Args{"ID": ad.key})
			continue
		}
		if first, dup := firstLine[id]; dup {
			problem(ad.line, "answers.duplicate_id", msg.Args{"ID": ad.key, "First": first})
			continue
		}
		firstLine[id] = ad.line
		v, ok := assessment.ParseValue(ad.Answer.Value)
		if !ok {
			problem(ad.Answer.Line, "answers.bad_answer", msg.Args{"ID": ad.key, "Value": ad.Answer.Value, "Accepted": msg.M{ID: "answers.accepted"}})
		}
		ans := assessment.Answer{Value: v, Evidence: strings.TrimSpace(ad.Evidence), Notes: strings.TrimSpace(ad.Notes)}
		for item, s := range ad.Checklist {
			iv, ok := assessment.ParseValue(s.Value)
			if !ok {
				problem(s.Line, "answers.bad_item", msg.Args{"ID": ad.key, "Item": item, "Value": s.Value, "Accepted": msg.M{ID: "answers.accepted"}})
				continue
			}
			if ans.Checklist == nil {
				ans.Checklist = map[string]assessment.Value{}
			}
			ans.Checklist[questions.NormalizeID(item)] = iv
		}
		a.Answers[id] = ans
		a.Places[id] = msg.M{ID: "place.line", Args: msg.Args{"Line": ad.line}}
	}
	for _, md := range doc.Outcomes {
		a.Outcomes = append(a.Outcomes, parseMetric(md, problem))
	}
	if more > 0 {
		problems = append(problems, msg.E("table.more_problems", msg.Args{"File": name, "Count": more}))
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return a, nil
}

func parseMetric(md metricDoc, problem func(int, string, msg.Args)) assessment.Metric {
	m := assessment.Metric{Name: strings.TrimSpace(md.Name), Unit: strings.TrimSpace(md.Unit), Evidence: strings.TrimSpace(md.Evidence)}
	if m.Name == "" {
		problem(md.line, "answers.metric_no_name", msg.Args{})
	}
	d, ok := assessment.ParseDirection(md.Direction.Value)
	if !ok {
		problem(md.Direction.Line, "answers.bad_direction", msg.Args{"Metric": m.Name, "Value": md.Direction.Value})
	}
	m.Direction = d
	for _, y := range []struct {
		s   scalar
		dst *int
	}{{md.BaselineYear, &m.BaselineYear}, {md.CurrentYear, &m.CurrentYear}} {
		if !y.s.Set {
			continue
		}
		if v, ok := assessment.ParseYear(y.s.Value); ok {
			*y.dst = v
		} else {
			problem(y.s.Line, "answers.bad_year", msg.Args{"Value": y.s.Value})
		}
	}
	for _, v := range []struct {
		s   scalar
		dst **float64
	}{{md.Baseline, &m.Baseline}, {md.Current, &m.Current}} {
		if !v.s.Set || strings.TrimSpace(v.s.Value) == "" {
			continue
		}
		if f, ok := assessment.ParseNumber(v.s.Value); ok {
			*v.dst = &f
		} else {
			problem(v.s.Line, "answers.bad_number", msg.Args{"Metric": m.Name, "Value": v.s.Value})
		}
	}
	return m
}

func translateDecodeError(err error, name string) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		list := make(msg.List, 0, min(len(te.Errors), assessment.MaxProblems+1))
		for _, e := range te.Errors[:min(len(te.Errors), assessment.MaxProblems)] {
			list = append(list, yamlerr.TypeError(e, name))
		}
		if more := len(te.Errors) - assessment.MaxProblems; more > 0 {
			list = append(list, msg.E("table.more_problems", msg.Args{"File": name, "Count": more}))
		}
		return list
	}
	return yamlerr.TypeError(strings.TrimPrefix(err.Error(), "yaml: "), name)
}
