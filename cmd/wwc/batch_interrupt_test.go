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
// summary.
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
	}{
		{os.Interrupt, "html", "summary.csv", 1, "en", `^wwc: interrupted after (\d+) of 300 files: nothing was written, no summary and no report$`},
		{os.Interrupt, "json", "summary.xlsx", 4, "es", `^wwc: interrumpido después de (\d+) de 300 archivos: no se escribió nada, ni resumen ni informes$`},
		{syscall.SIGTERM, "md", "summary.json", 2, "pt", `^wwc: interrompido depois de (\d+) de 300 arquivos: nada foi escrito, nem resumo nem relatórios$`},
		{os.Interrupt, "csv", "summary.md", 8, "en", `^wwc: interrupted after (\d+) of 300 files`},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s-%s-%d", c.report, c.summary, c.workers), func(t *testing.T) {
			dir := t.TempDir()
			reports := filepath.Join(dir, "reports")
			summary := filepath.Join(dir, c.summary)
			cmd := exec.Command(bin, "batch", in, "-o", summary, "--reports-dir", reports,
				"--report-format", c.report, "--workers", strconv.Itoa(c.workers), "--lang", c.lang)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "LANG=C", "HOME="+dir, "XDG_CONFIG_HOME="+dir)
			var stdout, stderr syncBuffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			// Some reports are written: the batch is under way.
			waitUntil(t, "the batch wrote no report", func() bool { return len(entries(reports)) >= 3 })
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
				t.Errorf("stopped after %d files, want at least the 3 reported and fewer than %d", n, files)
			}
			if stdout.String() != "" {
				t.Errorf("stdout: %q", stdout.String())
			}
			if left := entries(reports); len(left) > 0 {
				t.Errorf("left in the reports folder: %v", left)
			}
			if _, err := os.Stat(summary); err == nil {
				t.Errorf("a summary was written: %s", c.summary)
			}
			if left := entries(dir); len(left) != 1 || left[0] != "reports" {
				t.Errorf("left in the working folder: %v", left)
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
