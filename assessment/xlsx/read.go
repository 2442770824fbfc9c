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
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/xuri/excelize/v2"
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
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: lim.MaxUnzipped, UnzipXMLSizeLimit: min(16<<20, lim.MaxUnzipped)})
	if err != nil {
		return nil, openError(path, err)
	}
	defer f.Close()
	wb := &workbook{f: f, lim: lim, t: assessment.NewTableReader(path)}
	if err := wb.read(); err != nil {
		return nil, err
	}
	return wb.t.A, wb.t.Err()
}

// openError explains why a file did not open as a workbook.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrAlgorithm),
		errors.As(err, new(flate.CorruptInputError)), errors.Is(err, io.ErrUnexpectedEOF):
		return msg.Wrap(err, "xlsx.corrupt", msg.Args{"File": path})
	case errors.Is(err, excelize.ErrWorkbookFileFormat):
		return msg.Wrap(err, "xlsx.not_workbook", msg.Args{"File": path})
	case strings.Contains(err.Error(), "unzip size exceeds"):
		return msg.Wrap(err, "xlsx.too_large_unzipped", msg.Args{"File": path})
	case errors.Is(err, excelize.ErrWorkbookPassword), strings.Contains(err.Error(), "password"):
		return msg.Wrap(err, "xlsx.encrypted", msg.Args{"File": path})
	}
	return msg.Wrap(err, "xlsx.cannot_open", msg.Args{"File": path, "Err": err.Error()})
}

type workbook struct {
	f   *excelize.File
	lim Limits
	t   *assessment.TableReader
	// formulas caches whether any worksheet holds a cell formula: 0 unknown, 1 yes, 2 no.
	formulas int
}

// hasFormulas reports whether any worksheet may hold a cell formula. Asking excelize for one
// cell's formula parses the whole sheet, which is most of the cost of reading a workbook, so
// it is asked only when the raw sheets show formulas at all.
func (wb *workbook) hasFormulas() bool {
	if wb.formulas == 0 {
		wb.formulas = 2
		wb.f.Pkg.Range(func(key, value any) bool {
			name, _ := key.(string)
			if !strings.HasPrefix(name, "xl/worksheets/") {
				return true
			}
			data, ok := value.([]byte)
			// A sheet kept on disk (a large one) is not in memory: assume it may.
			if !ok || bytes.Contains(data, []byte("<f>")) || bytes.Contains(data, []byte("<f ")) || bytes.Contains(data, []byte(":f>")) {
				wb.formulas = 1
				return false
			}
			return true
		})
		if wb.formulas == 2 && wb.hasTempSheets() {
			wb.formulas = 1
		}
	}
	return wb.formulas == 1
}

// hasTempSheets reports whether excelize moved any worksheet to a temporary file.
func (wb *workbook) hasTempSheets() bool {
	inMemory := 0
	wb.f.Pkg.Range(func(key, _ any) bool {
		if name, _ := key.(string); strings.HasPrefix(name, "xl/worksheets/sheet") {
			inMemory++
		}
		return true
	})
	return inMemory < len(wb.f.GetSheetList())
}

// sheetSeen remembers what a sheet looked like, to explain a missing criteria sheet.
type sheetSeen struct {
	name   string
	header []string
}

func (wb *workbook) read() error {
	sheets := wb.f.GetSheetList()
	criteria := ""
	var seen []sheetSeen
	for _, name := range sheets {
		ok, header, err := wb.criteriaSheet(name)
		if err != nil {
			return err
		}
		if ok {
			criteria = name
			break
		}
		seen = append(seen, sheetSeen{name, header})
	}
	if criteria == "" {
		return wb.noCriteria(seen)
	}
	for _, name := range sheets {
		if name != criteria && assessment.IsCitySheet(name) {
			if err := wb.citySheet(name); err != nil {
				return err
			}
			break
		}
	}
	for _, name := range sheets {
		if name != criteria && assessment.IsOutcomesSheet(name) {
			if err := wb.outcomesSheet(name); err != nil {
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

// rowFunc handles one row; it returns false to stop.
type rowFunc func(num int, cells []string) bool

// eachRow walks a sheet's rows with the limits: at most MaxRows, stopping after EmptyRun
// empty rows in a row. Rows are numbered from 1 as in the sheet.
func (wb *workbook) eachRow(sheet string, fn rowFunc) error {
	rows, err := wb.f.Rows(sheet)
	if err != nil {
		return msg.Wrap(err, "xlsx.bad_sheet", msg.Args{"File": wb.t.File, "Sheet": sheet, "Err": err.Error()})
	}
	defer rows.Close()
	num, empty := 0, 0
	for rows.Next() {
		num++
		if num > wb.lim.MaxRows {
			break
		}
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return msg.Wrap(err, "xlsx.bad_sheet", msg.Args{"File": wb.t.File, "Sheet": sheet, "Err": err.Error()})
		}
		if !hasText(cells) {
			empty++
			if empty >= wb.lim.EmptyRun {
				break
			}
			continue
		}
		empty = 0
		if !fn(num, cells) {
			break
		}
	}
	if err := rows.Error(); err != nil {
		return msg.Wrap(err, "xlsx.bad_sheet", msg.Args{"File": wb.t.File, "Sheet": sheet, "Err": err.Error()})
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
	name, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		name = "?"
	}
	return msg.M{ID: "place.cell", Args: msg.Args{"Sheet": sheet, "Cell": name}}
}

// criteriaSheet looks for the header row in the sheet's first rows and, when found, reads the
// table under it. It returns the first non-empty row seen otherwise, for the error message.
func (wb *workbook) criteriaSheet(sheet string) (bool, []string, error) {
	var cols assessment.Columns
	var first []string
	found := false
	err := wb.eachRow(sheet, func(num int, cells []string) bool {
		if !found {
			if first == nil {
				first = cells
			}
			if c, ok := assessment.CriteriaHeader(cells); ok {
				cols, found = c, true
				wb.t.Lang = c.Lang(cells)
				return true
			}
			return num < wb.lim.HeaderRows
		}
		wb.criterionRow(sheet, cols, num, cells)
		return true
	})
	return found, first, err
}

func (wb *workbook) criterionRow(sheet string, cols assessment.Columns, num int, cells []string) {
	if !wb.cellsFit(sheet, cols, num, cells) {
		return
	}
	at := func(col int) msg.M { return place(sheet, col, num) }
	// An empty answer next to an ID may be a formula whose result was never saved.
	if cols.Get(cells, assessment.ColAnswer) == "" && cols.Get(cells, assessment.ColID) != "" {
		if wb.uncached(sheet, cols[assessment.ColAnswer], num) {
			return
		}
	}
	wb.t.Criterion(cols, cells, at)
}

// uncached reports, and says so, when an empty cell holds a formula whose result the
// producer never saved: taking it as empty would lose what the city meant.
func (wb *workbook) uncached(sheet string, col, num int) bool {
	if !wb.hasFormulas() {
		return false
	}
	cell, err := excelize.CoordinatesToCellName(col+1, num)
	if err != nil {
		return false
	}
	formula, err := wb.f.GetCellFormula(sheet, cell)
	if err != nil || formula == "" {
		return false
	}
	wb.t.Problem(place(sheet, col, num), "xlsx.uncached_formula", msg.Args{"Formula": "=" + formula})
	return true
}

// cellsFit reports a cell longer than MaxCell instead of reading it.
func (wb *workbook) cellsFit(sheet string, cols assessment.Columns, num int, cells []string) bool {
	for _, i := range cols {
		if i < len(cells) && len(cells[i]) > wb.lim.MaxCell {
			wb.t.Problem(place(sheet, i, num), "xlsx.cell_too_long", msg.Args{"Max": wb.lim.MaxCell})
			return false
		}
	}
	return true
}

// citySheet reads keys in column A and values in column B.
func (wb *workbook) citySheet(sheet string) error {
	return wb.eachRow(sheet, func(num int, cells []string) bool {
		if len(cells) == 0 {
			return true
		}
		role := assessment.CityKey(cells[0])
		if role == assessment.ColNone {
			return true
		}
		if len(cells) < 2 || strings.TrimSpace(cells[1]) == "" {
			wb.uncached(sheet, 1, num)
			return true
		}
		if len(cells[1]) > wb.lim.MaxCell {
			wb.t.Problem(place(sheet, 1, num), "xlsx.cell_too_long", msg.Args{"Max": wb.lim.MaxCell})
			return true
		}
		wb.t.CityDetail(role, cells[1], place(sheet, 1, num))
		return true
	})
}

// outcomesSheet finds the header row and reads a metric per row under it.
func (wb *workbook) outcomesSheet(sheet string) error {
	var cols assessment.Columns
	found := false
	err := wb.eachRow(sheet, func(num int, cells []string) bool {
		if !found {
			if c, ok := assessment.OutcomesHeader(cells); ok {
				cols, found = c, true
				if wb.t.Lang == "" {
					wb.t.Lang = c.OutcomesLang(cells)
				}
				return true
			}
			return num < wb.lim.HeaderRows
		}
		for _, col := range cols {
			if col >= len(cells) || strings.TrimSpace(cells[col]) == "" {
				if wb.uncached(sheet, col, num) {
					return true
				}
			}
		}
		if wb.cellsFit(sheet, cols, num, cells) {
			wb.t.Outcome(cols, cells, func(col int) msg.M { return place(sheet, col, num) })
		}
		return true
	})
	if err == nil && !found {
		wb.t.Problem(msg.M{ID: "place.sheet", Args: msg.Args{"Sheet": sheet}}, "xlsx.no_outcomes_header", msg.Args{"Rows": wb.lim.HeaderRows})
	}
	return err
}
