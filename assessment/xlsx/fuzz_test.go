package xlsx

import (
	"bytes"
	"errors"
	"io"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/msg"
)

// fuzzLimits are the default limits scaled down, so that a runaway input is found fast.
var fuzzLimits = func() Limits {
	lim := DefaultLimits
	lim.MaxUnzipped = 8 << 20
	lim.MaxTokens = 200_000
	lim.MaxToken = 64 << 10
	lim.MaxStrings, lim.MaxStringBytes = 10_000, 1<<20
	lim.MaxParts = 100
	return lim
}()

// memPart is an archive part held in memory.
type memPart []byte

func (m memPart) Open() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(m)), nil }

// memBook is a book whose parts are given as bytes, for fuzzing one layer without the zip.
func memBook(lim Limits, parts map[string][]byte) *book {
	b := &book{parts: map[string]part{}, lim: lim, bud: &budget{lim: lim}}
	for name, data := range parts {
		b.parts[partKey(name)] = part{name, memPart(data)}
	}
	return b
}

// checkError fails on an error that is empty or that renders a message missing from the
// catalog, once placed as ReadWithLimits places it.
func checkError(t *testing.T, sheet string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if f := located("fuzz.xlsx", sheet, err); f != nil {
		err = f
	}
	text := msg.Text(i18n.For("es"), err)
	if text == "" || strings.Contains(text, "[xlsx.") || strings.Contains(text, "[place.") {
		t.Fatalf("a bad message: %q", text)
	}
}

// smallSeeds are minimal workbooks of a few hundred bytes to a few KiB, in the ways producers
// write them, and a few broken ones.
func smallSeeds(t testing.TB) [][]byte {
	r := rubric(t)
	rng := rand.New(rand.NewSource(1))
	a := randomAnswers(rng, r)
	a.ids, a.words = a.ids[:3], a.words[:3]
	var seeds [][]byte
	for _, st := range []sheetStyle{{}, {shared: true}, {prefix: "x:"}, {noRefs: true}, {d: strict, shared: true}} {
		sheet, sst := criteriaSheet(a, st)
		seeds = append(seeds, miniBook{sheet: sheet, sst: sst, d: st.d}.bytes(t))
	}
	sheet, sst := criteriaSheet(a, sheetStyle{shared: true})
	seeds = append(seeds,
		miniBook{sheet: sheet, sst: sst, encode: func(s string) string { return utf16Of(s, false, true) }}.bytes(t),
		miniBook{sheet: sheet, sst: sst, names: map[string]string{"xl/workbook.xml": `XL\Workbook.xml`}}.bytes(t),
		miniBook{sheet: sheetXML(header + `<row r="1"/>`)}.bytes(t),
		miniBook{sheet: sheet, sst: sst[:1]}.bytes(t),
	)
	return seeds
}

// FuzzRead feeds the workbook reader mutated small workbooks: it must return an assessment or
// an error with a message, never panic or run away.
func FuzzRead(f *testing.F) {
	for _, s := range smallSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := read("fuzz.xlsx", bytes.NewReader(data), int64(len(data)), fuzzLimits)
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

// FuzzSheetXML feeds a worksheet's XML straight to the row stream: rows come in bounds, every
// cell within XFD and MaxCell, or an error with a message.
func FuzzSheetXML(f *testing.F) {
	a := randomAnswers(rand.New(rand.NewSource(2)), rubric(f))
	a.ids, a.words = a.ids[:4], a.words[:4]
	for _, st := range []sheetStyle{{}, {shared: true}, {prefix: "x:"}, {noRefs: true}, {d: strict}} {
		sheet, _ := criteriaSheet(a, st)
		f.Add([]byte(sheet))
	}
	for _, s := range []string{
		header + `<row r="2"><c r="B2" t="s"><v>1</v><f>A1</f></c><c t="str"><f>"x"</f><v></v></c></row>`,
		header + `<row r="3"><c r="C3" t="inlineStr"><is><r><t>a</t></r><rPh><t>b</t></rPh></is></c></row>`,
		header + `<row r="1"><c r="XFD1"/></row>`,
		header + `<row r="99999999999"><c r="ZZZZ2"/></row>`,
	} {
		f.Add([]byte(sheetXML(s)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b := memBook(fuzzLimits, map[string][]byte{"xl/worksheets/sheet1.xml": data})
		b.sst = []string{"ID", "Answer", "Yes"}
		err := b.rows("xl/worksheets/sheet1.xml", func(row workbook.Row) bool {
			if row.Num < 1 || row.Num > maxRowNum || len(row.Cells) > maxColumns {
				t.Fatalf("row %d with %d cells", row.Num, len(row.Cells))
			}
			for _, c := range row.Cells {
				if len(c) > fuzzLimits.MaxCell+1 {
					t.Fatalf("a cell of %d bytes", len(c))
				}
			}
			return true
		})
		checkError(t, "Criteria", err)
	})
}

// FuzzSharedStrings feeds the shared strings part straight to its reader.
func FuzzSharedStrings(f *testing.F) {
	for _, s := range []string{
		`<sst xmlns="` + transitional.main + `"><si><t>Yes</t></si><si><r><t>N</t></r><r><t>o</t></r></si></sst>`,
		`<sst><si><t>A</t><rPh><t>ア</t></rPh></si><si/><si><t xml:space="preserve"> x </t></si></sst>`,
		`<x:sst xmlns:x="` + strict.main + `"><x:si><x:t>Sí</x:t></x:si></x:sst>`,
		utf16Of(`<?xml version="1.0" encoding="UTF-16"?><sst><si><t>Sim</t></si></sst>`, false, true),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b := memBook(fuzzLimits, map[string][]byte{"xl/sharedStrings.xml": data})
		err := b.readSharedStrings("xl/sharedStrings.xml")
		if len(b.sst) > fuzzLimits.MaxStrings {
			t.Fatalf("%d shared strings kept", len(b.sst))
		}
		for _, s := range b.sst {
			if len(s) > fuzzLimits.MaxCell+1 {
				t.Fatalf("a shared string of %d bytes", len(s))
			}
		}
		checkError(t, "", err)
	})
}

// FuzzWorkbookParts feeds the workbook part and its relationships straight to the reader of
// the sheet list.
func FuzzWorkbookParts(f *testing.F) {
	for _, d := range []dialect{transitional, strict} {
		body := map[string]string{}
		for _, e := range (miniBook{sheet: sheetXML(header), sst: []string{"a"}, d: d}).entries() {
			body[e.name] = e.body
		}
		f.Add([]byte(body["xl/workbook.xml"]), []byte(body["xl/_rels/workbook.xml.rels"]))
	}
	f.Add([]byte(`<workbook><sheets><sheet name="A" r:id="r1"/><sheet name="B" r:id="r1"/></sheets></workbook>`),
		[]byte(`<Relationships><Relationship Id="r1" Target="/xl/worksheets/../worksheets/sheet1.xml"/></Relationships>`))
	f.Fuzz(func(t *testing.T, wb, rels []byte) {
		b := memBook(fuzzLimits, map[string][]byte{
			"xl/workbook.xml":            wb,
			"xl/_rels/workbook.xml.rels": rels,
			"xl/worksheets/sheet1.xml":   []byte(sheetXML(header)),
			"xl/sharedStrings.xml":       []byte(`<sst><si><t>a</t></si></sst>`),
		})
		err := b.readWorkbook()
		if len(b.sheets) > fuzzLimits.MaxParts {
			t.Fatalf("%d sheets", len(b.sheets))
		}
		if err != nil && !errors.Is(err, errNoWorkbook) {
			checkError(t, "", err)
		}
	})
}

func BenchmarkReadWorkbook(b *testing.B) {
	path := "../../testdata/producers/libreoffice/maipu-es.xlsx"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(path); err != nil {
			b.Fatal(err)
		}
	}
}
