package axios

import (
	"net/http"
	"testing"

	"github.com/dop251/goja"

	"github.com/stretchr/testify/assert"
)

func TestTheGoHeaderOfTheWire(t *testing.T) {
	t.Parallel()
	t.Run("takes canonical names and every value", func(t *testing.T) {
		t.Parallel()
		h := goHeader([]wireHeader{{name: "content-type", values: []string{"application/json"}},
			{name: "X-Multi", values: []string{"a", "b"}, array: true}})
		assert.Equal(t, http.Header{"Content-Type": {"application/json"}, "X-Multi": {"a", "b"}}, h)
	})
	t.Run("joins names equal but for case without touching the wire's values", func(t *testing.T) {
		t.Parallel()
		first := []string{"a"}
		h := goHeader([]wireHeader{{name: "x-a", values: first[:1:1]}, {name: "X-A", values: []string{"b"}}})
		assert.Equal(t, http.Header{"X-A": {"a", "b"}}, h)
		assert.Equal(t, []string{"a"}, first)
	})
}

func TestALazyResponseBuildsOnlyWhatIsRead(t *testing.T) {
	t.Parallel()
	r := &lazyResponse{keys: responseKeys, vals: make([]goja.Value, len(responseKeys)), data: responseData{v: goja.Null()}}
	assert.Nil(t, r.vals[5], "data waits to be read")
	assert.Equal(t, goja.Null(), r.Get("data"))
	assert.Equal(t, []goja.Value{nil, nil, nil}, r.vals[2:5], "headers, config and request wait to be read")
	r.Set("extra", goja.Null())
	r.Delete("status")
	assert.Equal(t, []string{"status", "statusText", "headers", "config", "request", "data"}, responseKeys,
		"a response's changes are its own")
	assert.Equal(t, []string{"statusText", "headers", "config", "request", "data", "extra"}, r.Keys())
}
