//go:build linux

package review

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// TestLoadFromPipe: a review workbook given through a pipe (bash's <(...)) is read from the
// copy made when it was recognized, never by opening the pipe again, which would wait for a
// writer forever; a problem in it names the pipe, not the copy.
func TestLoadFromPipe(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"../../testdata/reviews/maipu-2024-review.xlsx", ""},
		{"../../testdata/reviews/maipu-2024-review-bad.xlsx", `"tal vez"`},
	} {
		data, err := os.ReadFile(c.src)
		if err != nil {
			t.Fatal(err)
		}
		fifo := filepath.Join(t.TempDir(), "review-pipe")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skip("no FIFOs here:", err)
		}
		// The writer end opened read-write does not wait for a reader; the content fits in the
		// pipe's buffer. It is closed once the reader has taken all of it, so that the reader
		// sees the end.
		w, err := os.OpenFile(fifo, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
		go func() {
			for pending(w) > 0 {
				runtime.Gosched()
			}
			w.Close()
		}()
		rev, err := Load(fifo)
		if c.want == "" {
			if err != nil || len(rev.Criteria) != 8 {
				t.Fatalf("%v %+v", err, rev)
			}
			continue
		}
		text := msg.Text(i18n.For("en"), err)
		if !strings.Contains(text, c.want) || !strings.Contains(text, fifo+": ") || strings.Contains(text, "wwc-review-") {
			t.Fatalf("%s", text)
		}
	}
}

// pending is how many bytes wait in the pipe behind f.
func pending(f *os.File) int {
	var n int32
	syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TIOCINQ, uintptr(unsafe.Pointer(&n)))
	return int(n)
}
