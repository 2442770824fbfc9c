package batch

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	summary "github.com/citydatakit/wwc/scoring/report/cohort"
)

// reviewExts are the names a review may have: the wwc-review/1 file (YAML, or JSON), and
// the review workbook in the formats city workbooks come in. review.Load decides what the
// file is; a file by another name is listed as not a review.
var reviewExts = map[string]bool{".yaml": true, ".yml": true, ".json": true, ".xlsx": true, ".xlsm": true, ".ods": true, ".xls": true}

// ReviewFile is a review read for a batch. Only what matching and validating need is kept:
// the submission it reviews and the decisions with the answers they were taken on; the
// reviewers' comments and dates are dropped, so that thousands of reviews stay small.
type ReviewFile struct {
	Path   string
	Review *assessment.Review
}

// Reviews are the reviews of a batch, indexed by the digest of the answers they review and
// by city, country and year.
type Reviews struct {
	// Dir is the folder (or file) given.
	Dir   string
	Files []ReviewFile
	// Skipped are the files found that are not reviews, with why.
	Skipped  []summary.SkippedReview
	byDigest map[string][]int
	byPlace  map[string][]int
	// read holds the real paths of Files, made once for Has.
	once sync.Once
	read map[string]bool
}

// NewReviews indexes reviews already read.
func NewReviews(dir string, files []ReviewFile) *Reviews {
	rs := &Reviews{Dir: dir, Files: files, byDigest: map[string][]int{}, byPlace: map[string][]int{}}
	for i, f := range files {
		s := f.Review.Submission
		if d := s.SHA256; d != "" {
			rs.byDigest[d] = append(rs.byDigest[d], i)
		}
		if strings.TrimSpace(s.City) != "" && s.Year != 0 {
			key := scoring.PlaceKey(s.City, s.Country, s.Year)
			rs.byPlace[key] = append(rs.byPlace[key], i)
		}
	}
	return rs
}

// LoadReviews reads every review under dir (a folder walked recursively, or one file) with
// up to workers at a time. Hidden, lock and temporary files are passed over, as in a folder
// of submissions; a file that is not a review is listed in Skipped with why, except one of
// the files taken as submissions (a folder of reviews may be the folder of submissions,
// where a review's .yaml is taken for a submission until it is opened), which is passed
// over when it is not a review.
func LoadReviews(dir string, submissions []string, workers int) (*Reviews, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, msg.Wrap(err, "file.open", msg.Args{"File": dir, "Err": fileio.Reason(err)})
	}
	// taken are the real paths of the files taken as submissions.
	taken := map[string]bool{}
	for _, s := range submissions {
		taken[realPath(s)] = true
	}
	var paths []string
	var skipped []summary.SkippedReview
	if !fi.IsDir() {
		paths = []string{dir}
	} else {
		paths, skipped, err = reviewCandidates(dir, taken)
		if err != nil {
			return nil, err
		}
	}
	files, failed := readReviews(paths, workers)
	for _, f := range failed {
		if !taken[realPath(f.Path)] {
			skipped = append(skipped, f)
		}
	}
	sort.SliceStable(skipped, func(i, j int) bool { return skipped[i].Path < skipped[j].Path })
	rs := NewReviews(dir, files)
	rs.Skipped = skipped
	return rs, nil
}

// reviewCandidates walks dir for the files that may be reviews, in path order. A link is
// followed only to a regular file inside dir. A file of another name is listed as skipped
// unless it is among taken.
func reviewCandidates(dir string, taken map[string]bool) ([]string, []summary.SkippedReview, error) {
	root := realPath(dir)
	var paths []string
	var skipped []summary.SkippedReview
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return msg.Wrap(err, "file.read", msg.Args{"File": p, "Err": fileio.Reason(err)})
			}
			skipped = append(skipped, summary.SkippedReview{Path: p, Reason: msg.Wrap(err, "file.read", msg.Args{"File": p, "Err": fileio.Reason(err)})})
			return nil
		}
		if p == dir {
			return nil
		}
		if SkipReason(e.Name()) != "" {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			return nil
		}
		real := realPath(p)
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			fi, statErr := os.Stat(p)
			switch {
			case statErr != nil:
				skipped = append(skipped, summary.SkippedReview{Path: p, Reason: msg.E("batch.skip.link_broken", msg.Args{"File": p})})
				return nil
			case !within(real, root):
				skipped = append(skipped, summary.SkippedReview{Path: p, Reason: msg.E("batch.skip.link_outside", msg.Args{"File": p, "Dir": dir})})
				return nil
			case !fi.Mode().IsRegular():
				return nil // a link to a folder is not followed: its files are reached from the folder itself
			}
		case !e.Type().IsRegular():
			skipped = append(skipped, summary.SkippedReview{Path: p, Reason: msg.E("batch.skip.special", msg.Args{"File": p})})
			return nil
		}
		switch {
		case !reviewExts[strings.ToLower(filepath.Ext(p))]:
			if !taken[real] {
				skipped = append(skipped, summary.SkippedReview{Path: p, Reason: msg.E("revbatch.not_review_name", msg.Args{"File": p})})
			}
		default:
			paths = append(paths, p)
		}
		return nil
	})
	return paths, skipped, err
}

// readReviews reads the reviews at paths with up to workers at a time, in the order of
// paths; those that cannot be read are listed with their message.
func readReviews(paths []string, workers int) ([]ReviewFile, []summary.SkippedReview) {
	revs := make([]*assessment.Review, len(paths))
	errs := make([]error, len(paths))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, len(paths))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				revs[i], errs[i] = review.Load(paths[i])
			}
		}()
	}
	for i := range paths {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var files []ReviewFile
	var skipped []summary.SkippedReview
	for i, p := range paths {
		if errs[i] != nil || revs[i] == nil {
			skipped = append(skipped, summary.SkippedReview{Path: p, Reason: errs[i]})
			continue
		}
		files = append(files, ReviewFile{Path: p, Review: slim(revs[i])})
	}
	return files, skipped
}

// slim drops what a batch does not use of a review: comments and dates.
func slim(rev *assessment.Review) *assessment.Review {
	for _, m := range []map[string]assessment.ReviewItem{rev.Criteria, rev.Metrics} {
		for k, it := range m {
			m[k] = assessment.ReviewItem{Decision: it.Decision, Answer: it.Answer}
		}
	}
	return rev
}

// Candidate is a review that may apply to a submission: found by the digest of its answers
// (Exact), or by city, country and year. Validated is the review applied to the submission,
// nil when it need not be (see Candidates).
type Candidate struct {
	Review    int
	Exact     bool
	Validated *scoring.ValidatedBrief
}

// Candidates are the reviews that may apply to the city's answers a, scored as claimed:
// those of its digest when there are any (with one, validated; with more, the submission is
// reviewed twice whatever else), else those of its city, country and year, each validated,
// for Resolve to choose among once every submission of the batch is known.
func (rs *Reviews) Candidates(r *questions.Rubric, a *assessment.Assessment, claimed *scoring.Result, opts scoring.Options) []Candidate {
	if rs == nil || a == nil {
		return nil
	}
	validate := func(i int, exact bool) Candidate {
		rev := rs.Files[i].Review
		if exact {
			rev = scoring.OnCurrentAnswers(rev, a) // written on exactly these answers (review.ForAnswers)
		}
		v := scoring.BriefValidation(r, a, rev, claimed, opts)
		return Candidate{Review: i, Exact: exact, Validated: &v}
	}
	if exact := rs.byDigest[answers.Digest(a)]; len(exact) > 0 {
		if len(exact) == 1 {
			return []Candidate{validate(exact[0], true)}
		}
		out := make([]Candidate, len(exact))
		for k, i := range exact {
			out[k] = Candidate{Review: i, Exact: true}
		}
		return out
	}
	if strings.TrimSpace(a.City) == "" || a.Year == 0 {
		return nil
	}
	var out []Candidate
	for _, i := range rs.byPlace[scoring.PlaceKey(a.City, a.Country, a.Year)] {
		out = append(out, validate(i, false))
	}
	return out
}

// Has says whether path is one of the reviews read: a review found among the submissions is
// read as a review, with no note that it is no submission. A nil *Reviews has none.
func (rs *Reviews) Has(path string) bool {
	if rs == nil {
		return false
	}
	rs.once.Do(func() {
		rs.read = make(map[string]bool, len(rs.Files))
		for _, f := range rs.Files {
			rs.read[realPath(f.Path)] = true
		}
	})
	return rs.read[realPath(path)]
}
