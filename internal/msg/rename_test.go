package msg

import (
	"errors"
	"testing"
)

// TestRenameFile: the name is replaced in every argument, in causes and in lists, and other
// errors are left as they are.
func TestRenameFile(t *testing.T) {
	inner := E("x", Args{"File": "/tmp/copy-1/book.xlsx", "Sheet": "Hoja1"})
	err := List{Wrap(inner, "y", Args{"File": "/tmp/copy-1/book.xlsx: line 3", "Err": E("z", Args{"File": "/tmp/copy-1/book.xlsx"})}), errors.New("/tmp/copy-1/book.xlsx")}
	RenameFile(err, "/tmp/copy-1/book.xlsx", "book.xlsx")
	outer := err[0].(*Error)
	if outer.Args["File"] != "book.xlsx: line 3" || outer.Args["Err"].(*Error).Args["File"] != "book.xlsx" ||
		inner.Args["File"] != "book.xlsx" || inner.Args["Sheet"] != "Hoja1" || err[1].Error() != "/tmp/copy-1/book.xlsx" {
		t.Errorf("renamed: %+v %+v %v", outer.Args, inner.Args, err[1])
	}
}
