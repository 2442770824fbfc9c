package questions

import (
	"regexp"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
)

// validID is the shape of practice, question, tier and item IDs: letters, then letters or
// digits. Anything looser could not be typed back through NormalizeID.
var validID = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*$`)

// Validate checks the rubric and returns every problem found, each naming the ID or line.
func (r *Rubric) Validate() msg.List {
	v := &validator{}
	if r.Format != Format {
		v.problem("rubric.bad_format", 0, msg.Args{"Got": r.Format, "Want": Format})
	}
	if strings.TrimSpace(r.ID) == "" {
		v.problem("rubric.no_id", 0, nil)
	}
	if strings.TrimSpace(r.Version) == "" {
		v.problem("rubric.no_version", 0, nil)
	}
	v.text(r.Name, "rubric.name", 0, "")
	v.tiers(r.Tiers)
	v.practices(r)
	return v.problems
}

type validator struct {
	problems msg.List
}

// problem records a problem, placed at its line when the line is known.
func (v *validator) problem(id string, line int, args msg.Args) {
	var err error = msg.E(id, args)
	if line > 0 {
		err = msg.Wrap(err, "place.at_line", msg.Args{"Line": line, "Err": err})
	}
	v.problems = append(v.problems, err)
}

// text checks that a required text has all three languages.
func (v *validator) text(t Text, field string, line int, owner string) {
	if missing := t.Missing(); len(missing) > 0 {
		v.problem("rubric.missing_lang", line, msg.Args{"Field": field, "Owner": owner, "Langs": strings.Join(missing, ", ")})
	}
}

// optionalText checks that a text given in any language is given in all three.
func (v *validator) optionalText(t Text, field string, line int, owner string) {
	if !t.IsZero() {
		v.text(t, field, line, owner)
	}
}

func (v *validator) tiers(tiers []Tier) {
	if len(tiers) == 0 {
		v.problem("rubric.no_tiers", 0, nil)
	}
	seen := map[string]bool{}
	for i, t := range tiers {
		switch {
		case !validID.MatchString(t.ID) || strings.EqualFold(t.ID, "none"):
			v.problem("rubric.bad_tier_id", t.Line, msg.Args{"ID": t.ID})
		case seen[t.ID]:
			v.problem("rubric.duplicate_tier", t.Line, msg.Args{"ID": t.ID})
		}
		seen[t.ID] = true
		v.text(t.Name, "name", t.Line, t.ID)
		if t.MinPercent <= 0 || t.MinPercent > 10000 {
			v.problem("rubric.tier_percent_range", t.Line, msg.Args{"ID": t.ID, "Percent": t.MinPercent.String()})
		}
		if t.MinOutcomes < 0 {
			v.problem("rubric.tier_outcomes_negative", t.Line, msg.Args{"ID": t.ID, "Count": t.MinOutcomes})
		}
		if i > 0 {
			prev := tiers[i-1]
			if t.MinPercent <= prev.MinPercent {
				v.problem("rubric.tier_percent_order", t.Line, msg.Args{"ID": t.ID, "Prev": prev.ID, "Percent": t.MinPercent.String(), "PrevPercent": prev.MinPercent.String()})
			}
			if t.MinOutcomes < prev.MinOutcomes {
				v.problem("rubric.tier_outcomes_order", t.Line, msg.Args{"ID": t.ID, "Prev": prev.ID, "Count": t.MinOutcomes, "PrevCount": prev.MinOutcomes})
			}
		}
	}
}

func (v *validator) practices(r *Rubric) {
	if len(r.Practices) == 0 {
		v.problem("rubric.no_practices", 0, nil)
	}
	practiceSeen := map[string]int{}
	questionSeen := map[string]int{}
	for _, p := range r.Practices {
		if !validID.MatchString(p.ID) {
			v.problem("rubric.bad_practice_id", p.Line, msg.Args{"ID": p.ID})
		} else if first, dup := practiceSeen[p.ID]; dup {
			v.problem("rubric.duplicate_practice", p.Line, msg.Args{"ID": p.ID, "First": first})
		} else {
			practiceSeen[p.ID] = p.Line
		}
		v.text(p.Name, "name", p.Line, p.ID)
		if len(p.Questions) == 0 {
			v.problem("rubric.empty_practice", p.Line, msg.Args{"ID": p.ID})
		}
		for _, q := range p.Questions {
			v.question(q, questionSeen)
		}
	}
	v.prerequisites(r, questionSeen)
}

func (v *validator) question(q Question, seen map[string]int) {
	norm := NormalizeID(q.ID)
	switch {
	case !validID.MatchString(q.ID):
		v.problem("rubric.bad_question_id", q.Line, msg.Args{"ID": q.ID})
	case seen[norm] != 0:
		v.problem("rubric.duplicate_question", q.Line, msg.Args{"ID": q.ID, "First": seen[norm]})
	default:
		seen[norm] = max(q.Line, 1)
	}
	v.text(q.Title, "title", q.Line, q.ID)
	v.text(q.Question, "question", q.Line, q.ID)
	v.optionalText(q.Guidance, "guidance", q.Line, q.ID)
	if q.Weight != nil && *q.Weight <= 0 {
		v.problem("rubric.bad_weight", q.Line, msg.Args{"ID": q.ID, "Weight": *q.Weight})
	}
	if c := q.Checklist; c != nil {
		if len(c.Items) == 0 {
			v.problem("rubric.checklist_empty", q.Line, msg.Args{"ID": q.ID})
		}
		if c.MinRequired < 1 || c.MinRequired > len(c.Items) {
			v.problem("rubric.checklist_min", q.Line, msg.Args{"ID": q.ID, "Min": c.MinRequired, "Items": len(c.Items)})
		}
		items := map[string]bool{}
		for _, it := range c.Items {
			key := NormalizeID(it.ID)
			if !validID.MatchString(it.ID) {
				v.problem("rubric.bad_item_id", q.Line, msg.Args{"ID": q.ID, "Item": it.ID})
			} else if items[key] {
				v.problem("rubric.duplicate_item", q.Line, msg.Args{"ID": q.ID, "Item": it.ID})
			}
			items[key] = true
			v.text(it.Text, "text", q.Line, q.ID+"/"+it.ID)
		}
	}
}

// prerequisites checks that every prerequisite names an existing criterion and that no chain
// of prerequisites loops back on itself.
func (v *validator) prerequisites(r *Rubric, known map[string]int) {
	graph := map[string][]string{}
	for _, q := range r.Questions() {
		for _, p := range q.Prerequisites {
			pn := NormalizeID(p)
			switch {
			case pn == NormalizeID(q.ID):
				v.problem("rubric.prereq_self", q.Line, msg.Args{"ID": q.ID})
			case known[pn] == 0:
				v.problem("rubric.prereq_unknown", q.Line, msg.Args{"ID": q.ID, "Prereq": p})
			default:
				graph[NormalizeID(q.ID)] = append(graph[NormalizeID(q.ID)], pn)
			}
		}
	}
	for _, cycle := range findCycles(graph) {
		v.problem("rubric.prereq_cycle", known[cycle[0]], msg.Args{"ID": cycle[0], "Cycle": strings.Join(cycle, " → ")})
	}
}

// findCycles returns each cycle of the graph once, starting from its smallest ID, in a stable
// order.
func findCycles(graph map[string][]string) [][]string {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack []string
	seen := map[string]bool{}
	var cycles [][]string
	var visit func(n string)
	visit = func(n string) {
		color[n] = grey
		stack = append(stack, n)
		for _, m := range graph[n] {
			switch color[m] {
			case white:
				visit(m)
			case grey:
				i := len(stack) - 1
				for stack[i] != m {
					i--
				}
				cycle := append([]string(nil), stack[i:]...)
				// Rotate so the smallest ID leads, to report each cycle once.
				min := 0
				for k := range cycle {
					if cycle[k] < cycle[min] {
						min = k
					}
				}
				cycle = append(cycle[min:], cycle[:min]...)
				key := strings.Join(cycle, ",")
				if !seen[key] {
					seen[key] = true
					cycles = append(cycles, append(cycle, cycle[0]))
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
	}
	nodes := make([]string, 0, len(graph))
	for n := range graph {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if color[n] == white {
			visit(n)
		}
	}
	return cycles
}
