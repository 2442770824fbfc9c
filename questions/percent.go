package questions

import (
	"errors"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Percent is a share in hundredths of a percent (5150 is 51.5%), kept as an integer so that
// tier boundaries are compared exactly.
type Percent int

// ParsePercent reads "51", "51.5" or "51.25" exactly; more than two decimals is an error.
func ParsePercent(s string) (Percent, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || (hasFrac && (frac == "" || len(frac) > 2)) {
		return 0, errors.New("not a percentage with at most two decimals")
	}
	w, err := strconv.Atoi(whole)
	if err != nil || strings.HasPrefix(whole, "+") {
		return 0, errors.New("not a percentage with at most two decimals")
	}
	f := 0
	if hasFrac {
		for len(frac) < 2 {
			frac += "0"
		}
		if f, err = strconv.Atoi(frac); err != nil || frac[0] == '-' || frac[0] == '+' {
			return 0, errors.New("not a percentage with at most two decimals")
		}
	}
	if w < 0 {
		return Percent(w*100 - f), nil
	}
	return Percent(w*100 + f), nil
}

// String writes the percentage without trailing zeros: 51, 51.5, 51.25.
func (p Percent) String() string {
	sign := ""
	v := int(p)
	if v < 0 {
		sign, v = "-", -v
	}
	s := sign + strconv.Itoa(v/100)
	if f := v % 100; f != 0 {
		fs := strconv.Itoa(f)
		if f < 10 {
			fs = "0" + fs
		}
		s += "." + strings.TrimRight(fs, "0")
	}
	return s
}

// UnmarshalYAML reads the scalar's text exactly, never through a float.
func (p *Percent) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return badPercent(n)
	}
	v, err := ParsePercent(n.Value)
	if err != nil {
		return badPercent(n)
	}
	*p = v
	return nil
}

// MarshalYAML writes the percentage as a plain number.
func (p Percent) MarshalYAML() (any, error) {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: p.String()}
	if strings.Contains(n.Value, ".") {
		n.Tag = "!!float"
	}
	return n, nil
}

// badPercent is reported in yaml's own error shape so that it is collected with the file's
// other type errors and translated by the loader.
func badPercent(n *yaml.Node) error {
	return &yaml.TypeError{Errors: []string{"line " + strconv.Itoa(n.Line) + ": percent `" + n.Value + "`"}}
}
