package scenarios

import (
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// fakeKeyPrefix begins the key of each provider's configuration at the
// top level: fake8x8, faketwilio, fakesns, one per registered provider.
const fakeKeyPrefix = "fake"

// fakeKey is the top-level key of p's configuration.
func fakeKey(p provider.Provider) string { return fakeKeyPrefix + p.Name() }

// providerOfKey is the provider whose fakeNAME key is key.
// It builds no key and copies no list: it runs for every key of every
// scenario's fakes.
func providerOfKey(key string) (provider.Provider, bool) {
	name, ok := strings.CutPrefix(key, fakeKeyPrefix)
	if !ok {
		return nil, false
	}
	p, ok := providers.Lookup(name)
	if !ok || p.Name() != name { // Lookup ignores case; a key does not
		return nil, false
	}
	return p, true
}

// fakeKeys are every registered provider's fakeNAME key.
func fakeKeys() []string {
	var keys []string
	for _, p := range providers.All() {
		keys = append(keys, fakeKey(p))
	}
	return keys
}

// topKeys are the keys of a scenario, in the manual's order.
func topKeys() []string {
	var keys []string
	for _, k := range structKeys(reflect.TypeFor[scenarioDoc]()) {
		keys = append(keys, k)
		if k == "payload" {
			keys = append(keys, fakeKeys()...)
		}
	}
	return keys
}

// decodeNode reads a scenario's keys: the fakeNAME keys into fakes, the
// others as the struct's fields. A key that is neither is refused with
// the nearest key, fakeNAME keys included.
func (sd *scenarioDoc) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.decodeStruct(n, reflectValue(sd), where) // says what a scenario is
		return
	}
	fields := structFields(reflect.TypeFor[scenarioDoc]())
	rest := &yaml.Node{Kind: n.Kind, Tag: n.Tag, Line: n.Line, Column: n.Column}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, value := resolveAlias(n.Content[i]), n.Content[i+1]
		if p, ok := providerOfKey(key.Value); ok && key.Kind == yaml.ScalarNode {
			sd.fakes.decodeOne(d, p, key, value, join(where, key.Value))
			continue
		}
		if _, known := fields[key.Value]; !known && key.Kind == yaml.ScalarNode {
			d.errorf(key, "%s", unknownKey(key.Value, where, topKeys()))
			continue
		}
		rest.Content = append(rest.Content, n.Content[i], value)
	}
	d.decodeStruct(rest, reflectValue(sd), where)
	sd.checkOnce(d)
}

// checkOnce refuses a provider configured both under fakeNAME and under
// providers.NAME: which one wins would be a guess.
func (sd *scenarioDoc) checkOnce(d *decoder) {
	for name, at := range sd.fakes.keys {
		if other, dup := sd.Providers.keys[name]; dup {
			d.errorf(other, "the %s configuration is given twice, under %s (line %d) and under providers.%s; keep one",
				name, fakePrefixed(name), at.Line, name)
		}
	}
}

// fakePrefixed is fakeNAME for a provider's name.
func fakePrefixed(name string) string { return fakeKeyPrefix + name }

// configs are the provider configurations the scenario gives, under
// either key.
func (sd *scenarioDoc) configs() providers.Configs {
	out := providers.Configs{}
	for name, cfg := range sd.fakes.configs {
		out[name] = cfg
	}
	for name, cfg := range sd.Providers.configs {
		out[name] = cfg
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// providerConfigs are provider configurations by provider name, each
// decoded strictly into the value its provider's NewConfig returns.
type providerConfigs struct {
	configs providers.Configs
	keys    map[string]*yaml.Node // where each was given, for messages
}

// decodeNode reads providers: {NAME: {...}}; a name no provider has is
// refused with the nearest one.
func (pc *providerConfigs) decodeNode(d *decoder, n *yaml.Node, where string) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: want a mapping of provider names to their configuration, such as %s: {faults: [...]}; the providers are %s",
			where, providers.Names()[0], strings.Join(providers.Names(), ", "))
		return
	}
	forEachPair(d, n, where, func(key, value *yaml.Node) {
		p, err := providers.Find(key.Value)
		if err != nil || p.Name() != key.Value {
			d.errorf(key, "%s: %s", where, unknownProvider(key.Value))
			return
		}
		pc.decodeOne(d, p, key, value, join(where, key.Value))
	})
}

// unknownProvider says a name is none of the providers', and which one
// was likely meant.
func unknownProvider(name string) string {
	_, err := providers.Find(name)
	if err == nil {
		return fmt.Sprintf("write the provider's name in lower case, as in %s", strings.ToLower(name))
	}
	return err.Error()
}

// decodeOne decodes one provider's configuration.
func (pc *providerConfigs) decodeOne(d *decoder, p provider.Provider, key, value *yaml.Node, where string) {
	cfg := p.NewConfig()
	d.decode(value, reflect.ValueOf(cfg).Elem(), where)
	if pc.configs == nil {
		pc.configs, pc.keys = providers.Configs{}, map[string]*yaml.Node{}
	}
	pc.configs[p.Name()], pc.keys[p.Name()] = cfg, key
}
