//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
)

// TestInterruptedSessionKeepsTheAnswers interrupts real wwc assess sessions in each language,
// after a different number of answers typed in that language's words (with evidence and
// notes that are not plain ASCII), with SIGINT (Ctrl-C) and with SIGTERM (a closing terminal
// or a service manager). Each must exit 130, say in the session's language how many answers
// the file holds, and the file must hold exactly those answers, word for word, and nothing
// else may be left in the folder.
func TestInterruptedSessionKeepsTheAnswers(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	ids := []string{"DM1", "DM2", "DM3", "DM4", "DM5", "DM6"}
	words := map[string][]struct {
		word  string
		value assessment.Value
	}{
		"en": {{"yes", assessment.Met}, {"no", assessment.NotMet}, {"in progress", assessment.InProgress}, {"2", assessment.NotMet}},
		"es": {{"sí", assessment.Met}, {"no cumple", assessment.NotMet}, {"en proceso", assessment.InProgress}, {"1", assessment.Met}},
		"pt": {{"sim", assessment.Met}, {"não atende", assessment.NotMet}, {"em andamento", assessment.InProgress}, {"3", assessment.InProgress}},
	}
	type run struct {
		lang    string
		answers int
		signal  os.Signal
	}
	var runs []run
	for i, lang := range []string{"en", "es", "pt"} {
		runs = append(runs, run{lang, 1 + i, os.Interrupt}, run{lang, 6 - i, syscall.SIGTERM})
	}
	for _, r := range runs {
		t.Run(fmt.Sprintf("%s-%d-%v", r.lang, r.answers, r.signal), func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "city.yaml")
			cmd := exec.Command(bin, "assess", "city.yaml", "--accessible", "--lang", r.lang, "--city", "Xtown", "--year", "2025")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "LANG=C", "WWC_LANG=", "HOME="+dir, "XDG_CONFIG_HOME="+dir)
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr syncBuffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			// City and year from flags, kept; country typed; population left empty.
			fmt.Fprint(stdin, "\nNowhere\n\n\n")
			want := map[string]assessment.Answer{}
			for i := 0; i < r.answers; i++ {
				w := words[r.lang][(i+len(r.lang))%len(words[r.lang])]
				ans := assessment.Answer{Value: w.value, Evidence: fmt.Sprintf("acta «%d» — ñ", i+1), Notes: fmt.Sprintf("nota %d: ação", i+1)}
				want[ids[i]] = ans
				fmt.Fprintf(stdin, "%s\n%s\n%s\n", w.word, ans.Evidence, ans.Notes)
				waitFor(t, func() bool {
					a, err := answers.Read(file)
					return err == nil && len(a.Answers) == i+1 && a.Answers[ids[i]].Notes == ans.Notes
				})
			}
			if err := cmd.Process.Signal(r.signal); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			stdin.Close()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 130 {
				t.Errorf("exit %v, want 130; stderr:\n%s", err, stderr.String())
			}
			wantMsg := "wwc: " + i18n.For(r.lang).T("assess.interrupted", msg.Args{"File": "city.yaml", "Count": r.answers, "Lang": ""})
			if got := strings.TrimSpace(stderr.String()); got != wantMsg {
				t.Errorf("stderr:\n got %q\nwant %q", got, wantMsg)
			}
			a, err := answers.Read(file)
			if err != nil {
				t.Fatalf("the file does not read after the signal: %v", err)
			}
			if len(a.Answers) != r.answers {
				t.Errorf("%d answers in the file, want %d", len(a.Answers), r.answers)
			}
			for id, w := range want {
				if got := a.Answers[id]; got.Value != w.Value || got.Evidence != w.Evidence || got.Notes != w.Notes {
					t.Errorf("%s: %+v, want %+v", id, got, w)
				}
			}
			if a.City != "Xtown" || a.Country != "Nowhere" || a.Year != 2025 {
				t.Errorf("details: %q %q %d", a.City, a.Country, a.Year)
			}
			if left := entries(dir); len(left) != 1 {
				t.Errorf("left in the folder: %v", left)
			}
		})
	}
}
