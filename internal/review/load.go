// Package review is the evaluator's side of wwc: reading a review in any of the forms an
// evaluator keeps it (the wwc-review/1 file, or a filled review workbook), and the review
// session itself.
package review

import (
	"bytes"
	"os"
	"path/filepath"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/reviewbook"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// Load reads the review at path, whatever form it is in. Every command taking a review
// (score --review, batch --reviews, review --letter, review compare) reads it here. A review
// workbook must say which submission it reviews (its submission sheet, as wwc template
// --review writes it); one that does not is read with wwc review SUBMISSION --from.
func Load(path string) (*assessment.Review, error) {
	got, err := Read(path)
	if err != nil {
		return nil, err
	}
	if got.Book != nil && !got.Book.Details {
		return nil, msg.E("revbook.no_details", msg.Args{"File": path})
	}
	return got.Review, nil
}

// Loaded is what a review file holds, recognized by its content: the review, and for a
// workbook what else it showed.
type Loaded struct {
	Review *assessment.Review
	// Book is the review workbook read, nil for a review file.
	Book *reviewbook.Result
}

// bookFormats are the kinds of file read as a review workbook.
var bookFormats = map[load.Kind]reviewbook.Format{
	load.KindXLSX: reviewbook.XLSX, load.KindODS: reviewbook.ODS, load.KindXLS: reviewbook.XLS,
}

// Read reads the review at path, a review file or a review workbook.
func Read(path string) (*Loaded, error) {
	in, err := load.Open(path)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	if f, ok := bookFormats[in.Kind]; ok {
		res, err := readBook(in, path, f)
		if err != nil {
			return nil, err
		}
		return &Loaded{Review: res.Review, Book: res}, nil
	}
	switch {
	case in.Kind == load.KindOutput && in.Output == load.OutputReview, in.Kind == load.KindAnswers:
		data, err := in.Data(reviewfile.MaxFileSize)
		if err != nil {
			return nil, err
		}
		if in.Kind == load.KindAnswers && bytes.Contains(data, []byte("wwc-answers/")) {
			return nil, msg.E("revbook.is_submission", msg.Args{"File": in.Name})
		}
		rev, err := reviewfile.Parse(data, in.Name)
		if err != nil {
			return nil, err
		}
		return &Loaded{Review: rev}, nil
	case in.Kind == load.KindResult:
		return nil, msg.E("revbook.is_submission", msg.Args{"File": in.Name})
	}
	return nil, msg.E("revbook.not_review", msg.Args{"File": in.Name})
}

// readBook reads a review workbook. A pipe or device (bash's <(...)) was read once by
// load.Open and cannot be opened again (opening a FIFO with no writer would wait forever):
// its content is read from a private copy, and messages still name it as given.
func readBook(in *load.Input, path string, f reviewbook.Format) (*reviewbook.Result, error) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		return reviewbook.ReadFile(path, f)
	}
	data, err := in.Data(reviewbook.Limits.MaxFileSize)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "wwc-review-")
	if err != nil {
		return nil, msg.Wrap(err, "file.read", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	defer os.RemoveAll(dir)
	copyPath := filepath.Join(dir, "review")
	if err := os.WriteFile(copyPath, data, 0o600); err != nil {
		return nil, msg.Wrap(err, "file.read", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	res, err := reviewbook.ReadFile(copyPath, f)
	if err != nil {
		msg.RenameFile(err, copyPath, path)
		return nil, err
	}
	return res, nil
}
