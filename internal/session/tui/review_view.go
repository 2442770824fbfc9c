package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// decisionMarks are the overview's marks of the evaluator's decisions, one column each.
var decisionMarks = map[assessment.Decision]string{
	assessment.Unreviewed: "·", assessment.Accepted: "✔", assessment.NotAccepted: "✘", assessment.Clarification: "?",
}

// View draws the screen.
func (m *ReviewModel) View() tea.View {
	v := tea.NewView(m.Frame())
	v.AltScreen = true
	return v
}

// Frame is the screen as text, exactly height lines of at most width columns.
func (m *ReviewModel) Frame() string {
	head := m.headerLines()
	foot := m.footerLines()
	h := max(m.height-len(head)-len(foot), 1)
	var body []string
	switch {
	case m.width >= sideBySide:
		lw := m.width * 9 / 20
		rw := m.width - lw - 3
		left, right := m.overviewLines(lw, h), m.claimLines(rw, h)
		body = make([]string, h)
		for i := range body {
			l, r := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			body[i] = fit(l, lw) + " " + m.st.dim.Render("│") + " " + r
		}
	case m.screen == screenCriterion:
		body = m.claimLines(m.width, h)
	default:
		body = m.overviewLines(m.width, h)
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

// headerLines are the city, the validated tier beside the claimed one, and how much is
// reviewed, then a rule.
func (m *ReviewModel) headerLines() []string {
	city := review.Who(m.w.A)
	reviewed, tiers := review.Progress(m.c, m.w)
	lines := []string{m.st.title.Render(truncate(city, m.width))}
	lines = append(lines, wrap(tiers, m.width)...)
	lines = append(lines, wrap(reviewed, m.width)...)
	return append(lines, m.st.dim.Render(strings.Repeat("─", m.width)))
}

// footerLines are the comment input or the last problem, and the keys in the session's
// language.
func (m *ReviewModel) footerLines() []string {
	var out []string
	args := keyArgs(m.c, nil)
	if m.editing {
		out = append(out, m.st.dim.Render(strings.Repeat("─", m.width)))
		args["ID"] = m.code(m.editT)
		for _, l := range wrap(m.c.T("review.tui.input.comment", args), m.width) {
			out = append(out, m.st.field.Render(fit(l, m.width)))
		}
		prompt := m.st.title.Render(m.code(m.editT)) + " > "
		m.input.SetWidth(max(m.width-width(prompt)-1, 10))
		out = append(out, prompt+m.input.View())
	}
	if m.status != "" {
		for _, l := range wrap(m.status, m.width) {
			out = append(out, m.st.err.Render(l))
		}
	}
	id := "review.tui.footer.overview"
	switch {
	case m.editing:
		id = "tui.footer.input"
	case m.screen == screenCriterion && m.width < sideBySide:
		id = "review.tui.footer.criterion"
	}
	out = append(out, m.st.dim.Render(strings.Repeat("─", m.width)))
	for _, l := range keyLines(m.c.T(id, args), m.width) {
		out = append(out, m.st.dim.Render(l))
	}
	return out
}

// keyArgs are the key names the footers use, in c's language.
func keyArgs(c interface {
	T(string, ...msg.Args) string
}, args msg.Args) msg.Args {
	out := msg.Args{}
	for k, v := range args {
		out[k] = v
	}
	for name, id := range map[string]string{"Enter": "tui.keyname.enter", "Esc": "tui.keyname.esc", "Tab": "tui.keyname.tab"} {
		out[name] = c.T(id)
	}
	return out
}

// code is a claim's short name: the criterion's code, or the metric's name.
func (m *ReviewModel) code(t review.Target) string {
	if t.IsMetric() {
		return truncate(msg.Clean(m.w.A.Outcomes[t.Metric].Name, 0), 30)
	}
	return m.w.Code(t.Criterion)
}

// reviewRow is a line of the overview: a heading (t < 0) or a claim (an index of all).
type reviewRow struct {
	heading string
	t       int
}

// rows are the overview's lines: each practice's heading and criteria, then the metrics.
func (m *ReviewModel) rows() []reviewRow {
	var rows []reviewRow
	last := ""
	for i, t := range m.all {
		head := m.c.T("review.tui.metrics")
		if !t.IsMetric() {
			p := m.w.Rubric.Question(t.Criterion).Practice
			head = p + " · " + render.PracticeName(m.w.Rubric, m.c, p)
		}
		if head != last {
			rows = append(rows, reviewRow{heading: head, t: -1})
			last = head
		}
		rows = append(rows, reviewRow{t: i})
	}
	return rows
}

// listHeight is how many rows the overview shows.
func (m *ReviewModel) listHeight() int {
	return max(m.height-len(m.headerLines())-len(m.footerLines()), 1)
}

// overviewLines draws the list in w columns and h lines, scrolled so that the selection
// shows with its heading when there is room.
func (m *ReviewModel) overviewLines(w, h int) []string {
	rows := m.rows()
	cur := 0
	for k, r := range rows {
		if r.t == m.sel {
			cur = k
		}
	}
	if cur-1 < m.top {
		m.top = max(cur-1, 0)
	}
	if cur >= m.top+h {
		m.top = cur - h + 1
	}
	m.top = max(0, min(m.top, len(rows)-h))
	var out []string
	for k := m.top; k < len(rows) && len(out) < h; k++ {
		r := rows[k]
		switch {
		case r.t < 0:
			out = append(out, "  "+m.st.practice.Render(truncate(r.heading, w-2)))
		case k == cur:
			out = append(out, "› "+m.st.sel.Render(fit(m.rowText(m.all[r.t], w-2), w-2)))
		default:
			out = append(out, "  "+m.rowText(m.all[r.t], w-2))
		}
	}
	return out
}

// rowText is one claim: the city's answer, its code and title, and the decision so far.
func (m *ReviewModel) rowText(t review.Target, w int) string {
	it := m.w.Item(t)
	dec := fit(m.decisionShort(t), 16)
	if t.IsMetric() {
		mt := m.w.A.Outcomes[t.Metric]
		name := truncate(msg.Clean(mt.Name, 0), w-22)
		return "  ◆ " + name + pad(w-22-width(name)) + " " + decisionMarks[it.Decision] + " " + dec
	}
	v := m.w.A.Answer(t.Criterion).Value
	q := m.w.Rubric.Question(t.Criterion)
	title := truncate(q.Title.Get(m.c.Lang()), w-30)
	return "  " + m.st.answer[v].Render(marks[v]) + " " + fmt.Sprintf("%-5s", q.ID) + " " + title + pad(w-30-width(title)) + " " +
		decisionMarks[it.Decision] + " " + dec
}

// decisionShort is the decision on t in words, a stale one marked "!".
func (m *ReviewModel) decisionShort(t review.Target) string {
	it := m.w.Item(t)
	if it.Decision == assessment.Unreviewed {
		return ""
	}
	s := review.DecisionWord(m.c, it.Decision)
	if m.w.IsStale(t) {
		s = "! " + s
	}
	return s
}

// claimLines are the selected claim: what the city says (answer, evidence in full, notes),
// the decision and comment so far, then the criterion's question and the rubric's guidance.
func (m *ReviewModel) claimLines(w, h int) []string {
	c, lang, t := m.c, m.c.Lang(), m.target()
	var out []string
	styled := func(st lipgloss.Style, s string) {
		for _, l := range wrap(s, w) {
			out = append(out, st.Render(l))
		}
	}
	add := func(s string) { out = append(out, wrap(s, w)...) }
	// Evidence is broken at the edge only, never at a dash or slash, so that a link reads
	// whole, as the city wrote it.
	evidence := func(s string) {
		out = append(out, strings.Split(ansi.Hardwrap(c.T("tui.evidence", msg.Args{"Text": orDash(s)}), max(w, 1), true), "\n")...)
	}
	it := m.w.Item(t)
	if t.IsMetric() {
		mt := m.w.A.Outcomes[t.Metric]
		styled(m.st.title, c.T("review.metric_title", msg.Args{"Name": mt.Name}))
		out = append(out, "")
		add(review.MetricLine(c, m.w, t.Metric))
		evidence(mt.Evidence)
	} else {
		q := m.w.Rubric.Question(t.Criterion)
		ans := m.w.A.Answer(t.Criterion)
		styled(m.st.title, q.ID+" · "+q.Title.Get(lang))
		styled(m.st.dim, c.T("tui.criterion.place", msg.Args{
			"N": m.sel + 1, "Of": len(m.w.Rubric.Questions()), "Practice": render.PracticeName(m.w.Rubric, c, q.Practice),
		}))
		out = append(out, "")
		styled(m.st.answer[ans.Value], c.T("review.city_answer", msg.Args{"Answer": marks[ans.Value] + " " + render.AnswerText(c, ans.Value)}))
		evidence(ans.Evidence)
		add(c.T("tui.notes", msg.Args{"Text": orDash(ans.Notes)}))
	}
	out = append(out, "")
	styled(m.st.title, c.T("review.tui.decision", msg.Args{"Decision": decisionMarks[it.Decision] + " " + review.DecisionWord(c, it.Decision)}))
	if it.Comment != "" {
		add(c.T("review.tui.comment", msg.Args{"Text": it.Comment}))
	}
	if m.w.IsStale(t) {
		styled(m.st.err, c.T("review.tui.stale", msg.Args{
			"Then": render.AnswerText(c, it.Answer), "Now": render.AnswerText(c, m.w.A.Answer(t.Criterion).Value),
		}))
	}
	if q := m.w.Question(t); q != nil {
		out = append(out, "")
		add(q.Question.Get(lang))
		if g := q.Guidance.Get(lang); g != "" {
			out = append(out, "")
			styled(m.st.dim, c.T("rubric.show.guidance", msg.Args{"Text": g}))
		}
	}
	if len(out) > h {
		out = out[:h]
	}
	return out
}
