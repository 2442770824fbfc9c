package main

import (
	"github.com/citydatakit/wwc/internal/i18n"
)

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
func chooseLang(args []string, s *streams, set *settings) langChoice {
	setting, _, _ := set.value(keyLang)
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
	if chooseLang(nil, a.io, a.set).Lang != lang {
		return " --lang " + lang
	}
	return ""
}
