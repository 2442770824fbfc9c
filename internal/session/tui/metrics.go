package tui

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/session"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// metricsView is the list of resident-outcome metrics; removing asks once more.
type metricsView struct {
	sel      int
	removing bool
}

func (m *Model) openMetrics() {
	m.screen = screenMetrics
	m.mets = metricsView{sel: min(m.mets.sel, max(len(m.a.Outcomes)-1, 0))}
}

func (m *Model) metricsLines(w, h int) []string {
	c := m.c
	out := []string{m.st.title.Render(c.T("form.outcomes"))}
	// The title names the metrics; the help goes on from it rather than name them again.
	out = append(out, wrap(m.st.dim.Render(c.T("tui.metrics_help")), w)...)
	out = append(out, "")
	if len(m.a.Outcomes) == 0 {
		out = append(out, "  "+c.T("form.metric.none"))
	}
	for i, mt := range m.a.Outcomes {
		mr := scoring.MetricResult{Metric: mt, Reason: scoring.JudgeMetric(mt)}
		mark := m.st.answer[assessment.Met].Render("✓")
		if !mr.Counted() {
			mark = m.st.answer[assessment.NotMet].Render("✗")
		}
		line := fmt.Sprintf("%d. %s %s", i+1, mark, result.OutcomeLine(c, mr))
		for k, l := range wrap(line, w-2) {
			switch {
			case k > 0:
				out = append(out, "     "+l)
			case i == m.mets.sel:
				out = append(out, "› "+m.st.sel.Render(l))
			default:
				out = append(out, "  "+l)
			}
		}
	}
	if m.mets.removing && m.mets.sel < len(m.a.Outcomes) {
		out = append(out, "", m.st.err.Render(c.T("tui.metric_remove", msg.Args{"Name": m.a.Outcomes[m.mets.sel].Name})))
	}
	if len(out) > h {
		out = out[:h]
	}
	return out
}

func (m *Model) metricsKey(s string) tea.Cmd {
	mv := &m.mets
	n := len(m.a.Outcomes)
	if mv.removing {
		mv.removing = false
		if (s == "y" || s == "s") && mv.sel < n {
			m.a.Outcomes = append(m.a.Outcomes[:mv.sel:mv.sel], m.a.Outcomes[mv.sel+1:]...)
			m.save()
			mv.sel = max(min(mv.sel, len(m.a.Outcomes)-1), 0)
		}
		return nil
	}
	switch s {
	case "q":
		m.quit()
	case "?":
		m.back, m.screen = m.screen, screenHelp
	case "esc", "m", "backspace":
		m.screen = screenOverview
	case "up", "k":
		mv.sel = max(mv.sel-1, 0)
	case "down", "j":
		mv.sel = max(min(mv.sel+1, n-1), 0)
	case "a", "+":
		m.openMetricForm(-1)
	case "enter", "e":
		if n > 0 {
			m.openMetricForm(mv.sel)
		}
	case "x", "d", "delete":
		if n > 0 {
			mv.removing = true
		}
	}
	return nil
}

// openMetricForm edits metric i, or a new one (i < 0), every field prefilled; numbers in the
// session's decimal mark. A new metric is added once its name is given, and every field is
// saved as it is left.
func (m *Model) openMetricForm(i int) {
	c, a := m.c, m.a
	idx := i
	var cur assessment.Metric
	if i >= 0 {
		cur = a.Outcomes[i]
	}
	metric := func() *assessment.Metric {
		if idx < 0 {
			a.Outcomes = append(a.Outcomes, assessment.Metric{})
			idx = len(a.Outcomes) - 1
			m.mets.sel = idx
		}
		return &a.Outcomes[idx]
	}
	name := m.newField(c.T("form.metric.name"), cur.Name, func(v string) error {
		if v == "" {
			return errors.New(c.T("form.metric.name_needed"))
		}
		return nil
	}, func(v string) { metric().Name = v })
	dir := &field{label: c.T("form.metric.direction"), input: newInput(), choices: []string{c.T("direction.increase"), c.T("direction.decrease")}}
	if cur.Direction == assessment.Decrease {
		dir.choice = 1
	}
	dir.saved = dir.choices[dir.choice]
	if cur.Direction != assessment.Increase && cur.Direction != assessment.Decrease {
		dir.saved = "" // not given yet: stored when the field is left
	}
	dir.set = func(v string) {
		metric().Direction = []assessment.Direction{assessment.Increase, assessment.Decrease}[dir.choice]
	}
	f := &form{title: c.T("form.outcomes"), footer: "tui.footer.form"}
	f.fields = []*field{
		name,
		m.newField(c.T("form.metric.unit"), cur.Unit, nil, func(v string) { metric().Unit = v }),
		dir,
	}
	for _, ff := range session.FigureFields(c, &cur, metric) {
		f.fields = append(f.fields, m.newField(ff.Label, ff.Text, ff.Validate, ff.Set))
	}
	f.fields[0].input.Focus()
	f.done = func(m *Model) { m.screen = screenMetrics }
	m.form = f
	m.back = screenMetrics
	m.screen = screenForm
}
