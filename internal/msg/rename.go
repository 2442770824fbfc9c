package msg

import "strings"

// RenameFile replaces a file name in the arguments of catalog errors, through their causes
// and lists: a file read from a temporary copy (a pipe, a workbook saved aside) is named in
// messages as the user gave it.
func RenameFile(err error, from, to string) {
	switch e := err.(type) {
	case *Error:
		for k, v := range e.Args {
			switch v := v.(type) {
			case string:
				e.Args[k] = strings.ReplaceAll(v, from, to)
			case error:
				RenameFile(v, from, to)
			}
		}
		if e.Cause != nil {
			RenameFile(e.Cause, from, to)
		}
	case List:
		for _, x := range e {
			RenameFile(x, from, to)
		}
	}
}
