package tui

import (
	tea "charm.land/bubbletea/v2"
)

// key handles one key press in the review.
func (m *ReviewModel) key(k tea.KeyPressMsg) tea.Cmd {
	s := k.String()
	if m.editing {
		switch s {
		case "enter":
			m.finishComment(true)
			return nil
		case "esc":
			m.finishComment(false)
			return nil
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(k)
		return cmd
	}
	if d, ok := reviewKeys[s]; ok {
		return m.decide(d)
	}
	switch s {
	case "q":
		m.outcome, m.done = Quit, true
		return nil
	case "t":
		if m.w.Decided(m.target()) {
			return m.startComment(false)
		}
		return nil
	case "tab":
		m.nextPending()
		return nil
	case "g", "home":
		m.sel = 0
		return nil
	case "G", "end":
		m.sel = len(m.all) - 1
		return nil
	}
	if m.screen == screenCriterion {
		switch s {
		case "esc", "backspace":
			m.screen = screenOverview
		case "left", "h", "up", "k":
			m.sel = max(m.sel-1, 0)
		case "right", "l", "down", "j":
			m.sel = min(m.sel+1, len(m.all)-1)
		}
		return nil
	}
	switch s {
	case "up", "k":
		m.sel = max(m.sel-1, 0)
	case "down", "j":
		m.sel = min(m.sel+1, len(m.all)-1)
	case "pgup":
		m.sel = max(m.sel-m.listHeight(), 0)
	case "pgdown":
		m.sel = min(m.sel+m.listHeight(), len(m.all)-1)
	case "enter":
		m.screen = screenCriterion
	}
	return nil
}
