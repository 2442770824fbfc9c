package render

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
)

// SafeCell keeps a spreadsheet from running text as a formula: a cell that starts with =, +,
// -, @, a tab or a carriage return gets a leading apostrophe.
func SafeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// CSVComma is the separator a CSV in c's language and region uses: ";" where the decimal mark
// is a comma (Spanish, Portuguese: what Excel expects there), "," where numbers are written
// with a decimal point (English, and regions such as es-MX and es-GT).
func CSVComma(c *i18n.Catalog) rune {
	if c.DecimalPoint() {
		return ','
	}
	return ';'
}

// WriteCSV writes a table the way every CSV of wwc is written: a byte-order mark so that
// Excel reads UTF-8, the separator of the catalog's language and region (CSVComma), CRLF line
// ends, and no cell that could run as a formula.
func WriteCSV(w io.Writer, c *i18n.Catalog, header []string, rows [][]string) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = CSVComma(c)
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		safe := make([]string, len(r))
		for i, cell := range r {
			safe[i] = SafeCell(cell)
		}
		if err := cw.Write(safe); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
