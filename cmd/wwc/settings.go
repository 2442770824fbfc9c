package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// Settings that may come from a flag, a WWC_* variable or the config file, in that order.
const (
	keyLang    = "lang"
	keyRubric  = "rubric"
	keyCity    = "city"
	keyCountry = "country"
	keyFormat  = "format"
)

// maxConfigSize caps the config file: a few settings take a few hundred bytes, and a file
// read before every command must cost nothing whatever is put in its place.
const maxConfigSize = 64 << 10

// configName is the config file looked for in the current folder; the user's config folder
// holds wwc/config.yaml.
const configName = ".wwc.yaml"

// loadSettings reads WWC_* variables and the config file into a viper instance. path is the
// --config flag's value, if any.
func loadSettings(s *streams, path string) (*viper.Viper, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	for _, key := range []string{keyLang, keyRubric, keyCity, keyCountry, keyFormat} {
		if val := s.getenv("WWC_" + strings.ToUpper(key)); val != "" {
			v.Set(key, val)
		}
	}
	if path == "" {
		path = findConfig(s)
	}
	if path == "" {
		return v, nil
	}
	cfg := viper.New()
	cfg.SetConfigType("yaml")
	data, err := fileio.ReadLimited(path, maxConfigSize)
	if err != nil {
		var me *msg.Error
		if errors.As(err, &me) && me.ID == "file.too_large" {
			return nil, msg.Wrap(err, "config.too_large", msg.Args{"File": path, "Max": maxConfigSize >> 10})
		}
		return nil, err
	}
	if err := cfg.ReadConfig(bytes.NewReader(data)); err != nil {
		return nil, msg.Wrap(err, "config.bad", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	for _, key := range []string{keyLang, keyRubric, keyCity, keyCountry, keyFormat} {
		if !v.IsSet(key) && cfg.IsSet(key) {
			val := cfg.GetString(key)
			if key == keyRubric && val != "" && !filepath.IsAbs(val) {
				// A rubric named in a config file is relative to that file.
				val = filepath.Join(filepath.Dir(path), val)
			}
			v.Set(key, val)
		}
	}
	return v, nil
}

func findConfig(s *streams) string {
	// Only a regular file is looked for: a FIFO or a device left under the name would block
	// or flood every command. --config may still name a pipe.
	if fi, err := os.Stat(configName); err == nil && fi.Mode().IsRegular() {
		return configName
	}
	dir := s.getenv("XDG_CONFIG_HOME")
	if dir == "" {
		if home := s.getenv("HOME"); home != "" {
			dir = filepath.Join(home, ".config")
		}
	}
	if dir == "" {
		return ""
	}
	p := filepath.Join(dir, "wwc", "config.yaml")
	if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
		return p
	}
	return ""
}

// setting returns a flag's value when the user gave it, else the setting from the
// environment or config file, else the flag's default.
func setting(cmd *cobra.Command, v *viper.Viper, flag, key string) string {
	f := cmd.Flags().Lookup(flag)
	if f != nil && f.Changed {
		return f.Value.String()
	}
	if v != nil && v.IsSet(key) {
		return v.GetString(key)
	}
	if f != nil {
		return f.Value.String()
	}
	return ""
}

// flagValue finds --name VALUE or --name=VALUE in args before cobra parses them, for the
// settings that shape the command tree itself (the language of its help, the config file).
func flagValue(args []string, name string) (string, bool) {
	for i, a := range args {
		if a == "--" {
			break
		}
		if a == "--"+name && i+1 < len(args) {
			return args[i+1], true
		}
		if strings.HasPrefix(a, "--"+name+"=") {
			return strings.TrimPrefix(a, "--"+name+"="), true
		}
	}
	return "", false
}

// langChoice is the language chosen before any file is read, and by what.
type langChoice struct {
	// Lang is the language code; Asked the raw value asked for, so that an unsupported
	// --lang or WWC_LANG can be reported.
	Lang, Asked string
	// Tag is the setting as given ("es-MX", "es_GT.UTF-8"), whose region may choose how
	// numbers are written (see i18n.ForTag).
	Tag string
	// Flag says --lang chose it; Setting holds the language WWC_LANG or the config file
	// chose, if any. Either outranks the language an answers file was written in.
	Flag    bool
	Setting string
}

// explicit says the user chose the language for this run, so a file's own lang must not
// replace it.
func (c langChoice) explicit() bool { return c.Flag || c.Setting != "" }

// chooseLang picks the language: --lang, WWC_LANG or the config file, then LC_ALL,
// LC_MESSAGES and LANG, then English. An answers file's lang ranks between the config file
// and the system locale; commands apply it with adoptFileLang once the file is read.
func chooseLang(args []string, s *streams, v *viper.Viper) langChoice {
	setting := ""
	if v != nil && v.IsSet(keyLang) {
		setting = v.GetString(keyLang)
	}
	if l, ok := flagValue(args, "lang"); ok {
		return langChoice{Lang: i18n.Normalize(l), Asked: l, Tag: l, Flag: true, Setting: i18n.Normalize(setting)}
	}
	if setting != "" {
		return langChoice{Lang: i18n.Normalize(setting), Asked: setting, Tag: setting, Setting: i18n.Normalize(setting)}
	}
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := s.getenv(key); l != "" {
			if n := i18n.Normalize(l); n != "" {
				return langChoice{Lang: n, Tag: l}
			}
			// A set LC_ALL that is not ours (C, fr_FR) still decides: English.
			return langChoice{Lang: "en"}
		}
	}
	return langChoice{Lang: "en"}
}

// adoptFileLang switches the messages to the language an answers file was written in when
// neither --lang, WWC_LANG nor the config file chose one. The first file that names a
// supported language decides; later ones do not switch again.
func (a *app) adoptFileLang(lang string) {
	if a.lang.explicit() || a.fileLang {
		return
	}
	if l := i18n.Normalize(lang); l != "" {
		a.cat = i18n.For(l)
		if i18n.Normalize(a.lang.Tag) == l {
			a.cat = i18n.ForTag(a.lang.Tag) // the locale's region still writes the numbers
		}
		a.fileLang = true
	}
}

// langArg is the --lang option a printed command needs to run in lang for a file written in
// lang: none, unless WWC_LANG or the config file would choose another language over the
// file's.
func (a *app) langArg(lang string) string {
	if a.lang.Setting != "" && a.lang.Setting != lang {
		return " --lang " + lang
	}
	return ""
}

// langArgUnstored is the --lang option a printed command needs to run in lang when what it
// reads does not say its language (a workbook): none when WWC_LANG, the config file or the
// system locale would choose lang anyway.
func (a *app) langArgUnstored(lang string) string {
	if chooseLang(nil, a.io, a.v).Lang != lang {
		return " --lang " + lang
	}
	return ""
}
