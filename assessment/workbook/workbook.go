// Package workbook turns the sheets of any spreadsheet format into a city's assessment. A
// format reader (xlsx, and those that follow) opens the file and hands over its sheets as rows
// of raw cell text; this package finds the criteria, City and Outcomes sheets by their content
// and reads them with the same rules and messages whatever the file's format.
package workbook

import (
	"strings"

	"github.com/citydatakit/wwc/assessment/table"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
)

// Sheet is one sheet of a workbook, as the format reader found it.
type Sheet struct {
	Name string
}

// Row is one row of a sheet: its 1-based number, the raw text of each cell by 0-based column,
// and, for cells holding a formula whose result was never saved, the formula. Numbers, when
// the format tells cell types apart, holds the columns whose cell is a number cell: its text
// is the raw value with "." as the decimal mark, never read by the table's language.
type Row struct {
	Num      int
	Cells    []string
	Uncached map[int]string
	Numbers  map[int]bool
}

// Book is a spreadsheet opened by a format reader.
type Book interface {
	// Sheets lists the sheets in the workbook's order.
	Sheets() []Sheet
	// Rows streams the rows of sheet i in order to fn until fn returns false or the sheet
	// ends. An error is the format's own; Options.SheetError turns it into a message.
	Rows(i int, fn func(Row) bool) error
}

// Limits bound how much of each sheet is read.
type Limits struct {
	// HeaderRows is how many rows of a sheet are searched for a header row.
	HeaderRows int
	// MaxRows is how many rows of a sheet are read at most.
	MaxRows int
	// EmptyRun is how many empty rows in a row end a table (LibreOffice may declare a million).
	EmptyRun int
	// MaxCell is the longest cell text accepted, in bytes.
	MaxCell int
}

// Options set up a read.
type Options struct {
	Limits Limits
	// SheetError explains an error a Book returned while streaming a sheet, naming the file.
	SheetError func(sheet string, err error) error
}

// Read reads the assessment in b, read from file. Every problem found is reported, up to
// assessment.MaxProblems, each naming the file, sheet and cell.
func Read(file string, b Book, o Options) (*assessment.Assessment, error) {
	r := &reader{b: b, o: o, lim: o.Limits, t: table.NewReader(file), maybe: map[int]bool{}}
	if err := r.read(); err != nil {
		return nil, err
	}
	return r.t.A, r.t.Err()
}

type reader struct {
	b   Book
	o   Options
	lim Limits
	t   *table.Reader
	// maybe marks the sheets, among those searched for the criteria table, whose first rows
	// may make them the City or Outcomes sheet; the others need not be read again.
	maybe map[int]bool
	// keyRows are the rows above the criteria table's header with a City key in column A:
	// a one-sheet workbook may give the city's details there.
	keyRows []Row
}

// sheetSeen remembers what a sheet looked like, to explain a missing criteria sheet.
type sheetSeen struct {
	name   string
	header []string
}

func (r *reader) read() error {
	sheets := r.b.Sheets()
	criteria := -1
	var seen []sheetSeen
	for i, s := range sheets {
		ok, header, err := r.criteriaSheet(i, s)
		if err != nil {
			return err
		}
		if ok {
			criteria = i
			break
		}
		seen = append(seen, sheetSeen{s.Name, header})
	}
	if criteria < 0 {
		return r.noCriteria(seen)
	}
	return r.otherSheets(sheets, criteria)
}

func (r *reader) noCriteria(seen []sheetSeen) error {
	var lines []string
	for i, s := range seen {
		if i == maxSheetsSeen {
			lines = append(lines, "…")
			break
		}
		h := strings.Join(s.header, " | ")
		if h == "" {
			h = "—"
		}
		lines = append(lines, `"`+s.name+`": `+h)
	}
	return msg.E("xlsx.no_criteria", msg.Args{
		"File": r.t.File, "Rows": r.lim.HeaderRows, "Seen": strings.Join(lines, "; "),
		"Expected": table.ExpectedCriteriaHeaders(),
	})
}

// What the message about a missing criteria table shows of each sheet seen: its first few
// non-empty cells of its first row, each cut short, for the first few sheets.
const (
	maxSheetsSeen = 10
	maxCellsSeen  = 8
	maxCellSeen   = 40
)

// seenCells keeps what that message can show of a row, copied, so that a sheet with a very
// wide first row costs no more than a narrow one once read.
func seenCells(cells []string) []string {
	out := []string{}
	for _, c := range cells {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if len(out) == maxCellsSeen {
			return append(out, "…")
		}
		if r := []rune(c); len(r) > maxCellSeen {
			c = string(r[:maxCellSeen]) + "…"
		} else {
			c = strings.Clone(c)
		}
		out = append(out, c)
	}
	return out
}

// eachRow walks a sheet's rows with the limits, and only rows with text reach fn. Rows must
// come in increasing order (gaps are fine): one that does not is an error, whatever comes
// after. EmptyRun empty rows present in a row end the table (LibreOffice may declare a
// million); rows skipped cost nothing and end nothing. A row with text past MaxRows is offered
// to fn: if fn still wants rows, the table goes on past the limit, an error, for stopping
// there silently would lose what follows.
func (r *reader) eachRow(i int, s Sheet, fn func(Row) bool) error {
	var stop error
	prev, empty := 0, 0
	err := r.b.Rows(i, func(row Row) bool {
		sheet := msg.M{ID: "place.sheet", Args: msg.Args{"Sheet": s.Name}}
		if row.Num <= prev {
			stop = msg.E("xlsx.row_order", msg.Args{"File": r.t.File, "Place": sheet, "Row": row.Num, "Prev": prev})
			return false
		}
		prev = row.Num
		if !hasText(row.Cells) && len(row.Uncached) == 0 {
			empty++
			return empty < r.lim.EmptyRun
		}
		empty = 0
		more := fn(row)
		if row.Num > r.lim.MaxRows {
			if more {
				stop = msg.E("xlsx.row_past_limit", msg.Args{"File": r.t.File, "Place": sheet, "Row": row.Num, "Max": r.lim.MaxRows})
			}
			return false
		}
		return more
	})
	if err != nil {
		return r.o.SheetError(s.Name, err)
	}
	return stop
}

func hasText(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}

// criteriaSheet looks for the header row in the sheet's first rows and, when found, reads the
// table under it. It returns the first non-empty row seen otherwise, for the error message.
func (r *reader) criteriaSheet(i int, s Sheet) (bool, []string, error) {
	var cols table.Columns
	var first []string
	var keyRows []Row
	found := false
	err := r.eachRow(i, s, func(row Row) bool {
		if found {
			r.criterionRow(s.Name, cols, row)
			return true
		}
		if row.Num > r.lim.HeaderRows {
			return false
		}
		if first == nil {
			first = seenCells(row.Cells)
		}
		if maybeOther(row) {
			r.maybe[i] = true
		}
		c, ok := table.CriteriaHeader(row.Cells)
		if !ok {
			if len(row.Cells) > 0 && table.CityKey(row.Cells[0]) != table.ColNone {
				keyRows = append(keyRows, row)
			}
			return true
		}
		cols, found = c, true
		r.keyRows = keyRows
		r.t.Lang = c.Lang(row.Cells)
		if !c.Has(table.ColEvidence) {
			r.t.A.Notify(assessment.Notice{Code: assessment.NoticeNoEvidenceColumn, EvidenceOnly: true,
				Place: msg.M{ID: "place.sheet", Args: msg.Args{"Sheet": s.Name}},
				Args:  msg.Args{"Names": table.EvidenceColumnNames()}})
		}
		return true
	})
	return found, first, err
}

func (r *reader) criterionRow(sheet string, cols table.Columns, row Row) {
	if !r.cellsFit(sheet, cols, row) {
		return
	}
	// An empty answer next to an ID may be a formula whose result was never saved.
	if cols.Get(row.Cells, table.ColAnswer) == "" && cols.Get(row.Cells, table.ColID) != "" {
		if r.uncached(sheet, row, cols[table.ColAnswer]) {
			return
		}
	}
	r.t.Criterion(cols, row.Cells, func(col int) msg.M { return Place(sheet, col, row.Num) })
}

// uncached reports, and says so, when a cell holds a formula whose result the producer never
// saved: taking it as empty would lose what the city meant.
func (r *reader) uncached(sheet string, row Row, col int) bool {
	formula, ok := row.Uncached[col]
	if !ok {
		return false
	}
	if formula == "" {
		formula = "…" // part of a shared formula defined in another cell
	}
	r.t.Problem(Place(sheet, col, row.Num), "xlsx.uncached_formula", msg.Args{"Formula": "=" + formula})
	return true
}

// cellsFit reports a cell longer than MaxCell instead of reading it.
func (r *reader) cellsFit(sheet string, cols table.Columns, row Row) bool {
	for _, i := range cols {
		if i < len(row.Cells) && len(row.Cells[i]) > r.lim.MaxCell {
			r.t.Problem(Place(sheet, i, row.Num), "xlsx.cell_too_long", msg.Args{"Max": r.lim.MaxCell})
			return false
		}
	}
	return true
}
