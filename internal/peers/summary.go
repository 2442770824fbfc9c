package peers

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/cohort"
)

// MaxSummarySize caps how much of a saved summary is read: a row is under a kilobyte, so
// this holds tens of thousands of submissions, and a hostile file costs little.
const MaxSummarySize = 64 << 20

// ReadSummary reads a summary saved with wwc batch --format json (wwc-batch/1): each row the
// statistics counted is a peer (failures and earlier repeats are not), named "FILE: ROW", and
// the summary's criterion counts are its tally. A summary whose figures do not hold together
// (a share above 100 %, more criteria met than counted) is refused, naming the row.
func ReadSummary(path string) ([]scoring.Peer, scoring.Tally, error) {
	data, err := fileio.ReadLimited(path, MaxSummarySize)
	if err != nil {
		return nil, scoring.Tally{}, err
	}
	var d cohort.Doc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, scoring.Tally{}, invalid(path, err.Error())
	}
	if d.Format != wwcmark.SummaryFormat {
		return nil, scoring.Tally{}, invalid(path, "format "+d.Format)
	}
	t := scoring.Tally{Source: path, RubricID: d.Rubric.ID, RubricVersion: d.Rubric.Version, Of: d.Counted, Met: map[string]int{}}
	if d.Counted < 0 {
		return nil, t, invalid(path, "counted")
	}
	for _, c := range d.Criteria {
		if c.Met < 0 || c.Met > d.Counted || c.ID == "" {
			return nil, t, invalid(path, "criteria: "+msg.Clean(c.ID, 40))
		}
		t.Met[c.ID] = c.Met
	}
	order := make(map[string]int, len(d.Practices))
	for i, p := range d.Practices {
		if _, ok := order[p.ID]; !ok {
			order[p.ID] = i
		}
	}
	var peers []scoring.Peer
	for _, s := range d.Submissions {
		if len(s.Errors) > 0 || s.Met == nil || s.Total == nil || (s.Counted != nil && !*s.Counted) {
			continue
		}
		if *s.Met < 0 || *s.Total <= 0 || *s.Met > *s.Total {
			return nil, t, invalid(path, "met/total: "+msg.Clean(s.File, 80))
		}
		b := scoring.Brief{City: s.City, Country: s.Country, Year: s.Year, Met: *s.Met, Total: *s.Total, Tier: s.Tier}
		if s.OutcomesCounted != nil {
			b.OutcomesCounted = *s.OutcomesCounted
		}
		ids := make([]string, 0, len(s.Practices))
		for id := range s.Practices {
			ids = append(ids, id)
		}
		slices.SortFunc(ids, func(a, b string) int {
			if ra, rb := rank(order, a), rank(order, b); ra != rb {
				return ra - rb
			}
			return strings.Compare(a, b)
		})
		for _, id := range ids {
			v := s.Practices[id]
			if v < 0 || v > 100 {
				return nil, t, invalid(path, "practices: "+msg.Clean(s.File, 80))
			}
			b.PracticeIDs = append(b.PracticeIDs, id)
			b.Practices = append(b.Practices, v)
		}
		peers = append(peers, scoring.Peer{Brief: b, RubricID: d.Rubric.ID, RubricVersion: d.Rubric.Version, Source: path + ": " + s.File, Tally: path})
	}
	return peers, t, nil
}

// rank is where id stands in order, the IDs it does not hold after all the others.
func rank(order map[string]int, id string) int {
	if i, ok := order[id]; ok {
		return i
	}
	return len(order)
}

func invalid(path, why string) error {
	return msg.E("benchmark.summary_invalid", msg.Args{"File": path, "Err": why})
}
