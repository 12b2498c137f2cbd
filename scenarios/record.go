package scenarios

import (
	"fmt"
	"mime"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/harness"
)

// recordRequests writes each request as method, url, the recorded
// headers, the body (json or form parsed, other text as it is) and the
// provider's status.
func recordRequests(exchanges []harness.Exchange) *yaml.Node {
	list := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for _, ex := range exchanges {
		m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		add := func(key string, v *yaml.Node) { m.Content = append(m.Content, textNode(key), v) }
		add("method", textNode(ex.Method))
		add("url", textNode(literal(ex.URL)))
		headers := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for _, name := range recordedHeaders {
			if v, ok := header(ex.Headers, name); ok {
				headers.Content = append(headers.Content, textNode(name), textNode(literal(v)))
			}
		}
		if len(headers.Content) > 0 {
			add("headers", headers)
		}
		if key, body := recordBody(ex); body != nil {
			add(key, body)
		}
		if ex.Status != 0 {
			add("status", intNode(ex.Status))
		}
		list.Content = append(list.Content, m)
	}
	return list
}

// recordBody reads a JSON body as json, a form as form, and keeps any
// other body as text.
func recordBody(ex harness.Exchange) (string, *yaml.Node) {
	if ex.Body == "" {
		return "", nil
	}
	ctype, _ := header(ex.Headers, "Content-Type")
	mediaType, _, _ := mime.ParseMediaType(ctype)
	switch {
	case strings.HasSuffix(mediaType, "json") || (mediaType == "" && looksLikeJSON(ex.Body)):
		if p := jsonBody(ex.Body); p.err == nil {
			return "json", jsonNode(p.v)
		}
	case mediaType == "application/x-www-form-urlencoded" || mediaType == "multipart/form-data":
		if p := formBody(ex); p.err == nil {
			return "form", jsonNode(p.v)
		}
	}
	return "body", textNode(literal(ex.Body))
}

func looksLikeJSON(body string) bool {
	t := strings.TrimSpace(body)
	return strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")
}

// literal keeps text that happens to look like a /regular expression/
// meaning itself, by writing the expression that matches exactly it.
func literal(s string) string {
	if isRegex(s) {
		return "/^" + regexp.QuoteMeta(s) + "$/"
	}
	return s
}

func textNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func intNode(i int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(i)}
}

// jsonNode converts a decoded JSON value to nodes, keys sorted.
func jsonNode(v any) *yaml.Node {
	switch x := v.(type) {
	case nil:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(x)}
	case float64:
		if x == float64(int64(x)) && x < 1e15 && x > -1e15 {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(int64(x), 10)}
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(x, 'g', -1, 64)}
	case string:
		return textNode(literal(x))
	case []any:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for _, item := range x {
			n.Content = append(n.Content, jsonNode(item))
		}
		return n
	case map[string]any:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			n.Content = append(n.Content, textNode(k), jsonNode(x[k]))
		}
		return n
	default:
		return textNode(fmt.Sprint(x))
	}
}
