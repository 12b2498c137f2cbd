package fidelity

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Difference is one field on which hookemu and Node disagree.
type Difference struct {
	Field   string
	Hookemu string
	Node    string
}

func (d Difference) String() string {
	return fmt.Sprintf("%s:\n      hookemu: %s\n      node:    %s", d.Field, d.Hookemu, d.Node)
}

// randomID matches the SIDs the fake Twilio makes up for each resource;
// they are replaced by their order of appearance before comparing.
var randomID = regexp.MustCompile(`\b(SM|MM|CA|VE|VL)[0-9a-f]{32}\b`)

// normalizer replaces each random id by a stable placeholder, numbered in
// the order the side first showed it.
type normalizer map[string]string

func (n normalizer) apply(s string) string {
	return randomID.ReplaceAllStringFunc(s, func(id string) string {
		if p, ok := n[id]; ok {
			return p
		}
		p := fmt.Sprintf("%s<random-%d>", id[:2], len(n)+1)
		n[id] = p
		return p
	})
}

// side is what one side of a case did, normalised.
type side struct {
	obs      Observation
	requests []Request
}

func normalise(obs Observation, requests []Request) side {
	n := normalizer{}
	out := side{obs: obs}
	if len(obs.Response) > 0 {
		out.obs.Response = json.RawMessage(n.apply(string(obs.Response)))
	}
	if obs.Error != nil {
		e := *obs.Error
		e.Message = n.apply(e.Message)
		out.obs.Error = &e
	}
	invocations := normalizer{}
	for _, r := range requests {
		r.Path, r.Query, r.Body = n.apply(r.Path), n.apply(r.Query), n.apply(r.Body)
		r.Headers = awsSigningHeaders(r.Headers, invocations)
		out.requests = append(out.requests, r)
	}
	// Concurrent requests may arrive in either order.
	sort.SliceStable(out.requests, func(i, j int) bool { return requestKey(out.requests[i]) < requestKey(out.requests[j]) })
	return out
}

// awsAuthorization matches the parts of a Signature V4 Authorization that
// depend on when it was signed: the scope's date and the signature.
var awsAuthorization = regexp.MustCompile(`^(AWS4-HMAC-SHA256 Credential=[^/]*/)\d{8}(/.*Signature=)[0-9a-f]{64}$`)

// awsSigningHeaders replaces what AWS's signing makes different on every
// run (the request time, the signature, the SDK's random invocation id,
// numbered by appearance) with placeholders, in a copy of headers.
func awsSigningHeaders(headers map[string]string, invocations normalizer) map[string]string {
	out := make(map[string]string, len(headers))
	for k, v := range headers {
		out[k] = v
	}
	if _, ok := out["X-Amz-Date"]; ok {
		out["X-Amz-Date"] = "<request time>"
	}
	if auth, ok := out["Authorization"]; ok {
		out["Authorization"] = awsAuthorization.ReplaceAllString(auth, "${1}<date>${2}<signature>")
	}
	if id, ok := out["Amz-Sdk-Invocation-Id"]; ok {
		if p, seen := invocations[id]; seen {
			out["Amz-Sdk-Invocation-Id"] = p
		} else {
			p = fmt.Sprintf("<invocation-%d>", len(invocations)+1)
			invocations[id] = p
			out["Amz-Sdk-Invocation-Id"] = p
		}
	}
	return out
}

func requestKey(r Request) string {
	return strings.Join([]string{r.Method, r.Host, r.Path, r.Query, r.Body}, "\x00")
}

// compare lists every difference between the sides.
func compare(h, n side) []Difference {
	var diffs []Difference
	add := func(field string, hv, nv any) {
		if !reflect.DeepEqual(hv, nv) {
			diffs = append(diffs, Difference{Field: field, Hookemu: show(hv), Node: show(nv)})
		}
	}
	add("outcome", h.obs.Outcome, n.obs.Outcome)
	he, ne := h.obs.Error, n.obs.Error
	if he == nil {
		he = &ErrorFields{}
	}
	if ne == nil {
		ne = &ErrorFields{}
	}
	add("error.name", he.Name, ne.Name)
	add("error.message", he.Message, ne.Message)
	add("error.code", jsonValue(he.Code), jsonValue(ne.Code))
	add("error.status", jsonValue(he.Status), jsonValue(ne.Status))
	diffs = append(diffs, diffJSON("response", parse(h.obs.Response), parse(n.obs.Response))...)
	if len(h.requests) != len(n.requests) {
		return append(diffs, Difference{Field: "requests.count",
			Hookemu: fmt.Sprintf("%d: %s", len(h.requests), show(h.requests)),
			Node:    fmt.Sprintf("%d: %s", len(n.requests), show(n.requests))})
	}
	hr, nr := unmatched(h.requests, n.requests)
	for i := range hr {
		add("requests.method", hr[i].Method, nr[i].Method)
		add("requests.host", hr[i].Host, nr[i].Host)
		add("requests.path", hr[i].Path, nr[i].Path)
		add("requests.query", hr[i].Query, nr[i].Query)
		add("requests.body", hr[i].Body, nr[i].Body)
		diffs = append(diffs, diffHeaders(hr[i].Headers, nr[i].Headers)...)
	}
	return diffs
}

// unmatched drops the requests both sides sent identically and returns the
// rest of each, in order, to be compared pairwise.
func unmatched(h, n []Request) ([]Request, []Request) {
	used := make([]bool, len(n))
	var hr []Request
	for _, r := range h {
		found := false
		for j := range n {
			if !used[j] && reflect.DeepEqual(r, n[j]) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			hr = append(hr, r)
		}
	}
	var nr []Request
	for j := range n {
		if !used[j] {
			nr = append(nr, n[j])
		}
	}
	return hr, nr
}

func diffHeaders(h, n map[string]string) []Difference {
	names := map[string]string{}
	for k := range h {
		names[k] = ""
	}
	for k := range n {
		names[k] = ""
	}
	var diffs []Difference
	for _, name := range sortedKeys(names) {
		hv, hok := h[name]
		nv, nok := n[name]
		if hv != nv || hok != nok {
			diffs = append(diffs, Difference{Field: "requests.header." + name, Hookemu: headerShow(hv, hok), Node: headerShow(nv, nok)})
		}
	}
	return diffs
}

func headerShow(v string, ok bool) string {
	if !ok {
		return "(absent)"
	}
	return strconv.Quote(v)
}

// diffJSON walks two JSON values and reports the paths where they differ.
func diffJSON(path string, h, n any) []Difference {
	hm, hok := h.(map[string]any)
	nm, nok := n.(map[string]any)
	if hok && nok {
		keys := map[string]string{}
		for k := range hm {
			keys[k] = ""
		}
		for k := range nm {
			keys[k] = ""
		}
		var diffs []Difference
		for _, k := range sortedKeys(keys) {
			hv, hin := hm[k]
			nv, nin := nm[k]
			switch {
			case hin && nin:
				diffs = append(diffs, diffJSON(path+"."+k, hv, nv)...)
			case hin:
				diffs = append(diffs, Difference{Field: path + "." + k, Hookemu: show(hv), Node: "(absent)"})
			default:
				diffs = append(diffs, Difference{Field: path + "." + k, Hookemu: "(absent)", Node: show(nv)})
			}
		}
		return diffs
	}
	ha, hok := h.([]any)
	na, nok := n.([]any)
	if hok && nok && len(ha) == len(na) {
		var diffs []Difference
		for i := range ha {
			diffs = append(diffs, diffJSON(fmt.Sprintf("%s[%d]", path, i), ha[i], na[i])...)
		}
		return diffs
	}
	if reflect.DeepEqual(h, n) {
		return nil
	}
	return []Difference{{Field: path, Hookemu: show(h), Node: show(n)}}
}

func parse(raw json.RawMessage) any {
	if len(raw) == 0 {
		return nil
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "unparsable JSON: " + string(raw)
	}
	return v
}

// jsonValue makes numbers comparable whether they came as int64 (goja) or
// float64 (JSON).
func jsonValue(v any) any {
	b, _ := json.Marshal(v)
	var out any
	_ = json.Unmarshal(b, &out)
	return out
}

func show(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
