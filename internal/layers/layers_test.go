package layers

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pkg is one package of the module as go list sees it.
type pkg struct {
	path    string // relative to the module
	imports []string
	deps    []string
}

// list reads the module's packages, their imports and their whole dependency closure.
func list(t *testing.T) []pkg {
	t.Helper()
	touchSources(t)
	cmd := exec.Command("go", "list", "-f", `{{.ImportPath}}|{{join .Imports ","}}|{{join .Deps ","}}`, Module+"/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []pkg
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "|", 3)
		if len(parts) != 3 {
			continue
		}
		pkgs = append(pkgs, pkg{
			path:    strings.TrimPrefix(strings.TrimPrefix(parts[0], Module), "/"),
			imports: strings.Split(parts[1], ","),
			deps:    strings.Split(parts[2], ","),
		})
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	return pkgs
}

// layerOf is the layer of a package of the module, 0 when it has none (tools, test helpers,
// infrastructure).
func layerOf(path string) int {
	if n, ok := Layers[path]; ok {
		return n
	}
	best, n := "", 0
	for prefix, l := range Layers {
		if strings.HasSuffix(prefix, "/") && strings.HasPrefix(path, prefix) && len(prefix) > len(best) {
			best, n = prefix, l
		}
	}
	return n
}

// local returns the module-relative path of an import of this module, or false.
func local(imp string) (string, bool) {
	if imp == Module {
		return "", true
	}
	rest, ok := strings.CutPrefix(imp, Module+"/")
	return rest, ok
}

// TestImportsGoDownTheLayers: no package imports one of a higher layer, and packages outside
// the layers import none of them except the command's own tools.
func TestImportsGoDownTheLayers(t *testing.T) {
	for _, p := range list(t) {
		from := layerOf(p.path)
		for _, imp := range p.imports {
			rel, ok := local(imp)
			if !ok {
				continue
			}
			to := layerOf(rel)
			switch {
			case from > 0 && to > from:
				t.Errorf("%s (layer %d) imports %s (layer %d): imports go down the layers", p.path, from, rel, to)
			case from > 0 && to == 0 && !slices.Contains(Infrastructure, rel) && p.path != "cmd/wwc":
				t.Errorf("%s imports %s, which is neither in a layer nor infrastructure", p.path, rel)
			}
		}
	}
}

// TestPurePackagesStayPure: the rubric, the domain and scoring import no file, network or
// process package, nothing of the module but each other and messages as values, and hold no
// YAML, catalog, spreadsheet or file package anywhere in their dependencies.
func TestPurePackagesStayPure(t *testing.T) {
	seen := 0
	for _, p := range list(t) {
		if !slices.Contains(Pure, p.path) {
			continue
		}
		seen++
		for _, imp := range p.imports {
			if slices.Contains(ImpureStd, imp) {
				t.Errorf("%s imports %s: the pure packages do no I/O", p.path, imp)
			}
			if rel, ok := local(imp); ok && !slices.Contains(Pure, rel) && !slices.Contains(PureMayImport, rel) {
				t.Errorf("%s imports %s: a pure package imports only %v and %v", p.path, rel, Pure, PureMayImport)
			}
		}
		for _, d := range p.deps {
			if slices.Contains(Banned, d) {
				t.Errorf("%s depends on %s, through its imports", p.path, d)
			}
		}
	}
	if seen != len(Pure) {
		t.Errorf("found %d of the pure packages %v", seen, Pure)
	}
}

// TestEveryPackageIsPlaced: a new package is put in a layer, or named as infrastructure or a
// tool, so that the rules above see it.
func TestEveryPackageIsPlaced(t *testing.T) {
	for _, p := range list(t) {
		if layerOf(p.path) > 0 || slices.Contains(Infrastructure, p.path) || slices.Contains(Tools, p.path) {
			continue
		}
		t.Errorf("package %s is in no layer: add it to Layers, Infrastructure or Tools", p.path)
	}
}

// touchSources reads every Go file and go.mod of the module. go list runs in another process,
// which the test cache does not watch; files the test itself opens are watched, so a change
// to any import runs the test again instead of replaying a cached pass.
func touchSources(t *testing.T) {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".go") || d.Name() == "go.mod") {
			_, err = os.ReadFile(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
