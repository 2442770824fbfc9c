package xls

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/richardlehane/mscfb"
)

// open reads the compound file at path and parses its Workbook stream.
func open(path string, lim Limits) (workbook.MemoryBook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := checkHeader(data); err != nil {
		return nil, err
	}
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errDamaged, err)
	}
	var stream []byte
	sawBook := false
	for entry, err := doc.Next(); err == nil && stream == nil; entry, err = doc.Next() {
		switch {
		case strings.EqualFold(entry.Name, "Workbook"):
			// The stream cannot be longer than the file it is in; a larger size is a lie.
			if entry.Size > int64(len(data)) || entry.Size > lim.MaxUnzipped {
				return nil, fmt.Errorf("%w: stream size %d", errDamaged, entry.Size)
			}
			stream = make([]byte, entry.Size)
			if _, err := io.ReadFull(entry, stream); err != nil {
				return nil, fmt.Errorf("%w: %v", errDamaged, err)
			}
		case strings.EqualFold(entry.Name, "Book"):
			// Excel 5.0 and 95 (BIFF5) named the stream Book; Excel 97 and later may keep
			// one beside their Workbook stream for old readers.
			sawBook = true
		case entry.Name == "EncryptedPackage":
			return nil, errEncrypted
		}
	}
	switch {
	case stream == nil && sawBook:
		return nil, errOld
	case stream == nil:
		return nil, errNoWorkbook
	}
	return parse(stream, lim)
}

// checkHeader refuses a compound-file header whose counts of sectors exceed what the file
// holds: the compound-file library sizes its tables from them before reading, so a forged
// count would ask for gigabytes (the fuzzer found one).
func checkHeader(data []byte) error {
	if len(data) < 512 || !bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
		return fmt.Errorf("%w: no compound file header", errDamaged)
	}
	le := binary.LittleEndian
	sector := 512
	switch le.Uint16(data[30:]) {
	case 9:
	case 12:
		sector = 4096
	default:
		return fmt.Errorf("%w: sector shift %d", errDamaged, le.Uint16(data[30:]))
	}
	sectors := uint32(len(data)/sector + 1)
	for _, off := range []int{40, 44, 64, 72} { // directory, FAT, mini FAT and DIFAT sectors
		if n := le.Uint32(data[off:]); n > sectors {
			return fmt.Errorf("%w: %d sectors claimed at header offset %d, the file has %d", errDamaged, n, off, sectors)
		}
	}
	return nil
}

// record is one BIFF record with the CONTINUE records that follow it, as segments.
type record struct {
	typ    uint16
	offset int // of the record header in the stream
	segs   [][]byte
}

// records splits the stream into records, each with its CONTINUEs.
func records(stream []byte) ([]record, error) {
	var out []record
	for pos := 0; pos+4 <= len(stream); {
		typ := binary.LittleEndian.Uint16(stream[pos:])
		n := int(binary.LittleEndian.Uint16(stream[pos+2:]))
		if pos+4+n > len(stream) {
			return nil, fmt.Errorf("%w: record 0x%04X at %d runs past the stream", errDamaged, typ, pos)
		}
		data := stream[pos+4 : pos+4+n]
		if typ == recContinue && len(out) > 0 {
			last := &out[len(out)-1]
			last.segs = append(last.segs, data)
		} else {
			out = append(out, record{typ: typ, offset: pos, segs: [][]byte{data}})
		}
		pos += 4 + n
	}
	return out, nil
}
