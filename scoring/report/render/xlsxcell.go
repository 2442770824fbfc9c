package render

// The workbooks wwc writes store every figure as a number with a number format, so that an
// evaluator can sort, sum and filter them, and print every sheet on A4 landscape, one page
// wide, the header repeated on every page. The cells (this file), the book (xlsxbook.go), the
// sheet (xlsxsheet.go) and its layout (xlsxlayout.go) are the one place that knows how; each
// excelize call's error is kept (the first one) and returned by finish.

// CellKind says how a cell is stored and shown.
type CellKind int

const (
	CellEmpty   CellKind = iota
	CellText             // text, made inert by SafeCell
	CellInt              // a count: an integer
	CellYear             // a year: an integer without a thousands separator
	CellPercent          // a share, stored as a fraction (0.581) and shown as 58.1 %
	CellNumber           // a measured value, as given
)

// Cell is one cell to write: its kind, its value and, when not zero, a style of its own.
type Cell struct {
	kind  CellKind
	s     string
	f     float64
	style int
	link  string
}

// TextCell is text, made inert by SafeCell; "" is an empty cell.
func TextCell(s string) Cell {
	if s == "" {
		return Cell{}
	}
	return Cell{kind: CellText, s: s}
}

// IntCell is a count.
func IntCell(n int) Cell { return Cell{kind: CellInt, f: float64(n)} }

// YearCell is empty for year 0 (no year given).
func YearCell(y int) Cell {
	if y == 0 {
		return Cell{}
	}
	return Cell{kind: CellYear, f: float64(y)}
}

// PercentCell takes a share in percent (58.1) and stores the fraction (0.581).
func PercentCell(p float64) Cell { return Cell{kind: CellPercent, f: p / 100} }

// NumberCell is empty for a value not given. (excelize writes NaN and the infinities, which
// no spreadsheet holds as numbers, as text; TestNumbersNoSpreadsheetHolds keeps it so.)
func NumberCell(p *float64) Cell {
	if p == nil {
		return Cell{}
	}
	return Cell{kind: CellNumber, f: *p}
}

// With gives the cell a style of its own (one of Book.Styles).
func (c Cell) With(style int) Cell {
	c.style = style
	return c
}

// Linked makes the cell a link to url.
func (c Cell) Linked(url string) Cell {
	c.link = url
	return c
}

// PercentFormat shows a fraction as a percentage with one decimal, in the reader's locale.
const PercentFormat = "0.0%"

// PointsFormat shows a change in percentage points with its sign and one decimal.
const PointsFormat = "+0.0;-0.0;0.0"
