package rubricfile

import (
	"bytes"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/yamlerr"
	"github.com/citydatakit/wwc/questions"
	"go.yaml.in/yaml/v3"
)

// MaxFileSize caps how much of a rubric file is read: a real rubric is well under 200 KiB.
const MaxFileSize = 4 << 20

// LoadFile reads, decodes and validates the rubric at path. Every problem found is returned
// together, as a msg.List, each naming the file and line.
func LoadFile(path string) (*questions.Rubric, error) {
	data, err := fileio.ReadLimited(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse decodes and validates a rubric from YAML. name is used in messages.
func Parse(data []byte, name string) (*questions.Rubric, error) {
	r, err := decode(data, name)
	if err != nil {
		return nil, err
	}
	if problems := r.Validate(); len(problems) > 0 {
		for i, p := range problems {
			problems[i] = msg.Wrap(p, "file.problem", msg.Args{"File": name, "Err": p})
		}
		return nil, problems
	}
	return r, nil
}

func decode(data []byte, name string) (*questions.Rubric, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, msg.E("rubric.empty", msg.Args{"File": name})
	}
	var root yaml.Node
	parsed := yaml.Unmarshal(data, &root) == nil
	var bad msg.List
	if parsed {
		bad = badPercents(&root, name)
	}
	var r questions.Rubric
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		if len(bad) == 0 {
			return nil, yamlerr.Translate(err, name)
		}
		list, ok := yamlerr.Translate(err, name).(msg.List)
		if !ok {
			list = msg.List{yamlerr.Translate(err, name)}
		}
		return nil, append(list, bad...)
	}
	if len(bad) > 0 {
		return nil, bad
	}
	if parsed {
		annotateLines(&root, &r)
	}
	r.Index()
	return &r, nil
}

// badPercents reports each tier whose min_percent is a scalar but not a percentage with at
// most two decimals, with its line and text (the decoder leaves questions.Unreadable there).
func badPercents(root *yaml.Node, name string) msg.List {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	var bad msg.List
	for _, tn := range seq(mapValue(doc, "tiers")) {
		n := mapValue(tn, "min_percent")
		if n == nil || n.Kind != yaml.ScalarNode {
			continue
		}
		if _, err := questions.ParsePercent(n.Value); err != nil {
			bad = append(bad, msg.E("rubric.bad_percent", msg.Args{"File": name, "Line": n.Line, "Value": n.Value}))
		}
	}
	return bad
}

// annotateLines records where each tier, practice and question starts, for messages.
func annotateLines(root *yaml.Node, r *questions.Rubric) {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	for i, n := range seq(mapValue(doc, "tiers")) {
		if i < len(r.Tiers) {
			r.Tiers[i].Line = n.Line
		}
	}
	for i, pn := range seq(mapValue(doc, "practices")) {
		if i >= len(r.Practices) {
			break
		}
		r.Practices[i].Line = pn.Line
		for j, qn := range seq(mapValue(pn, "questions")) {
			if j < len(r.Practices[i].Questions) {
				r.Practices[i].Questions[j].Line = qn.Line
			}
		}
	}
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func seq(n *yaml.Node) []*yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	return n.Content
}
