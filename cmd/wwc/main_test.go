package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"wwc": main})
}

// TestScripts runs the command-line acceptance tests in testdata/script. Each script works in
// a folder holding copies of the sample cities, rubrics and golden files, so that messages
// name short relative paths.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// Reports are dated; the golden files carry 2026-11-21.
			env.Setenv("SOURCE_DATE_EPOCH", "1795262400")
			for _, dir := range []string{"cities", "rubrics", "golden", "producers", "errors", "csv", "results", "reviews", "cohort"} {
				if err := copyTree(filepath.Join("..", "..", "testdata", dir), filepath.Join(env.WorkDir, dir)); err != nil {
					return err
				}
			}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){"xlsxrows": xlsxRows},
	})
}

// xlsxRows is the script command "xlsxrows FILE": it prints every row of every sheet of a
// workbook as "Sheet!N: cell|cell|...", the cells as a spreadsheet shows them, so that a
// script can check what a workbook holds and not only that it exists.
func xlsxRows(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: xlsxrows FILE")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		ts.Check(err)
		for i, row := range rows {
			fmt.Fprintf(ts.Stdout(), "%s!%d: %s\n", sheet, i+1, strings.Join(row, "|"))
		}
	}
}

func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}
