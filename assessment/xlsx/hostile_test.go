package xlsx

import (
	"fmt"
	"math/rand"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

// readOf reads a workbook held in memory, as a file named name.
func readOf(t testing.TB, name string, data []byte, lim Limits) (*assessment.Assessment, string, error) {
	t.Helper()
	p := writeFile(t, name, data)
	a, err := ReadWithLimits(p, lim)
	return a, p, err
}

// wantError checks that reading failed with a message holding the file's path and every want.
func wantError(t *testing.T, what string, a *assessment.Assessment, path string, err error, wants ...string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: read as a workbook with %d answers; want an error", what, len(a.Answers))
		return
	}
	text := err.Error()
	for _, w := range append([]string{path}, wants...) {
		if !strings.Contains(text, w) {
			t.Errorf("%s: the message lacks %q:\n%s", what, w, text)
		}
	}
}

// sheetXML wraps rows in a worksheet.
func sheetXML(rows string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="` + transitional.main + `"><sheetData>` + rows + `</sheetData></worksheet>`
}

func inline(ref, text string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + text + `</t></is></c>`
}

// header is the criteria header row, row 1.
const header = `<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Answer</t></is></c></row>`

// TestRowsThatDoNotAdvance: rows repeating one number (each with a cell far to the right) ran
// for minutes; the second row with the same number is an error naming the sheet and the row.
func TestRowsThatDoNotAdvance(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rows  func(i int) string
		count int
		want  []string
	}{
		{"all r=1", func(i int) string { return `<row r="1"><c r="XFD1"><v>1</v></c></row>` }, 200_000, []string{`sheet "Criteria"`, "row 1 comes after row 1"}},
		{"back to 2", func(i int) string {
			return fmt.Sprintf(`<row r="%d"><c r="A%d" t="inlineStr"><is><t>DM%d</t></is></c></row>`, 2+i%3, 2+i%3, 1+i%3)
		}, 10_000, []string{"row 2 comes after row 4"}},
		{"same number after a header", func(i int) string { return `<row r="1"><c r="A1"><v>7</v></c></row>` }, 50_000, []string{"row 1 comes after row 1"}},
	} {
		var b strings.Builder
		if tc.name != "all r=1" {
			b.WriteString(header)
		}
		for i := 0; i < tc.count; i++ {
			b.WriteString(tc.rows(i))
		}
		a, p, err := readOf(t, "rows.xlsx", miniBook{sheet: sheetXML(b.String())}.bytes(t), DefaultLimits)
		wantError(t, tc.name, a, p, err, tc.want...)
	}
}

// TestRowNumbersJumping: a row number that jumps out of the sheet, or past the rows read while
// the table goes on, or back, is an error; a gap inside the sheet is fine, and LibreOffice's
// empty rows to the last row of the sheet read, whatever their number.
func TestRowNumbersJumping(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 15; i++ {
		a := randomAnswers(rng, r)
		jumpAt := 1 + rng.Intn(len(a.ids)-1) // the first criterion row that jumps
		build := func(jump func(n int) int) string {
			var b strings.Builder
			b.WriteString(header)
			n := 1
			for k, id := range a.ids {
				n++
				if k == jumpAt {
					n = jump(n)
				}
				fmt.Fprintf(&b, `<row r="%d">%s%s</row>`, n, inline("A"+strconv.Itoa(n), id), inline("B"+strconv.Itoa(n), a.words[k]))
			}
			return b.String()
		}
		for _, tc := range []struct {
			name string
			jump func(n int) int
			want string // "" reads
		}{
			{"out of the sheet", func(int) int { return 99999999999 }, `"99999999999" is not a row number`},
			{"negative", func(int) int { return -3 }, `"-3" is not a row number`},
			{"past the rows read", func(n int) int { return DefaultLimits.MaxRows + 1 + rng.Intn(1_000_000) }, "past row 5000"},
			{"back", func(n int) int { return n - 1 - rng.Intn(n-1) }, "comes after row"},
			{"a gap within the rows read", func(n int) int { return n + DefaultLimits.EmptyRun + rng.Intn(4000) }, ""},
		} {
			got, p, err := readOf(t, "jump.xlsx", miniBook{sheet: sheetXML(build(tc.jump))}.bytes(t), DefaultLimits)
			if tc.want != "" {
				wantError(t, tc.name, got, p, err, `sheet "Criteria"`, tc.want)
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if len(got.Places) != len(a.ids) {
				t.Errorf("%s: %d criteria read, want %d", tc.name, len(got.Places), len(a.ids))
			}
		}
	}
	// LibreOffice declares empty styled rows to the last row of the sheet.
	a := randomAnswers(rng, r)
	sheet, _ := criteriaSheet(a, sheetStyle{})
	var empty strings.Builder
	for n := len(a.ids) + 2; n <= maxRowNum; n++ {
		fmt.Fprintf(&empty, `<row r="%d" s="1" customFormat="1"></row>`, n)
	}
	sheet = strings.Replace(sheet, "</sheetData>", empty.String()+"</sheetData>", 1)
	got, _, err := readOf(t, "libreoffice.xlsx", miniBook{sheet: sheet}.bytes(t), DefaultLimits)
	if err != nil {
		t.Fatalf("a million empty rows: %v", err)
	}
	if len(got.Places) != len(a.ids) {
		t.Errorf("a million empty rows: %d criteria read", len(got.Places))
	}
}

// TestManyCellsInARow: a row is at most XFD wide; past it, with or without references, is an
// error naming the row, not gigabytes of empty cells.
func TestManyCellsInARow(t *testing.T) {
	for _, n := range []int{maxColumns + 1, 100_000, 2_000_000} {
		for _, cell := range []string{`<c/>`, `<c r="B2"/>`, `<c><v>1</v></c>`} {
			rows := header + `<row r="2">` + strings.Repeat(cell, n) + `</row>`
			a, p, err := readOf(t, "cells.xlsx", miniBook{sheet: sheetXML(rows)}.bytes(t), DefaultLimits)
			wantError(t, fmt.Sprintf("%d × %s", n, cell), a, p, err, `sheet "Criteria", row 2`, "more than 16384 cells")
		}
	}
}

// TestColumnsPastXFD: a reference past the last column, or one too long for an int, is an
// error naming the sheet, not a cell read somewhere else.
func TestColumnsPastXFD(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	refs := []string{"XFE2", "ZZZ2", "AAAAAAAAAAAAAF2", "XFD1048577", "B", "2", "B2B", "B-2", "B99999999999"}
	for i := 0; i < 15; i++ {
		var col strings.Builder
		for k := 0; k < 4+rng.Intn(12); k++ {
			col.WriteByte(byte('A' + rng.Intn(26)))
		}
		refs = append(refs, col.String()+"2")
	}
	for _, ref := range refs {
		rows := header + `<row r="2">` + inline("A2", "DM1") + inline(ref, "Yes") + `</row>`
		a, p, err := readOf(t, "col.xlsx", miniBook{sheet: sheetXML(rows)}.bytes(t), DefaultLimits)
		wantError(t, ref, a, p, err, `sheet "Criteria", row 2`, `"`+ref+`" is not a cell`)
	}
	for ref, want := range map[string]int{"A1": 0, "b7": 1, "Z3": 25, "AA10": 26, "XFD1048576": maxColumns - 1} {
		if got, ok := columnOf(ref); !ok || got != want {
			t.Errorf("columnOf(%q) = %d, %v; want %d", ref, got, ok, want)
		}
	}
}

// TestBadSharedStringIndex: a cell pointing outside the shared strings is an error naming the
// cell, never an unanswered criterion.
func TestBadSharedStringIndex(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 8; i++ {
		a := randomAnswers(rng, r)
		sheet, sst := criteriaSheet(a, sheetStyle{shared: true})
		n := len(sst)
		for _, bad := range []string{"-1", strconv.Itoa(n), strconv.Itoa(n + 1 + rng.Intn(1000)), "99999999999999999999", "abc", "1.5", "", " 2x"} {
			// Point one answer cell (row 2 + k) at the bad index.
			k := rng.Intn(len(a.ids))
			row := k + 2
			start := strings.Index(sheet, fmt.Sprintf(`<c r="B%d" t="s"><v>`, row))
			if start < 0 {
				continue // that answer was empty, so the cell was not written
			}
			vStart := start + len(fmt.Sprintf(`<c r="B%d" t="s"><v>`, row))
			vEnd := vStart + strings.Index(sheet[vStart:], "<")
			broken := sheet[:vStart] + bad + sheet[vEnd:]
			got, p, err := readOf(t, "sst.xlsx", miniBook{sheet: broken, sst: sst}.bytes(t), DefaultLimits)
			wantError(t, bad, got, p, err, fmt.Sprintf(`sheet "Criteria", cell B%d`, row), `shared text number "`+bad+`"`, "has "+strconv.Itoa(n))
		}
	}
}

// TestManySharedStrings: fifty million empty shared strings took 17 s and 3.5 GB; past
// MaxStrings items or MaxStringBytes of text it is an error naming the part.
func TestManySharedStrings(t *testing.T) {
	a := randomAnswers(rand.New(rand.NewSource(1)), rubric(t))
	sheet, sst := criteriaSheet(a, sheetStyle{shared: true})
	small := DefaultLimits
	small.MaxStrings, small.MaxStringBytes = 5000, 1<<20
	for _, tc := range []struct {
		name  string
		lim   Limits
		extra func(sst []string, lim Limits) []string
		want  string
	}{
		{"empty items", DefaultLimits, func(s []string, lim Limits) []string {
			return append(s, make([]string, lim.MaxStrings)...)
		}, "more than 1000000 texts or 64 MiB"},
		{"empty items, small limits", small, func(s []string, lim Limits) []string {
			return append(s, make([]string, lim.MaxStrings)...)
		}, "more than 5000 texts or 1 MiB"},
		{"long items", small, func(s []string, lim Limits) []string {
			long := strings.Repeat("x", lim.MaxCell)
			for total := 0; total <= lim.MaxStringBytes; total += len(long) {
				s = append(s, long)
			}
			return s
		}, "more than 5000 texts or 1 MiB"},
		{"items longer than a cell", small, func(s []string, lim Limits) []string {
			long := strings.Repeat("y", 3*lim.MaxCell)
			for total := 0; total <= lim.MaxStringBytes; total += lim.MaxCell {
				s = append(s, long)
			}
			return s
		}, "more than 5000 texts or 1 MiB"},
	} {
		all := tc.extra(append([]string(nil), sst...), tc.lim)
		got, p, err := readOf(t, "sst.xlsx", miniBook{sheet: sheet, sst: all}.bytes(t), tc.lim)
		wantError(t, tc.name, got, p, err, "part xl/sharedStrings.xml", tc.want)
	}
}

// TestTokenLimits: a token growing without bound (spaces, a text, a comment or CDATA full of
// "<", an attribute), or more tokens than the budget, is an error naming the part or sheet.
func TestTokenLimits(t *testing.T) {
	lim := DefaultLimits
	lim.MaxToken = 64 << 10
	big := lim.MaxToken + 16<<10 // the decoder reads ahead 4 KiB
	lt := strings.Repeat("a<", big/2)
	for name, rows := range map[string]string{
		"spaces":           header + strings.Repeat(" ", big),
		"text":             header + `<row r="2">` + inline("A2", strings.Repeat("y", big)) + `</row>`,
		"comment with <":   header + "<!--" + lt + "-->",
		"CDATA with <":     header + `<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[` + lt + `]]></t></is></c></row>`,
		"attribute":        header + `<row r="2" x="` + strings.Repeat("z", big) + `"/>`,
		"instruction":      header + "<?pi " + lt + "?>",
		"tag name":         header + "<" + strings.Repeat("q", big) + "/>",
		"quoted doctype >": header + `<!DOCTYPE x "` + strings.Repeat("a>", big/2) + `">`,
	} {
		a, p, err := readOf(t, "token.xlsx", miniBook{sheet: sheetXML(rows)}.bytes(t), lim)
		if err != nil && strings.Contains(err.Error(), "damaged") {
			continue // the decoder refused it first, which costs no more
		}
		wantError(t, name, a, p, err, `sheet "Criteria"`, "longer than 64 KiB")
	}
	// The whole workbook's tokens.
	lim = DefaultLimits
	lim.MaxTokens = 10_000
	rows := header + strings.Repeat(`<row><c/><c/><c t="inlineStr"><is><t>a note</t></is></c></row>`, 2000)
	a, p, err := readOf(t, "tokens.xlsx", miniBook{sheet: sheetXML(rows)}.bytes(t), lim)
	wantError(t, "tokens", a, p, err, `sheet "Criteria"`, "more than 10000 XML elements")
	rows = header + "<!--" + strings.Repeat("<x/>", 20_000) + "-->"
	a, p, err = readOf(t, "tokens.xlsx", miniBook{sheet: sheetXML(rows), sst: []string{}, extra: []entry{}}.bytes(t), lim)
	if err != nil {
		t.Errorf("a long comment is one token: %v", err)
	}
	_ = a
	_ = p
}

// TestDuplicateParts: two archive entries with one name (as written, or differing only in case
// or slashes) make the file refused: which one counts is anyone's guess.
func TestDuplicateParts(t *testing.T) {
	a := randomAnswers(rand.New(rand.NewSource(2)), rubric(t))
	sheet, _ := criteriaSheet(a, sheetStyle{})
	for _, dup := range []string{"xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml", `xl\worksheets\sheet1.xml`, "/xl/worksheets/sheet1.xml", "xl/workbook.xml", "docProps/app.xml"} {
		book := miniBook{sheet: sheet, extra: []entry{{dup, sheetXML("")}}}
		if dup == "docProps/app.xml" {
			book.extra = append(book.extra, entry{"DOCPROPS/APP.XML", "<x/>"})
		}
		got, p, err := readOf(t, "dup.xlsx", book.bytes(t), DefaultLimits)
		wantError(t, dup, got, p, err, "two parts named")
	}
}

// TestPhoneticRunsDropped: a phonetic guide (rPh) is not part of a cell's text, in inline and
// in shared strings alike.
func TestPhoneticRunsDropped(t *testing.T) {
	rows := header + `<row r="2">` + inline("A2", "DM1") +
		`<c r="B2" t="inlineStr"><is><t>Yes</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></is></c></row>` +
		`<row r="3">` + inline("A3", "DM2") + `<c r="B3" t="inlineStr"><is><r><t>N</t></r><rPh><t>ノー</t></rPh><r><t>o</t></r></is></c></row>` +
		`<row r="4">` + inline("A4", "DM3") + `<c r="B4" t="s"><v>0</v></c></row>`
	book := miniBook{sheet: sheetXML(rows)}
	book.sst = []string{`</t><r><t>Sí</t></r><rPh sb="0" eb="1"><t>シ</t></rPh><r><t>`}
	got, _, err := readOf(t, "rph.xlsx", book.bytes(t), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]assessment.Value{"DM1": assessment.Met, "DM2": assessment.NotMet, "DM3": assessment.Met} {
		if v := got.Answers[id].Value; v != want {
			t.Errorf("%s: %v, want %v", id, v, want)
		}
	}
}

// TestProducerVariantsReadTheSame: part names in any case or with backslashes, parts in UTF-16,
// namespace prefixes, no cell references, shared or inline strings, and Strict Open XML all
// read as the plain workbook does.
func TestProducerVariantsReadTheSame(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewSource(5))
	upper := map[string]string{"[Content_Types].xml": "[CONTENT_TYPES].XML", "_rels/.rels": "_RELS/.RELS", "xl/workbook.xml": "XL/Workbook.xml",
		"xl/_rels/workbook.xml.rels": "Xl/_Rels/Workbook.XML.rels", "xl/worksheets/sheet1.xml": "xl/WorkSheets/SHEET1.xml", "xl/sharedStrings.xml": "XL/SHAREDSTRINGS.XML"}
	back := map[string]string{}
	for k := range upper {
		back[k] = strings.ReplaceAll(k, "/", `\`)
	}
	encodings := map[string]func(string) string{
		"utf-16le bom": func(s string) string { return utf16Of(s, false, true) },
		"utf-16be bom": func(s string) string { return utf16Of(s, true, true) },
		"utf-16le":     func(s string) string { return utf16Of(s, false, false) },
		"utf-8 bom":    func(s string) string { return "\ufeff" + s },
	}
	for i := 0; i < 8; i++ {
		a := randomAnswers(rng, r)
		plain, _ := criteriaSheet(a, sheetStyle{})
		want, _, err := readOf(t, "plain.xlsx", miniBook{sheet: plain}.bytes(t), DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Places) != len(a.ids) {
			t.Fatalf("plain: %d criteria read", len(want.Places))
		}
		variants := map[string]miniBook{}
		for _, st := range []sheetStyle{
			{shared: true}, {prefix: "x:"}, {prefix: "x:", shared: true}, {noRefs: true}, {noRefs: true, shared: true, prefix: "main:"},
			{firstNo: 1 + rng.Intn(15)}, {d: strict}, {d: strict, shared: true, prefix: "s:"},
		} {
			sheet, sst := criteriaSheet(a, st)
			variants[fmt.Sprintf("%+v", st)] = miniBook{sheet: sheet, sst: sst, d: st.d}
		}
		shared, sst := criteriaSheet(a, sheetStyle{shared: true})
		variants["capitals"] = miniBook{sheet: shared, sst: sst, names: upper}
		variants["backslashes"] = miniBook{sheet: shared, sst: sst, names: back}
		for name, enc := range encodings {
			variants[name] = miniBook{sheet: shared, sst: sst, encode: enc}
			utf16Decl := func(s string) string {
				return enc(strings.Replace(s, `encoding="UTF-8"`, `encoding="UTF-16"`, 1))
			}
			if strings.HasPrefix(name, "utf-16") {
				variants[name+" declared"] = miniBook{sheet: shared, sst: sst, encode: utf16Decl}
			}
		}
		for name, book := range variants {
			got, _, err := readOf(t, "variant.xlsx", book.bytes(t), DefaultLimits)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if !reflect.DeepEqual(comparable(want), comparable(got)) {
				t.Errorf("%s reads differently:\nwant %+v\ngot  %+v", name, comparable(want), comparable(got))
			}
		}
	}
}

// utf16Of encodes s in UTF-16, big- or little-endian, with or without a byte order mark.
func utf16Of(s string, big, bom bool) string {
	var b strings.Builder
	put := func(u uint16) {
		if big {
			b.WriteByte(byte(u >> 8))
			b.WriteByte(byte(u))
		} else {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
	}
	if bom {
		put(0xFEFF)
	}
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			put(uint16(0xD800 + r>>10))
			put(uint16(0xDC00 + r&0x3FF))
			continue
		}
		put(uint16(r))
	}
	return b.String()
}

// TestOtherEncodingsNamed: a part in an encoding other than UTF-8 or UTF-16 is refused with a
// message naming it and the part, not read as garbage.
func TestOtherEncodingsNamed(t *testing.T) {
	for _, enc := range []string{"windows-1252", "ISO-8859-1", "Shift_JIS", "EBCDIC"} {
		sheet := strings.Replace(sheetXML(header), `encoding="UTF-8"`, `encoding="`+enc+`"`, 1)
		a, p, err := readOf(t, "enc.xlsx", miniBook{sheet: sheet}.bytes(t), DefaultLimits)
		wantError(t, enc, a, p, err, `sheet "Criteria"`, "the "+enc+" encoding", "UTF-8 or UTF-16")
	}
}
