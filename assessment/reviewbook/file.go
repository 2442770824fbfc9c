package reviewbook

import (
	"github.com/citydatakit/wwc/assessment/ods"
	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/assessment/xls"
	"github.com/citydatakit/wwc/assessment/xlsx"
)

// Format is a spreadsheet format a review workbook can come in.
type Format string

// The formats read, as the city workbook's.
const (
	XLSX Format = "xlsx"
	ODS  Format = "ods"
	XLS  Format = "xls"
)

// Limits are the city workbook's: a review workbook is the same size.
var Limits = xlsx.DefaultLimits

// ReadFile reads the review workbook at path, saved in format f, with Limits.
func ReadFile(path string, f Format) (*Result, error) {
	open := map[Format]func(string, xlsx.Limits) (workbook.Book, workbook.Options, func(), error){
		XLSX: xlsx.OpenBook, ODS: ods.OpenBook, XLS: xls.OpenBook,
	}[f]
	if open == nil {
		open = xlsx.OpenBook
	}
	b, o, done, err := open(path, Limits)
	if err != nil {
		return nil, err
	}
	defer done()
	return Read(path, b, o)
}
