package reviewbook

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// bookOf makes a workbook from text: sheets split by "\f", rows by "\n" (a leading "+N" skips
// rows), cells by "|".
func bookOf(data string) workbook.MemoryBook {
	var b workbook.MemoryBook
	for i, sheet := range strings.Split(data, "\f") {
		s := workbook.MemorySheet{Name: "S" + string(rune('A'+i%26))}
		n := 0
		for _, line := range strings.Split(sheet, "\n") {
			n++
			if strings.HasPrefix(line, "+") && len(line) > 1 && line[1] >= '0' && line[1] <= '9' {
				n += int(line[1]-'0') * 100
				line = line[2:]
			}
			s.Rows = append(s.Rows, workbook.Row{Num: n, Cells: strings.Split(line, "|")})
		}
		b = append(b, s)
	}
	return b
}

// FuzzRead: whatever the sheets hold, reading never panics, and an error renders in every
// language from the catalog, naming the file.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		"ID|Respuesta de la ciudad|Decisión|Comentario\nDM1|Cumple|aceptado|ok\nDM2||tal vez|",
		"Archivo|maipu.yaml\nCiudad|Maipú\nAño|dos mil\fID|Decision\nDM1|accepted\nDM1|rejected\n|accepted",
		"Metric|Baseline|Current|Decision\nFugas|1|2|aceito\n|||no aceptado\nFugas|||x",
		"ID|Answer|Notes\nDM1|yes|",
		"Practice|ID|Decisão\nDM · Dados|\nDM1|esclarecimento\n+9ZZ9|aceito",
	} {
		f.Add(seed)
	}
	lim := Limits.Sheet()
	lim.MaxRows, lim.MaxCell = 300, 64
	f.Fuzz(func(t *testing.T, data string) {
		_, err := Read("fuzz.xlsx", bookOf(data), workbook.Options{Limits: lim, SheetError: func(_ string, err error) error { return err }})
		if err == nil {
			return
		}
		for _, lang := range i18n.Languages {
			text := msg.Text(i18n.For(lang), err)
			if !strings.Contains(text, "fuzz.xlsx") || strings.Contains(text, "[revbook.") || strings.Contains(text, "<no value>") {
				t.Fatalf("%s: a bad message: %q", lang, text)
			}
		}
	})
}

// FuzzReadFile: whatever bytes a file named .xlsx, .ods or .xls holds, reading it as a review
// workbook never panics and fails with a message.
func FuzzReadFile(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/reviews/*")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err == nil {
			f.Add(data, uint8(0))
			f.Add(data[:len(data)/2], uint8(0))
		}
	}
	f.Add([]byte("PK\x03\x04"), uint8(1))
	f.Add(bytes.Repeat([]byte{0xD0, 0xCF, 0x11, 0xE0}, 8), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		path := filepath.Join(t.TempDir(), "r")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		format := []Format{XLSX, ODS, XLS}[int(k)%3]
		res, err := ReadFile(path, format)
		if err == nil && res == nil {
			t.Fatal("no result and no error")
		}
		if err != nil && msg.Text(i18n.For("es"), err) == "" {
			t.Fatal("an empty message")
		}
	})
}
