package cohort

import (
	"io"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type csvWriter struct{}

// Write writes one row per submission.
// A file skipped is a row too, with the reason in the last column, so that the CSV accounts
// for every file found.
func (csvWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	headers := append(v.Headers, in.Cat.T("batch.col.skipped"))
	rows := make([][]string, 0, len(v.Rows)+len(in.Skipped))
	for _, r := range v.Rows {
		rows = append(rows, append(r, ""))
	}
	for _, s := range in.Skipped {
		row := make([]string, len(headers))
		row[0], row[len(row)-1] = s.Path, in.Cat.T("batch.skipped."+s.Reason, msg.Args{"Count": 1})
		rows = append(rows, row)
	}
	return render.WriteCSV(w, in.Cat, headers, rows)
}
