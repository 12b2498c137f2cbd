package hostfile

import (
	"encoding/json"
	"errors"
)

// JSONPosition finds where in data encoding/json's err happened, as a line
// and column, so a JSON file's error is placed as a YAML file's is.
func JSONPosition(data []byte, err error) (line, column int, ok bool) {
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	var read int64 // the error happened at the last byte read
	switch {
	case errors.As(err, &syntax):
		read = syntax.Offset
	case errors.As(err, &typeErr):
		read = typeErr.Offset
	default:
		return 0, 0, false
	}
	line, column = Position(data, int(read)-1)
	return line, column, true
}
