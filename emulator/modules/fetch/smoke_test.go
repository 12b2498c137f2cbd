package fetch_test

import (
	"fmt"
	"testing"
)

func TestSmoke(t *testing.T) {
	env, srv := newEnv(t, "2.7.0")
	for _, js := range []string{
		`fetch('https://api.test/a?status=404').then(async r => [r.ok, r.status, r.statusText, r.url, r.redirected, r.type, [...r.headers], await r.json()])`,
		`fetch('https://api.test/a', {method: 'POST', body: 'hi'}).then(r => r.text())`,
		`fetch('https://api.test/a?body=notjson').then(r => r.json())`,
		`nodeFetch('https://api.test/a?body=notjson').then(r => r.json())`,
		`nodeFetch('https://api.test/a?status=500', {method: 'post', body: 'x'}).then(async r => [r.ok, r.status, r.statusText, r.url, [...r.headers], r.headers.raw(), await r.text(), Object.keys(r)])`,
		`fetch('https://api.test/r?status=302&loc=/b').then(r => [r.url, r.redirected, r.status])`,
		`new Response('x').text()`,
		`(() => { const c = new AbortController(); c.abort(); return fetch('https://api.test/x', {signal: c.signal}) })()`,
		`(() => { const c = new AbortController(); c.abort(); return nodeFetch('https://api.test/x', {signal: c.signal}) })()`,
		`Object.keys(nodeFetch)`,
	} {
		out := settle(t, env, js)
		fmt.Printf("%s\n   => %v\n", js, out)
	}
	for _, r := range srv.requests() {
		fmt.Println(r.Method, r.URL, r.Header, r.Body)
	}
}
