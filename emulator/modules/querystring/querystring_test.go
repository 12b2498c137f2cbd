package querystring_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/querystring"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.Require(t, querystring.Module(), "", "qs")
	return env
}

// The expected results are what Node 20 gives for the same arguments.
func TestParseReadsQueryStringsAsNode20Does(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"simple pairs", "['a=1&b=2']", `{"a":"1","b":"2"}`},
		{"a repeated key becomes an array", "['a=1&a=2&a=3']", `{"a":["1","2","3"]}`},
		{"plus is a space", "['q=hello+world&k+1=v']", `{"q":"hello world","k 1":"v"}`},
		{"percent escapes are decoded", "['name=J%C3%BCrgen&x=%26%3D']", `{"name":"Jürgen","x":"&="}`},
		{"a key without a value is empty", "['a&b=&=c']", `{"a":"","b":"","":"c"}`},
		{"empty pairs are skipped", "['&&a=1&&']", `{"a":"1"}`},
		{"a bad escape is kept", "['a=%zz&b=100%&c=%E0%A4%A']", `{"a":"%zz","b":"100%","c":"�%A"}`},
		{"an invalid UTF-8 escape is replaced", "['a=%FF']", `{"a":"�"}`},
		{"custom separators", "['a:1;b:2', ';', ':']", `{"a":"1","b":"2"}`},
		{"multi-character separators", "['a=>1||b=>2', '||', '=>']", `{"a":"1","b":"2"}`},
		{"maxKeys limits the pairs", "['a=1&b=2&c=3', null, null, {maxKeys: 2}]", `{"a":"1","b":"2"}`},
		{"a custom decoder is used", "['a=X&b=%41', null, null, {decodeURIComponent: (s) => s.toLowerCase()}]", `{"a":"x","b":"%41"}`},
		{"a throwing custom decoder falls back", "['a=%41', null, null, {decodeURIComponent: () => { throw new Error('x') }}]", `{"a":"A"}`},
		{"an empty string gives an empty object", "['']", "{}"},
		{"a non-string gives an empty object", "[42]", "{}"},
		{"a value with an equals sign keeps it", "['a=b=c']", `{"a":"b=c"}`},
		{"a non-ASCII key and value", "['ключ=значение&é=à']", `{"ключ":"значение","é":"à"}`},
		{"a lone percent sign followed by text", "['%=%']", `{"%":"%"}`},
		{"unicode escapes in keys", "['%E2%82%AC=euro']", `{"€":"euro"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.JSON(t, "qs.parse(..."+tt.args+")"))
		})
	}
}

func TestParseLimitsThePairs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, options string
		want          int64
	}{
		{"the default limit is 1000 pairs", "undefined", 1000},
		{"maxKeys 0 means no limit", "{maxKeys: 0}", 1005},
		{"a negative maxKeys means no limit", "{maxKeys: -1}", 1005},
		{"a maxKeys that is not a number is ignored", "{maxKeys: '3'}", 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			got := env.Run(t, "Object.keys(qs.parse(Array.from({length: 1005}, (_, i) => 'k' + i + '=' + i).join('&'), null, null, "+tt.options+")).length")
			assert.Equal(t, tt.want, got.ToInteger())
		})
	}
}

func TestParseGivesANullPrototypeObject(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	assert.True(t, env.Run(t, "Object.getPrototypeOf(qs.parse('a=1')) === null && qs.parse('toString=1&__proto__=2').__proto__ === '2'").ToBoolean())
	assert.True(t, env.Run(t, "qs.decode === qs.parse && qs.encode === qs.stringify").ToBoolean())
}

func TestStringifyBuildsQueryStringsAsNode20Does(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"strings and numbers", "[{a: 'x y', b: 2}]", "a=x%20y&b=2"},
		{"arrays repeat the key", "[{a: [1, 2, 'three']}]", "a=1&a=2&a=three"},
		{"an empty array is left out", "[{a: [], b: 1}]", "b=1"},
		{"non-primitives become empty", "[{a: {x: 1}, b: null, c: undefined, d: NaN, e: Infinity, f: () => 1}]", "a=&b=&c=&d=&e=&f="},
		{"booleans and BigInts", "[{t: true, f: false, n: 10n}]", "t=true&f=false&n=10"},
		{"unreserved characters are kept", `[{s: "A-Za-z0-9-_.!~*'()"}]`, "s=A-Za-z0-9-_.!~*'()"},
		{"reserved characters are escaped", "[{s: ' &=+/?#%@:,;[]'}]", "s=%20%26%3D%2B%2F%3F%23%25%40%3A%2C%3B%5B%5D"},
		{"unicode is UTF-8 escaped", "[{s: 'é€😀'}]", "s=%C3%A9%E2%82%AC%F0%9F%98%80"},
		{"huge numbers are escaped", "[{n: 1e21}]", "n=1e%2B21"},
		{"custom separators", "[{a: 1, b: 2}, ';', ':']", "a:1;b:2"},
		{"a custom encoder", "[{a: 'x y'}, null, null, {encodeURIComponent: (s) => s.toUpperCase()}]", "A=X Y"},
		{"a custom encoder sees stringified primitives", "[{a: 1, b: null, c: [true]}, null, null, {encodeURIComponent: (s) => '<' + s + '>'}]", "<a>=<1>&<b>=<>&<c>=<true>"},
		{"a non-object gives an empty string", "['a=1']", ""},
		{"keys are escaped", "[{'a b': 1, 'é': 2}]", "a%20b=1&%C3%A9=2"},
		{"empty strings stay empty", "[{a: ''}]", "a="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.Run(t, "qs.stringify(..."+tt.args+")").String())
		})
	}
}

func TestEscapeAndUnescapeAsNode20Does(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"escape keeps unreserved characters", `["A-Za-z0-9-_.!~*'()"]`, "A-Za-z0-9-_.!~*'()"},
		{"escape encodes the rest", "[' &=+/?#%é']", "%20%26%3D%2B%2F%3F%23%25%C3%A9"},
		{"escape of a number", "[12.5]", "12.5"},
		{"escape of an object uses its string", "[{toString() { return 'a b' }}]", "a%20b"},
		{"unescape decodes", "['a%20b%C3%A9']", "a bé"},
		{"unescape keeps plus signs", "['a+b']", "a+b"},
		{"unescape falls back on bad escapes", "['%zz%41%']", "%zzA%"},
		{"unescape with decodeSpaces turns plus into space when falling back", "['a+b%', true]", "a b%"},
		{"unescape of invalid UTF-8 falls back", "['%FF%41']", "�A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			fn := "qs.escape"
			if len(tt.name) > 8 && tt.name[:8] == "unescape" {
				fn = "qs.unescape"
			}
			assert.Equal(t, tt.want, env.Run(t, fn+"(..."+tt.args+")").String())
		})
	}
}

func TestGoFunctionsMatchTheModule(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	obj := querystring.Parse(env.RT, "a=1&a=2&b=x+y")
	require.NoError(t, env.RT.Set("parsed", obj))
	assert.Equal(t, `{"a":["1","2"],"b":"x y"}`, env.JSON(t, "parsed"))
	assert.Equal(t, "a=1&a=2&b=x%20y", querystring.Stringify(env.RT, obj))
	assert.Equal(t, "%C3%A9%20", querystring.Escape("é "))
	assert.Equal(t, "é ", querystring.Unescape("%C3%A9%20", false))
	decoded, ok := querystring.DecodeURIComponent("%E2%82")
	assert.False(t, ok, "a truncated UTF-8 sequence is a URIError in JS, got %q", decoded)
}

func TestACustomEncoderThatThrowsPropagates(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	_, err := env.RT.RunString("qs.stringify({a: 1}, null, null, {encodeURIComponent() { throw new Error('enc') }})")
	assert.ErrorContains(t, err, "enc")
}

func BenchmarkLoad(b *testing.B) {
	env := modtest.New(b, nil)
	m := querystring.Module()
	for b.Loop() {
		if _, err := m.Load(env, ""); err != nil {
			b.Fatal(err)
		}
	}
}
