package ods

import "github.com/citydatakit/wwc/assessment/workbook"

// OpenBook opens the .ods or .fods workbook at path for a reader of another table than the
// city's (the review workbook): its sheets as rows, read with the same limits, and the
// options that explain an error as the city reader does. Call done when finished.
func OpenBook(path string, lim Limits) (b workbook.Book, o workbook.Options, done func(), err error) {
	if _, err := workbook.CheckSize(path, lim.MaxFileSize); err != nil {
		return nil, o, nil, err
	}
	bk, err := open(path, lim)
	if err != nil {
		return nil, o, nil, openError(path, err)
	}
	o = workbook.Options{Limits: lim.Sheet(), SheetError: func(_ string, err error) error { return openError(path, err) }}
	return bk, o, func() {}, nil
}
