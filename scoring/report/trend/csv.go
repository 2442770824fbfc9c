package trend

import (
	"fmt"
	"io"

	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type csvWriter struct{}

// metColumn is the view's column of criteria met ("22/43"), which the CSV splits in two.
const metColumn = 3

// Write writes one row per year, the view's table with the criteria met and their total as
// two number columns (a cell such as "22/43" is read as a date by Excel), then the criteria
// first met, lost and met again that year. A panel is written by writePanelCSV.
func (csvWriter) Write(w io.Writer, in Input) error {
	if in.Panel != nil {
		return writePanelCSV(w, in)
	}
	v := newView(in)
	header := append(splice(v.Headers, v.L.Met, in.Cat.T("batch.col.total")), changeColumns(in)...)
	rows := make([][]string, len(v.Rows))
	for i, row := range v.Rows {
		res := in.T.Results[i]
		rows[i] = append(splice(row, fmt.Sprint(res.Met), fmt.Sprint(res.Total)), changeCells(in.T.History, res.Year)...)
	}
	return render.WriteCSV(w, in.Cat, header, rows)
}

// splice is row with its met column replaced by met and total.
func splice(row []string, met, total string) []string {
	out := append([]string(nil), row[:metColumn]...)
	out = append(out, met, total)
	return append(out, row[metColumn+1:]...)
}

// changeColumns head the columns of the criteria first met, lost and met again in a year.
func changeColumns(in Input) []string {
	c := in.Cat
	return []string{c.T("trend.col.first_met"), c.T("trend.col.lost"), c.T("trend.col.regained")}
}

// changeCells are the IDs of the criteria first met, lost and met again in year.
func changeCells(hs []scoring.CriterionHistory, year int) []string {
	f, l, g := yearChanges(hs, year)
	return []string{f, l, g}
}
