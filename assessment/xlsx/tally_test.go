package xlsx

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// sheetEval evaluates the small part of the spreadsheet formula language the tally uses
// (SUMPRODUCT, ISNUMBER, MATCH, TRIM, LOWER, SUBSTITUTE, CHAR, --, string literals, array
// constants, numbers and ranges), with the semantics Excel and LibreOffice give them: the
// test reads the formula the workbook holds, not the Go that built it.
type sheetEval struct {
	src   string
	pos   int
	cells func(ref string) []string
}

type value struct {
	texts []string  // a text or an array of texts
	nums  []float64 // a number or an array of numbers (NaN: #N/A)
	isNum bool
}

func (e *sheetEval) fail(format string, args ...any) {
	panic(fmt.Sprintf("formula %q at %d: %s", e.src, e.pos, fmt.Sprintf(format, args...)))
}

func (e *sheetEval) peek() byte {
	if e.pos < len(e.src) {
		return e.src[e.pos]
	}
	return 0
}

func (e *sheetEval) expect(b byte) {
	if e.peek() != b {
		e.fail("want %q", b)
	}
	e.pos++
}

func (e *sheetEval) str() string {
	e.expect('"')
	var b strings.Builder
	for {
		if e.pos >= len(e.src) {
			e.fail("unterminated string")
		}
		c := e.src[e.pos]
		e.pos++
		if c == '"' {
			if e.peek() == '"' {
				b.WriteByte('"')
				e.pos++
				continue
			}
			return b.String()
		}
		b.WriteByte(c)
	}
}

func (e *sheetEval) expr() value {
	switch c := e.peek(); {
	case c == '"':
		return value{texts: []string{e.str()}}
	case c == '{':
		e.pos++
		var list []string
		for {
			list = append(list, e.str())
			if e.peek() == '}' {
				e.pos++
				return value{texts: list}
			}
			e.expect(',')
		}
	case c == '-':
		e.expect('-')
		e.expect('-')
		v := e.expr()
		if !v.isNum {
			e.fail("-- of text")
		}
		return v
	case c >= '0' && c <= '9':
		start := e.pos
		for e.peek() >= '0' && e.peek() <= '9' {
			e.pos++
		}
		n, _ := strconv.ParseFloat(e.src[start:e.pos], 64)
		return value{nums: []float64{n}, isNum: true}
	}
	start := e.pos
	for c := e.peek(); c == '$' || c == ':' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'; c = e.peek() {
		e.pos++
	}
	name := e.src[start:e.pos]
	if e.peek() != '(' {
		return value{texts: e.cells(name)}
	}
	e.pos++
	var args []value
	for e.peek() != ')' {
		args = append(args, e.expr())
		if e.peek() == ',' {
			e.pos++
		}
	}
	e.pos++
	return e.call(name, args)
}

func (e *sheetEval) call(name string, args []value) value {
	mapText := func(v value, f func(string) string) value {
		out := make([]string, len(v.texts))
		for i, t := range v.texts {
			out[i] = f(t)
		}
		return value{texts: out}
	}
	switch name {
	case "LOWER":
		return mapText(args[0], strings.ToLower)
	case "SUBSTITUTE":
		from, to := args[1].texts[0], args[2].texts[0]
		return mapText(args[0], func(s string) string { return strings.ReplaceAll(s, from, to) })
	case "TRIM": // spaces only (U+0020): trimmed at both ends, runs inside made one
		return mapText(args[0], func(s string) string {
			return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' }), " ")
		})
	case "MATCH": // exact match, case-insensitive, #N/A as NaN
		if args[2].nums[0] != 0 {
			e.fail("MATCH must be exact")
		}
		out := value{isNum: true}
		for _, t := range args[0].texts {
			n := mathNaN()
			for i, w := range args[1].texts {
				if strings.EqualFold(t, w) {
					n = float64(i + 1)
					break
				}
			}
			out.nums = append(out.nums, n)
		}
		return out
	case "ISNUMBER":
		out := value{isNum: true}
		for _, n := range args[0].nums {
			if n == n {
				out.nums = append(out.nums, 1)
			} else {
				out.nums = append(out.nums, 0)
			}
		}
		return out
	case "CHAR":
		return value{texts: []string{string(rune(args[0].nums[0]))}}
	case "SUMPRODUCT":
		sum := 0.0
		for _, n := range args[0].nums {
			sum += n
		}
		return value{nums: []float64{sum}, isNum: true}
	}
	e.fail("unknown function %s", name)
	return value{}
}

func mathNaN() float64 { var z float64; return z / z }

// evalCount evaluates a counting formula over cells.
func evalCount(t *testing.T, formula string, cells func(string) []string) int {
	t.Helper()
	e := &sheetEval{src: strings.TrimPrefix(formula, "="), cells: cells}
	v := e.expr()
	if e.pos != len(e.src) || !v.isNum || len(v.nums) != 1 {
		t.Fatalf("formula %q does not evaluate to one number", formula)
	}
	return int(v.nums[0])
}

// accentsOf maps an ASCII letter to the Latin-1 letters that fold to it (both cases).
var accentsOf = func() map[rune][]rune {
	m := map[rune][]rune{}
	for r := rune(0xC0); r <= 0xFF; r++ {
		d := norm.NFD.String(string(r))
		base, size := utf8.DecodeRuneInString(d)
		if size < len(d) && base < 0x80 && unicode.IsLetter(base) {
			m[unicode.ToLower(base)] = append(m[unicode.ToLower(base)], r)
		}
	}
	return m
}()

// variant writes word the many ways a city types it: any case, accents on any letter that
// takes one, spaces, tabs and no-break spaces around it, dashes or underscores or several
// spaces between its words, and sometimes a full stop or other mark at the end.
func variant(rng *rand.Rand, word string) string {
	var b strings.Builder
	pad := []string{"", "", " ", "  ", "\t", "\u00a0", "\u202f", "\n", "\r\n"}
	b.WriteString(pad[rng.IntN(len(pad))])
	for _, r := range word {
		switch {
		case r == ' ':
			b.WriteString([]string{" ", "  ", "-", "_", " - "}[rng.IntN(5)])
			continue
		case len(accentsOf[r]) > 0 && rng.IntN(3) == 0:
			r = accentsOf[r][rng.IntN(len(accentsOf[r]))]
		}
		if rng.IntN(2) == 0 {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
	}
	if rng.IntN(4) == 0 {
		b.WriteString([]string{".", "!", "?", "…", ",", ";", ":"}[rng.IntN(7)])
	}
	b.WriteString(pad[rng.IntN(len(pad))])
	return b.String()
}

// TestTallyFormulaCountsWhatScoreCounts: every answer wwc accepts, however it is typed, is
// counted as met by the sheet's formula exactly when wwc reads it as met.
func TestTallyFormulaCountsWhatScoreCounts(t *testing.T) {
	formula := metCountFormula("$F$1:$F$1")
	if n := strings.Count(formula, "("); n > 64 {
		t.Fatalf("the formula nests %d calls; Excel allows 64", n)
	}
	if len(formula) > 8192 {
		t.Fatalf("the formula is %d characters; Excel allows 8192", len(formula))
	}
	rng := rand.New(rand.NewPCG(11, 2026))
	var words []string
	for _, v := range assessment.Values {
		words = append(words, assessment.Words(v)...)
	}
	words = append(words, "tal vez", "N/A", "no aplica", "yes no", "sí sí", "2", "sii", "xx")
	checked := 0
	var column []string
	met := 0
	for _, w := range words {
		for i := 0; i < 60; i++ {
			cell := variant(rng, w)
			if i == 0 {
				cell = w
			}
			v, ok := assessment.ParseValue(cell)
			if !ok {
				continue // an answer wwc refuses: the file does not score, nothing to agree with
			}
			got := evalCount(t, formula, func(string) []string { return []string{cell} })
			if want := map[bool]int{true: 1, false: 0}[v == assessment.Met]; got != want {
				t.Errorf("%q: the sheet counts %d, wwc reads %s", cell, got, v)
			}
			column = append(column, cell)
			if v == assessment.Met {
				met++
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d variants checked", checked)
	}
	// Booleans and numbers as spreadsheets show them to text functions.
	for cell, want := range map[string]int{"TRUE": 1, "FALSE": 0, "1": 1, "0": 0} {
		if got := evalCount(t, formula, func(string) []string { return []string{cell} }); got != want {
			t.Errorf("cell %s: counted %d, want %d", cell, got, want)
		}
	}
	if got := evalCount(t, metCountFormula("$F$1:$F$9999"), func(string) []string { return column }); got != met {
		t.Errorf("over a whole column the sheet counts %d met, wwc %d", got, met)
	}
}

// TestTallyCachedValueMatchesFormula: the workbook wwc writes carries, for programs that do
// not calculate, the count its own formula gives and wwc score gives, in every language.
func TestTallyCachedValueMatchesFormula(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	r := rubric(t)
	for _, lang := range i18n.Languages {
		for round := 0; round < 5; round++ {
			a := assessment.New()
			want := 0
			for _, q := range r.Questions() {
				v := assessment.Values[rng.IntN(len(assessment.Values))]
				a.Set(q.ID, assessment.Answer{Value: v})
				if v == assessment.Met {
					want++
				}
			}
			var buf bytes.Buffer
			if err := WriteTemplate(&buf, Template{Rubric: r, Cat: i18n.For(lang), From: a}); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			sheet := i18n.For(lang).T("template.sheet.criteria")
			formula, _ := f.GetCellFormula(sheet, "D2")
			cached, _ := f.GetCellValue(sheet, "D2")
			got := evalCount(t, formula, func(ref string) []string {
				parts := strings.Split(strings.ReplaceAll(ref, "$", ""), ":")
				_, first, _ := excelize.CellNameToCoordinates(parts[0])
				col, last, _ := excelize.CellNameToCoordinates(parts[1])
				var out []string
				for row := first; row <= last; row++ {
					name, _ := excelize.CoordinatesToCellName(col, row)
					v, _ := f.GetCellValue(sheet, name)
					out = append(out, v)
				}
				return out
			})
			f.Close()
			if cached != strconv.Itoa(want) || got != want {
				t.Errorf("%s: %d met; the workbook caches %s and its formula counts %d", lang, want, cached, got)
			}
		}
	}
}
