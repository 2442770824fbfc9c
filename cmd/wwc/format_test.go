package main

import (
	"bytes"
	"errors"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/msg"
)

// TestChooseFormat generates every combination of --format, -o extension, setting and
// terminal for a document's formats and checks the rule: --format, else the -o extension,
// else the setting, else the default; a disagreement, an unknown name or extension, or a
// binary format on a terminal is a usage error, never a silent choice.
func TestChooseFormat(t *testing.T) {
	names := []string{"text", "md", "json", "xlsx"}
	// The extensions -o may end in, and the format each names among all of wwc's.
	exts := map[string]string{"": "", ".txt": "text", ".md": "md", ".html": "html", ".json": "json", ".xlsx": "xlsx", ".pdf": "pdf", ".docx": ""}
	values := []string{"", "text", "md", "html", "json", "xlsx", "pdf", "docx", "JSON"}
	for _, flag := range values {
		for ext, extFormat := range exts {
			for _, setting := range values {
				for _, terminal := range []bool{false, true} {
					for _, toStdout := range []bool{false, true} {
						output := ""
						if !toStdout {
							output = "out/report" + ext
						} else if ext != "" {
							continue
						}
						req := formatRequest{Names: names, Default: "text", Flag: flag, Setting: setting, Source: msg.M{ID: "settings.source.env", Args: msg.Args{"Var": "WWC_FORMAT"}},
							Output: output, OutputFormat: extFormat, Binary: []string{"xlsx"}, Terminal: terminal}
						got, err := chooseFormat(req)
						want, wantErr := formatOracle(req, names)
						if (err != nil) != wantErr || (err == nil && got != want) {
							t.Fatalf("%+v: got %q, %v; want %q (error %v)", req, got, err, want, wantErr)
						}
						if err != nil && exitCode(err) != exitUsage {
							t.Fatalf("%+v: %v is not a usage error", req, err)
						}
					}
				}
			}
		}
	}
}

// formatOracle restates the rule step by step.
func formatOracle(r formatRequest, names []string) (string, bool) {
	lower := map[string]string{"JSON": "json"}
	norm := func(s string) string {
		if l, ok := lower[s]; ok {
			return l
		}
		return s
	}
	var name string
	switch {
	case r.Flag != "":
		name = norm(r.Flag)
		if !slices.Contains(names, name) || (r.OutputFormat != "" && r.OutputFormat != name) {
			return "", true
		}
	case r.Output != "" && r.Output != "out/report":
		if !slices.Contains(names, r.OutputFormat) {
			return "", true
		}
		name = r.OutputFormat
	case r.Setting != "":
		name = norm(r.Setting)
		if !slices.Contains(names, name) {
			return "", true
		}
	default:
		name = "text"
	}
	if name == "xlsx" && r.Terminal {
		return "", true
	}
	return name, false
}

// TestCheckConfig generates config files from settings, misspelled settings, unknown keys,
// repeated keys and values of every YAML kind, and checks that each problem is reported on its
// line, every one at once, with the closest setting suggested for a misspelling and the first
// line of a repeated setting; the file's lang is known whatever the other problems.
func TestCheckConfig(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	typo := func(k string) string {
		r := []rune(k)
		i := rng.Intn(len(r) - 1)
		r[i], r[i+1] = r[i+1], r[i]
		return string(r)
	}
	for n := 0; n < 1000; n++ {
		var data string
		wantProblems := 0
		wantSuggest := map[int]string{}
		wantFirst := map[int]int{}
		first := map[string]int{}
		wantLang := ""
		for line := 1; line <= 1+rng.Intn(6); line++ {
			key := settingKeys[rng.Intn(len(settingKeys))]
			value, problem, suggest := "es", false, ""
			switch rng.Intn(5) {
			case 0:
				if t := typo(key); t != key && !isSettingKey(t) {
					key, problem, suggest = t, true, key
				}
			case 1:
				key, problem = "zzzzzzzz", true
			case 2:
				value, problem = "[a, b]", true
			}
			if isSettingKey(key) {
				if f, ok := first[key]; ok {
					problem, wantFirst[line] = true, f
				} else {
					first[key] = line
					if key == keyLang && value == "es" {
						wantLang = "es"
					}
				}
			}
			if rng.Intn(4) == 0 {
				key = strings.ToUpper(key) // read case aside, as viper does
			}
			data += key + ": " + value + "\n"
			if problem {
				wantProblems++
			}
			if suggest != "" {
				wantSuggest[line] = suggest
			}
		}
		cfg, err := parseConfig("c.yaml", []byte(data))
		if got := ""; cfg.lang != nil || wantLang != "" {
			if cfg.lang != nil {
				got = cfg.lang.val
			}
			if got != wantLang {
				t.Fatalf("%q: lang %q, want %q", data, got, wantLang)
			}
		}
		var list msg.List
		if wantProblems == 0 {
			if err != nil {
				t.Fatalf("%q: %v", data, err)
			}
			continue
		}
		if !errors.As(err, &list) || len(list) != wantProblems {
			t.Fatalf("%q: %d problems (%v), want %d", data, len(list), err, wantProblems)
		}
		for _, e := range list {
			var me *msg.Error
			errors.As(e, &me)
			line := me.Args["Line"].(int)
			if want, ok := wantSuggest[line]; ok && me.Args["Suggest"] != want {
				t.Fatalf("%q line %v: suggested %v, want %s", data, line, me.Args["Suggest"], want)
			}
			if want, ok := wantFirst[line]; ok && (me.ID != "config.duplicate_key" || me.Args["First"] != want) {
				t.Fatalf("%q line %v: %s first %v, want a repeat of line %d", data, line, me.ID, me.Args["First"], want)
			}
		}
	}
}

// TestBinaryFormatToTerminal runs the commands with a workbook format for a terminal's
// standard output: refused as a usage mistake, nothing written; piped, or to a file, it is
// written.
func TestBinaryFormatToTerminal(t *testing.T) {
	for _, args := range [][]string{
		{"score", "../../testdata/cities/maipu-2024.yaml", "--format", "xlsx"},
		{"batch", "../../testdata/cities", "--format", "xlsx"},
	} {
		for _, tty := range []bool{true, false} {
			var out, errOut bytes.Buffer
			code := run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, OutTTY: tty})
			if tty && (code != exitUsage || out.Len() != 0 || !strings.Contains(errOut.String(), "-o")) {
				t.Errorf("%v on a terminal: exit %d, %d bytes out, %s", args, code, out.Len(), errOut.String())
			}
			if !tty && (code != exitOK || !bytes.HasPrefix(out.Bytes(), []byte("PK"))) {
				t.Errorf("%v piped: exit %d, %s", args, code, errOut.String())
			}
		}
	}
}
