package render

// PDFTable is a table of a PDF report: a header row, repeated when the table goes on to
// another page, and rows of cells that wrap within their column.
type PDFTable struct {
	Header []string
	Rows   [][]string
	// Widths are the columns' shares of the text width; they should add up to 1.
	Widths []float64
	// Right aligns a column's cells to the right (figures).
	Right []bool
	// MeterCol, when not zero, is the 1-based column drawn as a bar rather than written:
	// Meters holds each row's value from 0 to 100 (the figure is in another column).
	MeterCol int
	Meters   []float64
}

// Table writes t.
func (p *PDF) Table(t PDFTable) {
	p.row(t, t.Header, -1)
	for i, r := range t.Rows {
		if p.f.GetY()+p.rowHeight(t, r) > 297-pdfMargin-6 {
			p.f.AddPage()
			p.row(t, t.Header, -1)
		}
		p.row(t, r, i)
	}
	p.f.Ln(2)
}

const pdfLine = 4.6

// rowHeight is the height the row's tallest cell needs.
func (p *PDF) rowHeight(t PDFTable, cells []string) float64 {
	p.font(false, 9, ink)
	lines := 1
	for i, c := range cells {
		w := t.Widths[i]*pdfTextW - 2
		lines = max(lines, len(p.f.SplitText(pdfText(c), w)))
	}
	return float64(lines)*pdfLine + 1.6
}

// row writes the k-th row of t, or its header when k is -1.
func (p *PDF) row(t PDFTable, cells []string, k int) {
	header := k < 0
	h := p.rowHeight(t, cells)
	x, y := pdfMargin, p.f.GetY()
	if header {
		p.f.SetFillColor(0x1f, 0x4e, 0x79)
		p.f.Rect(pdfMargin, y, pdfTextW, h, "F")
	}
	for i, c := range cells {
		w := t.Widths[i] * pdfTextW
		if header {
			p.font(true, 9, rgb{0xff, 0xff, 0xff})
		} else {
			p.font(false, 9, ink)
		}
		align := "L"
		if i < len(t.Right) && t.Right[i] {
			align = "R"
		}
		if !header && i == t.MeterCol-1 && k < len(t.Meters) {
			p.meter(x+1, y+1.3, w-2, t.Meters[k])
			x += w
			continue
		}
		p.f.SetXY(x+1, y+0.8)
		p.f.MultiCell(w-2, pdfLine, pdfText(c), "", align, false)
		x += w
	}
	p.f.SetDrawColor(0xd9, 0xe2, 0xec)
	p.f.Line(pdfMargin, y+h, pdfPageW-pdfMargin, y+h)
	p.f.SetXY(pdfMargin, y+h)
}

// PDFBar is one bar of a bar chart: a label, a value from 0 to 100, the figure written
// beside it and the bar's color ("#1f4e79"). A second value (Before, -1 for none) draws a
// thinner grey bar above it: the year before.
type PDFBar struct {
	Label, Text string
	Value       float64
	Before      float64
	Color       string
}

// Bars draws a horizontal bar chart, one bar per item, the figures printed beside the bars so
// that the chart reads without its colors.
func (p *PDF) Bars(items []PDFBar) {
	const labelW, barW, h = 78.0, 70.0, 7.0
	for _, it := range items {
		if p.f.GetY()+h > 297-pdfMargin-6 {
			p.f.AddPage()
		}
		y := p.f.GetY()
		p.font(false, 9, ink)
		p.f.SetXY(pdfMargin, y)
		p.f.CellFormat(labelW, h, p.fit(pdfText(it.Label), labelW-2), "", 0, "L", false, 0, "")
		x := pdfMargin + labelW
		p.f.SetFillColor(0xee, 0xf2, 0xf6)
		p.f.Rect(x, y+1.2, barW, h-2.4, "F")
		c := hexColor(it.Color)
		if it.Before >= 0 {
			b := hexColor(PDFBeforeColor)
			p.f.SetFillColor(b.r, b.g, b.b)
			p.f.Rect(x, y+1.2, barW*clamp(it.Before)/100, (h-2.4)/2, "F")
			p.f.SetFillColor(c.r, c.g, c.b)
			p.f.Rect(x, y+1.2+(h-2.4)/2, barW*clamp(it.Value)/100, (h-2.4)/2, "F")
		} else {
			p.f.SetFillColor(c.r, c.g, c.b)
			p.f.Rect(x, y+1.2, barW*clamp(it.Value)/100, h-2.4, "F")
		}
		p.font(false, 9, muted)
		p.f.SetXY(x+barW+2, y)
		p.f.CellFormat(pdfTextW-labelW-barW-2, h, pdfText(it.Text), "", 0, "L", false, 0, "")
		p.f.SetXY(pdfMargin, y+h)
	}
	p.f.Ln(2)
}

// fit is text cut with … to fit w millimetres in the current font: a label that would run
// into its bar.
func (p *PDF) fit(text string, w float64) string {
	if p.f.GetStringWidth(text) <= w {
		return text
	}
	// The longest start that fits, found by halving: a name may be thousands of characters.
	r := []rune(text)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if p.f.GetStringWidth(string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}

// meter is a bar w long filled to v out of 100, in the criteria's blue.
func (p *PDF) meter(x, y, w, v float64) {
	p.f.SetFillColor(0xee, 0xf2, 0xf6)
	p.f.Rect(x, y, w, 3, "F")
	c := hexColor("#3f7cb8")
	p.f.SetFillColor(c.r, c.g, c.b)
	p.f.Rect(x, y, w*clamp(v)/100, 3, "F")
}

// clamp holds v to 0–100; NaN, which no figure should be, is 0.
func clamp(v float64) float64 {
	if v != v {
		return 0
	}
	return min(max(v, 0), 100)
}

// PDFBeforeColor is the color of the bar of the year before in a before/after chart.
const PDFBeforeColor = "#9aa5b1"

// Legend names the colors of a chart: each item is a label and its color ("#1f4e79").
func (p *PDF) Legend(items [][2]string) {
	y := p.f.GetY()
	x := pdfMargin
	p.font(false, 9, muted)
	for _, it := range items {
		c := hexColor(it[1])
		p.f.SetFillColor(c.r, c.g, c.b)
		p.f.Rect(x, y+1.3, 4, 3, "F")
		label := pdfText(it[0])
		p.f.SetXY(x+5, y)
		p.f.CellFormat(p.f.GetStringWidth(label)+2, 5.5, label, "", 0, "L", false, 0, "")
		x += 5 + p.f.GetStringWidth(label) + 8
	}
	p.f.SetXY(pdfMargin, y+6.5)
}
