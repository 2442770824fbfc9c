package export

import (
	"encoding/csv"
	"io"
)

type csvWriter struct{}

// Write writes one table as the CSV every analysis tool reads without options, whatever the
// language: UTF-8 without a byte-order mark, a header of the column names, "," between cells,
// "." in numbers, LF line ends. (The CSVs meant for people, such as the batch summary, follow
// the language: ";" and a decimal comma in Spanish and Portuguese.)
func (csvWriter) Write(w io.Writer, in Input) error {
	cw := csv.NewWriter(w)
	var header []string
	var rows [][]string
	if in.Table == TableOutcomes {
		header = Columns(OutcomeRow{})
		for _, r := range OutcomeRows(in.Submissions) {
			rows = append(rows, cells(r))
		}
	} else {
		header = Columns(CriterionRow{})
		for _, r := range CriterionRows(in.Submissions) {
			rows = append(rows, cells(r))
		}
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}
