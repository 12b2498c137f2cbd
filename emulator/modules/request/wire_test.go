package request_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// header is what request sent, as Node 20 with request 2.88.2 put it on
// the wire (less Host and Connection, which Node's http adds): request
// sends no User-Agent, so the shim hands Go's client an empty one, which
// Go's client leaves off the wire.
func header(kv ...string) http.Header {
	h := http.Header{"User-Agent": {""}}
	for i := 0; i < len(kv); i += 2 {
		h.Add(kv[i], kv[i+1])
	}
	return h
}

func TestRequestSendsWhatRequest288Sends(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, call, method, uri, body string
		header                        http.Header
	}{
		{"a url and a callback is a bare get", `request('https://api.test/a', cb)`, "GET", "/a", "", header()},
		{"a 404 is fetched like any other", `request.get('https://api.test/a?status=404', cb)`, "GET", "/a?status=404", "", header()},
		{"json stringifies the body and asks for json", `request.post({url: 'https://api.test/a', json: {a: 1, s: 'é'}}, cb)`, "POST", "/a", `{"a":1,"s":"é"}`,
			header("Accept", "application/json", "Content-Type", "application/json", "Content-Length", "16")},
		{"json true stringifies body", `request.post({url: 'https://api.test/a', json: true, body: {a: 1}}, cb)`, "POST", "/a", `{"a":1}`,
			header("Accept", "application/json", "Content-Type", "application/json", "Content-Length", "7")},
		{"json true on a get only asks for json", `request({url: 'https://api.test/a', json: true}, cb)`, "GET", "/a", "", header("Accept", "application/json")},
		{"form objects are qs-encoded", `request.post('https://api.test/a', {form: {To: '+18085551234', b: [1, 2], c: {d: "!'()*"}, s: 'x y'}}, cb)`, "POST", "/a",
			"To=%2B18085551234&b%5B0%5D=1&b%5B1%5D=2&c%5Bd%5D=%21%27%28%29%2A&s=x%20y",
			header("Content-Type", "application/x-www-form-urlencoded", "Content-Length", "72")},
		{"a form string is sent RFC 3986 escaped", `request.post('https://api.test/a', {form: 'a=b!c d'}, cb)`, "POST", "/a", "a=b%21c d",
			header("Content-Type", "application/x-www-form-urlencoded", "Content-Length", "9")},
		{"a form keeps the caller's form type", `request.post('https://api.test/a', {form: {a: 1}, headers: {'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8'}}, cb)`, "POST", "/a", "a=1",
			header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8", "Content-Length", "3")},
		{"qs is merged into the query", `request({url: 'https://api.test/a?x=a+b', qs: {a: [1, 2], b: {c: 'd e'}, n: null, u: undefined, t: true}}, cb)`, "GET",
			"/a?x=a%20b&a%5B0%5D=1&a%5B1%5D=2&b%5Bc%5D=d%20e&n=&t=true", "", header()},
		{"useQuerystring repeats keys", `request({url: 'https://api.test/a', qs: {a: [1, 2], b: "x'y"}, useQuerystring: true}, cb)`, "GET", "/a?a=1&a=2&b=x%27y", "", header()},
		{"a string body has only a length", `request.post({url: 'https://api.test/a', body: 'hello é'}, cb)`, "POST", "/a", "hello é", header("Content-Length", "8")},
		{"a typed array body", `request.patch({url: 'https://api.test/a', body: new Uint8Array([104, 105])}, cb)`, "PATCH", "/a", "hi", header("Content-Length", "2")},
		{"a body-less post has a zero length", `request.post('https://api.test/a', cb)`, "POST", "/a", "", header("Content-Length", "0")},
		{"a body-less delete has a zero length", `request.del('https://api.test/a', cb)`, "DELETE", "/a", "", header("Content-Length", "0")},
		{"an empty string body is no body", `request.put({url: 'https://api.test/a', body: ''}, cb)`, "PUT", "/a", "", header("Content-Length", "0")},
		{"headers go as given", `request({url: 'https://api.test/a', headers: {'X-A': 'b', 'x-num': 5, 'X-Arr': ['1', '2'], 'X-Undef': undefined, 'User-Agent': 'mine'}}, cb)`, "GET", "/a", "",
			http.Header{"X-A": {"b"}, "X-Num": {"5"}, "X-Arr": {"1", "2"}, "User-Agent": {"mine"}}},
		{"auth user and pass is Basic", `request.get('https://api.test/a', {auth: {user: 'AC1', pass: 'tok'}}, cb)`, "GET", "/a", "", header("Authorization", "Basic QUMxOnRvaw==")},
		{"auth username and password is Basic", `request.get('https://api.test/a', {auth: {username: 'u', password: 'p'}}, cb)`, "GET", "/a", "", header("Authorization", "Basic dTpw")},
		{"auth bearer", `request.get('https://api.test/a', {auth: {bearer: 'tok'}}, cb)`, "GET", "/a", "", header("Authorization", "Bearer tok")},
		{"a bearer function is called", `request.get('https://api.test/a', {auth: {bearer: () => 'fn'}}, cb)`, "GET", "/a", "", header("Authorization", "Bearer fn")},
		{"credentials in the URL are Basic", `request('https://us%40er:p%3Ass@api.test/a', cb)`, "GET", "/a", "", header("Authorization", "Basic dXNAZXI6cDpzcw==")},
		{"gzip asks for compression", `request({url: 'https://api.test/a', gzip: true}, cb)`, "GET", "/a", "", header("Accept-Encoding", "gzip, deflate")},
		{"baseUrl joins with one slash", `request.defaults({baseUrl: 'https://api.test/api/', headers: {'X-D': '1'}}).post('/v1', {headers: {'X-E': '2'}, body: 'hello'}, cb)`, "POST", "/api/v1", "hello",
			header("X-D", "1", "X-E", "2", "Content-Length", "5")},
		{"defaults merge headers deeply", `request.defaults({headers: {a: '1', b: '2'}, qs: {k: 'v'}})({url: 'https://api.test/a', headers: {b: '3'}}, cb)`, "GET", "/a?k=v", "",
			header("A", "1", "B", "3")},
		{"defaults chain", `request.defaults({headers: {a: '1'}}).defaults({headers: {b: '2'}}).get('https://api.test/a', cb)`, "GET", "/a", "", header("A", "1", "B", "2")},
		{"a lower-case method goes out upper-case", `request({url: 'https://api.test/a', method: 'post', body: 'x'}, cb)`, "POST", "/a", "x", header("Content-Length", "1")},
		{"the 8x8 hook's call", `request({method: 'POST', uri: 'https://sms.8x8.com/api/v1/subaccounts/acme/messages', headers: {Authorization: 'Bearer key', 'Content-Type': 'application/json'},
			body: JSON.stringify({destination: '+18085551234', text: 'code 123'})}, cb)`, "POST", "/api/v1/subaccounts/acme/messages", `{"destination":"+18085551234","text":"code 123"}`,
			header("Authorization", "Bearer key", "Content-Type", "application/json", "Content-Length", "48")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, "2.88.2")
			out := call(t, env, tc.call)
			require.Contains(t, out, "status", out)
			got := srv.Only(t)
			assert.Equal(t, tc.method, got.Method)
			assert.Equal(t, tc.uri, got.URL)
			assert.Equal(t, tc.body, got.Body)
			assert.Equal(t, tc.header, got.Header)
		})
	}
}

func TestFormDataIsSentAsFormDataEncodesIt(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "2.88.2")
	out := call(t, env, `request.post('https://api.test/a', {formData: {a: 'x', b: ['1', '2'], n: 3, buf: new Uint8Array([104, 105]),
		f: {value: 'content', options: {filename: 'a.txt'}}, g: {value: new Uint8Array([120]), options: {filename: 'img.png', contentType: 'image/x'}}}}, cb)`)
	require.Contains(t, out, "status", out)
	got := srv.Only(t)
	ct := got.Header.Get("Content-Type")
	require.Regexp(t, `^multipart/form-data; boundary=-{26}\d{24}$`, ct)
	b := "--" + strings.TrimPrefix(ct, "multipart/form-data; boundary=")
	part := func(headers, value string) string { return b + "\r\n" + headers + "\r\n\r\n" + value + "\r\n" }
	want := part(`Content-Disposition: form-data; name="a"`, "x") +
		part(`Content-Disposition: form-data; name="b"`, "1") +
		part(`Content-Disposition: form-data; name="b"`, "2") +
		part(`Content-Disposition: form-data; name="n"`, "3") +
		part("Content-Disposition: form-data; name=\"buf\"\r\nContent-Type: application/octet-stream", "hi") +
		part("Content-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\nContent-Type: text/plain", "content") +
		part("Content-Disposition: form-data; name=\"g\"; filename=\"img.png\"\r\nContent-Type: image/x", "x") +
		b + "--\r\n"
	assert.Equal(t, want, got.Body)
	assert.Equal(t, []string{"899"}, got.Header["Content-Length"], "the length Node sent for the same form")
}

func TestTheWireCarriesNoUserAgentAndNodesZeroLength(t *testing.T) {
	t.Parallel()
	env, srv, base := newLoopbackEnv(t, "2.88.2")
	out := call(t, env, `request.del('`+base+`/a', cb)`)
	require.Contains(t, out, "status", out)
	got := srv.Only(t)
	assert.Empty(t, got.Header.Values("User-Agent"))
	assert.Equal(t, []string{"0"}, got.Header.Values("Content-Length"))
	assert.True(t, regexp.MustCompile(`^127\.0\.0\.1:\d+$`).MatchString(got.Host), got.Host)
}

func TestADefaultPortWrittenInTheURLIsLeftOffTheHost(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ url, host string }{
		{"http://api.test:80/a", "api.test"},
		{"https://api.test:443/a", "api.test"},
		{"https://api.test:8443/a", "api.test:8443"},
	} {
		env, srv := newEnv(t, "2.88.2")
		out := call(t, env, `request('`+tc.url+`', (e, res) => cb(e, res, res && res.request.uri.host))`)
		require.Contains(t, out, "status", out)
		assert.Equal(t, tc.host, srv.Only(t).Host, tc.url)
	}
}
