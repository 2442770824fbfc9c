package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/spf13/viper"
)

// Settings that may come from a flag, a WWC_* variable or the config file, in that order.
// Each applies to every command that has the flag of the same name.
const (
	keyLang            = "lang"
	keyRubric          = "rubric"
	keyCity            = "city"
	keyCountry         = "country"
	keyFormat          = "format"
	keyReportFormat    = "report-format"
	keyWorkers         = "workers"
	keyRequireEvidence = "require-evidence"
)

// settingKeys are the keys a config file may hold, in the order messages list them.
var settingKeys = []string{keyLang, keyRubric, keyCity, keyCountry, keyFormat, keyReportFormat, keyWorkers, keyRequireEvidence}

// maxConfigSize caps the config file: a few settings take a few hundred bytes, and a file
// read before every command must cost nothing whatever is put in its place.
const maxConfigSize = 64 << 10

// configName is the config file looked for in the current folder; the user's config folder
// holds wwc/config.yaml.
const configName = ".wwc.yaml"

// envName is the environment variable of a setting: WWC_REPORT_FORMAT for report-format.
func envName(key string) string {
	return "WWC_" + strings.ToUpper(strings.ReplaceAll(key, "-", "_"))
}

// settingSource says where a setting's value came from, for messages about it.
type settingSource struct {
	// Env is the variable (WWC_FORMAT); else File and Line are the config file and the line
	// of the key.
	Env  string
	File string
	Line int
}

// describe is the source in the user's words: "the environment variable WWC_FORMAT", "the
// config file .wwc.yaml (line 2)".
func (s settingSource) describe() msg.M {
	if s.Env != "" {
		return msg.M{ID: "settings.source.env", Args: msg.Args{"Var": s.Env}}
	}
	return msg.M{ID: "settings.source.config", Args: msg.Args{"File": s.File, "Line": s.Line}}
}

// settings are the values from outside the command line, each with its source.
type settings struct {
	v   *viper.Viper
	src map[string]settingSource
	// langs are the languages WWC_LANG and the config file ask for, in that order, each with
	// its source: one no catalog has gives way to the next (see chooseLang).
	langs []langSetting
}

// langSetting is a language a setting asks for, and where.
type langSetting struct {
	val string
	src settingSource
}

// loadSettings reads WWC_* variables and the config file. path is the --config flag's value,
// if any. The config file is read strictly (see parseConfig). The settings returned are never
// nil: when the file has problems they still hold the variables and the language the file
// sets, so that the problems are told in the user's language.
func loadSettings(s *streams, path string) (*settings, error) {
	set := &settings{v: viper.New(), src: map[string]settingSource{}}
	for _, key := range settingKeys {
		if val := s.getenv(envName(key)); val != "" {
			set.v.Set(key, val)
			set.src[key] = settingSource{Env: envName(key)}
		}
	}
	if val := s.getenv(envName(keyLang)); val != "" {
		set.langs = append(set.langs, langSetting{val, settingSource{Env: envName(keyLang)}})
	}
	if path == "" {
		path = findConfig(s)
	}
	if path == "" {
		return set, nil
	}
	data, err := fileio.ReadLimited(path, maxConfigSize)
	if err != nil {
		var me *msg.Error
		if errors.As(err, &me) && me.ID == "file.too_large" {
			return set, msg.Wrap(err, "config.too_large", msg.Args{"File": path, "Max": maxConfigSize >> 10, "Keys": strings.Join(settingKeys, ", ")})
		}
		return set, err
	}
	cfg, err := parseConfig(path, data)
	if cfg.lang != nil {
		set.langs = append(set.langs, langSetting{cfg.lang.val, settingSource{File: path, Line: cfg.lang.line}})
	}
	if err != nil {
		return set, err
	}
	set.adopt(cfg, path)
	return set, nil
}

// adopt takes the config file's values for the settings no variable gave.
func (set *settings) adopt(cfg configFile, path string) {
	for _, key := range settingKeys {
		c, ok := cfg.values[key]
		if set.v.IsSet(key) || !ok {
			continue
		}
		val := c.val
		if key == keyRubric && val != "" && !filepath.IsAbs(val) {
			// A rubric named in a config file is relative to that file.
			val = filepath.Join(filepath.Dir(path), val)
		}
		set.v.Set(key, val)
		set.src[key] = settingSource{File: path, Line: c.line}
	}
}

// value is a setting's value and source; ok is false when no variable or config file gave it.
func (set *settings) value(key string) (string, settingSource, bool) {
	if set == nil || set.v == nil || !set.v.IsSet(key) {
		return "", settingSource{}, false
	}
	return set.v.GetString(key), set.src[key], true
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
