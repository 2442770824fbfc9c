package i18n

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"testing"
	"text/template"

	"github.com/citydatakit/wwc/internal/msg"
)

// wantForm is the plural form a count should read with, in our own terms rather than the
// library's: English and Spanish as CLDR says, and Portuguese with zero in the plural ("0
// critérios", "nenhuma resposta"), which CLDR's Brazilian rule (i = 0..1 is "one") gets wrong
// for our messages. A million takes "many" in Spanish and Portuguese.
func wantForm(lang string, n int) string {
	switch {
	case n == 1:
		return "one"
	case lang != "en" && n != 0 && n%1000000 == 0:
		return "many"
	}
	return "other"
}

// argName finds the arguments a template uses.
var argName = regexp.MustCompile(`\.([A-Z][A-Za-z_]*)`)

// numericArgs are the arguments that our code passes as numbers (templates compare some of
// them to choose agreement: "1 pendiente", "2 pendientes").
var numericArgs = map[string]bool{
	"Met": true, "Total": true, "Open": true, "Counted": true, "Given": true, "Old": true,
	"New": true, "Failed": true, "Scored": true, "Needed": true, "Answered": true, "Lost": true,
}

// sampleArgs gives every argument the templates of one message use a plain value: numbers for
// numeric arguments, the argument's name in guillemets for the rest, and count as Count.
func sampleArgs(texts []string, count int) msg.Args {
	args := msg.Args{"Count": count}
	for _, t := range texts {
		for _, m := range argName.FindAllStringSubmatch(t, -1) {
			if _, ok := args[m[1]]; ok {
				continue
			}
			if numericArgs[m[1]] {
				args[m[1]] = 7
			} else {
				args[m[1]] = "«" + m[1] + "»"
			}
		}
	}
	return args
}

// pluralMessages lists, sorted, lang's messages that have plural forms, with their forms.
func pluralMessages(t *testing.T, lang string) ([]string, map[string]map[string]string) {
	t.Helper()
	raw, err := Raw(lang)
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]map[string]string{}
	var ids []string
	for id, v := range raw {
		m, ok := v.(map[string]any)
		if !ok {
			continue
		}
		f := map[string]string{}
		for k, s := range m {
			f[k], _ = s.(string)
		}
		forms[id] = f
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, forms
}

// TestPluralFormChosen renders every message with a count at 0, 1, 2 and 1,000,000 in every
// language and checks that the text is the plural form the number needs, rendered whole.
func TestPluralFormChosen(t *testing.T) {
	for _, lang := range Languages {
		c := For(lang)
		ids, forms := pluralMessages(t, lang)
		if len(ids) < 30 {
			t.Fatalf("%s: only %d plural messages found; the scan is broken", lang, len(ids))
		}
		for _, id := range ids {
			f := forms[id]
			var texts []string
			for _, s := range f {
				texts = append(texts, s)
			}
			for _, n := range []int{0, 1, 2, 1000000} {
				args := sampleArgs(texts, n)
				got := c.T(id, args)
				form := wantForm(lang, n)
				src, ok := f[form]
				if !ok {
					src = f["other"]
				}
				tmpl, err := template.New(id).Parse(src)
				if err != nil {
					t.Errorf("%s %s: %v", lang, id, err)
					continue
				}
				var want bytes.Buffer
				if err := tmpl.Execute(&want, map[string]any(args)); err != nil {
					t.Errorf("%s %s: %v", lang, id, err)
					continue
				}
				if got != want.String() {
					t.Errorf("%s %s with %d: got the wrong form\n got: %s\nwant (%s): %s", lang, id, n, got, form, want.String())
				}
				if strings.Contains(got, "<no value>") {
					t.Errorf("%s %s with %d: %s", lang, id, n, got)
				}
			}
		}
	}
}

// singularAfterNumber catches a count other than 1 followed by a singular noun that our
// messages count ("0 critério", "2 criterio"), whatever the form chosen.
var singularAfterNumber = map[string]*regexp.Regexp{
	"es": regexp.MustCompile(`\b(0|2|1000000) (criterio|práctica|nivel|punto|indicador|respuesta|postulación|archivo|enlace|problema|requisito)\b`),
	"pt": regexp.MustCompile(`\b(0|2|1000000) (critério|prática|nível|ponto|indicador|resposta|candidatura|arquivo|link|problema|pré-requisito)\b`),
	"en": regexp.MustCompile(`\b(0|2|1000000) (criterion|practice|tier|point|metric|answer|submission|file|link|problem)\b`),
}

func TestNoSingularAfterOtherCounts(t *testing.T) {
	for _, lang := range Languages {
		c := For(lang)
		ids, forms := pluralMessages(t, lang)
		for _, id := range ids {
			var texts []string
			for _, s := range forms[id] {
				texts = append(texts, s)
			}
			for _, n := range []int{0, 2, 1000000} {
				if got := c.T(id, sampleArgs(texts, n)); singularAfterNumber[lang].MatchString(got) {
					t.Errorf("%s %s with %d: singular after a plural count: %s", lang, id, n, got)
				}
			}
		}
	}
}

// TestAgreementWithOtherNumbers checks the messages whose verb or adjective agrees with a
// number that is not their Count: "1 de 2 muestra avance", "1 no se pudo leer", "1 pendiente".
func TestAgreementWithOtherNumbers(t *testing.T) {
	cases := []struct {
		lang, id string
		args     msg.Args
		want     string
	}{
		{"es", "summary.outcomes_value", msg.Args{"Counted": 1, "Given": 2}, "1 de 2 muestra avance"},
		{"es", "summary.outcomes_value", msg.Args{"Counted": 2, "Given": 2}, "2 de 2 muestran avance"},
		{"es", "summary.outcomes_value", msg.Args{"Counted": 0, "Given": 2}, "0 de 2 muestran avance"},
		{"pt", "summary.outcomes_value", msg.Args{"Counted": 1, "Given": 3}, "1 de 3 mostra avanço"},
		{"pt", "summary.outcomes_value", msg.Args{"Counted": 0, "Given": 3}, "0 de 3 mostram avanço"},
		{"es", "diff.outcomes", msg.Args{"Old": 2, "New": 1}, "2 → 1 muestra avance"},
		{"pt", "diff.outcomes", msg.Args{"Old": 0, "New": 2}, "0 → 2 mostram avanço"},
		{"es", "batch.counts", msg.Args{"Count": 3, "Scored": 2, "Failed": 1}, "1 no se pudo leer"},
		{"es", "batch.counts", msg.Args{"Count": 3, "Scored": 1, "Failed": 2}, "2 no se pudieron leer"},
		{"pt", "batch.counts", msg.Args{"Count": 3, "Scored": 2, "Failed": 1}, "1 não pôde ser lida"},
		{"pt", "batch.counts", msg.Args{"Count": 0, "Scored": 0, "Failed": 0}, "0 de 0 candidaturas processadas; 0 não puderam ser lidas"},
		{"es", "form.practice_summary", msg.Args{"Name": "DM", "Met": 3, "Total": 9, "Percent": "33 %", "Open": 1}, "1 pendiente"},
		{"es", "form.practice_summary", msg.Args{"Name": "DM", "Met": 3, "Total": 9, "Percent": "33 %", "Open": 6}, "6 pendientes"},
		{"pt", "form.practice_summary", msg.Args{"Name": "DM", "Met": 3, "Total": 9, "Percent": "33 %", "Open": 1}, "1 pendente"},
		{"pt", "form.practice_summary", msg.Args{"Name": "DM", "Met": 9, "Total": 9, "Percent": "100 %", "Open": 0}, "0 pendentes"},
		{"es", "reason.checklist", msg.Args{"Met": 1, "Needed": 3}, "se da 1 de los 3"},
		{"pt", "assess.interrupted", msg.Args{"Count": 0, "File": "a.yaml", "Lang": ""}, "nenhuma resposta foi salva"},
		{"es", "assess.interrupted", msg.Args{"Count": 0, "File": "a.yaml", "Lang": ""}, "no se guardó ninguna respuesta"},
		{"pt", "count.criteria", msg.Args{"Count": 0}, "0 critérios"},
		{"es", "cap.outcomes", msg.Args{"Tier": "Plata", "Percent": "51", "Needed": 1, "Count": 0, "Reached": "sin nivel"}, "requiere 1 indicador de resultados para los residentes que muestre avance y hay 0"},
		{"pt", "cap.outcomes", msg.Args{"Tier": "Prata", "Percent": "51", "Needed": 1, "Count": 0, "Reached": "sem nível"}, "exige 1 indicador de resultados para os moradores que mostre avanço e há 0"},
		{"en", "cap.outcomes", msg.Args{"Tier": "Silver", "Percent": "51", "Needed": 1, "Count": 0, "Reached": "none"}, "needs 1 resident-outcome metric showing"},
	}
	for _, tc := range cases {
		if got := For(tc.lang).T(tc.id, tc.args); !strings.Contains(got, tc.want) {
			t.Errorf("%s %s %v: %q lacks %q", tc.lang, tc.id, tc.args, got, tc.want)
		}
	}
}
