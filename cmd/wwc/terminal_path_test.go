//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// TestBinaryFormatToATerminalPath runs the commands that write a workbook with -o naming a
// terminal in every way a path can (/dev/pts/N, /dev/fd/N, a symbolic link to it), the
// workbook chosen by --format or WWC_FORMAT: refused as a usage mistake naming the path, as
// with no -o on a terminal. -o naming a device that is no terminal (/dev/null) or a file is
// written.
func TestBinaryFormatToATerminalPath(t *testing.T) {
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptm.Close() // held open: a terminal whose other end is closed refuses to be opened
	defer tty.Close()
	go io.Copy(io.Discard, ptm) // read, so that a workbook written by mistake fails the test, not hangs it
	dir := t.TempDir()
	link := filepath.Join(dir, "screen")
	if err := os.Symlink(tty.Name(), link); err != nil {
		t.Fatal(err)
	}
	terminals := []string{tty.Name(), "/dev/fd/" + strconv.Itoa(int(tty.Fd())), link}
	city := filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml")
	commands := [][]string{
		{"score", city},
		{"batch", filepath.Join("..", "..", "testdata", "cities")},
		{"template", "--force"},
	}
	for _, command := range commands {
		for _, byEnv := range []bool{false, true} {
			if command[0] == "template" && byEnv {
				continue // always a workbook
			}
			for i, out := range append(terminals, "/dev/null", filepath.Join(dir, "r")) {
				args := append(append([]string(nil), command...), "-o", out)
				env := []string{"HOME=" + dir}
				if command[0] != "template" && byEnv {
					env = append(env, "WWC_FORMAT=xlsx")
				} else if command[0] != "template" {
					args = append(args, "--format", "xlsx")
				}
				var stdout, stderr bytes.Buffer
				code := run(args, &streams{In: strings.NewReader(""), Out: &stdout, ErrOut: &stderr, Env: env})
				if i < len(terminals) {
					want := "wwc: -o " + out + " is a terminal and xlsx is a binary file"
					if code != exitUsage || !strings.HasPrefix(stderr.String(), want) {
						t.Errorf("%v: exit %d, %q; want 2 and %q", args, code, stderr.String(), want)
					}
					continue
				}
				if code != exitOK {
					t.Errorf("%v: exit %d: %s", args, code, stderr.String())
				}
			}
		}
	}
}

// TestDevStdoutOnATerminal runs a real wwc score -o /dev/stdout --format xlsx with standard
// output on a pseudo-terminal: refused, exit 2, and no workbook bytes on the screen.
func TestDevStdoutOnATerminal(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	city, err := filepath.Abs(filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{"/dev/stdout", "/dev/tty"} {
		cmd := exec.Command(bin, "score", city, "-o", out, "--format", "xlsx", "--lang", "en")
		cmd.Dir = t.TempDir()
		tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 30, Cols: 200})
		if err != nil {
			t.Skipf("no pseudo-terminal here: %v", err)
		}
		var screen bytes.Buffer
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			screen.Write(buf[:n])
			if err != nil {
				break // the program ended: EIO on Linux, EOF elsewhere
			}
		}
		err = cmd.Wait()
		tty.Close()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != exitUsage || bytes.Contains(screen.Bytes(), []byte("PK\x03\x04")) || !strings.Contains(screen.String(), "-o "+out+" is a terminal") {
			t.Errorf("-o %s: exit %d (%v), screen %q", out, code, err, tail(screen.String(), 400))
		}
	}
}
