package assessment

import (
	"errors"

	"github.com/citydatakit/wwc/internal/msg"
)

// moreProblems is the message that counts the problems of a file past MaxProblems.
const moreProblems = "table.more_problems"

// Problems collects what is wrong with one file, every reader and check alike: the first
// MaxProblems are kept, the rest only counted, and Err ends the list with one line saying how
// many more there are. The zero value is ready; File names the file in that line.
type Problems struct {
	File any
	list msg.List
	more int
}

// Room says whether one more problem would be kept; past MaxProblems it counts the problem
// instead. Callers that ask before building a problem's arguments make a hostile file with
// thousands of problems cost no more than one with fifty.
func (p *Problems) Room() bool {
	if len(p.list) < MaxProblems {
		return true
	}
	p.more++
	return false
}

// Add records err, if any: kept if there is room, counted if not. A list is added problem by problem,
// and another list's closing "N more" line adds its count, so that the problems of several
// passes over one file (a reader's, then the rubric check's) join into one capped list.
func (p *Problems) Add(err error) {
	if err == nil {
		return
	}
	var list msg.List
	if errors.As(err, &list) {
		for _, e := range list {
			p.Add(e)
		}
		return
	}
	var me *msg.Error
	if errors.As(err, &me) {
		if p.File == nil {
			p.File = me.Args["File"]
		}
		if me.ID == moreProblems {
			if n, ok := me.Args["Count"].(int); ok {
				p.more += n
				return
			}
		}
	}
	if p.Room() {
		p.list = append(p.list, err)
	}
}

// E records the catalog message id with args (see Add).
func (p *Problems) E(id string, args msg.Args) {
	if p.Room() {
		p.list = append(p.list, msg.E(id, args))
	}
}

// Len is how many problems are kept.
func (p *Problems) Len() int { return len(p.list) }

// Err is the problems found, with the count of the rest, or nil when there are none.
func (p *Problems) Err() error {
	if len(p.list) == 0 && p.more == 0 {
		return nil
	}
	out := append(msg.List(nil), p.list...)
	if p.more > 0 {
		out = append(out, msg.E(moreProblems, msg.Args{"File": p.File, "Count": p.more}))
	}
	return out
}
