//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/creack/pty"
)

// TestKilledApplicationKeepsEveryAnswer answers N criteria with one key each in the
// full-screen application on a pseudo-terminal, kills the process while the next answer's
// evidence is being typed, and finds exactly those answers in the file, readable: N, or N+1
// when the met typed before the evidence was saved (it is saved at once).
func TestKilledApplicationKeepsEveryAnswer(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	for _, n := range []int{1, 4, 9} {
		dir := t.TempDir()
		file := filepath.Join(dir, "killed.yaml")
		cmd := exec.Command(bin, "assess", file, "--lang", "en", "--city", "Killtown", "--year", "2025")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=C", "NO_COLOR=1")
		tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
		if err != nil {
			t.Skipf("no pseudo-terminal here: %v", err)
		}
		go func() { // the screen is drained so that the application never blocks on it
			buf := make([]byte, 4096)
			for {
				if _, err := tty.Read(buf); err != nil {
					return
				}
			}
		}()
		// The file exists from the city on: the application has started.
		waitFor(t, func() bool { _, err := os.Stat(file); return err == nil })
		keys := []string{"2", "3", "2"}
		for i := range n {
			fmt.Fprint(tty, keys[i%len(keys)])
			waitFor(t, func() bool {
				a, err := answers.Read(file)
				return err == nil && len(a.Answers) == i+1
			})
		}
		fmt.Fprint(tty, "1")
		fmt.Fprint(tty, "half typed evidence")
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		tty.Close()

		a, err := answers.Read(file)
		if err != nil {
			t.Fatalf("n=%d: the file does not read after the kill: %v", n, err)
		}
		if len(a.Answers) != n && len(a.Answers) != n+1 {
			t.Fatalf("n=%d: %d answers in the file", n, len(a.Answers))
		}
		ids := []string{"DM1", "DM2", "DM3", "DM4", "DM5", "DM6", "DM7", "DM8", "DM9", "LC1"}
		for i := range n {
			want := map[string]assessment.Value{"2": assessment.NotMet, "3": assessment.InProgress}[keys[i%len(keys)]]
			if got := a.Answers[ids[i]]; got.Value != want || got.Evidence != "" {
				t.Errorf("n=%d: %s is %+v", n, ids[i], got)
			}
		}
		if extra, ok := a.Answers[ids[n]]; ok && (extra.Value != assessment.Met || extra.Evidence != "") {
			t.Errorf("n=%d: the answer typed before the kill is %+v", n, extra)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != "killed.yaml" && !strings.HasPrefix(e.Name(), ".killed.yaml.tmp-") {
				t.Errorf("left behind: %s", e.Name())
			}
		}
	}
}

// TestApplicationQuitAndInterrupt: q saves and quits with exit 0 and the commands that go on
// from the file; Ctrl-C exits 130 saying what the file holds; both in the session's language,
// after the application has left the screen.
func TestApplicationQuitAndInterrupt(t *testing.T) {
	bin, err := exec.LookPath("wwc")
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	for _, tc := range []struct {
		key  string
		code int
		want string
	}{
		{"q", 0, "wwc assess wwc-recife-2025.yaml --review"},
		{"\x03", 130, "interrompido: os dados da cidade e 2 respostas estão salvos em wwc-recife-2025.yaml; continue com: wwc assess wwc-recife-2025.yaml"},
	} {
		dir := t.TempDir()
		cmd := exec.Command(bin, "assess", "--lang", "pt", "--city", "Recife", "--year", "2025")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=en_US.UTF-8", "WWC_LANG=", "NO_COLOR=1", "HOME="+dir, "XDG_CONFIG_HOME="+dir)
		tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
		if err != nil {
			t.Skipf("no pseudo-terminal here: %v", err)
		}
		screen := &syncBuffer{}
		go func() {
			buf := make([]byte, 4096)
			for {
				n, err := tty.Read(buf)
				screen.Write(buf[:n])
				if err != nil {
					return
				}
			}
		}()
		file := filepath.Join(dir, "wwc-recife-2025.yaml")
		waitFor(t, func() bool { _, err := os.Stat(file); return err == nil })
		fmt.Fprint(tty, "2")
		waitFor(t, func() bool { a, err := answers.Read(file); return err == nil && len(a.Answers) == 1 })
		fmt.Fprint(tty, "3")
		waitFor(t, func() bool { a, err := answers.Read(file); return err == nil && len(a.Answers) == 2 })
		fmt.Fprint(tty, tc.key)
		err = cmd.Wait()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != tc.code {
			t.Errorf("%q: exit %d (%v), want %d", tc.key, code, err, tc.code)
		}
		waitFor(t, func() bool {
			return strings.Contains(strings.ReplaceAll(ansi.ReplaceAllString(screen.String(), ""), "\r\n", "\n"), tc.want)
		})
		tty.Close()
	}
}
