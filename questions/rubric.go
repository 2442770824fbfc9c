// Package questions holds the certification rubric: its practices, criteria and tiers, strict
// loading from YAML, validation that reports every problem at once, and the default rubric
// embedded in the binary.
package questions

// Format is the format tag a rubric file declares.
const Format = "wwc-rubric/1"

// Rubric is a certification standard: tiers and practices of criteria.
type Rubric struct {
	Format    string     `yaml:"format"`
	ID        string     `yaml:"id"`
	Version   string     `yaml:"version"`
	Name      Text       `yaml:"name"`
	Tiers     []Tier     `yaml:"tiers"`
	Practices []Practice `yaml:"practices"`

	byID map[string]*Question
}

// Tier is a certification level: a minimum share of points and of counted outcome metrics.
type Tier struct {
	ID          string  `yaml:"id"`
	Name        Text    `yaml:"name"`
	MinPercent  Percent `yaml:"min_percent"`
	MinOutcomes int     `yaml:"min_outcomes"`
	Line        int     `yaml:"-"`
}

// Practice is a group of criteria.
type Practice struct {
	ID        string     `yaml:"id"`
	Name      Text       `yaml:"name"`
	Questions []Question `yaml:"questions"`
	Line      int        `yaml:"-"`
}

// Question is one criterion.
type Question struct {
	ID            string     `yaml:"id"`
	Title         Text       `yaml:"title"`
	Question      Text       `yaml:"question"`
	Guidance      Text       `yaml:"guidance,omitempty"`
	Flags         []string   `yaml:"flags,omitempty,flow"`
	Weight        *int       `yaml:"weight,omitempty"`
	Prerequisites []string   `yaml:"prerequisites,omitempty,flow"`
	Checklist     *Checklist `yaml:"checklist,omitempty"`
	Line          int        `yaml:"-"`
	// Practice is the ID of the practice the question belongs to, set on load.
	Practice string `yaml:"-"`
}

// Checklist makes a criterion met when at least MinRequired of its items hold.
type Checklist struct {
	MinRequired int    `yaml:"min_required"`
	Items       []Item `yaml:"items"`
}

// Item is one checklist item.
type Item struct {
	ID   string `yaml:"id"`
	Text Text   `yaml:"text"`
}

// Points is what the question is worth when met: its weight, 1 by default.
func (q *Question) Points() int {
	if q.Weight == nil {
		return 1
	}
	return *q.Weight
}

// Question returns the criterion with the given ID (already normalized), or nil.
func (r *Rubric) Question(id string) *Question {
	if r.byID == nil {
		r.Index()
	}
	return r.byID[id]
}

// Questions returns every criterion in rubric order.
func (r *Rubric) Questions() []*Question {
	var out []*Question
	for pi := range r.Practices {
		for qi := range r.Practices[pi].Questions {
			out = append(out, &r.Practices[pi].Questions[qi])
		}
	}
	return out
}

// Practice returns the practice with the given ID, or nil.
func (r *Rubric) Practice(id string) *Practice {
	for i := range r.Practices {
		if r.Practices[i].ID == id {
			return &r.Practices[i]
		}
	}
	return nil
}

// Tier returns the tier with the given ID, or nil.
func (r *Rubric) Tier(id string) *Tier {
	for i := range r.Tiers {
		if r.Tiers[i].ID == id {
			return &r.Tiers[i]
		}
	}
	return nil
}

// PracticeIDs lists the practices' IDs in order, for messages.
func (r *Rubric) PracticeIDs() []string {
	ids := make([]string, len(r.Practices))
	for i, p := range r.Practices {
		ids[i] = p.ID
	}
	return ids
}

// TierIDs lists the tiers' IDs in order, for messages.
func (r *Rubric) TierIDs() []string {
	ids := make([]string, len(r.Tiers))
	for i, t := range r.Tiers {
		ids[i] = t.ID
	}
	return ids
}

// TotalPoints is the sum of every criterion's points.
func (r *Rubric) TotalPoints() int {
	n := 0
	for _, q := range r.Questions() {
		n += q.Points()
	}
	return n
}

// Count is the number of criteria.
func (r *Rubric) Count() int {
	n := 0
	for _, p := range r.Practices {
		n += len(p.Questions)
	}
	return n
}

// Dependents returns the IDs of the criteria that list id as a prerequisite, in rubric order.
func (r *Rubric) Dependents(id string) []string {
	var out []string
	for _, q := range r.Questions() {
		for _, p := range q.Prerequisites {
			if NormalizeID(p) == id {
				out = append(out, q.ID)
			}
		}
	}
	return out
}

// Index links every criterion to its practice and indexes the criteria by ID. Loaders call it once
// the rubric is decoded; Question calls it when nobody has.
func (r *Rubric) Index() {
	r.byID = map[string]*Question{}
	for pi := range r.Practices {
		p := &r.Practices[pi]
		for qi := range p.Questions {
			q := &p.Questions[qi]
			q.Practice = p.ID
			if _, dup := r.byID[NormalizeID(q.ID)]; !dup {
				r.byID[NormalizeID(q.ID)] = q
			}
		}
	}
}
