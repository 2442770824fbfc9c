package xlsx

import (
	"os"

	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// OpenBook opens the workbook at path for a reader of another table than the city's (the
// review workbook): its sheets as rows, with the same limits, and the options that explain an
// error met while streaming a sheet as the city reader does. Call done when finished.
func OpenBook(path string, lim Limits) (b workbook.Book, o workbook.Options, done func(), err error) {
	size, err := workbook.CheckSize(path, lim.MaxFileSize)
	if err != nil {
		return nil, o, nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, o, nil, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	bk, err := newBook(f, size, lim)
	if err != nil {
		f.Close()
		return nil, o, nil, openError(path, err)
	}
	o = workbook.Options{Limits: lim.Sheet(), SheetError: sheetError(path)}
	return bk, o, func() { f.Close() }, nil
}
