package nodemodules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// maxJSONDepth bounds how deep a package.json may nest: "exports" maps
// are a few levels deep; a hostile file must not recurse without end.
const maxJSONDepth = 32

// member is one key of a JSON object, in the order the file lists it:
// the order of conditions in "exports" decides which one wins.
type member struct {
	key   string
	value any
}

// object is a JSON object with its keys in file order.
type object []member

// packageJSON holds the fields of a package.json resolution reads.
type packageJSON struct {
	name, version, main, typ string
	exports                  any // nil when absent; string, []any, object, or jsonNull
	hasExports               bool
}

// jsonNull stands for a JSON null, which in "exports" means "not exported".
type jsonNull struct{}

// parsePackageJSON reads the fields resolution needs, keeping the order
// of keys in "exports".
func parsePackageJSON(data []byte) (*packageJSON, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeValue(dec, 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("text after the JSON object")
	}
	obj, ok := v.(object)
	if !ok {
		return nil, errors.New("it is not a JSON object")
	}
	pj := &packageJSON{}
	for _, m := range obj {
		s, _ := m.value.(string)
		switch m.key {
		case "name":
			pj.name = s
		case "version":
			pj.version = s
		case "main":
			pj.main = s
		case "type":
			pj.typ = s
		case "exports":
			pj.exports, pj.hasExports = m.value, true
		}
	}
	return pj, nil
}

func decodeValue(dec *json.Decoder, depth int) (any, error) {
	if depth > maxJSONDepth {
		return nil, fmt.Errorf("nested more than %d levels deep", maxJSONDepth)
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			return decodeObject(dec, depth)
		case '[':
			return decodeArray(dec, depth)
		}
		return nil, fmt.Errorf("unexpected %q", t)
	case nil:
		return jsonNull{}, nil
	default:
		return t, nil
	}
}

func decodeObject(dec *json.Decoder, depth int) (object, error) {
	var obj object
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		v, err := decodeValue(dec, depth+1)
		if err != nil {
			return nil, err
		}
		obj = append(obj, member{key: key, value: v})
	}
	_, err := dec.Token() // '}'
	return obj, err
}

func decodeArray(dec *json.Decoder, depth int) ([]any, error) {
	list := []any{}
	for dec.More() {
		v, err := decodeValue(dec, depth+1)
		if err != nil {
			return nil, err
		}
		list = append(list, v)
	}
	_, err := dec.Token() // ']'
	return list, err
}
