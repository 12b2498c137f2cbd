package axios_test

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTheEightByEightGuideRequestReachesTheWireExactly(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "0.21.4", "0.27.2", "1.7.9", "1.13.6"} {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, version)
			out := settle(t, env, `axios.create({
					baseURL: 'https://sms.8x8.com/api/v1/',
					headers: {Authorization: 'Bearer k', 'Content-Type': 'application/json'},
				})({method: 'post', url: 'subaccounts/acme/messages',
					data: {encoding: 'AUTO', destination: '+18085555555', text: 'Your code is 1234'}})
				.then(r => ({status: r.status, data: r.data, url: r.config.url, method: r.config.method, sent: r.config.data}))`)
			assert.Equal(t, map[string]any{"status": 200.0, "data": map[string]any{"ok": true},
				"url": "subaccounts/acme/messages", "method": "post",
				"sent": `{"encoding":"AUTO","destination":"+18085555555","text":"Your code is 1234"}`}, out["ok"])

			got := srv.Only(t)
			assert.Equal(t, "POST", got.Method)
			assert.Equal(t, "sms.8x8.com", got.Host)
			assert.Equal(t, "/api/v1/subaccounts/acme/messages", got.URL)
			assert.Equal(t, `{"encoding":"AUTO","destination":"+18085555555","text":"Your code is 1234"}`, got.Body)
			want := http.Header{
				"Accept":         {"application/json, text/plain, */*"},
				"Authorization":  {"Bearer k"},
				"Content-Type":   {"application/json"},
				"Content-Length": {"75"},
				"User-Agent":     {"axios/" + version},
			}
			if version[0] == '1' {
				want["Accept-Encoding"] = []string{"gzip, compress, deflate, br"}
			}
			assert.Equal(t, want, got.Header)
		})
	}
}

func TestBodiesGetTheContentTypeOfTheirRelease(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, version, call, contentType, body string
	}{
		{"an object is JSON with a charset in 0.19", "0.19.2", `axios.post(u, {a: 1, s: 'é'})`, "application/json;charset=utf-8", `{"a":1,"s":"é"}`},
		{"an object is JSON without a charset from 0.21.2", "0.21.4", `axios.post(u, {a: 1})`, "application/json", `{"a":1}`},
		{"an object is JSON in 1.x", "1.13.6", `axios.post(u, {a: 1})`, "application/json", `{"a":1}`},
		{"an array is JSON too", "0.19.2", `axios.post(u, [1, 'two'])`, "application/json;charset=utf-8", `[1,"two"]`},
		{"a string is a form in 0.x", "0.19.2", `axios.post(u, 'To=%2B1&Body=hi')`, "application/x-www-form-urlencoded", `To=%2B1&Body=hi`},
		{"a string is a form in 1.x", "1.13.6", `axios.put(u, 'plain')`, "application/x-www-form-urlencoded", `plain`},
		{"a JSON string with a JSON type is trimmed from 0.21.2", "0.21.4", `axios.post(u, ' {"a":1} ', {headers: {'Content-Type': 'application/json'}})`, "application/json", `{"a":1}`},
		{"a plain string with a JSON type is quoted from 0.21.2", "1.13.6", `axios.post(u, 'hi', {headers: {'content-type': 'application/json'}})`, "application/json", `"hi"`},
		{"a plain string with a JSON type is sent as is in 0.19", "0.19.2", `axios.post(u, 'hi', {headers: {'content-type': 'application/json'}})`, "application/json", `hi`},
		{"an object with a form type is urlencoded in 1.x", "1.13.6", `axios.post(u, {a: 'x y', b: [1, 2], c: {d: '!'}}, {headers: {'Content-Type': 'application/x-www-form-urlencoded'}})`, "application/x-www-form-urlencoded", `a=x+y&b%5B%5D=1&b%5B%5D=2&c%5Bd%5D=%21`},
		{"an object with a form type stays JSON in 0.x", "0.19.2", `axios.post(u, {a: 'x y'}, {headers: {'Content-Type': 'application/x-www-form-urlencoded'}})`, "application/x-www-form-urlencoded", `{"a":"x y"}`},
		{"URLSearchParams are urlencoded", "0.19.2", `axios.post(u, new URLSearchParams('To=%2B1808&Body=a+b'))`, "application/x-www-form-urlencoded;charset=utf-8", `To=%2B1808&Body=a+b`},
		{"URLSearchParams are urlencoded in 1.x", "1.13.6", `axios.post(u, new URLSearchParams('To=%2B1'))`, "application/x-www-form-urlencoded;charset=utf-8", `To=%2B1`},
		{"an ArrayBuffer is sent as bytes", "1.13.6", `axios.post(u, new Uint8Array([104, 105]).buffer, {headers: {'Content-Type': 'application/octet-stream'}})`, "application/octet-stream", `hi`},
		{"a typed array sends its whole buffer", "0.19.2", `axios.post(u, new Uint8Array([104, 105, 33]))`, "application/x-www-form-urlencoded", `hi!`},
		{"no body still sends the form type on a post", "0.19.2", `axios.post(u)`, "application/x-www-form-urlencoded", ``},
		{"no body still sends the form type on a post in 1.x", "1.13.6", `axios.patch(u)`, "application/x-www-form-urlencoded", ``},
		{"a get sends no content type", "1.13.6", `axios.get(u)`, "", ``},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, tc.version)
			_, err := env.RT.RunString(fakeURLSearchParams + `; var u = 'https://api.test/body';`)
			require.NoError(t, err)
			_, err = env.Await(tc.call)
			require.NoError(t, err)
			got := srv.Only(t)
			assert.Equal(t, tc.contentType, got.Header.Get("Content-Type"))
			assert.Equal(t, tc.body, got.Body)
			if tc.body != "" {
				assert.Equal(t, []string{strconv.Itoa(len(tc.body))}, got.Header["Content-Length"])
			}
		})
	}
}

// fakeURLSearchParams stands for WHATWG URLSearchParams, which axios
// recognises by its constructor's name (the bare test runtime has none).
const fakeURLSearchParams = `class URLSearchParams {
	constructor(s) { this.s = s; }
	toString() { return this.s; }
}`

func TestDataThatIsNeitherStringNorBytesIsRejected(t *testing.T) {
	t.Parallel()
	for version, code := range map[string]string{"0.19.2": "<undefined>", "1.13.6": "ERR_BAD_REQUEST"} {
		env, srv := newEnv(t, version)
		withDescribe(t, env)
		out := settle(t, env, `axios.post('https://api.test/n', 42)`)
		e := out["error"].(map[string]any)
		assert.Equal(t, "Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream", e["message"], version)
		assert.Equal(t, code, e["code"], version)
		assert.Empty(t, srv.Requests(), version)
	}
}

func TestEveryCallFormSendsTheSameRequest(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, call, method, url, body string
	}{
		{"axios(config)", `axios({url: 'https://api.test/c', method: 'POST', data: {x: 1}})`, "POST", "/c", `{"x":1}`},
		{"axios(url, config)", `axios('https://api.test/c', {method: 'put', data: 'z'})`, "PUT", "/c", `z`},
		{"axios(url) is a get", `axios('https://api.test/c')`, "GET", "/c", ``},
		{"axios.request(config)", `axios.request({url: 'https://api.test/c', method: 'delete'})`, "DELETE", "/c", ``},
		{"get(url, config)", `axios.get('https://api.test/c', {params: {a: 1}})`, "GET", "/c?a=1", ``},
		{"delete(url, config)", `axios.delete('https://api.test/c')`, "DELETE", "/c", ``},
		{"head(url, config)", `axios.head('https://api.test/c')`, "HEAD", "/c", ``},
		{"options(url, config)", `axios.options('https://api.test/c')`, "OPTIONS", "/c", ``},
		{"post(url, data, config)", `axios.post('https://api.test/c', {a: 1}, {params: {b: 2}})`, "POST", "/c?b=2", `{"a":1}`},
		{"put(url, data)", `axios.put('https://api.test/c', 'x')`, "PUT", "/c", `x`},
		{"patch(url, data)", `axios.patch('https://api.test/c', 'x')`, "PATCH", "/c", `x`},
		{"an instance called with a config", `axios.create({baseURL: 'https://api.test'})({url: 'c', method: 'post', data: 'x'})`, "POST", "/c", `x`},
		{"an instance's get", `axios.create({baseURL: 'https://api.test/'}).get('c')`, "GET", "/c", ``},
		{"an instance's default method", `axios.create({method: 'post'})({url: 'https://api.test/c'})`, "POST", "/c", ``},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, version := range []string{"0.19.2", "1.13.6"} {
				env, srv := newEnv(t, version)
				_, err := env.Await(tc.call)
				require.NoError(t, err, version)
				got := srv.Only(t)
				assert.Equal(t, tc.method, got.Method, version)
				assert.Equal(t, tc.url, got.URL, version)
				assert.Equal(t, tc.body, got.Body, version)
			}
		})
	}
}

func TestAGetKeepsItsConfigDataFrom021(t *testing.T) {
	t.Parallel()
	for version, body := range map[string]string{"0.20.0": ``, "0.21.1": `{"q":1}`, "1.13.6": `{"q":1}`} {
		env, srv := newEnv(t, version)
		_, err := env.Await(`axios.get('https://api.test/g', {data: {q: 1}})`)
		require.NoError(t, err)
		assert.Equal(t, body, srv.Only(t).Body, version)
	}
}

func TestPostFormSendsMultipart(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "1.13.6")
	_, err := env.Await(`axios.postForm('https://api.test/pf', {a: 'x', b: [1, 2]})`)
	require.NoError(t, err)
	got := srv.Only(t)
	ct := got.Header.Get("Content-Type")
	require.Regexp(t, `^multipart/form-data; boundary=-{26}[0-9a-f]{24}$`, ct)
	b := ct[len("multipart/form-data; boundary="):]
	assert.Equal(t, "--"+b+"\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n"+
		"--"+b+"\r\nContent-Disposition: form-data; name=\"b[]\"\r\n\r\n1\r\n"+
		"--"+b+"\r\nContent-Disposition: form-data; name=\"b[]\"\r\n\r\n2\r\n"+
		"--"+b+"--\r\n", got.Body)
	assert.Equal(t, strconv.Itoa(len(got.Body)), got.Header.Get("Content-Length"))
}

func TestHeadersMergeCommonThenMethodThenInstanceThenCall(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ version, contentType string }{{"0.19.2", "application/json;charset=utf-8"}, {"1.13.6", "application/json"}} {
		t.Run(tc.version, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, tc.version)
			_, err := env.Await(`(() => {
				const inst = axios.create({headers: {'X-Inst': 'i', Authorization: 'Bearer inst', common: {'X-Common': 'c'}, post: {'X-Post': 'p'}}});
				inst.defaults.headers.common['X-Later'] = 'l';
				return inst.post('https://api.test/hm', {a: 1}, {headers: {'x-call': 'call', authorization: 'Bearer call'}})
					.then(() => inst.get('https://api.test/hm2'));
			})()`)
			require.NoError(t, err)
			got := srv.Requests()
			require.Len(t, got, 2)
			post, get := got[0], got[1]
			assert.Equal(t, "c", post.Header.Get("X-Common"))
			assert.Equal(t, "l", post.Header.Get("X-Later"), "defaults changed after create apply")
			assert.Equal(t, "p", post.Header.Get("X-Post"))
			assert.Equal(t, "i", post.Header.Get("X-Inst"))
			assert.Equal(t, "call", post.Header.Get("X-Call"))
			assert.Equal(t, []string{"Bearer call"}, post.Header["Authorization"], "the call's header wins whatever its case")
			assert.Equal(t, tc.contentType, post.Header.Get("Content-Type"))
			assert.Empty(t, get.Header.Get("X-Post"), "method headers stay with their method")
			assert.Equal(t, "Bearer inst", get.Header.Get("Authorization"))
		})
	}
}

func TestGlobalDefaultsReachInstancesCreatedBefore(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "0.19.2")
	_, err := env.Await(`(() => { const inst = axios.create(); axios.defaults.headers.common['X-Global'] = 'g';
		return Promise.all([axios.get('https://api.test/a'), inst.get('https://api.test/b')]); })()`)
	require.NoError(t, err)
	for _, r := range srv.Requests() {
		// The instance copied the defaults when it was created.
		if r.URL == "/a" {
			assert.Equal(t, "g", r.Header.Get("X-Global"))
		} else {
			assert.Empty(t, r.Header.Get("X-Global"))
		}
	}
}

func TestTheUserAgentCanBeReplacedOrRemoved(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ version, headers, want string }{
		{"0.19.2", `{'user-agent': 'mine/1'}`, "mine/1"},
		{"1.13.6", `{'User-Agent': 'mine/1'}`, "mine/1"},
		{"0.19.2", `{'User-Agent': ''}`, "axios/0.19.2"},
		{"0.21.1", `{'User-Agent': ''}`, "axios/0.21.1"},
		{"0.21.4", `{'User-Agent': ''}`, ""},
		{"0.27.2", `{'user-agent': null}`, ""},
	} {
		env, srv := newEnv(t, tc.version)
		_, err := env.Await(`axios.get('https://api.test/ua', {headers: ` + tc.headers + `})`)
		require.NoError(t, err)
		assert.Equal(t, tc.want, srv.Only(t).Header.Get("User-Agent"), tc.version+" "+tc.headers)
	}
}

func TestAContentLengthOfTheCallIsKeptFrom022(t *testing.T) {
	t.Parallel()
	for version, want := range map[string]string{"0.19.2": "Content-Length,7", "0.22.0": "content-length,7", "1.13.6": "content-length,7"} {
		env, _ := newEnv(t, version)
		out := settle(t, env, `axios.post('https://api.test/cl', {a: 1}, {headers: {'content-length': 7}})
			.then(r => Object.keys(r.config.headers).filter(k => /^content-length$/i.test(k)).map(k => k + ',' + r.config.headers[k]).join(';'))`)
		assert.Contains(t, out["ok"], want, version)
	}
}

func TestAnUndefinedHeaderFailsAsNodeDoesIn0x(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "0.19.2")
	withDescribe(t, env)
	out := settle(t, env, `axios.get('https://api.test/u', {headers: {'X-Undef': undefined}})`)
	e := out["error"].(map[string]any)
	assert.Equal(t, `TypeError [ERR_HTTP_INVALID_HEADER_VALUE]: Invalid value "undefined" for header "X-Undef"`, e["string"])
	assert.Empty(t, srv.Requests())

	env, srv = newEnv(t, "1.13.6")
	_, err := env.Await(`axios.get('https://api.test/u', {headers: {'X-Undef': undefined, 'X-Null': null}})`)
	require.NoError(t, err)
	assert.NotContains(t, srv.Only(t).Header, "X-Undef")
}

func TestBasicAuthReplacesTheAuthorizationHeader(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, version, headers, want string
	}{
		{"over a Bearer header", "0.19.2", `{Authorization: 'Bearer x'}`, "Basic QUN4eDp0w7Zr"},
		{"over a Bearer header in 1.x", "1.13.6", `{Authorization: 'Bearer x'}`, "Basic QUN4eDp0w7Zr"},
		// 0.19 deleted only "Authorization"; Node then kept the header set.
		{"but not over a lower-case header in 0.19", "0.19.2", `{authorization: 'lower'}`, "lower"},
		{"over a lower-case header from 0.22", "0.22.0", `{authorization: 'lower'}`, "Basic QUN4eDp0w7Zr"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, tc.version)
			_, err := env.Await(`axios.get('https://api.test/au', {auth: {username: 'ACxx', password: 'tök'}, headers: ` + tc.headers + `})`)
			require.NoError(t, err)
			assert.Equal(t, []string{tc.want}, srv.Only(t).Header["Authorization"])
		})
	}
}

func TestAMissingPasswordIsEmpty(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "1.13.6")
	_, err := env.Await(`axios.get('https://api.test/au', {auth: {username: 'u'}})`)
	require.NoError(t, err)
	assert.Equal(t, "Basic dTo=", srv.Only(t).Header.Get("Authorization"))
}
