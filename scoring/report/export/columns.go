package export

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// Columns are the column names of a row type, from its json tags: the CSV header and the
// JSON keys cannot drift apart.
func Columns(row any) []string {
	t := reflect.TypeOf(row)
	out := make([]string, t.NumField())
	for i := range out {
		out[i], _, _ = strings.Cut(t.Field(i).Tag.Get("json"), ",")
	}
	return out
}

// cells is a row as CSV cells: text made safe for spreadsheets (render.SafeCell), numbers
// with a decimal point and no grouping, booleans as true and false, and nothing for a value
// not known.
func cells(row any) []string {
	v := reflect.ValueOf(row)
	out := make([]string, v.NumField())
	for i := range out {
		out[i] = cell(v.Field(i))
	}
	return out
}

func cell(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		return render.SafeCell(render.Line(v.String()))
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	}
	panic("export: no cell for a " + v.Kind().String())
}
