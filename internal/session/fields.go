package session

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// Field is one text a city types, the same in the line mode and the full-screen application:
// its label, the current text, the check of what is typed ("" included, so that optional
// fields accept it and required ones refuse it) and what storing it does.
type Field struct {
	Label    string
	Text     string
	Validate func(string) error
	Set      func(string)
}

// DetailFields are the city details in the order asked: city (required), country, year and
// population.
func DetailFields(c *i18n.Catalog, a *assessment.Assessment) []Field {
	return []Field{
		{c.T("form.city"), a.City, func(v string) error {
			if strings.TrimSpace(v) == "" {
				return fmt.Errorf("%s", c.T("form.city_needed"))
			}
			return nil
		}, func(v string) { a.City = strings.TrimSpace(v) }},
		{c.T("form.country"), a.Country, nil, func(v string) { a.Country = v }},
		{c.T("form.year"), itoaOrEmpty(a.Year), yearCheck(c), func(v string) { a.Year, _ = assessment.ParseYear(v) }},
		{c.T("form.population"), itoaOrEmpty(a.Population), func(v string) error {
			if _, ok := assessment.ParseWhole(v); !ok && strings.TrimSpace(v) != "" {
				return fmt.Errorf("%s", c.T("form.bad_population", msg.Args{"Value": v}))
			}
			return nil
		}, func(v string) { a.Population, _ = assessment.ParseWhole(v) }},
	}
}

// FigureFields are a metric's years, values and evidence, prefilled from cur, numbers in the
// session's decimal mark; each stores into the metric that metric returns (a new metric may
// move as the list grows). Any may be left empty: a metric without a current value is kept,
// shown as not counted.
func FigureFields(c *i18n.Catalog, cur *assessment.Metric, metric func() *assessment.Metric) []Field {
	number := func(v string) error {
		if _, ok := assessment.ParseNumberIn(v, InputLang(c)); !ok && strings.TrimSpace(v) != "" {
			return fmt.Errorf("%s", c.T("form.bad_number", msg.Args{"Value": v}))
		}
		return nil
	}
	setNumber := func(dst func(*assessment.Metric) **float64) func(string) {
		return func(v string) {
			p := dst(metric())
			if f, ok := assessment.ParseNumberIn(v, InputLang(c)); ok && v != "" {
				*p = &f
			} else {
				*p = nil
			}
		}
	}
	year := yearCheck(c)
	return []Field{
		{c.T("form.metric.baseline_year"), itoaOrEmpty(cur.BaselineYear), year, func(v string) { metric().BaselineYear, _ = assessment.ParseYear(v) }},
		{c.T("form.metric.baseline"), NumberText(c, cur.Baseline), number, setNumber(func(x *assessment.Metric) **float64 { return &x.Baseline })},
		{c.T("form.metric.current_year"), itoaOrEmpty(cur.CurrentYear), year, func(v string) { metric().CurrentYear, _ = assessment.ParseYear(v) }},
		{c.T("form.metric.current"), NumberText(c, cur.Current), number, setNumber(func(x *assessment.Metric) **float64 { return &x.Current })},
		{c.T("form.metric.evidence"), cur.Evidence, nil, func(v string) { metric().Evidence = v }},
	}
}

// yearCheck accepts a four-digit year or nothing.
func yearCheck(c *i18n.Catalog) func(string) error {
	return func(v string) error {
		if _, ok := assessment.ParseYear(v); !ok && strings.TrimSpace(v) != "" {
			return fmt.Errorf("%s", c.T("usage.bad_year", msg.Args{"Value": v}))
		}
		return nil
	}
}

// itoaOrEmpty writes n, or nothing for 0 (not given).
func itoaOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
