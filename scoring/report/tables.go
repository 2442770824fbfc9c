package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// writeCSV writes a table the way every CSV of wwc is written: a byte-order mark so that
// Excel reads UTF-8, ";" in Spanish and Portuguese (where Excel expects it, the comma being
// the decimal mark) and "," in English, CRLF line ends, and no cell that could run as a
// formula.
func writeCSV(w io.Writer, lang string, header []string, rows [][]string) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if lang != "en" {
		cw.Comma = ';'
	}
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		safe := make([]string, len(r))
		for i, c := range r {
			safe[i] = SafeCell(c)
		}
		if err := cw.Write(safe); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// mdTable writes a Markdown table, escaping every cell.
func mdTable(b *strings.Builder, headers []string, rows [][]string) {
	fmt.Fprintf(b, "| %s |\n", strings.Join(headers, " | "))
	fmt.Fprintf(b, "|%s\n", strings.Repeat("---|", len(headers)))
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = md(c)
		}
		fmt.Fprintf(b, "| %s |\n", strings.Join(cells, " | "))
	}
}
