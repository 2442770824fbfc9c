package xls

import (
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/citydatakit/wwc/assessment/workbook"
)

// rec encodes one BIFF record.
func rec(typ uint16, data []byte) []byte {
	out := binary.LittleEndian.AppendUint16(nil, typ)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(data)))
	return append(out, data...)
}

func bof(version uint16, dt uint16) []byte {
	d := binary.LittleEndian.AppendUint16(nil, version)
	d = binary.LittleEndian.AppendUint16(d, dt)
	return rec(recBOF, append(d, make([]byte, 12)...))
}

// sstRecords writes the strings as an SST record split into CONTINUE records of at most
// chunk bytes, as Excel splits a long table: a string's characters cut at a boundary go on
// after a flags byte, and the 8-bit or UTF-16 choice may change there.
func sstRecords(r *rand.Rand, strs []string, chunk int) []byte {
	type piece struct {
		b     []byte
		chars bool // part of a character array: a cut here needs a flags byte
		wide  bool
	}
	var pieces []piece
	hdr := binary.LittleEndian.AppendUint32(nil, uint32(len(strs)))
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(strs)))
	pieces = append(pieces, piece{b: hdr})
	for _, s := range strs {
		u := utf16.Encode([]rune(s))
		wide := false
		for _, c := range u {
			wide = wide || c > 0xFF
		}
		flags := byte(0)
		if wide {
			flags |= 1
		}
		rich := r.IntN(3) == 0
		if rich {
			flags |= 0x08
		}
		h := binary.LittleEndian.AppendUint16(nil, uint16(len(u)))
		h = append(h, flags)
		if rich {
			h = binary.LittleEndian.AppendUint16(h, 1)
		}
		pieces = append(pieces, piece{b: h})
		for _, c := range u {
			if wide {
				pieces = append(pieces, piece{b: binary.LittleEndian.AppendUint16(nil, c), chars: true, wide: true})
			} else {
				pieces = append(pieces, piece{b: []byte{byte(c)}, chars: true})
			}
		}
		if rich {
			pieces = append(pieces, piece{b: []byte{0, 0, 0, 0}})
		}
	}
	var out []byte
	var cur []byte
	typ := uint16(recSST)
	for _, p := range pieces {
		if len(cur)+len(p.b) > chunk {
			out = append(out, rec(typ, cur)...)
			typ, cur = recContinue, nil
			if p.chars {
				if p.wide {
					cur = []byte{1}
				} else {
					cur = []byte{0}
				}
			}
		}
		cur = append(cur, p.b...)
	}
	return append(out, rec(typ, cur)...)
}

func labelSST(row, col, i int) []byte {
	d := binary.LittleEndian.AppendUint16(nil, uint16(row))
	d = binary.LittleEndian.AppendUint16(d, uint16(col))
	d = binary.LittleEndian.AppendUint16(d, 0)
	return rec(recLabelSST, binary.LittleEndian.AppendUint32(d, uint32(i)))
}

// boundSheet is a BOUNDSHEET record for a worksheet whose name is in Latin-1 (8-bit).
func boundSheet(offset uint32, name string) []byte {
	d := binary.LittleEndian.AppendUint32(nil, offset)
	u := []rune(name)
	d = append(d, 0, 0, byte(len(u)), 0)
	for _, c := range u {
		d = append(d, byte(c))
	}
	return rec(recBoundSheet, d)
}

// workbookStream is a globals substream with one sheet holding the strings in column A.
func workbookStream(r *rand.Rand, strs []string, chunk int) []byte {
	sst := sstRecords(r, strs, chunk)
	globals := len(bof(biff8, 5)) + len(boundSheet(0, "Hoja1")) + len(sst) + 4
	s := bof(biff8, 5)
	s = append(s, boundSheet(uint32(globals), "Hoja1")...)
	s = append(s, sst...)
	s = append(s, rec(recEOF, nil)...)
	s = append(s, bof(biff8, 0x10)...)
	for i := range strs {
		s = append(s, labelSST(i, 0, i)...)
	}
	return append(s, rec(recEOF, nil)...)
}

// TestSharedStringsAcrossContinues: strings of any length, 8-bit or UTF-16, rich or plain,
// read whole wherever the CONTINUE records cut them.
func TestSharedStringsAcrossContinues(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []rune("abcSíNãoçé€✓ 日本")
	for i := 0; i < 300; i++ {
		strs := make([]string, 1+r.IntN(30))
		for j := range strs {
			var b strings.Builder
			for k := r.IntN(60); k > 0; k-- {
				b.WriteRune(alphabet[r.IntN(len(alphabet))])
			}
			strs[j] = b.String()
		}
		b, err := parse(workbookStream(r, strs, 8+r.IntN(100)), DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Sheets(); len(got) != 1 || got[0].Name != "Hoja1" {
			t.Fatalf("sheets %+v", got)
		}
		got := map[int]string{}
		_ = b.Rows(0, func(row workbook.Row) bool { got[row.Num-1] = row.Cells[0]; return true })
		for j, s := range strs {
			if got[j] != s {
				t.Fatalf("string %d: got %q, want %q", j, got[j], s)
			}
		}
	}
}

// TestRefusals: a BIFF5 or older stream, an encrypted one and a damaged one each say so.
func TestRefusals(t *testing.T) {
	for name, tc := range map[string]struct {
		stream []byte
		want   error
	}{
		"biff5":     {bof(0x0500, 5), errOld},
		"biff4":     {rec(0x0409, make([]byte, 6)), errOld},
		"filepass":  {append(bof(biff8, 5), rec(recFilePass, make([]byte, 54))...), errEncrypted},
		"short":     {append(bof(biff8, 5), 0x85, 0x00, 0xFF, 0x00), errDamaged},
		"no bof":    {rec(recSST, nil), errDamaged},
		"bad index": {append(append(append(bof(biff8, 5), rec(recEOF, nil)...), bof(biff8, 0x10)...), labelSST(0, 0, 7)...), nil},
	} {
		_, err := parse(tc.stream, DefaultLimits)
		if tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
}

// TestNumbers: RK, NUMBER and MULRK reach the table as plain decimal text.
func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		rk   uint32
		want string
	}{
		{2024<<2 | 2, "2024"},
		{0xFFFFFFEE, "-5"}, // -5 << 2 | 2
		{5810<<2 | 3, "58.1"},
		{0x3FF00000, "1"},
	} {
		if got := number(rk(tc.rk)); got != tc.want {
			t.Errorf("rk %#x: %s, want %s", tc.rk, got, tc.want)
		}
	}
	if got := number(578605); got != "578605" {
		t.Errorf("number: %s", got)
	}
}

func workbookStreamSeed() []byte {
	return workbookStream(rand.New(rand.NewPCG(1, 1)), []string{"ID", "Respuesta", "DM1", "Sí", "En proceso"}, 20)
}

// TestTooManyCells: a stream with more cells than any city workbook is refused as too large,
// not read in part.
func TestTooManyCells(t *testing.T) {
	s := append(append(bof(biff8, 5), boundSheet(0, "Hoja1")...), rec(recEOF, nil)...)
	s = append(s, bof(biff8, 0x10)...)
	for row := 0; row < 4000; row++ {
		d := binary.LittleEndian.AppendUint16(nil, uint16(row))
		d = binary.LittleEndian.AppendUint16(d, 0)
		for col := 0; col < 100; col++ {
			d = binary.LittleEndian.AppendUint16(d, 0)
			d = binary.LittleEndian.AppendUint32(d, 1<<2|2)
		}
		s = append(s, rec(recMulRK, binary.LittleEndian.AppendUint16(d, 99))...)
	}
	if _, err := parse(s, DefaultLimits); !errors.Is(err, errTooLarge) {
		t.Fatalf("%v, want it refused as too large", err)
	}
}

// TestSheetNames: 8-bit sheet names are Latin-1 (what LibreOffice writes for "Evaluación"),
// not bytes taken as UTF-8.
func TestSheetNames(t *testing.T) {
	s := append(append(bof(biff8, 5), boundSheet(0, "Evaluación")...), rec(recEOF, nil)...)
	b, err := parse(s, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Sheets(); len(got) != 1 || got[0].Name != "Evaluación" {
		t.Fatalf("sheets %+v", got)
	}
}

// TestNumberCellsAreMarked: NUMBER, RK and MULRK cells reach the table marked as numbers, so
// that 1.234 in a Spanish workbook stays 1.234 (a number cell is never read by the table's
// language, which would make it 1234); text cells are not marked.
func TestNumberCellsAreMarked(t *testing.T) {
	strs := []string{"Indicador"}
	sst := sstRecords(rand.New(rand.NewPCG(2, 2)), strs, 20)
	globals := len(bof(biff8, 5)) + len(boundSheet(0, "Hoja1")) + len(sst) + 4
	s := bof(biff8, 5)
	s = append(s, boundSheet(uint32(globals), "Hoja1")...)
	s = append(s, sst...)
	s = append(s, rec(recEOF, nil)...)
	s = append(s, bof(biff8, 0x10)...)
	s = append(s, labelSST(0, 0, 0)...)
	num := binary.LittleEndian.AppendUint16(nil, 0) // row 0
	num = binary.LittleEndian.AppendUint16(num, 1)  // column B
	num = binary.LittleEndian.AppendUint16(num, 0)  // XF
	num = binary.LittleEndian.AppendUint64(num, math.Float64bits(1.234))
	s = append(s, rec(recNumber, num)...)
	rk := binary.LittleEndian.AppendUint16(nil, 0)
	rk = binary.LittleEndian.AppendUint16(rk, 2)
	rk = binary.LittleEndian.AppendUint16(rk, 0)
	rk = binary.LittleEndian.AppendUint32(rk, 5810<<2|3) // 58.1
	s = append(s, rec(recRK, rk)...)
	s = append(s, rec(recEOF, nil)...)
	b, err := parse(s, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var row workbook.Row
	_ = b.Rows(0, func(r workbook.Row) bool { row = r; return false })
	if got := row.Cells; len(got) != 3 || got[0] != "Indicador" || got[1] != "1.234" || got[2] != "58.1" {
		t.Fatalf("cells %q", got)
	}
	if row.Numbers[0] || !row.Numbers[1] || !row.Numbers[2] {
		t.Errorf("numbers marked: %v, want columns 1 and 2 only", row.Numbers)
	}
}
