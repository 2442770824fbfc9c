package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions"
)

// entry is one file of a test archive. Entries are written in order, duplicates included.
type entry struct{ name, body string }

// zipOf writes a test archive, compressed fast.
func zipOf(t testing.TB, entries []entry) []byte { return zipLevel(t, entries, flate.BestSpeed) }

// zipLevel writes a test archive at a flate compression level.
func zipLevel(t testing.TB, entries []entry, level int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, level) })
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Namespaces and relationship types, transitional and Strict Open XML.
type dialect struct{ main, rel, relType string }

var (
	transitional = dialect{
		main:    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
		rel:     "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
		relType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
	}
	strict = dialect{
		main:    "http://purl.oclc.org/ooxml/spreadsheetml/main",
		rel:     "http://purl.oclc.org/ooxml/officeDocument/relationships",
		relType: "http://purl.oclc.org/ooxml/officeDocument/relationships",
	}
)

// miniBook is a minimal workbook: one sheet, optional shared strings. Its parts can be
// written in the ways other producers write them.
type miniBook struct {
	sheet string   // the worksheet's XML
	sst   []string // shared strings; nil for no part
	// names maps the canonical part names to the names written (capitals, backslashes).
	names map[string]string
	d     dialect
	// encode turns a part's UTF-8 XML into the bytes written (UTF-16...).
	encode func(string) string
	// extra entries appended to the archive.
	extra []entry
}

func (m miniBook) name(n string) string {
	if w, ok := m.names[n]; ok {
		return w
	}
	return n
}

func (m miniBook) bytes(t testing.TB) []byte { return zipOf(t, m.entries()) }

// entries are the archive's files, in order.
func (m miniBook) entries() []entry {
	d := m.d
	if d.main == "" {
		d = transitional
	}
	enc := m.encode
	if enc == nil {
		enc = func(s string) string { return s }
	}
	decl := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	rels := decl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + d.relType + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	wbRels := decl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + d.relType + `/worksheet" Target="worksheets/sheet1.xml"/>`
	if m.sst != nil {
		wbRels += `<Relationship Id="rId2" Type="` + d.relType + `/sharedStrings" Target="sharedStrings.xml"/>`
	}
	wbRels += `</Relationships>`
	wb := decl + `<workbook xmlns="` + d.main + `" xmlns:r="` + d.rel + `"><sheets><sheet name="Criteria" sheetId="1" r:id="rId1"/></sheets></workbook>`
	entries := []entry{
		{m.name("[Content_Types].xml"), `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{m.name("_rels/.rels"), enc(rels)},
		{m.name("xl/workbook.xml"), enc(wb)},
		{m.name("xl/_rels/workbook.xml.rels"), enc(wbRels)},
		{m.name("xl/worksheets/sheet1.xml"), enc(m.sheet)},
	}
	if m.sst != nil {
		var b strings.Builder
		b.WriteString(decl + `<sst xmlns="` + d.main + `">`)
		for _, s := range m.sst {
			b.WriteString("<si><t>" + s + "</t></si>")
		}
		b.WriteString("</sst>")
		entries = append(entries, entry{m.name("xl/sharedStrings.xml"), enc(b.String())})
	}
	return append(entries, m.extra...)
}

// writeFile writes data to a file in a fresh folder and returns its path.
func writeFile(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// criteriaTable is a criteria table: the rubric's IDs with an answer word each, in rubric order.
type criteriaTable struct {
	ids, words []string
}

var answerWords = []string{"Yes", "No", "In progress", "", "Sí", "Não", "x", "en proceso"}

func randomAnswers(rng *rand.Rand, r *questions.Rubric) criteriaTable {
	var a criteriaTable
	for _, q := range r.Questions() {
		a.ids = append(a.ids, q.ID)
		a.words = append(a.words, answerWords[rng.Intn(len(answerWords))])
	}
	return a
}

// sheetStyle says how a criteria sheet is written.
type sheetStyle struct {
	prefix  string // a namespace prefix for SpreadsheetML elements ("x:"), or none
	noRefs  bool   // no r attributes on rows and cells
	shared  bool   // text as shared strings instead of inline strings
	firstNo int    // the header's row number (1 if 0)
	d       dialect
}

// criteriaSheet writes a criteria sheet with the answers, and the shared strings it uses.
func criteriaSheet(a criteriaTable, st sheetStyle) (string, []string) {
	p := st.prefix
	d := st.d
	if d.main == "" {
		d = transitional
	}
	var sst []string
	index := map[string]int{}
	cell := func(col, row int, text string) string {
		ref := ""
		if !st.noRefs {
			ref = fmt.Sprintf(` r="%s"`, cellName(col, row))
		}
		if text == "" {
			return ""
		}
		if st.shared {
			i, ok := index[text]
			if !ok {
				i = len(sst)
				index[text] = i
				sst = append(sst, text)
			}
			return fmt.Sprintf(`<%sc%s t="s"><%sv>%d</%sv></%sc>`, p, ref, p, i, p, p)
		}
		return fmt.Sprintf(`<%sc%s t="inlineStr"><%sis><%st>%s</%st></%sis></%sc>`, p, ref, p, p, text, p, p, p)
	}
	row := func(n int, cells string) string {
		if st.noRefs {
			return fmt.Sprintf(`<%srow>%s</%srow>`, p, cells, p)
		}
		return fmt.Sprintf(`<%srow r="%d">%s</%srow>`, p, n, cells, p)
	}
	first := st.firstNo
	if first == 0 {
		first = 1
	}
	var b strings.Builder
	xmlns := `xmlns="` + d.main + `"`
	if p != "" {
		xmlns = `xmlns:` + strings.TrimSuffix(p, ":") + `="` + d.main + `"`
	}
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><%sworksheet %s><%ssheetData>`, p, xmlns, p)
	b.WriteString(row(first, cell(0, first, "ID")+cell(1, first, "Answer")))
	for i, id := range a.ids {
		n := first + 1 + i
		b.WriteString(row(n, cell(0, n, id)+cell(1, n, a.words[i])))
	}
	fmt.Fprintf(&b, `</%ssheetData></%sworksheet>`, p, p)
	return b.String(), sst
}
