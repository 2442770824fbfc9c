package i18n

import (
	"regexp"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/msg"
)

// bannedWord is a term ../shared/GLOSSARY.md rules out of a language, with the reason.
type bannedWord struct {
	re  *regexp.Regexp
	why string
}

func banned(pattern, why string) bannedWord {
	return bannedWord{regexp.MustCompile(`(?i)` + pattern), why}
}

// bannedWords are the glossary's banned terms, per language, matched in every rendered
// message (text ignoring case; \b does not see accented letters as word characters, so the
// patterns spell out their own boundaries).
var bannedWords = map[string][]bannedWord{
	"es": {
		banned(`autoestimaci[oó]n`, `reads as "self-esteem": say "resultado estimado de la autoevaluación"`),
		banned(`(^|[^\pL])vecin[oa]s?([^\pL]|$)`, `regional: the people served are "residentes"`),
		banned(`ciudadan[ií]a`, `not the glossary's word: "residentes"`),
		banned(`bienestar`, `outcome metrics are "indicadores de resultados para los residentes"`),
		banned(`(^|[^\pL])posterior([^\pL]|$)`, `the later value is "valor actual" / "año actual"`),
		banned(`(^|[^\pL])abiert[oa]s?([^\pL]|$)`, `open criteria are "pendientes"`),
		banned(`a lo más`, `Chilean only: "como máximo"`),
		banned(`r[uú]brica`, `the rubric is "criterios" / "archivo de criterios"`),
		banned(`cohorte`, `a cohort is a "ronda"`),
		banned(`orientaci[oó]n`, `guidance is "evidencia sugerida"`),
		banned(`respondible`, `calque: say what the user does`),
		banned(`(^|[^\pL])recorra([^\pL]|$)`, `calque of "walk through"`),
		banned(`enter lo mantiene`, `calque: "presione Enter para conservarlo"`),
		banned(`hacia dónde es mejor`, `calque: "¿qué es mejor, que el valor suba o que baje?"`),
		banned(`forman un círculo`, `calque: "dependen unos de otros en un ciclo"`),
		banned(`(^|[^\pL])nivel:? ninguno`, `no tier is "sin nivel"`),
		banned(`(^|[^\pL])una baja([^\pL]|$)`, `calque of "a drop": "un retroceso"`),
		banned(`0 +listo`, `calque of "0 done": "terminó sin problemas"`),
		banned(`enter solo`, `ambiguous: "si presiona Enter sin escribir nada"`),
		banned(`provisori[oa]s?`, `Rioplatense: the tier not final yet is "provisional"`),
		banned(`(^|[^\pL])(declarad[oa]s?|declaran?)([^\pL]|$)`, `the city's claim is "informado por la ciudad"`),
		banned(`declaraci[oó]n`, `a claim under review is a "punto informado"`),
	},
	"pt": {
		banned(`autoestimativa`, `reads as "self-esteem": say "estimativa da autoavaliação"`),
		banned(`bem-estar`, `outcome metrics are "indicadores de resultados para os moradores"`),
		banned(`(^|[^\pL])posterior([^\pL]|$)`, `the later value is "valor atual" / "ano atual"`),
		banned(`em aberto`, `open criteria are "pendentes"`),
		banned(`pasta de trabalho`, `the file is a "planilha"`),
		banned(`planilhas? "`, `a named sheet is an "aba"; "planilha" is the file`),
		banned(`r[uú]brica`, `a budget line in Brazil: "matriz de critérios" / "arquivo de critérios"`),
		banned(`coorte`, `a cohort is a "rodada"`),
		banned(`orientação`, `guidance is "evidência esperada"`),
		banned(`(^|[^\pL])notas([^\pL]|$)`, `notes are "observações" everywhere`),
		banned(`respondível`, `calque: say what the user does`),
		banned(`compras-chave`, `"principal contratação"`),
		banned(`sai do rumo`, `colloquial`),
		banned(`formam um círculo`, `calque: "dependem uns dos outros em ciclo"`),
		banned(`(^|[^\pL])nível:? nenhum`, `no tier is "sem nível"`),
		banned(`(^|[^\pL])percorra([^\pL]|$)`, `calque of "walk through"`),
		banned(`para que lado é melhor`, `calque: "o que é melhor, o valor subir ou descer?"`),
		banned(`(^|[^\pL])(declarad[oa]s?|declaram?)([^\pL]|$)`, `the city's claim is "informado pela cidade"`),
		banned(`declaração`, `a claim under review is an "item informado"`),
		banned(`do jeito que`, `colloquial in a letter: "da forma como"`),
	},
}

// renderAll renders every message of lang, plural ones at 0, 1 and 2, with sample arguments.
func renderAll(t *testing.T, lang string) map[string][]string {
	t.Helper()
	raw, err := Raw(lang)
	if err != nil {
		t.Fatal(err)
	}
	c := For(lang)
	out := map[string][]string{}
	for id, v := range raw {
		var texts []string
		switch v := v.(type) {
		case string:
			texts = []string{v}
		case map[string]any:
			for _, s := range v {
				s, _ := s.(string)
				texts = append(texts, s)
			}
		}
		for _, n := range []int{0, 1, 2} {
			out[id] = append(out[id], c.T(id, sampleArgs(texts, n)))
		}
	}
	return out
}

// TestNoBannedWords fails when a rendered Spanish or Portuguese message uses a term the
// glossary rules out.
func TestNoBannedWords(t *testing.T) {
	for lang, words := range bannedWords {
		for id, texts := range renderAll(t, lang) {
			for _, text := range texts {
				for _, w := range words {
					if m := w.re.FindString(text); m != "" {
						t.Errorf("%s %s: %q (%s): %s", lang, id, strings.TrimSpace(m), w.why, text)
						break
					}
				}
			}
		}
	}
}

// TestGlossaryWords checks the words the glossary fixes for the terms a user sees most.
func TestGlossaryWords(t *testing.T) {
	cases := []struct{ lang, id, want string }{
		{"es", "tier.none", "sin nivel"},
		{"pt", "tier.none", "sem nível"},
		{"es", "summary.disclaimer", "resultado estimado de la autoevaluación"},
		{"pt", "summary.disclaimer", "certificação oficial do What Works Cities"},
		{"es", "report.col.counts", "¿Cuenta para el nivel?"},
		{"pt", "report.col.counts", "Conta para o nível?"},
		{"es", "template.col.guidance", "Evidencia sugerida"},
		{"pt", "template.col.guidance", "Evidência esperada"},
		{"es", "template.answer.met", "Cumple"},
		{"es", "template.answer.not_met", "No cumple"},
		{"pt", "template.answer.met", "Atende"},
		{"pt", "template.answer.not_met", "Não atende"},
		{"es", "report.col.later", "Valor actual"},
		{"pt", "template.col.notes", "Observações"},
	}
	for _, tc := range cases {
		if got := For(tc.lang).T(tc.id); !strings.Contains(strings.ToLower(got), strings.ToLower(tc.want)) {
			t.Errorf("%s %s = %q, want %q", tc.lang, tc.id, got, tc.want)
		}
	}
}

// TestPlatinumIsAnAssumption checks that every message stating the number of metrics a tier
// needs says, for platinum, that the number is this rubric's assumption.
func TestPlatinumIsAnAssumption(t *testing.T) {
	name := map[string]string{"en": "Platinum", "es": "Platino", "pt": "Platina"}
	word := map[string]string{"en": "assumption", "es": "supuesto", "pt": "suposição"}
	for _, lang := range Languages {
		c := For(lang)
		for _, id := range []string{"rubric.show.tier", "template.instr.tier", "plan.needs_both", "plan.needs_one", "cap.outcomes"} {
			args := msg.Args{"Tier": name[lang], "Percent": "85", "Count": 3, "Needed": 3, "Points": "x", "Outcomes": "y", "What": "z", "Reached": "Oro"}
			if got := c.T(id, args); !strings.Contains(got, word[lang]) {
				t.Errorf("%s %s for platinum says nothing of the assumption: %s", lang, id, got)
			}
			args["Tier"] = "Gold"
			if got := c.T(id, args); strings.Contains(got, word[lang]) {
				t.Errorf("%s %s speaks of platinum for another tier: %s", lang, id, got)
			}
		}
	}
}
