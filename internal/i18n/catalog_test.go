package i18n

import (
	"go/ast"
	"go/token"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/msg"
)

// pluralForms are the forms each language's plural messages must give (CLDR: Spanish and
// Portuguese have a "many" form for millions).
var pluralForms = map[string][]string{
	"en": {"one", "other"},
	"es": {"one", "many", "other"},
	"pt": {"one", "many", "other"},
}

func TestEveryMessageInEveryLanguage(t *testing.T) {
	en, err := Raw("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages {
		raw, err := Raw(lang)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for id := range en {
			if _, ok := raw[id]; !ok {
				t.Errorf("%s: message %q is missing", lang, id)
			}
		}
		for id, v := range raw {
			if _, ok := en[id]; !ok {
				t.Errorf("%s: message %q is not in the English catalog", lang, id)
			}
			switch v := v.(type) {
			case string:
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s: message %q is empty", lang, id)
				}
			case map[string]any:
				for _, form := range pluralForms[lang] {
					if s, _ := v[form].(string); strings.TrimSpace(s) == "" {
						t.Errorf("%s: plural message %q lacks the %q form", lang, id, form)
					}
				}
			default:
				t.Errorf("%s: message %q is neither text nor plural forms", lang, id)
			}
		}
	}
}

func TestEveryCatalogParsesAndRenders(t *testing.T) {
	for _, lang := range Languages {
		c := For(lang)
		ids, _ := IDs(lang)
		for _, id := range ids {
			for _, n := range []int{0, 1, 2, 1000000} {
				out := c.T(id, msg.Args{"Count": n})
				if out == "["+id+"]" {
					t.Errorf("%s: %q does not render with Count %d", lang, id, n)
				}
			}
		}
	}
}

// messageID is the shape of a message ID: dotted lower-case words.
var messageID = regexp.MustCompile(`^[a-z_]+(\.[a-z_]+)+$`)

// callNames are the functions whose first string argument is a message ID.
var callNames = map[string]bool{"T": true, "E": true, "usage": true, "problem": true, "Problem": true}

// TestCodeUsesOnlyKnownMessages finds every literal message ID in the module's Go code and
// checks that the catalogs have it.
func TestCodeUsesOnlyKnownMessages(t *testing.T) {
	used := map[string]string{}
	eachGoFile(t, func(fset *token.FileSet, f *ast.File) {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				case *ast.Ident:
					name = fn.Name
				}
				if !callNames[name] && name != "Wrap" {
					return true
				}
				// Every literal argument shaped like a message ID is one: the ID is the
				// first argument of T, E and usage, the second of Wrap and the helpers.
				for _, arg := range n.Args {
					if lit, ok := arg.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						if id, _ := strconv.Unquote(lit.Value); messageID.MatchString(id) {
							used[id] = fset.Position(lit.Pos()).String()
						}
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && k.Name == "ID" {
					if lit, ok := n.Value.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						id, _ := strconv.Unquote(lit.Value)
						used[id] = fset.Position(lit.Pos()).String()
					}
				}
			}
			return true
		})
	})
	if len(used) < 20 {
		t.Fatalf("found only %d message IDs in the code; the scan is broken", len(used))
	}
	var missing []string
	for id, where := range used {
		if !Has("en", id) {
			missing = append(missing, where+": "+id)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("message not in the catalog: %s", m)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"es_CL.UTF-8": "es", "pt-BR": "pt", "EN": "en", "fr_FR": "", "C": "", "": ""} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPercentByLanguage(t *testing.T) {
	if got := For("en").Percent(69.767); got != "69.8%" {
		t.Errorf("en: %q", got)
	}
	if got := For("es").Percent(69.767); got != "69,8\u00a0%" {
		t.Errorf("es: %q", got)
	}
}

func TestNumberByLanguage(t *testing.T) {
	cases := []struct {
		lang string
		in   float64
		want string
	}{
		{"en", 2000, "2,000"}, {"en", 999, "999"}, {"en", 20000, "20,000"}, {"en", 12.5, "12.5"}, {"en", -1234567.25, "-1,234,567.25"},
		{"es", 20000, "20.000"}, {"es", 12.5, "12,5"}, {"pt", 88.2, "88,2"}, {"pt", 1488920, "1.488.920"},
	}
	for _, tc := range cases {
		if got := For(tc.lang).Number(tc.in); got != tc.want {
			t.Errorf("%s Number(%v) = %q, want %q", tc.lang, tc.in, got, tc.want)
		}
	}
}

func TestDateByLanguage(t *testing.T) {
	for lang, want := range map[string]string{"en": "November 21, 2026", "es": "21 de noviembre de 2026", "pt": "21 de novembro de 2026"} {
		if got := For(lang).Date(2026, 11, 21); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}
