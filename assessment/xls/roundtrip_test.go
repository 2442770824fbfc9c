package xls

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

var criteriaIDs = []string{"DM1", "DM2", "DM3", "LC1", "LC2", "OD1", "PA1", "BF1", "RDC1", "CI1", "EVAL1", "EVAL4"}

// cellHead is a cell record's row, column and format index.
func cellHead(row, col int) []byte {
	d := binary.LittleEndian.AppendUint16(nil, uint16(row))
	d = binary.LittleEndian.AppendUint16(d, uint16(col))
	return binary.LittleEndian.AppendUint16(d, 0x0F)
}

// label is a LABEL record with the text in UTF-16.
func label(row, col int, s string) []byte {
	d := cellHead(row, col)
	u := []rune(s)
	d = binary.LittleEndian.AppendUint16(d, uint16(len(u)))
	d = append(d, 1)
	for _, c := range u {
		d = binary.LittleEndian.AppendUint16(d, uint16(c))
	}
	return rec(recLabel, d)
}

// TestAnswersEveryWay: criteria tables whose answers are shared strings, inline labels,
// booleans, RK and NUMBER numbers, and formulas with a cached text or boolean result read as
// the answers they hold, through the compound file and package workbook.
func TestAnswersEveryWay(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	words := map[string]assessment.Value{"Sí": assessment.Met, "No": assessment.NotMet, "En proceso": assessment.InProgress,
		"Sim": assessment.Met, "Não atende": assessment.NotMet, "Em andamento": assessment.InProgress, "yes": assessment.Met}
	var keys []string
	for k := range words {
		keys = append(keys, k)
	}
	for i := 0; i < 200; i++ {
		strs := append([]string{"ID", "Respuesta"}, keys...)
		index := map[string]int{}
		for j, s := range strs {
			index[s] = j
		}
		var cells []byte
		cells = append(cells, labelSST(2, 0, 0)...)
		cells = append(cells, labelSST(2, 1, 1)...)
		want := map[string]assessment.Value{}
		for n, id := range criteriaIDs {
			row := 3 + n
			if r.IntN(2) == 0 {
				cells = append(cells, label(row, 0, id)...)
			} else {
				strs = append(strs, id)
				cells = append(cells, labelSST(row, 0, len(strs)-1)...)
			}
			switch r.IntN(6) {
			case 0:
				w := keys[r.IntN(len(keys))]
				cells = append(cells, labelSST(row, 1, index[w])...)
				want[id] = words[w]
			case 1:
				w := keys[r.IntN(len(keys))]
				cells = append(cells, label(row, 1, w)...)
				want[id] = words[w]
			case 2:
				b := r.IntN(2)
				cells = append(cells, rec(recBoolErr, append(cellHead(row, 1), byte(b), 0))...)
				want[id] = map[int]assessment.Value{1: assessment.Met, 0: assessment.NotMet}[b]
			case 3:
				b := r.IntN(2)
				if r.IntN(2) == 0 {
					cells = append(cells, rec(recRK, binary.LittleEndian.AppendUint32(cellHead(row, 1), uint32(b)<<2|2))...)
				} else {
					cells = append(cells, rec(recNumber, binary.LittleEndian.AppendUint64(cellHead(row, 1), math.Float64bits(float64(b))))...)
				}
				want[id] = map[int]assessment.Value{1: assessment.Met, 0: assessment.NotMet}[b]
			case 4:
				w := keys[r.IntN(len(keys))]
				f := append(cellHead(row, 1), 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0)
				cells = append(cells, rec(recFormula, f)...)
				cells = append(cells, rec(0x04BC, make([]byte, 10))...) // SHRFMLA between
				u := []rune(w)
				s := binary.LittleEndian.AppendUint16(nil, uint16(len(u)))
				s = append(s, 1)
				for _, c := range u {
					s = binary.LittleEndian.AppendUint16(s, uint16(c))
				}
				cells = append(cells, rec(recString, s)...)
				want[id] = words[w]
			default:
				b := r.IntN(2)
				f := append(cellHead(row, 1), 1, 0, byte(b), 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0)
				cells = append(cells, rec(recFormula, f)...)
				want[id] = map[int]assessment.Value{1: assessment.Met, 0: assessment.NotMet}[b]
			}
		}
		sst := sstRecords(r, strs, 30+r.IntN(60))
		name := "Evaluación"
		globals := len(bof(biff8, 5)) + len(boundSheet(0, name)) + len(sst) + 4
		s := bof(biff8, 5)
		s = append(s, boundSheet(uint32(globals), name)...)
		s = append(s, sst...)
		s = append(s, rec(recEOF, nil)...)
		s = append(s, bof(biff8, 0x10)...)
		s = append(s, cells...)
		s = append(s, rec(recEOF, nil)...)
		a, err := ReadWithLimits(writeTemp(t, compoundFile("Workbook", s)), DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		for id, v := range want {
			if got := a.Answers[id].Value; got != v {
				t.Fatalf("workbook %d, %s: %v, want %v", i, id, got, v)
			}
		}
	}
}
