package axios

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMergeWithoutKeysIsMergeThenDeletingThem holds mergeWithout (the
// skipped keys' entries are never made) to merge followed by deleting
// them, as dispatch did, for both merges and for skipped keys in every
// list.
func TestMergeWithoutKeysIsMergeThenDeletingThem(t *testing.T) {
	t.Parallel()
	rt := goja.New()
	m := &model{rt: rt, objectProto: rt.NewObject().Prototype()}
	list := func(t *testing.T) []val {
		v, err := rt.RunString(`[
			{Accept: 'a', post: {x: 1}, 'X-Common': 'c', 3: 'three'},
			{'Content-Type': 'ct', common: 'odd', get: {y: 2}, nested: {a: 1}},
			{Accept: 'b', common: {Accept: 'c'}, delete: {}, head: {}, post: {}, put: {}, patch: {}, nested: {b: 2}, 1: 'one'},
		]`)
		require.NoError(t, err)
		arr := v.ToObject(rt)
		var out []val
		for i := range 3 {
			out = append(out, jsVal(arr.Get(string(rune('0'+i)))))
		}
		out = append(out, objVal(&object{ents: []entry{{key: "get", v: strVal("g")}, {key: "X-Model", v: strVal("m")}}}))
		return out
	}
	for _, modern := range []bool{false, true} {
		name := "0.x's utils.merge"
		if modern {
			name = "1.x's utils.merge"
		}
		t.Run(name+" without the method keys is the merge with them deleted", func(t *testing.T) {
			t.Parallel()
			want := m.merge(modern, false, list(t)...)
			for _, k := range methodHeaderKeys {
				want.del(k)
			}
			got := m.mergeWithout(modern, methodHeaderKeys, adapterHeaders, list(t)...)
			require.Len(t, got.ents, len(want.ents))
			for i := range want.ents {
				assert.Equal(t, want.ents[i].key, got.ents[i].key)
				assert.Equal(t, m.typeOf(want.ents[i].v), m.typeOf(got.ents[i].v), want.ents[i].key)
				assert.Equal(t, goValue(want.ents[i].v), goValue(got.ents[i].v), want.ents[i].key)
			}
			assert.GreaterOrEqual(t, cap(got.ents)-len(got.ents), adapterHeaders, "room for the adapter's headers")
		})
	}
}

// goValue is v as Go values to compare: an object as its entries in order.
func goValue(v val) any {
	switch v.k {
	case kStr:
		return v.s
	case kJS:
		return v.js.Export()
	case kObj, kArr:
		var out [][2]any
		for _, e := range v.obj.ents {
			out = append(out, [2]any{e.key, goValue(e.v)})
		}
		return out
	}
	return v.k
}
