package main

import (
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// langChoice is the language chosen before any file is read, and by what.
type langChoice struct {
	// Lang is the language code.
	Lang string
	// Tag is the setting as given ("es-MX", "es_GT.UTF-8"), whose region may choose how
	// numbers are written (see i18n.ForTag).
	Tag string
	// Flag says --lang chose it; Setting holds the language WWC_LANG or the config file
	// chose, if any. Either outranks the language an answers file was written in.
	Flag    bool
	Setting string
	// Bad are the usage errors for languages asked for that no catalog has: each gave way
	// to the next source, whose language tells them.
	Bad []error
}

// explicit says the user chose the language for this run, so a file's own lang must not
// replace it.
func (c langChoice) explicit() bool { return c.Flag || c.Setting != "" }

// chooseLang picks the language: --lang, WWC_LANG or the config file, then LC_ALL,
// LC_MESSAGES and LANG, then English. A language no catalog has gives way to the next source
// and is kept in Bad to be reported. An answers file's lang ranks between the config file and
// the system locale; commands apply it with adoptFileLang once the file is read.
func chooseLang(args []string, s *streams, set *settings) langChoice {
	var c langChoice
	if l, ok := flagValue(args, "lang"); ok {
		if n := i18n.Normalize(l); n != "" {
			c = langChoice{Lang: n, Tag: l, Flag: true}
		} else {
			c.Bad = append(c.Bad, usage("lang.unsupported", msg.Args{"Lang": l, "Langs": strings.Join(i18n.Languages, ", ")}))
		}
	}
	for _, ls := range set.languages() {
		n := i18n.Normalize(ls.val)
		if n == "" {
			c.Bad = append(c.Bad, usage("settings.bad_lang", msg.Args{"Source": ls.src.describe(), "Lang": ls.val, "Langs": strings.Join(i18n.Languages, ", ")}))
			continue
		}
		if c.Setting == "" {
			c.Setting = n
		}
		if c.Lang == "" {
			c.Lang, c.Tag = n, ls.val
		}
	}
	if c.Lang != "" {
		return c
	}
	c.Lang = "en"
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := s.getenv(key); l != "" {
			// A set LC_ALL that is not ours (C, fr_FR) still decides: English.
			if n := i18n.Normalize(l); n != "" {
				c.Lang, c.Tag = n, l
			}
			break
		}
	}
	return c
}

// languages are the languages the settings ask for, WWC_LANG first.
func (set *settings) languages() []langSetting {
	if set == nil {
		return nil
	}
	return set.langs
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
