package workbook

import (
	"strconv"

	"github.com/citydatakit/wwc/internal/msg"
)

// Place names a cell of a sheet for messages, from a 0-based column and a row number.
func Place(sheet string, col, row int) msg.M {
	return msg.M{ID: "place.cell", Args: msg.Args{"Sheet": sheet, "Cell": CellName(col, row)}}
}

// CellName is a cell's A1 reference from a 0-based column and a row number: (1, 5) is "B5".
func CellName(col, row int) string {
	name := ""
	for c := col + 1; c > 0; c = (c - 1) / 26 {
		name = string(rune('A'+(c-1)%26)) + name
	}
	return name + strconv.Itoa(row)
}
