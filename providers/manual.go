package providers

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// Manual is the list of providers for people (`hookemu help
// providers`): for each, the hosts a run reaches it on, where `serve`
// answers it, its configuration keys and its real base URL.
func Manual() string {
	var b strings.Builder
	b.WriteString("The provider APIs hookemu fakes. A hook's request to one of a provider's\n" +
		"hosts reaches its fake; `hookemu serve` answers each on its paths and under\n" +
		"/NAME/; scenarios configure one under fakeNAME: or providers: {NAME: ...};\n" +
		"with --real (run) or --forward (serve), --upstream-NAME replaces its real\n" +
		"base URL.\n")
	for _, p := range all {
		fmt.Fprintf(&b, "\n%s  %s (%s)\n", p.Name(), p.Title(), provider.KindOf(p))
		fmt.Fprintf(&b, "  hosts:    %s\n", strings.Join(p.Hosts(), ", "))
		fmt.Fprintf(&b, "  serve:    %s\n", strings.Join(append(slices.Clone(p.Paths()), "/"+p.Name()+"/"), ", "))
		fmt.Fprintf(&b, "  keys:     %s (under fake%s: or providers.%s)\n", strings.Join(ConfigKeys(p), ", "), p.Name(), p.Name())
		fmt.Fprintf(&b, "  real:     %s\n", realBase(p))
	}
	return b.String()
}

// ConfigKeys are the keys of p's configuration, in the order its Config
// declares them.
func ConfigKeys(p provider.Provider) []string {
	t := reflect.TypeOf(p.NewConfig())
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if f.IsExported() && name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}

// realBase lists p's real base URLs, or says it has none.
func realBase(p provider.Provider) string {
	var urls []string
	for _, path := range append([]string{"/"}, p.Paths()...) {
		if u := p.Upstream(path); u != nil && !slices.Contains(urls, u.String()) {
			urls = append(urls, u.String())
		}
	}
	if len(urls) == 0 {
		return "the host the request names (--upstream-" + p.Name() + " for serve --forward)"
	}
	return strings.Join(urls, " and ")
}
