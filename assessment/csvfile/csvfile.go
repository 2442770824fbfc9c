// Package csvfile reads the criteria table, and the outcome metrics, from CSV files as Excel,
// LibreOffice, Google Sheets and scripts write them: comma, semicolon or tab separated; lines
// ending in LF, CRLF or a lone CR (Excel for Mac); UTF-8 with or without a byte-order mark,
// UTF-16 with one, or Windows-1252 (what Excel in Spanish or Portuguese writes).
package csvfile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/citydatakit/wwc/assessment/table"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// MaxFileSize caps how much of a CSV is read; 43 criteria with long notes fit in far less.
const MaxFileSize = 8 << 20

// MaxRows caps the rows read after the header.
const MaxRows = 5000

// Read reads a criteria table. City, country, year and population come from columns of
// those names when present (the same on every row).
func Read(path string) (*assessment.Assessment, error) {
	rows, err := readRecords(path)
	if err != nil {
		return nil, err
	}
	t := table.NewReader(path)
	cols, header, body, found := findHeader(rows, table.CSVHeader)
	if found {
		t.Lang = cols.Lang(header)
		if !cols.Has(table.ColEvidence) {
			t.A.Notify(assessment.Notice{Code: assessment.NoticeNoEvidenceColumn, EvidenceOnly: true,
				Place: msg.M{ID: "place.line", Args: msg.Args{"Line": headerLine(rows, body)}},
				Args:  msg.Args{"Names": table.EvidenceColumnNames()}})
		}
		// A CSV holds the criteria alone; metrics come from a second file (load adds them).
		t.A.Notify(assessment.Notice{Code: assessment.NoticeNoOutcomesFile})
	}
	for _, r := range body {
		at := linePlace(r.line)
		t.Criterion(cols, r.cells, at)
		for _, role := range []table.Role{table.ColCity, table.ColCountry, table.ColYear, table.ColPopulation} {
			if cols.Has(role) {
				t.CityDetail(role, cols.Get(r.cells, role), at(cols[role]))
			}
		}
	}
	if found {
		t.A.NotifyMissingDetails(msg.M{})
	}
	if !found {
		header := ""
		if len(rows) > 0 {
			header = joinCells(rows[0].cells)
		}
		return nil, msg.E("csv.no_header", msg.Args{"File": path, "Header": header, "Expected": table.ExpectedCriteriaHeaders()})
	}
	return t.A, t.Err()
}

// ReadOutcomes reads outcome metrics from a CSV with the Outcomes sheet's columns.
func ReadOutcomes(path string) ([]assessment.Metric, error) {
	a, err := readOutcomes(path)
	if err != nil {
		return nil, err
	}
	return a.Outcomes, nil
}

// AddOutcomes reads the outcome metrics of the CSV at path into a (wwc score --outcomes),
// with the notices reading them gave.
func AddOutcomes(a *assessment.Assessment, path string) error {
	o, err := readOutcomes(path)
	if err != nil {
		return err
	}
	a.AddOutcomes(path, o.Outcomes)
	for _, n := range o.Notices {
		// The place is in the second file: say which.
		n.Place = msg.M{ID: "notice.in_file", Args: msg.Args{"File": path, "Place": n.Place}}
		a.Notify(n)
	}
	return nil
}

func readOutcomes(path string) (*assessment.Assessment, error) {
	rows, err := readRecords(path)
	if err != nil {
		return nil, err
	}
	t := table.NewReader(path)
	cols, header, body, found := findHeader(rows, table.OutcomesHeader)
	if found {
		t.Lang = cols.OutcomesLang(header)
	}
	for _, r := range body {
		t.Outcome(cols, r.cells, linePlace(r.line))
	}
	if !found {
		for i, r := range rows {
			if i >= headerRows {
				break
			}
			if cols, ok := table.OutcomesLike(r.cells); ok {
				return nil, msg.E("table.outcomes_missing", msg.Args{"File": path, "Place": msg.M{ID: "place.line", Args: msg.Args{"Line": r.line}},
					"Missing": cols.MissingOutcomesText()})
			}
		}
		return nil, msg.E("csv.no_outcomes_header", msg.Args{"File": path})
	}
	return t.A, t.Err()
}

// headerLine is the line of the header row: the line before the first body row, or the last
// row when there is no body.
func headerLine(rows, body []record) int {
	if i := len(rows) - len(body) - 1; i >= 0 && i < len(rows) {
		return rows[i].line
	}
	return 1
}

// headerRows is how many lines are searched for the header row.
const headerRows = 20

// findHeader finds the header row among the first lines and returns its columns, its cells
// and the rows under it.
func findHeader(rows []record, header func([]string) (table.Columns, bool)) (table.Columns, []string, []record, bool) {
	for i, r := range rows {
		if i >= headerRows {
			break
		}
		if cols, ok := header(r.cells); ok {
			return cols, r.cells, rows[i+1:], true
		}
	}
	return nil, nil, nil, false
}

type record struct {
	line  int
	cells []string
}

// linePlace names a line and column of a CSV for messages.
func linePlace(line int) table.PlaceFunc {
	return func(col int) msg.M {
		return msg.M{ID: "place.line_column", Args: msg.Args{"Line": line, "Column": col + 1}}
	}
}

func joinCells(cells []string) string {
	var b bytes.Buffer
	for i, c := range cells {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c)
	}
	return b.String()
}

// readRecords reads the file with limits, decodes it to UTF-8, finds the delimiter and splits
// it into records, each with the line it starts on.
func readRecords(path string) ([]record, error) {
	data, err := fileio.ReadLimited(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	text, err := decode(data, path)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, msg.E("file.empty", msg.Args{"File": path})
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = delimiter(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var out []record
	for len(out) <= MaxRows {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			return nil, msg.Wrap(err, "csv.syntax", msg.Args{"File": path, "Line": line, "Err": err.Error()})
		}
		out = append(out, record{line: line, cells: cells})
	}
	return out, nil
}

// decode returns UTF-8 text with its lines ending in LF: UTF-8 as is (a byte-order mark
// dropped), UTF-16 with a byte-order mark (Excel's "Unicode text") decoded, anything else read
// as Windows-1252.
func decode(data []byte, path string) ([]byte, error) {
	var out []byte
	var err error
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		out = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
	case utf8.Valid(data):
		out = data
	default:
		out, err = charmap.Windows1252.NewDecoder().Bytes(data)
	}
	if err != nil {
		return nil, msg.Wrap(err, "csv.encoding", msg.Args{"File": path})
	}
	return lineFeeds(out), nil
}

// lineFeeds turns each lone carriage return, the line end of Excel for Mac's "CSV
// (Macintosh)", into a line feed; CRLF and LF stay as they are.
func lineFeeds(text []byte) []byte {
	if bytes.IndexByte(text, '\r') < 0 {
		return text
	}
	out := make([]byte, len(text))
	copy(out, text)
	for i, c := range out {
		if c == '\r' && (i+1 == len(out) || out[i+1] != '\n') {
			out[i] = '\n'
		}
	}
	return out
}

// delimiter picks the separator that appears most in the first line outside quotes:
// comma, semicolon or tab.
func delimiter(text []byte) rune {
	line := text
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		line = text[:i]
	}
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(line) {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}
