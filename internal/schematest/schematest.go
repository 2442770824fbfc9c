// Package schematest checks documents against the published JSON Schemas in docs/schemas. It
// is for tests only: the validator it uses is a test dependency that the wwc binary never
// links.
package schematest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/citydatakit/wwc/docs/schemas"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

var (
	once     sync.Once
	compiled map[string]*jsonschema.Schema
	errLoad  error
)

// load compiles every schema once, with no network: each is added under its own $id.
func load() (map[string]*jsonschema.Schema, error) {
	once.Do(func() {
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		c.AssertFormat()
		for _, f := range schemas.Formats {
			data, _ := schemas.Schema(f)
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				errLoad = fmt.Errorf("schema %s: %w", schemas.FileName(f), err)
				return
			}
			if err := c.AddResource(schemas.URL(f), doc); err != nil {
				errLoad = fmt.Errorf("schema %s: %w", schemas.FileName(f), err)
				return
			}
		}
		compiled = map[string]*jsonschema.Schema{}
		for _, f := range schemas.Formats {
			s, err := c.Compile(schemas.URL(f))
			if err != nil {
				errLoad = fmt.Errorf("schema %s: %w", schemas.FileName(f), err)
				return
			}
			compiled[f] = s
		}
	})
	return compiled, errLoad
}

// Compile checks that every schema is itself a valid draft 2020-12 schema.
func Compile() error {
	_, err := load()
	return err
}

// ValidateJSON checks a JSON document against the schema of the format it declares in its
// "format" field. name is used in the error, which lists each failing place as a JSON
// pointer (/questions/3/answer) with what was wrong there.
func ValidateJSON(name string, data []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("%s: not JSON: %w", name, err)
	}
	return validate(name, doc)
}

// ValidateYAML checks a YAML answers file (or any YAML document) the way an editor with the
// YAML language server would: the YAML is read as data (YAML 1.2 scalars: yes is text, true a
// boolean, 1 a number) and checked against the schema of the format it declares.
func ValidateYAML(name string, data []byte) error {
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		return fmt.Errorf("%s: not YAML: %w", name, err)
	}
	j, err := json.Marshal(jsonable(v))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return ValidateJSON(name, j)
}

// Format returns the schema-checked format a document declares, or "" when it declares none
// that has a schema.
func Format(data []byte) string {
	var head struct {
		Format string `json:"format"`
	}
	if json.Unmarshal(data, &head) != nil {
		return ""
	}
	for _, f := range schemas.Formats {
		if head.Format == f {
			return f
		}
	}
	return ""
}

func validate(name string, doc any) error {
	all, err := load()
	if err != nil {
		return err
	}
	m, _ := doc.(map[string]any)
	format, _ := m["format"].(string)
	s := all[strings.TrimSpace(format)]
	if s == nil {
		return fmt.Errorf("%s: format %q has no schema; want one of %s", name, format, strings.Join(schemas.Formats, ", "))
	}
	err = s.Validate(doc)
	if err == nil {
		return nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return fmt.Errorf("%s: %w", name, err)
	}
	p := message.NewPrinter(language.English)
	byPlace := map[string][]string{}
	for _, leaf := range leaves(ve) {
		place, why := pointer(leaf.InstanceLocation), short(leaf.ErrorKind.LocalizedString(p))
		if k, ok := leaf.ErrorKind.(*kind.PropertyNames); ok {
			// The validator misplaces these (it reports a sibling's location); the schema's
			// location says which object the key is in.
			place, why = keyPlace(leaf.SchemaURL), fmt.Sprintf("the key %q does not have the form the schema describes", k.Property)
		}
		byPlace[place] = append(byPlace[place], why)
	}
	var lines []string
	for place, why := range byPlace {
		sort.Strings(why)
		lines = append(lines, fmt.Sprintf("  at %s: %s", place, strings.Join(dedupe(why), "; or ")))
	}
	sort.Strings(lines)
	return fmt.Errorf("%s does not match %s:\n%s", name, schemas.FileName(strings.TrimSpace(format)), strings.Join(lines, "\n"))
}

// short keeps a failure readable: the answer-word patterns are long.
func short(s string) string {
	if i := strings.Index(s, " does not match pattern "); i >= 0 {
		return s[:i] + " is not one of the accepted words (see the schema's description)"
	}
	return s
}

// keyPlace turns the location of a propertyNames keyword in the schema
// (…#/properties/answers/propertyNames) into the place of the object in the document
// (/answers); for a keyword deeper in the schema it says only "a key".
func keyPlace(schemaURL string) string {
	_, frag, _ := strings.Cut(schemaURL, "#")
	frag = strings.TrimSuffix(frag, "/propertyNames")
	parts := strings.Split(strings.TrimPrefix(frag, "/"), "/")
	if frag == "" {
		return "/"
	}
	var place strings.Builder
	for i := 0; i < len(parts); i += 2 {
		if parts[i] != "properties" || i+1 >= len(parts) {
			return "a key"
		}
		place.WriteString("/" + parts[i+1])
	}
	return place.String()
}

// leaves are the innermost failures: the places a reader has to fix. A key that fails is a
// leaf: what its own schema said is in the message made for it.
func leaves(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if _, ok := e.ErrorKind.(*kind.PropertyNames); ok || len(e.Causes) == 0 {
		return []*jsonschema.ValidationError{e}
	}
	var out []*jsonschema.ValidationError
	for _, c := range e.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

func pointer(loc []string) string {
	if len(loc) == 0 {
		return "/"
	}
	var b strings.Builder
	for _, p := range loc {
		b.WriteByte('/')
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(p))
	}
	return b.String()
}

func dedupe(lines []string) []string {
	var out []string
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			out = append(out, l)
		}
	}
	return out
}

// jsonable turns what yaml decodes into what encoding/json can write: mappings with keys
// other than strings get their keys as text.
func jsonable(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonable(e)
		}
		return out
	case map[any]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[fmt.Sprint(k)] = jsonable(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonable(e)
		}
		return out
	}
	return v
}
