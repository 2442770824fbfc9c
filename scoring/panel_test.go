package scoring

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"
)

func TestPanel(t *testing.T) {
	r := defaultRubric(t)
	// mk scores a city meeting the first met criteria of 43 (22 is silver, 30 gold, 40
	// platinum; three outcome metrics let the share decide).
	mk := func(name, country string, year, met int) *Result {
		a := city(r, met, 3)
		a.City, a.Country, a.Year = name, country, year
		return Score(r, a, Options{})
	}
	other := func(res *Result) *Result { res.RubricVersion = "draft"; return res }
	type want struct {
		cities  []string // "City, Country: years"
		years   []CohortYear
		rubrics []RubricUse
	}
	yr := func(year, cities int, tiers map[string]int, median float64, up, down, same, newc, otherRubric int) CohortYear {
		return CohortYear{Year: year, Cities: cities, Tiers: tiers, Median: median, Up: up, Down: down, Same: same, New: newc, OtherRubric: otherRubric}
	}
	pct := func(met int) float64 { return float64(met) * 100 / 43 }
	for _, tc := range []struct {
		name    string
		results []*Result
		want    want
	}{
		{
			name:    "a city with one year beside a city with three",
			results: []*Result{mk("Recife", "Brasil", 2024, 33), mk("Maipú", "Chile", 2022, 22), mk("Maipú", "Chile", 2024, 25), mk("Maipú", "Chile", 2023, 18)},
			want: want{
				cities: []string{"Maipú, Chile: [2022 2023 2024]", "Recife, Brasil: [2024]"},
				years: []CohortYear{
					yr(2022, 1, map[string]int{"silver": 1}, pct(22), 0, 0, 0, 1, 0),
					yr(2023, 1, map[string]int{TierNone: 1}, pct(18), 0, 1, 0, 0, 0),
					yr(2024, 2, map[string]int{"silver": 1, "gold": 1}, (pct(25)+pct(33))/2, 1, 0, 0, 1, 0),
				},
				rubrics: []RubricUse{{ID: "wwc-2022", Version: r.Version, Results: 4}},
			},
		},
		{
			name:    "ties: same tier held, two cities level, a gap year counts from the previous one given",
			results: []*Result{mk("A", "X", 2020, 30), mk("B", "X", 2020, 30), mk("A", "X", 2021, 30), mk("B", "X", 2023, 23), mk("A", "X", 2023, 40)},
			want: want{
				cities: []string{"A, X: [2020 2021 2023]", "B, X: [2020 2023]"},
				years: []CohortYear{
					yr(2020, 2, map[string]int{"gold": 2}, pct(30), 0, 0, 0, 2, 0),
					yr(2021, 1, map[string]int{"gold": 1}, pct(30), 0, 0, 1, 0, 0),
					yr(2023, 2, map[string]int{"silver": 1, "platinum": 1}, (pct(23)+pct(40))/2, 1, 1, 0, 0, 0),
				},
				rubrics: []RubricUse{{ID: "wwc-2022", Version: r.Version, Results: 5}},
			},
		},
		{
			name:    "another rubric version is reported and left out of the criteria",
			results: []*Result{other(mk("Maipú", "Chile", 2021, 10)), mk("Maipú", "Chile", 2022, 22), mk("Lakeside", "USA", 2022, 43)},
			want: want{
				cities: []string{"Lakeside, USA: [2022]", "Maipú, Chile: [2021 2022]"},
				years: []CohortYear{
					yr(2021, 1, map[string]int{TierNone: 1}, pct(10), 0, 0, 0, 1, 1),
					yr(2022, 2, map[string]int{"silver": 1, "platinum": 1}, (pct(22)+pct(43))/2, 1, 0, 0, 1, 0),
				},
				rubrics: []RubricUse{{ID: "wwc-2022", Version: r.Version, Results: 2}, {ID: "wwc-2022", Version: "draft", Results: 1}},
			},
		},
		{
			name:    "case, spaces and a missing country fold into one city; another country is another city",
			results: []*Result{mk(" maipú ", "", 2022, 22), mk("MAIPÚ", "chile", 2023, 22), mk("Maipú", "Chile", 2024, 22), mk("Valencia", "Venezuela", 2023, 5), mk("Valencia", "España", 2024, 5)},
			want: want{
				cities: []string{"Maipú, Chile: [2022 2023 2024]", "Valencia, España: [2024]", "Valencia, Venezuela: [2023]"},
				years: []CohortYear{
					yr(2022, 1, map[string]int{"silver": 1}, pct(22), 0, 0, 0, 1, 0),
					yr(2023, 2, map[string]int{"silver": 1, TierNone: 1}, (pct(22)+pct(5))/2, 0, 0, 1, 1, 0),
					yr(2024, 2, map[string]int{"silver": 1, TierNone: 1}, (pct(22)+pct(5))/2, 0, 0, 1, 1, 0),
				},
				rubrics: []RubricUse{{ID: "wwc-2022", Version: r.Version, Results: 5}},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := NewPanel(tc.results, r.Tiers)
			if err != nil {
				t.Fatal(err)
			}
			var cities []string
			for _, c := range p.Cities {
				var years []int
				for _, res := range c.Results {
					years = append(years, res.Year)
				}
				cities = append(cities, fmt.Sprintf("%s, %s: %v", c.City, c.Country, years))
				if len(c.History) != 43 {
					t.Errorf("%s: history of %d criteria", c.City, len(c.History))
				}
			}
			if !reflect.DeepEqual(cities, tc.want.cities) {
				t.Errorf("cities %q, want %q", cities, tc.want.cities)
			}
			if !reflect.DeepEqual(p.Rubrics, tc.want.rubrics) || p.Rubric != tc.want.rubrics[0] {
				t.Errorf("rubrics %v (%v), want %v", p.Rubrics, p.Rubric, tc.want.rubrics)
			}
			if len(p.Years) != len(tc.want.years) {
				t.Fatalf("%d years, want %d", len(p.Years), len(tc.want.years))
			}
			for i, y := range p.Years {
				w := tc.want.years[i]
				crit := y.Criteria
				y.Criteria = nil
				if !reflect.DeepEqual(y, w) {
					t.Errorf("year %d:\n got %+v\nwant %+v", w.Year, y, w)
				}
				if len(crit) != 43 {
					t.Fatalf("year %d: %d criteria", w.Year, len(crit))
				}
				// The first criterion is met by every result of the panel's rubric that year.
				if crit[0].Of != y.Cities-y.OtherRubric || crit[0].Met != crit[0].Of {
					t.Errorf("year %d: %s met %d of %d, want all %d", w.Year, crit[0].ID, crit[0].Met, crit[0].Of, y.Cities-y.OtherRubric)
				}
			}
		})
	}
}

func TestPanelErrors(t *testing.T) {
	r := defaultRubric(t)
	mk := func(name string, year int) *Result {
		a := city(r, 10, 0)
		a.City, a.Year = name, year
		return Score(r, a, Options{})
	}
	for _, tc := range []struct {
		name    string
		results []*Result
		want    TrendError
	}{
		{"one file", []*Result{mk("Maipú", 2024)}, TrendError{OneYear: 2024, City: "Maipú"}},
		{"cities all of one year", []*Result{mk("Maipú", 2024), mk("Recife", 2024)}, TrendError{OneYear: 2024, City: "Maipú"}},
		{"one city twice in one year", []*Result{mk("Maipú", 2024), mk("Maipú", 2024)}, TrendError{OneYear: 2024, City: "Maipú"}},
		{"a city given twice for a year", []*Result{mk("Maipú", 2023), mk("Recife", 2024), mk("recife ", 2024)}, TrendError{RepeatedYear: 2024, City: "recife "}},
		{"a result with no year", []*Result{mk("Maipú", 2023), mk("Recife", 0), mk("Recife", 2024)}, TrendError{NoYear: true, City: "Recife"}},
		{"no results", nil, TrendError{NoYear: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewPanel(tc.results, r.Tiers)
			var te *TrendError
			if !errors.As(err, &te) {
				t.Fatalf("error %v, want a TrendError", err)
			}
			if *te != tc.want {
				t.Errorf("error %+v, want %+v", *te, tc.want)
			}
		})
	}
	// One city's trend says the same of one year.
	_, err := NewTrend([]*Result{mk("Maipú", 2024), mk("Maipú", 2024)})
	var te *TrendError
	if !errors.As(err, &te) || te.OneYear != 2024 {
		t.Errorf("NewTrend of one year: %v", err)
	}
}

// TestCityKeyIsTheDuplicateCheck: over generated cohorts whose cities are written in other
// case and spacing, two submissions of one year share a CityKey exactly when the cohort
// summary flags them as duplicates.
func TestCityKeyIsTheDuplicateCheck(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	spell := []func(string) string{
		func(s string) string { return s },
		func(s string) string { return " " + s + "  " },
		func(s string) string { return strconv.Quote(s)[1 : len(s)+1] },
	}
	names := []string{"Maipú", "MAIPÚ", "maipú", "Recife", "RECIFE", "São Paulo", "Sao Paulo"}
	countries := []string{"Chile", "chile", "Brasil", "", "BRASIL"}
	for round := range 200 {
		var briefs []Brief
		for range 2 + rng.IntN(8) {
			briefs = append(briefs, Brief{City: spell[rng.IntN(2)](names[rng.IntN(len(names))]), Country: spell[rng.IntN(2)](countries[rng.IntN(len(countries))]), Year: 2024, Total: 1})
		}
		dup := map[[2]int]bool{}
		for _, g := range Summarize(briefs).Duplicates {
			for _, i := range g {
				for _, j := range g {
					dup[[2]int{i, j}] = true
				}
			}
		}
		for i := range briefs {
			for j := range briefs {
				same := CityKey(briefs[i].City, briefs[i].Country) == CityKey(briefs[j].City, briefs[j].Country)
				if i != j && same != dup[[2]int{i, j}] {
					t.Fatalf("round %d: %q/%q and %q/%q: same key %v, duplicates %v", round, briefs[i].City, briefs[i].Country, briefs[j].City, briefs[j].Country, same, dup[[2]int{i, j}])
				}
			}
		}
	}
}

// BenchmarkNewPanel: 500 cities over four years (2,000 results), the size of a network's
// submissions.
func BenchmarkNewPanel(b *testing.B) {
	r := defaultRubric(b)
	var rs []*Result
	for c := range 500 {
		for y := range 4 {
			a := city(r, (c*7+y*5)%44, 2)
			a.City, a.Country, a.Year = fmt.Sprintf("City %d", c), "Chile", 2021+y
			rs = append(rs, Score(r, a, Options{}))
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewPanel(rs, r.Tiers); err != nil {
			b.Fatal(err)
		}
	}
}
