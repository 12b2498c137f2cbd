package axios

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newTestModule(t *testing.T, version string) *module {
	t.Helper()
	env := modtest.New(t, nil)
	m, err := newModule(env, version)
	require.NoError(t, err)
	return m
}

func TestParseJSONIsJSONParse(t *testing.T) {
	t.Parallel()
	m := newTestModule(t, "0.19.2")
	rt := m.rt
	stringify, _ := goja.AssertFunction(rt.Get("JSON").ToObject(rt).Get("stringify"))
	parse, _ := goja.AssertFunction(rt.Get("JSON").ToObject(rt).Get("parse"))
	deep := strings.Repeat("[", 100) + strings.Repeat("]", 100)
	for _, tc := range []struct {
		body   string
		native bool // parseJSON takes it on
	}{
		{`{}`, true}, {`[]`, true}, {` [1 , 2 ] `, true}, {`"str"`, true}, {`123`, true}, {`-0`, true}, {`true`, true}, {`null`, true},
		{`{"umid":"0c7f1c3e","status":{"state":"accepted","detail":null},"n":[1,2.5,-3e2,1e-400,-1.5e-7,12345678901234567890]}`, true},
		{`[1e400]`, false},
		{`{"d":"x\ny\"z\\\/\b\f\r\t","u":"\u00e9\ud83d\ude00","k":"é","e":""}`, true},
		{`{"1":1,"0":0,"b":2,"a":1,"4294967295":5,"4294967294":4}`, true},
		{`{"a":1,"b":2,"a":3}`, true},
		{`{"__proto__":{"x":1}}`, false}, {`"\ud800"`, false}, {`"\udc00x"`, false}, {deep, false}, {"\"\xff\"", false},
		{`{`, false}, {`[1,]`, false}, {`{"a":1,}`, false}, {`01`, false}, {`1.`, false}, {`.5`, false}, {`+1`, false},
		{`"\x"`, false}, {"\"\t\"", false}, {`nul`, false}, {`1 2`, false}, {`{"a" 1}`, false}, {``, false}, {`"\u12"`, false},
	} {
		got, ok := m.parseJSON(tc.body)
		assert.Equal(t, tc.native, ok, tc.body)
		if !ok {
			continue
		}
		want, err := parse(goja.Undefined(), rt.ToValue(tc.body))
		require.NoError(t, err, tc.body)
		ws, _ := stringify(goja.Undefined(), want)
		gs, _ := stringify(goja.Undefined(), got)
		assert.Equal(t, ws.String(), gs.String(), tc.body)
		if tc.body == `-0` {
			assert.True(t, got.ToFloat() == 0 && 1/got.ToFloat() < 0, "negative zero")
		}
	}
}

func TestStringifyJSONIsJSONStringify(t *testing.T) {
	t.Parallel()
	m := newTestModule(t, "1.13.6")
	rt := m.rt
	stringify, _ := goja.AssertFunction(rt.Get("JSON").ToObject(rt).Get("stringify"))
	for _, tc := range []struct {
		js     string
		native bool
	}{
		{`({encoding: 'AUTO', destination: '+18085555555', text: 'Your code is 1234'})`, true},
		{`({a: 1, b: 'x"y\\n\u0001\u001f\u007f', c: [1, undefined, () => 1, null, NaN, Infinity, -0, Symbol()], d: {e: undefined, f: true, g: () => 1}, 'é': 'ü\ud83d\ude00'})`, true},
		{`[0.1, -1e-7, 1e21, 123456789012345680000, 2 ** 53 + 1, -5]`, true},
		{`({2: 'b', 1: 'a', z: [], y: {}})`, true},
		{`({get g() { return 'got'; }})`, true},
		{`'just a string'`, true}, {`undefined`, true}, {`null`, true}, {`42`, true},
		{`({o: {toJSON() { return 'custom'; }}})`, false}, {`({d: new Date(0)})`, false}, {`'\ud800'`, false},
		{`({n: new Number(1)})`, false}, {`({b: BigInt(1)})`, false},
	} {
		v, err := rt.RunString(tc.js)
		require.NoError(t, err, tc.js)
		got, undefined, ok := m.stringifyJSON(jsVal(v))
		assert.Equal(t, tc.native, ok, tc.js)
		if !ok {
			continue
		}
		want, err := stringify(goja.Undefined(), v)
		require.NoError(t, err, tc.js)
		if goja.IsUndefined(want) {
			assert.True(t, undefined, tc.js)
			continue
		}
		assert.False(t, undefined, tc.js)
		assert.Equal(t, want.String(), got, tc.js)
	}
}

func TestStringifyJSONOfAModelIsThatOfItsObject(t *testing.T) {
	t.Parallel()
	m := newTestModule(t, "1.13.6")
	v, err := m.rt.RunString(`({a: {b: [1, {c: 'd'}], e: null}, f: 'g'})`)
	require.NoError(t, err)
	copied := m.copyValue(jsVal(v))
	require.Equal(t, kObj, copied.k)
	got, _, ok := m.stringifyJSON(copied)
	require.True(t, ok)
	assert.Equal(t, `{"a":{"b":[1,{"c":"d"}],"e":null},"f":"g"}`, got)
}
