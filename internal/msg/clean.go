package msg

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// MaxQuoted caps, in characters as shown, how much of one value taken from a file (a cell, a
// line, a value, a header row) a message quotes. A cut is marked with "…".
const MaxQuoted = 200

// maxList caps the lists a message builds from many short values (criterion IDs, formats,
// languages): whole in any real case, bounded whatever a file holds.
const maxList = 1000

// maxForeign caps each line of an error that does not come from the catalog (a library's own
// words, which may quote what it was reading).
const maxForeign = 400

// pathKeys are arguments that name files and folders: shown whole, cleaned.
var pathKeys = map[string]bool{"File": true, "Files": true, "Dir": true, "Workbook": true, "Output": true}

// listKeys are arguments that our code joins from many short values.
var listKeys = map[string]bool{
	"IDs": true, "Range": true, "Items": true, "Practices": true, "Formats": true, "Tiers": true,
	"Langs": true, "Cycle": true, "Suggest": true, "Options": true, "Cities": true, "OnlyOld": true,
	"OnlyNew": true, "Open": true,
}

// textKeys are arguments that carry text already rendered by the catalog, or a rubric's own
// guidance: their line breaks are the template's or the rubric's, kept; other controls are
// escaped and the length is left whole.
var textKeys = map[string]bool{"Text": true}

// ArgLimit is how many characters of argument key a message shows; 0 means whole.
func ArgLimit(key string) int {
	switch {
	case pathKeys[key], textKeys[key]:
		return 0
	case listKeys[key]:
		return maxList
	}
	return MaxQuoted
}

// Clean makes s safe to show on one line of a terminal: invalid UTF-8 bytes become \xNN,
// control characters (C0, DEL, C1) and the bidirectional overrides and isolates become escapes
// (\n, \t, \x1b, \u202e), and when max > 0 the result is cut to max characters, never inside
// a character or an escape, with "…" marking the cut.
func Clean(s string, max int) string {
	if isClean(s) && (max <= 0 || len(s) <= max || utf8.RuneCountInString(s) <= max) {
		return s // the common case: nothing to escape or cut, no copy
	}
	var b strings.Builder
	n, cut := 0, -1 // cut: where the text ends if it must be cut (max-1 characters shown)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var piece string
		switch {
		case r == utf8.RuneError && size <= 1:
			piece = fmt.Sprintf(`\x%02x`, s[i])
		case NeedsEscape(r):
			piece = escapeRune(r)
		default:
			piece = s[i : i+size]
		}
		i += size
		w := utf8.RuneCountInString(piece)
		if max > 0 && cut < 0 && n+w > max-1 {
			cut = b.Len()
		}
		if max > 0 && n+w > max {
			return b.String()[:cut] + "…"
		}
		b.WriteString(piece)
		n += w
	}
	return b.String()
}

// isClean reports whether s needs no escaping.
func isClean(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return false
			}
		}
		if NeedsEscape(r) {
			return false
		}
	}
	return true
}

// NeedsEscape reports the characters a message never shows raw: C0 controls, DEL, C1
// controls, and the bidirectional embeddings, overrides and isolates that can make a line
// read differently from what it holds.
func NeedsEscape(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

func escapeRune(r rune) string {
	switch r {
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	}
	if r < 0x80 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// CleanArg renders an argument that is not Localizable for a message: text and errors are
// cleaned and capped by their key; numbers and other values are left to the template.
func CleanArg(key string, v any) any {
	if s, ok := v.(string); ok && textKeys[key] {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = Clean(l, 0)
		}
		return strings.Join(lines, "\n")
	}
	switch v := v.(type) {
	case string:
		return Clean(v, ArgLimit(key))
	case error:
		return Clean(v.Error(), ArgLimit(key))
	case fmt.Stringer:
		return Clean(v.String(), ArgLimit(key))
	case []byte:
		return Clean(string(v), ArgLimit(key))
	case []string:
		return Clean(strings.Join(v, ", "), ArgLimit(key))
	}
	return v
}

// cleanForeign cleans an error text that did not come from the catalog, line by line.
func cleanForeign(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Clean(strings.TrimSuffix(l, "\r"), maxForeign)
	}
	return strings.Join(lines, "\n")
}

// argsText writes a message's arguments, cleaned and sorted by name, for the rare error shown
// with no catalog linked in.
func argsText(a Args) string {
	if len(a) == 0 {
		return ""
	}
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i == 0 {
			b.WriteString(" (")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%v", k, CleanArg(k, a[k]))
	}
	b.WriteString(")")
	return b.String()
}

// KeepsLines reports whether argument key carries text whose line breaks are kept.
func KeepsLines(key string) bool { return textKeys[key] }
