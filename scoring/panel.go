package scoring

import (
	"sort"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// Panel is many cities over many years: each city's path, and the cohort year by year.
type Panel struct {
	// Cities are the cities' paths, in the order of their folded names. A city given for one
	// year only has a path of one year.
	Cities []CityPath
	// Years is the cohort in each year any city was given, oldest first.
	Years []CohortYear
	// Rubric is the rubric most results were scored against (the newest year's on a tie); the
	// per-criterion statistics count only its results.
	Rubric RubricUse
	// Rubrics lists every rubric the results were scored against, Rubric first, then by
	// how many results used it.
	Rubrics []RubricUse
}

// CityPath is one city of a panel and its years.
type CityPath struct {
	City, Country string
	*Trend
}

// RubricUse is a rubric (id and version) and how many results of a panel were scored with it.
type RubricUse struct {
	ID, Version string
	Results     int
}

// CohortYear is the cohort of one year of a panel.
type CohortYear struct {
	Year int
	// Cities is the number of cities given that year.
	Cities int
	// Tiers counts the cities per tier ID, TierNone included.
	Tiers map[string]int
	// Median is the median share of points, in percent.
	Median float64
	// Up, Down and Same count the cities whose tier rose, fell or held since their previous
	// year in the panel (not necessarily the year before); New those given for the first time.
	Up, Down, Same, New int
	// Criteria is each criterion's met rate that year, among the results scored with the
	// panel's rubric, in that rubric's order; OtherRubric counts the results left out.
	Criteria    []CriterionRate
	OtherRubric int
}

// CityKey is how wwc tells cities apart wherever it groups or matches them (a panel, the
// cohort's duplicate check through PlaceKey, a review and its submission): by city and
// country folded as assessment.Fold folds them, case, accents and spacing ignored, so that
// "Maipu" and "Maipú" are one city here as they are to scoring.MatchReview.
func CityKey(city, country string) string {
	return assessment.Fold(city) + "|" + assessment.Fold(country)
}

// NewPanel groups results by city (CityKey; a result with no country joins the city of the
// same name when only one country gives that name) and builds each city's path and the cohort
// by year; tiers (the rubric's) order the tiers. Its errors are *TrendError: a result with no
// year, a city given twice for a year, or results that are all of one year.
func NewPanel(results []*Result, tiers []questions.Tier) (*Panel, error) {
	if len(results) == 0 {
		return nil, &TrendError{NoYear: true}
	}
	rs := sortedByYear(results)
	if rs[0].Year == rs[len(rs)-1].Year {
		if err := checkYears(rs[:1], false); err != nil {
			return nil, err
		}
		return nil, &TrendError{OneYear: rs[0].Year, City: rs[0].City}
	}
	p := &Panel{}
	for _, g := range groupByPlace(rs) {
		if err := checkYears(g, false); err != nil {
			return nil, err
		}
		last := g[len(g)-1]
		p.Cities = append(p.Cities, CityPath{City: last.City, Country: countryOf(g), Trend: newPath(g)})
	}
	p.Rubrics = rubricUses(rs)
	p.Rubric = p.Rubrics[0]
	p.Years = cohortYears(p, tiers)
	return p, nil
}

// groupByPlace groups results sorted by year by city, keeping their order; the groups come
// in the order of their keys.
func groupByPlace(rs []*Result) [][]*Result {
	byCity := map[string]map[string]bool{}
	for _, r := range rs {
		name := CityKey(r.City, "")
		if byCity[name] == nil {
			byCity[name] = map[string]bool{}
		}
		if c := strings.TrimSpace(r.Country); c != "" {
			byCity[name][CityKey(r.City, c)] = true
		}
	}
	groups := map[string][]*Result{}
	for _, r := range rs {
		key := CityKey(r.City, r.Country)
		if countries := byCity[CityKey(r.City, "")]; strings.TrimSpace(r.Country) == "" && len(countries) == 1 {
			for k := range countries {
				key = k
			}
		}
		groups[key] = append(groups[key], r)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][]*Result, len(keys))
	for i, k := range keys {
		out[i] = groups[k]
	}
	return out
}

// countryOf is the country the newest result of a city that names one gives.
func countryOf(g []*Result) string {
	for i := len(g) - 1; i >= 0; i-- {
		if g[i].Country != "" {
			return g[i].Country
		}
	}
	return ""
}

// rubricUses counts the results per rubric: the most used first, the newest year's first on a
// tie, then by id and version.
func rubricUses(rs []*Result) []RubricUse {
	count := map[RubricUse]int{}
	newest := map[RubricUse]int{}
	for _, r := range rs {
		k := RubricUse{ID: r.RubricID, Version: r.RubricVersion}
		count[k]++
		newest[k] = max(newest[k], r.Year)
	}
	var out []RubricUse
	for k, n := range count {
		k.Results = n
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		ka, kb := RubricUse{ID: a.ID, Version: a.Version}, RubricUse{ID: b.ID, Version: b.Version}
		switch {
		case a.Results != b.Results:
			return a.Results > b.Results
		case newest[ka] != newest[kb]:
			return newest[ka] > newest[kb]
		case a.ID != b.ID:
			return a.ID < b.ID
		}
		return a.Version < b.Version
	})
	return out
}

// cohortYears builds the cohort of each year from the cities' paths.
func cohortYears(p *Panel, tiers []questions.Tier) []CohortYear {
	byYear := map[int]*CohortYear{}
	shares := map[int][]float64{}
	var order []int
	// The criteria of the panel's rubric, in its order, from its first result.
	var criteria []string
	for _, c := range p.Cities {
		for _, r := range c.Results {
			if criteria == nil && sameRubric(r, p.Rubric) {
				for _, q := range r.Questions {
					criteria = append(criteria, q.ID)
				}
			}
		}
	}
	for _, c := range p.Cities {
		for i, r := range c.Results {
			y := byYear[r.Year]
			if y == nil {
				y = &CohortYear{Year: r.Year, Tiers: map[string]int{}}
				for _, id := range criteria {
					y.Criteria = append(y.Criteria, CriterionRate{ID: id})
				}
				byYear[r.Year] = y
				order = append(order, r.Year)
			}
			y.Cities++
			y.Tiers[r.Tier]++
			shares[r.Year] = append(shares[r.Year], r.Percent())
			if i == 0 {
				y.New++
			} else {
				switch before, now := TierRank(tiers, c.Results[i-1].Tier), TierRank(tiers, r.Tier); {
				case now > before:
					y.Up++
				case now < before:
					y.Down++
				default:
					y.Same++
				}
			}
			if !sameRubric(r, p.Rubric) {
				y.OtherRubric++
				continue
			}
			met := map[string]bool{}
			for _, q := range r.Questions {
				met[q.ID] = q.Counted()
			}
			for k := range y.Criteria {
				y.Criteria[k].Of++
				if met[y.Criteria[k].ID] {
					y.Criteria[k].Met++
				}
			}
		}
	}
	sort.Ints(order)
	out := make([]CohortYear, len(order))
	for i, year := range order {
		out[i] = *byYear[year]
		out[i].Median, _ = Median(shares[year])
	}
	return out
}

func sameRubric(r *Result, u RubricUse) bool {
	return r.RubricID == u.ID && r.RubricVersion == u.Version
}
