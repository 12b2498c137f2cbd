package auth0

import (
	"encoding/base64"
	"strings"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/fetch"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// backoffPermille scales the waits between retries of a 429, in
// thousandths: 1000 in every run; tests shorten it to see retries without
// waiting seconds.
var backoffPermille atomic.Int64

func init() { backoffPermille.Store(1000) }

// nativeBindings is the object auth0.js is called with.
func nativeBindings(h modules.Host, version string, major int) *goja.Object {
	rt := h.Runtime()
	native := rt.NewObject()
	_ = native.Set("version", version)
	_ = native.Set("major", major)
	_ = native.Set("action", h.Action())
	_ = native.Set("nodeVersion", h.Node().Version)
	_ = native.Set("send", httpkit.SendFunc(h))
	_ = native.Set("base64url", func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) })
	_ = native.Set("byteLength", func(s string) int { return len(s) })
	_ = native.Set("formComponent", formComponent)
	_ = native.Set("fetch", func() goja.Value { v, _ := fetch.Global(h, "fetch"); return v })
	_ = native.Set("abortController", func() (goja.Value, error) {
		ctor, _ := fetch.Global(h, "AbortController")
		return rt.New(ctor)
	})
	_ = native.Set("backoffScale", float64(backoffPermille.Load())/1000)
	_ = native.Set("unemulated3", unemulated3)
	_ = native.Set("unemulated4", unemulated4)
	return native
}

// formComponent encodes s as the application/x-www-form-urlencoded
// serializer of URLSearchParams does: letters, digits and *-._ stay, a
// space is +, every other UTF-8 byte is %XX.
func formComponent(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("*-._", c) >= 0:
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
