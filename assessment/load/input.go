package load

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"syscall"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/wwcmark"
)

// MaxStream caps what is read from a pipe or device given as a file (wwc score <(cat x.yaml)):
// as large as the largest workbook read.
const MaxStream = 32 << 20

// headSize is how much of a file recognition looks at: enough to see an OLE2 file's
// directory and a zip's first entries.
const headSize = 64 << 10

// Input is a file opened for reading: recognized, and for a pipe, read once into memory.
type Input struct {
	Recognized
	// Name is the file as the user gave it, used in every message.
	Name string
	// path is what the readers open: Name, or a private copy of what came through a pipe.
	path string
	// data is all of a pipe's content; nil for a regular file.
	data   []byte
	head   []byte
	tmpDir string
}

// Open recognizes the file at path. A regular file is looked at, not read; a pipe or a device
// (a FIFO, /dev/stdin, bash's <(...)) is read once, up to MaxStream, and recognized and read
// from that copy, since it can be read only once and has no telling name. A FIFO with no
// writer reads as empty instead of waiting for one. Close the Input when done.
func Open(path string) (*Input, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	in := &Input{Name: path, path: path}
	switch mode := fi.Mode(); {
	case mode.IsDir():
		return nil, msg.E("file.is_dir", msg.Args{"File": path})
	case mode.IsRegular():
		if in.head, err = readHead(path); err != nil {
			return nil, err
		}
	case mode&(os.ModeNamedPipe|os.ModeCharDevice) != 0:
		if in.data, err = readStream(path); err != nil {
			return nil, err
		}
		in.head = in.data[:min(len(in.data), headSize)]
	default:
		return nil, msg.E("load.not_regular", msg.Args{"File": path})
	}
	if len(in.head) == 0 {
		return nil, msg.E("file.empty", msg.Args{"File": path})
	}
	in.Recognized = Sniff(in.head, path)
	if in.Kind == KindXLSX && in.writtenByWWC() || in.Kind == KindPDF && in.pdfByWWC() {
		in.Recognized = Recognized{Kind: KindOutput, Output: OutputReport}
	}
	return in, nil
}

func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	defer f.Close()
	head := make([]byte, headSize)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, msg.Wrap(err, "file.read", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	return head[:n], nil
}

func readStream(path string) ([]byte, error) {
	// Non-blocking, so that opening a FIFO nobody writes to does not wait forever; Go's
	// poller still waits for data once a writer is there.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxStream+1))
	if err != nil {
		return nil, msg.Wrap(err, "file.read", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	if len(data) > MaxStream {
		return nil, msg.E("file.too_large", msg.Args{"File": path, "Max": MaxStream >> 20})
	}
	return data, nil
}

// Data returns the whole file, up to max bytes.
func (in *Input) Data(max int64) ([]byte, error) {
	if in.data != nil {
		if int64(len(in.data)) > max {
			return nil, msg.E("file.too_large", msg.Args{"File": in.Name, "Max": max >> 20})
		}
		return in.data, nil
	}
	return fileio.ReadLimited(in.path, max)
}

// readPath is a path the readers can open: the file itself, or for a pipe a private copy.
func (in *Input) readPath() (string, error) {
	if in.data == nil || in.tmpDir != "" {
		return in.path, nil
	}
	dir, err := os.MkdirTemp("", "wwc-input-")
	if err != nil {
		return "", msg.Wrap(err, "file.read", msg.Args{"File": in.Name, "Err": fileio.Reason(err)})
	}
	in.tmpDir = dir
	in.path = filepath.Join(dir, "input")
	if err := os.WriteFile(in.path, in.data, 0o600); err != nil {
		return "", msg.Wrap(err, "file.read", msg.Args{"File": in.Name, "Err": fileio.Reason(err)})
	}
	return in.path, nil
}

// Close removes the copy of a pipe's content, if one was made.
func (in *Input) Close() error {
	if in.tmpDir == "" {
		return nil
	}
	return os.RemoveAll(in.tmpDir)
}

// writtenByWWC reports whether a workbook is one of wwc's reports or summaries, by the
// application its document properties name.
func (in *Input) writtenByWWC() bool {
	var zr *zip.Reader
	if in.data != nil {
		r, err := zip.NewReader(bytes.NewReader(in.data), int64(len(in.data)))
		if err != nil {
			return false
		}
		zr = r
	} else {
		r, err := zip.OpenReader(in.path)
		if err != nil {
			return false
		}
		defer r.Close()
		zr = &r.Reader
	}
	for _, f := range zr.File {
		if f.Name != "docProps/app.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		data, _ := io.ReadAll(io.LimitReader(rc, 16<<10))
		return bytes.Contains(data, []byte("<Application>"+wwcmark.XLSXApplication+"</Application>"))
	}
	return false
}

// SniffFile recognizes a regular file, as Open does, without reading it; anything else is
// KindUnknown.
func SniffFile(path string) (Recognized, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Recognized{}, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	if !fi.Mode().IsRegular() {
		return Recognized{Kind: KindUnknown}, nil
	}
	in, err := Open(path)
	if err != nil {
		return Recognized{Kind: KindUnknown}, nil
	}
	defer in.Close()
	return in.Recognized, nil
}

// pdfTail is how much of a PDF's end is read to find its creator: the document information
// comes just before the cross-reference table.
const pdfTail = 8 << 10

// pdfByWWC reports whether a PDF is one of wwc's reports, by the creator its document
// information names.
func (in *Input) pdfByWWC() bool {
	tail := in.data
	if tail == nil {
		f, err := os.Open(in.path)
		if err != nil {
			return false
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return false
		}
		off := max(fi.Size()-pdfTail, 0)
		tail = make([]byte, fi.Size()-off)
		if _, err := f.ReadAt(tail, off); err != nil && err != io.EOF {
			return false
		}
	}
	tail = tail[max(len(tail)-pdfTail, 0):]
	return bytes.Contains(tail, []byte(wwcmark.PDFInfo))
}
