package reviewbook

import (
	"strings"

	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/msg"
)

// walk streams sheet i's rows with text to fn, with the city reader's limits: rows must come
// in increasing order, EmptyRun empty rows in a row end the table, and a table going on past
// MaxRows is an error rather than cut short silently.
func (r *reader) walk(i int, name string, fn func(workbook.Row) bool) error {
	var stop error
	prev, empty := 0, 0
	sheet := msg.M{ID: "place.sheet", Args: msg.Args{"Sheet": name}}
	err := r.b.Rows(i, func(row workbook.Row) bool {
		if row.Num <= prev {
			stop = msg.E("xlsx.row_order", msg.Args{"File": r.file, "Place": sheet, "Row": row.Num, "Prev": prev})
			return false
		}
		prev = row.Num
		if !hasText(row.Cells) {
			empty++
			return empty < r.lim.EmptyRun
		}
		empty = 0
		more := fn(row)
		if row.Num > r.lim.MaxRows {
			if more {
				stop = msg.E("xlsx.row_past_limit", msg.Args{"File": r.file, "Place": sheet, "Row": row.Num, "Max": r.lim.MaxRows})
			}
			return false
		}
		return more
	})
	if err != nil {
		return r.o.SheetError(name, err)
	}
	return stop
}

func hasText(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}

// fits reports a cell longer than MaxCell instead of reading it.
func (r *reader) fits(sheet string, row workbook.Row, columns ...int) bool {
	for _, i := range columns {
		if i >= 0 && i < len(row.Cells) && len(row.Cells[i]) > r.lim.MaxCell {
			r.Problem(workbook.Place(sheet, i, row.Num), "xlsx.cell_too_long", msg.Args{"Max": r.lim.MaxCell})
			return false
		}
	}
	return true
}
