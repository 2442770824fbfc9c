package report

// The workbooks wwc writes store every figure as a number with a number format, so that an
// evaluator can sort, sum and filter them, and print every sheet on A4 landscape, one page
// wide, the header repeated on every page. The cells (this file), the book (xlsxbook.go), the
// sheet (xlsxsheet.go) and its layout (xlsxlayout.go) are the one place that knows how; each
// excelize call's error is kept (the first one) and returned by finish.

// cellKind says how a cell is stored and shown.
type cellKind int

const (
	cellEmpty   cellKind = iota
	cellText             // text, made inert by SafeCell
	cellInt              // a count: an integer
	cellYear             // a year: an integer without a thousands separator
	cellPercent          // a share, stored as a fraction (0.581) and shown as 58.1 %
	cellNumber           // a measured value, as given
)

// xcell is one cell to write: its kind, its value and, when not zero, a style of its own.
type xcell struct {
	kind  cellKind
	s     string
	f     float64
	style int
	link  string
}

func textCell(s string) xcell {
	if s == "" {
		return xcell{}
	}
	return xcell{kind: cellText, s: s}
}

func intCell(n int) xcell { return xcell{kind: cellInt, f: float64(n)} }

// yearCell is empty for year 0 (no year given).
func yearCell(y int) xcell {
	if y == 0 {
		return xcell{}
	}
	return xcell{kind: cellYear, f: float64(y)}
}

// percentCell takes a share in percent (58.1) and stores the fraction (0.581).
func percentCell(p float64) xcell { return xcell{kind: cellPercent, f: p / 100} }

// numberCell is empty for a value not given. (excelize writes NaN and the infinities, which
// no spreadsheet holds as numbers, as text; TestNumbersNoSpreadsheetHolds keeps it so.)
func numberCell(p *float64) xcell {
	if p == nil {
		return xcell{}
	}
	return xcell{kind: cellNumber, f: *p}
}

func (c xcell) with(style int) xcell {
	c.style = style
	return c
}

func (c xcell) linked(url string) xcell {
	c.link = url
	return c
}

// percentFormat shows a fraction as a percentage with one decimal, in the reader's locale.
const percentFormat = "0.0%"
