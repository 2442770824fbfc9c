package report

import (
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
	header := []string{v.L.ID, v.L.Practice, v.L.Criterion, v.L.Answer, v.L.Counts, v.L.Reason, v.L.Evidence, v.L.Notes}
	var rows [][]string
	for _, c := range v.Criteria {
		counts := v.L.No
		if c.Counted {
			counts = v.L.Yes
		}
		rows = append(rows, []string{c.ID, c.Practice, c.Title, c.Answer, counts, c.Status, c.Evidence, c.Notes})
	}
	// Warnings follow the criteria, one a row, the label in the ID column: a program that
	// reads criteria by their ID skips them, a person reads them.
	for _, n := range v.Notices {
		rows = append(rows, []string{v.L.Notice, "", n, "", "", "", "", ""})
	}
	return writeCSV(w, v.Lang, header, rows)
}
