package trend

import (
	"fmt"
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// writePanelCSV writes a row per city and year: the panel view's columns, with the criteria
// met and their total as two number columns and the rubric beside them, then the criteria
// first met, lost and met again that year.
func writePanelCSV(w io.Writer, in Input) error {
	v, c := newPanelView(in), in.Cat
	header := append([]string(nil), v.CityHeaders[:panelColumns]...)
	header = append(header, c.T("trend.col.rubric"), c.T("trend.col.rubric_version"))
	header = append(header, v.CityHeaders[panelColumns:panelColumns+2]...)
	header = append(header, v.L.Met, c.T("batch.col.total"))
	header = append(header, v.CityHeaders[panelColumns+3:]...)
	header = append(header, changeColumns(in)...)
	var rows [][]string
	k := 0
	for _, city := range in.Panel.Cities {
		for _, res := range city.Results {
			view := v.CityRows[k]
			k++
			row := append([]string(nil), view[:panelColumns]...)
			row = append(row, res.RubricID, res.RubricVersion)
			row = append(row, view[panelColumns:panelColumns+2]...)
			row = append(row, fmt.Sprint(res.Met), fmt.Sprint(res.Total))
			row = append(row, view[panelColumns+3:]...)
			rows = append(rows, append(row, changeCells(city.History, res.Year)...))
		}
	}
	return render.WriteCSV(w, c, header, rows)
}
