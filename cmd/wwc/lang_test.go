package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// TestLanguagePrecedence runs wwc score in-process for every combination of the places a
// language can come from (--lang, WWC_LANG, the config file, the answers file's lang, the
// system locale; each unset or en, es, pt) and checks the report is in the first one given.
func TestLanguagePrecedence(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	langs := []string{"", "en", "es", "pt"}
	files := map[string]string{}
	configs := map[string]string{}
	for _, l := range langs {
		data := src
		if l != "" {
			data = []byte(strings.Replace(string(src), "format: wwc-answers/1\n", "format: wwc-answers/1\nlang: "+l+"\n", 1))
			if bytes.Equal(data, src) {
				t.Fatal("the sample city does not start with its format line")
			}
			configs[l] = filepath.Join(dir, "config-"+l+".yaml")
			if err := os.WriteFile(configs[l], []byte("lang: "+l+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		files[l] = filepath.Join(dir, "city-"+l+".yaml")
		if err := os.WriteFile(files[l], data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	locales := map[string]string{"": "", "en": "en_US.UTF-8", "es": "es_CL.UTF-8", "pt": "pt_BR.UTF-8"}
	for _, flag := range langs {
		for _, env := range langs {
			for _, cfg := range langs {
				for _, file := range langs {
					for _, loc := range langs {
						want := "en"
						for _, l := range []string{loc, file, cfg, env, flag} {
							if l != "" {
								want = l
							}
						}
						args := []string{"score", files[file], "--format", "json"}
						if flag != "" {
							args = append(args, "--lang", flag)
						}
						if cfg != "" {
							args = append(args, "--config", configs[cfg])
						}
						environ := []string{"HOME=" + dir, "XDG_CONFIG_HOME=" + dir}
						if env != "" {
							environ = append(environ, "WWC_LANG="+env)
						}
						if loc != "" {
							environ = append(environ, "LANG="+locales[loc])
						}
						var out, errOut bytes.Buffer
						code := run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Env: environ})
						var res struct {
							Lang string `json:"lang"`
						}
						if code != 0 || json.Unmarshal(out.Bytes(), &res) != nil {
							t.Fatalf("flag %q env %q config %q file %q locale %q: exit %d: %s", flag, env, cfg, file, loc, code, errOut.String())
						}
						if res.Lang != want {
							t.Errorf("flag %q env %q config %q file %q locale %q: report in %q, want %q", flag, env, cfg, file, loc, res.Lang, want)
						}
					}
				}
			}
		}
	}
}

// TestConfigProblemsInTheChosenLanguage generates config files with a problem of every kind
// (an unknown key, a repeated key, a bad indent, a tab, a list for a value, a language no
// catalog has) under every combination of --lang, WWC_LANG, the file's own lang and the
// locale, each unset, en, es, pt or fr (which no catalog has): the problems are a usage
// mistake (2), every one told in the first language given that has a catalog, the file's own
// included; a language no catalog has gives way to the next.
func TestConfigProblemsInTheChosenLanguage(t *testing.T) {
	dir := t.TempDir()
	problems := []string{"fromat: json\n", "format: md\nformat: md\n", "  format: md\n", "\tformat: md\n", "city: [a, b]\n", "format: md\n"}
	langs := []string{"", "en", "es", "pt", "fr"}
	locales := map[string]string{"en": "en_US.UTF-8", "es": "es_CL.UTF-8", "pt": "pt_BR.UTF-8", "fr": "fr_FR.UTF-8"}
	avail := strings.Join(i18n.Languages, ", ")
	n := 0
	for _, problem := range problems {
		for _, flag := range langs {
			for _, env := range langs {
				for _, cfg := range langs {
					for _, loc := range langs {
						data := problem
						if cfg != "" {
							data = "lang: " + cfg + "\n" + problem
						}
						path := filepath.Join(dir, "c"+strconv.Itoa(n)+".yaml")
						n++
						if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
							t.Fatal(err)
						}
						want := "en"
						for _, l := range []string{flag, env, cfg, loc} {
							if i18n.Supported(l) {
								want = l
								break
							}
						}
						args := []string{"version", "--config", path}
						if flag != "" {
							args = append(args, "--lang", flag)
						}
						environ := []string{"HOME=" + dir}
						if env != "" {
							environ = append(environ, "WWC_LANG="+env)
						}
						if loc != "" {
							environ = append(environ, "LANG="+locales[loc])
						}
						var wantErr msg.List
						if _, err := parseConfig(path, []byte(data)); err != nil {
							wantErr = append(wantErr, err)
						}
						if flag == "fr" {
							wantErr = append(wantErr, msg.E("lang.unsupported", msg.Args{"Lang": "fr", "Langs": avail}))
						}
						if env == "fr" {
							wantErr = append(wantErr, msg.E("settings.bad_lang", msg.Args{"Source": settingSource{Env: "WWC_LANG"}.describe(), "Lang": "fr", "Langs": avail}))
						}
						if cfg == "fr" {
							wantErr = append(wantErr, msg.E("settings.bad_lang", msg.Args{"Source": settingSource{File: path, Line: 1}.describe(), "Lang": "fr", "Langs": avail}))
						}
						var out, errOut bytes.Buffer
						code := run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Env: environ})
						if len(wantErr) == 0 {
							if code != exitOK {
								t.Fatalf("%q flag %q env %q locale %q: exit %d: %s", data, flag, env, loc, code, errOut.String())
							}
							continue
						}
						wantText := "wwc: " + strings.ReplaceAll(msg.Text(i18n.For(want), wantErr), "\n", "\nwwc: ") + "\n"
						if code != exitUsage || out.Len() != 0 || errOut.String() != wantText {
							t.Fatalf("%q flag %q env %q locale %q: exit %d, stderr:\n%s\nwant exit 2 and, in %s:\n%s", data, flag, env, loc, code, errOut.String(), want, wantText)
						}
					}
				}
			}
		}
	}
}
