package i18n

import (
	"strconv"
	"strings"
	"sync"

	"github.com/citydatakit/wwc/internal/msg"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

var (
	regionalMu sync.Mutex
	regional   = map[string]*Catalog{}
)

// ForTag returns the catalog for a language setting that may name a region ("es-MX",
// "es_GT.UTF-8", "pt-BR"): the messages are those of its language (see Normalize), and the
// numbers follow the region's marks where it writes a decimal point (Mexico, Guatemala:
// 58.1 %, 20,000) instead of the language's usual comma. A setting that names no supported
// language gives English.
func ForTag(tag string) *Catalog {
	c := For(Normalize(tag))
	if c.lang == "en" || !decimalPointRegion(tag) {
		return c
	}
	regionalMu.Lock()
	defer regionalMu.Unlock()
	if rc, ok := regional[c.lang]; ok {
		return rc
	}
	rc := &Catalog{lang: c.lang, loc: c.loc, point: true}
	regional[c.lang] = rc
	return rc
}

// decimalPointRegion reports whether setting names a country (not a wider area such as
// 419, Latin America) whose way of writing the language uses a decimal point, by the
// Unicode CLDR data golang.org/x/text carries.
func decimalPointRegion(setting string) bool {
	s := strings.TrimSpace(setting)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i] // es_MX.UTF-8, es_MX@euro
	}
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return false
	}
	region, conf := tag.Region()
	if conf != language.Exact || !region.IsCountry() {
		return false
	}
	return strings.HasPrefix(message.NewPrinter(tag).Sprint(number.Decimal(1.5)), "1.")
}

// marks are the decimal mark and the thousands separator numbers are written with: "." and
// "," in English and where ForTag chose a decimal point, else "," and ".".
func (c *Catalog) marks() (decimal, group string) {
	if c.lang == "en" || c.point {
		return ".", ","
	}
	return ",", "."
}

// DecimalPoint reports whether numbers are written with a decimal point in this catalog's
// language and region (English, or a region such as es-MX), which is also how a person using
// it types them.
func (c *Catalog) DecimalPoint() bool {
	decimal, _ := c.marks()
	return decimal == "."
}

// Plain writes f as a person types it in an input: every digit, no thousands separator, and
// the language's decimal mark (71,5 in Spanish and Portuguese), so that it reads back the same.
func (c *Catalog) Plain(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if decimal, _ := c.marks(); decimal != "." {
		s = strings.Replace(s, ".", decimal, 1)
	}
	return s
}

// Decimal formats f with the given number of decimals and the language's decimal mark
// (a comma in Spanish and Portuguese, a point where the region writes one).
func (c *Catalog) Decimal(f float64, decimals int) string {
	s := strconv.FormatFloat(f, 'f', decimals, 64)
	if decimal, _ := c.marks(); decimal != "." {
		s = strings.Replace(s, ".", decimal, 1)
	}
	return s
}

// Percent formats a percentage with one decimal the way the language writes it: "69.8%" in
// English, "69,8 %" in Spanish and Portuguese, "69.8 %" in Mexican Spanish.
func (c *Catalog) Percent(f float64) string { return c.Decimal(f, 1) + c.percentSign() }

// PlainPercent formats a percentage given exactly, such as a tier's bound, without needless
// decimals: "51%" and "51.5%" in English, "51 %" and "51,5 %" in Spanish and Portuguese.
func (c *Catalog) PlainPercent(f float64) string { return c.Plain(f) + c.percentSign() }

// percentSign is how the language writes the sign after a number: joined in English, after a
// non-breaking space in Spanish and Portuguese.
func (c *Catalog) percentSign() string {
	if c.lang == "en" {
		return "%"
	}
	return "\u00a0%"
}

// Number formats a measured value without needless decimals, grouping thousands from four
// digits on: 2,000, 12.5 in English; 2.000, 12,5 in Spanish and Portuguese; 2,000, 12.5
// where the region writes a decimal point.
func (c *Catalog) Number(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac, hasFrac := strings.Cut(s, ".")
	sign := ""
	if strings.HasPrefix(intPart, "-") {
		sign, intPart = "-", intPart[1:]
	}
	decimal, group := c.marks()
	if len(intPart) > 3 {
		var b strings.Builder
		for i, r := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				b.WriteString(group)
			}
			b.WriteRune(r)
		}
		intPart = b.String()
	}
	s = sign + intPart
	if hasFrac {
		s += decimal + frac
	}
	return s
}

// Date formats a day the language's way: "November 21, 2026", "21 de noviembre de 2026".
func (c *Catalog) Date(year int, month int, day int) string {
	return c.T("date.format", msg.Args{"Year": year, "Month": c.T("date.month." + strconv.Itoa(month)), "Day": day})
}
