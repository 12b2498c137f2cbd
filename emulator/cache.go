package emulator

import (
	"fmt"
	"time"

	"github.com/dop251/goja"
)

// api.cache limits, as Auth0 documents them.
const (
	cacheMaxKeyBytes   = 64
	cacheMaxValueBytes = 4 << 10
	cacheMaxTotalBytes = 8 << 10
	cacheMaxEntries    = 20
	cacheDefaultTTL    = 15 * time.Minute
	cacheMaxTTL        = 24 * time.Hour
	// cacheDefaultTTLCustomPhoneProvider is the default lifetime the
	// custom-phone-provider api object page gives (24 hours; its
	// translated copies still say 15 minutes, as the send-phone-message
	// page does).
	cacheDefaultTTLCustomPhoneProvider = 24 * time.Hour
)

type cacheEntry struct {
	value   string
	expires time.Time
}

// actionCache is api.cache for one execution. Auth0's cache is best
// effort across executions; a fresh one per run keeps runs independent.
type actionCache struct {
	inv        *invocation
	entries    map[string]cacheEntry
	defaultTTL time.Duration
}

// buildAPI makes the api object of the trigger handler implements: both
// triggers have api.cache; custom-phone-provider has api.notification
// too (notification.go).
func (inv *invocation) buildAPI(handler string) goja.Value {
	c := &actionCache{inv: inv, entries: map[string]cacheEntry{}, defaultTTL: cacheDefaultTTL}
	api := inv.rt.NewObject()
	if triggerOf(handler) == TriggerCustomPhoneProvider {
		c.defaultTTL = cacheDefaultTTLCustomPhoneProvider
		_ = api.Set("notification", inv.notificationObject())
	}
	cache := inv.rt.NewObject()
	_ = cache.Set("get", c.get)
	_ = cache.Set("set", c.set)
	_ = cache.Set("delete", c.delete)
	_ = api.Set("cache", cache)
	return api
}

func (c *actionCache) get(key string) goja.Value {
	e, ok := c.entries[key]
	if !ok || time.Now().After(e.expires) {
		delete(c.entries, key)
		return goja.Undefined()
	}
	return c.inv.rt.ToValue(map[string]any{"value": e.value, "expires_at": e.expires.UnixMilli()})
}

// set stores a string value; a value over a limit is refused with an
// error result, as Auth0's api.cache.set returns {type: "error"}.
func (c *actionCache) set(key string, value goja.Value, opts goja.Value) goja.Value {
	s := value.String()
	expires, err := c.expiry(opts)
	if err == nil {
		err = c.fits(key, s)
	}
	if err != nil {
		c.inv.problem(SeverityWarning, "api.cache.set: "+err.Error())
		return c.inv.rt.ToValue(map[string]any{"type": "error", "code": "INVALID_ARGUMENT", "message": err.Error()})
	}
	c.entries[key] = cacheEntry{value: s, expires: expires}
	return c.inv.rt.ToValue(map[string]any{"type": "success", "record": map[string]any{"value": s, "expires_at": expires.UnixMilli()}})
}

func (c *actionCache) delete(key string) goja.Value {
	delete(c.entries, key)
	return c.inv.rt.ToValue(map[string]any{"type": "success"})
}

func (c *actionCache) fits(key, value string) error {
	switch {
	case len(key) > cacheMaxKeyBytes:
		return fmt.Errorf("key is %d bytes; the limit is %d", len(key), cacheMaxKeyBytes)
	case len(value) > cacheMaxValueBytes:
		return fmt.Errorf("value is %d bytes; the limit is %d", len(value), cacheMaxValueBytes)
	}
	total, count := len(key)+len(value), 1
	for k, e := range c.entries {
		if k != key {
			total += len(k) + len(e.value)
			count++
		}
	}
	switch {
	case count > cacheMaxEntries:
		return fmt.Errorf("the cache would hold %d entries; the limit is %d", count, cacheMaxEntries)
	case total > cacheMaxTotalBytes:
		return fmt.Errorf("the cache would hold %d bytes; the limit is %d", total, cacheMaxTotalBytes)
	}
	return nil
}

// expiry reads {ttl (ms)} or {expires_at (ms since epoch)}.
func (c *actionCache) expiry(opts goja.Value) (time.Time, error) {
	now := time.Now()
	if opts == nil || goja.IsUndefined(opts) || goja.IsNull(opts) {
		return now.Add(c.defaultTTL), nil
	}
	o := opts.ToObject(c.inv.rt)
	var expires time.Time
	switch {
	case o.Get("ttl") != nil && !goja.IsUndefined(o.Get("ttl")):
		expires = now.Add(time.Duration(o.Get("ttl").ToFloat()) * time.Millisecond)
	case o.Get("expires_at") != nil && !goja.IsUndefined(o.Get("expires_at")):
		expires = time.UnixMilli(o.Get("expires_at").ToInteger())
	default:
		return now.Add(c.defaultTTL), nil
	}
	if expires.Sub(now) > cacheMaxTTL {
		return time.Time{}, fmt.Errorf("lifetime is over the 24 hour limit")
	}
	return expires, nil
}
