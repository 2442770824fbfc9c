package csvfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

const dir = "../../testdata/csv"

func TestDelimitersAndEncodings(t *testing.T) {
	var first *assessment.Assessment
	for _, name := range []string{"maipu-comma.csv", "maipu-semicolon-1252.csv", "maipu-tab-bom.csv"} {
		a, err := Read(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.City != "Maipú" || a.Year != 2024 || len(a.Answers) != 43 {
			t.Errorf("%s: city %q year %d, %d answers", name, a.City, a.Year, len(a.Answers))
		}
		if first == nil {
			first = a
			continue
		}
		for id, ans := range first.Answers {
			if a.Answers[id].Value != ans.Value {
				t.Errorf("%s: %s = %v, comma file says %v", name, id, a.Answers[id].Value, ans.Value)
			}
		}
	}
}

func TestOutcomesCSV(t *testing.T) {
	ms, err := ReadOutcomes(filepath.Join(dir, "maipu-outcomes.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// Windows-1252 and Spanish numbers: "20.000" is twenty thousand, "2.000,0" two thousand.
	if len(ms) != 1 || ms[0].Name != "Fugas de agua diarias" || *ms[0].Baseline != 20000 || *ms[0].Current != 2000 || ms[0].Direction != assessment.Decrease {
		t.Fatalf("%+v", ms)
	}
}

func TestErrorsNameTheLine(t *testing.T) {
	_, err := Read(filepath.Join(dir, "bad-answer.csv"))
	if err == nil {
		t.Fatal("accepted")
	}
	for _, want := range []string{"bad-answer.csv: line 4, column 3: the answer \"tal vez\" for DM3", "line 6, column 7: the year is \"2023\" here but \"2024\" before"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("lacks %q:\n%v", want, err)
		}
	}
}

func TestRefusals(t *testing.T) {
	d := t.TempDir()
	cases := map[string]struct {
		data []byte
		want string
	}{
		"empty.csv":    {[]byte("\n\n"), "the file is empty"},
		"noheader.csv": {[]byte("Nombre,Valor\nMaipú,1\n"), "no header row with an ID column"},
	}
	for name, tc := range cases {
		p := filepath.Join(d, name)
		os.WriteFile(p, tc.data, 0o644)
		_, err := Read(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want %q", name, err, tc.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("ID;Respuesta\nDM1;sí\n"))
	d := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(d, "fuzz.csv")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Skip()
		}
		a, err := Read(p)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error with no message")
			}
			return
		}
		for id := range a.Answers {
			if id == "" {
				t.Fatal("an answer with no ID")
			}
		}
		ReadOutcomes(p)
	})
}
