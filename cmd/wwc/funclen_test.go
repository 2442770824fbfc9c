package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// maxFuncLines is the longest a function of the command may be, from its func line to its
// closing brace: a command wires options to a package's work, and wiring is short. Logic
// that needs more belongs in a package under internal/ or beside the domain.
const maxFuncLines = 50

// funcLength is one function of the command and its length in lines.
type funcLength struct {
	Name  string
	Lines int
}

// funcLengths measures every function declared in the command's non-test files, longest
// first.
func funcLengths(t *testing.T) []funcLength {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var out []funcLength
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			name := fn.Name.Name
			if fn.Recv != nil && len(fn.Recv.List) > 0 {
				name = types(fn.Recv.List[0].Type) + "." + name
			}
			lines := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
			out = append(out, funcLength{f + ":" + name, lines})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Lines > out[j].Lines })
	return out
}

// types names a receiver's type: (a *app) is app.
func types(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.StarExpr:
		return types(x.X)
	case *ast.Ident:
		return x.Name
	}
	return "?"
}

// TestFunctionsAreShort fails on any function of the command over maxFuncLines lines, and
// logs the ten longest.
func TestFunctionsAreShort(t *testing.T) {
	fns := funcLengths(t)
	if len(fns) < 50 {
		t.Fatalf("only %d functions found: is the test running in cmd/wwc?", len(fns))
	}
	for i, f := range fns {
		if i < 10 {
			t.Logf("%3d %s", f.Lines, f.Name)
		}
		if f.Lines > maxFuncLines {
			t.Errorf("%s is %d lines long; keep the command's functions to %d and move the logic into a package", f.Name, f.Lines, maxFuncLines)
		}
	}
}

// TestRunFunctionsTakeNoCobra checks that every command's run function (runX) takes resolved
// options and the app's streams, never the cobra command: what it needs from the command line
// is resolved while wiring.
func TestRunFunctionsTakeNoCobra(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "run") || fn.Name.Name == "run" {
				continue
			}
			found++
			for _, p := range fn.Type.Params.List {
				if sel, ok := p.Type.(*ast.StarExpr); ok {
					if s, ok := sel.X.(*ast.SelectorExpr); ok && s.Sel.Name == "Command" {
						t.Errorf("%s: %s takes the cobra command", f, fn.Name.Name)
					}
				}
			}
		}
	}
	if found < 7 {
		t.Fatalf("only %d run functions found", found)
	}
}
