package session

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDefaultName(t *testing.T) {
	for _, tc := range []struct {
		city string
		year int
		want string
	}{
		{"Maipú", 2025, "wwc-maipu-2025.yaml"},
		{"São Paulo", 2024, "wwc-sao-paulo-2024.yaml"},
		{"Bogotá D.C.", 2025, "wwc-bogota-d-c-2025.yaml"},
		{"", 0, "wwc-city.yaml"},
		{"../../etc", 2025, "wwc-etc-2025.yaml"},
	} {
		if got := defaultName(tc.city, tc.year); got != tc.want {
			t.Errorf("defaultName(%q, %d) = %q, want %q", tc.city, tc.year, got, tc.want)
		}
	}
}

func TestFreeNameNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile(filepath.Join(dir, "wwc-x-2025.yaml"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "wwc-x-2025-2.yaml"), nil, 0o644)
	if got := freeName("wwc-x-2025.yaml"); got != "wwc-x-2025-3.yaml" {
		t.Fatalf("freeName = %q", got)
	}
}
