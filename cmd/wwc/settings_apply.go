package main

import (
	"errors"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// applySettings resolves the settings into cmd's options once, before it runs: every flag the
// command line left alone takes its setting's value (WWC_* or the config file), whatever the
// command, so the run functions get their options resolved. The language was chosen before
// the tree was built, the format is chosen with -o (see chooseFormat) and the rubric when it
// is loaded (see app.rubric). A value the flag
// cannot take is a usage error naming where it was set.
func (a *app) applySettings(cmd *cobra.Command) error {
	for _, key := range settingKeys {
		if key == keyLang || key == keyFormat || key == keyRubric {
			continue
		}
		f := cmd.Flags().Lookup(key)
		val, src, ok := a.set.value(key)
		if f == nil || f.Changed || !ok {
			continue
		}
		if err := f.Value.Set(val); err != nil {
			return badSetting(key, val, src, f)
		}
		if a.applied == nil {
			a.applied = map[string]settingSource{}
		}
		a.applied[key] = src
	}
	return nil
}

// settingError adds to err, a problem with the value of the flag named key, where that value
// was set when the command line did not give it: the user must know which file or variable
// to correct.
func (a *app) settingError(key string, err error) error {
	src, ok := a.applied[key]
	if !ok {
		return err
	}
	note := msg.E("settings.set_by", msg.Args{"Key": key, "Source": src.describe()})
	var u usageError
	if errors.As(err, &u) {
		return usageError{msg.List{u.err, note}}
	}
	return msg.List{err, note}
}

// valueError is err, a value the flag named key does not take, or, when a setting gave that
// value, one line naming the setting instead of a flag the command line never had: the
// setting, the value and what it accepts.
func (a *app) valueError(key string, accepts msg.M, err error) error {
	src, ok := a.applied[key]
	if !ok {
		return err
	}
	val, _, _ := a.set.value(key)
	return usage("settings.bad_value", msg.Args{"Source": src.describe(), "Key": key, "Value": val, "Accepts": accepts})
}

// changedValue is the value of the flag name when the command line gave it, else "": a
// flag's default must not outrank a setting or an -o extension.
func changedValue(cmd *cobra.Command, name string) string {
	f := cmd.Flags().Lookup(name)
	if f == nil || !f.Changed {
		return ""
	}
	return f.Value.String()
}

// badSetting is the usage error for a setting whose value its flag does not take.
func badSetting(key, val string, src settingSource, f *pflag.Flag) error {
	accepts := "settings.accepts.text"
	switch f.Value.Type() {
	case "int":
		accepts = "settings.accepts.number"
	case "bool":
		accepts = "settings.accepts.switch"
	}
	return usage("settings.bad_value", msg.Args{"Source": src.describe(), "Key": key, "Value": val, "Accepts": msg.M{ID: accepts}})
}

// cityError adds, to a file that disagrees with --city or --country, where that value was set
// when it was not the command line: the message says "the command line", and the user must
// find the config file or variable to correct.
func (a *app) cityError(err error) error {
	for _, key := range []string{keyCity, keyCountry} {
		if _, ok := a.applied[key]; ok && conflictsOn(err, key) {
			err = a.settingError(key, err)
		}
	}
	return err
}

// conflictsOn says whether err holds a conflict between a file and the setting key.
func conflictsOn(err error, key string) bool {
	var list msg.List
	if errors.As(err, &list) {
		for _, e := range list {
			if conflictsOn(e, key) {
				return true
			}
		}
		return false
	}
	var me *msg.Error
	if !errors.As(err, &me) || me.ID != "load.conflict" {
		return false
	}
	field, ok := me.Args["Field"].(msg.M)
	return ok && field.ID == "field."+key
}
