package main

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// sheetRows is a workbook's content as text: each sheet's name and rows of cells.
type sheetRows struct {
	name string
	rows [][]string
}

// readRows reads back a workbook the template writer made, raw values, every sheet.
func readRows(xlsxData []byte) ([]sheetRows, error) {
	f, err := excelize.OpenReader(bytes.NewReader(xlsxData))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []sheetRows
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		out = append(out, sheetRows{name, rows})
	}
	return out, nil
}

// writeODS writes the sheets as a minimal OpenDocument spreadsheet: numbers as float cells,
// the rest as text, each sheet ending in LibreOffice's empty tail of repeated rows.
func writeODS(sheets []sheetRows) []byte {
	var c bytes.Buffer
	c.WriteString(`<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>`)
	for _, s := range sheets {
		fmt.Fprintf(&c, `<table:table table:name="%s">`, esc(s.name))
		for _, row := range s.rows {
			c.WriteString(`<table:table-row>`)
			for _, v := range row {
				switch _, err := strconv.ParseFloat(v, 64); {
				case v == "":
					c.WriteString(`<table:table-cell/>`)
				case err == nil:
					fmt.Fprintf(&c, `<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>`, v, v)
				default:
					fmt.Fprintf(&c, `<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>`, esc(v))
				}
			}
			c.WriteString(`<table:table-cell table:number-columns-repeated="1000"/></table:table-row>`)
		}
		fmt.Fprintf(&c, `<table:table-row table:number-rows-repeated="%d"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`, 1048576-len(s.rows))
	}
	c.WriteString(`</office:spreadsheet></office:body></office:document-content>`)
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.spreadsheet"))
	w, _ = z.Create("content.xml")
	w.Write(c.Bytes())
	w, _ = z.Create("META-INF/manifest.xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`))
	z.Close()
	return buf.Bytes()
}

func esc(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// writeXLS writes the sheets as a minimal Excel 97-2003 workbook: a BIFF8 Workbook stream
// (LABEL and NUMBER cells) in a compound file of 512-byte sectors.
func writeXLS(sheets []sheetRows) []byte {
	rec := func(typ uint16, data []byte) []byte {
		out := binary.LittleEndian.AppendUint16(nil, typ)
		out = binary.LittleEndian.AppendUint16(out, uint16(len(data)))
		return append(out, data...)
	}
	bof := func(dt uint16) []byte {
		return rec(0x0809, append([]byte{0x00, 0x06, byte(dt), byte(dt >> 8)}, make([]byte, 12)...))
	}
	str := func(s string, short bool) []byte {
		u := utf16.Encode([]rune(s))
		var out []byte
		if short {
			out = []byte{byte(len(u))}
		} else {
			out = binary.LittleEndian.AppendUint16(nil, uint16(len(u)))
		}
		out = append(out, 1)
		for _, c := range u {
			out = binary.LittleEndian.AppendUint16(out, c)
		}
		return out
	}
	var subs [][]byte
	for _, s := range sheets {
		sub := bof(0x10)
		for r, row := range s.rows {
			for c, v := range row {
				head := binary.LittleEndian.AppendUint16(nil, uint16(r))
				head = binary.LittleEndian.AppendUint16(head, uint16(c))
				head = binary.LittleEndian.AppendUint16(head, 0x0F)
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					sub = append(sub, rec(0x0203, binary.LittleEndian.AppendUint64(head, mathBits(f)))...)
				} else if v != "" {
					sub = append(sub, rec(0x0204, append(head, str(v, false)...))...)
				}
			}
		}
		subs = append(subs, append(sub, rec(0x000A, nil)...))
	}
	globalsLen := len(bof(5)) + 4
	for _, s := range sheets {
		globalsLen += 4 + 6 + len(str(s.name, true))
	}
	stream := bof(5)
	offset := globalsLen
	for i, s := range sheets {
		d := binary.LittleEndian.AppendUint32(nil, uint32(offset))
		stream = append(stream, rec(0x0085, append(append(d, 0, 0), str(s.name, true)...))...)
		offset += len(subs[i])
	}
	stream = append(stream, rec(0x000A, nil)...)
	for _, sub := range subs {
		stream = append(stream, sub...)
	}
	return compoundFile(stream)
}

func mathBits(f float64) uint64 { return math.Float64bits(f) }

// compoundFile wraps one stream, named Workbook, in a version 3 compound file. The stream is
// padded to 4,096 bytes so it lives in regular sectors, not the mini stream.
func compoundFile(stream []byte) []byte {
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
	entry(1, "Workbook", 2, noStream, 0, len(stream))
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
