package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citydatakit/wwc/assessment/answers"
)

// TestKilledSessionKeepsEveryAnswer kills a real wwc assess process after it has taken N
// answers and finds exactly those N answers in the file, readable.
func TestKilledSessionKeepsEveryAnswer(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	const n = 7
	dir := t.TempDir()
	file := filepath.Join(dir, "killed.yaml")
	cmd := exec.Command(bin, "assess", file, "--accessible", "--lang", "en", "--city", "Killtown", "--year", "2025")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LANG=C")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	// City and year from flags; country and population typed.
	fmt.Fprint(stdin, "\nNowhere\n\n1000\n")
	keys := []string{"1", "2", "3", "1", "2", "1", "3"}
	for i := 0; i < n; i++ {
		fmt.Fprintf(stdin, "%s\nproof %d\nnote %d\n", keys[i], i+1, i+1)
		// Wait until the answer's last field is on disk before sending the next: the test
		// is about what a kill leaves, not about speed, so the wait is generous.
		waitFor(t, func() bool {
			a, err := answers.Read(file)
			return err == nil && len(a.Answers) == i+1 && a.Answers[fmt.Sprint(questionID(i))].Notes == fmt.Sprintf("note %d", i+1)
		})
	}
	// Half of the next answer is typed, then the process dies.
	fmt.Fprint(stdin, "1\nhalf")
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	a, err := answers.Read(file)
	if err != nil {
		t.Fatalf("the file does not read after the kill: %v", err)
	}
	if len(a.Answers) < n || len(a.Answers) > n+1 {
		t.Fatalf("%d answers in the file, want %d (or %d with the answer typed before the kill)", len(a.Answers), n, n+1)
	}
	for i := 0; i < n; i++ {
		got := a.Answers[questionID(i)]
		if got.Evidence != fmt.Sprintf("proof %d", i+1) || got.Notes != fmt.Sprintf("note %d", i+1) {
			t.Errorf("%s: %+v", questionID(i), got)
		}
	}
	if a.City != "Killtown" || a.Country != "Nowhere" || a.Population != 1000 {
		t.Errorf("details: %+v", a)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		// A kill during a write may leave its temporary file; never a second answers file.
		if e.Name() != "killed.yaml" && !strings.HasPrefix(e.Name(), ".killed.yaml.tmp-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func questionID(i int) string {
	return []string{"DM1", "DM2", "DM3", "DM4", "DM5", "DM6", "DM7", "DM8"}[i]
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("the session did not save the answer")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestCtrlCSaysWhatIsSaved interrupts a real session with SIGINT (what Ctrl-C sends) at each
// stage: before the city, after the city, after the year renamed the file, after answers. The
// message says exactly what the file holds and where, in the session's language, and the
// printed command resumes in that language on a system set to English.
func TestCtrlCSaysWhatIsSaved(t *testing.T) {
	bin, err := exec.LookPath("wwc")
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	type stage struct {
		input string
		ready func(dir string) bool
		want  string
	}
	exists := func(name string) func(string) bool {
		return func(dir string) bool { _, err := os.Stat(filepath.Join(dir, name)); return err == nil }
	}
	savedAnswers := func(name string, n int) func(string) bool {
		return func(dir string) bool {
			a, err := answers.Read(filepath.Join(dir, name))
			return err == nil && len(a.Answers) == n
		}
	}
	stages := []stage{
		{"", nil, "wwc: interrompido antes de indicar a cidade: nada foi salvo"},
		{"Recife\n", exists("wwc-recife.yaml"),
			"wwc: interrompido: os dados da cidade estão salvos em wwc-recife.yaml, ainda sem critérios respondidos; continue com: wwc assess wwc-recife.yaml"},
		{"Recife\nBrasil\n2025\n", exists("wwc-recife-2025.yaml"),
			"wwc: interrompido: os dados da cidade estão salvos em wwc-recife-2025.yaml, ainda sem critérios respondidos; continue com: wwc assess wwc-recife-2025.yaml"},
		{"Recife\nBrasil\n2025\n\nsim\n\n\nnão\n\n\n", savedAnswers("wwc-recife-2025.yaml", 2),
			"wwc: interrompido: os dados da cidade e 2 respostas estão salvos em wwc-recife-2025.yaml; continue com: wwc assess wwc-recife-2025.yaml"},
	}
	for i, st := range stages {
		dir := t.TempDir()
		cmd := exec.Command(bin, "assess", "--accessible", "--lang", "pt")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "WWC_LANG=", "HOME="+dir, "XDG_CONFIG_HOME="+dir)
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		stdout := &syncBuffer{}
		cmd.Stdout, cmd.Stderr = stdout, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		fmt.Fprint(stdin, st.input)
		if st.ready != nil {
			waitFor(t, func() bool { return st.ready(dir) })
		} else {
			// Nothing on disk to wait for: wait until the session asks for the city.
			waitFor(t, func() bool { return strings.Contains(stdout.String(), "Cidade:") })
		}
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		stdin.Close()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 130 {
			t.Errorf("stage %d: exit %v, want 130", i, err)
		}
		if got := strings.TrimSpace(stderr.String()); got != st.want {
			t.Errorf("stage %d:\n got %q\nwant %q", i, got, st.want)
		}
		if i == 2 {
			if _, err := os.Stat(filepath.Join(dir, "wwc-recife.yaml")); err == nil {
				t.Error("the file named before the year was given is left behind")
			}
		}
		if i == 3 {
			resume := exec.Command(bin, "assess", "wwc-recife-2025.yaml")
			resume.Dir = dir
			resume.Env = cmd.Env
			out, _ := resume.Output()
			if !strings.Contains(string(out), "Continuando: 2 de 43 critérios respondidos") {
				t.Errorf("the printed command does not resume in Portuguese:\n%s", out)
			}
		}
	}
}

// syncBuffer is a buffer a process writes to while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
