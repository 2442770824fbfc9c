//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/creack/pty"
)

// TestKilledReviewApplicationKeepsEveryDecision takes N decisions with one key each (and a
// comment) in the full-screen review on a pseudo-terminal, kills the process while the next
// comment is being typed, and finds exactly those decisions in the review file, readable: N,
// or N+1 when the decision typed before the comment was saved (it is saved at once).
func TestKilledReviewApplicationKeepsEveryDecision(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	sub, err := filepath.Abs(filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"a", "x", "w"}
	want := map[string]assessment.Decision{"a": assessment.Accepted, "x": assessment.NotAccepted, "w": assessment.Clarification}
	for _, n := range []int{1, 4, 7} {
		dir := t.TempDir()
		file := filepath.Join(dir, "killed-review.yaml")
		cmd := exec.Command(bin, "review", sub, "-o", file, "--lang", "es", "--reviewer", "Ana")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=C", "NO_COLOR=1")
		tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
		if err != nil {
			t.Skipf("no pseudo-terminal here: %v", err)
		}
		screen := &syncBuffer{}
		go func() { // the screen is drained so that the application never blocks on it
			buf := make([]byte, 4096)
			for {
				n, err := tty.Read(buf)
				screen.Write(buf[:n])
				if err != nil {
					return
				}
			}
		}()
		// Keys are typed once the application has drawn its screen: before, the terminal is
		// still in line mode and would turn Enter into a line feed.
		waitFor(t, func() bool { return strings.Contains(ansi.ReplaceAllString(screen.String(), ""), "salir") })
		for i := range n {
			fmt.Fprint(tty, keys[i%len(keys)])
			fmt.Fprintf(tty, "nota %d\r", i+1)
			waitFor(t, func() bool {
				r, err := reviewfile.Read(file)
				return err == nil && len(r.Criteria) == i+1 && r.Criteria[reviewedIDs[i]].Comment == fmt.Sprintf("nota %d", i+1)
			})
		}
		fmt.Fprint(tty, "a")
		fmt.Fprint(tty, "comentario a medio escribir")
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		tty.Close()

		r, err := reviewfile.Read(file)
		if err != nil {
			t.Fatalf("n=%d: the review does not read after the kill: %v", n, err)
		}
		if len(r.Criteria) != n && len(r.Criteria) != n+1 {
			t.Fatalf("n=%d: %d decisions in the file", n, len(r.Criteria))
		}
		for i := range n {
			got := r.Criteria[reviewedIDs[i]]
			if got.Decision != want[keys[i%len(keys)]] || got.Comment != fmt.Sprintf("nota %d", i+1) || got.Answer != assessment.Met {
				t.Errorf("n=%d: %s is %+v", n, reviewedIDs[i], got)
			}
		}
		if extra, ok := r.Criteria[reviewedIDs[n]]; ok && (extra.Decision != assessment.Accepted || extra.Comment != "") {
			t.Errorf("n=%d: the decision typed before the kill is %+v", n, extra)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != "killed-review.yaml" && !strings.HasPrefix(e.Name(), ".killed-review.yaml.tmp-") {
				t.Errorf("left behind: %s", e.Name())
			}
		}
	}
}

// TestReviewApplicationQuitAndInterrupt: q keeps every decision and exits 0 with where the
// review is and the commands that go on from it; Ctrl-C exits 130 saying the same, in the
// session's language, after the application has left the screen.
func TestReviewApplicationQuitAndInterrupt(t *testing.T) {
	bin, err := exec.LookPath("wwc")
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	sub, err := filepath.Abs(filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		key  string
		code int
		want string
	}{
		{"q", 0, "wwc score " + sub + " --review r.yaml"},
		{"\x03", 130, "interrompido: 2 decisões estão salvas em r.yaml; continue com: wwc review " + sub + " -o r.yaml --lang pt"},
	} {
		dir := t.TempDir()
		cmd := exec.Command(bin, "review", sub, "-o", "r.yaml", "--lang", "pt")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=en_US.UTF-8", "WWC_LANG=", "NO_COLOR=1", "HOME="+dir, "XDG_CONFIG_HOME="+dir)
		tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 200})
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
		file := filepath.Join(dir, "r.yaml")
		waitFor(t, func() bool { return strings.Contains(ansi.ReplaceAllString(screen.String(), ""), "sair") })
		fmt.Fprint(tty, "a")
		waitFor(t, func() bool { r, err := reviewfile.Read(file); return err == nil && len(r.Criteria) == 1 })
		fmt.Fprint(tty, "ok\r")
		waitFor(t, func() bool { r, err := reviewfile.Read(file); return err == nil && r.Criteria["DM1"].Comment == "ok" })
		fmt.Fprint(tty, "x")
		waitFor(t, func() bool { r, err := reviewfile.Read(file); return err == nil && len(r.Criteria) == 2 })
		fmt.Fprint(tty, "\r"+tc.key)
		err = cmd.Wait()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != tc.code {
			t.Errorf("%q: exit %d (%v), want %d", tc.key, code, err, tc.code)
		}
		seen := func() string { return strings.ReplaceAll(ansi.ReplaceAllString(screen.String(), ""), "\r\n", "\n") }
		deadline := time.Now().Add(30 * time.Second)
		for !strings.Contains(seen(), tc.want) {
			if time.Now().After(deadline) {
				t.Fatalf("%q: the terminal never showed %q; it ends with:\n%s", tc.key, tc.want, seen()[max(len(seen())-600, 0):])
			}
			time.Sleep(10 * time.Millisecond)
		}
		tty.Close()
	}
}
