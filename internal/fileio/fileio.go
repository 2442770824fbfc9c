// Package fileio reads files that come from outside with a size limit, and names the file in
// every error, in the user's language.
package fileio

import (
	"errors"
	"io"
	"os"

	"github.com/citydatakit/wwc/internal/msg"
)

// ReadLimited reads the whole file at path, refusing one larger than max bytes.
func ReadLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": Reason(err)})
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, msg.E("file.is_dir", msg.Args{"File": path})
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, msg.Wrap(err, "file.read", msg.Args{"File": path, "Err": Reason(err)})
	}
	if int64(len(data)) > max {
		return nil, msg.E("file.too_large", msg.Args{"File": path, "Max": max >> 20})
	}
	return data, nil
}

// Reason is an I/O error's cause without Go's "open path:" prefix, which the messages already
// give.
func Reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
