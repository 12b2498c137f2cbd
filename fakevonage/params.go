package fakevonage

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// maxBodyBytes bounds what the fake reads of a request body: a send is a
// few hundred bytes, and a hostile client must not exhaust memory.
const maxBodyBytes = 64 << 10

// params are a send's parameters, read from the query and the body alike.
type params map[string]string

// readParams merges the query and the body (form or JSON object), the
// body winning. A body it cannot read adds nothing: the service then
// finds parameters missing, which is how it answers such a body.
func readParams(rawQuery string, header http.Header, body []byte) params {
	p := params{}
	if q, err := url.ParseQuery(rawQuery); err == nil {
		p.addValues(q)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return p
	}
	media, _, _ := mime.ParseMediaType(header.Get("Content-Type"))
	switch {
	case media == "application/json" || strings.HasSuffix(media, "+json"):
		p.addJSON(body)
	default:
		if f, err := url.ParseQuery(string(body)); err == nil {
			p.addValues(f)
		}
	}
	return p
}

func (p params) addValues(v url.Values) {
	for k, vs := range v {
		if len(vs) > 0 {
			p[k] = vs[0]
		}
	}
}

// addJSON takes a JSON object's members; numbers and booleans count as
// their written form, as the service reads them.
func (p params) addJSON(body []byte) {
	var obj map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if dec.Decode(&obj) != nil {
		return
	}
	for k, raw := range obj {
		var v any
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		if d.Decode(&v) != nil {
			continue
		}
		switch x := v.(type) {
		case string:
			p[k] = x
		case json.Number:
			p[k] = x.String()
		case bool:
			p[k] = strconv.FormatBool(x)
		case nil:
		default:
			p[k] = fmt.Sprint(x)
		}
	}
}

// has says whether name was given, even empty.
func (p params) has(name string) bool {
	_, ok := p[name]
	return ok
}

// basicAuth reads an Authorization: Basic header.
func basicAuth(header http.Header) (user, password string, ok bool) {
	scheme, value, found := strings.Cut(strings.TrimSpace(header.Get("Authorization")), " ")
	if !found || !strings.EqualFold(scheme, "Basic") {
		return "", "", false
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(value))
	if err != nil {
		return "", "", false
	}
	return strings.Cut(string(raw), ":")
}
