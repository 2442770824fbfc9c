package xlsx

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/xuri/excelize/v2"
)

// TestTallyInLibreOffice has LibreOffice recalculate written workbooks whose answers are
// typed in many accepted ways, and checks its count against wwc's reading. It needs soffice
// and is slow, so it runs only when asked: WWC_LIBREOFFICE=1 go test ./assessment/xlsx -run
// LibreOffice. The formula-level test above runs everywhere.
func TestTallyInLibreOffice(t *testing.T) {
	if os.Getenv("WWC_LIBREOFFICE") == "" {
		t.Skip("set WWC_LIBREOFFICE=1 to recalculate with LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice is not installed")
	}
	dir := t.TempDir()
	// A profile that recalculates every formula on load, whatever value was cached.
	profile := filepath.Join(dir, "profile")
	os.MkdirAll(filepath.Join(profile, "user"), 0o755)
	os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(`<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`), 0o644)
	rng := rand.New(rand.NewPCG(2026, 11))
	var words []string
	for _, v := range assessment.Values {
		words = append(words, assessment.Words(v)...)
	}
	for _, lang := range i18n.Languages {
		c := i18n.For(lang)
		sheet := c.T("template.sheet.criteria")
		var buf bytes.Buffer
		if err := WriteTemplate(&buf, Template{Rubric: rubric(t), Cat: c}); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(sheet)
		want := 0
		for i, row := range rows {
			if i+1 < firstRow || len(row) < colID || row[colID-1] == "" || row[colID-1] == row[colPractice-1] {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(colAnswer, i+1)
			var v any
			switch rng.IntN(8) {
			case 0:
				v = rng.IntN(2) == 0 // a boolean cell
			case 1:
				v = rng.IntN(2) // a number cell
			default:
				v = variant(rng, words[rng.IntN(len(words))])
			}
			text := ""
			switch x := v.(type) {
			case bool:
				text = strconv.FormatBool(x)
			case int:
				text = strconv.Itoa(x)
			case string:
				text = x
			}
			parsed, ok := assessment.ParseValue(text)
			if !ok {
				v, parsed = "", assessment.Unanswered // wwc would refuse the file: leave it empty
			}
			if parsed == assessment.Met {
				want++
			}
			f.SetCellValue(sheet, cell, v)
		}
		in := filepath.Join(dir, lang+".xlsx")
		if err := f.SaveAs(in); err != nil {
			t.Fatal(err)
		}
		f.Close()
		outDir := filepath.Join(dir, "out-"+lang)
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+profile, "--headless", "--convert-to", "xlsx", "--outdir", outDir, in)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		g, err := excelize.OpenFile(filepath.Join(outDir, lang+".xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := g.GetCellValue(sheet, "D2")
		g.Close()
		if got != strconv.Itoa(want) {
			t.Errorf("%s: LibreOffice counts %s met, wwc %d", lang, got, want)
		} else {
			t.Logf("%s: LibreOffice and wwc both count %d met", lang, want)
		}
	}
}
