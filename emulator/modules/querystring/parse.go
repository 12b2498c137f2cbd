package querystring

import (
	"github.com/dop251/goja"
)

// Parse is querystring.parse(qs) with Node's defaults: '&', '=', at most
// 1000 pairs, the default decoder.
func Parse(rt *goja.Runtime, qs string) *goja.Object {
	p := parser{sep: "&", eq: "=", maxKeys: 1000}
	return p.parse(rt, qs)
}

// parser is one parse call's options.
type parser struct {
	sep, eq string
	maxKeys int // <= 0: no limit
	// decode, when set, is the caller's decodeURIComponent; it sees
	// '+' as %20 and is called only for what looks encoded.
	decode func(string) (goja.Value, bool)
}

func parseCall(rt *goja.Runtime, call goja.FunctionCall) goja.Value {
	qs := call.Argument(0)
	if !isString(qs) {
		return rt.CreateObject(nil)
	}
	p := parser{sep: "&", eq: "=", maxKeys: 1000}
	if sep := call.Argument(1); sep.ToBoolean() {
		p.sep = sep.String()
	}
	if eq := call.Argument(2); eq.ToBoolean() {
		p.eq = eq.String()
	}
	if opts, ok := call.Argument(3).(*goja.Object); ok {
		if m := opts.Get("maxKeys"); m != nil && isNumber(m) {
			p.maxKeys = int(max(-1, min(m.ToFloat(), 1<<31)))
		}
		if fn, ok := goja.AssertFunction(opts.Get("decodeURIComponent")); ok {
			p.decode = func(s string) (goja.Value, bool) {
				v, err := fn(goja.Undefined(), rt.ToValue(s))
				if err != nil {
					if _, isJS := err.(*goja.Exception); !isJS {
						panic(err)
					}
					return nil, false
				}
				return v, true
			}
		}
	}
	return p.parse(rt, qs.String())
}

// pairs collects the parsed keys in order, with their value or values.
type pairs struct {
	order  []string
	values map[string][]goja.Value
}

func (ps *pairs) add(key string, value goja.Value) {
	if ps.values == nil {
		ps.values = map[string][]goja.Value{}
	}
	if _, seen := ps.values[key]; !seen {
		ps.order = append(ps.order, key)
	}
	if old := ps.values[key]; len(old) == 1 && goja.IsUndefined(old[0]) {
		ps.values[key] = old[:0]
	}
	ps.values[key] = append(ps.values[key], value)
}

func (ps *pairs) object(rt *goja.Runtime) *goja.Object {
	obj := rt.CreateObject(nil)
	for _, key := range ps.order {
		vs := ps.values[key]
		if len(vs) == 1 {
			_ = obj.Set(key, vs[0])
			continue
		}
		items := make([]any, len(vs))
		for i, v := range vs {
			items[i] = v
		}
		_ = obj.Set(key, rt.NewArray(items...))
	}
	return obj
}

// parse is Node's parse loop, byte for byte: it scans for the separators,
// notes whether a key or value holds a '+' or a valid %XX (only those are
// decoded), and adds each pair.
func (p *parser) parse(rt *goja.Runtime, qs string) *goja.Object {
	var out pairs
	if qs == "" {
		return out.object(rt)
	}
	s := scan{p: p, rt: rt, out: &out, qs: qs, pairs: p.maxKeys}
	if s.pairs <= 0 {
		s.pairs = -1
	}
	s.run()
	return out.object(rt)
}

func isString(v goja.Value) bool {
	switch v.(type) {
	case *goja.Object, *goja.Symbol, nil:
		return false
	}
	_, ok := v.Export().(string)
	return ok
}

func isNumber(v goja.Value) bool {
	if _, isObj := v.(*goja.Object); isObj {
		return false
	}
	switch v.Export().(type) {
	case int64, float64:
		return true
	}
	return false
}
