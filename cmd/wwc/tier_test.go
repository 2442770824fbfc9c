package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"golang.org/x/text/unicode/norm"
)

// spellings gives the ways people type a word: any case, with or without its accents, an
// accent where there is none, spaces around.
func spellings(word string) []string {
	bare := assessment.Fold(word)
	accented := norm.NFC.String(strings.Replace(bare, "a", "a\u0301", 1))
	var out []string
	for _, w := range []string{word, bare, accented} {
		out = append(out, w, strings.ToUpper(w), strings.ToLower(w), " "+w+"\t",
			string(unicode.ToUpper([]rune(w)[0]))+string([]rune(w)[1:]))
	}
	return out
}

// TestTierFromInput checks that every tier is found from its ID and from its name in every
// language, however it is spelled, and that other words find none.
func TestTierFromInput(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range i18n.Languages {
		for _, tier := range r.Tiers {
			words := []string{tier.ID}
			for _, l := range i18n.Languages {
				words = append(words, tier.Name.Get(l))
			}
			for _, w := range words {
				for _, s := range spellings(w) {
					if got := tierFromInput(r, lang, s); got != tier.ID {
						t.Errorf("lang %s: %q gives tier %q, want %q", lang, s, got, tier.ID)
					}
				}
			}
		}
		for _, s := range []string{"", " ", "diamond", "diamante", "or", "plat", "golden", "bronce", "none", "ninguno"} {
			if got := tierFromInput(r, lang, s); got != "" {
				t.Errorf("lang %s: %q gives tier %q, want none", lang, s, got)
			}
		}
	}
}

// TestMinTierWords scores a city with --min-tier given in each language's words: a tier
// name is never a usage error, and an unknown one lists the tiers in the user's words.
func TestMinTierWords(t *testing.T) {
	city := filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml") // silver
	want := map[string]int{"silver": exitOK, "gold": exitThreshold, "platinum": exitThreshold}
	names := map[string][]string{
		"silver":   {"silver", "plata", "Prata", "PLATA"},
		"gold":     {"gold", "oro", "Ouro", "ÓRO"},
		"platinum": {"platinum", "platino", "platina", "Platína"},
	}
	for _, lang := range i18n.Languages {
		for id, words := range names {
			for _, w := range words {
				var out, errOut bytes.Buffer
				code := run([]string{"score", city, "--lang", lang, "--min-tier", w}, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
				if code != want[id] {
					t.Errorf("--lang %s --min-tier %s: exit %d, want %d: %s", lang, w, code, want[id], errOut.String())
				}
			}
		}
		var out, errOut bytes.Buffer
		code := run([]string{"score", city, "--lang", lang, "--min-tier", "diamante"}, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
		listed := map[string]string{"en": "silver, gold, platinum", "es": "plata, oro, platino", "pt": "prata, ouro, platina"}[lang]
		if code != exitUsage || !strings.Contains(errOut.String(), listed) {
			t.Errorf("--lang %s --min-tier diamante: exit %d, want %d and the tiers %q: %s", lang, code, exitUsage, listed, errOut.String())
		}
	}
}
