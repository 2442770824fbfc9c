package session

import (
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"charm.land/bubbles/v2/key"
)

// TestKeyHelpInTheSessionsLanguage: no key the full-screen fields show is described in English
// in a Spanish or Portuguese session, and the keys themselves are huh's.
func TestKeyHelpInTheSessionsLanguage(t *testing.T) {
	english := keyMap(i18n.For("en"))
	for _, lang := range []string{"es", "pt"} {
		km := keyMap(i18n.For(lang))
		pairs := [][2]key.Binding{
			{km.Input.Prev, english.Input.Prev}, {km.Input.Next, english.Input.Next}, {km.Input.Submit, english.Input.Submit},
			{km.Input.AcceptSuggestion, english.Input.AcceptSuggestion},
			{km.Select.Up, english.Select.Up}, {km.Select.Down, english.Select.Down}, {km.Select.Filter, english.Select.Filter},
			{km.Select.Submit, english.Select.Submit}, {km.Select.Next, english.Select.Next}, {km.Select.Prev, english.Select.Prev},
			{km.Select.SetFilter, english.Select.SetFilter}, {km.Select.ClearFilter, english.Select.ClearFilter},
			{km.Select.GotoTop, english.Select.GotoTop}, {km.Select.GotoBottom, english.Select.GotoBottom},
			{km.Select.HalfPageUp, english.Select.HalfPageUp}, {km.Select.HalfPageDown, english.Select.HalfPageDown},
		}
		for _, p := range pairs {
			got, en := p[0].Help(), p[1].Help()
			if got.Desc == "" || got.Desc == en.Desc {
				t.Errorf("%s: %q still says %q", lang, got.Key, en.Desc)
			}
			if got.Key != en.Key {
				t.Errorf("%s: key shown as %q, huh's is %q", lang, got.Key, en.Key)
			}
		}
	}
}
