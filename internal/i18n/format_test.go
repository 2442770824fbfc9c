package i18n

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// regionalCases are language settings as people give them (--lang, WWC_LANG, LANG) with the
// marks their numbers take.
var regionalCases = []struct {
	tag, lang string
	point     bool
}{
	{"es-MX", "es", true}, {"es_MX.UTF-8", "es", true}, {"ES-mx", "es", true}, {"es_GT.UTF-8", "es", true},
	{"es-GT", "es", true}, {"es-HN", "es", true}, {"es-PA", "es", true}, {"es-DO", "es", true},
	{"es_MX@euro", "es", true}, {"es-US", "es", true},
	{"es", "es", false}, {"es-CL", "es", false}, {"es_AR.UTF-8", "es", false}, {"es-CO", "es", false},
	{"es-ES", "es", false}, {"es-419", "es", false}, {"ES", "es", false}, {"es_CL", "es", false},
	{"pt", "pt", false}, {"pt-BR", "pt", false}, {"pt_BR.UTF-8", "pt", false}, {"pt-PT", "pt", false},
	{"en", "en", true}, {"en-US", "en", true}, {"en_GB.UTF-8", "en", true},
	{"", "en", true}, {"fr-MX", "en", true}, {"C", "en", true}, {"es-ZZ", "es", false}, {"es-", "es", false},
}

// TestForTagChoosesMarks checks that a setting's region chooses the marks of its numbers and
// nothing else: the messages stay those of its language.
func TestForTagChoosesMarks(t *testing.T) {
	for _, tc := range regionalCases {
		c := ForTag(tc.tag)
		if c.Lang() != tc.lang {
			t.Errorf("ForTag(%q).Lang() = %q, want %q", tc.tag, c.Lang(), tc.lang)
		}
		wantPct, wantNum := "58,1\u00a0%", "20.000"
		switch {
		case tc.lang == "en":
			wantPct, wantNum = "58.1%", "20,000"
		case tc.point:
			wantPct, wantNum = "58.1\u00a0%", "20,000"
		}
		if got := c.Percent(58.14); got != wantPct {
			t.Errorf("ForTag(%q).Percent(58.14) = %q, want %q", tc.tag, got, wantPct)
		}
		if got := c.Number(20000); got != wantNum {
			t.Errorf("ForTag(%q).Number(20000) = %q, want %q", tc.tag, got, wantNum)
		}
		if got, want := c.T("help.usage"), For(tc.lang).T("help.usage"); got != want {
			t.Errorf("ForTag(%q) says %q, want %q (the language's own words)", tc.tag, got, want)
		}
	}
}

// TestNumbersReadBack formats many numbers with every kind of catalog and reads them back
// with the catalog's marks: the value is kept, groups fall every three digits and the two
// marks are never the same.
func TestNumbersReadBack(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	for _, tc := range regionalCases {
		c := ForTag(tc.tag)
		decimal, group := c.marks()
		if decimal == group {
			t.Fatalf("ForTag(%q): the same mark %q for decimals and groups", tc.tag, decimal)
		}
		for i := 0; i < 300; i++ {
			f := float64(rng.Int63n(1e10)) / []float64{1, 10, 100, 1000}[i%4]
			if i%7 == 0 {
				f = -f
			}
			s := c.Number(f)
			intPart, _, _ := strings.Cut(strings.TrimPrefix(s, "-"), decimal)
			groups := strings.Split(intPart, group)
			for j, g := range groups {
				if (j > 0 && len(g) != 3) || len(g) == 0 || len(g) > 3 {
					t.Fatalf("ForTag(%q).Number(%v) = %q: badly grouped", tc.tag, f, s)
				}
			}
			plain := strings.Replace(strings.ReplaceAll(s, group, ""), decimal, ".", 1)
			back, err := strconv.ParseFloat(plain, 64)
			if err != nil || back != f {
				t.Fatalf("ForTag(%q).Number(%v) = %q reads back as %v (%v)", tc.tag, f, s, back, err)
			}
			d := c.Decimal(f, 2)
			if strings.Count(d, decimal) != 1 || strings.Contains(d, group) {
				t.Fatalf("ForTag(%q).Decimal(%v, 2) = %q", tc.tag, f, d)
			}
		}
	}
}
