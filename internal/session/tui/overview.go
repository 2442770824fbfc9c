package tui

import (
	"fmt"
	"strings"

	"github.com/citydatakit/wwc/assessment"
)

// row is a line of the overview: a practice's header (q < 0) or a criterion.
type row struct {
	practice string
	q        int
}

// shown says whether criterion i passes the filter and "only open"; a folded practice
// still counts its criteria as shown (its header stands for them).
func (m *Model) shown(i int) bool {
	if m.onlyOpen && !m.open(i) {
		return false
	}
	return m.matches(i)
}

// matches says whether criterion i fits the filter: its code starts with what is typed, or
// every word typed is in its title in the session's language (case and accents aside).
func (m *Model) matches(i int) bool {
	f := assessment.Fold(strings.TrimSpace(m.filter))
	if f == "" {
		return true
	}
	q := m.qs[i]
	if strings.HasPrefix(assessment.Fold(q.ID), f) {
		return true
	}
	title := assessment.Fold(q.Title.Get(m.c.Lang()))
	for _, w := range strings.Fields(f) {
		if !strings.Contains(title, w) {
			return false
		}
	}
	return true
}

// rows are the overview's lines: each practice with a criterion shown, then its shown
// criteria unless it is folded.
func (m *Model) rows() []row {
	var rows []row
	for _, p := range m.r.Practices {
		var qs []int
		for i, q := range m.qs {
			if q.Practice == p.ID && m.shown(i) {
				qs = append(qs, i)
			}
		}
		if len(qs) == 0 {
			continue
		}
		rows = append(rows, row{practice: p.ID, q: -1})
		if m.collapsed[p.ID] {
			continue
		}
		for _, i := range qs {
			rows = append(rows, row{practice: p.ID, q: i})
		}
	}
	return rows
}

// cursor is the index of the selected row, -1 when the selection is not shown.
func (m *Model) cursor(rows []row) int {
	for k, r := range rows {
		if m.header != "" && r.q < 0 && r.practice == m.header {
			return k
		}
		if m.header == "" && r.q == m.sel {
			return k
		}
	}
	return -1
}

// fixSelection moves the selection to a shown row when the filter, "only open" or folding
// hid it: the first shown criterion after it, else the last before it, else its practice's
// header.
func (m *Model) fixSelection() {
	rows := m.rows()
	if m.cursor(rows) >= 0 || len(rows) == 0 {
		return
	}
	if m.header == "" && m.collapsed[m.qs[m.sel].Practice] {
		for _, r := range rows {
			if r.q < 0 && r.practice == m.qs[m.sel].Practice {
				m.header = r.practice
				return
			}
		}
	}
	best := -1
	for _, r := range rows {
		if r.q < 0 {
			continue
		}
		if r.q >= m.sel {
			best = r.q
			break
		}
		best = r.q
	}
	if best >= 0 {
		m.sel, m.header = best, ""
		return
	}
	m.header = rows[0].practice
}

// reveal unfolds the selected criterion's practice so that the overview shows it, and drops
// a filter that hides it.
func (m *Model) reveal() {
	if m.header == "" {
		m.collapsed[m.qs[m.sel].Practice] = false
		if !m.shown(m.sel) {
			m.filter, m.onlyOpen = "", false
		}
	}
	m.fixSelection()
}

// moveBy moves the selection by n rows.
func (m *Model) moveBy(n int) {
	rows := m.rows()
	if len(rows) == 0 {
		return
	}
	k := max(m.cursor(rows), 0) + n
	k = min(max(k, 0), len(rows)-1)
	m.select_(rows[k])
}

func (m *Model) select_(r row) {
	if r.q < 0 {
		m.header = r.practice
		return
	}
	m.sel, m.header = r.q, ""
}

// edgeRow is the first or last criterion shown (g, G).
func (m *Model) edgeRow(last bool) int {
	rows := m.rows()
	found := m.sel
	for _, r := range rows {
		if r.q >= 0 {
			found = r.q
			if !last {
				return found
			}
		}
	}
	if m.screen == screenCriterion || len(rows) == 0 {
		if last {
			return len(m.qs) - 1
		}
		return 0
	}
	return found
}

// overviewLines draws the list in w columns and h lines, scrolled so that the selection
// shows.
func (m *Model) overviewLines(w, h int) []string {
	rows := m.rows()
	if len(rows) == 0 {
		return []string{fit(m.st.dim.Render(m.c.T("tui.no_match", m.keyArgs(nil))), w)}
	}
	cur := m.cursor(rows)
	if cur < m.top {
		m.top = cur
	}
	if cur >= m.top+h {
		m.top = cur - h + 1
	}
	m.top = max(0, min(m.top, len(rows)-h))
	var out []string
	for k := m.top; k < len(rows) && len(out) < h; k++ {
		line := m.rowText(rows[k], w-2)
		if k == cur {
			out = append(out, "›"+" "+m.st.sel.Render(fit(line, w-2)))
		} else {
			out = append(out, "  "+line)
		}
	}
	return out
}

// rowText is one row without the selection mark.
func (m *Model) rowText(r row, w int) string {
	if r.q < 0 {
		fold := "▾"
		if m.collapsed[r.practice] {
			fold = "▸"
		}
		counts := ""
		for _, p := range m.res.Practices {
			if p.ID == r.practice {
				counts = fmt.Sprintf("%d/%d", p.Met, p.Total)
			}
		}
		name := r.practice + " · " + m.r.Practice(r.practice).Name.Get(m.c.Lang())
		left := truncate(fold+" "+name, w-len(counts)-1)
		return m.st.practice.Render(left) + pad(w-width(left)-len(counts)) + counts
	}
	q := m.qs[r.q]
	ans := m.a.Answer(m.id(r.q))
	ev := " "
	if ans.Evidence != "" {
		ev = evidenceMark
	}
	code := fmt.Sprintf("%-5s", q.ID)
	title := truncate(q.Title.Get(m.c.Lang()), w-12)
	return "  " + m.st.answer[ans.Value].Render(marks[ans.Value]) + " " + code + " " + title + pad(w-12-width(title)) + " " + ev
}
