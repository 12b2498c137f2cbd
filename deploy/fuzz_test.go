package deploy

import (
	"strings"
	"testing"
)

// FuzzReadDeclarations feeds any text to the JSON and YAML readers and the
// field rules every format shares: they must answer (an error is an
// answer) without panicking, looping or growing past their bounds.
func FuzzReadDeclarations(f *testing.F) {
	f.Add([]byte(`{"name": "x", "code": "./a.js", "supported_triggers": [{"id": "send-phone-message", "version": 2}], "secrets": [{"name": "A"}]}`))
	f.Add([]byte(`{"actions": [{"name": "x", "deployed_version": {"code": "x"}}], "hooks": [{"script": "s", "dependencies": {"a": 1}}]}`))
	f.Add([]byte("actions:\n  - &a {name: x, code: ./a.js}\n  - *a\nhooks: [{name: H, secrets: {K: v}}]\ntriggers: {send-phone-message: [{action_name: x}]}\n"))
	f.Add([]byte("a: &a [x, x]\nb: &b [*a, *a]\nactions: [*b, *b]\n"))
	f.Add([]byte("phoneProviders: [{name: custom, configuration: {delivery_methods: [text]}}]\ntenant: {sandbox_version: 22}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := parseJSON("f.json", data); err == nil {
			_ = jsonFormat(d.root)
			readAll(d, d.root)
			m := managementReader{doc: d, art: &Artifact{}}
			_ = m.read(d.root)
		}
		if d, err := parseYAML("tenant.yaml", data, func(string) bool { return true }); err == nil {
			for _, key := range d.root.keys {
				readAll(d, d.root.get(key))
				if v := d.root.get(key); v != nil {
					for _, item := range v.items {
						readAll(d, item)
					}
				}
			}
		}
	})
}

func readAll(d doc, v *value) {
	_, _ = readAction(d, v, "")
	_, _ = readHook(d, v, "")
	_, _ = readBindings(d, v, "")
	_, _, _ = readPhoneProviders(d, v, "")
	_, _ = readTenantRuntime(d, v, "")
}

// FuzzKeywordReplace checks a0deploy's replacement on any text: a key's
// markers are gone once it has a value that holds no marker, and nothing
// changes without mappings.
func FuzzKeywordReplace(f *testing.F) {
	f.Add("url: '@@K@@' and ##K## and \"@@K@@\"", "K", "v")
	f.Add("@@@K@@@ ##K##K## ''@@K@@''", "K", `"quoted"`)
	f.Add("####0####", "0", "0")
	f.Fuzz(func(t *testing.T, text, key, val string) {
		var none keywords
		if got := string(none.replace([]byte(text))); got != text {
			t.Fatalf("no mappings changed %q into %q", text, got)
		}
		if key == "" || strings.ContainsAny(val, "#@") || strings.ContainsAny(key, "#@") {
			return
		}
		// a0deploy replaces in one pass, so a value can join the text
		// around it into a new marker ("##" + "0" + "##" for key 0): the
		// check takes values that share no character with the key.
		if val == "" || strings.ContainsAny(val, key) {
			return
		}
		kw := keywords{vals: map[string]keywordValue{}}
		kw.add(key, keywordValue{json: jsString(val), plain: val})
		got := string(kw.replace([]byte(text)))
		for _, marker := range []string{"##" + key + "##", "@@" + key + "@@"} {
			if strings.Contains(got, marker) {
				t.Fatalf("%q left in %q (from %q)", marker, got, text)
			}
		}
	})
}
