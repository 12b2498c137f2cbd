package httpkit

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expectations below are what Node 20's http.get gave for an answer
// carrying these header lines.
func TestRepeatedResponseHeadersMergeAsNodeMergesThem(t *testing.T) {
	t.Parallel()
	header := http.Header{
		"Content-Type": {"text/plain", "application/json"},
		"Location":     {"/a", "/b"},
		"Cookie":       {"a=1", "b=2"},
		"Set-Cookie":   {"s=1", "t=2"},
		"X-A":          {"1", "2"},
		"Referrer":     {"x", "y"},
	}
	want := `{"content-type":"text/plain","cookie":"a=1; b=2","location":"/a","referrer":"x, y","set-cookie":["s=1","t=2"],"x-a":"1, 2"}`
	cases := []struct {
		name string
		make func(rt *goja.Runtime) *goja.Object
	}{
		{"from Go's header map", func(rt *goja.Runtime) *goja.Object { return HeadersToJS(rt, header) }},
		{"from raw header lines", func(rt *goja.Runtime) *goja.Object {
			var raw []string
			for _, name := range SortedHeaderNames(header) {
				for _, v := range header[name] {
					raw = append(raw, name, v)
				}
			}
			return RawHeadersToJS(rt, raw)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			rt := goja.New()
			got, err := json.Marshal(c.make(rt).Export())
			require.NoError(t, err)
			assert.JSONEq(t, want, string(got))
		})
	}
	t.Run("keeps the first value of a first-value-only header written in any case", func(t *testing.T) {
		t.Parallel()
		got := NodeHeadersOf(http.Header{"Content-Type": {"text/plain"}, "content-type": {"application/json"}})
		require.Len(t, got, 1)
		assert.Equal(t, NodeHeader{Name: "content-type", Value: "text/plain"}, got[0])
	})
	t.Run("sets nothing for a header named __proto__", func(t *testing.T) {
		t.Parallel()
		rt := goja.New()
		obj := RawHeadersToJS(rt, []string{"__proto__", "x"})
		assert.Empty(t, obj.Keys())
		assert.Equal(t, rt.Get("Object").ToObject(rt).Get("prototype"), obj.Prototype())
	})
}
