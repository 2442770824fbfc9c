package tui

import (
	"errors"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
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
	f.fields = []*field{
		m.newField(c.T("form.city"), a.City, func(v string) error {
			if strings.TrimSpace(v) == "" {
				return errors.New(c.T("form.city_needed"))
			}
			return nil
		}, func(v string) { a.City = v }),
		m.newField(c.T("form.country"), a.Country, nil, func(v string) { a.Country = v }),
		m.newField(c.T("form.year"), itoa(a.Year), func(v string) error {
			if _, ok := assessment.ParseYear(v); !ok && v != "" {
				return errors.New(c.T("usage.bad_year", msg.Args{"Value": v}))
			}
			return nil
		}, func(v string) { a.Year, _ = assessment.ParseYear(v) }),
		m.newField(c.T("form.population"), itoa(a.Population), func(v string) error {
			if _, ok := session.ParsePopulation(v); !ok && v != "" {
				return errors.New(c.T("form.bad_population", msg.Args{"Value": v}))
			}
			return nil
		}, func(v string) { a.Population, _ = session.ParsePopulation(v) }),
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

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
