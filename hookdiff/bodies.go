package hookdiff

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/harness"
)

// fieldDiff is one difference inside a body.
type fieldDiff struct{ what, old, new string }

// compareBodies compares as JSON when both bodies are JSON, as fields
// when both are forms, as text otherwise.
func compareBodies(o, n harness.Exchange) []fieldDiff {
	if oj, ok := jsonBody(o); ok {
		if nj, ok := jsonBody(n); ok {
			var out []fieldDiff
			compareJSON("body ", "", oj, nj, &out)
			return out
		}
	}
	if of, ok := formBody(o); ok {
		if nf, ok := formBody(n); ok {
			return compareForms(of, nf)
		}
	}
	if o.Body != n.Body {
		return []fieldDiff{{"body", o.Body, n.Body}}
	}
	return nil
}

// jsonBody decodes a body sent as JSON (or, with no Content-Type, one
// that reads as a JSON object or array).
func jsonBody(ex harness.Exchange) (any, bool) {
	media := mediaType(ex)
	body := strings.TrimSpace(ex.Body)
	if !strings.HasSuffix(media, "json") && !(media == "" && (strings.HasPrefix(body, "{") || strings.HasPrefix(body, "["))) {
		return nil, false
	}
	var v any
	if json.Unmarshal([]byte(body), &v) != nil {
		return nil, false
	}
	return v, true
}

// formBody reads a urlencoded or multipart body into its fields.
func formBody(ex harness.Exchange) (url.Values, bool) {
	ctype, _ := header(ex.Headers, "Content-Type")
	media, params, _ := mime.ParseMediaType(ctype)
	switch media {
	case "application/x-www-form-urlencoded":
		v, err := url.ParseQuery(ex.Body)
		return v, err == nil
	case "multipart/form-data":
		v, err := multipartFields(ex.Body, params["boundary"])
		return v, err == nil
	}
	return nil, false
}

func multipartFields(body, boundary string) (url.Values, error) {
	out := url.Values{}
	r := multipart.NewReader(strings.NewReader(body), boundary)
	for {
		part, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		if _, err := io.Copy(&buf, part); err != nil {
			return nil, err
		}
		out.Add(part.FormName(), buf.String())
	}
}

func mediaType(ex harness.Exchange) string {
	ctype, _ := header(ex.Headers, "Content-Type")
	media, _, _ := mime.ParseMediaType(ctype)
	return media
}

// compareJSON walks two decoded values and records each path where they
// differ, values shown as JSON ("" where a side has no such key).
func compareJSON(prefix, path string, a, b any, out *[]fieldDiff) {
	if reflect.DeepEqual(a, b) {
		return
	}
	am, aObj := a.(map[string]any)
	bm, bObj := b.(map[string]any)
	if aObj && bObj {
		for _, k := range unionKeys(am, bm) {
			av, inA := am[k]
			bv, inB := bm[k]
			if inA && inB {
				compareJSON(prefix, path+"."+k, av, bv, out)
				continue
			}
			*out = append(*out, fieldDiff{prefix + path + "." + k, jsonText(av, inA), jsonText(bv, inB)})
		}
		return
	}
	al, aList := a.([]any)
	bl, bList := b.([]any)
	if aList && bList && len(al) == len(bl) {
		for i := range al {
			compareJSON(prefix, fmt.Sprintf("%s[%d]", path, i), al[i], bl[i], out)
		}
		return
	}
	*out = append(*out, fieldDiff{strings.TrimSpace(prefix + path), jsonText(a, true), jsonText(b, true)})
}

func unionKeys(a, b map[string]any) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func jsonText(v any, present bool) string {
	if !present {
		return ""
	}
	data, _ := json.Marshal(v) // decoded JSON: cannot fail
	return string(data)
}

// compareForms compares fields by name, values quoted ("" where a form
// has no such field).
func compareForms(a, b url.Values) []fieldDiff {
	names := map[string]bool{}
	for k := range a {
		names[k] = true
	}
	for k := range b {
		names[k] = true
	}
	sorted := make([]string, 0, len(names))
	for k := range names {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	var out []fieldDiff
	for _, k := range sorted {
		if !reflect.DeepEqual(a[k], b[k]) {
			out = append(out, fieldDiff{"body field " + k, quoteAll(a[k]), quoteAll(b[k])})
		}
	}
	return out
}

func quoteAll(values []string) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = strconv.Quote(v)
	}
	return strings.Join(q, ", ")
}
