package load

import (
	"path/filepath"
	"sort"
	"strings"
)

// Kind is what a file was recognized as.
type Kind string

// The kinds of file load knows.
const (
	KindAnswers Kind = "answers"
	KindXLSX    Kind = "xlsx"
	KindCSV     Kind = "csv"
	KindXLS     Kind = "xls"
	KindLocked  Kind = "encrypted"
	// KindODS is an OpenDocument spreadsheet, zipped (.ods) or flat in one XML file (.fods):
	// package ods tells them apart by content.
	KindODS     Kind = "ods"
	KindNumbers Kind = "numbers"
	KindPDF     Kind = "pdf"
	KindZip     Kind = "zip"
	KindUnknown Kind = "unknown"
	// KindXLSB is an Excel binary workbook.
	KindXLSB Kind = "xlsb"
	// KindXML2003 is an Excel 2003 XML spreadsheet (SpreadsheetML 2003).
	KindXML2003 Kind = "xml2003"
	// KindOldXLS is a workbook from before Excel 97 (BIFF2 to BIFF5).
	KindOldXLS Kind = "xls_old"
	// KindArchive is a compressed file other than a zip: gzip, bzip2, xz, 7z, rar.
	KindArchive Kind = "archive"
	// KindImage is a picture: a photo or a scan of a form.
	KindImage Kind = "image"
	// KindBinary is a file that is not text and not any kind above.
	KindBinary Kind = "binary"
	// KindResult is a result saved with wwc score --format json (wwc-result/1): a scored city.
	KindResult Kind = "result"
	// KindOutput is a document wwc wrote that is not a result: a report, a batch summary, a
	// comparison or a trend. Recognized.Output says which.
	KindOutput Kind = "output"
)

// The documents a KindOutput file can be.
const (
	OutputReport  = "report"
	OutputSummary = "summary"
	OutputDiff    = "diff"
	OutputTrend   = "trend"
	OutputReview  = "review"
	OutputExport  = "export"
)

// extensions maps each file extension that names a spreadsheet, a CSV or an answers file to
// the kind it usually is. It is the one list of what a submission may be called: wwc batch
// collects files from folders by it, and detection falls back on it when content does not
// tell. Content always wins: an .xlsm, .xltx or .xltm is read as the workbook it is (macros
// never run), an .xls that is really an .xlsx reads as one.
var extensions = map[string]Kind{
	".xlsx": KindXLSX, ".xlsm": KindXLSX, ".xltx": KindXLSX, ".xltm": KindXLSX,
	".xls": KindXLS, ".xlt": KindXLS, ".xlsb": KindXLSB, ".xml": KindXML2003,
	".ods": KindODS, ".ots": KindODS, ".fods": KindODS, ".numbers": KindNumbers,
	".csv": KindCSV, ".tsv": KindCSV,
	".yaml": KindAnswers, ".yml": KindAnswers, ".json": KindAnswers,
}

// Extensions lists, sorted, the file extensions that name a spreadsheet, a CSV or an answers
// file.
func Extensions() []string {
	out := make([]string, 0, len(extensions))
	for e := range extensions {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// SubmissionName reports whether a file's name says it is a spreadsheet, a CSV or an answers
// file.
func SubmissionName(name string) bool {
	_, ok := extensions[strings.ToLower(filepath.Ext(name))]
	return ok
}

// Submission reports whether a file of this kind is a city's submission, read or refused
// with advice: a spreadsheet in any format, a CSV, an answers file or a saved result.
// Archives, pictures, PDFs, other binary files and wwc's own reports are not.
func (k Kind) Submission() bool {
	switch k {
	case KindAnswers, KindXLSX, KindCSV, KindXLS, KindLocked, KindODS, KindNumbers, KindXLSB, KindXML2003, KindOldXLS, KindResult:
		return true
	}
	return false
}
