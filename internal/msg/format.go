package msg

import (
	"strconv"
	"strings"
)

// Decimal formats f with the given number of decimals and the language's decimal mark
// (a comma in Spanish and Portuguese).
func (c *Catalog) Decimal(f float64, decimals int) string {
	s := strconv.FormatFloat(f, 'f', decimals, 64)
	if c.lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Percent formats a percentage with one decimal the way the language writes it: "69.8%" in
// English, "69,8 %" in Spanish and Portuguese.
func (c *Catalog) Percent(f float64) string {
	if c.lang == "en" {
		return c.Decimal(f, 1) + "%"
	}
	return c.Decimal(f, 1) + "\u00a0%"
}

// Number formats a measured value without needless decimals, grouping thousands from four
// digits on: 2,000, 12.5 in English; 2.000, 12,5 in Spanish and Portuguese.
func (c *Catalog) Number(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac, hasFrac := strings.Cut(s, ".")
	sign := ""
	if strings.HasPrefix(intPart, "-") {
		sign, intPart = "-", intPart[1:]
	}
	group, decimal := ",", "."
	if c.lang != "en" {
		group, decimal = ".", ","
	}
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
	return c.T("date.format", Args{"Year": year, "Month": c.T("date.month." + strconv.Itoa(month)), "Day": day})
}
