package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// sideBySide is the width from which the overview and the criterion view share the screen.
const sideBySide = 120

// View draws the screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Frame())
	v.AltScreen = true
	return v
}

// Frame is the screen as text, exactly height lines of at most width columns.
func (m *Model) Frame() string {
	head := m.headerLines()
	foot := m.footerLines()
	h := max(m.height-len(head)-len(foot), 1)
	var body []string
	switch m.screen {
	case screenHelp:
		body = m.helpLines(m.width, h)
	case screenResult:
		body = m.resultLines(m.width, h)
	case screenMetrics:
		body = m.metricsLines(m.width, h)
	case screenForm:
		body = m.form.lines(m, m.width, h)
	default:
		body = m.mainLines(h)
	}
	lines := append(head, body...)
	for len(lines) < m.height-len(foot) {
		lines = append(lines, "")
	}
	lines = append(lines[:min(len(lines), m.height-len(foot))], foot...)
	for i, l := range lines {
		lines[i] = strings.TrimRight(truncate(l, m.width), " ")
	}
	return strings.Join(lines, "\n")
}

// mainLines are the overview and the criterion view: side by side on a wide screen, the one
// in use on a narrow one.
func (m *Model) mainLines(h int) []string {
	if m.width >= sideBySide {
		lw := m.width * 9 / 20
		rw := m.width - lw - 3
		left := m.overviewLines(lw, h)
		right := m.criterionLines(rw, h)
		out := make([]string, h)
		for i := range out {
			l, r := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			out[i] = fit(l, lw) + " " + m.st.dim.Render("│") + " " + r
		}
		return out
	}
	if m.screen == screenCriterion {
		return m.criterionLines(m.width, h)
	}
	return m.overviewLines(m.width, h)
}

// headerLines are the city, the live score and what the next tier needs, then a rule.
func (m *Model) headerLines() []string {
	c, a, res := m.c, m.a, m.res
	// The city and country come from a file that may be a stranger's: shown escaped.
	city := msg.Clean(a.City, 0)
	if city == "" {
		city = c.T("tui.no_city")
	}
	if a.Country != "" {
		city += ", " + msg.Clean(a.Country, 0)
	}
	if a.Year != 0 {
		city += fmt.Sprintf(" · %d", a.Year)
	}
	tier := c.T("tui.header.tier", msg.Args{"Tier": render.TierName(m.r, c, res.Tier)})
	score := c.T("tui.header.score", msg.Args{"Met": res.Met, "Total": res.Total, "Percent": c.Percent(res.Percent())}) +
		" · " + c.T("tui.header.metrics", msg.Args{"N": res.OutcomesCounted, "Of": len(res.Outcomes)})
	in := result.Input{Result: res, Rubric: m.r, Cat: c}
	plan := result.PlanHeadline(in)
	lines := []string{m.st.title.Render(truncate(city, m.width-width(tier)-3)) + " · " + tier}
	lines = append(lines, wrap(score, m.width)...)
	for _, l := range sentences(plan, m.width, 2) {
		lines = append(lines, m.st.dim.Render(l))
	}
	return append(lines, m.st.dim.Render(strings.Repeat("─", m.width)))
}

// sentences fits s into at most n lines of w columns by whole sentences: the last ones that
// do not fit are left out (the header's plan is said whole in the result view, r); a first
// sentence longer than n lines is cut with "…", never silently.
func sentences(s string, w, n int) []string {
	for {
		lines := wrap(s, w)
		if len(lines) <= n {
			return lines
		}
		end := -1
		for _, stop := range []string{". ", "! ", "? ", ".) "} {
			if i := strings.LastIndex(s, stop); i >= 0 {
				end = max(end, i+len(stop)-1)
			}
		}
		if end <= 0 {
			lines = lines[:n]
			lines[n-1] = ansi.Truncate(strings.TrimRight(lines[n-1], " "), max(w-1, 1), "") + "…"
			return lines
		}
		s = strings.TrimRight(s[:end], " ")
	}
}

// footerLines are the input being typed or the last problem, and the keys of the screen in
// the session's language.
func (m *Model) footerLines() []string {
	var out []string
	if m.edit != editNone {
		out = m.inputLines()
	} else {
		var state []string
		if m.filter != "" {
			state = append(state, m.c.T("tui.filter_on", m.keyArgs(msg.Args{"Text": m.filter})))
		}
		if m.onlyOpen {
			state = append(state, m.c.T("tui.only_open_on"))
		}
		if len(state) > 0 && (m.screen == screenOverview || m.screen == screenCriterion) {
			out = append(out, m.st.dim.Render(strings.Join(state, " · ")))
		}
	}
	if m.status != "" {
		for _, l := range wrap(m.status, m.width) {
			out = append(out, m.st.err.Render(l))
		}
	}
	id := "tui.footer.overview"
	switch {
	case m.edit == editFilter:
		id = "tui.footer.input"
	case m.edit != editNone:
		id = "tui.footer.text_input"
	case m.screen == screenCriterion:
		id = "tui.footer.criterion"
	case m.screen == screenResult:
		id = "tui.footer.result"
	case m.screen == screenMetrics:
		id = "tui.footer.metrics"
	case m.screen == screenForm:
		id = m.form.footer
	case m.screen == screenHelp:
		id = "tui.footer.help"
	}
	out = append(out, m.st.dim.Render(strings.Repeat("─", m.width)))
	for _, l := range keyLines(m.c.T(id, m.keyArgs(nil)), m.width) {
		out = append(out, m.st.dim.Render(l))
	}
	return out
}

// inputLines are the one-line input at the bottom, set apart from the list above by a rule
// and a highlighted label: the evidence or notes input names its criterion's code on both
// its lines, so that what is typed cannot be taken for keys of the list.
func (m *Model) inputLines() []string {
	label := map[editing]string{editEvidence: "tui.input.evidence", editNotes: "tui.input.notes", editFilter: "tui.input.filter"}[m.edit]
	out := []string{m.st.dim.Render(strings.Repeat("─", m.width))}
	for _, l := range wrap(m.c.T(label, m.keyArgs(msg.Args{"ID": m.qs[m.editQ].ID})), m.width) {
		out = append(out, m.st.field.Render(fit(l, m.width)))
	}
	prompt := "> "
	if m.edit != editFilter {
		prompt = m.st.title.Render(m.qs[m.editQ].ID) + " > "
	}
	m.input.SetWidth(max(m.width-width(prompt)-1, 10))
	return append(out, prompt+m.input.View())
}

// keyLines packs the items of a key line ("1 met · 2 not met · ...") into lines of w columns,
// breaking between items only.
func keyLines(s string, w int) []string {
	var lines []string
	cur := ""
	for _, item := range strings.Split(s, " · ") {
		switch {
		case cur == "":
			cur = item
		case width(cur)+3+width(item) <= w:
			cur += " · " + item
		default:
			lines = append(lines, cur)
			cur = item
		}
	}
	return append(lines, cur)
}

// criterionLines are the selected criterion: its code and title, question and guidance
// wrapped to w, and the city's answer, evidence and notes.
func (m *Model) criterionLines(w, h int) []string {
	c, lang := m.c, m.c.Lang()
	q := m.qs[m.sel]
	if m.header != "" {
		p := m.r.Practice(m.header)
		return []string{m.st.title.Render(truncate(p.ID+" · "+p.Name.Get(lang), w))}
	}
	ans := m.a.Answer(m.id(m.sel))
	var out []string
	// Text is wrapped before it is styled, so that every line opens and closes its style.
	styled := func(st lipgloss.Style, s string) {
		for _, l := range wrap(s, w) {
			out = append(out, st.Render(l))
		}
	}
	add := func(s string) { out = append(out, wrap(s, w)...) }
	styled(m.st.title, q.ID+" · "+q.Title.Get(lang))
	styled(m.st.dim, c.T("tui.criterion.place", msg.Args{
		"N": m.sel + 1, "Of": len(m.qs), "Practice": render.PracticeName(m.r, c, q.Practice),
	}))
	out = append(out, "")
	add(q.Question.Get(lang))
	if g := q.Guidance.Get(lang); g != "" {
		out = append(out, "")
		styled(m.st.dim, c.T("rubric.show.guidance", msg.Args{"Text": g}))
	}
	if len(q.Prerequisites) > 0 {
		styled(m.st.dim, c.T("rubric.show.prerequisites", msg.Args{"IDs": strings.Join(q.Prerequisites, ", ")}))
	}
	out = append(out, "")
	// Styles go around the catalog's text: the catalog escapes control characters in values.
	styled(m.st.answer[ans.Value], c.T("tui.answer", msg.Args{"Answer": marks[ans.Value] + " " + render.AnswerText(c, ans.Value)}))
	add(c.T("tui.evidence", msg.Args{"Text": orDash(ans.Evidence)}))
	add(c.T("tui.notes", msg.Args{"Text": orDash(ans.Notes)}))
	for _, qr := range m.res.Questions {
		if qr.ID == questions.NormalizeID(q.ID) && qr.Reason == scoring.ReasonPrereq && ans.Value == assessment.Met {
			styled(m.st.err, render.ReasonText(c, qr))
		}
	}
	if len(out) > h {
		out = out[:h]
	}
	return out
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// wrap breaks s into lines of at most w columns at spaces (a longer word is cut).
func wrap(s string, w int) []string {
	return strings.Split(ansi.Wrap(s, max(w, 1), ""), "\n")
}

// truncate cuts s to w columns with an ellipsis.
func truncate(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, max(w, 1), "…")
}

// fit is s cut or padded to exactly w columns.
func fit(s string, w int) string {
	s = truncate(s, w)
	return s + pad(w-ansi.StringWidth(s))
}

func pad(n int) string { return strings.Repeat(" ", max(n, 0)) }

func width(s string) int { return ansi.StringWidth(s) }

// listHeight is how many rows the overview shows.
func (m *Model) listHeight() int {
	return max(m.height-len(m.headerLines())-len(m.footerLines()), 1)
}
