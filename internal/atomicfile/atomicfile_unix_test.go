//go:build unix

package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestWriteIntoAFIFOStraight(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	link := filepath.Join(dir, "pipe-link")
	os.Symlink("pipe", link)
	for _, p := range []string{fifo, link} {
		got := make(chan string)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- err.Error()
				return
			}
			data, _ := io.ReadAll(f)
			f.Close()
			got <- string(data)
		}()
		if err := Write(p, []byte("through the pipe"), 0o644); err != nil {
			t.Fatal(err)
		}
		if s := <-got; s != "through the pipe" {
			t.Errorf("the reader got %q", s)
		}
		if fi, _ := os.Stat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("the FIFO was replaced by %v", fi.Mode())
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left in the folder: %v", entries)
	}
}

func TestWriteAsRootKeepsDevices(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can make a device node")
	}
	dev := filepath.Join(t.TempDir(), "mynull")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil { // 1,3 is null
		t.Skip("cannot make a device node:", err)
	}
	if err := Write(dev, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(dev); fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("the device became %v", fi.Mode())
	}
}
