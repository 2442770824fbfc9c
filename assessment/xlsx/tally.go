package xlsx

import (
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
)

// The live tally counts an answer the way wwc score reads it, so that the sheet and the
// command agree whatever word the city typed. A spreadsheet cannot call assessment.Fold, so
// the formula folds the text itself: lower case, the accented letters of Latin-1 written
// plain, dashes, underscores, tabs, line breaks and no-break spaces read as spaces, the punctuation people
// put after a word dropped, and TRIM collapsing the spaces. The folded text is then looked up
// in the words assessment accepts as met. SUMPRODUCT makes every program (Excel, LibreOffice,
// Google Sheets) evaluate the inner functions over the whole column without an array formula.

// foldReplacements are the substitutions, in order, after LOWER: each pair is what is
// replaced and by what.
var foldReplacements = func() [][2]string {
	var out [][2]string
	for _, g := range []struct{ plain, accented string }{
		{"a", "àáâãäå"}, {"c", "ç"}, {"e", "èéêë"}, {"i", "ìíîï"}, {"n", "ñ"},
		{"o", "òóôõö"}, {"u", "ùúûü"}, {"y", "ýÿ"},
	} {
		for _, r := range g.accented {
			out = append(out, [2]string{string(r), g.plain})
		}
	}
	for _, sep := range []string{"-", "_", "\t", "\n", "\r", "\u00a0", "\u202f"} {
		out = append(out, [2]string{sep, " "})
	}
	for _, p := range []string{".", "!", "?", ",", ";", ":", "…"} {
		out = append(out, [2]string{p, ""})
	}
	return out
}()

// foldFormula is the spreadsheet expression that folds ref (a cell or a range).
func foldFormula(ref string) string {
	expr := "LOWER(" + ref + ")"
	for _, r := range foldReplacements {
		expr = "SUBSTITUTE(" + expr + "," + literal(r[0]) + "," + quote(r[1]) + ")"
	}
	return "TRIM(" + expr + ")"
}

// metCountFormula counts the cells of rng whose answer reads as met.
func metCountFormula(rng string) string {
	words := assessment.Words(assessment.Met)
	list := make([]string, len(words))
	for i, w := range words {
		list[i] = quote(w)
	}
	return "SUMPRODUCT(--ISNUMBER(MATCH(" + foldFormula(rng) + ",{" + strings.Join(list, ",") + "},0)))"
}

// literal writes a text for a formula: control characters (a tab, a line break typed with
// Alt+Enter) as CHAR(n), which every program reads the same, others quoted.
func literal(s string) string {
	if len(s) == 1 && s[0] < ' ' {
		return "CHAR(" + strconv.Itoa(int(s[0])) + ")"
	}
	return quote(s)
}

// quote writes a spreadsheet string literal: double quotes doubled.
func quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
