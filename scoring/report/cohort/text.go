package cohort

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// textWriter is what an evaluator reads in the terminal after a batch.
type textWriter struct{}

// Narrowest a practice's name and a criterion's title get on a narrow terminal.
const (
	practiceFloor = 12
	titleFloor    = 12
)

// hang is how much further than their first line the later lines of a long sentence start.
const hang = "  "

// Write writes the counts, the table of submissions, the tier distribution, practice averages
// and the rarest criteria, fitted to the terminal's width when it is known: names, titles
// and paths are cut with … (never a figure) and a sentence, such as the list of a city's
// duplicate files, wraps with a hanging indent. Without a width (a pipe, a file) nothing is
// cut or wrapped, so that every path and message stays whole on its line.
func (textWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	width := in.Width
	d := &render.Doc{}
	p := d.P
	say := func(s string) { p("%s", render.Hang(s, width, hang)) }
	say(v.Title)
	say(v.Counts)
	if v.Skipped != "" {
		say(v.Skipped)
	}
	if v.Counted != "" {
		say(v.Counted)
	}
	if v.Other != "" {
		say(v.Other)
	}
	if v.Review != nil {
		for _, line := range v.Review.Lines {
			say(line)
		}
	}
	p("")
	say(in.Cat.T("batch.submissions"))
	d.Raw(submissionTable(in, v.L))
	if v.Review != nil {
		p("")
		say(in.Cat.T("revbatch.section"))
		table, provisional := reviewTable(in, v.L)
		d.Raw(table)
		if provisional {
			say(in.Cat.T("revbatch.provisional_legend"))
		}
		for i, problem := range v.Review.Problems {
			if i == 0 {
				p("")
			}
			say(problem)
		}
	}
	p("")
	say(v.L.Tier)
	tiers := render.Table{Indent: "  ", Gap: 1, Headless: true, Columns: []render.Column{{Floor: 6}, {}}}
	for _, t := range v.Tiers {
		tiers.Columns[0].Cells = append(tiers.Columns[0].Cells, t[0])
		tiers.Columns[1].Cells = append(tiers.Columns[1].Cells, t[1])
	}
	d.Raw(tiers.Render(width))
	p("")
	say(v.L.Practices)
	d.Raw(practiceTable(v).Render(width))
	p("")
	say(in.Cat.T("batch.rarest"))
	d.Raw(rarestTable(v).Render(width))
	for _, dup := range v.Dupes {
		p("")
		say(dup)
	}
	return d.Flush(w)
}

// practiceTable lines up each practice's average, its name cut before the figure would move.
func practiceTable(v *view) render.Table {
	name := render.Column{Floor: practiceFloor, KeepID: true}
	avg := render.Column{Right: true}
	for _, pr := range v.Practice {
		name.Cells = append(name.Cells, pr[0]+" ("+pr[1]+")")
		avg.Cells = append(avg.Cells, pr[2])
	}
	return render.Table{Indent: "  ", Headless: true, Columns: []render.Column{name, avg}}
}

// rarestTable lines up the criteria met by the fewest: ID, title (cut first), met of
// submissions, rate.
func rarestTable(v *view) render.Table {
	cols := []render.Column{{}, {Floor: titleFloor}, {Right: true}, {Right: true}}
	for _, q := range v.Rarest {
		for i := range cols {
			cols[i].Cells = append(cols[i].Cells, q[i])
		}
	}
	return render.Table{Indent: "  ", Headless: true, Columns: cols}
}
