package diff

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type markdownWriter struct{}

// Write writes the comparison as Markdown.
func (markdownWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := render.MarkdownDoc(v.Heading)
	p, md := d.P, render.MD
	p("%s", md(v.Meta))
	p("")
	p("> %s", md(v.Disclaimer))
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
	p("| %s | %s | %s | %s |", v.L.Practice, md(v.LOld), md(v.LNew), md(v.LChange))
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
	list(v.LGained, joined(v.Gained, "", " ", 0))
	list(v.LLost, joined(v.Lost, "", " ", 0))
	if v.StillOpen != "" {
		list(v.LOpen, []string{v.StillOpen})
	}
	list(v.LAnswers, v.Answers)
	list(v.LMetrics, v.Metrics)
	return d.Flush(w)
}
