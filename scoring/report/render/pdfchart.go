package render

// PDFBand is a shaded stretch of a line chart's 0–100 axis, from From to To: a tier's band,
// named at the right of the chart.
type PDFBand struct {
	From, To    float64
	Name, Color string
}

// PDFPoint is one point of a line chart: its label under the axis (the year), its value
// from 0 to 100 and the figure written above it.
type PDFPoint struct {
	Label, Text string
	Value       float64
}

// LineChart draws values from 0 to 100 as a line across evenly spaced points, over the
// bands shaded behind it, each point's figure written above it and its label below, so that
// the chart reads without its colors.
func (p *PDF) LineChart(points []PDFPoint, bands []PDFBand, ticks []Tick) {
	const h, left, right, top, bottom = 62.0, 14.0, 30.0, 4.0, 8.0
	if p.f.GetY()+h > 297-pdfMargin-6 {
		p.f.AddPage()
	}
	y0 := p.f.GetY()
	x0, w := pdfMargin+left, pdfTextW-left-right
	plotH := h - top - bottom
	y := func(v float64) float64 { return y0 + top + plotH*(1-clamp(v)/100) }
	for _, b := range bands {
		c := tint(hexColor(b.Color), 0.82)
		p.f.SetFillColor(c.r, c.g, c.b)
		p.f.Rect(x0, y(b.To), w, y(b.From)-y(b.To), "F")
		p.font(false, 7.5, muted)
		p.f.SetXY(x0+w+1.5, y(b.To)+0.5)
		p.f.CellFormat(right-2, 3.5, pdfText(b.Name), "", 0, "L", false, 0, "")
	}
	p.f.SetDrawColor(0xd9, 0xe2, 0xec)
	p.f.SetLineWidth(0.2)
	for _, t := range ticks {
		p.f.Line(x0, y(t.Value), x0+w, y(t.Value))
		p.font(false, 7.5, muted)
		p.f.SetXY(pdfMargin, y(t.Value)-1.75)
		p.f.CellFormat(left-1.5, 3.5, pdfText(t.Label), "", 0, "R", false, 0, "")
	}
	xs := make([]float64, len(points))
	for i := range points {
		xs[i] = x0 + w/2
		if len(points) > 1 {
			xs[i] = x0 + 6 + (w-12)*float64(i)/float64(len(points)-1)
		}
	}
	line := hexColor("#1f4e79")
	p.f.SetDrawColor(line.r, line.g, line.b)
	p.f.SetFillColor(line.r, line.g, line.b)
	p.f.SetLineWidth(0.8)
	for i := 1; i < len(points); i++ {
		p.f.Line(xs[i-1], y(points[i-1].Value), xs[i], y(points[i].Value))
	}
	p.f.SetLineWidth(0.2)
	for i, pt := range points {
		p.f.Circle(xs[i], y(pt.Value), 1.2, "F")
		p.font(true, 8, ink)
		ty := y(pt.Value) - 5.5
		if ty < y0 {
			ty = y(pt.Value) + 1.8
		}
		p.f.SetXY(xs[i]-12, ty)
		p.f.CellFormat(24, 3.5, pdfText(pt.Text), "", 0, "C", false, 0, "")
		p.font(false, 8, ink)
		p.f.SetXY(xs[i]-12, y0+h-bottom+1.5)
		p.f.CellFormat(24, 4, pdfText(pt.Label), "", 0, "C", false, 0, "")
	}
	p.f.SetXY(pdfMargin, y0+h+2)
}

// PDFBox is one row of a box-plot chart: its label, the five figures of a spread from 0 to
// 100 and the words written at the right (the median, the middle half).
type PDFBox struct {
	Label                    string
	Min, Q1, Median, Q3, Max float64
	MedianText, MiddleText   string
}

// BoxPlots draws a box plot per row on a shared 0–100 axis: the whiskers from the least to
// the most, the box over the middle half, the median a thick mark, its figure written beside.
func (p *PDF) BoxPlots(rows []PDFBox, ticks []Tick) {
	const rowH, textW = 15.0, 52.0
	x0, w := pdfMargin+2, pdfTextW-textW-4
	x := func(v float64) float64 { return x0 + w*clamp(v)/100 }
	axis := func() {
		y := p.f.GetY()
		p.f.SetDrawColor(0x9a, 0xa5, 0xb1)
		p.f.SetLineWidth(0.2)
		p.f.Line(x0, y, x0+w, y)
		for _, t := range ticks {
			p.f.Line(x(t.Value), y, x(t.Value), y+1.2)
			p.font(false, 7.5, muted)
			p.f.SetXY(x(t.Value)-10, y+1.4)
			p.f.CellFormat(20, 3.5, pdfText(t.Label), "", 0, "C", false, 0, "")
		}
		p.f.SetXY(pdfMargin, y+7)
	}
	for _, r := range rows {
		if p.f.GetY()+rowH > 297-pdfMargin-14 {
			axis()
			p.f.AddPage()
		}
		y := p.f.GetY()
		p.font(true, 9, ink)
		p.f.SetXY(pdfMargin, y)
		p.f.CellFormat(pdfTextW, 4.5, pdfText(r.Label), "", 0, "L", false, 0, "")
		mid := y + 9.5
		p.f.SetDrawColor(0xe4, 0xe9, 0xef)
		for _, t := range ticks {
			p.f.Line(x(t.Value), y+5, x(t.Value), y+rowH-1)
		}
		box := hexColor("#1f4e79")
		p.f.SetDrawColor(box.r, box.g, box.b)
		p.f.SetLineWidth(0.3)
		p.f.Line(x(r.Min), mid, x(r.Q1), mid)
		p.f.Line(x(r.Q3), mid, x(r.Max), mid)
		p.f.Line(x(r.Min), mid-1.5, x(r.Min), mid+1.5)
		p.f.Line(x(r.Max), mid-1.5, x(r.Max), mid+1.5)
		fill := tint(box, 0.75)
		p.f.SetFillColor(fill.r, fill.g, fill.b)
		p.f.Rect(x(r.Q1), mid-2.5, max(x(r.Q3)-x(r.Q1), 0.3), 5, "FD")
		p.f.SetLineWidth(1)
		p.f.Line(x(r.Median), mid-3, x(r.Median), mid+3)
		p.f.SetLineWidth(0.2)
		p.font(true, 8.5, ink)
		p.f.SetXY(x0+w+4, y+4.5)
		p.f.CellFormat(textW, 4, pdfText(r.MedianText), "", 0, "L", false, 0, "")
		p.font(false, 8, muted)
		p.f.SetXY(x0+w+4, y+8.8)
		p.f.CellFormat(textW, 4, pdfText(r.MiddleText), "", 0, "L", false, 0, "")
		p.f.SetXY(pdfMargin, y+rowH)
	}
	axis()
}

// tint is c mixed with white: share 0 is c, 1 is white.
func tint(c rgb, share float64) rgb {
	mix := func(v int) int { return v + int(float64(255-v)*share) }
	return rgb{mix(c.r), mix(c.g), mix(c.b)}
}
