package xls

import (
	"encoding/binary"
	"fmt"
	"unicode/utf16"
)

// cursor reads across a record's segments (the record and its CONTINUEs).
type cursor struct {
	segs [][]byte
	i    int // segment
	pos  int // in segment
}

func (c *cursor) left() int {
	n := 0
	for i := c.i; i < len(c.segs); i++ {
		n += len(c.segs[i])
	}
	return n - c.pos
}

// bytes reads n bytes, crossing segments freely (headers, runs, extended data).
func (c *cursor) bytes(n int) ([]byte, error) {
	if n < 0 || n > c.left() {
		return nil, fmt.Errorf("%w: a string runs past its record", errDamaged)
	}
	out := make([]byte, 0, n)
	for n > 0 {
		if c.pos >= len(c.segs[c.i]) {
			c.i, c.pos = c.i+1, 0
			continue
		}
		k := min(n, len(c.segs[c.i])-c.pos)
		out = append(out, c.segs[c.i][c.pos:c.pos+k]...)
		c.pos += k
		n -= k
	}
	return out, nil
}

// skip passes over n bytes without keeping them.
func (c *cursor) skip(n int) error {
	if n < 0 || n > c.left() {
		return fmt.Errorf("%w: a string runs past its record", errDamaged)
	}
	for n > 0 {
		if c.pos >= len(c.segs[c.i]) {
			c.i, c.pos = c.i+1, 0
			continue
		}
		k := min(n, len(c.segs[c.i])-c.pos)
		c.pos += k
		n -= k
	}
	return nil
}

func (c *cursor) u8() (byte, error) {
	b, err := c.bytes(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (c *cursor) u16() (int, error) {
	b, err := c.bytes(2)
	if err != nil {
		return 0, err
	}
	return int(binary.LittleEndian.Uint16(b)), nil
}

func (c *cursor) u32() (uint32, error) {
	b, err := c.bytes(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

// chars reads a ShortXLUnicodeString's characters after its count: a flags byte, then n
// characters, 8-bit (Latin-1, the first 256 code points) or UTF-16.
func (c *cursor) chars(n int) (string, error) {
	flags, err := c.u8()
	if err != nil {
		return "", err
	}
	return c.charData(n, flags&1 != 0, -1)
}

// charData reads n characters that may be split over segments: each continuation starts
// with a flags byte saying whether the rest is 8-bit or UTF-16. Past max bytes the text is
// cut at max+1, enough for the table to say it is too long.
func (c *cursor) charData(n int, wide bool, maxLen int) (string, error) {
	u := make([]uint16, 0, min(n, 1<<16))
	for got := 0; got < n; {
		if c.i >= len(c.segs) {
			return "", fmt.Errorf("%w: a string runs past its record", errDamaged)
		}
		seg := c.segs[c.i]
		avail := len(seg) - c.pos
		if wide {
			avail /= 2
		}
		k := min(avail, n-got)
		for j := 0; j < k; j++ {
			if wide {
				u = append(u, binary.LittleEndian.Uint16(seg[c.pos:]))
				c.pos += 2
			} else {
				u = append(u, uint16(seg[c.pos]))
				c.pos++
			}
		}
		got += k
		if got < n {
			if c.i+1 >= len(c.segs) {
				return "", fmt.Errorf("%w: a string runs past its record", errDamaged)
			}
			c.i, c.pos = c.i+1, 0
			flags, err := c.u8()
			if err != nil {
				return "", err
			}
			wide = flags&1 != 0
		}
		if maxLen >= 0 && len(u) > maxLen {
			// Keep reading to stay in step with the data, but hold no more than needed.
			u = u[:maxLen+1]
		}
	}
	return string(utf16.Decode(u)), nil
}

// unicodeString reads an XLUnicodeString (LABEL, STRING): a 16-bit count, flags, characters.
func (c *cursor) unicodeString(maxLen int) (string, error) {
	n, err := c.u16()
	if err != nil {
		return "", err
	}
	flags, err := c.u8()
	if err != nil {
		return "", err
	}
	return c.charData(n, flags&1 != 0, maxLen)
}

// richString reads an XLUnicodeRichExtendedString of the SST: the characters, leaving out the
// formatting runs and the phonetic data.
func (c *cursor) richString(maxLen int) (string, error) {
	n, err := c.u16()
	if err != nil {
		return "", err
	}
	flags, err := c.u8()
	if err != nil {
		return "", err
	}
	runs, ext := 0, uint32(0)
	if flags&0x08 != 0 {
		if runs, err = c.u16(); err != nil {
			return "", err
		}
	}
	if flags&0x04 != 0 {
		if ext, err = c.u32(); err != nil {
			return "", err
		}
	}
	s, err := c.charData(n, flags&1 != 0, maxLen)
	if err != nil {
		return "", err
	}
	if err := c.skip(4 * runs); err != nil {
		return "", err
	}
	if int64(ext) > int64(c.left()) {
		return "", fmt.Errorf("%w: a string runs past its record", errDamaged)
	}
	return s, c.skip(int(ext))
}
