// Package ods reads a city workbook saved as an OpenDocument spreadsheet (.ods, LibreOffice's
// own format) or its flat XML form (.fods).
//
// It streams content.xml once with the same limits as the xlsx reader and hands the sheets to
// package workbook, which finds the criteria, City and Outcomes sheets: every table rule and
// message is shared with .xlsx. Cells reach the table as the xlsx reader passes them: numbers
// and percentages as their plain decimal value (office:value, never the displayed text),
// booleans as TRUE or FALSE, formulas by their cached result, and text as a user sees it.
package ods

import (
	"errors"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/internal/msg"
)

// Limits bound what reading a workbook from outside may cost; they are the xlsx reader's.
type Limits = xlsx.Limits

// DefaultLimits are the xlsx reader's: a city workbook is the same size in any format.
var DefaultLimits = xlsx.DefaultLimits

var (
	errTooLarge     = errors.New("the spreadsheet unpacks past the limit")
	errNoContent    = errors.New("no content.xml part")
	errEncrypted    = errors.New("the spreadsheet is encrypted")
	errNotSheet     = errors.New("not an OpenDocument spreadsheet")
	errTooManyCells = errors.New("too many cells with something in them")
)

// Read reads the .ods or .fods city workbook at path with DefaultLimits.
func Read(path string) (*assessment.Assessment, error) {
	return ReadWithLimits(path, DefaultLimits)
}

// ReadWithLimits reads the .ods (zip) or .fods (flat XML) city workbook at path, recognized by
// its content. Every problem found is reported, up to assessment.MaxProblems, each naming the
// file, sheet and cell.
func ReadWithLimits(path string, lim Limits) (*assessment.Assessment, error) {
	if _, err := workbook.CheckSize(path, lim.MaxFileSize); err != nil {
		return nil, err
	}
	b, err := open(path, lim)
	if err != nil {
		return nil, openError(path, err)
	}
	return workbook.Read(path, b, workbook.Options{
		Limits:     lim.Sheet(),
		SheetError: func(sheet string, err error) error { return openError(path, err) },
	})
}

// openError explains why a file did not read as a spreadsheet.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, errTooLarge), errors.Is(err, errTooManyCells):
		return msg.Wrap(err, "xlsx.too_large_unzipped", msg.Args{"File": path})
	case errors.Is(err, errEncrypted):
		return msg.Wrap(err, "xlsx.encrypted", msg.Args{"File": path})
	case workbook.Damaged(err):
		return msg.Wrap(err, "xlsx.corrupt", msg.Args{"File": path})
	case errors.Is(err, errNoContent), errors.Is(err, errNotSheet):
		return msg.Wrap(err, "ods.not_spreadsheet", msg.Args{"File": path})
	}
	return msg.Wrap(err, "xlsx.cannot_open", msg.Args{"File": path, "Err": err.Error()})
}
