package axios

import (
	"slices"
	"strconv"
)

// The merges of axios.js on the model: utils.merge, 0.19's deepMerge,
// mergeConfig and 0.19's mergeConfig, line for line.

// merge is utils.merge (see axios.js). A plain object or array nested in
// the result is a copy; one the merges made already is shared instead,
// which is the same as long as nothing changes it (nothing does: the
// pipeline changes only the objects a merge returns).
func (m *model) merge(modern, caseless bool, list ...val) *object {
	return m.mergeSkipping(modern, caseless, nil, 0, list)
}

// mergeWithout is merge (case-sensitive) followed by deleting the keys
// in skip from its result, without making their entries: a key's value
// depends on that key's entries alone, so leaving one out changes
// nothing else. (A caseless merge could file another key under a
// skipped one, so it has no such shortcut.) The result has room for
// spare more keys.
func (m *model) mergeWithout(modern bool, skip []string, spare int, list ...val) *object {
	return m.mergeSkipping(modern, false, skip, spare, list)
}

func (m *model) mergeSkipping(modern, caseless bool, skip []string, spare int, list []val) *object {
	var room [mergeRoom]entry
	result := room[:0]
	for _, obj := range list {
		if !m.truthy(obj) || m.typeOf(obj) != "object" {
			continue
		}
		m.each(obj, func(key string, v val) {
			if key == "__proto__" || slices.Contains(skip, key) {
				return
			}
			if !modern {
				cur := entryOf(result, key)
				if m.typeOf(cur) == "object" && m.typeOf(v) == "object" {
					result = setEntry(result, key, objVal(m.merge(false, false, cur, v)))
				} else {
					result = setEntry(result, key, v)
				}
				return
			}
			target := key
			if caseless {
				if k, ok := findKey(result, key); ok && k != "" {
					target = k
				}
			}
			cur := entryOf(result, target)
			switch {
			case m.isPlainObject(cur) && m.isPlainObject(v):
				result = setEntry(result, target, objVal(m.merge(true, false, cur, v)))
			case v.k == kObj && !v.obj.headers, v.k == kArr:
				result = setEntry(result, target, v)
			case m.isPlainObject(v):
				result = setEntry(result, target, objVal(m.merge(true, false, v)))
			case m.isArray(v):
				result = setEntry(result, target, m.slice(v))
			default:
				result = setEntry(result, target, v)
			}
		})
	}
	return keptObject(result, spare)
}

// deepMerge019 is 0.19's deepMerge.
func (m *model) deepMerge019(list ...val) *object {
	var room [mergeRoom]entry
	result := room[:0]
	for _, obj := range list {
		if m.isNull(obj) || m.typeOf(obj) != "object" {
			continue
		}
		m.each(obj, func(key string, v val) {
			cur := entryOf(result, key)
			switch {
			case m.typeOf(cur) == "object" && m.typeOf(v) == "object":
				result = setEntry(result, key, objVal(m.deepMerge019(cur, v)))
			case v.k == kObj && v.obj.deep:
				result = setEntry(result, key, v)
			case m.typeOf(v) == "object":
				result = setEntry(result, key, objVal(m.deepMerge019(v)))
			default:
				result = setEntry(result, key, v)
			}
		})
	}
	kept := keptObject(result, 0)
	kept.deep = true
	return kept
}

// defaultToConfig2 lists the keys whose call value replaces the
// instance's (mergeConfig in axios.js).
var defaultToConfig2 = map[string]bool{
	"baseURL": true, "transformRequest": true, "transformResponse": true, "paramsSerializer": true, "timeout": true,
	"timeoutMessage": true, "withCredentials": true, "withXSRFToken": true, "adapter": true, "responseType": true,
	"xsrfCookieName": true, "xsrfHeaderName": true, "onUploadProgress": true, "onDownloadProgress": true,
	"decompress": true, "maxContentLength": true, "maxBodyLength": true, "beforeRedirect": true, "transport": true,
	"httpAgent": true, "httpsAgent": true, "cancelToken": true, "socketPath": true, "responseEncoding": true,
}

func (m *model) copyValue(v val) val {
	if m.isPlainObject(v) {
		return objVal(m.merge(true, false, v))
	}
	if m.isArray(v) {
		return m.slice(v)
	}
	return v
}

func (m *model) mergedValue(target, source val, caseless bool) val {
	if m.isPlainObject(target) && m.isPlainObject(source) {
		return objVal(m.merge(true, caseless, target, source))
	}
	return m.copyValue(source)
}

// mergeConfig is axios.js's mergeConfig; config2 is the call's config
// (undefined for none).
func (m *model) mergeConfig(modern, methodFromDefaults bool, config1, config2 val) *object {
	if !m.truthy(config2) {
		config2 = objVal(newObject(0))
	}
	if !modern {
		return m.mergeConfig019(methodFromDefaults, config1, config2)
	}
	keys := make([]string, 0, 24)
	add := func(k string) { keys = addKey(keys, k) }
	m.eachKey(config1, add)
	m.eachKey(config2, add)
	config := newObject(len(keys))
	for _, prop := range keys {
		if prop == "__proto__" {
			continue
		}
		a, b := m.get(config1, prop), m.get(config2, prop)
		var value val
		switch {
		case prop == "validateStatus":
			if m.hasKey(config2, prop) {
				config.set(prop, m.mergedValue(a, b, false))
			} else {
				config.set(prop, m.copyValue(a))
			}
			continue
		case prop == "url" || prop == "method" || prop == "data":
			value = m.copyValue(b)
		case defaultToConfig2[prop]:
			if b.isUndefined() {
				value = m.copyValue(a)
			} else {
				value = m.copyValue(b)
			}
		default:
			caseless := m.v1 && prop == "headers"
			if b.isUndefined() {
				value = m.copyValue(a)
			} else {
				value = m.mergedValue(a, b, caseless)
			}
		}
		if !value.isUndefined() {
			config.set(prop, value)
		}
	}
	return config
}

// addKey adds k to keys as Object.assign adds a property: at the end,
// or among the array indexes, which come first in ascending order.
func addKey(keys []string, k string) []string {
	for _, have := range keys {
		if have == k {
			return keys
		}
	}
	at := len(keys)
	if isArrayIndex(k) {
		n, _ := strconv.ParseUint(k, 10, 32)
		at = 0
		for at < len(keys) && isArrayIndex(keys[at]) {
			if m, _ := strconv.ParseUint(keys[at], 10, 32); m > n {
				break
			}
			at++
		}
	}
	keys = append(keys, "")
	copy(keys[at+1:], keys[at:])
	keys[at] = k
	return keys
}

func (m *model) hasKey(v val, key string) bool {
	switch v.k {
	case kObj:
		return v.obj.has(key)
	case kJS:
		found := false
		m.eachKey(v, func(k string) { found = found || k == key })
		return found
	}
	return false
}

var (
	valueKeys019   = []string{"url", "method", "params", "data"}
	deepKeys019    = []string{"headers", "auth", "proxy"}
	defaultKeys019 = []string{"baseURL", "url", "transformRequest", "transformResponse", "paramsSerializer", "timeout",
		"withCredentials", "adapter", "responseType", "xsrfCookieName", "xsrfHeaderName", "onUploadProgress",
		"onDownloadProgress", "maxContentLength", "validateStatus", "maxRedirects", "httpAgent", "httpsAgent",
		"cancelToken", "socketPath"}
	listed019 = func() map[string]bool {
		out := map[string]bool{}
		for _, list := range [][]string{valueKeys019, deepKeys019, defaultKeys019} {
			for _, k := range list {
				out[k] = true
			}
		}
		return out
	}()
)

func (m *model) mergeConfig019(methodFromDefaults bool, config1, config2 val) *object {
	// The config is built in room, on the stack, and kept at its size.
	var room [mergeRoom]entry
	config := room[:0]
	for _, p := range valueKeys019 {
		if v := m.get(config2, p); !v.isUndefined() {
			config = setEntry(config, p, v)
		}
	}
	for _, p := range deepKeys019 {
		if v := m.deep019(config1, config2, p); !v.isUndefined() {
			config = setEntry(config, p, v)
		}
	}
	for _, p := range defaultKeys019 {
		if v := m.either019(config1, config2, p); !v.isUndefined() {
			config = setEntry(config, p, v)
		}
	}
	if methodFromDefaults {
		for _, p := range m.keys(config2) {
			if listed019[p] {
				continue
			}
			if v := m.either019(config1, config2, p); !v.isUndefined() {
				config = setEntry(config, p, v)
			}
		}
	}
	return keptObject(config, 0)
}

// deep019 is what 0.19's mergeConfig gives a key of deepKeys019
// (undefined for none).
func (m *model) deep019(config1, config2 val, p string) val {
	a, b := m.get(config1, p), m.get(config2, p)
	switch {
	case m.isObject(b):
		return objVal(m.deepMerge019(a, b))
	case !b.isUndefined():
		return b
	case a.k == kObj && a.obj.deep:
		// A copy would be the same: the config shares it, and what
		// changes a config's headers changes a copy (headerWriter).
		return a
	case m.isObject(a):
		return objVal(m.deepMerge019(a))
	}
	return a
}

// either019 is config2[p] if defined, else config1[p].
func (m *model) either019(config1, config2 val, p string) val {
	if v := m.get(config2, p); !v.isUndefined() {
		return v
	}
	return m.get(config1, p)
}
