package trend

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type csvWriter struct{}

// WriteTrend writes one row per year.
func (csvWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	return render.WriteCSV(w, in.Cat, v.Headers, v.Rows)
}
