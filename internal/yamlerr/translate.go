// Package yamlerr says what the YAML parser found wrong in a file in the user's words: its
// syntax errors, unknown and repeated keys and values of the wrong kind become catalog errors
// naming the file and the line. It reads the parser's own messages, the only form in which the
// library gives them; errors of our own code never pass through here.
package yamlerr

import (
	"errors"
	"regexp"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"go.yaml.in/yaml/v3"
)

var (
	reUnknownField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type`)
	reDuplicateKey = regexp.MustCompile("^line (\\d+): mapping key \"?(.*?)\"? already defined at line (\\d+)")
	reCannot       = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+)(?: `(.*)`)? into (\\S+)")
	reLine         = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
)

// Translate turns yaml's English, Go-typed messages into catalog errors, one per
// problem, each with its line.
func Translate(err error, name string) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		detail := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := reLine.FindStringSubmatch(err.Error()); m != nil {
			return msg.Wrap(err, "yaml.syntax", msg.Args{"File": name, "Line": m[1], "Detail": Detail(m[2])})
		}
		return msg.Wrap(err, "yaml.invalid", msg.Args{"File": name, "Detail": Detail(detail)})
	}
	var list msg.List
	for _, e := range te.Errors {
		list = append(list, typeError(e, name))
	}
	return list
}

// typeError turns one of yaml's type error lines into a catalog error naming the file
// and line.
func typeError(e, name string) error {
	if m := reUnknownField.FindStringSubmatch(e); m != nil {
		return msg.E("yaml.unknown_key", msg.Args{"File": name, "Line": m[1], "Key": m[2]})
	}
	if m := reDuplicateKey.FindStringSubmatch(e); m != nil {
		return msg.E("yaml.duplicate_key", msg.Args{"File": name, "Line": m[1], "Key": m[2], "First": m[3]})
	}
	if m := reCannot.FindStringSubmatch(e); m != nil {
		if m[2] == "seq" || m[2] == "map" {
			// yaml quotes no value for a list or a mapping: say what it is instead.
			return msg.E("yaml.bad_kind", msg.Args{"File": name, "Line": m[1], "Got": gotKind(m[2]), "Expected": expectedKind(m[4])})
		}
		return msg.E("yaml.bad_value", msg.Args{"File": name, "Line": m[1], "Value": m[3], "Expected": expectedKind(m[4])})
	}
	if m := reLine.FindStringSubmatch(e); m != nil {
		return msg.E("yaml.syntax", msg.Args{"File": name, "Line": m[1], "Detail": Detail(m[2])})
	}
	return msg.E("yaml.invalid", msg.Args{"File": name, "Detail": Detail(e)})
}

// gotKind names, as a catalog message, what a list or mapping tag (seq, map) holds.
func gotKind(tag string) msg.M {
	if tag == "seq" {
		return msg.M{ID: "yaml.kind_list"}
	}
	return msg.M{ID: "yaml.kind_mapping"}
}

// expectedKind names, as a catalog message, what a Go type expected.
func expectedKind(goType string) msg.M {
	switch {
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"), strings.HasPrefix(goType, "float"),
		goType == "questions.Percent":
		return msg.M{ID: "yaml.kind_number"}
	case goType == "string":
		return msg.M{ID: "yaml.kind_text"}
	case goType == "bool":
		return msg.M{ID: "yaml.kind_bool"}
	case strings.HasPrefix(goType, "[]"):
		return msg.M{ID: "yaml.kind_list"}
	default:
		return msg.M{ID: "yaml.kind_mapping"}
	}
}
