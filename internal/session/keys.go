package session

import (
	"charm.land/huh/v2"
	"github.com/citydatakit/wwc/internal/i18n"
)

// keyMap is huh's key map with the help line in the session's language: the keys are huh's,
// only the words shown beside them change.
func keyMap(c *i18n.Catalog) *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	say := func(id string) string { return c.T("keys." + id) }
	in := &km.Input
	in.AcceptSuggestion.SetHelp("ctrl+e", say("complete"))
	in.Prev.SetHelp("shift+tab", say("back"))
	in.Next.SetHelp("enter", say("next"))
	in.Submit.SetHelp("enter", say("submit"))
	sel := &km.Select
	sel.Prev.SetHelp("shift+tab", say("back"))
	sel.Next.SetHelp("enter", say("select"))
	sel.Submit.SetHelp("enter", say("submit"))
	sel.Up.SetHelp("↑", say("up"))
	sel.Down.SetHelp("↓", say("down"))
	sel.Left.SetHelp("←", say("left"))
	sel.Right.SetHelp("→", say("right"))
	sel.Filter.SetHelp("/", say("filter"))
	sel.SetFilter.SetHelp("esc", say("set_filter"))
	sel.ClearFilter.SetHelp("esc", say("clear_filter"))
	sel.HalfPageUp.SetHelp("ctrl+u", say("half_page_up"))
	sel.HalfPageDown.SetHelp("ctrl+d", say("half_page_down"))
	sel.GotoTop.SetHelp("g/home", say("go_to_start"))
	sel.GotoBottom.SetHelp("G/end", say("go_to_end"))
	return km
}
