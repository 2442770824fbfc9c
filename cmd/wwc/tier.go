package main

import (
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/questions"
)

// tierFromInput is the ID of the rubric's tier that s names: its ID (gold) or its name in any
// language (oro, ouro, Platino, platina), case and accents ignored; "" when none does. The
// user's own language wins when two tiers could be meant.
func tierFromInput(r *questions.Rubric, lang, s string) string {
	want := assessment.Fold(s)
	if want == "" {
		return ""
	}
	for _, t := range r.Tiers {
		if assessment.Fold(t.ID) == want {
			return t.ID
		}
	}
	langs := append([]string{lang}, i18n.Languages...)
	for _, l := range langs {
		for _, t := range r.Tiers {
			if assessment.Fold(t.Name.Get(l)) == want {
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
