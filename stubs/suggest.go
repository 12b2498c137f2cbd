package stubs

import "github.com/hookemu/hookemu/internal/suggest"

// unknownKey is the error for a key no form knows: with the likely typo's
// fix, or the keys that are allowed there.
func (p *parser) unknownKey(key, at string, known []string, why error) error {
	if near := suggest.Nearest(key, known); near != "" {
		return p.errorf(join(at, key), "unknown key %q; did you mean %q?", key, near)
	}
	if why != nil {
		return p.errorf(join(at, key), "unknown key %q, and not a host name (%v); the keys here are %s", key, why, expectedKeys(known))
	}
	return p.errorf(join(at, key), "unknown key %q; the keys here are %s", key, expectedKeys(known))
}
