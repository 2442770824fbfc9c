package fileio

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	if err == nil || !strings.HasSuffix(err.Error(), "cannot open the file: no such file or directory") {
		t.Errorf("missing: %v", err)
	}
}
