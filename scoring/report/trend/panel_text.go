package trend

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// writePanelText writes a panel for the terminal, fitted to in.Width: the header, the cities
// year by year, the cohort year by year, the share meeting each criterion, then each city's
// criteria over the years.
func writePanelText(w io.Writer, in Input) error {
	v := newPanelView(in)
	width := render.Width(in.Width)
	d := &render.Doc{}
	textHeader(d, v.Header, v.Meta)
	d.P("%s", v.LCities)
	d.Raw(cityTable(v).Render(width))
	d.P("")
	d.P("%s", v.LByYear)
	d.Raw(plainTable(v.YearHeaders, v.YearRows, 1).Render(width))
	d.P("")
	d.P("%s", v.LCriteria)
	d.Raw(plainTable(v.CriteriaHeaders, v.CriteriaRows, 1).Render(width))
	if v.OtherRubric != "" {
		d.P("%s", v.OtherRubric)
	}
	d.P("")
	d.P("%s", v.LHistory)
	for _, c := range v.Cities {
		d.P("")
		d.P("%s", c.Name)
		textHistory(d, c.History, c.Never, "  ", width)
	}
	return d.FlushFitted(w, width)
}

// cityTable is the table of the cities' years: city, country and year are repeated in every
// part when it is stacked, the tier names and the city's may be cut.
func cityTable(v *panelView) render.Table {
	t := plainTable(v.CityHeaders, v.CityRows, panelColumns)
	t.Columns[0].Floor, t.Columns[0].Weight = 8, 2
	t.Columns[1].Floor = 6
	t.Columns[3].Floor, t.Columns[3].Break = tierFloor, true
	t.Columns[len(t.Columns)-1].Floor, t.Columns[len(t.Columns)-1].Break = 8, true
	return t
}

// plainTable is a text table of headers and rows that repeats its first keep columns when
// stacked.
func plainTable(headers []string, rows [][]string, keep int) render.Table {
	cols := make([]render.Column, len(headers))
	for i, h := range headers {
		cols[i].Header = h
		for _, r := range rows {
			cols[i].Cells = append(cols[i].Cells, r[i])
		}
	}
	return render.Table{Columns: cols, Keep: keep}
}

// writePanelMarkdown writes a panel as Markdown: the same sections as the text, as tables.
func writePanelMarkdown(w io.Writer, in Input) error {
	v := newPanelView(in)
	d := render.MarkdownDoc(v.Heading)
	p, md := d.P, render.MD
	mdHeader(d, v.Header, v.Meta)
	for _, s := range []struct {
		title   string
		headers []string
		rows    [][]string
	}{{v.LCities, v.CityHeaders, v.CityRows}, {v.LByYear, v.YearHeaders, v.YearRows}, {v.LCriteria, v.CriteriaHeaders, v.CriteriaRows}} {
		p("## %s", md(s.title))
		p("")
		d.MDTable(s.headers, s.rows)
		p("")
	}
	if v.OtherRubric != "" {
		p("%s", md(v.OtherRubric))
		p("")
	}
	p("## %s", md(v.LHistory))
	for _, c := range v.Cities {
		p("")
		p("### %s", md(c.Name))
		p("")
		mdHistory(d, v.L.Criterion, v.LFirstMet, v.LChanges, c.History, c.Never)
	}
	return d.Flush(w)
}
