package session

import (
	"fmt"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// metricAction is an entry of the metrics menu.
type metricAction int

const (
	actAdd metricAction = iota
	actEdit
	actRemove
	actDone
)

// outcomes lets the user add, edit and remove resident-outcome metrics, each shown as counted
// or not and why, saving after every change.
func (s *Session) outcomes() error {
	c := s.c
	s.say("%s", c.T("form.outcomes"))
	s.say("%s", c.T("form.outcomes_help"))
	choices := map[metricAction]choice{
		actAdd:    {Label: c.T("form.metric.add"), Words: []string{"add", "agregar", "añadir", "adicionar", "a"}},
		actEdit:   {Label: c.T("form.metric.edit"), Words: []string{"edit", "editar", "e"}},
		actRemove: {Label: c.T("form.metric.remove"), Words: []string{"remove", "quitar", "eliminar", "remover", "r"}},
		actDone:   {Label: c.T("form.metric.done"), Words: []string{"done", "listo", "terminar", "pronto", "concluir", "d"}},
	}
	for {
		s.listMetrics()
		menu := []metricAction{actAdd, actEdit, actRemove, actDone}
		if len(s.o.A.Outcomes) == 0 {
			menu = []metricAction{actAdd, actDone} // nothing to edit or remove yet
		}
		options := make([]choice, len(menu))
		for i, act := range menu {
			options[i] = choices[act]
		}
		pick, err := s.p.Choose(c.T("form.metric.action"), "", options, len(menu)-1)
		if err != nil {
			return err
		}
		switch menu[pick] {
		case actAdd:
			if err := s.editMetric(&assessment.Metric{}, true); err != nil {
				return err
			}
		case actEdit:
			i, err := s.whichMetric()
			if err != nil {
				return err
			}
			if err := s.editMetric(&s.o.A.Outcomes[i], false); err != nil {
				return err
			}
		case actRemove:
			i, err := s.whichMetric()
			if err != nil {
				return err
			}
			s.o.A.Outcomes = append(s.o.A.Outcomes[:i], s.o.A.Outcomes[i+1:]...)
			if err := s.save(); err != nil {
				return err
			}
		default:
			s.say("")
			return nil
		}
	}
}

func (s *Session) listMetrics() {
	c := s.c
	if len(s.o.A.Outcomes) == 0 {
		s.say("  %s", c.T("form.metric.none"))
		return
	}
	for i, m := range s.o.A.Outcomes {
		mr := scoring.MetricResult{Metric: m, Reason: scoring.JudgeMetric(m)}
		mark := "✓"
		if !mr.Counted() {
			mark = "✗"
		}
		s.say("  %d. %s %s", i+1, mark, result.OutcomeLine(c, mr))
	}
}

func (s *Session) whichMetric() (int, error) {
	opts := make([]choice, len(s.o.A.Outcomes))
	for i, m := range s.o.A.Outcomes {
		opts[i] = choice{Label: m.Name}
	}
	return s.p.Choose(s.c.T("form.metric.which"), "", opts, -1)
}

// editMetric asks every field of a metric, prefilled. A new metric is added and saved once it
// has a name, then saved after every field, like an existing one.
func (s *Session) editMetric(m *assessment.Metric, isNew bool) error {
	c, a := s.c, s.o.A
	name, err := s.p.Text(c.T("form.metric.name"), "", m.Name, func(v string) error {
		if v == "" {
			return fmt.Errorf("%s", c.T("form.metric.name_needed"))
		}
		return nil
	})
	if err != nil {
		return err
	}
	if name == "" {
		return nil
	}
	m.Name = name
	if isNew {
		a.Outcomes = append(a.Outcomes, *m)
		m = &a.Outcomes[len(a.Outcomes)-1]
	}
	if err := s.save(); err != nil {
		return err
	}
	if err := s.askText(c.T("form.metric.unit"), m.Unit, nil, func(v string) { m.Unit = v }); err != nil {
		return err
	}
	if err := s.askDirection(m); err != nil {
		return err
	}
	return s.askFigures(m)
}

// askText asks for one text of a metric and saves the file when the answer changes it.
func (s *Session) askText(label, value string, validate func(string) error, set func(string)) error {
	v, err := s.p.Text(label, "", value, validate)
	if err != nil {
		return err
	}
	if v != value {
		set(v)
		return s.save()
	}
	return nil
}

// askDirection asks which way is better for the metric.
func (s *Session) askDirection(m *assessment.Metric) error {
	c := s.c
	dirs := []choice{
		{Label: c.T("direction.increase"), Words: []string{"increase", "aumentar", "subir", "up", "higher"}},
		{Label: c.T("direction.decrease"), Words: []string{"decrease", "disminuir", "reducir", "diminuir", "reduzir", "down", "lower"}},
	}
	cur := map[assessment.Direction]int{assessment.Increase: 0, assessment.Decrease: 1}
	current := -1
	if i, ok := cur[m.Direction]; ok {
		current = i
	}
	d, err := s.p.Choose(c.T("form.metric.direction"), "", dirs, current)
	if err != nil {
		return err
	}
	if nd := []assessment.Direction{assessment.Increase, assessment.Decrease}[d]; nd != m.Direction {
		m.Direction = nd
		return s.save()
	}
	return nil
}

// askFigures asks for the metric's years, values and evidence (see FigureFields).
func (s *Session) askFigures(m *assessment.Metric) error {
	for _, f := range FigureFields(s.c, m, func() *assessment.Metric { return m }) {
		if err := s.askText(f.Label, f.Text, f.Validate, f.Set); err != nil {
			return err
		}
	}
	return nil
}

// InputLang is the convention typed numbers are read by: the session's language, but with a
// decimal point where its region writes one (es-MX), so "17.717" is seventeen there.
func InputLang(c *i18n.Catalog) string {
	if c.DecimalPoint() {
		return "en"
	}
	return c.Lang()
}

// NumberText is a metric's value as the field is pre-filled with it: in the session's
// decimal mark, as the officer would type it.
func NumberText(c *i18n.Catalog, p *float64) string {
	if p == nil {
		return ""
	}
	return c.Plain(*p)
}
