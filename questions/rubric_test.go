package questions

import "testing"

func TestNormalizeID(t *testing.T) {
	for in, want := range map[string]string{
		"DM1": "DM1", "dm-1": "DM1", "DM 1": "DM1", "Dm.1": "DM1", "DM_01": "DM1", " eval_004 ": "EVAL4",
		"rdc8": "RDC8", "D0": "D0", "DM10": "DM10", "a": "A",
	} {
		if got := NormalizeID(in); got != want {
			t.Errorf("NormalizeID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParsePercent(t *testing.T) {
	for in, want := range map[string]Percent{"51": 5100, "67.5": 6750, "51.25": 5125, "100": 10000, "0.5": 50, "85%": 8500} {
		got, err := ParsePercent(in)
		if err != nil || got != want {
			t.Errorf("ParsePercent(%q) = %v, %v; want %v", in, got, err, want)
		}
		if back, _ := ParsePercent(got.String()); back != got {
			t.Errorf("%v does not survive String: %q", got, got.String())
		}
	}
	for _, bad := range []string{"", "abc", "51.555", "51.", ".5", "5.1.2", "+5", "5.-1"} {
		if _, err := ParsePercent(bad); err == nil {
			t.Errorf("ParsePercent(%q) accepted", bad)
		}
	}
}
