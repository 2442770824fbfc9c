package trend

import (
	"fmt"
	"io"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type pdfWriter struct{}

// Write writes the trend as an A4 PDF with the sections of the HTML page: the header, the
// share by year as a line over the tier bands, the table of years and each criterion's
// history; a panel as its own sections (panelPDF).
func (pdfWriter) Write(w io.Writer, in Input) error {
	if in.Panel != nil {
		return writePanelPDF(w, in)
	}
	v := newView(in)
	c, t := in.Cat, in.T
	p := render.NewPDF(v.LTitle+" · "+v.Heading, c.Lang(), in.Date)
	p.Title(v.Heading)
	p.Meta(v.Meta)
	p.Notice(v.Disclaimer)
	var points []render.PDFPoint
	for _, res := range t.Results {
		points = append(points, render.PDFPoint{Label: fmt.Sprint(res.Year), Value: res.Percent(), Text: c.Percent(res.Percent())})
	}
	p.LineChart(points, tierBands(c, in.Rubric), render.QuarterTicks(c))
	yearTables(p, in, v.Headers, v.Rows)
	p.Heading(v.LFirst)
	historyPDF(p, v.L, v.LFirstMet, v.LChanges, v.History, v.Never)
	return p.Finish(w)
}

// tierBands are the rubric's tiers as bands of the 0–100 axis.
func tierBands(c *i18n.Catalog, r *questions.Rubric) []render.PDFBand {
	var bands []render.PDFBand
	for i, tier := range r.Tiers {
		from, to := float64(tier.MinPercent)/100, 100.0
		if i+1 < len(r.Tiers) {
			to = float64(r.Tiers[i+1].MinPercent) / 100
		}
		bands = append(bands, render.PDFBand{From: from, To: to, Name: tier.Name.Get(c.Lang()), Color: render.TierColor(tier.ID)})
	}
	return bands
}

// yearColumns are the columns of the table of years before the practices: year, tier,
// share, met, outcome metrics.
const yearColumns = 5

// pdfYearsPerTable is how many years a table of the PDF takes as columns.
const pdfYearsPerTable = 8

// yearTables writes the table of years (headers and rows from yearRows) as two: the year's
// tier and figures, a row per year, then the practices, a row each, by year (the page is too
// narrow for a column per practice), eight years to a table.
func yearTables(p *render.PDF, in Input, headers []string, rows [][]string) {
	var first [][]string
	for _, r := range rows {
		first = append(first, r[:yearColumns])
	}
	p.Table(render.PDFTable{Header: headers[:yearColumns], Rows: first, Widths: []float64{0.12, 0.28, 0.2, 0.2, 0.2},
		Right: []bool{true, false, true, true, true}})
	if len(headers) == yearColumns {
		return
	}
	for from := 0; from < len(rows); from += pdfYearsPerTable {
		to := min(from+pdfYearsPerTable, len(rows))
		t := render.PDFTable{Header: []string{render.NewLabels(in.Cat).Practice}, Widths: []float64{0.4}, Right: []bool{false}}
		for _, r := range rows[from:to] {
			t.Header = append(t.Header, r[0])
			t.Widths = append(t.Widths, 0.6/float64(to-from))
			t.Right = append(t.Right, true)
		}
		for k := yearColumns; k < len(headers); k++ {
			row := []string{render.PracticeName(in.Rubric, in.Cat, headers[k]) + " (" + headers[k] + ")"}
			for _, r := range rows[from:to] {
				row = append(row, r[k])
			}
			t.Rows = append(t.Rows, row)
		}
		p.Table(t)
	}
}

// historyPDF writes a city's criteria over the years: a row per criterion ever met, then the
// line naming those never met.
func historyPDF(p *render.PDF, l render.Labels, lFirst, lChanges string, rows []historyRow, never string) {
	if len(rows) > 0 {
		t := render.PDFTable{Header: []string{l.Criterion, lFirst, lChanges}, Widths: []float64{0.5, 0.14, 0.36}}
		for _, h := range rows {
			t.Rows = append(t.Rows, []string{h.Criterion, h.First, h.Changes})
		}
		p.Table(t)
	}
	if never != "" {
		p.Para(never)
	}
}

// writePanelPDF writes a panel: the header, a bar per city and year (its share, in its tier's
// color, the tier and share written beside), then the tables of the HTML page and each
// city's criteria over the years.
func writePanelPDF(w io.Writer, in Input) error {
	v := newPanelView(in)
	c, r := in.Cat, in.Rubric
	p := render.NewPDF(v.LTitle+" · "+v.Heading, c.Lang(), in.Date)
	p.Title(v.Heading)
	p.Meta(v.Meta)
	p.Notice(v.Disclaimer)
	p.Heading(v.LCities)
	for i, city := range in.Panel.Cities {
		p.Subheading(v.Cities[i].Name)
		var bars []render.PDFBar
		for _, res := range city.Results {
			bars = append(bars, render.PDFBar{Label: fmt.Sprint(res.Year), Value: res.Percent(), Before: -1, Color: render.TierColor(res.Tier),
				Text: render.TierName(r, c, res.Tier) + " · " + c.Percent(res.Percent())})
		}
		p.Bars(bars)
	}
	p.Table(render.PDFTable{Header: v.CityHeaders, Rows: v.CityRows, Widths: []float64{0.2, 0.14, 0.07, 0.12, 0.1, 0.09, 0.1, 0.18},
		Right: []bool{false, false, true, false, true, true, true, false}})
	p.Heading(v.LByYear)
	widths := []float64{0.1, 0.1}
	right := []bool{true, true}
	for range len(v.YearHeaders) - 2 {
		widths = append(widths, 0.8/float64(len(v.YearHeaders)-2))
		right = append(right, true)
	}
	p.Table(render.PDFTable{Header: v.YearHeaders, Rows: v.YearRows, Widths: widths, Right: right})
	p.Heading(v.LCriteria)
	criteriaPDF(p, v.CriteriaHeaders, v.CriteriaRows, in)
	if v.OtherRubric != "" {
		p.Para(v.OtherRubric)
	}
	p.Heading(v.LHistory)
	for _, city := range v.Cities {
		p.Subheading(city.Name)
		historyPDF(p, v.L, v.LFirstMet, v.LChanges, city.History, city.Never)
	}
	return p.Finish(w)
}

// criteriaPDF writes the criteria by year: the criterion (ID and title, where the HTML gives
// the ID alone), then a column per year, eight years to a table.
func criteriaPDF(p *render.PDF, headers []string, rows [][]string, in Input) {
	years := len(headers) - 1
	for from := 1; from <= years; from += pdfYearsPerTable {
		to := min(from+pdfYearsPerTable, years+1)
		t := render.PDFTable{Header: []string{render.NewLabels(in.Cat).Criterion}, Widths: []float64{0.4}, Right: []bool{false}}
		for _, h := range headers[from:to] {
			t.Header = append(t.Header, h)
			t.Widths = append(t.Widths, 0.6/float64(to-from))
			t.Right = append(t.Right, true)
		}
		for _, r := range rows {
			row := []string{r[0] + " " + render.QuestionTitle(in.Rubric, in.Cat, r[0])}
			t.Rows = append(t.Rows, append(row, r[from:to]...))
		}
		p.Table(t)
	}
}
