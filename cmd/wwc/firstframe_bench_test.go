//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/creack/pty"
)

// BenchmarkApplicationFirstFrame is the whole process, from its start to the first frame of
// the application on a pseudo-terminal, resuming a file with all 43 criteria answered. It runs
// the test binary as wwc, or the binary WWC_BIN names (a real build):
//
//	go build -o /tmp/wwc ./cmd/wwc && WWC_BIN=/tmp/wwc go test ./cmd/wwc -run XXX -bench ApplicationFirstFrame -count 5
func BenchmarkApplicationFirstFrame(b *testing.B) {
	bin := os.Getenv("WWC_BIN")
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("wwc"); err != nil {
			b.Skip("wwc is not on PATH")
		}
	}
	dir := b.TempDir()
	file := filepath.Join(dir, "full.yaml")
	var y bytes.Buffer
	y.WriteString("format: wwc-answers/1\nrubric:\n  id: wwc-2022\n  version: \"2022.1\"\nlang: es\ncity: Maipú\nyear: 2025\nanswers:\n")
	ids := []string{"DM1", "DM2", "DM3", "DM4", "DM5", "DM6", "DM7", "DM8", "DM9", "LC1", "LC2", "LC3", "LC4", "LC5", "LC6", "LC7",
		"OD1", "OD2", "OD3", "OD4", "PA1", "PA2", "PA3", "PA4", "PA5", "BF1", "BF2", "BF3", "RDC1", "RDC2", "RDC3", "RDC4",
		"RDC5", "RDC6", "RDC7", "RDC8", "CI1", "CI2", "CI3", "EVAL1", "EVAL2", "EVAL3", "EVAL4"}
	for i, id := range ids {
		y.WriteString("  " + id + ":\n    answer: " + []string{"met", "not_met", "in_progress"}[i%3] + "\n    evidence: https://maipu.example/" + id + "\n")
	}
	if err := os.WriteFile(file, y.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		cmd := exec.Command(bin, "assess", file)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=C", "NO_COLOR=1")
		tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
		if err != nil {
			b.Skipf("no pseudo-terminal here: %v", err)
		}
		var seen []byte
		buf := make([]byte, 8192)
		for !bytes.Contains(seen, []byte("EVAL")) && !bytes.Contains(seen, []byte("BF3")) {
			n, err := tty.Read(buf)
			if err != nil {
				b.Fatalf("the terminal closed before the first frame: %q", seen)
			}
			seen = append(seen, buf[:n]...)
		}
		cmd.Process.Kill()
		cmd.Wait()
		tty.Close()
	}
}
