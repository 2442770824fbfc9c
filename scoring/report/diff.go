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

// DiffInput is a comparison to write.
type DiffInput struct {
	C      *scoring.Comparison
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
}

// DiffWriter writes a comparison in one format.
type DiffWriter interface {
	WriteDiff(w io.Writer, in DiffInput) error
}

// DiffFormats are the formats of wwc diff.
var DiffFormats = map[string]func() DiffWriter{
	FormatText:     func() DiffWriter { return diffText{} },
	FormatMarkdown: func() DiffWriter { return diffMarkdown{} },
	FormatHTML:     func() DiffWriter { return diffHTML{} },
	FormatJSON:     func() DiffWriter { return diffJSON{} },
	FormatCSV:      func() DiffWriter { return diffCSV{} },
}

// diffView is a comparison put into words once.
type diffView struct {
	Heading, Rubric  string
	Warnings         []string
	TierLine         string
	CriteriaLine     string
	OutcomesLine     string
	Practices        []practiceDiff
	Gained, Lost     []idTitle
	StillOpen        string
	Answers          []string
	Metrics          []string
	L                labels
	LGained, LLost   string
	LOpen, LAnswers  string
	LMetrics, LTitle string
	NoChange         string
}

type practiceDiff struct {
	Name, Old, New, Delta string
	Up, Down              bool
}

type idTitle struct{ ID, Title string }

func newDiffView(in DiffInput) *diffView {
	c, r, cmp := in.Cat, in.Rubric, in.C
	o, n := cmp.Old, cmp.New
	v := &diffView{L: newLabels(c), LTitle: c.T("diff.title")}
	city := n.City
	if city == "" {
		city = o.City
	}
	v.Heading = c.T("diff.heading", msg.Args{"City": city, "Old": yearOr(c, o.Year), "New": yearOr(c, n.Year)})
	v.Rubric = c.T("summary.rubric", msg.Args{"ID": n.RubricID, "Version": n.RubricVersion})
	if !cmp.SameRubric {
		v.Warnings = append(v.Warnings, c.T("diff.other_rubric", msg.Args{
			"Old": o.RubricID + " " + o.RubricVersion, "New": n.RubricID + " " + n.RubricVersion, "Shared": cmp.Shared,
			"OnlyOld": listOr(c, cmp.OnlyOld), "OnlyNew": listOr(c, cmp.OnlyNew)}))
	}
	if !cmp.SameCity {
		v.Warnings = append(v.Warnings, c.T("diff.other_city", msg.Args{"Old": o.City, "New": n.City}))
	}
	change := "diff.tier_kept"
	switch cmp.TierChange {
	case 1:
		change = "diff.tier_up"
	case -1:
		change = "diff.tier_down"
	}
	v.TierLine = c.T(change, msg.Args{"Old": TierName(r, c, o.Tier), "New": TierName(r, c, n.Tier)})
	pctOld, pctNew := share(cmp.MetOld, cmp.Shared), share(cmp.MetNew, cmp.Shared)
	v.CriteriaLine = c.T("diff.criteria", msg.Args{"Old": cmp.MetOld, "New": cmp.MetNew, "Total": cmp.Shared,
		"PercentOld": c.Percent(pctOld), "PercentNew": c.Percent(pctNew), "Delta": signed(cmp.MetNew - cmp.MetOld)})
	v.OutcomesLine = c.T("diff.outcomes", msg.Args{"Old": o.OutcomesCounted, "New": n.OutcomesCounted})
	for _, p := range cmp.Practices {
		pd := practiceDiff{Name: PracticeName(r, c, p.ID) + " (" + p.ID + ")"}
		pd.Old, pd.New = "—", "—"
		if p.InOld {
			pd.Old = fmt.Sprintf("%d/%d %s", p.MetOld, p.TotalOld, c.Percent(p.Old))
		}
		if p.InNew {
			pd.New = fmt.Sprintf("%d/%d %s", p.MetNew, p.TotalNew, c.Percent(p.New))
		}
		if p.InOld && p.InNew {
			d := p.New - p.Old
			pd.Delta = c.Decimal(d, 1)
			if d > 0 {
				pd.Delta = "+" + pd.Delta
			}
			pd.Up, pd.Down = d > 0.05, d < -0.05
		}
		v.Practices = append(v.Practices, pd)
	}
	for _, id := range cmp.Gained {
		v.Gained = append(v.Gained, idTitle{id, QuestionTitle(r, c, id)})
	}
	for _, id := range cmp.Lost {
		v.Lost = append(v.Lost, idTitle{id, QuestionTitle(r, c, id)})
	}
	v.LGained = c.T("diff.gained", msg.Args{"Count": len(cmp.Gained)})
	v.LLost = c.T("diff.lost", msg.Args{"Count": len(cmp.Lost)})
	v.LOpen = c.T("diff.still_open", msg.Args{"Count": len(cmp.StillOpen)})
	v.StillOpen = strings.Join(cmp.StillOpen, ", ")
	v.LAnswers = c.T("diff.answers")
	for _, a := range cmp.Answers {
		var parts []string
		if a.From != a.To {
			parts = append(parts, AnswerText(c, a.From)+" → "+AnswerText(c, a.To))
		}
		if a.EvidenceAdded {
			parts = append(parts, c.T("diff.evidence_added"))
		}
		if a.EvidenceRemoved {
			parts = append(parts, c.T("diff.evidence_removed"))
		}
		v.Answers = append(v.Answers, a.ID+": "+strings.Join(parts, "; "))
	}
	v.LMetrics = c.T("summary.outcome_metrics")
	for _, m := range cmp.Metrics {
		if m.Kind == scoring.MetricSame {
			continue
		}
		line := c.T("diff.metric."+string(m.Kind), msg.Args{"Name": m.Name})
		if m.New != nil {
			line += ": " + valueText(c, m.New.Metric.Baseline, m.New.Metric.BaselineYear) + " → " + valueText(c, m.New.Metric.Current, m.New.Metric.CurrentYear)
		} else if m.Old != nil {
			line += ": " + valueText(c, m.Old.Metric.Baseline, m.Old.Metric.BaselineYear) + " → " + valueText(c, m.Old.Metric.Current, m.Old.Metric.CurrentYear)
		}
		v.Metrics = append(v.Metrics, line)
	}
	if !cmp.Changed() {
		v.NoChange = c.T("diff.nothing_changed")
	}
	return v
}

func yearOr(c *i18n.Catalog, y int) string {
	if y == 0 {
		return "?"
	}
	return fmt.Sprint(y)
}

func listOr(c *i18n.Catalog, ids []string) string {
	if len(ids) == 0 {
		return "—"
	}
	return strings.Join(ids, ", ")
}

func share(met, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(met) * 100 / float64(total)
}

func signed(n int) string {
	if n > 0 {
		return fmt.Sprintf("+%d", n)
	}
	return fmt.Sprint(n)
}

type diffText struct{}

// WriteDiff writes the comparison for the terminal.
func (diffText) WriteDiff(w io.Writer, in DiffInput) error {
	v := newDiffView(in)
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p("%s", v.Heading)
	p("%s", v.Rubric)
	for _, x := range v.Warnings {
		p("! %s", x)
	}
	p("")
	p("%s: %s", v.L.Tier, v.TierLine)
	p("%s: %s", v.L.Criteria, v.CriteriaLine)
	p("%s: %s", v.L.Outcomes, v.OutcomesLine)
	if v.NoChange != "" {
		p("")
		p("%s", v.NoChange)
	}
	p("")
	p("%s", v.L.Practices)
	for _, pd := range v.Practices {
		p("  %-48s %14s → %-14s %s", pd.Name, pd.Old, pd.New, pd.Delta)
	}
	section := func(label string, lines []string) {
		if len(lines) == 0 {
			return
		}
		p("")
		p("%s", label)
		for _, l := range lines {
			p("  %s", l)
		}
	}
	var gained, lost []string
	for _, g := range v.Gained {
		gained = append(gained, "+ "+g.ID+"  "+g.Title)
	}
	for _, l := range v.Lost {
		lost = append(lost, "- "+l.ID+"  "+l.Title)
	}
	section(v.LGained, gained)
	section(v.LLost, lost)
	if v.StillOpen != "" {
		section(v.LOpen, []string{v.StillOpen})
	}
	section(v.LAnswers, v.Answers)
	section(v.LMetrics, v.Metrics)
	_, err := io.WriteString(w, b.String())
	return err
}

type diffMarkdown struct{}

// WriteDiff writes the comparison as Markdown.
func (diffMarkdown) WriteDiff(w io.Writer, in DiffInput) error {
	v := newDiffView(in)
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p("%s", wwcmark.MarkdownLine)
	p("# %s", md(v.Heading))
	p("")
	p("%s", md(v.Rubric))
	for _, x := range v.Warnings {
		p("")
		p("> **%s**", md(x))
	}
	p("")
	p("| | |")
	p("|---|---|")
	p("| **%s** | %s |", v.L.Tier, md(v.TierLine))
	p("| **%s** | %s |", v.L.Criteria, md(v.CriteriaLine))
	p("| **%s** | %s |", v.L.Outcomes, md(v.OutcomesLine))
	p("")
	if v.NoChange != "" {
		p("%s", md(v.NoChange))
		p("")
	}
	p("## %s", v.L.Practices)
	p("")
	p("| %s | | | |", v.L.Practice)
	p("|---|---:|---:|---:|")
	for _, pd := range v.Practices {
		p("| %s | %s | %s | %s |", md(pd.Name), md(pd.Old), md(pd.New), md(pd.Delta))
	}
	list := func(label string, items []string) {
		if len(items) == 0 {
			return
		}
		p("")
		p("## %s", md(label))
		p("")
		for _, it := range items {
			p("- %s", md(it))
		}
	}
	var gained, lost []string
	for _, g := range v.Gained {
		gained = append(gained, g.ID+" "+g.Title)
	}
	for _, l := range v.Lost {
		lost = append(lost, l.ID+" "+l.Title)
	}
	list(v.LGained, gained)
	list(v.LLost, lost)
	if v.StillOpen != "" {
		list(v.LOpen, []string{v.StillOpen})
	}
	list(v.LAnswers, v.Answers)
	list(v.LMetrics, v.Metrics)
	_, err := io.WriteString(w, b.String())
	return err
}

type diffHTML struct{}

var diffTmpl = template.Must(template.New("diff").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><meta name="generator" content="wwc"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.V.LTitle}} · {{.V.Heading}}</title>
<style>
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#f5f7fa}
main{max-width:940px;margin:0 auto;padding:28px 32px;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:26px 0 8px;border-bottom:1px solid #d9e2ec}
.meta{color:#5b6b7b}.warn{background:#fff3cd;border-left:4px solid #c99a06;padding:8px 12px}
table{width:100%;border-collapse:collapse;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #d9e2ec}
td.num{text-align:right;white-space:nowrap}.up{color:#1e6b41;font-weight:600}.down{color:#9c1c28;font-weight:600}
li.gain{color:#1e6b41}li.loss{color:#9c1c28}
@media print{@page{size:A4;margin:14mm}body{background:#fff}main{padding:0}tr{break-inside:avoid}}
</style></head><body><main>
<h1>{{.V.Heading}}</h1><p class="meta">{{.V.LTitle}} · {{.V.Rubric}}</p>
{{range .V.Warnings}}<p class="warn">{{.}}</p>{{end}}
<table><tr><th>{{.V.L.Tier}}</th><td>{{.V.TierLine}}</td></tr><tr><th>{{.V.L.Criteria}}</th><td>{{.V.CriteriaLine}}</td></tr><tr><th>{{.V.L.Outcomes}}</th><td>{{.V.OutcomesLine}}</td></tr></table>
{{if .V.NoChange}}<p>{{.V.NoChange}}</p>{{end}}
<h2>{{.V.L.Practices}}</h2>
<table>{{range .V.Practices}}<tr><td>{{.Name}}</td><td class="num">{{.Old}}</td><td class="num">{{.New}}</td><td class="num {{if .Up}}up{{else if .Down}}down{{end}}">{{.Delta}}</td></tr>{{end}}</table>
{{if .V.Gained}}<h2>{{.V.LGained}}</h2><ul>{{range .V.Gained}}<li class="gain">{{.ID}} {{.Title}}</li>{{end}}</ul>{{end}}
{{if .V.Lost}}<h2>{{.V.LLost}}</h2><ul>{{range .V.Lost}}<li class="loss">{{.ID}} {{.Title}}</li>{{end}}</ul>{{end}}
{{if .V.StillOpen}}<h2>{{.V.LOpen}}</h2><p>{{.V.StillOpen}}</p>{{end}}
{{if .V.Answers}}<h2>{{.V.LAnswers}}</h2><ul>{{range .V.Answers}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{if .V.Metrics}}<h2>{{.V.LMetrics}}</h2><ul>{{range .V.Metrics}}<li>{{.}}</li>{{end}}</ul>{{end}}
</main></body></html>
`))

// WriteDiff writes the comparison as one self-contained page.
func (diffHTML) WriteDiff(w io.Writer, in DiffInput) error {
	return diffTmpl.Execute(w, struct {
		Lang string
		V    *diffView
	}{in.Cat.Lang(), newDiffView(in)})
}

type diffCSV struct{}

// WriteDiff writes one row per criterion: its answer and whether it counts, before and after.
func (diffCSV) WriteDiff(w io.Writer, in DiffInput) error {
	c, cmp := in.Cat, in.C
	l := newLabels(c)
	header := []string{l.ID, l.Practice, l.Criterion, c.T("diff.col.answer_old"), c.T("diff.col.answer_new"),
		c.T("diff.col.counts_old"), c.T("diff.col.counts_new"), c.T("diff.col.change")}
	var rows [][]string
	old := map[string]scoring.QuestionResult{}
	for _, q := range cmp.Old.Questions {
		old[q.ID] = q
	}
	yes := func(b bool) string {
		if b {
			return l.Yes
		}
		return l.No
	}
	for _, q := range cmp.New.Questions {
		o, ok := old[q.ID]
		if !ok {
			continue
		}
		change := "diff.change.same"
		switch {
		case q.Counted() && !o.Counted():
			change = "diff.change.gained"
		case !q.Counted() && o.Counted():
			change = "diff.change.lost"
		case o.Answer != q.Answer || (o.Evidence == "") != (q.Evidence == ""):
			change = "diff.change.changed"
		}
		rows = append(rows, []string{q.ID, q.Practice, QuestionTitle(in.Rubric, c, q.ID), AnswerText(c, o.Answer), AnswerText(c, q.Answer),
			yes(o.Counted()), yes(q.Counted()), c.T(change)})
	}
	return writeCSV(w, c.Lang(), header, rows)
}

type diffJSON struct{}

// diffDoc is the comparison as JSON (wwc-diff/1).
type diffDoc struct {
	Format     string         `json:"format"`
	Old        snapshotDoc    `json:"old"`
	New        snapshotDoc    `json:"new"`
	SameRubric bool           `json:"same_rubric"`
	SameCity   bool           `json:"same_city"`
	OnlyOld    []string       `json:"only_old"`
	OnlyNew    []string       `json:"only_new"`
	Tier       string         `json:"tier_change"`
	Shared     int            `json:"shared_criteria"`
	Gained     []string       `json:"gained"`
	Lost       []string       `json:"lost"`
	StillOpen  []string       `json:"still_open"`
	Answers    []answerChange `json:"answers_changed"`
	Practices  []practiceDoc2 `json:"practices"`
	Metrics    []metricChange `json:"outcomes"`
	Changed    bool           `json:"changed"`
}

type snapshotDoc struct {
	City    string    `json:"city"`
	Year    int       `json:"year"`
	Rubric  RubricDoc `json:"rubric"`
	Tier    string    `json:"tier"`
	Met     int       `json:"met"`
	Total   int       `json:"total"`
	Counted int       `json:"outcomes_counted"`
}

type answerChange struct {
	ID              string `json:"id"`
	From            string `json:"from"`
	To              string `json:"to"`
	EvidenceAdded   bool   `json:"evidence_added,omitempty"`
	EvidenceRemoved bool   `json:"evidence_removed,omitempty"`
}

type practiceDoc2 struct {
	ID  string   `json:"id"`
	Old *float64 `json:"old"`
	New *float64 `json:"new"`
}

type metricChange struct {
	Name string `json:"name"`
	Kind string `json:"change"`
}

// WriteDiff writes the comparison document.
func (diffJSON) WriteDiff(w io.Writer, in DiffInput) error {
	cmp := in.C
	snap := func(r *scoring.Result) snapshotDoc {
		return snapshotDoc{City: r.City, Year: r.Year, Rubric: RubricDoc{r.RubricID, r.RubricVersion}, Tier: r.Tier, Met: r.Met, Total: r.Total, Counted: r.OutcomesCounted}
	}
	tier := map[int]string{1: "up", 0: "kept", -1: "down"}[cmp.TierChange]
	d := diffDoc{Format: "wwc-diff/1", Old: snap(cmp.Old), New: snap(cmp.New), SameRubric: cmp.SameRubric, SameCity: cmp.SameCity,
		OnlyOld: nonNil(cmp.OnlyOld), OnlyNew: nonNil(cmp.OnlyNew), Tier: tier, Shared: cmp.Shared,
		Gained: nonNil(cmp.Gained), Lost: nonNil(cmp.Lost), StillOpen: nonNil(cmp.StillOpen),
		Answers: []answerChange{}, Practices: []practiceDoc2{}, Metrics: []metricChange{}, Changed: cmp.Changed()}
	for _, a := range cmp.Answers {
		d.Answers = append(d.Answers, answerChange{a.ID, a.From.String(), a.To.String(), a.EvidenceAdded, a.EvidenceRemoved})
	}
	for _, p := range cmp.Practices {
		pd := practiceDoc2{ID: p.ID}
		if p.InOld {
			v := p.Old
			pd.Old = &v
		}
		if p.InNew {
			v := p.New
			pd.New = &v
		}
		d.Practices = append(d.Practices, pd)
	}
	for _, m := range cmp.Metrics {
		d.Metrics = append(d.Metrics, metricChange{m.Name, string(m.Kind)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// namesIn lists, in the order of Formats, the format names a writer map has.
func namesIn[T any](m map[string]T) []string {
	var out []string
	for _, n := range Names() {
		if _, ok := m[n]; ok {
			out = append(out, n)
		}
	}
	return out
}

// DiffFormatNames lists the formats of wwc diff, for help text.
func DiffFormatNames() []string { return namesIn(DiffFormats) }

// TrendFormatNames lists the formats of wwc trend, for help text.
func TrendFormatNames() []string { return namesIn(TrendFormats) }
