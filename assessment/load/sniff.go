package load

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/assessment/table"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/ods"
	"github.com/citydatakit/wwc/internal/wwcmark"
)

// Recognized is what a file's first bytes and name say it is.
type Recognized struct {
	Kind Kind
	// Format names an archive's or a picture's format (gzip, PNG), for the message.
	Format string
	// Output says which of wwc's documents a KindOutput file is (OutputReport...).
	Output string
}

// Sniff recognizes a file from its first bytes (up to 64 KiB) and its name: content first,
// the extension when content does not tell. A workbook wwc wrote as a report is told from a
// city's workbook only by opening the archive, which Open does.
func Sniff(head []byte, name string) Recognized {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(head, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		return Recognized{Kind: oleKind(head)}
	case bytes.HasPrefix(head, []byte("%PDF")):
		return Recognized{Kind: KindPDF}
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return Recognized{Kind: zipKind(head, ext)}
	}
	for _, m := range magics {
		if bytes.HasPrefix(head[min(len(head), m.at):], m.prefix) {
			return Recognized{Kind: m.kind, Format: m.format}
		}
	}
	if biffBOF(head) {
		return Recognized{Kind: KindOldXLS}
	}
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		// UTF-16 text, which Excel writes as "Unicode text": the readers give the advice.
		switch k := extensions[ext]; {
		case k == KindAnswers:
			return Recognized{Kind: KindAnswers}
		case k == KindCSV || ext == ".txt":
			return Recognized{Kind: KindCSV}
		}
		return Recognized{Kind: KindUnknown}
	}
	if Binary(head) {
		return Recognized{Kind: KindBinary}
	}
	text := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if r, ok := wwcText(text); ok {
		return r
	}
	if ods.IsFlat(text) {
		return Recognized{Kind: KindODS}
	}
	if xml2003(text) {
		return Recognized{Kind: KindXML2003}
	}
	if bytes.Contains(text, []byte(answers.Format)) {
		return Recognized{Kind: KindAnswers}
	}
	switch k := extensions[ext]; {
	case k == KindCSV || ext == ".txt":
		return Recognized{Kind: KindCSV}
	case k == KindAnswers:
		return Recognized{Kind: KindAnswers}
	case k == KindXLSX && (bytes.Contains(text, []byte("format:")) || bytes.HasPrefix(bytes.TrimSpace(text), []byte("{"))):
		// An answers file saved under a workbook's name.
		return Recognized{Kind: KindAnswers}
	}
	if ext == "" && criteriaHeader(text) {
		// A criteria table with no name to go by, as through a pipe.
		return Recognized{Kind: KindCSV}
	}
	// Text under a spreadsheet's name that is none of the above, or under any other name.
	return Recognized{Kind: KindUnknown}
}

// magic is a format told by fixed bytes at a fixed offset.
type magic struct {
	at     int
	prefix []byte
	kind   Kind
	format string
}

var magics = []magic{
	{0, []byte("\x1f\x8b"), KindArchive, "gzip"},
	{0, []byte("BZh"), KindArchive, "bzip2"},
	{0, []byte("\xfd7zXZ\x00"), KindArchive, "xz"},
	{0, []byte("7z\xbc\xaf\x27\x1c"), KindArchive, "7z"},
	{0, []byte("Rar!\x1a\x07"), KindArchive, "RAR"},
	{0, []byte("(\xb5\x2f\xfd"), KindArchive, "zstd"},
	{0, []byte("\x89PNG\r\n\x1a\n"), KindImage, "PNG"},
	{0, []byte("\xff\xd8\xff"), KindImage, "JPEG"},
	{0, []byte("GIF87a"), KindImage, "GIF"},
	{0, []byte("GIF89a"), KindImage, "GIF"},
	{0, []byte("II*\x00"), KindImage, "TIFF"},
	{0, []byte("MM\x00*"), KindImage, "TIFF"},
	{8, []byte("WEBP"), KindImage, "WebP"},
	{4, []byte("ftypheic"), KindImage, "HEIC"},
	{4, []byte("ftypheix"), KindImage, "HEIC"},
	{4, []byte("ftypmif1"), KindImage, "HEIF"},
}

// oleKind tells the files that come in an OLE2 container apart by the names of their streams
// in the directory: a password-protected workbook (EncryptedPackage), an Excel 97-2003
// workbook (Workbook) or an Excel 5 or 95 one (Book).
func oleKind(head []byte) Kind {
	switch {
	case bytes.Contains(head, utf16("EncryptedPackage")):
		return KindLocked
	case bytes.Contains(head, utf16("Workbook")):
		return KindXLS
	case bytes.Contains(head, utf16("Book")):
		return KindOldXLS
	}
	// The directory may lie beyond the first bytes: the .xls reader decides.
	return KindXLS
}

// biffBOF reports whether the file starts with the BOF record of a BIFF2 to BIFF5 worksheet
// or workbook, as Excel 2 to 5 wrote them outside an OLE2 container.
func biffBOF(head []byte) bool {
	if len(head) < 8 || head[0] != 0x09 {
		return false
	}
	switch head[1] {
	case 0x00, 0x02, 0x04, 0x08:
	default:
		return false
	}
	size := int(head[2]) | int(head[3])<<8
	return size >= 4 && size <= 20
}

// utf16 encodes ASCII s as UTF-16LE, as OLE2 directory entries name their streams.
func utf16(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

// zipKind tells an OpenDocument, Numbers or Excel binary file from a workbook by the zip's
// first entries.
func zipKind(head []byte, ext string) Kind {
	switch {
	case bytes.Contains(head, []byte("application/vnd.oasis.opendocument.spreadsheet")):
		return KindODS
	case bytes.Contains(head, []byte("Index/Document.iwa")), ext == ".numbers":
		return KindNumbers
	case bytes.Contains(head, []byte("xl/workbook.bin")), ext == ".xlsb":
		return KindXLSB
	case bytes.Contains(head, []byte("[Content_Types].xml")), bytes.Contains(head, []byte("xl/")), extensions[ext] == KindXLSX:
		return KindXLSX
	}
	return KindZip
}

// Binary reports whether data (a file's first bytes) is not text: it holds a NUL byte, or is
// not UTF-8 and has so many control characters or bytes above 0x7f that it is no Windows-1252
// text either. Nothing of a binary file is ever quoted in a message.
func Binary(data []byte) bool {
	if len(data) > 8<<10 {
		data = data[:8<<10]
		// Do not cut a UTF-8 sequence in two.
		for i := 0; i < 3 && len(data) > 0 && !utf8.RuneStart(data[len(data)-1]); i++ {
			data = data[:len(data)-1]
		}
		if len(data) > 0 && data[len(data)-1] >= 0xc0 {
			data = data[:len(data)-1]
		}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	control, high := 0, 0
	for _, c := range data {
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			control++
		case c >= 0x80:
			high++
		}
	}
	if control*20 > len(data) {
		return true
	}
	return !utf8.Valid(data) && high*10 > len(data)*3
}

// xml2003 reports whether text is an Excel 2003 XML spreadsheet.
func xml2003(text []byte) bool {
	t := bytes.TrimSpace(text)
	if !bytes.HasPrefix(t, []byte("<?xml")) && !bytes.HasPrefix(t, []byte("<Workbook")) && !bytes.HasPrefix(t, []byte("<ss:Workbook")) {
		return false
	}
	return bytes.Contains(t, []byte("urn:schemas-microsoft-com:office:spreadsheet")) || bytes.Contains(t, []byte(`progid="Excel.Sheet"`))
}

var jsonFormat = regexp.MustCompile(`"format"\s*:\s*"(wwc-[a-z]+/[0-9]+)"`)

// reviewFormat is a review file's format line, in YAML or JSON.
var reviewFormat = regexp.MustCompile(`(?m)^\s*"?format"?\s*:\s*["']?wwc-review/1["']?\s*,?\s*$`)

// reviewFile says whether text is an evaluator's review file (wwc-review/1): its format line
// comes among its first lines, after the schema comment.
func reviewFile(text []byte) bool {
	return reviewFormat.Match(text[:min(len(text), 4096)]) && !bytes.HasPrefix(text, []byte("{"))
}

// wwcText recognizes the text documents wwc writes: JSON by its format tag, HTML and Markdown
// by their generator mark, CSV by its header row.
func wwcText(text []byte) (Recognized, bool) {
	t := bytes.TrimSpace(text)
	if reviewFile(t) {
		return Recognized{Kind: KindOutput, Output: OutputReview}, true
	}
	if bytes.HasPrefix(t, []byte("{")) {
		first := t[:min(len(t), 512)]
		if m := jsonFormat.FindSubmatch(first); m != nil {
			switch string(m[1]) {
			case wwcmark.ResultFormat:
				return Recognized{Kind: KindResult}, true
			case wwcmark.SummaryFormat:
				return Recognized{Kind: KindOutput, Output: OutputSummary}, true
			case wwcmark.DiffFormat:
				return Recognized{Kind: KindOutput, Output: OutputDiff}, true
			case wwcmark.TrendFormat:
				return Recognized{Kind: KindOutput, Output: OutputTrend}, true
			case wwcmark.ExportFormat:
				return Recognized{Kind: KindOutput, Output: OutputExport}, true
			case wwcmark.BenchmarkFormat:
				return Recognized{Kind: KindOutput, Output: OutputReport}, true
			case reviewfile.Format:
				return Recognized{Kind: KindOutput, Output: OutputReview}, true
			}
		}
		return Recognized{}, false
	}
	if bytes.HasPrefix(t, []byte(wwcmark.MarkdownLine)) {
		return Recognized{Kind: KindOutput, Output: OutputReport}, true
	}
	if bytes.HasPrefix(t, []byte("<")) {
		if bytes.Contains(t[:min(len(t), 4096)], []byte(wwcmark.HTMLMeta)) {
			return Recognized{Kind: KindOutput, Output: OutputReport}, true
		}
		return Recognized{}, false
	}
	if doc := csvDocument(t); doc != "" {
		out := doc
		switch doc {
		case "diff":
			out = OutputDiff
		case "benchmark":
			out = OutputReport
		}
		return Recognized{Kind: KindOutput, Output: out}, true
	}
	return Recognized{}, false
}

// csvHeaders are the header cells wwc's CSV documents start with, in every language, folded.
// They are made the first time a CSV file is sniffed: rendering them parses every catalog,
// which would cost each run of wwc some 50 ms at start whatever it does.
var csvHeaders = sync.OnceValue(func() map[string][][]string {
	out := map[string][][]string{}
	for doc, ids := range wwcmark.CSVHeaders {
		for _, lang := range i18n.Languages {
			c := i18n.For(lang)
			cells := make([]string, len(ids))
			for i, id := range ids {
				cells[i] = assessment.Fold(c.T(id))
			}
			out[doc] = append(out[doc], cells)
		}
	}
	return out
})

// csvDocument says which of wwc's CSV documents text is, by its header row, or "".
func csvDocument(text []byte) string {
	line := text
	if i := bytes.IndexAny(line, "\r\n"); i >= 0 {
		line = line[:i]
	}
	if len(line) > 4096 || len(line) == 0 {
		return ""
	}
	for _, sep := range []rune{',', ';', '\t'} {
		r := csv.NewReader(bytes.NewReader(line))
		r.Comma, r.LazyQuotes, r.FieldsPerRecord = sep, true, -1
		cells, err := r.Read()
		if err != nil || len(cells) < 4 {
			continue
		}
		if len(cells) >= len(wwcmark.ExportColumns) && slices.Equal(cells[:len(wwcmark.ExportColumns)], wwcmark.ExportColumns) {
			return OutputExport
		}
		for doc, variants := range csvHeaders() {
			for _, want := range variants {
				if len(cells) >= len(want) && sameCells(cells[:len(want)], want) {
					return doc
				}
			}
		}
	}
	return ""
}

func sameCells(cells, folded []string) bool {
	for i, c := range cells {
		if assessment.Fold(c) != folded[i] {
			return false
		}
	}
	return true
}

// answersKeys finds the keys an answers file has at its top level, in YAML or JSON.
var answersKeys = regexp.MustCompile(`(?m)(^|[{,])\s*"?(format|answers|rubric)"?\s*:`)

// looksLikeAnswers reports whether text could be an answers file: it has a format, answers or
// rubric key. An environment file or a configuration file named .yaml has none, and none of
// its content is quoted back.
func looksLikeAnswers(text []byte) bool {
	return answersKeys.Match(text)
}

// criteriaHeader reports whether one of the first lines of text is a criteria table's header
// row, separated by commas, semicolons or tabs.
func criteriaHeader(text []byte) bool {
	lines := bytes.SplitN(text, []byte("\n"), 21)
	for _, line := range lines[:min(len(lines), 20)] {
		line = bytes.TrimRight(line, "\r")
		for _, sep := range []rune{',', ';', '\t'} {
			r := csv.NewReader(bytes.NewReader(line))
			r.Comma, r.LazyQuotes, r.FieldsPerRecord = sep, true, -1
			if cells, err := r.Read(); err == nil && len(cells) >= 2 {
				if _, ok := table.CSVHeader(cells); ok {
					return true
				}
			}
		}
	}
	return false
}
