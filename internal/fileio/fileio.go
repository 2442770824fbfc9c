// Package fileio reads files that come from outside with a size limit, and names the file in
// every error, in the user's language.
package fileio

import (
	"errors"
	"io"
	"os"
	"syscall"

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

// Reason is an I/O error's cause in the user's words: the common ones (no such file, no
// permission, a folder, a full or read-only disk, a link loop, a name too long) from the
// catalog, anything else as the system says it. Go's "open path:" prefix is left out, as the
// messages already name the file.
func Reason(err error) any {
	for _, r := range reasons {
		if errors.Is(err, r.err) {
			return msg.M{ID: r.id}
		}
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// reasons are the system errors the catalog words, most specific first.
var reasons = []struct {
	err error
	id  string
}{
	{syscall.ENOENT, "oserr.not_found"},
	{syscall.EACCES, "oserr.permission"},
	{syscall.EPERM, "oserr.permission"},
	{syscall.EISDIR, "oserr.is_dir"},
	{syscall.ENOTDIR, "oserr.not_dir"},
	{syscall.ENOSPC, "file.disk_full"},
	{syscall.EDQUOT, "file.disk_full"},
	{syscall.EROFS, "oserr.read_only"},
	{syscall.ELOOP, "oserr.loop"},
	{syscall.ENAMETOOLONG, "oserr.name_too_long"},
}
