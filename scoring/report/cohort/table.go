package cohort

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// submissionTable is the table of submissions the text summary shows: file, city, year,
// tier, share and the problem of a file that could not be read (its first line). With a
// width, the file, city and problem columns are cut, with …, until a line fits: a path from
// the left, keeping the file name that tells the rows apart, and the file column keeps twice
// the others' width, so the problem gives up its cells first.
func submissionTable(in Input, l render.Labels) string {
	c := in.Cat
	// The floors let the table fit 60 columns in every language ("sin nivel", "Proporción").
	cols := []render.Column{
		{Header: c.T("batch.col.file"), Floor: 12, KeepEnd: true, Weight: 2}, {Header: c.T("batch.col.city"), Floor: 7},
		{Header: c.T("batch.col.year")}, {Header: l.Tier}, {Header: l.Percent},
		{Header: c.T("batch.col.failure"), Floor: 6},
	}
	add := func(cells ...string) {
		for i, s := range cells {
			cols[i].Cells = append(cols[i].Cells, s)
		}
	}
	for _, s := range in.Rows {
		if s.Err != nil {
			problem, _, _ := strings.Cut(msg.Text(c, s.Err), "\n")
			// The row names the file: the problem goes on from where the message names it.
			if rest, ok := strings.CutPrefix(problem, s.Path); ok && strings.IndexAny(rest, ": ") == 0 {
				problem = strings.TrimLeft(rest, ": ")
			}
			add(s.Path, "", "", "", "", problem)
			continue
		}
		b := s.Brief
		note := ""
		if texts := render.NoticeTexts(c, b.Notices); len(texts) > 0 {
			// A scored file's problem is what its reader warned about: the first warning, and
			// how many more the report gives.
			note = "⚠ " + texts[0]
			if len(texts) > 1 {
				note += " (+" + strconv.Itoa(len(texts)-1) + ")"
			}
		}
		add(render.Line(s.Path), render.Line(b.City), render.Year(b.Year), render.TierName(in.Rubric, c, b.Tier), c.Percent(b.Percent()), note)
	}
	return render.Table{Indent: "  ", Columns: cols}.Render(in.Width)
}

// reviewTable is the text summary's table of reviews: for each scored submission its file,
// the tier it claims, the validated tier (marked * while provisional), the claimed criteria
// reviewed, the clarifications pending and whether its review is stale. provisional says
// some tier is marked. Cut to the width like the table of submissions.
func reviewTable(in Input, l render.Labels) (table string, provisional bool) {
	c := in.Cat
	cols := []render.Column{
		{Header: c.T("batch.col.file"), Floor: 12, KeepEnd: true, Weight: 2}, {Header: l.Tier},
		{Header: c.T("revbatch.short.validated"), Floor: 9}, {Header: c.T("revbatch.short.reviewed"), Right: true, Floor: 5},
		{Header: c.T("revbatch.short.clarifications"), Right: true, Floor: 5}, {Header: c.T("revbatch.short.stale"), Floor: 5},
	}
	for _, s := range in.Rows {
		if s.Err != nil {
			continue
		}
		cells := []string{render.Line(s.Path), render.TierName(in.Rubric, c, s.Brief.Tier), "", "", "", ""}
		if v := s.Brief.Validated; v != nil {
			cells[2] = render.TierName(in.Rubric, c, v.Tier)
			if v.Provisional {
				cells[2] += "*"
				provisional = true
			}
			cells[3], cells[4] = fmt.Sprintf("%d/%d", v.Reviewed, v.Claimed), fmt.Sprint(v.Clarifications)
			if s.Stale {
				cells[5] = l.Yes
			}
		} else if len(s.Reviews) > 1 {
			cells[2] = c.T("revbatch.short.twice")
		}
		for i, cell := range cells {
			cols[i].Cells = append(cols[i].Cells, cell)
		}
	}
	return render.Table{Indent: "  ", Columns: cols}.Render(in.Width), provisional
}
