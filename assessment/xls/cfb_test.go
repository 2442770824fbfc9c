package xls

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// compoundFile wraps one stream in a version 3 compound file, as testdata/gen writes its .xls.
// The stream is padded to 4,096 bytes so it lives in regular sectors, not the mini stream.
func compoundFile(name string, stream []byte) []byte {
	const sector = 512
	const endChain, freeSect, fatSect, noStream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
	if len(stream) < 4096 {
		stream = append(stream, make([]byte, 4096-len(stream))...)
	}
	n := (len(stream) + sector - 1) / sector
	f := 1
	for (n+1+f+127)/128 > f {
		f++
	}
	total := n + 1 + f
	le := binary.LittleEndian
	head := make([]byte, sector)
	copy(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	le.PutUint16(head[24:], 0x003E)
	le.PutUint16(head[26:], 3)
	le.PutUint16(head[28:], 0xFFFE)
	le.PutUint16(head[30:], 9)
	le.PutUint16(head[32:], 6)
	le.PutUint32(head[44:], uint32(f))
	le.PutUint32(head[48:], uint32(n))
	le.PutUint32(head[56:], 4096)
	le.PutUint32(head[60:], endChain)
	le.PutUint32(head[68:], endChain)
	for i := 0; i < 109; i++ {
		v := uint32(freeSect)
		if i < f {
			v = uint32(n + 1 + i)
		}
		le.PutUint32(head[76+4*i:], v)
	}
	out := append(head, stream...)
	out = append(out, make([]byte, n*sector-len(stream))...)
	dir := make([]byte, sector)
	entry := func(i int, name string, typ byte, child, start uint32, size int) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			le.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], noStream)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], start)
		le.PutUint32(e[120:], uint32(size))
	}
	entry(0, "Root Entry", 5, 1, endChain, 0)
	entry(1, name, 2, noStream, 0, len(stream))
	for i := 2; i < 4; i++ {
		le.PutUint32(dir[128*i+68:], noStream)
		le.PutUint32(dir[128*i+72:], noStream)
		le.PutUint32(dir[128*i+76:], noStream)
	}
	out = append(out, dir...)
	fat := make([]byte, f*sector)
	for i := 0; i < f*128; i++ {
		v := uint32(freeSect)
		switch {
		case i < n-1:
			v = uint32(i + 1)
		case i == n-1, i == n:
			v = endChain
		case i < total:
			v = fatSect
		}
		le.PutUint32(fat[4*i:], v)
	}
	return append(out, fat...)
}

func writeTemp(t *testing.T, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "book.xls")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCompoundFiles: what the compound file holds decides the message: a Workbook stream is
// read, a Book stream alone is Excel 95 or older, neither is not a workbook at all.
func TestCompoundFiles(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	stream := workbookStream(r, []string{"ID", "Respuesta"}, 1000)
	if _, err := open(writeTemp(t, compoundFile("Workbook", stream)), DefaultLimits); err != nil {
		t.Errorf("Workbook stream: %v", err)
	}
	if _, err := open(writeTemp(t, compoundFile("Book", stream)), DefaultLimits); !errors.Is(err, errOld) {
		t.Errorf("Book stream: %v, want %v", err, errOld)
	}
	if _, err := open(writeTemp(t, compoundFile("WordDocument", stream)), DefaultLimits); !errors.Is(err, errNoWorkbook) {
		t.Errorf("WordDocument stream: %v, want %v", err, errNoWorkbook)
	}
	_, err := ReadWithLimits(writeTemp(t, compoundFile("WordDocument", stream)), DefaultLimits)
	if err == nil || !strings.Contains(err.Error(), "no workbook inside") {
		t.Errorf("message: %v", err)
	}
}

// TestForgedHeaderCounts: a header claiming more directory, FAT, mini FAT or DIFAT sectors
// than the file has is refused before the compound-file library allocates for them.
func TestForgedHeaderCounts(t *testing.T) {
	good := compoundFile("Workbook", workbookStream(rand.New(rand.NewPCG(1, 1)), []string{"x"}, 100))
	for _, off := range []int{40, 44, 64, 72} {
		for _, n := range []uint32{1 << 20, 0xFFFFFFFF} {
			data := append([]byte(nil), good...)
			binary.LittleEndian.PutUint32(data[off:], n)
			if _, err := open(writeTemp(t, data), DefaultLimits); !errors.Is(err, errDamaged) {
				t.Errorf("offset %d = %d: %v", off, n, err)
			}
		}
	}
}
