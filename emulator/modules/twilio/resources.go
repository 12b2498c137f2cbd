package twilio

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// resources.json holds, for every emulated release, the create() parameter
// table, the required-parameter messages and the instance fields of the
// resources the shim implements, extracted from the releases' generated
// sources by tools/extract-resources.js (see that file to regenerate it).
// Each resource lists eras: a table applies from its "since" release until
// the next era's.
//
//go:embed resources.json
var resourcesJSON []byte

type catalogFile struct {
	Versions  []string                 `json:"versions"`
	Resources map[string][]resourceEra `json:"resources"`
}

type resourceEra struct {
	Since string          `json:"since"`
	Table json.RawMessage `json:"table"`
	since modules.Version
}

// catalog decodes the whole file (207 KB), which only a hook that
// requires twilio pays for; the version list every emulator needs comes
// from catalogVersions.
var catalog = sync.OnceValue(func() catalogFile {
	var c catalogFile
	if err := json.Unmarshal(resourcesJSON, &c); err != nil {
		panic(fmt.Sprintf("twilio: resources.json: %v", err))
	}
	for _, eras := range c.Resources {
		for i := range eras {
			eras[i].since = modules.MustVersion(eras[i].Since)
		}
	}
	return c
})

// catalogVersions reads only the "versions" list at the head of
// resources.json, so that building an emulator's module registry does not
// decode the resource tables. A file whose first key is something else is
// decoded whole.
var catalogVersions = sync.OnceValue(func() []string {
	if v, ok := leadingVersions(resourcesJSON); ok {
		return v
	}
	return catalog().Versions
})

// leadingVersions reads the value of "versions" when it is the first key
// of the object in data, reading no further than its end. It scans the
// bytes rather than starting a JSON decoder: every emulator asks for the
// list, and the decoder's first use cost each process more than the rest
// of building the module registry. A list it does not read plainly (an
// escape in a version, another first key) is left to the whole decoder.
func leadingVersions(data []byte) ([]string, bool) {
	rest, ok := expectAll(data, "{", `"versions"`, ":", "[")
	if !ok {
		return nil, false
	}
	var out []string
	if _, empty := expectAll(rest, "]"); empty {
		return out, true
	}
	for {
		if rest, ok = expectAll(rest, `"`); !ok {
			return nil, false
		}
		end := bytes.IndexAny(rest, "\\\"\n")
		if end < 0 || rest[end] != '"' {
			return nil, false
		}
		out = append(out, string(rest[:end]))
		rest = rest[end+1:]
		if _, closed := expectAll(rest, "]"); closed {
			return out, true
		}
		if rest, ok = expectAll(rest, ","); !ok {
			return nil, false
		}
	}
}

// expectAll skips JSON whitespace before each of tokens in turn and
// returns what follows the last, or false when data has something else.
func expectAll(data []byte, tokens ...string) ([]byte, bool) {
	for _, tok := range tokens {
		data = bytes.TrimLeft(data, " \t\r\n")
		if !bytes.HasPrefix(data, []byte(tok)) {
			return nil, false
		}
		data = data[len(tok):]
	}
	return data, true
}

// table is one resource's table as resources.json stores it.
type table struct {
	Params   [][3]string `json:"params"`
	Fields   [][3]string `json:"fields"`
	Required struct {
		Missing string      `json:"missing"`
		Keys    [][2]string `json:"keys"`
	} `json:"required"`
}

// packed is a table as twilio.js reads it cheaply, in strings rather than
// JSON (which goja parses token by token): "camel Pascal serializer;..."
// for params, "camel payload_key deserializer;..." for fields, the
// missing-options message, and "key message\n..." for the required keys.
type packed struct{ params, fields, missing, required string }

func (t *table) pack() packed {
	join := func(rows [][3]string) string {
		out := make([]string, len(rows))
		for i, r := range rows {
			for _, cell := range r {
				if cell == "" || strings.ContainsAny(cell, " ;\n") {
					panic(fmt.Sprintf("twilio: resources.json: %q cannot be packed; regenerate it", cell))
				}
			}
			out[i] = r[0] + " " + r[1] + " " + r[2]
		}
		return strings.Join(out, ";")
	}
	required := make([]string, len(t.Required.Keys))
	for i, k := range t.Required.Keys {
		required[i] = k[0] + " " + k[1]
	}
	return packed{params: join(t.Params), fields: join(t.Fields), missing: t.Required.Missing, required: strings.Join(required, "\n")}
}

// tableCache maps release and resource to its packed table (nil where
// the release has no such resource).
var tableCache sync.Map

type tableKey struct{ version, resource string }

func tableFor(version, resource string) *packed {
	key := tableKey{version, resource}
	if cached, ok := tableCache.Load(key); ok {
		return cached.(*packed)
	}
	v := modules.MustVersion(version)
	raw := json.RawMessage("null")
	for _, era := range catalog().Resources[resource] {
		if !v.Less(era.since) {
			raw = era.Table
		}
	}
	var t *table
	if err := json.Unmarshal(raw, &t); err != nil {
		panic(fmt.Sprintf("twilio: resources.json: %s in %s: %v", resource, version, err))
	}
	var p *packed
	if t != nil {
		pt := t.pack()
		p = &pt
	}
	actual, _ := tableCache.LoadOrStore(key, p)
	return actual.(*packed)
}

// tableJS hands one resource's table to twilio.js, or null.
func tableJS(rt *goja.Runtime, version, resource string) goja.Value {
	p := tableFor(version, resource)
	if p == nil {
		return goja.Null()
	}
	obj := rt.NewObject()
	_ = obj.Set("params", p.params)
	_ = obj.Set("fields", p.fields)
	_ = obj.Set("missing", p.missing)
	_ = obj.Set("required", p.required)
	return obj
}
