// Package xls reads a city workbook saved as a legacy Excel 97-2003 workbook (.xls, BIFF8).
//
// It reads only what scoring needs from the compound file's Workbook stream (the sheet list,
// the shared strings and the cells: LABELSST, LABEL, RSTRING, NUMBER, RK, MULRK, BOOLERR and
// FORMULA with its cached result) and hands the sheets to package workbook, which finds the
// criteria, City and Outcomes sheets with the same rules and messages as for .xlsx. Cells reach
// the table as the xlsx reader passes them: numbers as plain decimal text, booleans as TRUE or
// FALSE, formulas by their cached result.
//
// The reader is this package's own, over github.com/richardlehane/mscfb for the compound file:
// the Go modules that read .xls mangle the accented text LibreOffice writes, panic on the
// producers' files or trust sizes a damaged file gives. Everything is read with limits, and a
// panic is recovered and reported as a damaged file.
package xls

import (
	"errors"
	"fmt"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/internal/msg"
)

// Limits bound what reading a workbook from outside may cost; they are the xlsx reader's
// (MaxUnzipped bounds the Workbook stream).
type Limits = xlsx.Limits

// DefaultLimits are the xlsx reader's.
var DefaultLimits = xlsx.DefaultLimits

var (
	errDamaged    = errors.New("damaged workbook stream")
	errOld        = errors.New("workbook older than Excel 97 (BIFF8)")
	errEncrypted  = errors.New("workbook protected with a password")
	errNoWorkbook = errors.New("no Workbook stream")
	errTooLarge   = errors.New("the workbook holds far more than a city workbook")
)

// Read reads the .xls city workbook at path with DefaultLimits.
func Read(path string) (*assessment.Assessment, error) {
	return ReadWithLimits(path, DefaultLimits)
}

// ReadWithLimits reads the .xls city workbook at path. Every problem found is reported, up to
// assessment.MaxProblems, each naming the file, sheet and cell.
func ReadWithLimits(path string, lim Limits) (*assessment.Assessment, error) {
	if _, err := workbook.CheckSize(path, lim.MaxFileSize); err != nil {
		return nil, err
	}
	b, err := safeOpen(path, lim)
	if err != nil {
		return nil, openError(path, err)
	}
	return workbook.Read(path, b, workbook.Options{
		Limits:     lim.Sheet(),
		SheetError: func(sheet string, err error) error { return openError(path, err) },
	})
}

// safeOpen opens the workbook and turns a panic in the compound-file library or in the record
// parsing into a damaged-file error: a hostile file must not take the program down.
func safeOpen(path string, lim Limits) (b workbook.MemoryBook, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("%w: %v", errDamaged, r)
		}
	}()
	return open(path, lim)
}

// openError explains why a file did not read as a workbook.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, errTooLarge):
		return msg.Wrap(err, "xlsx.too_large_unzipped", msg.Args{"File": path})
	case errors.Is(err, errEncrypted):
		return msg.Wrap(err, "xlsx.encrypted", msg.Args{"File": path})
	case errors.Is(err, errOld):
		return msg.Wrap(err, "xls.old_version", msg.Args{"File": path})
	case errors.Is(err, errNoWorkbook):
		return msg.Wrap(err, "xls.not_workbook", msg.Args{"File": path})
	}
	return msg.Wrap(err, "xlsx.corrupt", msg.Args{"File": path})
}
