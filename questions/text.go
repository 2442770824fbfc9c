package questions

import "strings"

// Text is a piece of rubric text in English, Spanish and Portuguese.
type Text struct {
	En string `yaml:"en" json:"en"`
	Es string `yaml:"es" json:"es"`
	Pt string `yaml:"pt" json:"pt"`
}

// Get returns the text in lang, falling back to English where that language is missing.
func (t Text) Get(lang string) string {
	var s string
	switch lang {
	case "es":
		s = t.Es
	case "pt":
		s = t.Pt
	}
	if strings.TrimSpace(s) == "" {
		return t.En
	}
	return s
}

// IsZero reports whether no language has any text.
func (t Text) IsZero() bool {
	return strings.TrimSpace(t.En) == "" && strings.TrimSpace(t.Es) == "" && strings.TrimSpace(t.Pt) == ""
}

// Missing lists the languages whose text is empty.
func (t Text) Missing() []string {
	var out []string
	for _, l := range [...]struct{ code, s string }{{"en", t.En}, {"es", t.Es}, {"pt", t.Pt}} {
		if strings.TrimSpace(l.s) == "" {
			out = append(out, l.code)
		}
	}
	return out
}
