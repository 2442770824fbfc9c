package ods

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/workbook"
)

const seedContent = docHead + `<table:table table:name="Evaluación"><table:table-row><table:table-cell office:value-type="string"><text:p>ID</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Respuesta</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>DM<text:s text:c="2"/>1</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true" table:number-columns-repeated="3"/><table:covered-table-cell/></table:table-row></table:table>` + docTail

// zipped packages content.xml as a minimal .ods.
func zipped(content string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.spreadsheet"))
	w, _ = z.Create("content.xml")
	w.Write([]byte(content))
	z.Close()
	return buf.Bytes()
}

// FuzzRead feeds the .ods reader mutated packages: a minimal one built here and the small
// fixtures. It must return an assessment or an error with a message, never panic or run away.
func FuzzRead(f *testing.F) {
	f.Add(zipped(seedContent))
	for _, p := range []string{"../../testdata/producers/libreoffice/recife-pt.ods", "../../testdata/errors/million-rows.ods", "../../testdata/errors/truncated.ods"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	d := f.TempDir()
	lim := DefaultLimits
	lim.MaxUnzipped = 8 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(d, "fuzz.ods")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Skip()
		}
		a, err := ReadWithLimits(p, lim)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error with no message")
			}
			return
		}
		if a == nil {
			t.Fatal("no assessment and no error")
		}
	})
}

// FuzzContent feeds the content.xml parser mutated documents directly, in a package and flat.
func FuzzContent(f *testing.F) {
	f.Add(seedContent, false)
	f.Add(strings.Replace(strings.Replace(seedContent, "document-content", `document office:mimetype="application/vnd.oasis.opendocument.spreadsheet"`, 1), "document-content", "document", 1), true)
	f.Fuzz(func(t *testing.T, doc string, flat bool) {
		b, err := parse(strings.NewReader(doc), DefaultLimits, flat)
		if err != nil {
			return
		}
		for i := range b.Sheets() {
			_ = b.Rows(i, func(workbook.Row) bool { return true })
		}
	})
}
