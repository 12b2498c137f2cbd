package request_test

import (
	"fmt"
	"testing"
)

func TestSmoke(t *testing.T) {
	env, srv := newEnv(t, "2.88.2")
	for _, js := range []string{
		`request('https://api.test/a?status=404', cb)`,
		`request.post({url: 'https://api.test/a', json: {a: 1}}, cb)`,
		`request.post('https://api.test/a', {form: {a: 'x y', b: [1, 2]}}, cb)`,
		`request({url: 'https://api.test/a?x=1', qs: {a: [1, 2], b: {c: 'd e'}, e: "!'()*", n: null, u: undefined, t: true}}, cb)`,
		`request.get('https://api.test/a', {auth: {username: 'u', password: 'p'}}, cb)`,
		`request.defaults({baseUrl: 'https://api.test/api/', headers: {'X-D': '1'}}).post('/v1', {headers: {'X-E': '2'}, body: 'hello'}, cb)`,
		`request('https://api.test/a?status=302&loc=/b%3Fbody%3Dfinal', cb)`,
		`request({url: 'https://api.test/a?body=hi', encoding: null}, cb)`,
		`request('/relative', cb)`,
		`request({url: 'https://api.test/a', formData: {a: 'x', b: ['1', '2']}, method: 'POST'}, cb)`,
	} {
		out := call(t, env, js)
		fmt.Printf("%s\n   => %v\n", js, out)
	}
	for _, r := range srv.requests() {
		fmt.Println(r.Method, r.URL, r.Header, r.Body)
	}
}
