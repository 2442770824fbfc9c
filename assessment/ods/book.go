package ods

import "github.com/citydatakit/wwc/assessment/workbook"

// book is a parsed spreadsheet: each sheet's name and the rows with something in them, up to
// the limits, held as a workbook.MemoryBook.
type (
	book  = workbook.MemoryBook
	sheet = workbook.MemorySheet
)
