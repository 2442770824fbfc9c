package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// bannedOnScreen are the glossary's banned terms and English words that must not reach a
// Spanish or Portuguese user on the screens they read most (GLOSSARY.md): "abiertos" only for
// open criteria (open data is "datos abiertos"), "ninguno"/"nenhum" only as a tier.
var bannedOnScreen = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(autoestimaci[oó]n|autoestimativa|vecinos?|ciudadan[ií]a|bienestar|bem-estar|rubrica|posterior|criterios? (?:aún )?abiertos|n[ií]vel:? +(?:ninguno|nenhum)|unanswered|in progress|not met|counts|resident|tier|criteria)(?:[^\p{L}]|$)`)

// TestDailyScreensInTheUsersLanguage scores every sample city, and runs a line-mode session,
// in Spanish and Portuguese, and fails on any English stop word or glossary-banned term on
// what the user reads (not inside city names, IDs or file names the user gave).
func TestDailyScreensInTheUsersLanguage(t *testing.T) {
	cities, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "cities", "*.yaml"))
	if len(cities) == 0 {
		t.Fatal("no sample cities")
	}
	check := func(what, text string) {
		for i, line := range strings.Split(text, "\n") {
			if m := englishOnScreen.FindString(line); m != "" {
				t.Errorf("%s: %q in English on line %d: %s", what, strings.TrimSpace(m), i+1, line)
			}
			// The sample cities' metric names are the cities' own words, in English for
			// Lakeside; the screen's own words are what is checked.
			if strings.Contains(line, "Lakeside") || strings.Contains(line, "✓") || strings.Contains(line, "✗") {
				continue
			}
			if m := bannedOnScreen.FindString(line); m != "" {
				t.Errorf("%s: %q on line %d: %s", what, strings.TrimSpace(m), i+1, line)
			}
		}
	}
	for _, lang := range []string{"es", "pt"} {
		for _, city := range cities {
			var out, errOut bytes.Buffer
			run([]string{"score", city, "--lang", lang}, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
			check("wwc score "+filepath.Base(city)+" --lang "+lang, out.String()+errOut.String())
		}
		// A session in the line mode: city details, three answers, then the end of input.
		dir := t.TempDir()
		var out, errOut bytes.Buffer
		input := "Maipú\nChile\n2025\n\n1\nhttps://x\n\n2\n3\n"
		run([]string{"assess", "--accessible", "--lang", lang, "-o", filepath.Join(dir, "s.yaml")},
			&streams{In: strings.NewReader(input), Out: &out, ErrOut: &errOut})
		check("wwc assess --accessible --lang "+lang, out.String()+errOut.String())
	}
}
