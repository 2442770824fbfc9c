// Package xlsx reads a city workbook from any producer (Excel, LibreOffice, Google Sheets,
// openpyxl, gnumeric...) and writes the workbook wwc template gives cities to fill.
//
// Finding the criteria, City and Outcomes sheets is package workbook's; this package opens the
// archive and streams the rows of the parts it names.
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
	return workbook.Read(path, b, workbook.Options{
		Limits:     workbook.Limits{HeaderRows: lim.HeaderRows, MaxRows: lim.MaxRows, EmptyRun: lim.EmptyRun, MaxCell: lim.MaxCell},
		SheetError: sheetError(path),
	})
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

// sheetError explains an error met while streaming a sheet.
func sheetError(file string) func(string, error) error {
	return func(sheet string, err error) error {
		if errors.Is(err, errTooLarge) || corrupt(err) {
			return openError(file, err)
		}
		return msg.Wrap(err, "xlsx.bad_sheet", msg.Args{"File": file, "Sheet": sheet, "Err": err.Error()})
	}
}
