package load

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// secret is text a file may hold that must never reach a message.
func secret(rng *rand.Rand) string {
	return fmt.Sprintf("DB_PASSWORD=s3cr3t%08x", rng.Uint32())
}

// TestRefusalsSayWhatTheFileIs: for many generated files of each kind wwc does not read, under
// every name a city might give them, the message names the file, says what it is, and quotes
// nothing of what it holds.
func TestRefusalsSayWhatTheFileIs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	type class struct {
		kind Kind
		want string
		make func(tail string) []byte
	}
	classes := []class{
		{KindXLSB, "Excel binary workbook (.xlsb)", func(s string) []byte {
			return []byte("PK\x03\x04\x14\x00[Content_Types].xml" + s + "PK\x03\x04xl/workbook.bin" + s)
		}},
		{KindXML2003, "Excel 2003 XML spreadsheet", func(s string) []byte {
			return []byte(pick(rng, "", "\ufeff", "\n  ") + `<?xml version="1.0"?>` + pick(rng, "\n", "\r\n", "") + `<?mso-application progid="Excel.Sheet"?>` +
				`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="` + s + `"/></Workbook>`)
		}},
		{KindOldXLS, "Excel 95 or earlier", func(s string) []byte {
			v := []byte{0x00, 0x02, 0x04, 0x08}[rng.IntN(4)]
			return append([]byte{0x09, v, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00}, s...)
		}},
		{KindOldXLS, "Excel 95 or earlier", func(s string) []byte {
			return append(append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), bytes.Repeat([]byte{0}, 500)...), append(utf16("Book"), s...)...)
		}},
		{KindArchive, "compressed file", func(s string) []byte {
			m := []string{"\x1f\x8b\x08\x00", "BZh91AY&SY", "\xfd7zXZ\x00\x00", "7z\xbc\xaf\x27\x1c\x00\x04", "Rar!\x1a\x07\x01\x00"}[rng.IntN(5)]
			return []byte(m + s)
		}},
		{KindImage, "is an image", func(s string) []byte {
			m := []string{"\x89PNG\r\n\x1a\n\x00\x00", "\xff\xd8\xff\xe0\x00\x10JFIF", "GIF89a\x01\x00", "RIFF\x00\x00\x00\x00WEBPVP8 "}[rng.IntN(4)]
			return []byte(m + s)
		}},
		{KindBinary, "binary data", func(s string) []byte {
			b := make([]byte, 200+rng.IntN(2000))
			for i := range b {
				b[i] = byte(rng.IntN(256))
			}
			b[rng.IntN(len(b))] = 0
			return append([]byte(s+"\n"), b...)
		}},
	}
	names := []string{"submission.csv", "submission.xlsx", "answers.yaml", "answers.json", "noext", "data.txt", "sheet.xls"}
	for _, c := range classes {
		for i := 0; i < 30; i++ {
			s := secret(rng)
			name := names[rng.IntN(len(names))]
			p := write(t, name, c.make(s))
			_, err := File(p, Options{})
			if err == nil {
				t.Fatalf("%s (%s) was read", name, c.kind)
			}
			text := err.Error()
			if !strings.Contains(text, name) || !strings.Contains(text, c.want) || strings.Contains(text, "s3cr3t") {
				t.Errorf("%s as %s: %q; want the name, %q, and nothing of the content", c.kind, name, text, c.want)
			}
		}
	}
}

func pick(rng *rand.Rand, s ...string) string { return s[rng.IntN(len(s))] }

// TestTextThatIsNoSubmissionIsNotQuoted: password files, environment files and configuration
// named like a CSV or an answers file get a message that says what is missing, never a line
// of the file.
func TestTextThatIsNoSubmissionIsNotQuoted(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	gens := []func(s string) string{
		func(s string) string { return "root:" + s + ":19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n" },
		func(s string) string { return "HOME=/root\n" + s + "\nPATH=/usr/bin\n" },
		func(s string) string { return "services:\n  db:\n    environment:\n      - " + s + "\n" },
		func(s string) string { return `{"name": "app", "env": "` + s + `"}` },
		func(s string) string { return s + "\x00HOME=/root\x00PATH=/bin\x00" }, // /proc/self/environ
	}
	for i := 0; i < 100; i++ {
		s := secret(rng)
		name := []string{"env.csv", "shadow.csv", "env.yaml", "config.yml", "data.json", "list.tsv"}[rng.IntN(6)]
		p := write(t, name, []byte(gens[rng.IntN(len(gens))](s)))
		_, err := File(p, Options{})
		if err == nil || strings.Contains(err.Error(), "s3cr3t") || strings.Contains(err.Error(), "HOME") || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestPipeIsReadOnce: a pipe (what bash's <(...) gives, /dev/fd/63) is read once and
// recognized by its content, since it has no name to go by; a FIFO nobody writes to reads as
// empty instead of waiting.
func TestPipeIsReadOnce(t *testing.T) {
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skip("no /dev/fd here")
	}
	dir := t.TempDir()
	for _, data := range []string{"format: wwc-answers/1\ncity: Maipú\nyear: 2024\n", "ID,Answer\nDM1,yes\n", "\ufeffID;Respuesta\r\nDM1;Sí\r\n"} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		w.WriteString(data)
		w.Close()
		p := fmt.Sprintf("/dev/fd/%d", r.Fd())
		a, err := File(p, Options{})
		r.Close()
		if err != nil || a.Source != p {
			t.Fatalf("%q through %s: %v", data, p, err)
		}
	}
	lonely := filepath.Join(dir, "x.xlsx")
	syscall.Mkfifo(lonely, 0o600)
	done := make(chan error)
	go func() { _, err := File(lonely, Options{}); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "empty") {
			t.Errorf("FIFO with no writer: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO with no writer hangs")
	}
}

// TestSpreadsheetNamesComeFromOnePlace: every name a spreadsheet, CSV or answers file goes by
// is in Extensions, and templates and macro workbooks read as workbooks.
func TestSpreadsheetNamesComeFromOnePlace(t *testing.T) {
	for _, ext := range []string{".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods", ".numbers", ".xml", ".csv", ".yaml", ".yml", ".json"} {
		if !SubmissionName("x" + strings.ToUpper(ext)) {
			t.Errorf("%s is not a submission's name", ext)
		}
	}
	for _, ext := range []string{".xltx", ".xltm", ".xlsm"} {
		if got := Sniff([]byte("PK\x03\x04....[Content_Types].xml"), "t"+ext).Kind; got != KindXLSX {
			t.Errorf("%s reads as %s", ext, got)
		}
	}
}
