package reviewbook

import (
	"fmt"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// TestLimits: a review table that goes on past the last row read, rows out of order, or a
// cell longer than any decision or comment needs is an error naming the place, never a
// review cut short silently; a million empty rows end the table without being waited for.
func TestLimits(t *testing.T) {
	lim := Limits.Sheet()
	header := workbook.Row{Num: 1, Cells: []string{"ID", "Decisión", "Comentario"}}
	cases := []struct {
		name string
		rows func() []workbook.Row
		want string
	}{
		{"past the last row", func() []workbook.Row {
			return []workbook.Row{header, {Num: 2, Cells: []string{"DM1", "aceptado"}}, {Num: lim.MaxRows + 1, Cells: []string{"DM2", "aceptado"}}}
		}, fmt.Sprintf("past row %d", lim.MaxRows)},
		{"out of order", func() []workbook.Row {
			return []workbook.Row{header, {Num: 5, Cells: []string{"DM1", "aceptado"}}, {Num: 3, Cells: []string{"DM2", "aceptado"}}}
		}, "row 3 comes after row 5"},
		{"long cell", func() []workbook.Row {
			return []workbook.Row{header, {Num: 2, Cells: []string{"DM1", "aceptado", strings.Repeat("x", lim.MaxCell+1)}}}
		}, `sheet "R", cell C2: the cell holds more than`},
	}
	for _, c := range cases {
		_, err := Read("r.xlsx", workbook.MemoryBook{{Name: "R", Rows: c.rows()}}, options())
		if text := msg.Text(i18n.For("en"), err); !strings.Contains(text, c.want) {
			t.Errorf("%s: %s", c.name, text)
		}
	}
	// Empty rows: EmptyRun of them end the table, and what follows is not read.
	rows := []workbook.Row{header, {Num: 2, Cells: []string{"DM1", "aceptado"}}}
	for n := 3; n < 3+lim.EmptyRun; n++ {
		rows = append(rows, workbook.Row{Num: n, Cells: []string{""}})
	}
	rows = append(rows, workbook.Row{Num: 3 + lim.EmptyRun, Cells: []string{"DM2", "tal vez"}})
	res, err := Read("r.xlsx", workbook.MemoryBook{{Name: "R", Rows: rows}}, options())
	if err != nil || len(res.Review.Criteria) != 1 {
		t.Errorf("empty rows: %v %+v", err, res)
	}
}

// TestUndecidedComment: a comment beside no decision is not a decision; its cell is named so
// that the command can say it was not kept.
func TestUndecidedComment(t *testing.T) {
	rows := []workbook.Row{{Num: 1, Cells: []string{"ID", "Decision", "Comment"}},
		{Num: 2, Cells: []string{"DM1", "", "ask for the minutes"}}, {Num: 3, Cells: []string{"DM2", "accepted", "ok"}}}
	res, err := Read("r.xlsx", workbook.MemoryBook{{Name: "R", Rows: rows}}, options())
	if err != nil || len(res.Review.Criteria) != 1 || len(res.Undecided) != 1 {
		t.Fatalf("%v %+v", err, res)
	}
	if s := res.Undecided[0].Localize(i18n.For("en")); s != `sheet "R", cell C2` {
		t.Errorf("%s", s)
	}
}

// BenchmarkReadFile reads the committed review workbook saved by LibreOffice.
func BenchmarkReadFile(b *testing.B) {
	for _, f := range []struct {
		path   string
		format Format
	}{{"../../testdata/reviews/maipu-2024-review.xlsx", XLSX}, {"../../testdata/reviews/maipu-2024-review.ods", ODS}, {"../../testdata/reviews/maipu-2024-review.xls", XLS}} {
		b.Run(string(f.format), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ReadFile(f.path, f.format); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
