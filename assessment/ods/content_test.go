package ods

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/workbook"
)

const docHead = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"><office:body><office:spreadsheet>`
const docTail = `</office:spreadsheet></office:body></office:document-content>`

func parseDoc(t *testing.T, tables string) *book {
	t.Helper()
	b, err := parse(strings.NewReader(docHead+tables+docTail), DefaultLimits, false)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func rows(b *book, i int) []workbook.Row {
	var out []workbook.Row
	_ = b.Rows(i, func(r workbook.Row) bool { out = append(out, r); return true })
	return out
}

// randomText renders a cell's paragraphs as LibreOffice may write them (spans, text:s, tabs,
// line breaks, several paragraphs, a comment) and gives the text a user sees.
func randomText(r *rand.Rand) (xml, want string) {
	words := []string{"Sí", "no", "En", "proceso", "Observação", "a&b", "<x>", "ñ"}
	var x, w strings.Builder
	paras := 1 + r.IntN(3)
	for p := 0; p < paras; p++ {
		if p > 0 {
			w.WriteString("\n")
		}
		x.WriteString("<text:p>")
		space := true // leading spaces are not shown
		for k := 0; k < 1+r.IntN(5); k++ {
			switch r.IntN(6) {
			case 0:
				n := 1 + r.IntN(4)
				if n == 1 && r.IntN(2) == 0 {
					x.WriteString("<text:s/>")
				} else {
					fmt.Fprintf(&x, `<text:s text:c="%d"/>`, n)
				}
				w.WriteString(strings.Repeat(" ", n))
				space = false
			case 1:
				x.WriteString("<text:tab/>")
				w.WriteString("\t")
				space = false
			case 2:
				x.WriteString("<text:line-break/>")
				w.WriteString("\n")
				space = true
			case 3:
				word := words[r.IntN(len(words))]
				fmt.Fprintf(&x, "<text:span>%s</text:span>", esc(word))
				w.WriteString(word)
				space = false
			default:
				word := words[r.IntN(len(words))]
				lead := strings.Repeat(" ", r.IntN(3))
				x.WriteString(lead + esc(word))
				if lead != "" && !space {
					w.WriteString(" ")
				}
				w.WriteString(word)
				space = false
			}
		}
		x.WriteString("</text:p>")
	}
	if r.IntN(3) == 0 {
		x.WriteString("<office:annotation><text:p>a comment, not the cell</text:p></office:annotation>")
	}
	return x.String(), w.String()
}

func esc(s string) string {
	var b bytes.Buffer
	_ = xmlEscape(&b, s)
	return b.String()
}

// TestTextAsShown: text in paragraphs, spans, spaces, tabs and line breaks reads as a user
// sees it; comments are left out.
func TestTextAsShown(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 500; i++ {
		x, want := randomText(r)
		b := parseDoc(t, `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string">`+x+`</table:table-cell></table:table-row></table:table>`)
		got := rows(b, 0)
		if want == "" || strings.TrimSpace(want) == "" {
			continue
		}
		if len(got) != 1 || len(got[0].Cells) != 1 || got[0].Cells[0] != want {
			t.Fatalf("%s\n got %+v\nwant %q", x, got, want)
		}
	}
}

// TestValuesByType: numbers, percentages and currency by office:value, booleans as TRUE or
// FALSE, strings by office:string-value when given, formulas by their cached value, errors as
// shown.
func TestValuesByType(t *testing.T) {
	cases := []struct{ cell, want string }{
		{`office:value-type="float" office:value="578605"><text:p>578.605</text:p>`, "578605"},
		{`office:value-type="float" office:value="0.5" calcext:value-type="float"><text:p>0,5</text:p>`, "0.5"},
		{`office:value-type="percentage" office:value="0.581"><text:p>58,1 %</text:p>`, "0.581"},
		{`office:value-type="currency" office:currency="BRL" office:value="12.5"><text:p>R$ 12,50</text:p>`, "12.5"},
		{`office:value-type="boolean" office:boolean-value="true"><text:p>VERDADEIRO</text:p>`, "TRUE"},
		{`office:value-type="boolean" office:boolean-value="false"><text:p>FALSO</text:p>`, "FALSE"},
		{`office:value-type="string" office:string-value="Sí" table:formula="of:=IF(1;&quot;Sí&quot;)"><text:p>Sí</text:p>`, "Sí"},
		{`table:formula="of:=[.A1]" office:value-type="float" office:value="1"><text:p>1</text:p>`, "1"},
		{`table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p>`, "#DIV/0!"},
		{`office:value-type="date" office:date-value="2024-01-01"><text:p>01/01/2024</text:p>`, "01/01/2024"},
	}
	for _, tc := range cases {
		b := parseDoc(t, `<table:table table:name="S"><table:table-row><table:table-cell `+tc.cell+`</table:table-cell></table:table-row></table:table>`)
		got := rows(b, 0)
		if len(got) != 1 || got[0].Cells[0] != tc.want {
			t.Errorf("%s: got %+v, want %q", tc.cell, got, tc.want)
		}
	}
	b := parseDoc(t, `<table:table table:name="S"><table:table-row><table:table-cell table:formula="of:=IF([.B1];1;0)"/></table:table-row></table:table>`)
	if got := rows(b, 0); len(got) != 1 || got[0].Uncached[0] != "IF([.B1];1;0)" {
		t.Errorf("a formula with no saved result: %+v", got)
	}
}

// TestRepeatsAndCoveredCells: repeated and covered cells take their columns, repeated rows
// their numbers, without being spread into memory past what a table can use.
func TestRepeatsAndCoveredCells(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 300; i++ {
		var x strings.Builder
		var want []workbook.Row
		num := 1
		x.WriteString(`<table:table table:name="S">`)
		for k := 0; k < 1+r.IntN(6); k++ {
			rep := []int{1, 1, 2, 3, 1048576}[r.IntN(5)]
			var cells []string
			fmt.Fprintf(&x, `<table:table-row table:number-rows-repeated="%d">`, rep)
			for c := 0; c < 1+r.IntN(5); c++ {
				n := []int{1, 1, 2, 16384}[r.IntN(4)]
				switch r.IntN(3) {
				case 0:
					fmt.Fprintf(&x, `<table:table-cell table:number-columns-repeated="%d"/>`, n)
					cells = append(cells, make([]string, min(n, maxCols-len(cells)))...)
				case 1:
					fmt.Fprintf(&x, `<table:covered-table-cell table:number-columns-repeated="%d"><text:p>hidden</text:p></table:covered-table-cell>`, n)
					cells = append(cells, make([]string, min(n, maxCols-len(cells)))...)
				default:
					n = min(n, 3)
					v := fmt.Sprint("v", k, c)
					fmt.Fprintf(&x, `<table:table-cell table:number-columns-repeated="%d" office:value-type="string"><text:p>%s</text:p></table:table-cell>`, n, v)
					for j := 0; j < n && len(cells) < maxCols; j++ {
						cells = append(cells, v)
					}
				}
			}
			x.WriteString(`</table:table-row>`)
			for len(cells) > 0 && cells[len(cells)-1] == "" {
				cells = cells[:len(cells)-1]
			}
			if len(cells) > 0 {
				last := 0
				if len(want) > 0 {
					last = want[len(want)-1].Num
				}
				for j := 0; j < rep && num+j <= DefaultLimits.MaxRows && num+j-last <= DefaultLimits.EmptyRun; j++ {
					want = append(want, workbook.Row{Num: num + j, Cells: cells})
					last = num + j
				}
			}
			num += rep
		}
		x.WriteString(`</table:table>`)
		got := rows(parseDoc(t, x.String()), 0)
		if len(got) != len(want) {
			t.Fatalf("%d rows, want %d\n%s", len(got), len(want), x.String())
		}
		for j := range want {
			if got[j].Num != want[j].Num || !reflect.DeepEqual(got[j].Cells, want[j].Cells) {
				t.Fatalf("row %d: got %d %q, want %d %q\n%s", j, got[j].Num, got[j].Cells, want[j].Num, want[j].Cells, x.String())
			}
		}
	}
}

// TestSheetsInOrder: every table is a sheet in order, hidden or not; a table inside a cell
// is not.
func TestSheetsInOrder(t *testing.T) {
	b := parseDoc(t, `<table:table table:name="Oculta" table:style-name="hidden"/><table:table table:name="Evaluación"><table:table-row><table:table-cell><table:table table:name="inner"/><text:p>x</text:p></table:table-cell></table:table-row></table:table>`)
	got := b.Sheets()
	if len(got) != 2 || got[0].Name != "Oculta" || got[1].Name != "Evaluación" {
		t.Fatalf("sheets %+v", got)
	}
}

// TestNotASpreadsheet: a document that is not OpenDocument content is refused.
func TestNotASpreadsheet(t *testing.T) {
	for _, doc := range []string{`<workbook/>`, `<office:document office:mimetype="application/vnd.oasis.opendocument.text"/>`} {
		if _, err := parse(strings.NewReader(doc), DefaultLimits, doc[1] == 'o'); err != errNotSheet {
			t.Errorf("%s: %v", doc, err)
		}
	}
}

// TestRowsPastTheTableCostLittle: once a sheet keeps no more rows, the wide rows after it are
// not laid out (a hostile file repeating text across 16,384 columns on every row).
func TestRowsPastTheTableCostLittle(t *testing.T) {
	var x strings.Builder
	x.WriteString(`<table:table table:name="S"><table:table-row table:number-rows-repeated="6000"><table:table-cell/></table:table-row>`)
	wide := `<table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x<text:s text:c="100000000"/></text:p></table:table-cell></table:table-row>`
	for i := 0; i < 20000; i++ {
		x.WriteString(wide)
	}
	x.WriteString(`</table:table>`)
	b := parseDoc(t, x.String())
	if got := rows(b, 0); len(got) != 0 {
		t.Fatalf("%d rows kept past MaxRows", len(got))
	}
}

// TestSpacesCannotBlowUp: spaces written as text:s with a huge count, in cell after cell,
// are refused as too large once the text kept passes its budget.
func TestSpacesCannotBlowUp(t *testing.T) {
	var x strings.Builder
	x.WriteString(`<table:table table:name="S">`)
	cell := `<table:table-cell office:value-type="string"><text:p>x<text:s text:c="100000000"/></text:p></table:table-cell>`
	for i := 0; i < 2000; i++ {
		x.WriteString(`<table:table-row>` + strings.Repeat(cell, 10) + `</table:table-row>`)
	}
	x.WriteString(`</table:table>`)
	_, err := parse(strings.NewReader(docHead+x.String()+docTail), DefaultLimits, false)
	if err != errTooManyCells {
		t.Fatalf("%v, want it refused as too large", err)
	}
}

// TestNumberCellsAreMarked: float, percentage and currency cells reach the table marked as
// numbers, so that 1.234 in a Spanish workbook stays 1.234 (a number cell is never read by the
// table's language); text that looks like a number is not marked.
func TestNumberCellsAreMarked(t *testing.T) {
	b := parseDoc(t, `<table:table table:name="Indicadores"><table:table-row>`+
		`<table:table-cell office:value-type="string"><text:p>20.000</text:p></table:table-cell>`+
		`<table:table-cell office:value-type="float" office:value="1.234"><text:p>1,234</text:p></table:table-cell>`+
		`<table:table-cell office:value-type="percentage" office:value="0.581"><text:p>58,1 %</text:p></table:table-cell>`+
		`<table:table-cell office:value-type="currency" office:value="2000"><text:p>$ 2.000</text:p></table:table-cell>`+
		`</table:table-row></table:table>`)
	r := rows(b, 0)
	if len(r) != 1 {
		t.Fatalf("%d rows", len(r))
	}
	if got := r[0].Cells; !reflect.DeepEqual(got, []string{"20.000", "1.234", "0.581", "2000"}) {
		t.Fatalf("cells %q", got)
	}
	if want := map[int]bool{1: true, 2: true, 3: true}; !reflect.DeepEqual(r[0].Numbers, want) {
		t.Errorf("numbers marked %v, want %v", r[0].Numbers, want)
	}
}
