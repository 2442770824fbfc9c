package cohort

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// textSummary is what an evaluator reads in the terminal after a batch.
type textWriter struct{}

// WriteSummary writes the counts, the table of submissions (fitted to the terminal's width
// when known), the tier distribution, practice averages and the rarest criteria.
func (textWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := &render.Doc{}
	p := d.P
	p("%s", v.Title)
	p("%s", v.Counts)
	if v.Skipped != "" {
		p("%s", v.Skipped)
	}
	if v.Counted != "" {
		p("%s", v.Counted)
	}
	p("")
	p("%s", in.Cat.T("batch.submissions"))
	d.Raw(submissionTable(in, v.L))
	p("")
	p("%s", v.L.Tier)
	for _, t := range v.Tiers {
		p("  %-10s %s", t[0], t[1])
	}
	p("")
	p("%s", v.L.Practices)
	for _, pr := range v.Practice {
		p("  %-48s %8s", pr[0]+" ("+pr[1]+")", pr[2])
	}
	p("")
	p("%s", in.Cat.T("batch.rarest"))
	for _, q := range v.Rarest {
		p("  %-6s %-44s %7s  %s", q[0], q[1], q[2], q[3])
	}
	for _, d := range v.Dupes {
		p("")
		p("%s", d)
	}
	return d.Flush(w)
}
