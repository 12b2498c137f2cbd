package nodemodules

import (
	"errors"
	"strings"
)

// Conditions are the "exports" conditions a resolution matches, besides
// "default", which always matches.
type conditions map[string]bool

var (
	// requireConditions are CommonJS require's, as Node's.
	requireConditions = conditions{"require": true, "node": true}
	// importConditions are an ES import's: a package that resolves only
	// with these is ESM-only.
	importConditions = conditions{"import": true, "node": true}
)

// Why an "exports" lookup failed.
var (
	errNotExported   = errors.New("not exported")
	errInvalidTarget = errors.New("invalid target")
	errInvalidConfig = errors.New("invalid exports")
)

// resolution is the outcome of one target lookup: a target, an explicit
// null (not exported), or nothing matched (try the next).
type resolution struct {
	target  string
	null    bool
	matched bool
}

// resolveExports maps subpath ("." or "./sub") through a package's
// "exports" with conds to a target relative to the package ("./lib/x.js"),
// as Node's PACKAGE_EXPORTS_RESOLVE does.
func resolveExports(exports any, subpath string, conds conditions) (string, error) {
	obj, isObject := exports.(object)
	dotted, plain := 0, 0
	for _, m := range obj {
		if strings.HasPrefix(m.key, ".") {
			dotted++
		} else {
			plain++
		}
	}
	if dotted > 0 && plain > 0 {
		return "", errInvalidConfig
	}
	if !isObject || dotted == 0 {
		if subpath != "." {
			return "", errNotExported
		}
		return finish(resolveTarget(exports, "", false, conds, 0))
	}
	if value, ok := lookup(obj, subpath); ok && !strings.Contains(subpath, "*") {
		return finish(resolveTarget(value, "", false, conds, 0))
	}
	key, match, ok := bestPattern(obj, subpath)
	if !ok {
		return "", errNotExported
	}
	value, _ := lookup(obj, key)
	return finish(resolveTarget(value, match, true, conds, 0))
}

func finish(r resolution, err error) (string, error) {
	switch {
	case err != nil:
		return "", err
	case !r.matched || r.null:
		return "", errNotExported
	}
	return r.target, nil
}

func lookup(obj object, key string) (any, bool) {
	for _, m := range obj {
		if m.key == key {
			return m.value, true
		}
	}
	return nil, false
}

// bestPattern finds the "./x/*.js" key that matches subpath, the one with
// the longest part before the * winning, as Node's PATTERN_KEY_COMPARE
// orders them; match is what the * stands for.
func bestPattern(obj object, subpath string) (key, match string, ok bool) {
	for _, m := range obj {
		star := strings.Index(m.key, "*")
		if star < 0 || strings.LastIndex(m.key, "*") != star {
			continue
		}
		prefix, trailer := m.key[:star], m.key[star+1:]
		if !strings.HasPrefix(subpath, prefix) || subpath == prefix || len(subpath) < len(m.key) || !strings.HasSuffix(subpath, trailer) {
			continue
		}
		if ok && !patternBefore(m.key, key) {
			continue
		}
		key, match, ok = m.key, subpath[len(prefix):len(subpath)-len(trailer)], true
	}
	return key, match, ok
}

// patternBefore reports whether pattern key a beats b.
func patternBefore(a, b string) bool {
	pa, pb := strings.Index(a, "*")+1, strings.Index(b, "*")+1
	if pa != pb {
		return pa > pb
	}
	return len(a) > len(b)
}

// resolveTarget is Node's PACKAGE_TARGET_RESOLVE for the target forms a
// CommonJS require meets: a "./" string, a conditions object, an array of
// fallbacks, or null.
func resolveTarget(target any, match string, pattern bool, conds conditions, depth int) (resolution, error) {
	if depth > maxJSONDepth {
		return resolution{}, errInvalidConfig
	}
	switch t := target.(type) {
	case string:
		return stringTarget(t, match, pattern)
	case object:
		for _, m := range t {
			if m.key != "default" && !conds[m.key] {
				continue
			}
			r, err := resolveTarget(m.value, match, pattern, conds, depth+1)
			if err != nil || r.matched {
				return r, err
			}
		}
		return resolution{}, nil
	case []any:
		var last error
		for _, v := range t {
			r, err := resolveTarget(v, match, pattern, conds, depth+1)
			if errors.Is(err, errInvalidTarget) {
				last = err
				continue
			}
			if err != nil || r.matched {
				return r, err
			}
		}
		return resolution{}, last
	case jsonNull:
		return resolution{null: true, matched: true}, nil
	}
	return resolution{}, errInvalidTarget
}

func stringTarget(t, match string, pattern bool) (resolution, error) {
	if !strings.HasPrefix(t, "./") || badSegments(t[2:]) {
		return resolution{}, errInvalidTarget
	}
	if pattern {
		if badSegments(match) {
			return resolution{}, errInvalidTarget
		}
		t = strings.ReplaceAll(t, "*", match)
	}
	return resolution{target: t, matched: true}, nil
}

// badSegments reports a path that could leave the package: "..", "." or
// "node_modules" segments, which Node refuses in targets.
func badSegments(p string) bool {
	for _, seg := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '\\' }) {
		switch strings.ToLower(seg) {
		case ".", "..", "node_modules":
			return true
		}
	}
	return strings.Contains(p, "\x00")
}
