package trend

import (
	"fmt"
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type csvWriter struct{}

// metColumn is the view's column of criteria met ("22/43"), which the CSV splits in two.
const metColumn = 3

// Write writes one row per year, the view's table with the criteria met and their total as
// two number columns: a cell such as "22/43" is read as a date by Excel.
func (csvWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	header := splice(v.Headers, v.L.Met, in.Cat.T("batch.col.total"))
	rows := make([][]string, len(v.Rows))
	for i, row := range v.Rows {
		res := in.T.Results[i]
		rows[i] = splice(row, fmt.Sprint(res.Met), fmt.Sprint(res.Total))
	}
	return render.WriteCSV(w, in.Cat, header, rows)
}

// splice is row with its met column replaced by met and total.
func splice(row []string, met, total string) []string {
	out := append([]string(nil), row[:metColumn]...)
	out = append(out, met, total)
	return append(out, row[metColumn+1:]...)
}
