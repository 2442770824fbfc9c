// Package xlsx reads a city workbook from any producer (Excel, LibreOffice, Google Sheets,
// openpyxl, gnumeric...) and writes the workbook wwc template gives cities to fill.
//
// Sheets are found by their content, never by position or an English name: the criteria
// sheet is the first with a header row holding an ID column and an answer column within its
// first rows; the City and Outcomes sheets by their names in any of the three languages.
// Values are read raw, so booleans, numbers, shared and inline strings and cached formula
// results all reach the liberal parsers of package assessment.
package xlsx

import (
	"archive/zip"
	"compress/flate"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// Limits bound what reading a workbook from outside may cost.
type Limits struct {
	// MaxFileSize is the largest file opened, in bytes.
	MaxFileSize int64
	// MaxUnzipped is the most the workbook may inflate to, in bytes.
	MaxUnzipped int64
	// HeaderRows is how many rows of a sheet are searched for a header row.
	HeaderRows int
	// MaxRows is how many rows of a sheet are read at most.
	MaxRows int
	// EmptyRun is how many empty rows in a row end a table (LibreOffice may declare a million).
	EmptyRun int
	// MaxCell is the longest cell text accepted, in bytes.
	MaxCell int
}

// DefaultLimits fit any real city workbook many times over; a template-sized file is ~30 KiB.
var DefaultLimits = Limits{
	MaxFileSize: 32 << 20,
	MaxUnzipped: 256 << 20,
	HeaderRows:  20,
	MaxRows:     5000,
	EmptyRun:    200,
	MaxCell:     16 << 10,
}

// Read reads the city workbook at path with DefaultLimits.
func Read(path string) (*assessment.Assessment, error) {
	return ReadWithLimits(path, DefaultLimits)
}

// ReadWithLimits reads the city workbook at path. Every problem found is reported, up to
// assessment.MaxProblems, each naming the file, sheet and cell.
func ReadWithLimits(path string, lim Limits) (*assessment.Assessment, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	if fi.Size() > lim.MaxFileSize {
		return nil, msg.E("xlsx.too_large", msg.Args{"File": path, "Max": lim.MaxFileSize >> 20})
	}
	b, err := openBook(path, lim)
	if err != nil {
		return nil, openError(path, err)
	}
	defer b.Close()
	wb := &workbook{b: b, lim: lim, t: assessment.NewTableReader(path)}
	if err := wb.read(); err != nil {
		return nil, err
	}
	return wb.t.A, wb.t.Err()
}

// corrupt reports whether an error means the archive or its XML is damaged.
func corrupt(err error) bool {
	var syntax *xml.SyntaxError
	return errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrAlgorithm) ||
		errors.As(err, new(flate.CorruptInputError)) || errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &syntax)
}

// openError explains why a file did not open as a workbook.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, errTooLarge):
		return msg.Wrap(err, "xlsx.too_large_unzipped", msg.Args{"File": path})
	case corrupt(err):
		return msg.Wrap(err, "xlsx.corrupt", msg.Args{"File": path})
	case errors.Is(err, errNoWorkbook), errors.Is(err, os.ErrNotExist):
		return msg.Wrap(err, "xlsx.not_workbook", msg.Args{"File": path})
	}
	return msg.Wrap(err, "xlsx.cannot_open", msg.Args{"File": path, "Err": err.Error()})
}

type workbook struct {
	b   *book
	lim Limits
	t   *assessment.TableReader
}

// sheetSeen remembers what a sheet looked like, to explain a missing criteria sheet.
type sheetSeen struct {
	name   string
	header []string
}

func (wb *workbook) read() error {
	criteria := -1
	var seen []sheetSeen
	for i, s := range wb.b.sheets {
		ok, header, err := wb.criteriaSheet(s)
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
		return wb.noCriteria(seen)
	}
	for i, s := range wb.b.sheets {
		if i != criteria && assessment.IsCitySheet(s.Name) {
			if err := wb.citySheet(s); err != nil {
				return err
			}
			break
		}
	}
	for i, s := range wb.b.sheets {
		if i != criteria && assessment.IsOutcomesSheet(s.Name) {
			if err := wb.outcomesSheet(s); err != nil {
				return err
			}
			break
		}
	}
	return nil
}

func (wb *workbook) noCriteria(seen []sheetSeen) error {
	var lines []string
	for _, s := range seen {
		h := strings.Join(nonEmpty(s.header), " | ")
		if h == "" {
			h = "—"
		}
		lines = append(lines, `"`+s.name+`": `+h)
	}
	return msg.E("xlsx.no_criteria", msg.Args{
		"File": wb.t.File, "Rows": wb.lim.HeaderRows, "Seen": strings.Join(lines, "; "),
		"Expected": assessment.ExpectedCriteriaHeaders(),
	})
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			if len(c) > 40 {
				c = c[:40] + "…"
			}
			out = append(out, c)
		}
	}
	return out
}

// eachRow walks a sheet's rows with the limits: rows past MaxRows are not read, and EmptyRun
// empty rows in a row (present or skipped) end the table. Only rows with text reach fn.
func (wb *workbook) eachRow(s sheetRef, fn func(sheetRow) bool) error {
	last := 0
	err := wb.b.rows(s.Path, func(r sheetRow) bool {
		if r.Num > wb.lim.MaxRows || r.Num-last > wb.lim.EmptyRun {
			return false
		}
		if !hasText(r.Cells) && len(r.Uncached) == 0 {
			return true
		}
		last = r.Num
		return fn(r)
	})
	if err != nil {
		if errors.Is(err, errTooLarge) || corrupt(err) {
			return openError(wb.t.File, err)
		}
		return msg.Wrap(err, "xlsx.bad_sheet", msg.Args{"File": wb.t.File, "Sheet": s.Name, "Err": err.Error()})
	}
	return nil
}

func hasText(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}

// place names a cell of a sheet for messages.
func place(sheet string, col, row int) msg.M {
	return msg.M{ID: "place.cell", Args: msg.Args{"Sheet": sheet, "Cell": cellName(col, row)}}
}

// cellName is a cell's A1 reference from a 0-based column and a row number.
func cellName(col, row int) string {
	name := ""
	for c := col + 1; c > 0; c = (c - 1) / 26 {
		name = string(rune('A'+(c-1)%26)) + name
	}
	return name + strconv.Itoa(row)
}

// criteriaSheet looks for the header row in the sheet's first rows and, when found, reads the
// table under it. It returns the first non-empty row seen otherwise, for the error message.
func (wb *workbook) criteriaSheet(s sheetRef) (bool, []string, error) {
	var cols assessment.Columns
	var first []string
	found := false
	err := wb.eachRow(s, func(r sheetRow) bool {
		if !found {
			if r.Num > wb.lim.HeaderRows {
				return false
			}
			if first == nil {
				first = r.Cells
			}
			if c, ok := assessment.CriteriaHeader(r.Cells); ok {
				cols, found = c, true
				wb.t.Lang = c.Lang(r.Cells)
			}
			return true
		}
		wb.criterionRow(s.Name, cols, r)
		return true
	})
	return found, first, err
}

func (wb *workbook) criterionRow(sheet string, cols assessment.Columns, r sheetRow) {
	if !wb.cellsFit(sheet, cols, r) {
		return
	}
	// An empty answer next to an ID may be a formula whose result was never saved.
	if cols.Get(r.Cells, assessment.ColAnswer) == "" && cols.Get(r.Cells, assessment.ColID) != "" {
		if wb.uncached(sheet, r, cols[assessment.ColAnswer]) {
			return
		}
	}
	wb.t.Criterion(cols, r.Cells, func(col int) msg.M { return place(sheet, col, r.Num) })
}

// uncached reports, and says so, when a cell holds a formula whose result the producer never
// saved: taking it as empty would lose what the city meant.
func (wb *workbook) uncached(sheet string, r sheetRow, col int) bool {
	formula, ok := r.Uncached[col]
	if !ok {
		return false
	}
	if formula == "" {
		formula = "…" // part of a shared formula defined in another cell
	}
	wb.t.Problem(place(sheet, col, r.Num), "xlsx.uncached_formula", msg.Args{"Formula": "=" + formula})
	return true
}

// cellsFit reports a cell longer than MaxCell instead of reading it.
func (wb *workbook) cellsFit(sheet string, cols assessment.Columns, r sheetRow) bool {
	for _, i := range cols {
		if i < len(r.Cells) && len(r.Cells[i]) > wb.lim.MaxCell {
			wb.t.Problem(place(sheet, i, r.Num), "xlsx.cell_too_long", msg.Args{"Max": wb.lim.MaxCell})
			return false
		}
	}
	return true
}

// citySheet reads keys in column A and values in column B.
func (wb *workbook) citySheet(s sheetRef) error {
	return wb.eachRow(s, func(r sheetRow) bool {
		if len(r.Cells) == 0 {
			return true
		}
		role := assessment.CityKey(r.Cells[0])
		if role == assessment.ColNone {
			return true
		}
		if len(r.Cells) < 2 || strings.TrimSpace(r.Cells[1]) == "" {
			wb.uncached(s.Name, r, 1)
			return true
		}
		if len(r.Cells[1]) > wb.lim.MaxCell {
			wb.t.Problem(place(s.Name, 1, r.Num), "xlsx.cell_too_long", msg.Args{"Max": wb.lim.MaxCell})
			return true
		}
		wb.t.CityDetail(role, r.Cells[1], place(s.Name, 1, r.Num))
		return true
	})
}

// outcomesSheet finds the header row and reads a metric per row under it.
func (wb *workbook) outcomesSheet(s sheetRef) error {
	var cols assessment.Columns
	found := false
	err := wb.eachRow(s, func(r sheetRow) bool {
		if !found {
			if r.Num > wb.lim.HeaderRows {
				return false
			}
			if c, ok := assessment.OutcomesHeader(r.Cells); ok {
				cols, found = c, true
				if wb.t.Lang == "" {
					wb.t.Lang = c.OutcomesLang(r.Cells)
				}
			}
			return true
		}
		for _, col := range cols {
			if wb.uncached(s.Name, r, col) {
				return true
			}
		}
		if wb.cellsFit(s.Name, cols, r) {
			wb.t.Outcome(cols, r.Cells, func(col int) msg.M { return place(s.Name, col, r.Num) })
		}
		return true
	})
	if err == nil && !found {
		wb.t.Problem(msg.M{ID: "place.sheet", Args: msg.Args{"Sheet": s.Name}}, "xlsx.no_outcomes_header", msg.Args{"Rows": wb.lim.HeaderRows})
	}
	return err
}
