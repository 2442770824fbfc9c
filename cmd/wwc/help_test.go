package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/spf13/cobra"
)

// englishOnScreen is the stop list of English words a Spanish or Portuguese help screen must
// not show: cobra's headings and placeholders, our argument names, pflag's type names and
// its "(default ...)".
// The words are delimited by anything but a letter (Go's \b is ASCII-only: "int" would match
// in "intérprete").
var englishOnScreen = regexp.MustCompile(`(?:^|[^\p{L}])(Usage|Flags|command|commands|flags|FILE|DIR|PATH|OLD|NEW|string|strings|int|default)(?:[^\p{L}]|$)|help for`)

// commandPaths lists the argument lists that name every command of the tree, help included.
func commandPaths(t *testing.T) [][]string {
	t.Helper()
	a := &app{io: &streams{}, cat: i18n.For("en")}
	root := newRootCmd(a)
	paths := [][]string{{}, {"help"}}
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		for _, sub := range c.Commands() {
			p := append(append([]string{}, path...), sub.Name())
			paths = append(paths, p)
			walk(sub, p)
		}
	}
	walk(root, nil)
	return paths
}

// screenWords is what a help screen says in words: example lines (commands one types) and
// flag names (--report-format) are left out, since they are the same in every language.
func screenWords(help string) string {
	var b strings.Builder
	inExamples := false
	for _, line := range strings.Split(help, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "Ejemplos:" || trimmed == "Exemplos:":
			inExamples = true
			continue
		case trimmed == "":
			inExamples = false
		case inExamples, strings.HasPrefix(trimmed, "wwc ") && strings.HasPrefix(line, "  "),
			strings.HasPrefix(trimmed, "source <("):
			continue // a command line to type, as typed
		}
		for _, f := range strings.Fields(line) {
			if strings.HasPrefix(f, "-") || strings.HasPrefix(f, "(-") || strings.HasPrefix(f, "\"wwc") {
				continue
			}
			b.WriteString(f + " ")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestHelpHasNoEnglish renders every command's help in Spanish and Portuguese, in each of the
// ways one asks for it (--help, -h, wwc help ...), and fails on any word of the stop list.
func TestHelpHasNoEnglish(t *testing.T) {
	for _, lang := range []string{"es", "pt"} {
		for _, path := range commandPaths(t) {
			for _, form := range []string{"--help", "-h", "help"} {
				args := append(append([]string{}, path...), form)
				if form == "help" {
					if len(path) > 0 && path[0] == "help" {
						continue
					}
					args = append([]string{"help"}, path...)
				}
				args = append(args, "--lang", lang)
				var out, errOut bytes.Buffer
				code := run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
				if code != 0 || out.Len() == 0 {
					t.Fatalf("wwc %s: exit %d, %d bytes of help: %s", strings.Join(args, " "), code, out.Len(), errOut.String())
				}
				words := screenWords(out.String())
				for i, line := range strings.Split(words, "\n") {
					if m := englishOnScreen.FindString(line); m != "" {
						t.Errorf("wwc %s: %q in English on line %d: %s", strings.Join(args, " "), m, i+1, line)
					}
				}
			}
		}
	}
}

// TestScreenWordsKeepsWhatIsSaid checks the stop-list filter itself: English in a sentence is
// caught, commands to type and flag names are not.
func TestScreenWordsKeepsWhatIsSaid(t *testing.T) {
	for _, tc := range []struct {
		help string
		bad  bool
	}{
		{"Uso:\n  wwc score ARCHIVO [opciones]\n", false},
		{"Usage:\n  wwc score FILE [flags]\n", true},
		{"Ejemplos:\n  wwc score x.yaml --format json\n\nOpciones:\n  -f, --format FORMATO   formato\n", false},
		{"Opciones:\n  -f, --format string   formato (default \"text\")\n", true},
		{"Opciones:\n      --workers int   archivos\n", true},
		{"Opções:\n  -h, --help   help for help\n", true},
		{"Opções:\n      --report-format FORMATO   formato dos relatórios de --reports-dir\n", false},
	} {
		got := englishOnScreen.MatchString(screenWords(tc.help))
		if got != tc.bad {
			t.Errorf("%q: flagged %v, want %v", tc.help, got, tc.bad)
		}
	}
}

// TestUsageErrorsNameArgumentsInTheLanguage checks that a wrong number of arguments is told
// with the argument names in the user's words ("recibe un argumento, ARCHIVO").
func TestUsageErrorsNameArgumentsInTheLanguage(t *testing.T) {
	for _, lang := range []string{"es", "pt"} {
		for _, args := range [][]string{{"score"}, {"score", "a", "b"}, {"diff", "a"}, {"rubric", "validate"}, {"assess", "a", "b"}, {"trend"}, {"completion"}} {
			var out, errOut bytes.Buffer
			full := append(append([]string{}, args...), "--lang", lang)
			code := run(full, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
			if code == 0 {
				continue // a command that takes any number of arguments
			}
			if m := englishOnScreen.FindString(errOut.String()); m != "" {
				t.Errorf("wwc %s: %q in English: %s", strings.Join(full, " "), m, errOut.String())
			}
		}
	}
}

// TestHelpOfUnknownCommand checks that wwc help with a mistyped name is a usage error with a
// suggestion, as the mistyped command itself is, at every level of the tree.
func TestHelpOfUnknownCommand(t *testing.T) {
	for _, lang := range i18n.Languages {
		for _, tc := range []struct {
			args    []string
			suggest string
		}{
			{[]string{"help", "scor"}, "score"},
			{[]string{"help", "scroe"}, "score"},
			{[]string{"help", "rubric", "shwo"}, "show"},
			{[]string{"help", "rubric", "exprot"}, "export"},
			{[]string{"help", "zzzzzz"}, ""},
			{[]string{"help", "score", "extra"}, ""},
		} {
			var out, errOut bytes.Buffer
			full := append(append([]string{}, tc.args...), "--lang", lang)
			code := run(full, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
			if code != exitUsage {
				t.Errorf("wwc %s: exit %d, want %d; stdout %q", strings.Join(full, " "), code, exitUsage, out.String())
			}
			if out.Len() != 0 {
				t.Errorf("wwc %s: printed help for another command: %q", strings.Join(full, " "), out.String())
			}
			if strings.Contains(errOut.String(), "wwc help --help") {
				t.Errorf("wwc %s: points at help's own help: %s", strings.Join(full, " "), errOut.String())
			}
			if tc.suggest != "" && !strings.Contains(errOut.String(), tc.suggest+"?") {
				t.Errorf("wwc %s: no suggestion of %s: %s", strings.Join(full, " "), tc.suggest, errOut.String())
			}
		}
	}
}

// TestHelpListsEachCommandsExitCodes checks that each command's help lists the exit codes
// it can return and no other, in every language.
func TestHelpListsEachCommandsExitCodes(t *testing.T) {
	want := map[string][]string{
		"":         {"0", "1", "2", "3", "130"},
		"score":    {"0", "1", "2", "3", "130"},
		"diff":     {"0", "1", "2", "3", "130"},
		"batch":    {"0", "1", "2", "130"},
		"trend":    {"0", "1", "2", "130"},
		"template": {"0", "1", "2", "130"},
		"assess":   {"0", "1", "2", "130"},
	}
	code := regexp.MustCompile(`^  (\d+) +\S`)
	for _, lang := range i18n.Languages {
		heading := i18n.For(lang).T("help.exit_codes") + ":"
		for name, codes := range want {
			args := []string{"--help", "--lang", lang}
			if name != "" {
				args = append([]string{name}, args...)
			}
			var out, errOut bytes.Buffer
			run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
			var got []string
			in := false
			for _, line := range strings.Split(out.String(), "\n") {
				switch {
				case line == heading:
					in = true
				case in && code.MatchString(line):
					got = append(got, code.FindStringSubmatch(line)[1])
				case in && strings.HasPrefix(line, "     ") && strings.TrimSpace(line) != "":
					// the explanation of the code above, wrapped
				default:
					in = false
				}
			}
			if strings.Join(got, " ") != strings.Join(codes, " ") {
				t.Errorf("%s: wwc %s --help lists exit codes %q, want %q", lang, name, got, codes)
			}
		}
	}
}

// TestHelpFitsTheWidth renders every command's help at several widths (COLUMNS, as on a
// terminal that cannot be asked) in every language: no line is wider, except the commands
// to type in the examples and a word longer than its whole column, and nothing is lost.
func TestHelpFitsTheWidth(t *testing.T) {
	for _, lang := range i18n.Languages {
		for _, path := range commandPaths(t) {
			args := append(append([]string{}, path...), "--help", "--lang", lang)
			var wide bytes.Buffer
			run(args, &streams{In: strings.NewReader(""), Out: &wide, ErrOut: &bytes.Buffer{}, Env: []string{"COLUMNS=1000"}})
			for _, width := range []int{40, 60, 80, 100} {
				var out bytes.Buffer
				env := []string{"COLUMNS=" + strconv.Itoa(width)}
				if code := run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &bytes.Buffer{}, Env: env}); code != 0 {
					t.Fatalf("wwc %s: exit %d", strings.Join(args, " "), code)
				}
				inExamples := false
				for _, line := range strings.Split(out.String(), "\n") {
					switch trimmed := strings.TrimSpace(line); {
					case strings.HasSuffix(trimmed, ":") && !strings.HasPrefix(line, " "):
						inExamples = trimmed == i18n.For(lang).T("help.examples")+":"
						continue
					case inExamples || strings.HasPrefix(trimmed, "wwc ") || strings.HasPrefix(trimmed, "source <("):
						continue
					}
					if n := len([]rune(line)); n > width && len(strings.Fields(line)) > 1 && !strings.HasPrefix(strings.TrimSpace(line), "-") {
						t.Errorf("wwc %s at %d columns: a line of %d: %q", strings.Join(args, " "), width, n, line)
					}
				}
				if strings.Join(strings.Fields(out.String()), " ") != strings.Join(strings.Fields(wide.String()), " ") {
					t.Errorf("wwc %s at %d columns: the words are not those of the wide help", strings.Join(args, " "), width)
				}
			}
		}
	}
}

// TestAssessResumesAtTheFirstOpenCriterion: wwc assess --help, in every language, says a
// resumed session starts at the first open criterion, in progress included, not at the first
// unanswered one; the README says the same.
func TestAssessResumesAtTheFirstOpenCriterion(t *testing.T) {
	inProgress := map[string]string{"en": "(unanswered or in progress)", "es": "(sin responder o en proceso)", "pt": "(sem resposta ou em andamento)"}
	for lang, want := range inProgress {
		var out, errOut bytes.Buffer
		run([]string{"assess", "--help", "--lang", lang}, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
		if text := strings.Join(strings.Fields(out.String()), " "); !strings.Contains(text, want) {
			t.Errorf("%s: wwc assess --help does not say %q:\n%s", lang, want, out.String())
		}
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(readme, []byte("first unanswered")) || !bytes.Contains(readme, []byte("resume at the first open criterion")) {
		t.Error("the README does not say wwc assess FILE resumes at the first open criterion")
	}
}
