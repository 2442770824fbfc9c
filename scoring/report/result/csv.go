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
	vv := v.Validation
	if vv != nil {
		header = append(header, vv.L.Decision, vv.L.Comment)
	}
	var rows [][]string
	for _, c := range v.Criteria {
		row := []string{c.ID, c.Practice, c.Title, c.Answer, v.L.YesNo(c.Counted), c.Status, c.Evidence, c.Notes}
		if vv != nil {
			row = append(row, vv.Decisions[c.ID], vv.Comments[c.ID])
		}
		rows = append(rows, row)
	}
	rows = append(rows, validationRows(v, len(header))...)
	// Warnings follow the criteria, one a row, the label in the ID column: a program that
	// reads criteria by their ID skips them, a person reads them.
	for _, n := range v.Notices {
		rows = append(rows, padRow(len(header), v.L.Notice, "", n))
	}
	return render.WriteCSV(w, in.Cat, header, rows)
}

// validationRows follow the criteria when there is a review, like the warnings: the
// validated figures, the label in the ID column and the sentence in the criterion's, then a
// row per outcome metric decided or claimed, with its decision and comment in their columns.
func validationRows(v *view, width int) [][]string {
	vv := v.Validation
	if vv == nil {
		return nil
	}
	var rows [][]string
	for _, pair := range vv.summary(v.L) {
		text := pair[1]
		if pair[0] != "" {
			text = pair[0] + ": " + text
		}
		rows = append(rows, padRow(width, vv.Heading, "", text))
	}
	for _, m := range vv.Metrics {
		row := padRow(width, v.L.Metric, "", m.ID)
		row[width-2], row[width-1] = m.Title, m.Comment
		rows = append(rows, row)
	}
	return rows
}

// padRow is a row of width cells starting with cells.
func padRow(width int, cells ...string) []string {
	row := make([]string, width)
	copy(row, cells)
	return row
}
