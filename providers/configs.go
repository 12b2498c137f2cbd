package providers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/internal/suggest"
	"github.com/hookemu/hookemu/provider"
)

// Configs are the providers' configurations by name: each value is what
// that provider's NewConfig returned, filled in. A provider left out
// gets its defaults. It crosses process boundaries as JSON (hookemu
// test's worker processes): decoding looks each name up in the registry
// and decodes into that provider's NewConfig with unknown keys refused.
type Configs map[string]any

// Clone returns a copy whose configurations are copies (one level deep:
// the lists inside are shared, as the fakes copy what they keep).
func (c Configs) Clone() Configs {
	if c == nil {
		return nil
	}
	out := make(Configs, len(c))
	for name, cfg := range c {
		out[name] = shallowCopy(cfg)
	}
	return out
}

// UnmarshalJSON decodes {"NAME": {...}} into each provider's NewConfig.
// One decoder reads every provider's configuration in turn, straight
// from data: a job crosses to a worker with every scenario of hookemu
// test, and a decoder per provider, over a copy of its part, cost more
// than the configuration itself.
func (c *Configs) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	open, err := dec.Token()
	if err != nil {
		return err
	}
	out := Configs{}
	if open == nil { // null: no configurations
		*c = out
		return nil
	}
	if open != json.Delim('{') {
		return fmt.Errorf("the providers' configurations: want an object of provider names, got %v", open)
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		cfg, err := decodeNext(dec, key.(string))
		if err != nil {
			return err
		}
		out[key.(string)] = cfg
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return err
	}
	*c = out
	return nil
}

// decodeNext decodes the configuration dec is at as provider name's,
// as DecodeConfig does; null leaves the defaults.
func decodeNext(dec *json.Decoder, name string) (any, error) {
	p, err := Find(name)
	if err != nil {
		return nil, err
	}
	cfg := p.NewConfig()
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("the %s configuration: %w", p.Name(), err)
	}
	return cfg, nil
}

// DecodeConfig decodes one provider's configuration from JSON, refusing
// unknown providers (with the nearest name) and unknown keys.
func DecodeConfig(name string, body []byte) (any, error) {
	p, err := Find(name)
	if err != nil {
		return nil, err
	}
	cfg := p.NewConfig()
	if bytes.Equal(bytes.TrimSpace(body), []byte("null")) {
		return cfg, nil
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("the %s configuration: %w", p.Name(), err)
	}
	return cfg, nil
}

// Find is Lookup with an error that lists the providers and suggests the
// nearest name.
func Find(name string) (provider.Provider, error) {
	if p, ok := Lookup(name); ok {
		return p, nil
	}
	hint := ""
	if near := suggest.Nearest(name, Names()); near != "" {
		hint = fmt.Sprintf("did you mean %s? ", near)
	}
	return nil, fmt.Errorf("no provider is called %q: %sthe providers are %s", name, hint, listNames())
}

// listNames is "8x8, twilio and sns".
func listNames() string {
	names := Names()
	switch len(names) {
	case 0:
		return "none"
	case 1:
		return names[0]
	}
	out := ""
	for i, n := range names[:len(names)-1] {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out + " and " + names[len(names)-1]
}

// FaultsOf returns the faults a configuration lists: every provider's
// Config has a Faults []fakekit.Fault field, by convention (the registry
// test holds each provider to it).
func FaultsOf(cfg any) []fakekit.Fault {
	if f, ok := faultsField(cfg); ok {
		return f.Interface().([]fakekit.Fault)
	}
	return nil
}

// WithoutFaults returns a copy of cfg with no faults: what a pooled fake
// is built from, its faults being set on each loan.
func WithoutFaults(cfg any) any {
	cp := shallowCopy(cfg)
	if f, ok := faultsField(cp); ok {
		f.Set(reflect.Zero(f.Type()))
	}
	return cp
}

var faultsType = reflect.TypeFor[[]fakekit.Fault]()

// faultsField is the settable Faults field of a *Config.
func faultsField(cfg any) (reflect.Value, bool) {
	v := reflect.ValueOf(cfg)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	f := v.Elem().FieldByName("Faults")
	if !f.IsValid() || f.Type() != faultsType {
		return reflect.Value{}, false
	}
	return f, true
}

// shallowCopy copies the struct a pointer points to; other values are
// returned as they are.
func shallowCopy(cfg any) any {
	v := reflect.ValueOf(cfg)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return cfg
	}
	cp := reflect.New(v.Elem().Type())
	cp.Elem().Set(v.Elem())
	return cp.Interface()
}
