package diff

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type textWriter struct{}

// nameFloor is the narrowest a practice's name gets on a narrow terminal, its ID kept.
const nameFloor = 12

// Write writes the comparison for the terminal, fitted to in.Width: the practice table's
// names are cut to make room (never a figure), every other line is wrapped.
func (textWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := &render.Doc{}
	p := d.P
	p("%s", v.Heading)
	p("%s", v.Meta)
	p("%s", v.Disclaimer)
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
	width := render.Width(in.Width)
	d.Raw(practiceTable(v).Render(width))
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
	idW := idWidth(v.Gained, v.Lost)
	section(v.LGained, joined(v.Gained, "+ ", "  ", idW))
	section(v.LLost, joined(v.Lost, "- ", "  ", idW))
	if v.StillOpen != "" {
		section(v.LOpen, []string{v.StillOpen})
	}
	section(v.LAnswers, v.Answers)
	section(v.LMetrics, v.Metrics)
	return d.FlushFitted(w, width)
}

// practiceTable lines up each practice's share before and after and the change.
func practiceTable(v *view) render.Table {
	name := render.Column{Header: v.L.Practice, Floor: nameFloor, KeepID: true}
	old := render.Column{Header: v.LOld, Right: true}
	arrow := render.Column{Tight: true}
	neu := render.Column{Header: v.LNew, Tight: true}
	delta := render.Column{Header: v.LChange, Right: true}
	for _, pd := range v.Practices {
		name.Cells = append(name.Cells, pd.Name)
		old.Cells = append(old.Cells, pd.Old)
		arrow.Cells = append(arrow.Cells, "→")
		neu.Cells = append(neu.Cells, pd.New)
		delta.Cells = append(delta.Cells, pd.Delta)
	}
	return render.Table{Indent: "  ", Columns: []render.Column{name, old, arrow, neu, delta}}
}
