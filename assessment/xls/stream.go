package xls

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/richardlehane/mscfb"
)

// open reads the compound file at path and parses its Workbook stream.
func open(path string, lim Limits) (*book, error) {
	data, err := os.ReadFile(path)
	if err != nil {
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
