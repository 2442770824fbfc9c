package csvfile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
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

// encodings turn UTF-8 text into the bytes each producer writes.
var encodings = map[string]func(string) []byte{
	"utf8":     func(s string) []byte { return []byte(s) },
	"utf8-bom": func(s string) []byte { return append([]byte("\xef\xbb\xbf"), s...) },
	"1252": func(s string) []byte {
		b, _ := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		return b
	},
	"utf16le-bom": func(s string) []byte {
		b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		return b
	},
	"utf16be-bom": func(s string) []byte {
		b, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		return b
	},
}

// TestLineEndsAndEncodings: LF, CRLF and a lone CR (Excel for Mac), in every encoding and
// with every delimiter, read the same answers on the same lines (issue 11: a lone CR scored
// 0 of 43).
func TestLineEndsAndEncodings(t *testing.T) {
	d := t.TempDir()
	rows := [][]string{{"ID", "Respuesta", "Evidencia", "Notas", "Ciudad", "Año"}}
	answers := []string{"Sí", "No", "En proceso", "sí.", "Parcialmente", ""}
	for i := 1; i <= 9; i++ {
		rows = append(rows, []string{fmt.Sprintf("DM%d", i), answers[i%len(answers)], "acta", "nota de Maipú", "Maipú", "2024"})
	}
	n := 0
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		for _, delim := range []string{",", ";", "\t"} {
			for name, enc := range encodings {
				var b strings.Builder
				for _, r := range rows {
					b.WriteString(strings.Join(r, delim) + eol)
				}
				p := filepath.Join(d, fmt.Sprintf("f%d.csv", n))
				n++
				if err := os.WriteFile(p, enc(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				a, err := Read(p)
				if err != nil {
					t.Fatalf("%q %q %s: %v", eol, delim, name, err)
				}
				if len(a.Answers) != 9 || a.City != "Maipú" || a.Year != 2024 || a.Answers["DM1"].Value != assessment.NotMet || a.Answers["DM4"].Value != assessment.InProgress {
					t.Errorf("%q %q %s: %d answers, city %q, year %d", eol, delim, name, len(a.Answers), a.City, a.Year)
				}
				if a.Answers["DM3"].Notes != "nota de Maipú" {
					t.Errorf("%q %q %s: notes %q", eol, delim, name, a.Answers["DM3"].Notes)
				}
				// Places keep counting lines: DM5 is on line 6.
				if got := a.Places["DM5"].String(); got != "line 6, column 1" {
					t.Errorf("%q %q %s: DM5 at %s", eol, delim, name, got)
				}
			}
		}
	}
}

// TestCSVNotices: a CSV without an evidence column says so (for --require-evidence), and a
// CSV criteria table always says its metrics come from --outcomes until they are added.
func TestCSVNotices(t *testing.T) {
	d := t.TempDir()
	for _, header := range []string{"ID,Answer", "ID;Respuesta;Notas", "ID\tResposta\tObservações", "Code,Status,Evidence"} {
		p := filepath.Join(d, "c.csv")
		delim := string(header[2])
		os.WriteFile(p, []byte(header+"\nDM1"+delim+"yes\n"), 0o644)
		a, err := Read(p)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{assessment.NoticeNoEvidenceColumn, assessment.NoticeNoOutcomesFile, assessment.NoticeNoCityName, assessment.NoticeNoYear}
		if strings.Contains(header, "Evidence") {
			want = want[1:]
		}
		if got := noticeCodes(a); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%q: notices %v, want %v", header, got, want)
		}
		o := filepath.Join(d, "o.csv")
		os.WriteFile(o, []byte("Metric,Baseline,Current,Direction\nLeaks,\"20,000\",2000,decrease\n"), 0o644)
		if err := AddOutcomes(a, o); err != nil {
			t.Fatal(err)
		}
		want = append(append(want[:len(want)-3:len(want)-3], assessment.NoticeNoCityName, assessment.NoticeNoYear), assessment.NoticeNumberThousands)
		if got := noticeCodes(a); strings.Join(got, " ") != strings.Join(want, " ") || len(a.Outcomes) != 1 {
			t.Errorf("%q with outcomes: notices %v, want %v", header, got, want)
		}
		last := a.Notices[len(a.Notices)-1].Localize(i18n.For("en"))
		if !strings.Contains(last, "o.csv, line 2, column 2") || !strings.Contains(last, `"20,000" was read as 20000`) {
			t.Errorf("notice reads %q", last)
		}
	}
}

// TestPartialOutcomesCSV: an outcomes CSV whose header lacks a required column is refused,
// naming the line and the column.
func TestPartialOutcomesCSV(t *testing.T) {
	d := t.TempDir()
	full := []string{"Indicador", "Línea base", "Valor actual", "Dirección"}
	names := []string{"metric", "baseline", "current value", "direction"}
	for drop := range full {
		header := append(append([]string{}, full[:drop]...), full[drop+1:]...)
		p := filepath.Join(d, "o.csv")
		os.WriteFile(p, []byte(strings.Join(header, ";")+"\nx;1;2\n"), 0o644)
		_, err := ReadOutcomes(p)
		if err == nil || !strings.Contains(err.Error(), "line 1: this header looks like the outcome metrics but lacks a "+names[drop]+" column") {
			t.Errorf("without %s: %v", names[drop], err)
		}
	}
}

func noticeCodes(a *assessment.Assessment) []string {
	var out []string
	for _, n := range a.Notices {
		out = append(out, n.Code)
	}
	return out
}
