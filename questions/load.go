package questions

import (
	"bytes"
	"errors"
	"regexp"
	"strings"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"go.yaml.in/yaml/v3"
)

// MaxFileSize caps how much of a rubric file is read: a real rubric is well under 200 KiB.
const MaxFileSize = 4 << 20

// LoadFile reads, decodes and validates the rubric at path. Every problem found is returned
// together, as a msg.List, each naming the file and line.
func LoadFile(path string) (*Rubric, error) {
	data, err := fileio.ReadLimited(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse decodes and validates a rubric from YAML. name is used in messages.
func Parse(data []byte, name string) (*Rubric, error) {
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

func decode(data []byte, name string) (*Rubric, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, msg.E("rubric.empty", msg.Args{"File": name})
	}
	var r Rubric
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		return nil, translateYAMLError(err, name)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err == nil {
		annotateLines(&root, &r)
	}
	r.index()
	return &r, nil
}

var (
	reUnknownField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type`)
	reDuplicateKey = regexp.MustCompile("^line (\\d+): mapping key \"?(.*?)\"? already defined at line (\\d+)")
	reBadPercent   = regexp.MustCompile("^line (\\d+): percent `(.*)`$")
	reCannot       = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+) `(.*)` into (\\S+)")
	reLine         = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
)

// translateYAMLError turns yaml's English, Go-typed messages into catalog errors, one per
// problem, each with its line.
func translateYAMLError(err error, name string) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		detail := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := reLine.FindStringSubmatch(err.Error()); m != nil {
			return msg.Wrap(err, "yaml.syntax", msg.Args{"File": name, "Line": m[1], "Detail": yamlDetail(m[2])})
		}
		return msg.Wrap(err, "yaml.invalid", msg.Args{"File": name, "Detail": yamlDetail(detail)})
	}
	var list msg.List
	for _, e := range te.Errors {
		list = append(list, TranslateTypeError(e, name))
	}
	return list
}

// TranslateTypeError turns one of yaml's type error lines into a catalog error naming the file
// and line. It is shared with the answers file reader.
func TranslateTypeError(e, name string) error {
	if m := reUnknownField.FindStringSubmatch(e); m != nil {
		return msg.E("yaml.unknown_key", msg.Args{"File": name, "Line": m[1], "Key": m[2]})
	}
	if m := reDuplicateKey.FindStringSubmatch(e); m != nil {
		return msg.E("yaml.duplicate_key", msg.Args{"File": name, "Line": m[1], "Key": m[2], "First": m[3]})
	}
	if m := reBadPercent.FindStringSubmatch(e); m != nil {
		return msg.E("rubric.bad_percent", msg.Args{"File": name, "Line": m[1], "Value": m[2]})
	}
	if m := reCannot.FindStringSubmatch(e); m != nil {
		return msg.E("yaml.bad_value", msg.Args{"File": name, "Line": m[1], "Value": m[3], "Expected": expectedKind(m[4])})
	}
	if m := reLine.FindStringSubmatch(e); m != nil {
		return msg.E("yaml.syntax", msg.Args{"File": name, "Line": m[1], "Detail": yamlDetail(m[2])})
	}
	return msg.E("yaml.invalid", msg.Args{"File": name, "Detail": yamlDetail(e)})
}

// expectedKind names, as a catalog message, what a Go type expected.
func expectedKind(goType string) msg.M {
	switch {
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"), strings.HasPrefix(goType, "float"):
		return msg.M{ID: "yaml.kind_number"}
	case goType == "string":
		return msg.M{ID: "yaml.kind_text"}
	case goType == "bool":
		return msg.M{ID: "yaml.kind_bool"}
	case strings.HasPrefix(goType, "[]"):
		return msg.M{ID: "yaml.kind_list"}
	default:
		return msg.M{ID: "yaml.kind_mapping"}
	}
}

// annotateLines records where each tier, practice and question starts, for messages.
func annotateLines(root *yaml.Node, r *Rubric) {
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
