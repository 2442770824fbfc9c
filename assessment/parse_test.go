package assessment

import "testing"

func TestParseValueAcceptsFormatsTable(t *testing.T) {
	cases := map[Value][]string{
		Met: {"yes", "Y", "met", "TRUE", "x", "X", "done", "sí", "Sí", "SI", "si", "s", "cumple", "Cumple",
			"sim", "Sim", "atende", "✓", "✔", "1", "1.0", "  yes  "},
		NotMet: {"no", "N", "not met", "Not Met", "not_met", "false", "FALSE", "no cumple", "No Cumple", "não", "Não",
			"nao", "não atende", "Não atende", "✗", "0", "0.0"},
		InProgress: {"in progress", "In Progress", "in_progress", "in-progress", "partial", "partially", "en progreso",
			"en proceso", "En proceso", "parcial", "em andamento", "Em andamento", "em progresso"},
		Unanswered: {"", "   ", "unanswered"},
	}
	for want, inputs := range cases {
		for _, in := range inputs {
			got, ok := ParseValue(in)
			if !ok || got != want {
				t.Errorf("ParseValue(%q) = %v, %v; want %v", in, got, ok, want)
			}
		}
	}
	for _, bad := range []string{"tal vez", "maybe", "2", "yess", "talvez", "-", "n/a"} {
		if _, ok := ParseValue(bad); ok {
			t.Errorf("ParseValue(%q) accepted", bad)
		}
	}
}

func TestValueTokensRoundTrip(t *testing.T) {
	for _, v := range Values {
		if got, ok := ParseValue(v.String()); !ok || got != v {
			t.Errorf("%v does not read back from %q", v, v.String())
		}
	}
}

func TestParseDirection(t *testing.T) {
	for in, want := range map[string]Direction{
		"increase": Increase, "Higher is better": Increase, "aumentar": Increase, "Subir": Increase,
		"decrease": Decrease, "lower is better": Decrease, "disminuir": Decrease, "Reducir": Decrease,
		"diminuir": Decrease, "reduzir": Decrease, "": NoDirection,
	} {
		if got, ok := ParseDirection(in); !ok || got != want {
			t.Errorf("ParseDirection(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := ParseDirection("sideways"); ok {
		t.Error("sideways accepted")
	}
}

func TestParseNumber(t *testing.T) {
	for in, want := range map[string]float64{
		"2000": 2000, "2000.5": 2000.5, "2000,5": 2000.5, "1.234,5": 1234.5, "1,234.5": 1234.5,
		"1 234": 1234, "1.234.567": 1234567, "1,234,567": 1234567, "-3,5": -3.5, "12.5%": 12.5, "0": 0,
		"20\u00a0000": 20000,
	} {
		if got, ok := ParseNumber(in); !ok || got != want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "abc", "1,2,3.4.5", "NaN", "Inf", "1e999", "--1"} {
		if v, ok := ParseNumber(bad); ok {
			t.Errorf("ParseNumber(%q) accepted as %v", bad, v)
		}
	}
}

func TestParseYear(t *testing.T) {
	for in, want := range map[string]int{"2024": 2024, " 2024 ": 2024, "2024.0": 2024} {
		if got, ok := ParseYear(in); !ok || got != want {
			t.Errorf("ParseYear(%q) = %v, %v", in, got, ok)
		}
	}
	for _, bad := range []string{"24", "2024.5", "dos mil", "", "20245"} {
		if _, ok := ParseYear(bad); ok {
			t.Errorf("ParseYear(%q) accepted", bad)
		}
	}
}

func TestParseNumberIn(t *testing.T) {
	cases := []struct {
		in, lang string
		want     float64
	}{
		{"20.000", "es", 20000}, {"20.000", "pt", 20000}, {"20.000", "en", 20}, {"20.000", "", 20},
		{"2,000", "en", 2000}, {"2,000", "es", 2}, {"2.000,5", "es", 2000.5}, {"12.5", "es", 12.5},
		{"1.5", "pt", 1.5}, {"20000", "es", 20000},
	}
	for _, tc := range cases {
		if got, ok := ParseNumberIn(tc.in, tc.lang); !ok || got != tc.want {
			t.Errorf("ParseNumberIn(%q, %q) = %v, %v; want %v", tc.in, tc.lang, got, ok, tc.want)
		}
	}
}
