package tui

import (
	"github.com/citydatakit/wwc/internal/session"
)

// openDetails shows the city details: city, country, year and population, prefilled. The
// city is required; first says the form opens the session and cannot be left without it.
func (m *Model) openDetails(first bool) {
	c, a := m.c, m.a
	f := &form{title: c.T("form.details"), footer: "tui.footer.form", required: true}
	if first {
		f.help = c.T("tui.details_first")
	}
	for _, df := range session.DetailFields(c, a) {
		f.fields = append(f.fields, m.newField(df.Label, df.Text, df.Validate, df.Set))
	}
	f.focus = 0
	if a.City != "" {
		f.focus = 2 // the city is known: the year is what is missing
	}
	f.fields[f.focus].input.Focus()
	m.form = f
	if m.screen != screenForm {
		m.back = m.screen
	}
	if first {
		m.back = m.screen
	}
	m.screen = screenForm
}
