package request_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTheCallbackGetsWhatRequest288Gives(t *testing.T) {
	t.Parallel()
	jsonHeaders := map[string]any{"content-type": "application/json", "set-cookie": []any{"a=1", "b=2"}}
	for _, tc := range []struct {
		name, call string
		want       map[string]any
	}{
		{"a 404 is a response, not an error", `request('https://api.test/a?status=404&body=nope', cb)`,
			map[string]any{"status": 404.0, "statusMessage": "Not Found", "headers": jsonHeaders, "body": "nope", "bodyType": "string", "same": true, "isBinary": false}},
		{"a 500 is a response, not an error", `request.post('https://api.test/a?status=500', cb)`,
			map[string]any{"status": 500.0, "statusMessage": "Internal Server Error", "headers": jsonHeaders, "body": `{"ok":true}`, "bodyType": "string", "same": true, "isBinary": false}},
		{"json parses the reply", `request({url: 'https://api.test/a', json: true}, cb)`,
			map[string]any{"status": 200.0, "statusMessage": "OK", "headers": jsonHeaders, "body": map[string]any{"ok": true}, "bodyType": "object", "same": true, "isBinary": false}},
		{"json keeps a reply that is not JSON", `request({url: 'https://api.test/a?body=nope', json: true}, cb)`,
			map[string]any{"status": 200.0, "statusMessage": "OK", "headers": jsonHeaders, "body": "nope", "bodyType": "string", "same": true, "isBinary": false}},
		{"json leaves an empty reply undefined", `request({url: 'https://api.test/a?body=', json: true}, cb)`,
			map[string]any{"status": 200.0, "statusMessage": "OK", "headers": jsonHeaders, "bodyType": "undefined", "same": true, "isBinary": false}},
		{"an empty reply is an empty string", `request('https://api.test/a?body=', cb)`,
			map[string]any{"status": 200.0, "statusMessage": "OK", "headers": jsonHeaders, "body": "", "bodyType": "string", "same": true, "isBinary": false}},
		{"encoding null gives bytes", `request({url: 'https://api.test/a?body=hi', encoding: null}, cb)`,
			map[string]any{"status": 200.0, "statusMessage": "OK", "headers": jsonHeaders, "body": map[string]any{"0": 104.0, "1": 105.0}, "bodyType": "object", "same": true, "isBinary": true}},
		{"encoding latin1 decodes bytes one by one", `request({url: 'https://api.test/a?body=%E9a', encoding: 'latin1'}, cb)`,
			map[string]any{"status": 200.0, "statusMessage": "OK", "headers": jsonHeaders, "body": "éa", "bodyType": "string", "same": true, "isBinary": false}},
		{"encoding hex", `request({url: 'https://api.test/a?body=hi', encoding: 'hex'}, cb)`,
			map[string]any{"status": 200.0, "statusMessage": "OK", "headers": jsonHeaders, "body": "6869", "bodyType": "string", "same": true, "isBinary": false}},
		{"gzip decodes a gzipped reply", `request({url: 'https://api.test/a?enc=gzip&body=%1F%8B%08%00%00%00%00%00%00%FF%CA%C8%04%04%00%00%FF%FF%AC%2A%93%D8%02%00%00%00', gzip: true}, cb)`,
			map[string]any{"status": 200.0, "statusMessage": "OK", "headers": map[string]any{"content-encoding": "gzip", "content-type": "application/json", "set-cookie": []any{"a=1", "b=2"}},
				"body": "hi", "bodyType": "string", "same": true, "isBinary": false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "2.88.2")
			assert.Equal(t, tc.want, call(t, env, tc.call))
		})
	}
}

func TestTextKeepsOrDropsTheBOMAsRequestDoes(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "2.88.2")
	env.Run(t, `var seen = {};
		request('https://api.test/a?body=%EF%BB%BFhi', (e, r, body) => { seen.plain = body.charCodeAt(0); });
		request({url: 'https://api.test/a?body=%EF%BB%BFhi', encoding: 'utf8'}, (e, r, body) => { seen.utf8 = body; });
		request('https://api.test/a?body=h%FFi', (e, r, body) => { seen.invalid = [...body].map(c => c.charCodeAt(0)); });`)
	_, err := env.Await(`1`)
	require.NoError(t, err)
	assert.JSONEq(t, `{"plain":65279,"utf8":"hi","invalid":[104,65533,105]}`, env.JSON(t, "seen"))
}

func TestTheResponseSerializesAsRequestsDoes(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "2.88.2")
	env.Run(t, `var out; request.post({url: 'https://api.test/a?body=x', json: {a: 1}}, (e, res) => {
		out = {json: res.toJSON(), uriKeys: Object.keys(res.request.uri), href: res.request.href, method: res.request.method,
			requestJSON: JSON.parse(JSON.stringify(res.request)), isRequest: res.request instanceof request.Request}; });`)
	_, err := env.Await(`1`)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"json": {"statusCode": 200, "body": "x", "headers": {"content-type": "application/json", "set-cookie": ["a=1", "b=2"]},
			"request": {"uri": {"protocol": "https:", "slashes": true, "auth": null, "host": "api.test", "port": 443, "hostname": "api.test",
				"hash": null, "search": "?body=x", "query": "body=x", "pathname": "/a", "path": "/a?body=x", "href": "https://api.test/a?body=x"},
				"method": "POST", "headers": {"accept": "application/json", "content-type": "application/json", "content-length": 7}}},
		"uriKeys": ["protocol", "slashes", "auth", "host", "port", "hostname", "hash", "search", "query", "pathname", "path", "href"],
		"href": "https://api.test/a?body=x", "method": "POST",
		"requestJSON": {"uri": {"protocol": "https:", "slashes": true, "auth": null, "host": "api.test", "port": 443, "hostname": "api.test",
			"hash": null, "search": "?body=x", "query": "body=x", "pathname": "/a", "path": "/a?body=x", "href": "https://api.test/a?body=x"},
			"method": "POST", "headers": {"accept": "application/json", "content-type": "application/json", "content-length": 7}},
		"isRequest": true}`, env.JSON(t, "out"))
}

func TestEventsFireInRequestsOrder(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, js, want string
		transport      http.RoundTripper
	}{
		{"without a callback", `const q = request('https://api.test/a?body=evt');
			q.on('response', res => out.push('response ' + res.statusCode));
			q.on('data', d => out.push('data ' + d.length));
			q.on('end', () => out.push('end'));
			q.on('complete', (res, body) => out.push('complete ' + res.statusCode + ' ' + typeof body + ' ' + typeof res.body));`,
			`["response 200","data 3","end","complete 200 undefined undefined"]`, nil},
		{"with a callback", `const q = request('https://api.test/a?body=evt', (e, res, body) => out.push('cb ' + body));
			q.on('response', () => out.push('response'));
			q.on('data', d => out.push('data ' + typeof d));
			q.on('end', () => out.push('end'));
			q.on('complete', () => out.push('complete'));`,
			`["response","data object","end","cb evt","complete"]`, nil},
		{"the callback's this is the request", `request('https://api.test/a', function (e, res) { out.push(this === res.request, typeof this.abort); });`,
			`[true,"function"]`, nil},
		{"an error event without a callback", `request('http://127.0.0.1:1/x').on('error', e => out.push(e.code));`, `["ECONNREFUSED"]`, refused},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, "2.88.2")
			if tc.transport != nil {
				env = newEnvWith(t, tc.transport)
			}
			env.Run(t, `var out = [];`+tc.js)
			_, err := env.Await(`1`)
			require.NoError(t, err)
			assert.Equal(t, tc.want, env.JSON(t, "out"))
		})
	}
}
