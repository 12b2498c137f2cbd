package scenarios

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

// decoder turns YAML nodes into Go values the strict way: every key must
// be a known one, every value of the expected kind, and every mistake is
// reported with its line and column rather than the first one alone, so a
// typo in a scenario can never pass silently.
//
// It reads the yaml tags of the fakes' Config types, so a new field there
// is accepted in scenario files without a change here.
type decoder struct {
	errs      *errorList
	lookupEnv func(string) (string, bool)
	// missingEnv collects the secrets whose ${NAME} is not set, for the
	// builder to hand to the scenario being decoded.
	missingEnv []envGap
}

// takeMissingEnv returns the gaps found since the last call.
func (d *decoder) takeMissingEnv() []envGap {
	gaps := d.missingEnv
	d.missingEnv = nil
	return gaps
}

// nodeDecoder is implemented by the format's own value types (patterns,
// durations, expected JSON), which decode themselves.
type nodeDecoder interface {
	decodeNode(d *decoder, n *yaml.Node, where string)
}

var (
	nodeDecoderType = reflect.TypeFor[nodeDecoder]()
	durationType    = reflect.TypeFor[time.Duration]()
)

// reflectValue is the settable value behind a pointer.
func reflectValue(ptr any) reflect.Value { return reflect.ValueOf(ptr).Elem() }

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.add(n.Line, n.Column, format, args...)
}

// decode fills v from n; where names the place for messages
// ("expect.requests[0]").
func (d *decoder) decode(n *yaml.Node, v reflect.Value, where string) {
	n = resolveAlias(n)
	if v.CanAddr() && v.Addr().Type().Implements(nodeDecoderType) {
		v.Addr().Interface().(nodeDecoder).decodeNode(d, n, where)
		return
	}
	if isNull(n) {
		return // an empty value leaves the default
	}
	switch {
	case v.Kind() == reflect.Pointer:
		elem := reflect.New(v.Type().Elem())
		d.decode(n, elem.Elem(), where)
		v.Set(elem)
	case v.Kind() == reflect.Struct:
		d.decodeStruct(n, v, where)
	case v.Kind() == reflect.Map:
		d.decodeMap(n, v, where)
	case v.Kind() == reflect.Slice:
		d.decodeSlice(n, v, where)
	case v.Kind() == reflect.Interface && v.NumMethod() == 0:
		// Free-form values in a fake's Config (a user's metadata) are
		// whatever the author writes, read as encoding/json would read
		// them, so the fake sees what it would see from its API.
		v.Set(reflect.ValueOf(nodeValue(n)))
	default:
		d.decodeScalar(n, v, where)
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, where string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: want a mapping of keys (%s), got %s", where, strings.Join(structKeys(v.Type()), ", "), describeNode(n))
		return
	}
	fields := structFields(v.Type())
	forEachPair(d, n, where, func(key, value *yaml.Node) {
		index, ok := fields[key.Value]
		if !ok {
			d.errorf(key, "%s", unknownKey(key.Value, where, structKeys(v.Type())))
			return
		}
		d.decode(value, v.Field(index), join(where, key.Value))
	})
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, where string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: want a mapping of names to values, got %s", where, describeNode(n))
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	forEachPair(d, n, where, func(key, value *yaml.Node) {
		elem := reflect.New(v.Type().Elem()).Elem()
		d.decode(value, elem, join(where, key.Value))
		v.SetMapIndex(reflect.ValueOf(key.Value).Convert(v.Type().Key()), elem)
	})
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, where string) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s: want a list, got %s", where, describeNode(n))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, out.Index(i), fmt.Sprintf("%s[%d]", where, i))
	}
	v.Set(out)
}

func (d *decoder) decodeScalar(n *yaml.Node, v reflect.Value, where string) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s: want a single value, got %s", where, describeNode(n))
		return
	}
	switch {
	case v.Type() == durationType:
		if dur, ok := d.duration(n, where); ok {
			v.SetInt(int64(dur))
		}
	case v.Kind() == reflect.String:
		v.SetString(n.Value)
	case v.Kind() >= reflect.Int && v.Kind() <= reflect.Int64:
		i, err := strconv.ParseInt(n.Value, 0, 64)
		if n.Tag != "!!int" || err != nil {
			d.errorf(n, "%s: want a whole number, got %s", where, describeNode(n))
			return
		}
		v.SetInt(i)
	case v.Kind() == reflect.Float64:
		f, err := strconv.ParseFloat(n.Value, 64)
		if (n.Tag != "!!int" && n.Tag != "!!float") || err != nil {
			d.errorf(n, "%s: want a number, got %s", where, describeNode(n))
			return
		}
		v.SetFloat(f)
	case v.Kind() == reflect.Bool:
		if n.Tag != "!!bool" {
			d.errorf(n, "%s: want true or false, got %s", where, describeNode(n))
			return
		}
		v.SetBool(n.Value == "true")
	default:
		d.errorf(n, "%s: hookemu cannot read a %s here (this is a bug; please report it)", where, v.Type())
	}
}

// duration reads "5s", "250ms", "1m30s". A bare number is refused: YAML
// would read 5 as five nanoseconds, which is never what the author meant.
func (d *decoder) duration(n *yaml.Node, where string) (time.Duration, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		d.errorf(n, "%s: want a duration with its unit, such as 5s or 250ms, got %s", where, describeNode(n))
		return 0, false
	}
	dur, err := time.ParseDuration(n.Value)
	if err != nil || dur < 0 {
		d.errorf(n, "%s: %q is not a duration; write it with its unit, such as 5s or 250ms", where, n.Value)
		return 0, false
	}
	return dur, true
}

// forEachPair walks a mapping's pairs, refusing duplicate keys (YAML
// would keep the last one silently) and keys that are not plain text.
func forEachPair(d *decoder, n *yaml.Node, where string, fn func(key, value *yaml.Node)) {
	seen := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, value := resolveAlias(n.Content[i]), n.Content[i+1]
		if key.Kind != yaml.ScalarNode {
			d.errorf(key, "keys in %s must be plain names, got %s", place(where), describeNode(key))
			continue
		}
		if line, dup := seen[key.Value]; dup {
			d.errorf(key, "key %q appears twice in %s (first on line %d); keep one", key.Value, place(where), line)
			continue
		}
		seen[key.Value] = key.Line
		fn(key, value)
	}
}

// fieldsByType caches structFields: reflection is a good part of
// loading a large suite otherwise.
var fieldsByType sync.Map // reflect.Type -> map[string]int

// structFields maps each yaml key of t to its field index.
func structFields(t reflect.Type) map[string]int {
	if cached, ok := fieldsByType.Load(t); ok {
		return cached.(map[string]int)
	}
	out := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		if name := yamlName(t.Field(i)); name != "" {
			out[name] = i
		}
	}
	fieldsByType.Store(t, out)
	return out
}

// structKeys lists t's yaml keys in declaration order, the order the
// manual gives them in.
func structKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		if name := yamlName(t.Field(i)); name != "" {
			keys = append(keys, name)
		}
	}
	return keys
}

func yamlName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" || name == "" {
		return ""
	}
	return name
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// place names where for messages: the top level is "the scenario".
func place(where string) string {
	if where == "" {
		return "the scenario"
	}
	return where
}

func join(where, key string) string {
	if where == "" {
		return key
	}
	return where + "." + key
}

// describeNode says what a node is, for "want X, got Y" messages.
func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing"
		case "!!int", "!!float":
			return "the number " + n.Value
		case "!!bool":
			return "the boolean " + n.Value
		default:
			return strconv.Quote(n.Value)
		}
	default:
		return "something else"
	}
}
