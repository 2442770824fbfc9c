package schemas_test

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"

	"github.com/citydatakit/wwc/internal/schematest"
	"golang.org/x/text/unicode/norm"
)

// The answer words of FORMATS.md: the contract the answers-file schema follows.
var contractAnswers = []string{
	"yes", "y", "met", "true", "x", "done", "sí", "si", "s", "cumple", "sim", "atende", "✓", "✔", "1",
	"no", "n", "not met", "false", "no cumple", "não", "nao", "não atende", "✗", "0",
	"in progress", "partial", "partially", "en progreso", "en proceso", "en curso", "parcial",
	"parcialmente", "em andamento", "em progresso", "em curso",
	"", "unanswered", "sin responder", "sem resposta",
}

// Texts that are no answer in any language: both the reader and the schema refuse them.
var notAnswers = []string{
	"tal vez", "quizás", "maybe", "N/A", "no aplica", "não se aplica", "ok", "2", "10", "1.5",
	"-", "__", "si no", "yes no", "yess", "nope", "met?met", "progress", "sí señor", "x2",
}

var contractDirections = []string{
	"increase", "higher is better", "higher", "up", "aumentar", "subir", "mayor es mejor", "maior é melhor",
	"decrease", "lower is better", "lower", "down", "disminuir", "reducir", "diminuir", "reduzir",
	"menor es mejor", "menor é melhor", "bajar", "baixar", "",
}

var notDirections = []string{"sideways", "más", "increasing", "better", "↑", "1", "up down"}

// variants writes a word the ways people and programs write it: case, accents added or
// decomposed, dashes and underscores for spaces, surrounding spaces, and, where FORMATS.md
// says it is ignored (answers), trailing punctuation.
func variants(rng *rand.Rand, w string, punctuation bool) []string {
	accent := strings.NewReplacer("a", "á", "e", "é", "i", "í", "o", "ó", "u", "ú")
	out := []string{w, strings.ToUpper(w), capitalized(w), " " + w + "  ", norm.NFD.String(w),
		strings.ReplaceAll(w, " ", "-"), strings.ReplaceAll(w, " ", "_"), strings.ReplaceAll(w, " ", "   "),
		"\t" + strings.ToUpper(norm.NFD.String(w))}
	for range 4 {
		var b strings.Builder
		for _, r := range w {
			s := string(r)
			switch rng.Intn(4) {
			case 0:
				s = strings.ToUpper(s)
			case 1:
				s = accent.Replace(s)
			}
			b.WriteString(s)
		}
		out = append(out, b.String())
	}
	if w != "" && punctuation {
		out = append(out, w+".", strings.ToUpper(w)+"!")
	}
	return out
}

// capitalized upper-cases the first letter of each word.
func capitalized(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if r := []rune(w); len(r) > 0 {
			words[i] = strings.ToUpper(string(r[0])) + string(r[1:])
		}
	}
	return strings.Join(words, " ")
}

// yamlString writes s as a double-quoted YAML scalar (JSON's string syntax is YAML's).
func yamlString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// answersDoc places a value in an answers file in one of the shapes the reader takes.
func answersDoc(shape int, v string) string {
	head := "format: wwc-answers/1\nrubric: {id: wwc-2022, version: \"2022.1\"}\ncity: Maipú\nyear: 2024\nanswers:\n"
	switch shape {
	case 0:
		return head + "  DM1: " + v + "\n  DM2: yes\n"
	case 1:
		return head + "  dm-1: {answer: " + v + ", evidence: https://example.org}\n"
	case 2:
		return head + "  DM 3:\n    answer: met\n    checklist:\n      inventory: " + v + "\n"
	default:
		return head + "  DM_01:\n    answer: " + v + "\n    notes: checked\n"
	}
}

type verdict struct {
	doc                string
	reader, schema     error
	mustPass, mustFail bool
}

func judge(doc string) verdict {
	_, readErr := answers.Parse([]byte(doc), "answers.yaml")
	return verdict{doc: doc, reader: readErr, schema: schematest.ValidateYAML("answers.yaml", []byte(doc))}
}

// check holds the schema to the reader: never stricter (whatever the reader takes, an editor
// must not flag), and never blind to what no reader takes.
func check(t *testing.T, v verdict) {
	t.Helper()
	switch {
	case v.reader == nil && v.schema != nil:
		t.Errorf("the reader takes this file and the schema refuses it:\n%s\n%v", v.doc, v.schema)
	case v.mustPass && v.schema != nil:
		t.Errorf("FORMATS.md accepts this and the schema refuses it:\n%s\n%v", v.doc, v.schema)
	case v.mustFail && v.schema == nil:
		t.Errorf("the schema takes a file nobody should:\n%s", v.doc)
	case v.mustFail && v.reader == nil:
		t.Errorf("the reader takes a file nobody should:\n%s", v.doc)
	}
}

// TestAnswersSchemaAgreesWithTheReader generates answers files in every shape the reader takes
// (short and long form, checklists, YAML scalars of every type) with answer words written many
// ways, and checks the schema and the reader against each other and against FORMATS.md.
func TestAnswersSchemaAgreesWithTheReader(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	n := 0
	for shape := range 4 {
		for _, w := range contractAnswers {
			for _, v := range variants(rng, w, true) {
				vd := judge(answersDoc(shape, yamlString(v)))
				vd.mustPass = true
				check(t, vd)
				n++
			}
		}
		for _, w := range notAnswers {
			for _, v := range variants(rng, w, true) {
				if strings.Trim(v, " \t") == "" {
					continue
				}
				vd := judge(answersDoc(shape, yamlString(v)))
				vd.mustFail = true
				check(t, vd)
				n++
			}
		}
		// YAML's own scalars: booleans, numbers, null, and plain (unquoted) words.
		for _, plain := range []string{"true", "false", "1", "0", "1.0", "0.0", "~", "null", "yes", "no", "sí", "não", "x", "em andamento", "not met", "''"} {
			vd := judge(answersDoc(shape, plain))
			vd.mustPass = true
			check(t, vd)
			n++
		}
		for _, bad := range []string{"2", "-1.5", "[yes]", "{answer: yes}", "tal vez", "2024-01-01"} {
			if shape == 0 && strings.HasPrefix(bad, "{") {
				continue // there a mapping is the long form
			}
			vd := judge(answersDoc(shape, bad))
			vd.mustFail = true
			check(t, vd)
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d files generated", n)
	}
}

// TestAnswersSchemaFileShapes covers the rest of the file: keys, years, populations,
// directions and numbers of outcome metrics, the rubric reference, null sections.
func TestAnswersSchemaFileShapes(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	metric := func(field, v string) string {
		return "format: wwc-answers/1\nanswers: {DM1: yes}\noutcomes:\n  - name: Fugas\n    " + field + ": " + v + "\n"
	}
	var cases []verdict
	add := func(doc string, pass, fail bool) {
		v := judge(doc)
		v.mustPass, v.mustFail = pass, fail
		cases = append(cases, v)
	}
	for _, w := range contractDirections {
		for _, v := range variants(rng, w, false) {
			add(metric("direction", yamlString(v)), true, false)
		}
	}
	for _, w := range notDirections {
		for _, v := range variants(rng, w, true) {
			add(metric("direction", yamlString(v)), false, true)
		}
	}
	for _, y := range []string{"2024", `"2024"`, "2024.0", `" 2024 "`, "~"} {
		add("format: wwc-answers/1\nyear: "+y+"\n", true, false)
		add(metric("baseline_year", y), true, false)
	}
	for _, y := range []string{"999", "10000", "twenty", `"20-24"`, "[2024]", "2024.5"} {
		add("format: wwc-answers/1\nyear: "+y+"\n", false, true)
		add(metric("current_year", y), false, true)
	}
	for _, p := range []string{"578605", `"578.605"`, `"578,605"`, `"578 605"`, `"578 605"`, "0", "~"} {
		add("format: wwc-answers/1\npopulation: "+p+"\n", true, false)
	}
	for _, p := range []string{"-5", "many", "1.5", "[1]"} {
		add("format: wwc-answers/1\npopulation: "+p+"\n", false, true)
	}
	for _, x := range []string{"20000", "20.5", `"20.000"`, `"20,5"`, `"1.234,5"`, `"71,5 %"`, `""`, "~", "-3"} {
		add(metric("baseline", x), true, false)
		add(metric("current", x), true, false)
	}
	for _, x := range []string{"lots", `"twenty"`, "[1]", "{v: 1}"} {
		add(metric("current", x), false, true)
	}
	for _, doc := range []string{
		"format: wwc-answers/1\n",
		"format: wwc-answers/1\nanswers:\noutcomes:\nrubric:\n",
		"format: wwc-answers/1\ncity: 2024\ncountry: Chile\nanswers: {DM1: {answer: yes, evidence: 12, notes: true}}\n",
		"format: wwc-answers/1\nanswers: {EVAL 004: no, rdc.8: sí}\n",
		"format: wwc-answers/1\noutcomes:\n  - {name: Fugas, unit: '%', direction: reducir, baseline: 20, current: 2, evidence: x}\n",
		`{"format": "wwc-answers/1", "answers": {"DM1": {"answer": "met"}}}`,
	} {
		add(doc, true, false)
	}
	for _, doc := range []string{
		"city: Maipú\n",
		"format: wwc-answers/2\n",
		"format: wwc-answers/1\ncolour: red\n",
		"format: wwc-answers/1\nrubric: {id: wwc-2022, edition: 2}\n",
		"format: wwc-answers/1\nanswers: {DM1: {answer: yes, link: x}}\n",
		"format: wwc-answers/1\nanswers: {DM1: {answer: yes, checklist: [a, b]}}\n",
		"format: wwc-answers/1\noutcomes:\n  - {unit: '%', direction: up}\n",
		"format: wwc-answers/1\noutcomes:\n  - {name: Fugas, goal: 3}\n",
		"format: wwc-answers/1\noutcomes: {name: Fugas}\n",
		"format: wwc-answers/1\nanswers: [DM1, DM2]\n",
	} {
		add(doc, false, true)
	}
	for _, c := range cases {
		check(t, c)
	}
	if len(cases) < 200 {
		t.Fatalf("only %d files generated", len(cases))
	}
	t.Logf("%d files", len(cases))
}
