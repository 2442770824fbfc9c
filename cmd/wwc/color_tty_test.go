//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// TestColorsOnATerminal runs a real wwc score on a pseudo-terminal: the report is colored
// (stdout's error-checking wrapper once hid the terminal from color detection, and every
// report came out plain), and NO_COLOR still turns colors off.
func TestColorsOnATerminal(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	city, err := filepath.Abs(filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, noColor := range []bool{false, true} {
		cmd := exec.Command(bin, "score", city)
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=C")
		cmd.Env = slicesWithout(cmd.Env, "NO_COLOR=", "CLICOLOR")
		if noColor {
			cmd.Env = append(cmd.Env, "NO_COLOR=1")
		}
		tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 120})
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
		cmd.Wait()
		tty.Close()
		colored := ansiEscape.MatchString(screen.String())
		if !strings.Contains(screen.String(), "Maipú") {
			t.Fatalf("NO_COLOR %v: no report on the terminal: %q", noColor, screen.String())
		}
		if colored == noColor {
			t.Errorf("NO_COLOR %v: colored %v on a terminal", noColor, colored)
		}
	}
}

// slicesWithout drops the environment entries that start with any of prefixes.
func slicesWithout(env []string, prefixes ...string) []string {
	var out []string
	for _, e := range env {
		keep := true
		for _, p := range prefixes {
			if strings.HasPrefix(e, p) {
				keep = false
			}
		}
		if keep {
			out = append(out, e)
		}
	}
	return out
}
