// Package atomicfile writes the files wwc produces (reports, summaries, answers files,
// templates) so that a reader, a crash or a power cut sees either the old content or the new,
// never a half-written file, and so that writing never replaces what the user pointed at:
//
//   - a regular file, or a path that does not exist yet, is written through a temporary file in
//     the same folder, synced and renamed over it;
//   - a symbolic link is followed (as a shell's ">" does) and its target written the same way;
//   - a device (/dev/null, /dev/full, a terminal), a FIFO, a socket and the standard streams
//     (/dev/stdout, /dev/fd/N) are written straight, without a temporary file: a rename would
//     put a regular file in their place, and their folder is often not writable;
//   - a folder is refused with a message naming it.
//
// Errors are *msg.Error values that name the path the user gave and say why, in the user's
// language ("the disk is full" rather than "no space left on device").
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// maxLinks bounds how many symbolic links are followed, as the kernel does (ELOOP).
const maxLinks = 40

// Write writes data to path. An existing file keeps its permissions; a new one gets perm.
func Write(path string, data []byte, perm os.FileMode) error {
	target, fi, err := resolve(path)
	if err != nil {
		return WriteError(path, err)
	}
	switch how(target, fi) {
	case refuse:
		return msg.E("file.write_is_dir", msg.Args{"File": path})
	case straight:
		err = writeStraight(target, data)
	default:
		if fi != nil {
			perm = fi.Mode().Perm()
		}
		err = replace(target, data, perm)
	}
	if err != nil {
		return WriteError(path, err)
	}
	return nil
}

// Rename moves the finished file from (a temporary file wwc wrote, in to's folder or one on
// the same file system) to to, the same way Write treats to: through a symbolic link to its
// target, straight into a device or FIFO (from is then removed), never over a folder.
func Rename(from, to string) error {
	target, fi, err := resolve(to)
	if err != nil {
		return WriteError(to, err)
	}
	switch how(target, fi) {
	case refuse:
		return msg.E("file.write_is_dir", msg.Args{"File": to})
	case straight:
		var data []byte
		if data, err = os.ReadFile(from); err == nil {
			if err = writeStraight(target, data); err == nil {
				err = os.Remove(from)
			}
		}
	default:
		if fi != nil {
			// The replaced file's permissions are kept, as Write keeps them.
			_ = os.Chmod(from, fi.Mode().Perm())
		}
		err = os.Rename(from, target)
	}
	if err != nil {
		return WriteError(to, err)
	}
	return nil
}

// The three ways of writing to what a path leads to.
const (
	replaceIt = iota // a regular file, or nothing yet: temporary file and rename
	straight         // a device, FIFO, socket or standard stream: open and write
	refuse           // a folder
)

func how(target string, fi os.FileInfo) int {
	switch {
	case fi != nil && fi.IsDir():
		return refuse
	case isStdStream(target):
		// Even when the shell sent stdout to a regular file, that file is the shell's (it
		// may be appending to it), and renaming over /dev/stdout would replace the link.
		return straight
	case fi == nil || fi.Mode().IsRegular():
		return replaceIt
	}
	return straight
}

// resolve follows path's symbolic links to what is to be written and stats it; fi is nil
// when nothing exists there yet (a new file, or a link to a file still to be made).
func resolve(path string) (target string, fi os.FileInfo, err error) {
	target = path
	for range maxLinks {
		if isStdStream(target) {
			// /dev/stdout and its kin lead through /proc to a pipe or a terminal whose
			// "path" is not one; the kernel's own lookup gets there.
			fi, err := os.Stat(target)
			return target, fi, err
		}
		lfi, err := os.Lstat(target)
		if errors.Is(err, fs.ErrNotExist) {
			return target, nil, nil
		}
		if err != nil {
			return "", nil, err
		}
		if lfi.Mode()&fs.ModeSymlink == 0 {
			return target, lfi, nil
		}
		link, err := os.Readlink(target)
		if err != nil {
			return "", nil, err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(target), link)
		}
		target = link
	}
	return "", nil, &fs.PathError{Op: "open", Path: path, Err: syscall.ELOOP}
}

// isStdStream reports the names of the process's own streams and descriptors.
func isStdStream(path string) bool {
	p := filepath.Clean(path)
	switch p {
	case "/dev/stdout", "/dev/stderr", "/dev/stdin", "/dev/tty":
		return true
	}
	return strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/")
}

// writeStraight writes into something that is not a regular file to be replaced. It appends:
// a device, FIFO or socket has no content to truncate, and a standard stream the shell sent to
// a file is opened anew here, so truncating it or writing from its start would overwrite what
// the shell's ">>" or the process's own earlier output put there.
func writeStraight(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// replace writes data to path through a temporary file in path's folder, synced and renamed
// over path.
func replace(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	removeStale(dir)
	tmp, err := os.CreateTemp(dir, tempPrefix(path)+"*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	// Make the rename itself durable; not every platform can sync a folder, so a failure here
	// is not the write's failure.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// WriteError is the message for a write to path (or to a stream such as stdout) that failed:
// the path as the user gave it, and the cause in the user's words where wwc knows it better
// than the system does (a full disk, a folder).
func WriteError(path string, err error) error {
	if errors.Is(err, syscall.EISDIR) {
		return msg.Wrap(err, "file.write_is_dir", msg.Args{"File": path})
	}
	return msg.Wrap(err, "file.write", msg.Args{"File": path, "Err": fileio.Reason(err)})
}
