package i18n

import (
	"errors"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/msg/msgtest"
)

var templateKey = regexp.MustCompile(`\{\{\s*(?:if\s+)?\.(\w+)`)

// TestEveryMessageIsCleanWhateverItsArguments renders every message of every catalog, as an
// error, with hostile text in every argument, and checks what reaches the terminal.
func TestEveryMessageIsCleanWhateverItsArguments(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, lang := range Languages {
		c := For(lang)
		raw, _ := Raw(lang)
		for id, v := range raw {
			text := ""
			switch v := v.(type) {
			case string:
				text = v
			case map[string]any:
				for _, f := range v {
					text += f.(string)
				}
			}
			keys := map[string]int{}
			for _, m := range templateKey.FindAllStringSubmatch(text, -1) {
				if m[1] != "Count" {
					keys[m[1]]++
				}
			}
			if len(keys) == 0 {
				continue
			}
			empty := msg.Args{"Count": 2}
			for k := range keys {
				empty[k] = ""
			}
			base := msg.E(id, empty).Localize(c)
			baseLen := utf8.RuneCountInString(base)
			for round := 0; round < 8; round++ {
				args := msg.Args{"Count": 2}
				budget := baseLen
				for k, n := range keys {
					s := msgtest.Hostile(rng, 3000)
					if msg.KeepsLines(k) {
						s = strings.ReplaceAll(s, "\n", "")
					}
					if round%2 == 1 {
						args[k] = errors.New(s) // errors are content too
					} else {
						args[k] = s
					}
					limit := msg.ArgLimit(k)
					if limit == 0 {
						limit = utf8.RuneCountInString(msg.Clean(s, 0))
					}
					budget += n * limit * 2 // a template may render a value twice (plural forms differ)
				}
				out := msg.E(id, args).Localize(c)
				if !utf8.ValidString(out) {
					t.Fatalf("%s %s: not valid UTF-8: %q", lang, id, out)
				}
				if strings.Count(out, "\n") != strings.Count(base, "\n") {
					t.Fatalf("%s %s: line breaks that the template does not have: %q", lang, id, out)
				}
				for _, r := range out {
					if msg.NeedsEscape(r) && !(r == '\n' || r == '\t' && strings.ContainsRune(base, '\t')) {
						t.Fatalf("%s %s: raw control %U in %q", lang, id, r, out)
					}
				}
				if n := utf8.RuneCountInString(out); n > budget {
					t.Fatalf("%s %s: %d characters, more than the caps allow (%d): %q", lang, id, n, budget, out)
				}
			}
		}
	}
}

func TestQuotedValueIsCutAtTheCap(t *testing.T) {
	long := strings.Repeat("x", 80000)
	out := msg.E("table.bad_year", msg.Args{"File": "a.csv", "Place": msg.M{ID: "place.line", Args: msg.Args{"Line": 2}}, "Value": long}).Error()
	if n := strings.Count(out, "x"); n != msg.MaxQuoted-1 {
		t.Errorf("quoted %d characters of the value, want %d: %q", n, msg.MaxQuoted-1, out)
	}
	if !strings.Contains(out, "x…") {
		t.Errorf("the cut is not marked: %q", out)
	}
	path := "/tmp/" + strings.Repeat("d", 300) + "/\x1bcity.csv"
	out = msg.E("file.empty", msg.Args{"File": path}).Error()
	if !strings.Contains(out, strings.Repeat("d", 300)+`/\x1bcity.csv`) {
		t.Errorf("a path is not kept whole and cleaned: %q", out)
	}
}

func BenchmarkRenderWithArgs(b *testing.B) {
	c := English()
	args := msg.Args{"File": "testdata/cities/maipu-2024.xlsx", "Place": msg.M{ID: "place.line", Args: msg.Args{"Line": 12}}, "ID": "DM3", "Value": "tal vez", "Accepted": msg.M{ID: "answers.accepted"}}
	for b.Loop() {
		c.T("table.bad_answer", args)
	}
}
