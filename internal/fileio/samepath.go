package fileio

import "path/filepath"

// SamePath says whether a and b name the same path once made absolute (not following links):
// what keeps a command from writing its output over one of its inputs.
func SamePath(a, b string) bool {
	pa, err1 := filepath.Abs(a)
	pb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && pa == pb
}
