package axios_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBaseURLJoinsAsAxiosDoes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, baseURL, url, want string
	}{
		{"a relative url joins with one slash", "https://sms.8x8.com/api/v1/", "subaccounts/a/messages", "https://sms.8x8.com/api/v1/subaccounts/a/messages"},
		{"a rooted url still joins under the base", "https://sms.8x8.com/api/v1", "/messages", "https://sms.8x8.com/api/v1/messages"},
		{"an empty url leaves the base as it is", "https://sms.8x8.com/api", "", "https://sms.8x8.com/api"},
		{"an absolute url ignores the base", "https://sms.8x8.com/api", "HTTPS://other.test/x", "HTTPS://other.test/x"},
		{"a protocol-relative url ignores the base", "https://sms.8x8.com/api", "//other.test/y", "//other.test/y"},
		{"a scheme with digits and dots is absolute", "https://sms.8x8.com/api", "web+a1.b-c://x/y", "web+a1.b-c://x/y"},
		{"a slash on both sides is not doubled", "https://h.test/a/", "/b", "https://h.test/a/b"},
		{"three leading slashes make a protocol-relative url", "https://h.test/a/", "///b", "///b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, version := range []string{"0.27.2", "1.13.6"} {
				env, _ := newEnv(t, version)
				got := env.JSON(t, `axios.create({baseURL: `+jsonOf(t, tc.baseURL)+`}).getUri({url: `+jsonOf(t, tc.url)+`})`)
				assert.Equal(t, jsonOf(t, tc.want), got, version)
			}
		})
	}
}

func TestTrailingSlashesOfTheBaseGoDependingOnTheRelease(t *testing.T) {
	t.Parallel()
	// 1.6.3 trims at most two slashes (a ReDoS fix); earlier releases all.
	for version, want := range map[string]string{"0.27.2": "https://h.test/a/b", "1.13.6": "https://h.test/a///b"} {
		env, _ := newEnv(t, version)
		assert.Equal(t, jsonOf(t, want), env.JSON(t, `axios.create({baseURL: 'https://h.test/a////'}).getUri({url: 'b'})`), version)
	}
}

func TestRequestsGoToTheJoinedURL(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.0", "0.19.2", "1.13.6"} {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, version)
			out := settle(t, env, `axios.create({baseURL: 'https://sms.8x8.com/api/v1/'}).get('/messages?x=1').then(r => r.config.url)`)
			got := srv.Only(t)
			assert.Equal(t, "/api/v1/messages?x=1", got.URL)
			assert.Equal(t, "sms.8x8.com", got.Host)
			// 0.19.0 rewrote config.url to the full URL.
			if version == "0.19.0" {
				assert.Equal(t, "https://sms.8x8.com/api/v1/messages?x=1", out["ok"])
			} else {
				assert.Equal(t, "/messages?x=1", out["ok"])
			}
		})
	}
}

func TestParamsSerializeAsEachReleaseDid(t *testing.T) {
	t.Parallel()
	params := `{a: 'x y', b: [1, 2], c: null, d: undefined, e: {f: 1, g: [2]}, h: new Date(Date.UTC(2020, 0, 2)),
		i: 'a@b:c$d,e[f]/g?h&i=j+k', j: true, k: 0, l: [null, 'z']}`
	for _, tc := range []struct{ version, want string }{
		// Reference: the same call under Node with the real package.
		{"0.19.2", "/p?pre=1&a=x+y&b[]=1&b[]=2&e=%7B%22f%22:1,%22g%22:[2]%7D&h=2020-01-02T00:00:00.000Z&i=a@b:c$d,e[f]%2Fg%3Fh%26i%3Dj%2Bk&j=true&k=0&l[]=null&l[]=z"},
		{"0.21.4", "/p?pre=1&a=x+y&b[]=1&b[]=2&e=%7B%22f%22:1,%22g%22:[2]%7D&h=2020-01-02T00:00:00.000Z&i=a%40b:c$d,e[f]%2Fg%3Fh%26i%3Dj%2Bk&j=true&k=0&l[]=null&l[]=z"},
		{"1.7.9", "/p?pre=1&a=x+y&b[]=1&b[]=2&e[f]=1&e[g][0]=2&h=2020-01-02T00:00:00.000Z&i=a%40b:c$d,e[f]%2Fg%3Fh%26i%3Dj%2Bk&j=true&k=0&l[]=z"},
		{"1.13.6", "/p?pre=1&a=x+y&b%5B%5D=1&b%5B%5D=2&e%5Bf%5D=1&e%5Bg%5D%5B0%5D=2&h=2020-01-02T00:00:00.000Z&i=a%40b:c$d,e%5Bf%5D%2Fg%3Fh%26i%3Dj%2Bk&j=true&k=0&l%5B%5D=z"},
	} {
		t.Run(tc.version, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, tc.version)
			_, err := env.Await(`axios.get('https://api.test/p?pre=1#frag', {params: ` + params + `})`)
			require.NoError(t, err)
			assert.Equal(t, tc.want, srv.Only(t).URL)
		})
	}
}

func TestAParamsSerializerFunctionIsHonoured(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "1.13.6"} {
		env, srv := newEnv(t, version)
		_, err := env.Await(`axios.get('https://api.test/ps', {params: {a: 1}, paramsSerializer: p => 'custom=' + p.a})`)
		require.NoError(t, err)
		assert.Equal(t, "/ps?custom=1", srv.Only(t).URL, version)
	}
}

func TestInstanceParamsMergeWithTheCallsFrom020(t *testing.T) {
	t.Parallel()
	for version, want := range map[string]string{"0.19.2": "/pm?q=1", "0.20.0": "/pm?key=k&q=1", "1.13.6": "/pm?key=k&q=1"} {
		env, srv := newEnv(t, version)
		_, err := env.Await(`axios.create({params: {key: 'k'}}).get('https://api.test/pm', {params: {q: 1}})`)
		require.NoError(t, err)
		assert.Equal(t, want, srv.Only(t).URL, version)
	}
}

func TestURLUserInfoBecomesBasicAuthAndLeavesTheURL(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "1.13.6"} {
		env, srv := newEnv(t, version)
		_, err := env.Await(`axios.get('https://user:pa%20ss@api.test/x')`)
		require.NoError(t, err)
		got := srv.Only(t)
		assert.Equal(t, "api.test", got.Host, version)
		user, pass, ok := (&http.Request{Header: got.Header}).BasicAuth()
		require.True(t, ok, version)
		assert.Equal(t, "user", user, version)
		// url.parse decoded the password; WHATWG URL keeps it encoded.
		if version == "0.19.2" {
			assert.Equal(t, "pa ss", pass)
		} else {
			assert.Equal(t, "pa%20ss", pass)
		}
	}
}

func TestAUnsupportedProtocolIsRejectedFrom027(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "0.27.2")
	withDescribe(t, env)
	out := settle(t, env, `axios.get('ftp://example.test/x')`)
	assert.Equal(t, "Unsupported protocol ftp:", out["error"].(map[string]any)["message"])
	assert.Equal(t, "ERR_BAD_REQUEST", out["error"].(map[string]any)["code"])
	assert.Empty(t, srv.Requests())
}

func TestARelativeURLWithoutABaseFailsIn1x(t *testing.T) {
	t.Parallel()
	env, srv := newEnv(t, "1.13.6")
	withDescribe(t, env)
	out := settle(t, env, `axios.get('/relative')`)
	e := out["error"].(map[string]any)
	assert.Equal(t, "TypeError", e["name"])
	assert.Equal(t, "ERR_INVALID_URL", e["code"])
	assert.Equal(t, "TypeError [ERR_INVALID_URL]: Invalid URL", e["string"])
	assert.Empty(t, srv.Requests())
}
