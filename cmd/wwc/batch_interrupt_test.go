//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptedBatchLeavesNothing stops a real wwc batch over a few hundred workbooks once it
// has written some reports, with SIGINT (Ctrl-C) or SIGTERM, for several report formats,
// summary formats and numbers of workers. It must stop before the end, exit 130, say that
// nothing was written, remove the reports it wrote under their temporary names and write no
// summary. A reports folder it made is removed; one that was there keeps what it held.
func TestInterruptedBatchLeavesNothing(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	const files = 300
	in := t.TempDir()
	fixtures := []string{
		filepath.Join("..", "..", "testdata", "producers", "libreoffice", "maipu-es.xlsx"),
		filepath.Join("..", "..", "testdata", "producers", "gnumeric", "recife-pt.xlsx"),
		filepath.Join("..", "..", "testdata", "producers", "openpyxl", "lakeside-en.xlsx"),
	}
	for i := 0; i < files; i++ {
		data, err := os.ReadFile(fixtures[i%len(fixtures)])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("city-%03d.xlsx", i)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		signal  os.Signal
		report  string
		summary string
		workers int
		lang    string
		want    string
		// existing: the reports folder is there before, with an earlier run's report.
		existing bool
	}{
		{os.Interrupt, "html", "summary.csv", 1, "en", `^wwc: interrupted after (\d+) of 300 files: nothing was written, no summary and no report$`, false},
		{os.Interrupt, "json", "summary.xlsx", 4, "es", `^wwc: interrumpido después de (\d+) de 300 archivos: no se escribió nada, ni resumen ni informes$`, true},
		{syscall.SIGTERM, "md", "summary.json", 2, "pt", `^wwc: interrompido depois de (\d+) de 300 arquivos: nada foi escrito, nem resumo nem relatórios$`, false},
		{os.Interrupt, "csv", "summary.md", 8, "en", `^wwc: interrupted after (\d+) of 300 files`, true},
		// The summary to stdout: not a line of it.
		{os.Interrupt, "text", "", 3, "en", `^wwc: interrupted after (\d+) of 300 files`, false},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s-%s-%d", c.report, c.summary, c.workers), func(t *testing.T) {
			dir := t.TempDir()
			reports := filepath.Join(dir, "reports")
			args := []string{"batch", in, "--reports-dir", reports, "--report-format", c.report,
				"--workers", strconv.Itoa(c.workers), "--lang", c.lang}
			summary := filepath.Join(dir, c.summary)
			if c.summary != "" {
				args = append(args, "-o", summary)
			}
			var old string
			if c.existing {
				old = filepath.Join(reports, "earlier-2024."+c.report)
				if err := os.MkdirAll(reports, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(old, []byte("an earlier run's report"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cmd := exec.Command(bin, args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "LANG=C", "HOME="+dir, "XDG_CONFIG_HOME="+dir)
			var stdout, stderr syncBuffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			// Some reports are written: the batch is under way.
			waitUntil(t, "the batch wrote no report", func() bool { return len(entries(reports)) >= 4 })
			if err := cmd.Process.Signal(c.signal); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			select {
			case err = <-exited:
			case <-time.After(60 * time.Second):
				t.Fatalf("the batch did not stop after the signal; stderr:\n%s", stderr.String())
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 130 {
				t.Errorf("exit %v, want 130; stderr:\n%s", err, stderr.String())
			}
			got := strings.TrimSpace(stderr.String())
			m := regexp.MustCompile(c.want).FindStringSubmatch(got)
			if m == nil {
				t.Errorf("stderr:\n%s\nwant a line matching %s", got, c.want)
			} else if n, _ := strconv.Atoi(m[1]); n < 3 || n >= files {
				t.Errorf("stopped after %d files, want at least the 3 seen and fewer than %d", n, files)
			}
			if stdout.String() != "" {
				t.Errorf("stdout: %q", stdout.String())
			}
			wantLeft := "[]"
			if c.existing {
				wantLeft = "[reports]"
				if left := entries(reports); len(left) != 1 || left[0] != filepath.Base(old) {
					t.Errorf("the reports folder holds %v, want only the earlier report", left)
				}
				if data, err := os.ReadFile(old); err != nil || string(data) != "an earlier run's report" {
					t.Errorf("the earlier report was touched: %q, %v", data, err)
				}
			}
			// No summary, no reports, no temporary file; the reports folder only when it
			// was there before.
			if left := fmt.Sprint(entries(dir)); left != wantLeft {
				t.Errorf("left in the working folder: %v, want %v", left, wantLeft)
			}
		})
	}
}

// entries are the names in dir, hidden ones included; none when it does not exist.
func entries(dir string) []string {
	list, _ := os.ReadDir(dir)
	var names []string
	for _, e := range list {
		names = append(names, e.Name())
	}
	return names
}

// waitUntil waits for ok; the wait is generous because the test is about what the process
// does, not how fast.
func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal(what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
