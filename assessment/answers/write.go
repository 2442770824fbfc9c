package answers

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/fileio"
	"go.yaml.in/yaml/v3"
)

// Write writes a to path atomically, as JSON when path ends in .json and YAML
// otherwise. order lists question IDs in the order to write them (the rubric's); answers it
// does not list follow in sorted order.
func Write(path string, a *assessment.Assessment, order []string) error {
	var data []byte
	var err error
	if strings.EqualFold(filepath.Ext(path), ".json") {
		data, err = MarshalJSON(a, order)
	} else {
		data, err = MarshalYAML(a, order)
		if err == nil {
			data = keepHeader(path, data)
		}
	}
	if err != nil {
		return err
	}
	return atomicfile.Write(path, data, 0o644)
}

// keepHeader puts the comment lines a person wrote at the top of the YAML file being
// replaced (who filled it in, a note to a colleague) back under the editor line of its new
// text: the answers are wwc's to rewrite, the header is not. Comments further down are not
// kept; README says so.
func keepHeader(path string, data []byte) []byte {
	old, err := fileio.ReadLimited(path, MaxFileSize)
	if err != nil {
		return data
	}
	var header []string
	for _, line := range strings.SplitAfter(string(old), "\n") {
		trimmed := strings.TrimSpace(line)
		if !strings.HasPrefix(trimmed, "#") {
			break
		}
		if strings.HasPrefix(trimmed, "# yaml-language-server:") {
			continue
		}
		header = append(header, strings.TrimRight(line, "\r\n")+"\n")
	}
	if len(header) == 0 {
		return data
	}
	first, rest, _ := bytes.Cut(data, []byte("\n"))
	out := make([]byte, 0, len(data)+64*len(header))
	out = append(append(out, first...), '\n')
	for _, h := range header {
		out = append(out, h...)
	}
	return append(out, rest...)
}

// orderedIDs returns the answered IDs in the given order, then the rest sorted.
func orderedIDs(a *assessment.Assessment, order []string) []string {
	seen := map[string]bool{}
	var ids []string
	for _, id := range order {
		if _, ok := a.Answers[id]; ok && !seen[id] {
			ids = append(ids, id)
			seen[id] = true
		}
	}
	var rest []string
	for id := range a.Answers {
		if !seen[id] {
			rest = append(rest, id)
		}
	}
	sort.Strings(rest)
	return append(ids, rest...)
}

// SchemaURL is where the published JSON Schema of the answers file is (docs/schemas; a test
// there holds the two together).
const SchemaURL = "https://raw.githubusercontent.com/citydatakit/wwc/main/docs/schemas/wwc-answers-1.schema.json"

// EditorLine is the first line of every answers file wwc writes: it tells the YAML language
// server (VS Code's YAML extension and other editors) which schema the file follows, so that
// a file opened in an editor is checked as it is typed. Every YAML reader takes it as a
// comment.
const EditorLine = "# yaml-language-server: $schema=" + SchemaURL

// MarshalYAML renders the answers file as YAML, in a stable order meant for people to read
// and edit.
func MarshalYAML(a *assessment.Assessment, order []string) ([]byte, error) {
	root := mapping()
	add(root, "format", str(Format))
	if a.Rubric.ID != "" || a.Rubric.Version != "" {
		r := mapping()
		add(r, "id", str(a.Rubric.ID))
		add(r, "version", str(a.Rubric.Version))
		add(root, "rubric", r)
	}
	addStr(root, "lang", a.Lang)
	addStr(root, "city", a.City)
	addStr(root, "country", a.Country)
	if a.Year != 0 {
		add(root, "year", num(strconv.Itoa(a.Year)))
	}
	if a.Population != 0 {
		add(root, "population", num(strconv.Itoa(a.Population)))
	}
	answers := mapping()
	for _, id := range orderedIDs(a, order) {
		ans := a.Answers[id]
		m := mapping()
		m.Style = 0
		add(m, "answer", str(ans.Value.String()))
		addStr(m, "evidence", ans.Evidence)
		addStr(m, "notes", ans.Notes)
		if len(ans.Checklist) > 0 {
			items := mapping()
			keys := make([]string, 0, len(ans.Checklist))
			for k := range ans.Checklist {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				add(items, k, str(ans.Checklist[k].String()))
			}
			add(m, "checklist", items)
		}
		add(answers, id, m)
	}
	add(root, "answers", answers)
	if len(a.Outcomes) > 0 {
		list := &yaml.Node{Kind: yaml.SequenceNode}
		for _, o := range a.Outcomes {
			m := mapping()
			add(m, "name", str(o.Name))
			addStr(m, "unit", o.Unit)
			addStr(m, "direction", o.Direction.String())
			if o.BaselineYear != 0 {
				add(m, "baseline_year", num(strconv.Itoa(o.BaselineYear)))
			}
			if o.Baseline != nil {
				add(m, "baseline", num(formatFloat(*o.Baseline)))
			}
			if o.CurrentYear != 0 {
				add(m, "current_year", num(strconv.Itoa(o.CurrentYear)))
			}
			if o.Current != nil {
				add(m, "current", num(formatFloat(*o.Current)))
			}
			addStr(m, "evidence", o.Evidence)
			list.Content = append(list.Content, m)
		}
		add(root, "outcomes", list)
	}
	var buf bytes.Buffer
	buf.WriteString(EditorLine + "\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func num(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}

func addStr(m *yaml.Node, key, v string) {
	if v != "" {
		add(m, key, str(v))
	}
}

// jsonDoc mirrors the YAML file for JSON output, with the same keys.
type jsonDoc struct {
	Format     string                `json:"format"`
	Rubric     *assessment.RubricRef `json:"rubric,omitempty"`
	Lang       string                `json:"lang,omitempty"`
	City       string                `json:"city,omitempty"`
	Country    string                `json:"country,omitempty"`
	Year       int                   `json:"year,omitempty"`
	Population int                   `json:"population,omitempty"`
	Answers    orderedAnswers        `json:"answers"`
	Outcomes   []jsonMetric          `json:"outcomes,omitempty"`
}

type jsonAnswer struct {
	Answer    string            `json:"answer"`
	Evidence  string            `json:"evidence,omitempty"`
	Notes     string            `json:"notes,omitempty"`
	Checklist map[string]string `json:"checklist,omitempty"`
}

type jsonMetric struct {
	Name         string   `json:"name"`
	Unit         string   `json:"unit,omitempty"`
	Direction    string   `json:"direction,omitempty"`
	BaselineYear int      `json:"baseline_year,omitempty"`
	Baseline     *float64 `json:"baseline,omitempty"`
	CurrentYear  int      `json:"current_year,omitempty"`
	Current      *float64 `json:"current,omitempty"`
	Evidence     string   `json:"evidence,omitempty"`
}

// orderedAnswers keeps the rubric's order in JSON, which maps would lose.
type orderedAnswers struct {
	ids  []string
	vals map[string]jsonAnswer
}

// MarshalJSON writes the answers as an object in the kept order.
func (o orderedAnswers) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, id := range o.ids {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, _ := json.Marshal(id)
		v, err := json.Marshal(o.vals[id])
		if err != nil {
			return nil, err
		}
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// MarshalJSON renders the answers file as indented JSON with the YAML file's keys.
func MarshalJSON(a *assessment.Assessment, order []string) ([]byte, error) {
	doc := jsonDoc{Format: Format, Lang: a.Lang, City: a.City, Country: a.Country, Year: a.Year, Population: a.Population}
	if a.Rubric.ID != "" || a.Rubric.Version != "" {
		r := a.Rubric
		doc.Rubric = &r
	}
	doc.Answers = orderedAnswers{ids: orderedIDs(a, order), vals: map[string]jsonAnswer{}}
	for id, ans := range a.Answers {
		ja := jsonAnswer{Answer: ans.Value.String(), Evidence: ans.Evidence, Notes: ans.Notes}
		for k, v := range ans.Checklist {
			if ja.Checklist == nil {
				ja.Checklist = map[string]string{}
			}
			ja.Checklist[k] = v.String()
		}
		doc.Answers.vals[id] = ja
	}
	for _, o := range a.Outcomes {
		doc.Outcomes = append(doc.Outcomes, jsonMetric{Name: o.Name, Unit: o.Unit, Direction: o.Direction.String(),
			BaselineYear: o.BaselineYear, Baseline: o.Baseline, CurrentYear: o.CurrentYear, Current: o.Current, Evidence: o.Evidence})
	}
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
