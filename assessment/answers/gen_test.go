package answers

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// gnode is a generated answers file, or a part of one, before it is written: the tests build
// files as trees, write them in block YAML or in JSON (one element a line), and learn from the
// writing on which line each key and value landed.
type gnode struct {
	kind yaml.Kind // ScalarNode, MappingNode or SequenceNode
	text string    // a scalar's value
	null bool      // a null scalar (~ in YAML, null in JSON)
	keys []string  // a mapping's keys, in order
	vals []*gnode  // a mapping's values, or a list's items
	role string    // what the position takes, for the tests that put the wrong thing there
	flow bool      // written in flow style ({ } or [ ]) on its key's line

	line     int   // set by writing: the line YAML gives the node
	keyLines []int // set by writing: the line of each key
}

func gscalar(s, role string) *gnode { return &gnode{kind: yaml.ScalarNode, text: s, role: role} }
func gnull(role string) *gnode      { return &gnode{kind: yaml.ScalarNode, null: true, role: role} }
func gmap(role string) *gnode       { return &gnode{kind: yaml.MappingNode, role: role} }
func glist(role string) *gnode      { return &gnode{kind: yaml.SequenceNode, role: role} }

func (g *gnode) set(key string, v *gnode) *gnode {
	g.keys, g.vals = append(g.keys, key), append(g.vals, v)
	return g
}

// insert puts key: v before the i-th pair.
func (g *gnode) insert(i int, key string, v *gnode) {
	g.keys = append(g.keys[:i], append([]string{key}, g.keys[i:]...)...)
	g.vals = append(g.vals[:i], append([]*gnode{v}, g.vals[i:]...)...)
}

// writer writes a gnode tree, counting lines.
type writer struct {
	b    strings.Builder
	line int // the line being written, from 1
	json bool
}

func (w *writer) write(s string) {
	w.b.WriteString(s)
	w.line += strings.Count(s, "\n")
}

// render writes the document in block YAML, or in JSON when asJSON, and fills in the lines.
func render(doc *gnode, asJSON bool) string {
	w := &writer{line: 1, json: asJSON}
	if asJSON {
		w.jsonValue(doc, 0)
		w.write("\n")
	} else {
		doc.line = 1
		w.blockMapping(doc, 0, false)
	}
	return w.b.String()
}

var plainText = regexp.MustCompile(`^[A-Za-zÀ-ÿ]([A-Za-zÀ-ÿ0-9 ._/-]*[A-Za-zÀ-ÿ0-9.])?$|^[0-9]+$`)

// scalarText writes a scalar as YAML: plain when it is safe, else quoted (JSON's quoting is
// YAML's double-quoted style).
func (w *writer) scalarText(g *gnode) string {
	switch {
	case g.null && w.json:
		return "null"
	case g.null:
		return "~"
	case !w.json && plainText.MatchString(g.text):
		return g.text
	}
	b, _ := json.Marshal(g.text)
	return string(b)
}

func (w *writer) key(k string) string {
	if !w.json && (plainText.MatchString(k) || k == "<<") {
		return k
	}
	b, _ := json.Marshal(k)
	return string(b)
}

func indent(n int) string { return strings.Repeat(" ", n) }

// blockMapping writes a mapping's pairs at indent, one a line; a non-empty mapping or list
// value starts on the next line, so that is its line. afterDash: the first key follows a
// list item's dash.
func (w *writer) blockMapping(g *gnode, in int, afterDash bool) {
	g.keyLines = make([]int, len(g.keys))
	for i, k := range g.keys {
		if i > 0 || !afterDash {
			w.write(indent(in))
		}
		g.keyLines[i] = w.line
		w.write(w.key(k) + ":")
		w.blockValue(g.vals[i], in+2)
	}
}

// blockValue writes a value after its key or dash.
func (w *writer) blockValue(v *gnode, in int) {
	switch {
	case v.kind == yaml.ScalarNode:
		v.line = w.line
		w.write(" " + w.scalarText(v) + "\n")
	case len(v.vals) == 0 || v.flow:
		v.line = w.line
		w.write(" ")
		w.json = true
		w.jsonValue(v, in)
		w.json = false
		w.write("\n")
	case v.kind == yaml.MappingNode:
		w.write("\n")
		v.line = w.line
		w.blockMapping(v, in, false)
	default:
		w.write("\n")
		v.line = w.line
		for _, item := range v.vals {
			w.write(indent(in) + "-")
			if item.kind == yaml.MappingNode && len(item.vals) > 0 && !item.flow {
				item.line = w.line
				w.write(" ")
				w.blockMapping(item, in+2, true)
				continue
			}
			w.blockValue(item, in+2)
		}
	}
}

// jsonValue writes a value in JSON, one key or item a line; a mapping or list is on the line
// of its opening bracket.
func (w *writer) jsonValue(v *gnode, in int) {
	v.line = w.line
	switch v.kind {
	case yaml.ScalarNode:
		w.write(w.scalarText(v))
	case yaml.MappingNode:
		v.keyLines = make([]int, len(v.keys))
		w.write("{")
		for i, k := range v.keys {
			if i > 0 {
				w.write(",")
			}
			w.write("\n" + indent(in+2))
			v.keyLines[i] = w.line
			b, _ := json.Marshal(k)
			w.write(string(b) + ": ")
			w.jsonValue(v.vals[i], in+2)
		}
		if len(v.keys) > 0 {
			w.write("\n" + indent(in))
		}
		w.write("}")
	default:
		w.write("[")
		for i, item := range v.vals {
			if i > 0 {
				w.write(",")
			}
			w.write("\n" + indent(in+2))
			w.jsonValue(item, in+2)
		}
		if len(v.vals) > 0 {
			w.write("\n" + indent(in))
		}
		w.write("]")
	}
}

// Words the generated files answer with, as people write them.
var (
	genWords      = []string{"yes", "no", "sí", "não", "en proceso", "in progress", "met", "not met", "1", "0", "true", "x", "Cumple", "em andamento", ""}
	genDirections = []string{"increase", "decrease", "disminuir", "aumentar", "lower is better", ""}
	genIDs        = []string{"DM1", "DM2", "DM3", "DM4", "DM5", "LC1", "LC2", "OD1", "PA1", "BF1", "RDC1", "CI1", "EVAL1", "EVAL4"}
)

func pick(rng *rand.Rand, from []string) string { return from[rng.Intn(len(from))] }

// validDoc generates an answers file every reader takes: the keys in a random order and
// subset, answers short and long, checklists, outcome metrics.
func validDoc(rng *rand.Rand) *gnode {
	root := gmap("file")
	var pairs []func()
	pairs = append(pairs, func() { root.set("format", gscalar(Format, "text")) })
	maybe := func(f func()) {
		if rng.Intn(4) > 0 {
			pairs = append(pairs, f)
		}
	}
	maybe(func() {
		r := gmap("rubric")
		if rng.Intn(2) == 0 {
			r.set("id", gscalar("wwc-2022", "text"))
		}
		r.set("version", gscalar("2022.1", "text"))
		root.set("rubric", r)
	})
	maybe(func() { root.set("lang", gscalar(pick(rng, []string{"en", "es", "pt"}), "text")) })
	maybe(func() {
		root.set("city", gscalar(pick(rng, []string{"Maipú", "Recife", "São Paulo", "2024", "x: y"}), "text"))
	})
	maybe(func() { root.set("country", gscalar("Chile", "text")) })
	maybe(func() { root.set("year", gscalar(pick(rng, []string{"2024", "2025"}), "number")) })
	maybe(func() { root.set("population", gscalar(pick(rng, []string{"578605", "1000", "0"}), "number")) })
	maybe(func() { root.set("answers", genAnswers(rng)) })
	maybe(func() {
		o := glist("outcomes")
		for i := rng.Intn(4); i > 0; i-- {
			o.vals = append(o.vals, genMetric(rng))
		}
		root.set("outcomes", o)
	})
	rng.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
	for _, p := range pairs {
		p()
	}
	return root
}

func genAnswers(rng *rand.Rand) *gnode {
	a := gmap("answers")
	ids := append([]string(nil), genIDs...)
	rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	for _, id := range ids[:rng.Intn(len(ids))] {
		if rng.Intn(3) == 0 {
			a.set(id, gscalar(pick(rng, genWords), "answer"))
			continue
		}
		m := gmap("answer")
		if rng.Intn(5) > 0 {
			m.set("answer", gscalar(pick(rng, genWords), "word"))
		}
		if rng.Intn(2) == 0 {
			m.set("evidence", gscalar("https://example.org/"+id, "text"))
		}
		if rng.Intn(2) == 0 {
			m.set("notes", gscalar("Comité: "+id, "text"))
		}
		if rng.Intn(3) == 0 {
			c := gmap("checklist")
			for i, n := 0, rng.Intn(4); i < n; i++ {
				c.set(fmt.Sprintf("item%d", i+1), gscalar(pick(rng, genWords), "word"))
			}
			m.set("checklist", c)
		}
		m.flow = rng.Intn(4) == 0
		a.set(id, m)
	}
	return a
}

func genMetric(rng *rand.Rand) *gnode {
	m := gmap("metric")
	m.set("name", gscalar(pick(rng, []string{"Fugas de agua", "Leaks", "Tempo de espera"}), "text"))
	fields := []struct{ key, role string }{{"unit", "text"}, {"direction", "text"}, {"baseline_year", "number"},
		{"baseline", "number"}, {"current_year", "number"}, {"current", "number"}, {"evidence", "text"}}
	values := map[string][]string{"unit": {"%", "por día"}, "direction": genDirections, "baseline_year": {"2021"},
		"baseline": {"20000", "20,5", "1.234,5"}, "current_year": {"2024"}, "current": {"2000", "12.5"}, "evidence": {"https://x.org"}}
	for _, f := range fields {
		if rng.Intn(2) == 0 {
			m.set(f.key, gscalar(pick(rng, values[f.key]), f.role))
		}
	}
	return m
}

// slot is a place in a generated file: the i-th value of parent (a mapping's value or a
// list's item).
type slot struct {
	parent *gnode
	i      int
}

// slots lists every value under g.
func slots(g *gnode) []slot {
	var out []slot
	for i, v := range g.vals {
		out = append(out, slot{g, i})
		out = append(out, slots(v)...)
	}
	return out
}

// keyOf is the key of the slot's value, "" for a list item.
func (s slot) keyOf() string {
	if s.parent.kind == yaml.MappingNode {
		return s.parent.keys[s.i]
	}
	return ""
}

// mappings lists g and every mapping under it.
func mappings(g *gnode) []*gnode {
	var out []*gnode
	if g.kind == yaml.MappingNode {
		out = append(out, g)
	}
	for _, v := range g.vals {
		out = append(out, mappings(v)...)
	}
	return out
}

// wrongKind returns a value of a kind the role does not take, in block or flow style.
func wrongKind(rng *rand.Rand, role string) *gnode {
	list := func() *gnode {
		l := glist("")
		for i := 1 + rng.Intn(2); i > 0; i-- {
			l.vals = append(l.vals, gscalar(pick(rng, []string{"yes", "a", "2024"}), ""))
		}
		l.flow = rng.Intn(2) == 0
		return l
	}
	mapping := func() *gnode {
		m := gmap("").set(pick(rng, []string{"answer", "x", "name"}), gscalar("yes", ""))
		m.flow = rng.Intn(2) == 0
		return m
	}
	value := func() *gnode { return gscalar(pick(rng, []string{"yes", "x", "2024", "wwc-2022"}), "") }
	var choices []func() *gnode
	switch role {
	case "text", "number", "word":
		choices = []func() *gnode{list, mapping}
	case "answer":
		choices = []func() *gnode{list}
	case "rubric", "answers", "checklist", "metric":
		choices = []func() *gnode{list, value}
	case "outcomes":
		choices = []func() *gnode{mapping, value}
	default:
		return nil
	}
	return choices[rng.Intn(len(choices))]()
}
