package tui

import (
	tea "charm.land/bubbletea/v2"
)

// key handles one key press on the current screen.
func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	s := k.String()
	if m.edit != editNone {
		switch s {
		case "enter":
			m.finishEdit(true)
			return nil
		case "esc":
			m.finishEdit(false)
			return nil
		case "up", "down", "tab":
			if m.edit == editEvidence || m.edit == editNotes {
				m.leaveText(s)
				return nil
			}
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(k)
		if m.edit == editFilter {
			m.filter = m.input.Value() // the list follows the filter as it is typed
			m.fixSelection()
		}
		return cmd
	}
	switch m.screen {
	case screenForm:
		return m.form.update(m, k)
	case screenHelp:
		switch s {
		case "esc", "?", "enter", "backspace":
			m.screen = m.back
		case "q":
			m.quit()
		case "down", "j":
			m.helpTop++
		case "up", "k":
			m.helpTop = max(m.helpTop-1, 0)
		}
		return nil
	case screenResult:
		return m.resultKey(s)
	case screenMetrics:
		return m.metricsKey(s)
	}
	// The overview and the criterion view share their keys but for a few.
	switch s {
	case "q":
		m.quit()
	case "?":
		m.back, m.screen, m.helpTop = m.screen, screenHelp, 0
	case "1", "2", "3", "0":
		return m.answer(s)
	case "r":
		m.openResult()
	case "m":
		m.openMetrics()
	case "c":
		m.openDetails(false)
	case "tab":
		m.header = ""
		m.sel = m.nextOpen(m.sel)
		m.reveal()
	case "/":
		m.screen = screenOverview
		return m.startEdit(editFilter, m.sel, false)
	case "o":
		m.onlyOpen = !m.onlyOpen
		m.fixSelection()
	case "g", "home":
		m.header = ""
		m.sel = m.edgeRow(false)
	case "G", "end":
		m.header = ""
		m.sel = m.edgeRow(true)
	}
	if m.screen == screenCriterion {
		return m.criterionKey(s)
	}
	return m.overviewKey(s)
}

func (m *Model) overviewKey(s string) tea.Cmd {
	switch s {
	case "up", "k":
		m.moveBy(-1)
	case "down", "j":
		m.moveBy(1)
	case "pgup":
		m.moveBy(-m.listHeight())
	case "pgdown":
		m.moveBy(m.listHeight())
	case "left", "h":
		p := m.qs[m.sel].Practice
		if m.header != "" {
			p = m.header
		}
		m.collapsed[p] = true
		m.header = p
	case "right", "l":
		if m.header != "" {
			m.collapsed[m.header] = false
		}
	case "space":
		if m.header != "" {
			m.collapsed[m.header] = !m.collapsed[m.header]
		}
	case "enter":
		if m.header != "" {
			m.collapsed[m.header] = !m.collapsed[m.header]
			return nil
		}
		m.screen = screenCriterion
	case "esc":
		if m.filter != "" {
			m.filter = ""
			m.fixSelection()
		}
	case "e":
		if m.header == "" {
			return m.startEdit(editEvidence, m.sel, false)
		}
	case "n":
		if m.header == "" {
			return m.startEdit(editNotes, m.sel, false)
		}
	}
	return nil
}

func (m *Model) criterionKey(s string) tea.Cmd {
	m.header = ""
	switch s {
	case "esc", "backspace":
		m.screen = screenOverview
		m.reveal()
	case "left", "h", "up", "k":
		if m.sel > 0 {
			m.sel--
		}
	case "right", "l", "down", "j":
		if m.sel+1 < len(m.qs) {
			m.sel++
		}
	case "e":
		return m.startEdit(editEvidence, m.sel, false)
	case "n":
		return m.startEdit(editNotes, m.sel, false)
	}
	return nil
}

// leaveText closes the evidence or notes input with ↑, ↓ or Tab, keeping what was typed,
// and moves the selection from its criterion: ↓ to the next one (where Enter goes after
// met), ↑ to the one before, Tab to the next open one. A one-line input has no use for
// these keys, and a user going on down the list must not type answers into the evidence.
func (m *Model) leaveText(key string) {
	i := m.editQ
	m.advance = false
	m.finishEdit(true)
	m.sel, m.header = i, ""
	switch key {
	case "down":
		m.moveNext(i)
	case "up":
		m.movePrev(i)
	case "tab":
		m.sel = m.nextOpen(i)
		m.reveal()
	}
}

// nextOpen is the next open criterion after i, wrapping around; i when none is open.
func (m *Model) nextOpen(i int) int {
	n := len(m.qs)
	for k := 1; k <= n; k++ {
		if j := (i + k) % n; m.open(j) && (m.screen != screenOverview || m.shown(j)) {
			return j
		}
	}
	return i
}
