package url_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/url"
	"github.com/hookemu/hookemu/emulator/modules/util"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newEnv has url required as `url` and the globals URL and
// URLSearchParams, as the emulator sets them.
func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.Require(t, url.Module(), "", "url")
	env.Globals(t, url.Module(), "URL", "URLSearchParams")
	return env
}

// The expected results below are what Node 20 gives for the same call.
func TestParseSplitsURLsAsNode20Does(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"a full URL", "['https://user:pa%20ss@sms.8x8.com:8443/api/v1/messages?a=1&b=2#frag']", `{"protocol":"https:","slashes":true,"auth":"user:pa ss","host":"sms.8x8.com:8443","port":"8443","hostname":"sms.8x8.com","hash":"#frag","search":"?a=1&b=2","query":"a=1&b=2","pathname":"/api/v1/messages","path":"/api/v1/messages?a=1&b=2","href":"https://user:pa%20ss@sms.8x8.com:8443/api/v1/messages?a=1&b=2#frag"}`},
		{"a URL without a path gets a slash", "['https://sms.8x8.com']", `{"protocol":"https:","slashes":true,"auth":null,"host":"sms.8x8.com","port":null,"hostname":"sms.8x8.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"https://sms.8x8.com/"}`},
		{"the query can be parsed", "['https://example.com/p?a=1&a=2&b=x+y', true]", `{"protocol":"https:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":"?a=1&a=2&b=x+y","query":{"a":["1","2"],"b":"x y"},"pathname":"/p","path":"/p?a=1&a=2&b=x+y","href":"https://example.com/p?a=1&a=2&b=x+y"}`},
		{"no query but parsing asked gives an empty one", "['https://example.com/p', true]", `{"protocol":"https:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":{},"pathname":"/p","path":"/p","href":"https://example.com/p"}`},
		{"a path only", "['/api/v1?x=1']", `{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?x=1","query":"x=1","pathname":"/api/v1","path":"/api/v1?x=1","href":"/api/v1?x=1"}`},
		{"a relative path", "['foo/bar']", `{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"foo/bar","path":"foo/bar","href":"foo/bar"}`},
		{"slashes denote a host when asked", "['//example.com/x', false, true]", `{"protocol":null,"slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"//example.com/x"}`},
		{"without the flag, two slashes are a path", "['//example.com/x']", `{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"//example.com/x","path":"//example.com/x","href":"//example.com/x"}`},
		{"upper case scheme and host are lowered", "['HTTP://EXAMPLE.COM/A']", `{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/A","path":"/A","href":"http://example.com/A"}`},
		{"backslashes become slashes", `['http:\\\\example.com\\a\\b?c\\d']`, `{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":"?c%5Cd","query":"c%5Cd","pathname":"/a/b","path":"/a/b?c%5Cd","href":"http://example.com/a/b?c%5Cd"}`},
		{"whitespace is trimmed", "['  https://example.com/x  ']", `{"protocol":"https:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"https://example.com/x"}`},
		{"spaces and quotes in the path are escaped", `["https://example.com/a b'c\"d"]`, `{"protocol":"https:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/a%20b%27c%22d","path":"/a%20b%27c%22d","href":"https://example.com/a%20b%27c%22d"}`},
		{"an IPv6 host", "['http://[::1]:8080/x']", `{"protocol":"http:","slashes":true,"auth":null,"host":"[::1]:8080","port":"8080","hostname":"::1","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://[::1]:8080/x"}`},
		{"a mailto URL has no slashes", "['mailto:user@example.com']", `{"protocol":"mailto:","slashes":null,"auth":"user","host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"mailto:user@example.com"}`},
		{"a javascript URL keeps its text", "['javascript:alert(1)']", `{"protocol":"javascript:","slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"alert(1)","path":"alert(1)","href":"javascript:alert(1)"}`},
		{"an at sign in the path stays in the path", "['http://a.com/x@y']", `{"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":null,"search":null,"query":null,"pathname":"/x@y","path":"/x@y","href":"http://a.com/x@y"}`},
		{"an empty string", "['']", `{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":""}`},
		{"a hash only", "['#top']", `{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#top","search":null,"query":null,"pathname":null,"path":null,"href":"#top"}`},
		{"an unicode host is punycoded", "['http://bücher.example/x']", `{"protocol":"http:","slashes":true,"auth":null,"host":"xn--bcher-kva.example","port":null,"hostname":"xn--bcher-kva.example","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://xn--bcher-kva.example/x"}`},
		{"a file URL", "['file:///etc/hosts']", `{"protocol":"file:","slashes":true,"auth":null,"host":"","port":null,"hostname":"","hash":null,"search":null,"query":null,"pathname":"/etc/hosts","path":"/etc/hosts","href":"file:///etc/hosts"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).JSON(t, "url.parse(..."+tt.args+")"))
		})
	}
}

func TestFormatBuildsURLsAsNode20Does(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"an object with host parts", "[{protocol: 'https', hostname: 'sms.8x8.com', port: 8443, pathname: '/api/v1', query: {a: 1, b: 'x y'}}]", "https://sms.8x8.com:8443/api/v1?a=1&b=x%20y"},
		{"host wins over hostname and port", "[{protocol: 'http:', host: 'a.com:1', hostname: 'b.com', port: 2, pathname: 'p'}]", "http://a.com:1/p"},
		{"auth is escaped", "[{protocol: 'https', auth: 'us er:pa@ss', host: 'a.com'}]", "https://us%20er:pa%40ss@a.com"},
		{"search wins over query", "[{protocol: 'http', host: 'a.com', search: '?x=1', query: {y: 2}}]", "http://a.com?x=1"},
		{"a hash gets its sign", "[{protocol: 'http', host: 'a.com', hash: 'frag'}]", "http://a.com#frag"},
		{"# and ? in the pathname are escaped", "[{protocol: 'http', host: 'a.com', pathname: '/a#b?c'}]", "http://a.com/a%23b%3Fc"},
		{"a string is parsed and formatted again", "['HTTP://EXAMPLE.com/a b']", "http://example.com/a%20b"},
		{"a parsed URL formats back to its href", "[url.parse('https://u:p@a.com:8080/x?y=1#z')]", "https://u:p@a.com:8080/x?y=1#z"},
		{"a WHATWG URL without fragment, search or auth", "[new URL('https://u:p@a.com/x?y=1#z'), {fragment: false, search: false, auth: false}]", "https://a.com/x"},
		{"a WHATWG URL as is", "[new URL('https://a.com/x?y=1#z')]", "https://a.com/x?y=1#z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, "url.format(..."+tt.args+")").String())
		})
	}
}

func TestResolveJoinsURLsAsNode20Does(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"a sibling path", "['/one/two/three', 'four']", "/one/two/four"},
		{"an absolute path on a host", "['http://example.com/', '/one']", "http://example.com/one"},
		{"an absolute path replaces the path", "['http://example.com/one', '/two']", "http://example.com/two"},
		{"dot segments are resolved", "['http://a.com/b/c/d', '../e/./f']", "http://a.com/b/e/f"},
		{"a full URL wins", "['http://a.com/b', 'https://c.com/d']", "https://c.com/d"},
		{"a protocol-relative URL keeps the protocol", "['https://a.com/b', '//c.com/d']", "https://c.com/d"},
		{"a query only keeps the path", "['http://a.com/b/c?x=1', '?y=2']", "http://a.com/b/c?y=2"},
		{"a hash only keeps the rest", "['http://a.com/b?x=1', '#h']", "http://a.com/b?x=1#h"},
		{"too many dots stop at the root", "['http://a.com/b', '../../../c']", "http://a.com/c"},
		{"a base URL with a trailing slash", "['https://sms.8x8.com/api/v1/', 'subaccounts/acme/messages']", "https://sms.8x8.com/api/v1/subaccounts/acme/messages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, "url.resolve(..."+tt.args+")").String())
		})
	}
}

func TestWHATWGClassesBehaveAsInNode20(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"URL splits a URL into its parts", "(() => { const u = new URL('https://u:p@a.com:8080/p/a?q=1&r=2#h'); return [u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin].join('|') })()", "https:|u|p|a.com:8080|a.com|8080|/p/a|?q=1&r=2|#h|https://a.com:8080"},
		{"URL resolves against a base", "new URL('../x?y=1', 'https://a.com/b/c/d').href", "https://a.com/b/x?y=1"},
		{"URL normalizes the host and path", "new URL('HTTPS://A.COM/a/./b/../c').href", "https://a.com/a/c"},
		{"searchParams reads the query", "new URL('https://a.com/?q=1&q=2&r=x+y').searchParams.getAll('q').join() + new URL('https://a.com/?r=x+y').searchParams.get('r')", "1,2x y"},
		{"appending to searchParams updates href", "(() => { const u = new URL('https://a.com/p'); u.searchParams.append('to', '+1 808'); return u.href })()", "https://a.com/p?to=%2B1+808"},
		{"URLSearchParams from an object encode as forms do", "new URLSearchParams({a: '1 2', b: 'é&=', c: '~*'}).toString()", "a=1+2&b=%C3%A9%26%3D&c=%7E*"},
		{"URLSearchParams iterate in order", "[...new URLSearchParams('b=2&a=1&b=3')].map(p => p.join('=')).join()", "b=2,a=1,b=3"},
		{"an invalid URL throws", "(() => { try { new URL('not a url') } catch (e) { return [e.name, e.code].join('|') } })()", "TypeError|ERR_INVALID_URL"},
		{"URL serializes to JSON as its href", "JSON.stringify({u: new URL('https://a.com/x')})", `{"u":"https://a.com/x"}`},
		{"URL toString is its href", "String(new URL('https://a.com'))", "https://a.com/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, "String("+tt.expr+")").String())
		})
	}
}

func TestParseRefusesWhatNodeRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, args, want string }{
		{"a number is not a URL", "[42]", `TypeError|ERR_INVALID_ARG_TYPE|The "url" argument must be of type string. Received type number (42)`},
		{"an object is not a URL", "[{}]", `TypeError|ERR_INVALID_ARG_TYPE|The "url" argument must be of type string. Received an instance of Object`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := newEnv(t).Run(t, "(() => { try { url.parse(..."+tt.args+") } catch (e) { return [e.name, e.code, e.message].join('|') } })()")
			assert.Equal(t, tt.want, got.String())
		})
	}
}

func TestParseWarnsOnceAboutAnInvalidPort(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	assert.Equal(t, "/:x/y /:z/", env.Run(t, "url.parse('http://a.com:x/y').pathname + ' ' + url.parse('http://b.com:z/').pathname").String())
	require.Len(t, env.Warnings(), 1)
	assert.Contains(t, env.Warnings()[0], "DEP0170")
}

func TestUrlObjectsAreUrlInstances(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := env.Run(t, `const u = url.parse('https://a.com/x');
		[u instanceof url.Url, url.parse(u) === u, u.resolve('y'), url.resolveObject('https://a.com/x', 'z').href].join()`)
	assert.Equal(t, "true,true,https://a.com/y,https://a.com/z", got.String())
}

func TestModuleAndGlobalsShareTheClasses(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	assert.True(t, env.Run(t, "url.URL === URL && url.URLSearchParams === URLSearchParams && URL.name === 'URL'").ToBoolean())
	assert.Same(t, url.Exports(env.RT), env.RT.Get("url"))
}

func TestURLToHttpOptionsGivesRequestOptions(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := env.JSON(t, "url.urlToHttpOptions(new URL('https://u:p@a.com:8443/x?y=1#h'))")
	assert.Equal(t, `{"protocol":"https:","hostname":"a.com","hash":"#h","search":"?y=1","pathname":"/x","path":"/x?y=1","href":"https://u:p@a.com:8443/x?y=1#h","port":8443,"auth":"u:p"}`, got)
}

func TestUtilInspectPrintsURLsAsNodeDoes(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	got := util.Inspect(env.RT, env.Run(t, "new URL('https://u:p@a.com:8080/p?q=1#h')"))
	assert.Equal(t, `URL {
  href: 'https://u:p@a.com:8080/p?q=1#h',
  origin: 'https://a.com:8080',
  protocol: 'https:',
  username: 'u',
  password: 'p',
  host: 'a.com:8080',
  hostname: 'a.com',
  port: '8080',
  pathname: '/p',
  search: '?q=1',
  searchParams: URLSearchParams { 'q' => '1' },
  hash: '#h'
}`, got)
	assert.Equal(t, "URLSearchParams { 'a' => '1', 'b' => '2' }", util.Inspect(env.RT, env.Run(t, "new URLSearchParams('a=1&b=2')")))
}

// goja_nodejs gets these wrong on its own; the adapter puts them right.
func TestURLFixesOverGojaNodejsMatchNode20(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"a plus sign in URLSearchParams is escaped", "new URLSearchParams({To: '+18085555555', Body: 'a b~*'}).toString()", "To=%2B18085555555&Body=a+b%7E*"},
		{"a plus sign written in a query stays", "(() => { const u = new URL('https://a.com/?a=b+c'); return [u.href, u.search, u.searchParams.get('a')].join('|') })()", "https://a.com/?a=b+c|?a=b+c|b c"},
		{"href, search, toString and toJSON follow searchParams",
			"(() => { const u = new URL('https://a.com/x?keep=1'); u.searchParams.set('To', '+1 808'); return [u.href, u.search, String(u), JSON.stringify(u)].join('|') })()",
			`https://a.com/x?keep=1&To=%2B1+808|?keep=1&To=%2B1+808|https://a.com/x?keep=1&To=%2B1+808|"https://a.com/x?keep=1&To=%2B1+808"`},
		{"a relative URL keeps the base's path", "new URL('messages', 'https://sms.8x8.com/api/v1/').href", "https://sms.8x8.com/api/v1/messages"},
		{"origin keeps the port", "new URL('https://a.com:8443/x').origin", "https://a.com:8443"},
		{"a file URL has no origin", "new URL('file:///x').origin", "null"},
		{"canParse tells valid URLs", "[URL.canParse('https://a.com'), URL.canParse('nope')].join()", "true,false"},
		{"instances know their class", "(() => { const u = new URL('https://a.com'); return [u instanceof URL, u.constructor === URL].join() })()", "true,true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, newEnv(t).Run(t, "String("+tt.expr+")").String())
		})
	}
}

func BenchmarkExportsOfAFreshRuntime(b *testing.B) {
	for b.Loop() {
		url.Exports(goja.New()).Get("parse")
	}
}
