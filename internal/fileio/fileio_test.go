package fileio

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
)

func TestReadLimited(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.yaml")
	os.WriteFile(p, []byte("0123456789"), 0o644)
	if data, err := ReadLimited(p, 10); err != nil || string(data) != "0123456789" {
		t.Fatalf("%q %v", data, err)
	}
	if _, err := ReadLimited(p, 9); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := ReadLimited(dir, 10); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("a folder: %v", err)
	}
	_, err := ReadLimited(filepath.Join(dir, "missing.yaml"), 10)
	if err == nil || !strings.HasSuffix(err.Error(), "cannot open the file: no such file or folder") {
		t.Errorf("missing: %v", err)
	}
}

// TestReasonInTheUsersWords: the system errors people meet (a missing file, a folder, a path
// through a file, a link loop, a name too long) are said in the user's language; others keep
// the system's text without Go's "open path:" prefix.
func TestReasonInTheUsersWords(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.yaml")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		filepath.Join(dir, "missing.yaml"): "oserr.not_found",
		filepath.Join(file, "below"):       "oserr.not_dir",
		loop:                               "oserr.loop",
		filepath.Join(dir, strings.Repeat("n", 300)): "oserr.name_too_long",
	}
	for path, id := range cases {
		_, err := os.Open(path)
		if err == nil {
			t.Fatalf("%s opened", path)
		}
		got, ok := Reason(err).(msg.M)
		if !ok || got.ID != id {
			t.Errorf("%s: %v, want %s", path, Reason(err), id)
		}
	}
	for _, lang := range []string{"es", "pt"} {
		_, err := ReadLimited(filepath.Join(dir, "missing.yaml"), 10)
		text := msg.Text(i18n.For(lang), err)
		if strings.Contains(text, "no such file") || strings.Contains(text, "directory") {
			t.Errorf("%s: English left: %s", lang, text)
		}
	}
	if got := Reason(errors.New("odd failure")); got != "odd failure" {
		t.Errorf("another error: %v", got)
	}
}
