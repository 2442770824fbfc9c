package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/schematest"
)

// TestCommandsWriteDocumentsThatMatchTheirSchemas runs the commands that write JSON, over the
// sample cities, workbooks, a custom rubric and a batch with broken files, in every language
// and with the options that add fields, and checks each document against its published
// schema (docs/schemas). The batch summary and the results of a custom rubric have no golden
// file: this is where they are checked.
func TestCommandsWriteDocumentsThatMatchTheirSchemas(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := func(rel string) string { return filepath.Join(td, rel) }

	// A custom rubric's answers: a missing prerequisite and a short checklist.
	small := filepath.Join(dir, "small-answers.yaml")
	write(t, small, "format: wwc-answers/1\ncity: Test\nyear: 2025\nanswers:\n  DG1: no\n  DG2: yes\n"+
		"  DG3: {answer: yes, checklist: {inventory: yes, quality: no}}\n")

	// A batch round: good files of every kind, broken ones, a lock file.
	round := filepath.Join(dir, "round")
	for src, dst := range map[string]string{
		"producers/libreoffice/maipu-es.xlsx":  "maipu.xlsx",
		"producers/gnumeric/recife-pt.xlsx":    "recife.xlsx",
		"producers/openpyxl/lakeside-en.xlsx":  "lakeside.xlsx",
		"cities/maipu-2024.yaml":               "old/maipu-answers.yaml",
		"results/maipu-2021-draft-rubric.json": "old/maipu-2021.json",
		"errors/bad-answer.xlsx":               "broken.xlsx",
		"errors/scan-pdf.xlsx":                 "scan.xlsx",
		"csv/maipu-comma.csv":                  "maipu.csv",
		"csv/bad-answer.csv":                   "bad.csv",
	} {
		copyFile(t, p(src), filepath.Join(round, dst))
	}
	write(t, filepath.Join(round, "~$maipu.xlsx"), "lock")

	var runs [][]string
	cities := []string{"cities/maipu-2022.yaml", "cities/maipu-2023.yaml", "cities/maipu-2024.yaml",
		"cities/lakeside-2025.yaml", "cities/recife-2024.yaml", "producers/xlsxwriter/recife-pt.xlsx",
		"producers/gnumeric/bools-en.xlsx"}
	for _, lang := range []string{"en", "es", "pt"} {
		for _, c := range cities {
			runs = append(runs,
				[]string{"score", p(c), "--format", "json", "--lang", lang},
				[]string{"score", p(c), "--format", "json", "--lang", lang, "--require-evidence", "--what-if", "DM1,LC1,EVAL4"})
		}
		runs = append(runs,
			[]string{"score", small, "--rubric", p("rubrics/small.yaml"), "--format", "json", "--lang", lang},
			[]string{"diff", p("cities/maipu-2022.yaml"), p("cities/maipu-2023.yaml"), "--format", "json", "--lang", lang},
			[]string{"diff", p("results/maipu-2021-draft-rubric.json"), p("cities/maipu-2024.yaml"), "--format", "json", "--lang", lang},
			[]string{"diff", p("cities/maipu-2024.yaml"), p("cities/recife-2024.yaml"), "--format", "json", "--lang", lang},
			[]string{"trend", p("cities/maipu-2024.yaml"), p("cities/maipu-2022.yaml"), p("cities/maipu-2023.yaml"), "--format", "json", "--lang", lang},
			[]string{"batch", round, "--format", "json", "--lang", lang},
			[]string{"batch", round, "--format", "json", "--lang", lang, "--require-evidence", "--workers", "1"},
			[]string{"export", round, "--format", "json", "--lang", lang},
		)
	}
	formats := map[string]int{}
	for _, args := range runs {
		name := strings.Join(args, " ")
		var out, errOut bytes.Buffer
		s := &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Env: []string{"SOURCE_DATE_EPOCH=1795262400"}}
		if code := run(args, s); code != exitOK && !((args[0] == "batch" || args[0] == "export") && code == exitError) {
			t.Errorf("wwc %s: exit %d\n%s", name, code, errOut.String())
			continue
		}
		formats[schematest.Format(out.Bytes())]++
		if err := schematest.ValidateJSON("wwc "+name, out.Bytes()); err != nil {
			t.Error(err)
		}
	}
	for _, f := range []string{"wwc-result/1", "wwc-diff/1", "wwc-trend/1", "wwc-batch/1", "wwc-export/1"} {
		if formats[f] == 0 {
			t.Errorf("no %s document was written", f)
		}
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	write(t, to, string(data))
}
