package tui

import (
	"bytes"
	"regexp"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// resultView is the wwc score summary, scrollable, with a line cursor: Enter on a line that
// names a criterion (a suggestion of the plan) opens that criterion.
type resultView struct {
	lines     []string
	cur, top  int
	wrapWidth int
}

// summaryText is the text summary wwc score prints, fitted to width columns. It is the one
// place the application reaches the report writers.
func (m *Model) summaryText(width int) string {
	in := result.Input{Result: m.res, Rubric: m.r, Cat: m.c, Width: width}
	f, _ := result.Formats.Lookup(render.FormatText)
	var b bytes.Buffer
	if err := f.New().Write(&b, in); err != nil {
		return err.Error()
	}
	return strings.TrimRight(b.String(), "\n")
}

func (m *Model) openResult() {
	m.screen = screenResult
	m.result = resultView{}
}

func (m *Model) resultLines(w, h int) []string {
	rv := &m.result
	if rv.lines == nil || rv.wrapWidth != w {
		rv.lines = strings.Split(m.summaryText(w-2), "\n")
		for i, l := range rv.lines {
			rv.lines[i] = safe(l) // the summary is plain text; anything else came from the file
		}
		rv.wrapWidth = w
		rv.cur = min(rv.cur, len(rv.lines)-1)
	}
	title := m.st.title.Render(m.c.T("form.result"))
	h--
	if rv.cur < rv.top {
		rv.top = rv.cur
	}
	if rv.cur >= rv.top+h {
		rv.top = rv.cur - h + 1
	}
	out := []string{title}
	for k := rv.top; k < len(rv.lines) && k < rv.top+h; k++ {
		if k == rv.cur {
			out = append(out, "›"+" "+m.st.sel.Render(fit(rv.lines[k], w-2)))
		} else {
			out = append(out, "  "+rv.lines[k])
		}
	}
	return out
}

// reCode finds a criterion's code in a line of the summary.
var reCode = regexp.MustCompile(`\b[A-Z]{2,5}[0-9]{1,2}\b`)

func (m *Model) resultKey(s string) tea.Cmd {
	rv := &m.result
	n := len(rv.lines)
	page := max(m.listHeight()-1, 1)
	switch s {
	case "q":
		m.quit()
	case "?":
		m.back, m.screen = m.screen, screenHelp
	case "esc", "r", "backspace":
		m.screen = screenOverview
	case "up", "k":
		rv.cur = max(rv.cur-1, 0)
	case "down", "j":
		rv.cur = min(rv.cur+1, n-1)
	case "pgup":
		rv.cur = max(rv.cur-page, 0)
	case "pgdown", "space":
		rv.cur = min(rv.cur+page, n-1)
	case "g", "home":
		rv.cur = 0
	case "G", "end":
		rv.cur = max(n-1, 0)
	case "enter":
		if rv.cur < 0 || rv.cur >= n {
			return nil
		}
		for _, code := range reCode.FindAllString(rv.lines[rv.cur], -1) {
			for i, q := range m.qs {
				if questions.NormalizeID(q.ID) == questions.NormalizeID(code) {
					m.sel, m.header = i, ""
					m.screen = screenCriterion
					m.reveal()
					return nil
				}
			}
		}
	}
	return nil
}
