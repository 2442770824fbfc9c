package xls

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/citydatakit/wwc/assessment/workbook"
)

// The BIFF8 records read; every other record is skipped.
const (
	recBOF        = 0x0809
	recEOF        = 0x000A
	recContinue   = 0x003C
	recFilePass   = 0x002F
	recBoundSheet = 0x0085
	recSST        = 0x00FC
	recLabelSST   = 0x00FD
	recLabel      = 0x0204
	recRString    = 0x00D6
	recNumber     = 0x0203
	recRK         = 0x027E
	recMulRK      = 0x00BD
	recBoolErr    = 0x0205
	recFormula    = 0x0006
	recString     = 0x0207

	biff8 = 0x0600
)

// maxCells bounds the cells kept for a whole workbook (some 25 MiB of maps at most): a city
// workbook has a few hundred, a file past this is refused as too large rather than read in
// part.
const maxCells = 1 << 18

// sheet is a worksheet as the parser meets it: where its substream starts, and its cells.
type sheet struct {
	name   string
	offset uint32 // of its BOF record in the stream
	read   bool   // its substream was met
	cells  map[int]map[int]cell
}

type parser struct {
	lim    Limits
	sheets []sheet
	sst    []string
	cur    *sheet
	cells  int
	next   int // the next sheet without a substream yet, for files whose offsets are wrong
	lastRS int // row and column of the FORMULA waiting for its STRING record
	lastCS int
	waitS  bool
}

// parse reads the globals (BOF, FILEPASS, BOUNDSHEET, SST) and then each sheet's cells, into
// the sheets' rows for package workbook.
func parse(stream []byte, lim Limits) (workbook.MemoryBook, error) {
	recs, err := records(stream)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%w: empty Workbook stream", errDamaged)
	}
	if err := checkBOF(recs[0]); err != nil {
		return nil, err
	}
	p := &parser{lim: lim}
	i := 1
	for ; i < len(recs) && recs[i].typ != recEOF; i++ {
		r := recs[i]
		switch r.typ {
		case recFilePass:
			return nil, errEncrypted
		case recBoundSheet:
			p.boundSheet(r)
		case recSST:
			if err := p.readSST(r); err != nil {
				return nil, err
			}
		}
	}
	depth := 0
	for i++; i < len(recs); i++ {
		r := recs[i]
		switch {
		case r.typ == recBOF:
			depth++
			if depth == 1 {
				p.cur = p.sheetAt(uint32(r.offset))
			}
		case r.typ == recEOF:
			if depth == 1 {
				p.cur = nil
			}
			depth = max(depth-1, 0)
		case depth == 1 && p.cur != nil:
			if err := p.cell(r); err != nil {
				return nil, err
			}
		}
	}
	out := make(workbook.MemoryBook, len(p.sheets))
	for i, sh := range p.sheets {
		out[i] = workbook.MemorySheet{Name: sh.name, Rows: sortedRows(sh.cells)}
	}
	return out, nil
}

// checkBOF refuses a stream that does not start as a BIFF8 workbook.
func checkBOF(r record) error {
	d := r.segs[0]
	switch r.typ {
	case recBOF:
	case 0x0009, 0x0209, 0x0409: // BIFF2, 3 and 4
		return errOld
	default:
		return fmt.Errorf("%w: no BOF record", errDamaged)
	}
	if len(d) < 4 {
		return fmt.Errorf("%w: short BOF record", errDamaged)
	}
	if binary.LittleEndian.Uint16(d) != biff8 {
		return errOld
	}
	return nil
}

// boundSheet notes a worksheet (not a chart or macro sheet) with its name and offset.
func (p *parser) boundSheet(r record) {
	d := r.segs[0]
	if len(d) < 8 || d[5] != 0 { // d[5]: 0 worksheet, 1 macro sheet, 2 chart, 6 VBA module
		return
	}
	c := cursor{segs: [][]byte{d[6:]}}
	n, _ := c.u8()
	name, _ := c.chars(int(n))
	p.sheets = append(p.sheets, sheet{name: name, offset: binary.LittleEndian.Uint32(d), cells: map[int]map[int]cell{}})
}

// sheetAt finds the worksheet whose substream starts at offset; a file whose offsets are
// wrong gets its worksheets in order.
func (p *parser) sheetAt(offset uint32) *sheet {
	for i := range p.sheets {
		if s := &p.sheets[i]; s.offset == offset && !s.read {
			s.read = true
			return s
		}
	}
	for ; p.next < len(p.sheets); p.next++ {
		if s := &p.sheets[p.next]; !s.read {
			s.read = true
			return s
		}
	}
	return nil
}

// readSST reads the shared strings, which may run on over CONTINUE records.
func (p *parser) readSST(r record) error {
	c := cursor{segs: r.segs}
	if _, err := c.u32(); err != nil {
		return err
	}
	unique, err := c.u32()
	if err != nil {
		return err
	}
	// Each string takes at least three bytes: a count the data cannot hold is a lie.
	p.sst = make([]string, 0, min(int(unique), c.left()/3+1))
	for i := 0; i < int(unique) && c.left() > 0; i++ {
		s, err := c.richString(keep(p.lim))
		if err != nil {
			return err
		}
		p.sst = append(p.sst, s)
	}
	return nil
}

// cell reads one cell record of a sheet.
func (p *parser) cell(r record) error {
	d := r.segs[0]
	if r.typ == recString {
		if p.waitS {
			p.waitS = false
			c := cursor{segs: r.segs}
			s, err := c.unicodeString(keep(p.lim))
			if err != nil {
				return err
			}
			return p.set(p.lastRS, p.lastCS, s)
		}
		return nil
	}
	switch r.typ {
	case recLabelSST, recLabel, recRString, recNumber, recRK, recMulRK, recBoolErr, recFormula:
	default:
		return nil // SHRFMLA or ARRAY may come between a FORMULA and its STRING
	}
	p.waitS = false
	if len(d) < 6 {
		return fmt.Errorf("%w: short cell record 0x%04X", errDamaged, r.typ)
	}
	row := int(binary.LittleEndian.Uint16(d))
	col := int(binary.LittleEndian.Uint16(d[2:]))
	switch r.typ {
	case recLabelSST:
		if len(d) < 10 {
			return fmt.Errorf("%w: short LABELSST", errDamaged)
		}
		i := int(binary.LittleEndian.Uint32(d[6:]))
		if i < 0 || i >= len(p.sst) {
			return fmt.Errorf("%w: shared string %d of %d", errDamaged, i, len(p.sst))
		}
		return p.set(row, col, p.sst[i])
	case recLabel, recRString:
		c := cursor{segs: append([][]byte{d[6:]}, r.segs[1:]...)}
		s, err := c.unicodeString(keep(p.lim))
		if err != nil {
			return err
		}
		return p.set(row, col, s)
	case recNumber:
		if len(d) < 14 {
			return fmt.Errorf("%w: short NUMBER", errDamaged)
		}
		return p.setNumber(row, col, math.Float64frombits(binary.LittleEndian.Uint64(d[6:])))
	case recRK:
		if len(d) < 10 {
			return fmt.Errorf("%w: short RK", errDamaged)
		}
		return p.setNumber(row, col, rk(binary.LittleEndian.Uint32(d[6:])))
	case recMulRK:
		for i := 4; i+6 <= len(d)-2; i, col = i+6, col+1 {
			if err := p.setNumber(row, col, rk(binary.LittleEndian.Uint32(d[i+2:]))); err != nil {
				return err
			}
		}
	case recBoolErr:
		if len(d) < 8 {
			return fmt.Errorf("%w: short BOOLERR", errDamaged)
		}
		return p.set(row, col, boolErr(d[6], d[7] != 0))
	case recFormula:
		if len(d) < 14 {
			return fmt.Errorf("%w: short FORMULA", errDamaged)
		}
		v := d[6:14]
		if v[6] != 0xFF || v[7] != 0xFF {
			return p.setNumber(row, col, math.Float64frombits(binary.LittleEndian.Uint64(v)))
		}
		switch v[0] {
		case 0: // text, in the STRING record that follows
			p.waitS, p.lastRS, p.lastCS = true, row, col
		case 1:
			return p.set(row, col, boolErr(v[2], false))
		case 2:
			return p.set(row, col, boolErr(v[2], true))
		}
	}
	return nil
}

// set keeps a cell's text, within the row limit and the workbook's cell budget.
func (p *parser) set(row, col int, v string) error {
	return p.put(row, col, cell{text: v})
}

// setNumber records a number cell: its text is the number's, never read by the table's language.
func (p *parser) setNumber(row, col int, f float64) error {
	return p.put(row, col, cell{text: number(f), number: true})
}

// cell is one cell's text, and whether it was a number cell.
type cell struct {
	text   string
	number bool
}

func (p *parser) put(row, col int, c cell) error {
	if c.text == "" || row+1 > p.lim.MaxRows || col >= 256 {
		return nil
	}
	r := p.cur.cells[row]
	if r == nil {
		r = map[int]cell{}
		p.cur.cells[row] = r
	}
	if _, ok := r[col]; !ok {
		if p.cells++; p.cells > maxCells {
			return errTooLarge
		}
	}
	r[col] = c
	return nil
}

// sortedRows turns a sheet's cells into rows in order, numbered from 1.
func sortedRows(cells map[int]map[int]cell) []workbook.Row {
	nums := make([]int, 0, len(cells))
	for n := range cells {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	rows := make([]workbook.Row, 0, len(nums))
	for _, n := range nums {
		width := 0
		for c := range cells[n] {
			width = max(width, c+1)
		}
		row := workbook.Row{Num: n + 1, Cells: make([]string, width)}
		for c, v := range cells[n] {
			row.Cells[c] = v.text
			if v.number {
				if row.Numbers == nil {
					row.Numbers = map[int]bool{}
				}
				row.Numbers[c] = true
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// number writes a cell's number as the xlsx reader passes one: plain decimal text.
func number(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return ""
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// rk decodes an RK number: a 30-bit integer or the high bits of a double, maybe times 100.
func rk(v uint32) float64 {
	var f float64
	if v&2 != 0 {
		f = float64(int32(v) >> 2)
	} else {
		f = math.Float64frombits(uint64(v&0xFFFFFFFC) << 32)
	}
	if v&1 != 0 {
		f /= 100
	}
	return f
}

// boolErr is a boolean as TRUE or FALSE, or an error value as Excel shows it.
func boolErr(v byte, isErr bool) string {
	if !isErr {
		if v != 0 {
			return "TRUE"
		}
		return "FALSE"
	}
	switch v {
	case 0x00:
		return "#NULL!"
	case 0x07:
		return "#DIV/0!"
	case 0x0F:
		return "#VALUE!"
	case 0x17:
		return "#REF!"
	case 0x1D:
		return "#NAME?"
	case 0x24:
		return "#NUM!"
	case 0x2A:
		return "#N/A"
	}
	return "#ERROR"
}

// keep is how much of a text is kept: enough for the table to say a cell is longer than
// MaxCell without holding all of it, and never so little that a header is cut.
func keep(lim Limits) int { return max(lim.MaxCell+1, 64<<10) }
