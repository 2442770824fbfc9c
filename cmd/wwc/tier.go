package main

import (
	"strings"
	"unicode"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/questions"
	"golang.org/x/text/unicode/norm"
)

// tierFromInput is the ID of the rubric's tier that s names: its ID (gold) or its name in any
// language (oro, ouro, Platino, platina), case and accents ignored; "" when none does. The
// user's own language wins when two tiers could be meant.
func tierFromInput(r *questions.Rubric, lang, s string) string {
	want := foldWord(s)
	if want == "" {
		return ""
	}
	for _, t := range r.Tiers {
		if foldWord(t.ID) == want {
			return t.ID
		}
	}
	langs := append([]string{lang}, i18n.Languages...)
	for _, l := range langs {
		for _, t := range r.Tiers {
			if foldWord(t.Name.Get(l)) == want {
				return t.ID
			}
		}
	}
	return ""
}

// tierChoices lists the rubric's tiers by their names in c's language, lower-case, for an
// error that says what --min-tier accepts.
func tierChoices(r *questions.Rubric, c *i18n.Catalog) string {
	names := make([]string, len(r.Tiers))
	for i, t := range r.Tiers {
		names[i] = strings.ToLower(t.Name.Get(c.Lang()))
	}
	return strings.Join(names, ", ")
}

// foldWord is s trimmed, lower-case and without accents, for comparing words people type.
func foldWord(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.TrimSpace(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
