// Package xlsx reads a city workbook from any producer (Excel, LibreOffice, Google Sheets,
// openpyxl, gnumeric...) and writes the workbook wwc template gives cities to fill.
//
// Finding the criteria, City and Outcomes sheets is package workbook's; this package opens the
// archive and streams the rows of the parts it names.
// Values are read raw, so booleans, numbers, shared and inline strings and cached formula
// results all reach the liberal parsers of package assessment.
package xlsx

import (
	"errors"
	"io"
	"os"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/workbook"
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
	// MaxTokens is how many XML tokens (tags, texts...) are read from the whole workbook: bytes
	// alone do not bound the work, since a few compressed bytes make millions of tokens.
	MaxTokens int64
	// MaxToken is the longest single token (a text, a tag, a comment, a run of spaces), in
	// bytes.
	MaxToken int
	// MaxParts is how many archive parts, sheets, or relationships of one part are accepted.
	MaxParts int
	// MaxStrings is how many shared strings are kept, and MaxStringBytes how much of their
	// text.
	MaxStrings, MaxStringBytes int
}

// DefaultLimits fit any real city workbook many times over; a template-sized file is ~30 KiB.
var DefaultLimits = Limits{
	MaxFileSize: 32 << 20,
	MaxUnzipped: 256 << 20,
	HeaderRows:  20,
	MaxRows:     5000,
	EmptyRun:    200,
	MaxCell:     16 << 10,
	// A template workbook is ~8,000 tokens; a sheet filled to MaxRows with 40 columns, ~1
	// million. Ten million cost about 1.5 s of CPU.
	MaxTokens: 10_000_000,
	// Excel's longest cell is 32,767 characters.
	MaxToken:       1 << 20,
	MaxParts:       10_000,
	MaxStrings:     1_000_000,
	MaxStringBytes: 64 << 20,
}

// Read reads the city workbook at path with DefaultLimits.
func Read(path string) (*assessment.Assessment, error) {
	return ReadWithLimits(path, DefaultLimits)
}

// ReadWithLimits reads the city workbook at path. Every problem found is reported, up to
// assessment.MaxProblems, each naming the file, sheet and cell.
func ReadWithLimits(path string, lim Limits) (*assessment.Assessment, error) {
	size, err := workbook.CheckSize(path, lim.MaxFileSize)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	defer f.Close()
	return read(path, f, size, lim)
}

// Sheet is what of the limits applies to each sheet's table, as package workbook takes them.
func (l Limits) Sheet() workbook.Limits {
	return workbook.Limits{HeaderRows: l.HeaderRows, MaxRows: l.MaxRows, EmptyRun: l.EmptyRun, MaxCell: l.MaxCell}
}

// read reads the workbook of size bytes in r, named path in messages.
func read(path string, r io.ReaderAt, size int64, lim Limits) (*assessment.Assessment, error) {
	b, err := newBook(r, size, lim)
	if err != nil {
		return nil, openError(path, err)
	}
	return workbook.Read(path, b, workbook.Options{
		Limits:     lim.Sheet(),
		SheetError: sheetError(path),
	})
}

// openError explains why a file did not open as a workbook.
func openError(path string, err error) error {
	if f := located(path, "", err); f != nil {
		return f
	}
	switch {
	case errors.Is(err, errTooLarge):
		return msg.Wrap(err, "xlsx.too_large_unzipped", msg.Args{"File": path})
	case workbook.Damaged(err):
		return msg.Wrap(err, "xlsx.corrupt", msg.Args{"File": path})
	case errors.Is(err, errNoWorkbook), errors.Is(err, os.ErrNotExist):
		return msg.Wrap(err, "xlsx.not_workbook", msg.Args{"File": path})
	}
	return msg.Wrap(err, "xlsx.cannot_open", msg.Args{"File": path, "Err": err.Error()})
}

// sheetError explains an error met while streaming a sheet.
func sheetError(file string) func(string, error) error {
	return func(sheet string, err error) error {
		if f := located(file, sheet, err); f != nil {
			return f
		}
		if errors.Is(err, errTooLarge) || workbook.Damaged(err) {
			return openError(file, err)
		}
		return msg.Wrap(err, "xlsx.bad_sheet", msg.Args{"File": file, "Sheet": sheet, "Err": err.Error()})
	}
}

// located renders a fault found in the workbook with the file and the place: the cell, the
// row or the sheet when it was met in a sheet, else the part. It is nil for other errors.
func located(file, sheet string, err error) error {
	var f *fault
	if !errors.As(err, &f) {
		return nil
	}
	args := msg.Args{"File": file}
	for k, v := range f.Args {
		args[k] = v
	}
	switch {
	case sheet != "" && f.Cell != "":
		args["Place"] = msg.M{ID: "place.cell", Args: msg.Args{"Sheet": sheet, "Cell": f.Cell}}
	case sheet != "" && f.Row > 0:
		args["Place"] = msg.M{ID: "xlsx.place_row", Args: msg.Args{"Sheet": sheet, "Row": f.Row}}
	case sheet != "":
		args["Place"] = msg.M{ID: "place.sheet", Args: msg.Args{"Sheet": sheet}}
	case f.Part != "":
		args["Place"] = msg.M{ID: "xlsx.place_part", Args: msg.Args{"Part": f.Part}}
	default:
		args["Place"] = msg.M{ID: "xlsx.place_archive"}
	}
	return msg.Wrap(f, f.ID, args)
}

// cellName is a cell's A1 reference from a 0-based column and a row number.
func cellName(col, row int) string { return workbook.CellName(col, row) }
