package answers

import (
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"go.yaml.in/yaml/v3"
)

// decoder walks the node tree of one answers file and collects every problem it finds, each
// a catalog error naming the file and the line, capped at assessment.MaxProblems with one
// line counting the rest.
type decoder struct {
	name     string
	problems assessment.Problems
}

// room tells whether one more problem is listed (see assessment.Problems.Room): callers ask
// before building a problem's arguments.
func (d *decoder) room() bool { return d.problems.Room() }

// problem records what is wrong at line; callers have asked room first.
func (d *decoder) problem(line int, id string, args msg.Args) {
	args["File"], args["Line"] = d.name, line
	d.problems.Add(msg.E(id, args))
}

// err returns the problems found, nil when there are none.
func (d *decoder) err() error { return d.problems.Err() }

// What a value should be, for the messages about a value of the wrong kind.
var (
	kindText   = msg.M{ID: "yaml.kind_text"}
	kindNumber = msg.M{ID: "yaml.kind_number"}
)

// kindKeys says that keys with values are expected, naming them.
func kindKeys(keys []string) msg.M {
	return msg.M{ID: "answers.kind_keys", Args: msg.Args{"Keys": strings.Join(keys, ", ")}}
}

// kindOf says what a node holds: a list, keys with values, or the value it is.
func kindOf(n *yaml.Node) msg.M {
	switch n.Kind {
	case yaml.MappingNode:
		return msg.M{ID: "yaml.kind_mapping"}
	case yaml.SequenceNode:
		return msg.M{ID: "yaml.kind_list"}
	}
	return msg.M{ID: "answers.got_value", Args: msg.Args{"Value": n.Value}}
}

// wrongKind reports that key holds something other than what it takes.
func (d *decoder) wrongKind(key any, v *yaml.Node, expected msg.M) {
	if d.room() {
		d.problem(v.Line, "answers.wrong_kind", msg.Args{"Key": key, "Got": kindOf(v), "Expected": expected})
	}
}

// isNull tells an empty or null value (key:, key: ~, key: null), which YAML decoders leave as
// the zero value, from everything else.
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// scalar is a value's text and line, kept as written so that it can be parsed liberally and
// every problem reported with its place. Set is false for a null value, or a list or keys
// with values where one value belongs (already reported).
type scalar struct {
	Value string
	Line  int
	Set   bool
}

// scalar reads v, the value of key, as one value; anything else is reported, saying what
// was expected.
func (d *decoder) scalar(key any, v *yaml.Node, expected msg.M) scalar {
	if v.Kind != yaml.ScalarNode {
		d.wrongKind(key, v, expected)
		return scalar{Line: v.Line}
	}
	if isNull(v) {
		return scalar{Line: v.Line}
	}
	return scalar{Value: v.Value, Line: v.Line, Set: true}
}

// text reads v, the value of key, as a text; numbers and booleans are taken as written, and a
// null value is "".
func (d *decoder) text(key string, v *yaml.Node) string {
	return d.scalar(key, v, kindText).Value
}

// smallMapping is how many pairs a mapping may hold before entries keeps its keys in a map
// rather than comparing each with those before it.
const smallMapping = 8

// entries walks mapping n's pairs in the file's order and hands each to each. A key must be one
// value and be given once; when keys is not nil it must also be one of them. Pairs with a bad
// key are reported and left out; the first of two equal keys is kept.
func (d *decoder) entries(n *yaml.Node, keys []string, each func(key string, k, v *yaml.Node)) {
	pairs := len(n.Content) / 2
	var seen map[string]int
	if pairs > smallMapping {
		seen = make(map[string]int, pairs)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			if d.room() {
				d.problem(k.Line, "answers.bad_key", msg.Args{"Got": kindOf(k)})
			}
			continue
		}
		if k.ShortTag() == "!!merge" {
			// <<: merges another mapping's keys in; with aliases refused, only an inline
			// mapping could be merged, which is the keys written out with extra steps.
			if d.room() {
				d.problem(k.Line, "answers.merge", msg.Args{})
			}
			continue
		}
		if first, dup := firstLine(n, i, seen); dup {
			if d.room() {
				d.problem(k.Line, "yaml.duplicate_key", msg.Args{"Key": k.Value, "First": first})
			}
			continue
		}
		if keys != nil && !known(keys, k.Value) {
			if d.room() {
				d.problem(k.Line, "answers.unknown_key", msg.Args{"Key": k.Value, "Keys": strings.Join(keys, ", ")})
			}
			continue
		}
		each(k.Value, k, v)
	}
}

// firstLine tells whether the key at n.Content[i] was given before in mapping n, and on which
// line. seen, when not nil, holds the keys before i and receives this one; small mappings are
// searched instead.
func firstLine(n *yaml.Node, i int, seen map[string]int) (int, bool) {
	k := n.Content[i]
	if seen != nil {
		if first, dup := seen[k.Value]; dup {
			return first, true
		}
		seen[k.Value] = k.Line
		return 0, false
	}
	for j := 0; j < i; j += 2 {
		if p := n.Content[j]; p.Kind == yaml.ScalarNode && p.Value == k.Value {
			return p.Line, true
		}
	}
	return 0, false
}

func known(keys []string, key string) bool {
	for _, k := range keys {
		if k == key {
			return true
		}
	}
	return false
}
