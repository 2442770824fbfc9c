package report

import (
	"encoding/csv"
	"io"
	"strings"
)

// csvWriter writes one row per criterion. Spanish and Portuguese use ";", which is what Excel
// expects where the decimal mark is a comma; a byte-order mark tells Excel the text is UTF-8.
type csvWriter struct{}

// SafeCell keeps a spreadsheet from running text as a formula: a cell that starts with =, +,
// -, @, a tab or a carriage return gets a leading apostrophe.
func SafeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Write renders the criteria as CSV.
func (csvWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if v.Lang != "en" {
		cw.Comma = ';'
	}
	cw.UseCRLF = true
	header := []string{v.L.ID, v.L.Practice, v.L.Criterion, v.L.Answer, v.L.Counts, v.L.Reason, v.L.Evidence, v.L.Notes}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, c := range v.Criteria {
		counts := v.L.No
		if c.Counted {
			counts = v.L.Yes
		}
		row := []string{c.ID, c.Practice, SafeCell(c.Title), SafeCell(c.Answer), counts, SafeCell(c.Status), SafeCell(c.Evidence), SafeCell(c.Notes)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
