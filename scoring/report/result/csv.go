package result

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// csvWriter writes one row per criterion, in the CSV dialect of the report's language
// (render.WriteCSV).
type csvWriter struct{}

// Write renders the criteria as CSV.
func (csvWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	header := []string{v.L.ID, v.L.Practice, v.L.Criterion, v.L.Answer, v.L.Counts, v.L.Reason, v.L.Evidence, v.L.Notes}
	var rows [][]string
	for _, c := range v.Criteria {
		rows = append(rows, []string{c.ID, c.Practice, c.Title, c.Answer, v.L.YesNo(c.Counted), c.Status, c.Evidence, c.Notes})
	}
	// Warnings follow the criteria, one a row, the label in the ID column: a program that
	// reads criteria by their ID skips them, a person reads them.
	for _, n := range v.Notices {
		rows = append(rows, []string{v.L.Notice, "", n, "", "", "", "", ""})
	}
	return render.WriteCSV(w, in.Cat, header, rows)
}
