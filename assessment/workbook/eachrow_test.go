package workbook

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"
)

// rowBook is a workbook of sheets given as rows, for any format.
type rowBook struct {
	names []string
	rows  [][]Row
	// streamed counts the rows handed out, to see that reading stopped.
	streamed int
}

func (b *rowBook) Sheets() []Sheet {
	out := make([]Sheet, len(b.names))
	for i, n := range b.names {
		out[i] = Sheet{Name: n}
	}
	return out
}

func (b *rowBook) Rows(i int, fn func(Row) bool) error {
	for _, r := range b.rows[i] {
		b.streamed++
		if !fn(r) {
			return nil
		}
	}
	return nil
}

var rowLimits = Limits{HeaderRows: 20, MaxRows: 5000, EmptyRun: 200, MaxCell: 16 << 10}

// criteriaRows is a criteria table: a header in row 1 and the rubric's IDs answered Yes, each
// row numbered by num(i) for the i-th criterion.
func criteriaRows(t *testing.T, num func(i int) int) []Row {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	rows := []Row{{Num: 1, Cells: []string{"ID", "Answer"}}}
	for i, q := range r.Questions() {
		rows = append(rows, Row{Num: num(i), Cells: []string{q.ID, "Yes"}})
	}
	return rows
}

func readFake(b *rowBook) (int, error) {
	a, err := Read("city.xlsx", b, Options{Limits: rowLimits, SheetError: func(string, error) error { return nil }})
	if a == nil {
		return 0, err
	}
	return len(a.Answers), err
}

// TestEachRowOrderAndLimits: rows out of order, or a table going on past MaxRows, are errors
// naming the file and sheet; gaps are read through; empty rows end a table after EmptyRun.
func TestEachRowOrderAndLimits(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	for k := 0; k < 40; k++ {
		at := 1 + rng.Intn(40)
		gap := 1 + rng.Intn(4000)
		for _, tc := range []struct {
			name string
			num  func(i int) int
			want string // "" reads all 43
		}{
			{"in order", func(i int) int { return 2 + i }, ""},
			{"a gap", func(i int) int {
				if i >= at {
					return 2 + i + gap
				}
				return 2 + i
			}, ""},
			{"repeated", func(i int) int {
				if i >= at {
					return 1 + i
				}
				return 2 + i
			}, "comes after row"},
			{"backwards", func(i int) int {
				if i == at {
					return 1 + rng.Intn(i)
				}
				return 2 + i
			}, "comes after row"},
			{"past MaxRows", func(i int) int {
				if i >= at {
					return rowLimits.MaxRows + i
				}
				return 2 + i
			}, "past row 5000"},
		} {
			b := &rowBook{names: []string{"Criterios"}, rows: [][]Row{criteriaRows(t, tc.num)}}
			n, err := readFake(b)
			if tc.want == "" {
				if err != nil || n != 43 {
					t.Errorf("%s: %d answers, %v", tc.name, n, err)
				}
				continue
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), `city.xlsx: sheet "Criterios"`) {
				t.Errorf("%s: %v; want %q", tc.name, err, tc.want)
			}
		}
	}
}

// TestEachRowEmptyRuns: a million empty rows after the table cost EmptyRun rows; a sheet that
// is not a table (text far below its first rows) is passed over, not an error.
func TestEachRowEmptyRuns(t *testing.T) {
	rows := criteriaRows(t, func(i int) int { return 2 + i })
	for n := 45; n <= 1<<20; n++ {
		rows = append(rows, Row{Num: n, Cells: []string{"", " "}})
	}
	notes := []Row{{Num: 1, Cells: []string{"Instructions"}}, {Num: 9000, Cells: []string{"far below"}}}
	b := &rowBook{names: []string{"Notes", "Criterios"}, rows: [][]Row{notes, rows}}
	n, err := readFake(b)
	if err != nil || n != 43 {
		t.Fatalf("%d answers, %v", n, err)
	}
	if b.streamed > 44+rowLimits.EmptyRun+len(notes) {
		t.Errorf("%d rows streamed for 43 criteria", b.streamed)
	}
}
