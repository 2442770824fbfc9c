//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestFullScreenFormDrawsOnATerminal starts a real wwc assess on a pseudo-terminal and waits
// for the application's first screen, the city details, to be drawn: the application must
// get the terminal itself, whatever wraps standard output for other reasons (a wrapper once
// made it draw nothing while it went on taking keys).
func TestFullScreenFormDrawsOnATerminal(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	cmd := exec.Command(bin, "assess", "--lang", "pt")
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=C", "NO_COLOR=1")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 30, Cols: 100})
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
		tty.Close()
	}()
	var mu sync.Mutex
	var screen bytes.Buffer
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			mu.Lock()
			screen.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				return // the process ended or the terminal closed
			}
		}
	}()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		seen := ansi.ReplaceAllString(screen.String(), "")
		mu.Unlock()
		// The city details with their key help, in the session's language.
		if strings.Contains(seen, "Cidade") && strings.Contains(seen, "Esc voltar") {
			if strings.Contains(seen, "next field") || !strings.Contains(seen, "próximo campo") {
				t.Fatalf("the key help is not in Portuguese: %q", tail(seen, 300))
			}
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	t.Fatalf("the city field was never drawn; the terminal got %q", tail(screen.String(), 600))
}

// ansi matches the terminal's control sequences, so that the test reads the text drawn.
var ansi = regexp.MustCompile(`\x1b\[[0-9;?=>$<]*[a-zA-Z]`)

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}
