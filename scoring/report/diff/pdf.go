package diff

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type pdfWriter struct{}

// Write writes the comparison as an A4 PDF with the sections of the HTML page: the heading,
// the self-estimate line and the warnings, the tier, criteria and outcome lines, each
// practice in both years (a table and a before/after bar chart), the criteria gained, lost
// and still open, the other changes and the outcome metrics.
func (pdfWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	p := render.NewPDF(v.Heading+" · "+v.LTitle, in.Cat.Lang(), in.Date)
	p.Title(v.Heading)
	p.Meta(v.LTitle + " · " + v.Meta)
	p.Notice(v.Disclaimer)
	for _, x := range v.Warnings {
		p.Notice(x)
	}
	p.Pairs([][2]string{{v.L.Tier, v.TierLine}, {v.L.Criteria, v.CriteriaLine}, {v.L.Outcomes, v.OutcomesLine}})
	if v.NoChange != "" {
		p.Para(v.NoChange)
	}
	p.Heading(v.L.Practices)
	t := render.PDFTable{Header: []string{v.L.Practice, v.LOld, v.LNew, v.LChange}, Widths: []float64{0.46, 0.19, 0.19, 0.16},
		Right: []bool{false, true, true, true}}
	var bars []render.PDFBar
	for _, pd := range v.Practices {
		t.Rows = append(t.Rows, []string{pd.Name, pd.Old, pd.New, pd.Delta})
		bars = append(bars, render.PDFBar{Label: pd.Name, Value: pd.NewW * 100 / barWidth, Before: pd.OldW * 100 / barWidth,
			Color: "#1f4e79", Text: pd.Old + " → " + pd.New})
	}
	p.Table(t)
	p.Legend([][2]string{{v.LOld, render.PDFBeforeColor}, {v.LNew, "#1f4e79"}})
	p.Bars(bars)
	list := func(label string, items []string) {
		if len(items) > 0 {
			p.Heading(label)
			p.Para(strings.Join(items, "\n"))
		}
	}
	list(v.LGained, joined(v.Gained, "+ ", "  ", 0))
	list(v.LLost, joined(v.Lost, "- ", "  ", 0))
	if v.StillOpen != "" {
		list(v.LOpen, []string{v.StillOpen})
	}
	list(v.LAnswers, v.Answers)
	list(v.LMetrics, v.Metrics)
	return p.Finish(w)
}
