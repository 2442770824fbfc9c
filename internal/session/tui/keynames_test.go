package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
)

// englishKey finds a key named as the terminal library names it (enter, esc, tab, space,
// ctrl+c): the names a user reads are the ones printed on the keys, from the catalog.
var englishKey = regexp.MustCompile(`(^|[\s·(/,])(enter|esc|tab|space|ctrl\+c)($|[\s/,)])`)

// TestKeysNamedAsOnTheKeyboard draws every screen's keys (footers, the input labels, the
// filter's state, the help) in the three languages at three widths: no key is named the
// terminal library's way, every key name comes from the catalog, and no message lacks one.
func TestKeysNamedAsOnTheKeyboard(t *testing.T) {
	screens := [][]string{{}, {"enter"}, {"r"}, {"m"}, {"m", "a"}, {"c"}, {"?"}, {"e"}, {"n"}, {"1"}, {"/"}, {"/", "zzz", "enter"}}
	for _, lang := range []string{"en", "es", "pt"} {
		c := i18n.For(lang)
		var names []string
		for _, id := range []string{"tui.keyname.enter", "tui.keyname.esc", "tui.keyname.tab", "tui.keyname.space", "tui.keyname.interrupt"} {
			names = append(names, c.T(id))
		}
		if lang != "en" && strings.Contains(strings.Join(names, " "), "Space") {
			t.Errorf("%s: the space bar is named in English", lang)
		}
		for _, w := range []int{60, 80, 120} {
			for _, keys := range screens {
				d := start(t, lang, nil, Options{Resumed: true, Width: w, Height: 40})
				d.press(keys...)
				lines := strings.Split(d.frame(), "\n")
				// The keys are under the last rule; an input's label, between the last two.
				var rules []int
				for i, l := range lines {
					if strings.HasPrefix(l, "─") {
						rules = append(rules, i)
					}
				}
				from := rules[len(rules)-1]
				if d.m.edit != editNone {
					from = rules[len(rules)-2]
				}
				keysShown := lines[from+1:]
				if len(keys) > 0 && keys[0] == "?" {
					keysShown = append(keysShown, d.m.HelpLines()...)
				}
				text := strings.Join(keysShown, "\n")
				if m := englishKey.FindString(text); m != "" || strings.Contains(text, "<no value>") {
					t.Errorf("%s %d %v: a key named %q:\n%s", lang, w, keys, m, text)
				}
			}
		}
		d := start(t, lang, nil, Options{Resumed: true})
		help := strings.Join(d.m.HelpLines(), "\n")
		for _, n := range names {
			if !strings.Contains(help, n) {
				t.Errorf("%s: the help does not name %q", lang, n)
			}
		}
	}
}
