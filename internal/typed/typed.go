// Package typed generates, for tests, text the way people type it into cells and forms: the
// same word in every case and with punctuation around it, and IDs made of separators only.
package typed

import (
	"math/rand"
	"strings"
)

// TitleCase capitalizes the first letter of each word, as a city might type "No Cumple".
func TitleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		words[i] = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return strings.Join(words, " ")
}

// Variants writes a word the ways people type it: case, accents kept, spaces around, and
// trailing (or Spanish leading) punctuation.
func Variants(rng *rand.Rand, w string) []string {
	out := []string{w, strings.ToUpper(w), TitleCase(w), "  " + w + " "}
	if w == "" {
		return out
	}
	for _, p := range []string{".", "!", "?", "...", ";", ":", ",", " .", "!!"} {
		out = append(out, w+p)
	}
	out = append(out, "¡"+w+"!", "¿"+w+"?")
	for i := 0; i < 5; i++ {
		r := []rune(w)
		for j := range r {
			if rng.Intn(2) == 0 {
				r[j] = []rune(strings.ToUpper(string(r[j])))[0]
			}
		}
		out = append(out, string(r)+[]string{"", ".", "!"}[rng.Intn(3)])
	}
	return out
}

// SeparatorsOnly makes IDs that normalize to nothing: dots, dashes, underscores, spaces.
func SeparatorsOnly(rng *rand.Rand) string {
	parts := []string{".", "-", "_", " ", "\u00a0", "\t", "..", "-."}
	var b strings.Builder
	for n := 1 + rng.Intn(4); n > 0; n-- {
		b.WriteString(parts[rng.Intn(len(parts))])
	}
	if strings.TrimSpace(b.String()) == "" {
		return "." + b.String()
	}
	return b.String()
}
