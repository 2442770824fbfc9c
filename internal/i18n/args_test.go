package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// templateArg finds the arguments a template uses: {{.File}}, {{if .Count}}, {{.Place}}.
var templateArg = regexp.MustCompile(`\.([A-Z]\w*)`)

// addedBy are the arguments helpers add to what their callers give: the table reader names
// the file and the place, the rubric check the line.
var addedBy = map[string][]string{
	"Problem": {"File", "Place"},
	"problem": {"Line", "File"},
	"usage":   {},
}

// givenArgs is one call that gives a message literal arguments.
type givenArgs struct {
	id, where string
	keys      map[string]bool
}

// literalArgs returns the keys of an Args composite literal whose keys are all string
// literals, or false when the arguments are built some other way.
func literalArgs(e ast.Expr) (map[string]bool, bool) {
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	switch typ := cl.Type.(type) {
	case *ast.SelectorExpr:
		if typ.Sel.Name != "Args" {
			return nil, false
		}
	case *ast.Ident:
		if typ.Name != "Args" {
			return nil, false
		}
	default:
		return nil, false
	}
	keys := map[string]bool{}
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		lit, ok := kv.Key.(*ast.BasicLit)
		if !ok {
			return nil, false
		}
		k, _ := strconv.Unquote(lit.Value)
		keys[k] = true
	}
	return keys, true
}

// callsWithArgs finds, in the module's Go code, every message given its arguments as a
// literal: msg.E("id", msg.Args{...}), msg.Wrap(err, "id", ...), c.T("id", ...), the helpers
// in addedBy, and msg.M{ID: "id", Args: msg.Args{...}}.
func callsWithArgs(t *testing.T) []givenArgs {
	t.Helper()
	var out []givenArgs
	eachGoFile(t, func(fset *token.FileSet, f *ast.File) {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				out = append(out, fromCall(fset, n)...)
			case *ast.CompositeLit:
				if g, ok := fromMessageLiteral(fset, n); ok {
					out = append(out, g)
				}
			}
			return true
		})
	})
	return out
}

func fromCall(fset *token.FileSet, n *ast.CallExpr) []givenArgs {
	name := ""
	switch fn := n.Fun.(type) {
	case *ast.SelectorExpr:
		name = fn.Sel.Name
	case *ast.Ident:
		name = fn.Name
	}
	if !callNames[name] && name != "Wrap" {
		return nil
	}
	id, where := "", ""
	for _, arg := range n.Args {
		if lit, ok := arg.(*ast.BasicLit); ok && lit.Kind == token.STRING && id == "" {
			if s, _ := strconv.Unquote(lit.Value); messageID.MatchString(s) {
				id, where = s, fset.Position(lit.Pos()).String()
			}
			continue
		}
		if id == "" {
			continue
		}
		if keys, ok := literalArgs(arg); ok {
			for _, k := range addedBy[name] {
				keys[k] = true
			}
			return []givenArgs{{id: id, where: where, keys: keys}}
		}
	}
	if id != "" && len(n.Args) > 0 && (name == "E" || name == "T") && len(n.Args) == 1 {
		// A message rendered with no arguments at all.
		return []givenArgs{{id: id, where: where, keys: map[string]bool{}}}
	}
	return nil
}

func fromMessageLiteral(fset *token.FileSet, n *ast.CompositeLit) (givenArgs, bool) {
	var g givenArgs
	switch typ := n.Type.(type) {
	case *ast.SelectorExpr:
		if typ.Sel.Name != "M" && typ.Sel.Name != "Error" {
			return g, false
		}
	case *ast.Ident:
		if typ.Name != "M" && typ.Name != "Error" {
			return g, false
		}
	default:
		return g, false
	}
	hasArgs := false
	for _, el := range n.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return g, false
		}
		k, ok := kv.Key.(*ast.Ident)
		if !ok {
			return g, false
		}
		switch k.Name {
		case "ID":
			lit, ok := kv.Value.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return g, false
			}
			g.id, _ = strconv.Unquote(lit.Value)
			g.where = fset.Position(lit.Pos()).String()
		case "Args":
			keys, ok := literalArgs(kv.Value)
			if !ok {
				return g, false
			}
			g.keys, hasArgs = keys, true
		}
	}
	if g.id == "" || !messageID.MatchString(g.id) {
		return g, false
	}
	if !hasArgs {
		g.keys = map[string]bool{}
	}
	return g, true
}

// TestCallsGiveEveryArgument: wherever the code gives a message its arguments as a literal,
// every argument the message's text uses, in every language and plural form, is given; a
// missing one would print "<no value>" or an empty gap.
func TestCallsGiveEveryArgument(t *testing.T) {
	calls := callsWithArgs(t)
	if len(calls) < 100 {
		t.Fatalf("found only %d calls with literal arguments; the scan is broken", len(calls))
	}
	var problems []string
	for _, lang := range Languages {
		raw, err := Raw(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range calls {
			var texts []string
			switch v := raw[c.id].(type) {
			case string:
				texts = append(texts, v)
			case map[string]any:
				for _, f := range v {
					if s, ok := f.(string); ok {
						texts = append(texts, s)
					}
				}
			}
			for _, text := range texts {
				for _, action := range regexp.MustCompile(`\{\{[^}]*\}\}`).FindAllString(text, -1) {
					for _, m := range templateArg.FindAllStringSubmatch(action, -1) {
						if !c.keys[m[1]] {
							problems = append(problems, c.where+": "+lang+" "+c.id+" uses ."+m[1]+", not given")
						}
					}
				}
			}
		}
	}
	sort.Strings(problems)
	problems = compactStrings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

func compactStrings(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// eachGoFile parses every non-test Go file of the module (outside testdata and hidden
// folders) and hands it to fn.
func eachGoFile(t *testing.T, fn func(fset *token.FileSet, f *ast.File)) {
	t.Helper()
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "testdata") {
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
		fn(fset, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
