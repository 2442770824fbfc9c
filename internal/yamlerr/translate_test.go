package yamlerr

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"math/rand"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"go.yaml.in/yaml/v3"
)

// kinds is a document type with a field of each kind the rubric's types use.
type kinds struct {
	Text  string            `yaml:"text"`
	Num   int               `yaml:"num"`
	Real  float64           `yaml:"real"`
	Flag  bool              `yaml:"flag"`
	List  []string          `yaml:"list"`
	Map   map[string]string `yaml:"map"`
	Inner struct {
		A string `yaml:"a"`
	} `yaml:"inner"`
}

// TestWrongKindsInTheUsersWords puts values of the wrong kind in every field of a document
// decoded strictly by the YAML library, and checks that each of the library's messages
// becomes a catalog error with its line and what was expected, with none of the library's
// English left in Spanish and Portuguese.
func TestWrongKindsInTheUsersWords(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	fields := []struct {
		key, expected string
		wrong         []string // values of a kind the field does not take
	}{
		{"text", "yaml.kind_text", []string{"[a]", "{a: b}", "\n  - a", "\n  a: b"}},
		{"num", "yaml.kind_number", []string{"[1]", "{a: 1}", "abc", "true"}},
		{"real", "yaml.kind_number", []string{"[1]", "{a: 1}", "abc"}},
		{"flag", "yaml.kind_bool", []string{"[true]", "{a: 1}", "maybe", "2"}},
		{"list", "yaml.kind_list", []string{"{a: 1}", "abc", "3", "\n  a: b"}},
		{"map", "yaml.kind_mapping", []string{"[a]", "abc", "\n  - a"}},
		{"inner", "yaml.kind_mapping", []string{"[a]", "abc", "12"}},
	}
	for i := 0; i < 300; i++ {
		var b strings.Builder
		want := map[string]string{} // line -> expected kind
		line := 1
		order := rng.Perm(len(fields))
		for _, fi := range order {
			f := fields[fi]
			if rng.Intn(2) == 0 {
				continue
			}
			v := f.wrong[rng.Intn(len(f.wrong))]
			fmt.Fprintf(&b, "%s: %s\n", f.key, v)
			l := line
			if strings.HasPrefix(v, "\n") {
				l++ // a block value is on the line after its key
			}
			want[strconv.Itoa(l)] = f.expected
			line += 1 + strings.Count(v, "\n")
		}
		if len(want) == 0 {
			continue
		}
		dec := yaml.NewDecoder(bytes.NewReader([]byte(b.String())))
		dec.KnownFields(true)
		var k kinds
		err := dec.Decode(&k)
		if err == nil {
			t.Fatalf("decoded:\n%s", b.String())
		}
		list, ok := Translate(err, "f.yaml").(msg.List)
		if !ok || len(list) != len(want) {
			t.Fatalf("%d problems for %d wrong values: %v\n%s", len(list), len(want), err, b.String())
		}
		for _, e := range list {
			me, ok := e.(*msg.Error)
			if !ok || (me.ID != "yaml.bad_value" && me.ID != "yaml.bad_kind") {
				t.Fatalf("%v (%T)\n%s", e, e, b.String())
			}
			line, _ := me.Args["Line"].(string)
			if exp, ok := me.Args["Expected"].(msg.M); !ok || exp.ID != want[line] {
				t.Fatalf("line %s: expected %v, want %s\n%v\n%s", line, me.Args["Expected"], want[line], err, b.String())
			}
			for _, lang := range []string{"es", "pt"} {
				if text := me.Localize(i18n.For(lang)); strings.Contains(text, "unmarshal") || strings.Contains(text, "!!") {
					t.Fatalf("%s: the library's English is left: %s", lang, text)
				}
			}
		}
	}
}

// TestNoCodeFakesTheParsersErrors: yaml.TypeError is the library's own; code that builds one
// to report its own problems makes this package read its words back as if the parser had
// said them. Our problems are catalog errors made where they are found.
func TestNoCodeFakesTheParsersErrors(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.CompositeLit); ok {
				if sel, ok := lit.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "TypeError" {
					t.Errorf("%s builds a TypeError", fset.Position(lit.Pos()))
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
