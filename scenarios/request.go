package scenarios

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"sort"
	"strings"

	"github.com/hookemu/hookemu/harness"
)

// check compares one request with its expectation; each field that
// differs is a failure of its own, so the report says all that is wrong.
func (r *requestExpectation) check(what string, ex harness.Exchange, fs *failures) {
	about := fmt.Sprintf("request %s", summary(ex))
	if r.Method != "" && !strings.EqualFold(r.Method, ex.Method) {
		fs.add(what+".method", r.line, "", "%s: want method %s", about, strings.ToUpper(r.Method))
	}
	if r.URL != nil && !r.URL.equals(ex.URL) {
		fs.add(what+".url", r.URL.line, fmt.Sprintf("- %s\n+ %s", r.URL.text, ex.URL), "%s: the URL differs", about)
	}
	if r.Status != nil && *r.Status != ex.Status {
		fs.add(what+".status", r.line, "", "%s: want the provider to answer %d, got %d", about, *r.Status, ex.Status)
	}
	r.checkHeaders(what, about, ex.Headers, fs)
	if r.Body != nil && !r.Body.equals(ex.Body) {
		fs.add(what+".body", r.Body.line, fmt.Sprintf("- %s\n+ %s", r.Body.text, ex.Body), "%s: the body differs", about)
	}
	if r.JSON != nil {
		r.checkBody(what, "json", about, *r.JSON, jsonBody(ex.Body), ex.Body, fs)
	}
	if r.Form != nil {
		r.checkBody(what, "form", about, r.Form.matcher, formBody(ex), ex.Body, fs)
	}
}

func (r *requestExpectation) checkHeaders(what, about string, got map[string]string, fs *failures) {
	names := make([]string, 0, len(r.Headers))
	for name := range r.Headers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		want := r.Headers[name]
		value, ok := header(got, name)
		switch {
		case !ok:
			fs.add(what+".headers", want.line, fmt.Sprintf("- %s: %s\n%s", name, want.text, listHeaders(got)), "%s: no %s header", about, name)
		case !want.equals(value):
			fs.add(what+".headers", want.line, fmt.Sprintf("- %s: %s\n+ %s: %s", name, want.text, name, value), "%s: the %s header differs", about, name)
		}
	}
}

func (r *requestExpectation) checkBody(what, kind, about string, want matcher, got parsed, raw string, fs *failures) {
	if got.err != nil {
		fs.add(what+"."+kind, want.line, "+ "+raw, "%s: %v", about, got.err)
		return
	}
	if !matches(want.v, got.v, r.Exact) {
		fs.add(what+"."+kind, want.line, diffJSON(want.v, got.v, r.Exact), "%s: the %s body differs", about, kind)
	}
}

// header finds a header by name, ignoring case as HTTP does.
func header(headers map[string]string, name string) (string, bool) {
	if v, ok := headers[name]; ok {
		return v, true
	}
	for k, v := range headers {
		if strings.EqualFold(k, name) {
			return v, true
		}
	}
	return "", false
}

func listHeaders(headers map[string]string) string {
	names := make([]string, 0, len(headers))
	for name := range headers {
		names = append(names, name)
	}
	sort.Strings(names)
	lines := make([]string, len(names))
	for i, name := range names {
		lines[i] = "  " + name + ": " + headers[name]
	}
	return strings.Join(lines, "\n")
}

// parsed is a body read as JSON or as a form.
type parsed struct {
	v   any
	err error
}

func jsonBody(body string) parsed {
	var v any
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		return parsed{err: fmt.Errorf("the body is not JSON (%v)", err)}
	}
	return parsed{v: v}
}

// formBody reads a urlencoded or multipart form into a map of field to
// value (a list when a field repeats).
func formBody(ex harness.Exchange) parsed {
	values, err := formValues(ex)
	if err != nil {
		return parsed{err: err}
	}
	out := make(map[string]any, len(values))
	for k, vs := range values {
		if len(vs) == 1 {
			out[k] = vs[0]
			continue
		}
		list := make([]any, len(vs))
		for i, v := range vs {
			list[i] = v
		}
		out[k] = list
	}
	return parsed{v: out}
}

func formValues(ex harness.Exchange) (url.Values, error) {
	ctype, _ := header(ex.Headers, "Content-Type")
	mediaType, params, _ := mime.ParseMediaType(ctype)
	if mediaType != "multipart/form-data" {
		values, err := url.ParseQuery(ex.Body)
		if err != nil {
			return nil, fmt.Errorf("the body is not a form (%v)", err)
		}
		return values, nil
	}
	mr := multipart.NewReader(bytes.NewReader([]byte(ex.Body)), params["boundary"])
	values := url.Values{}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return values, nil
		}
		if err != nil {
			return nil, fmt.Errorf("the body is not a multipart form (%v)", err)
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return nil, fmt.Errorf("the body is not a multipart form (%v)", err)
		}
		values.Add(part.FormName(), string(data))
	}
}
