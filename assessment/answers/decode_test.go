package answers

import (
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"go.yaml.in/yaml/v3"
)

// problemsOf returns the catalog errors err holds, failing the test on anything else: every
// problem of an answers file is a typed error made where it was found.
func problemsOf(t *testing.T, err error, doc string) []*msg.Error {
	t.Helper()
	var list msg.List
	if !errors.As(err, &list) {
		list = msg.List{err}
	}
	out := make([]*msg.Error, 0, len(list))
	for _, e := range list {
		var me *msg.Error
		if !errors.As(e, &me) {
			t.Fatalf("not a catalog error: %T %v\n%s", e, e, doc)
		}
		out = append(out, me)
	}
	return out
}

// styles are the two ways the tests write each generated file.
var styles = []struct {
	name   string
	asJSON bool
}{{"yaml", false}, {"json", true}}

// TestGeneratedFilesRead: files in every shape the reader takes, in block YAML and in JSON,
// read without a problem, and each answer is placed on its key's line.
func TestGeneratedFilesRead(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	for i := 0; i < 400; i++ {
		doc := validDoc(rng)
		for _, st := range styles {
			text := render(doc, st.asJSON)
			a, err := Parse([]byte(text), "gen.yaml")
			if err != nil {
				t.Fatalf("%s: %v\n%s", st.name, err, text)
			}
			for k, key := range doc.keys {
				v := doc.vals[k]
				switch key {
				case "answers":
					if len(a.Answers) != len(v.keys) {
						t.Fatalf("%s: %d answers read, %d written\n%s", st.name, len(a.Answers), len(v.keys), text)
					}
					for j, id := range v.keys {
						if got := a.Places[id].Args["Line"]; got != v.keyLines[j] {
							t.Fatalf("%s: %s placed on line %v, written on %d\n%s", st.name, id, got, v.keyLines[j], text)
						}
					}
				case "outcomes":
					if len(a.Outcomes) != len(v.vals) {
						t.Fatalf("%s: %d metrics read, %d written\n%s", st.name, len(a.Outcomes), len(v.vals), text)
					}
				case "city":
					if a.City != strings.TrimSpace(v.text) {
						t.Fatalf("%s: city %q read as %q", st.name, v.text, a.City)
					}
				}
			}
		}
	}
}

// TestWrongKindsAreNamedWithTheirLines puts a list, keys with values or a single value where
// each position of the file takes something else, and checks the one problem reported: its
// line, the key it names, and that it comes from our own words.
func TestWrongKindsAreNamedWithTheirLines(t *testing.T) {
	rng := rand.New(rand.NewSource(22))
	covered := map[string]int{}
	for i := 0; i < 1500; i++ {
		doc := validDoc(rng)
		var places []slot
		for _, s := range slots(doc) {
			if wrongKind(rng, s.parent.vals[s.i].role) != nil {
				places = append(places, s)
			}
		}
		if len(places) == 0 {
			continue
		}
		s := places[rng.Intn(len(places))]
		role := s.parent.vals[s.i].role
		bad := wrongKind(rng, role)
		s.parent.vals[s.i] = bad
		covered[role]++
		for _, st := range styles {
			text := render(doc, st.asJSON)
			_, err := Parse([]byte(text), "kinds.yaml")
			if err == nil {
				t.Fatalf("%s: %s accepted\n%s", st.name, role, text)
			}
			found := 0
			for _, p := range problemsOf(t, err, text) {
				switch {
				case p.ID == "answers.wrong_kind":
					found++
					if p.Args["Line"] != bad.line {
						t.Fatalf("%s: line %v, the value is on line %d: %v\n%s", st.name, p.Args["Line"], bad.line, p, text)
					}
					want := any(s.keyOf())
					if s.parent.kind == yaml.SequenceNode {
						want = msg.M{ID: "answers.key_metric", Args: msg.Args{"N": s.i + 1}}
					}
					if fmt.Sprint(p.Args["Key"]) != fmt.Sprint(want) {
						t.Fatalf("%s: names %v, want %v\n%s", st.name, p.Args["Key"], want, text)
					}
				case p.ID == "answers.metric_no_name" && s.keyOf() == "name":
				default:
					t.Fatalf("%s: unexpected problem %s: %v\n%s", st.name, p.ID, p, text)
				}
			}
			if found != 1 {
				t.Fatalf("%s: %d wrong-kind problems for one\n%v\n%s", st.name, found, err, text)
			}
		}
	}
	for _, role := range []string{"text", "number", "word", "answer", "rubric", "answers", "checklist", "outcomes", "metric"} {
		if covered[role] < 10 {
			t.Errorf("the wrong kind in a %s position was tried %d times", role, covered[role])
		}
	}
}

// acceptedKeys are the keys of each kind of mapping with a fixed set of keys.
var acceptedKeys = map[string][]string{"file": fileKeys, "rubric": rubricKeys, "answer": answerKeys, "metric": metricKeys}

// typo returns a key that is not one of keys: a misspelling, another language's word, a
// different case.
func typo(rng *rand.Rand, keys []string) string {
	for {
		k := pick(rng, keys)
		var out string
		switch rng.Intn(5) {
		case 0:
			out = k + "s"
		case 1:
			out = strings.ToUpper(k[:1]) + k[1:]
		case 2:
			out = pick(rng, []string{"ciudad", "cidade", "evidense", "año", "respuesta", "notas", "link", "goal"})
		case 3:
			out = k[:len(k)-1]
		default:
			out = k + "_" + pick(rng, []string{"2", "old", "x"})
		}
		if !known(keys, out) {
			return out
		}
	}
}

// TestUnknownKeysNameTheAcceptedKeys adds misspelt keys to the file's mappings and checks
// that each is named, on its line, with the keys that mapping accepts; the values of unknown
// keys, whatever they hold, are not looked at.
func TestUnknownKeysNameTheAcceptedKeys(t *testing.T) {
	rng := rand.New(rand.NewSource(23))
	for i := 0; i < 1000; i++ {
		doc := validDoc(rng)
		type added struct {
			m    *gnode
			at   int
			key  string
			keys []string
		}
		var adds []added
		for _, m := range mappings(doc) {
			keys, ok := acceptedKeys[m.role]
			if !ok || rng.Intn(3) > 0 {
				continue
			}
			key := typo(rng, keys)
			if known(m.keys, key) {
				continue
			}
			v := gscalar("x", "")
			if rng.Intn(3) == 0 {
				v = wrongKind(rng, "text")
			}
			at := rng.Intn(len(m.keys) + 1)
			m.insert(at, key, v)
			adds = append(adds, added{m, at, key, keys})
		}
		if len(adds) == 0 {
			continue
		}
		for _, st := range styles {
			text := render(doc, st.asJSON)
			_, err := Parse([]byte(text), "keys.yaml")
			got := problemsOf(t, err, text)
			if len(got) != len(adds) {
				t.Fatalf("%s: %d problems for %d unknown keys\n%v\n%s", st.name, len(got), len(adds), err, text)
			}
			want := map[string]added{}
			for _, a := range adds {
				want[fmt.Sprint(a.m.keyLines[a.at], a.key)] = a
			}
			for _, p := range got {
				a, ok := want[fmt.Sprint(p.Args["Line"], p.Args["Key"])]
				if p.ID != "answers.unknown_key" || !ok {
					t.Fatalf("%s: unexpected %s: %v\n%s", st.name, p.ID, p, text)
				}
				if p.Args["Keys"] != strings.Join(a.keys, ", ") {
					t.Fatalf("%s: accepted keys %v for a %s", st.name, p.Args["Keys"], a.m.role)
				}
			}
		}
	}
}

// variant writes an ID another way that means the same: case, a dash before the number.
func variant(id string) string {
	i := strings.IndexAny(id, "0123456789")
	if i <= 0 {
		return strings.ToLower(id) + " "
	}
	head := strings.ToLower(id[:i])
	if head == id[:i] {
		head = strings.ToUpper(head)
	}
	return head + "-" + id[i:]
}

// TestRepeatedKeysNameTheFirst repeats a key in each kind of mapping, as written or (for
// criterion IDs and checklist items) written another way, and checks the problem names both
// lines.
func TestRepeatedKeysNameTheFirst(t *testing.T) {
	rng := rand.New(rand.NewSource(24))
	ids := map[string]int{}
	for i := 0; i < 1000; i++ {
		doc := validDoc(rng)
		var ms []*gnode
		for _, m := range mappings(doc) {
			if len(m.keys) > 0 {
				ms = append(ms, m)
			}
		}
		m := ms[rng.Intn(len(ms))]
		from := rng.Intn(len(m.keys))
		key, id := m.keys[from], "yaml.duplicate_key"
		if (m.role == "answers" || m.role == "checklist") && rng.Intn(2) == 0 {
			key, id = variant(key), "answers.duplicate_id"
			if m.role == "checklist" {
				id = "answers.duplicate_item"
			}
		}
		at := from + 1 + rng.Intn(len(m.keys)-from)
		m.insert(at, key, gnull(m.vals[from].role))
		ids[id]++
		for _, st := range styles {
			text := render(doc, st.asJSON)
			_, err := Parse([]byte(text), "twice.yaml")
			got := problemsOf(t, err, text)
			if len(got) != 1 || got[0].ID != id {
				t.Fatalf("%s: want one %s for %q, got\n%v\n%s", st.name, id, key, err, text)
			}
			p := got[0]
			if p.Args["Line"] != m.keyLines[at] || p.Args["First"] != m.keyLines[from] {
				t.Fatalf("%s: lines %v and %v, want %d and %d\n%s", st.name, p.Args["Line"], p.Args["First"], m.keyLines[at], m.keyLines[from], text)
			}
		}
	}
	for _, id := range []string{"yaml.duplicate_key", "answers.duplicate_id", "answers.duplicate_item"} {
		if ids[id] < 10 {
			t.Errorf("%s tried %d times", id, ids[id])
		}
	}
}

// TestWhatIsNoMappingIsNoAnswersFile: a file that holds a list or a single value says so;
// a file of comments, or a null document, lacks its format.
func TestWhatIsNoMappingIsNoAnswersFile(t *testing.T) {
	rng := rand.New(rand.NewSource(25))
	for i := 0; i < 200; i++ {
		pad := strings.Repeat("# a comment\n", rng.Intn(3))
		var body string
		switch rng.Intn(4) {
		case 0:
			body = "- format: wwc-answers/1\n- DM1: yes\n"
		case 1:
			body = `["wwc-answers/1", {"DM1": "yes"}]` + "\n"
		case 2:
			body = pick(rng, []string{"wwc-answers/1", `"format: wwc-answers/1"`, "2024", "yes"}) + "\n"
		default:
			body = "[]\n"
		}
		_, err := Parse([]byte(pad+body), "not.yaml")
		got := problemsOf(t, err, pad+body)
		if len(got) != 1 || got[0].ID != "answers.not_mapping" || got[0].Args["Line"] != strings.Count(pad, "\n")+1 {
			t.Fatalf("%v\n%s", err, pad+body)
		}
	}
	for _, doc := range []string{"# nothing here\n", "~\n", "---\n", "null\n", "--- # still nothing\n...\n"} {
		_, err := Parse([]byte(doc), "none.yaml")
		got := problemsOf(t, err, doc)
		if len(got) != 1 || got[0].ID != "answers.bad_format" || got[0].Args["Line"] != 1 {
			t.Errorf("%q: %v", doc, err)
		}
	}
}

// TestKeysThatAreNoWords: a list or keys with values used as a key is named with its line.
func TestKeysThatAreNoWords(t *testing.T) {
	for _, tc := range []struct {
		doc  string
		line int
	}{
		{"format: wwc-answers/1\n? [a, b]\n: x\n", 2},
		{"format: wwc-answers/1\nanswers:\n  DM1: yes\n  ? {a: b}\n  : yes\n", 4},
		{"format: wwc-answers/1\nanswers:\n  DM1: {answer: yes, checklist: {[a]: yes}}\n", 3},
		{"format: wwc-answers/1\noutcomes:\n  - name: x\n    ? - a\n    : 1\n", 4},
	} {
		_, err := Parse([]byte(tc.doc), "k.yaml")
		got := problemsOf(t, err, tc.doc)
		if len(got) != 1 || got[0].ID != "answers.bad_key" || got[0].Args["Line"] != tc.line {
			t.Errorf("%v\n%s", err, tc.doc)
		}
	}
}

// TestNullsAreAbsentValues: a key with no value (key:, ~, null) reads as if it were not
// there, wherever it is, except that a metric needs its name.
func TestNullsAreAbsentValues(t *testing.T) {
	for _, null := range []string{"", " ~", " null", " Null"} {
		doc := "format: wwc-answers/1\nrubric:" + null + "\nlang:" + null + "\ncity:" + null + "\nyear:" + null +
			"\npopulation:" + null + "\nanswers:\n  DM1:" + null + "\n  DM2:\n    answer:" + null + "\n    checklist:" + null +
			"\n  DM3: {checklist: {a:" + null + "}}\noutcomes:\n  - name: Leaks\n    direction:" + null + "\n    baseline:" + null + "\n"
		a, err := Parse([]byte(doc), "null.yaml")
		if err != nil {
			t.Fatalf("%q: %v\n%s", null, err, doc)
		}
		if len(a.Answers) != 3 || a.Answers["DM1"].Value.String() != "unanswered" || a.Places["DM1"].Args["Line"] != 8 {
			t.Errorf("%q: %+v", null, a)
		}
		_, err = Parse([]byte("format: wwc-answers/1\noutcomes:\n  - name: x\n  -"+null+"\n"), "null.yaml")
		if got := problemsOf(t, err, ""); len(got) != 1 || got[0].ID != "answers.metric_no_name" || got[0].Args["Line"] != 4 {
			t.Errorf("%q: a null metric: %v", null, err)
		}
	}
}

// TestProblemsComeInTheFilesOrder: whatever kinds of problems a file has, they are reported
// by line, the format first when it is missing.
func TestProblemsComeInTheFilesOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(26))
	bad := []string{"year: dos mil", "ciudad: x", "city: [a]", "population: -1", "rubric: x"}
	for i := 0; i < 300; i++ {
		var b strings.Builder
		format := rng.Intn(2) == 0
		lines := []string{}
		if format {
			lines = append(lines, "format: wwc-answers/1")
		}
		used := map[string]bool{}
		for j := rng.Intn(len(bad)); j >= 0; j-- {
			if l := pick(rng, bad); !used[l] {
				used[l] = true
				lines = append(lines, l)
			}
		}
		lines = append(lines, "answers:")
		for j := rng.Intn(8); j >= 0; j-- {
			lines = append(lines, fmt.Sprintf("  %s%d: %s", pick(rng, []string{"DM", "LC", "OD"}), j, pick(rng, []string{"yes", "tal vez", "[x]", "{answer: hmm}", "{answer: no, link: x}"})))
		}
		rng.Shuffle(len(lines), func(i, j int) {
			if lines[i] != "answers:" && lines[j] != "answers:" && !strings.HasPrefix(lines[i], "  ") && !strings.HasPrefix(lines[j], "  ") {
				lines[i], lines[j] = lines[j], lines[i]
			}
		})
		for _, l := range lines {
			b.WriteString(l + "\n")
		}
		_, err := Parse([]byte(b.String()), "order.yaml")
		if err == nil {
			continue
		}
		prev := 0
		for k, p := range problemsOf(t, err, b.String()) {
			line, _ := p.Args["Line"].(int)
			if line < prev {
				t.Fatalf("problem %d on line %d after line %d:\n%v\n%s", k, line, prev, err, b.String())
			}
			prev = line
		}
	}
}

// The words of IDs the generated files use must be IDs the reader takes as they are.
func TestGeneratedIDsAreCriteria(t *testing.T) {
	for _, id := range genIDs {
		if questions.NormalizeID(id) != id || questions.NormalizeID(variant(id)) != id {
			t.Errorf("%s, %s", id, variant(id))
		}
	}
}

// TestMergeKeysAreRefused: a YAML merge key (<<) in any mapping is named with its line, like
// the aliases it usually comes with.
func TestMergeKeysAreRefused(t *testing.T) {
	rng := rand.New(rand.NewSource(27))
	for i := 0; i < 300; i++ {
		doc := validDoc(rng)
		ms := mappings(doc)
		for _, m := range ms {
			m.flow = false // in flow style, "<<" is written quoted: a key like any other
		}
		m := ms[rng.Intn(len(ms))]
		at := rng.Intn(len(m.keys) + 1)
		m.insert(at, "<<", gmap("").set("city", gscalar("x", "")))
		text := render(doc, false)
		_, err := Parse([]byte(text), "merge.yaml")
		got := problemsOf(t, err, text)
		if len(got) != 1 || got[0].ID != "answers.merge" || got[0].Args["Line"] != m.keyLines[at] {
			t.Fatalf("%v\n%s", err, text)
		}
	}
}

// TestPopulationAsTheSchemaSays: a population with thousands separators, as FORMATS.md and
// the answers-file schema allow (the workbook reader took them, the answers file did not),
// and nothing that is not a whole number.
func TestPopulationAsTheSchemaSays(t *testing.T) {
	for text, want := range map[string]int{"578605": 578605, "578.605": 578605, "578,605": 578605, `"578 605"`: 578605, "1.234.567": 1234567, "578605.0": 578605} {
		a, err := Parse([]byte("format: wwc-answers/1\npopulation: "+text+"\nanswers: {}\n"), "a.yaml")
		if err != nil {
			t.Errorf("population %s: %v", text, err)
		} else if a.Population != want {
			t.Errorf("population %s: %d; want %d", text, a.Population, want)
		}
	}
	for _, text := range []string{"-5", "1.5", "many", "1e30", "578.6"} {
		if _, err := Parse([]byte("format: wwc-answers/1\npopulation: "+text+"\nanswers: {}\n"), "a.yaml"); err == nil {
			t.Errorf("population %s accepted", text)
		}
	}
}
