package schemas_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/docs/schemas"
)

// updatePatterns rewrites the word patterns of the answers-file schema from the word lists
// in these tests: add a word to contractAnswers or contractDirections (as FORMATS.md lists
// it), then run go test ./docs/schemas -run Patterns -update-patterns.
var updatePatterns = flag.Bool("update-patterns", false, "rewrite the answer and direction patterns in wwc-answers-1.schema.json")

// A letter of a word matches itself in either case and with any accent: the reader folds
// accents and case away, and JSON Schema patterns (ECMA-262, as editors run them) have no
// case-insensitive flag. Combining marks may follow any letter (text in decomposed form).
var letterClasses = map[rune]string{
	'a': "aAáÁàÀâÂãÃäÄ", 'e': "eEéÉèÈêÊëË", 'i': "iIíÍìÌîÎïÏ", 'o': "oOóÓòÒôÔõÕöÖ",
	'u': "uUúÚùÙûÛüÜ", 'c': "cCçÇ", 'n': "nNñÑ",
}

const (
	combining  = "[\u0300-\u036f]*"
	separators = "[\\s\u00a0_-]" // what the reader reads as a space; around a word, ignored
)

// wordPattern matches a word (after folding) as people may write it.
func wordPattern(w string) string {
	var b strings.Builder
	for i, part := range strings.Fields(assessment.Fold(w)) {
		if i > 0 {
			b.WriteString(separators + "+")
		}
		for _, r := range part {
			switch cl, ok := letterClasses[r]; {
			case ok:
				b.WriteString("[" + cl + "]" + combining)
			case r >= 'a' && r <= 'z':
				b.WriteString("[" + string(r) + strings.ToUpper(string(r)) + "]")
			default:
				b.WriteString(string(r))
			}
		}
	}
	return b.String()
}

// wordsPattern is the alternation of the words' patterns, in the order given, skipping the
// words that are not letters (symbols, numbers, the empty answer) and repeats.
func wordsPattern(words []string) string {
	var alts []string
	seen := map[string]bool{}
	for _, w := range words {
		f := assessment.Fold(w)
		if f == "" || !strings.ContainsAny(f, "abcdefghijklmnopqrstuvwxyz") || seen[f] {
			continue
		}
		seen[f] = true
		alts = append(alts, wordPattern(w))
	}
	return strings.Join(alts, "|")
}

// answerPattern: blank, or a word, a check mark or a number equal to 1 or 0, with separators
// around and trailing punctuation after.
func answerPattern() string {
	return `^\s*$|^` + separators + "*(?:" + wordsPattern(contractAnswers) + "|[✓✔✗✘]|" +
		`\+?(?:0*1(?:\.0*)?|0+(?:\.0*)?|0*\.0+)` + ")[\\s\u00a0_.!?,;:…-]*$"
}

// directionPattern: blank, or a direction word, with separators around.
func directionPattern() string {
	return "^" + separators + "*(?:(?:" + wordsPattern(contractDirections) + ")" + separators + "*)?$"
}

// TestPatternsAreCurrent keeps the schema's word patterns made from the word lists above.
func TestPatternsAreCurrent(t *testing.T) {
	const file = "wwc-answers-1.schema.json"
	data, _ := schemas.Schema("wwc-answers/1")
	s := map[string]any{}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	places := []struct {
		pointer, want string
	}{
		{"/$defs/answer/anyOf/0/pattern", answerPattern()},
		{"/properties/outcomes/items/properties/direction/anyOf/1/pattern", directionPattern()},
	}
	text := string(data)
	for _, p := range places {
		got, _ := at(t, s, p.pointer).(string)
		if got == p.want {
			continue
		}
		if !*updatePatterns {
			t.Errorf("%s: the pattern at %s is not made from the word lists; run go test ./docs/schemas -run Patterns -update-patterns", file, p.pointer)
			continue
		}
		text = strings.Replace(text, quote(got), quote(p.want), 1)
	}
	if *updatePatterns && text != string(data) {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// quote writes a pattern as the schema file holds it: JSON, with the invisible characters
// (no-break spaces, the combining-mark range) escaped so that people can read them.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	out := strings.TrimSuffix(b.String(), "\n")
	return strings.NewReplacer("\u00a0", `\u00a0`, "\u202f", `\u202f`, "\u0300", `\u0300`, "\u036f", `\u036f`).Replace(out)
}
