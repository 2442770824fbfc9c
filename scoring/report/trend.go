package report

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/wwcmark"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// TrendInput is a city's path over several years.
type TrendInput struct {
	T      *scoring.Trend
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
}

// TrendWriter writes a trend in one format.
type TrendWriter interface {
	WriteTrend(w io.Writer, in TrendInput) error
}

// TrendFormats are the formats of wwc trend.
var TrendFormats = map[string]func() TrendWriter{
	FormatText:     func() TrendWriter { return trendText{} },
	FormatMarkdown: func() TrendWriter { return trendMarkdown{} },
	FormatHTML:     func() TrendWriter { return trendHTML{} },
	FormatJSON:     func() TrendWriter { return trendJSON{} },
	FormatCSV:      func() TrendWriter { return trendCSV{} },
}

// trendView is the trend as a table: a header and one row per year, plus first-met years.
type trendView struct {
	Heading  string
	Headers  []string
	Rows     [][]string
	FirstMet [][2]string // ID and title, year
	Never    string
	L        labels
	LFirst   string
	LTitle   string
}

func newTrendView(in TrendInput) *trendView {
	c, r, t := in.Cat, in.Rubric, in.T
	v := &trendView{L: newLabels(c), LFirst: c.T("trend.first_met"), LTitle: c.T("trend.title")}
	last := t.Results[len(t.Results)-1]
	v.Heading = c.T("trend.heading", msg.Args{"City": last.City, "From": t.Results[0].Year, "To": last.Year})
	v.Headers = []string{c.T("batch.col.year"), v.L.Tier, v.L.Percent, v.L.Met, v.L.Outcomes}
	for _, p := range last.Practices {
		v.Headers = append(v.Headers, p.ID)
	}
	for _, res := range t.Results {
		row := []string{fmt.Sprint(res.Year), TierName(r, c, res.Tier), c.Percent(res.Percent()), fmt.Sprintf("%d/%d", res.Met, res.Total), fmt.Sprint(res.OutcomesCounted)}
		byID := map[string]scoring.PracticeResult{}
		for _, p := range res.Practices {
			byID[p.ID] = p
		}
		for _, p := range last.Practices {
			if q, ok := byID[p.ID]; ok {
				row = append(row, c.Percent(q.Percent()))
			} else {
				row = append(row, "—")
			}
		}
		v.Rows = append(v.Rows, row)
	}
	var never []string
	for _, fm := range t.FirstMet {
		if fm.Year == 0 {
			never = append(never, fm.ID)
			continue
		}
		v.FirstMet = append(v.FirstMet, [2]string{fm.ID + " " + QuestionTitle(r, c, fm.ID), fmt.Sprint(fm.Year)})
	}
	if len(never) > 0 {
		v.Never = c.T("trend.never", msg.Args{"IDs": strings.Join(never, ", ")})
	}
	return v
}

type trendText struct{}

// WriteTrend writes the trend table for the terminal.
func (trendText) WriteTrend(w io.Writer, in TrendInput) error {
	v := newTrendView(in)
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p("%s", v.Heading)
	p("")
	widths := make([]int, len(v.Headers))
	for i, h := range v.Headers {
		widths[i] = len([]rune(h))
	}
	for _, r := range v.Rows {
		for i, c := range r {
			widths[i] = max(widths[i], len([]rune(c)))
		}
	}
	line := func(cells []string) {
		parts := make([]string, len(cells))
		for i, c := range cells {
			parts[i] = c + strings.Repeat(" ", widths[i]-len([]rune(c)))
		}
		p("%s", strings.TrimRight(strings.Join(parts, "  "), " "))
	}
	line(v.Headers)
	for _, r := range v.Rows {
		line(r)
	}
	p("")
	p("%s", v.LFirst)
	for _, fm := range v.FirstMet {
		p("  %s  %s", fm[1], fm[0])
	}
	if v.Never != "" {
		p("  %s", v.Never)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type trendMarkdown struct{}

// WriteTrend writes the trend as Markdown tables.
func (trendMarkdown) WriteTrend(w io.Writer, in TrendInput) error {
	v := newTrendView(in)
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p("%s", wwcmark.MarkdownLine)
	p("# %s", md(v.Heading))
	p("")
	mdTable(&b, v.Headers, v.Rows)
	p("")
	p("## %s", md(v.LFirst))
	p("")
	p("| %s | %s |", v.L.Criterion, v.Headers[0])
	p("|---|---|")
	for _, fm := range v.FirstMet {
		p("| %s | %s |", md(fm[0]), fm[1])
	}
	if v.Never != "" {
		p("")
		p("%s", md(v.Never))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type trendCSV struct{}

// WriteTrend writes one row per year.
func (trendCSV) WriteTrend(w io.Writer, in TrendInput) error {
	v := newTrendView(in)
	return writeCSV(w, in.Cat.Lang(), v.Headers, v.Rows)
}

type trendJSON struct{}

type trendDoc struct {
	Format   string          `json:"format"`
	City     string          `json:"city"`
	Years    []trendYearDoc  `json:"years"`
	FirstMet map[string]*int `json:"first_met"`
}

type trendYearDoc struct {
	Year      int                `json:"year"`
	Rubric    RubricDoc          `json:"rubric"`
	Tier      string             `json:"tier"`
	Met       int                `json:"met"`
	Total     int                `json:"total"`
	Percent   float64            `json:"percent"`
	Outcomes  int                `json:"outcomes_counted"`
	Practices map[string]float64 `json:"practices"`
}

// WriteTrend writes the trend document (wwc-trend/1).
func (trendJSON) WriteTrend(w io.Writer, in TrendInput) error {
	t := in.T
	d := trendDoc{Format: "wwc-trend/1", City: t.Results[len(t.Results)-1].City, FirstMet: map[string]*int{}}
	for _, r := range t.Results {
		y := trendYearDoc{Year: r.Year, Rubric: RubricDoc{r.RubricID, r.RubricVersion}, Tier: r.Tier, Met: r.Met, Total: r.Total,
			Percent: r.Percent(), Outcomes: r.OutcomesCounted, Practices: map[string]float64{}}
		for _, p := range r.Practices {
			y.Practices[p.ID] = p.Percent()
		}
		d.Years = append(d.Years, y)
	}
	for _, fm := range t.FirstMet {
		if fm.Year == 0 {
			d.FirstMet[fm.ID] = nil
		} else {
			year := fm.Year
			d.FirstMet[fm.ID] = &year
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

type trendHTML struct{}

var trendTmpl = template.Must(template.New("trend").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><meta name="generator" content="wwc"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.V.LTitle}} · {{.V.Heading}}</title>
<style>
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#f5f7fa}
main{max-width:940px;margin:0 auto;padding:28px 32px;background:#fff}
h1{font-size:26px;margin:0 0 8px}h2{font-size:18px;margin:26px 0 8px;border-bottom:1px solid #d9e2ec}
table{width:100%;border-collapse:collapse;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #d9e2ec}
svg text{font-family:inherit}
@media print{@page{size:A4;margin:14mm}body{background:#fff}main{padding:0}tr,svg{break-inside:avoid}}
</style></head><body><main>
<h1>{{.V.Heading}}</h1>
<svg width="100%" viewBox="0 0 740 300" role="img" aria-label="{{.V.L.Percent}}">
{{range .Bands}}<rect x="60" y="{{printf "%.1f" .Y}}" width="600" height="{{printf "%.1f" .H}}" fill="{{.Color}}" opacity=".18"/>
<text x="668" y="{{printf "%.1f" .LabelY}}" text-anchor="start" font-size="11" fill="#5b6b7b">{{.Name}}</text>{{end}}
{{range .Ticks}}<line x1="60" x2="660" y1="{{printf "%.1f" .Y}}" y2="{{printf "%.1f" .Y}}" stroke="#e4e9ef"/><text x="52" y="{{printf "%.1f" .TextY}}" text-anchor="end" font-size="11" fill="#5b6b7b">{{.Label}}</text>{{end}}
<polyline points="{{.Line}}" fill="none" stroke="#1f4e79" stroke-width="3"/>
{{range .Points}}<circle cx="{{printf "%.1f" .X}}" cy="{{printf "%.1f" .Y}}" r="5" fill="#1f4e79"/><text x="{{printf "%.1f" .X}}" y="{{printf "%.1f" .LabelY}}" text-anchor="middle" font-size="12" font-weight="600">{{.Label}}</text><text x="{{printf "%.1f" .X}}" y="292" text-anchor="middle" font-size="12">{{.Year}}</text>{{end}}
</svg>
<table><thead><tr>{{range .V.Headers}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>{{range .V.Rows}}<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>{{end}}</tbody></table>
<h2>{{.V.LFirst}}</h2>
<table>{{range .V.FirstMet}}<tr><td>{{index . 0}}</td><td>{{index . 1}}</td></tr>{{end}}</table>
{{if .V.Never}}<p>{{.V.Never}}</p>{{end}}
</main></body></html>
`))

type chartBand struct {
	Y, H, LabelY float64
	Color, Name  string
}

type chartTick struct {
	Y, TextY float64
	Label    string
}

type chartPoint struct {
	X, Y, LabelY float64
	Label        string
	Year         int
}

// WriteTrend writes a page with the share over the years, the tier bands shaded behind it.
func (trendHTML) WriteTrend(w io.Writer, in TrendInput) error {
	v := newTrendView(in)
	c, r, t := in.Cat, in.Rubric, in.T
	const top, height = 20.0, 250.0
	y := func(pct float64) float64 { return top + height*(1-pct/100) }
	var bands []chartBand
	for i, tier := range r.Tiers {
		from := float64(tier.MinPercent) / 100
		to := 100.0
		if i+1 < len(r.Tiers) {
			to = float64(r.Tiers[i+1].MinPercent) / 100
		}
		bands = append(bands, chartBand{Y: y(to), H: y(from) - y(to), LabelY: y(to) + 14, Color: colorFor(tier.ID), Name: tier.Name.Get(c.Lang())})
	}
	var ticks []chartTick
	for _, pct := range []float64{0, 25, 50, 75, 100} {
		ticks = append(ticks, chartTick{Y: y(pct), TextY: y(pct) + 4, Label: c.Percent(pct)})
	}
	var points []chartPoint
	line := ""
	n := len(t.Results)
	for i, res := range t.Results {
		x := 360.0
		if n > 1 {
			x = 90 + 540*float64(i)/float64(n-1)
		}
		py := y(res.Percent())
		points = append(points, chartPoint{X: x, Y: py, LabelY: py - 10, Label: c.Percent(res.Percent()), Year: res.Year})
		line += fmt.Sprintf("%.1f,%.1f ", x, py)
	}
	return trendTmpl.Execute(w, struct {
		Lang   string
		V      *trendView
		Bands  []chartBand
		Ticks  []chartTick
		Points []chartPoint
		Line   string
	}{c.Lang(), v, bands, ticks, points, line})
}
