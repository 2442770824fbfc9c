package workbook

import (
	"archive/zip"
	"compress/flate"
	"encoding/xml"
	"errors"
	"io"
	"os"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// CheckSize refuses a workbook file larger than max bytes, before anything of it is read, with
// a message naming it; it returns the file's size.
func CheckSize(path string, max int64) (int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	if fi.Size() > max {
		return 0, msg.E("xlsx.too_large", msg.Args{"File": path, "Max": max >> 20})
	}
	return fi.Size(), nil
}

// Damaged reports whether an error of a format reader means the archive or its XML is damaged
// or cut short, which the user is told as such.
func Damaged(err error) bool {
	var syntax *xml.SyntaxError
	return errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrAlgorithm) ||
		errors.As(err, new(flate.CorruptInputError)) || errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &syntax)
}

// MemorySheet is a sheet whose rows a format reader has already read.
type MemorySheet struct {
	Name string
	Rows []Row
}

// MemoryBook is a Book held in memory: the formats read whole (.ods content, .xls streams)
// hand their sheets over this way.
type MemoryBook []MemorySheet

// Sheets lists the sheets in order.
func (b MemoryBook) Sheets() []Sheet {
	out := make([]Sheet, len(b))
	for i, s := range b {
		out[i] = Sheet{Name: s.Name}
	}
	return out
}

// Rows hands sheet i's rows to fn in order until it returns false.
func (b MemoryBook) Rows(i int, fn func(Row) bool) error {
	for _, r := range b[i].Rows {
		if !fn(r) {
			return nil
		}
	}
	return nil
}
