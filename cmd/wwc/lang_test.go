package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
