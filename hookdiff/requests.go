package hookdiff

import (
	"net/http"
	"net/url"
	"reflect"
	"sort"
	"strings"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/hookemu/hookemu/harness"
)

// compareRequests matches each old request with an identical new one
// (requests sent at once need not start in the same order); what is left
// is paired up in order and compared field by field.
func compareRequests(old, next []harness.Exchange) []Difference {
	taken := make([]bool, len(next))
	var oldLeft, newLeft []int
	for i, o := range old {
		j := identical(o, next, taken)
		if j < 0 {
			oldLeft = append(oldLeft, i)
			continue
		}
		taken[j] = true
	}
	for j := range next {
		if !taken[j] {
			newLeft = append(newLeft, j)
		}
	}
	var diffs []Difference
	for k := range max(len(oldLeft), len(newLeft)) {
		switch {
		case k < len(oldLeft) && k < len(newLeft):
			diffs = append(diffs, compareRequest(oldLeft[k]+1, old[oldLeft[k]], next[newLeft[k]])...)
		case k < len(oldLeft):
			o := old[oldLeft[k]]
			diffs = append(diffs, Difference{Request: oldLeft[k] + 1, Where: where(o), What: "request", Old: "sent", New: "not sent"})
		default:
			n := next[newLeft[k]]
			diffs = append(diffs, Difference{Request: newLeft[k] + 1, Where: where(n), What: "request", Old: "not sent", New: "sent"})
		}
	}
	return diffs
}

// identical is the first new request not yet taken that o does not
// differ from, or -1.
func identical(o harness.Exchange, next []harness.Exchange, taken []bool) int {
	for j, n := range next {
		if !taken[j] && len(compareRequest(0, o, n)) == 0 {
			return j
		}
	}
	return -1
}

func where(ex harness.Exchange) string { return ex.Method + " " + ex.URL }

// compareRequest compares one request field by field.
func compareRequest(number int, o, n harness.Exchange) []Difference {
	var diffs []Difference
	add := func(what, before, after string) {
		diffs = append(diffs, Difference{Request: number, Where: where(o), What: what, Old: before, New: after})
	}
	if !strings.EqualFold(o.Method, n.Method) {
		add("method", o.Method, n.Method)
	}
	if !sameURL(o.URL, n.URL) {
		add("url", o.URL, n.URL)
	}
	for _, name := range headerNames(o.Headers, n.Headers) {
		ov, _ := header(o.Headers, name)
		nv, _ := header(n.Headers, name)
		if ov != nv && !signedAtAnotherTime(name, o.Headers, n.Headers) {
			add("header "+name, ov, nv)
		}
	}
	for _, d := range compareBodies(o, n) {
		add(d.what, d.old, d.new)
	}
	return diffs
}

// sameURL compares URLs with their query parameters in any order.
func sameURL(a, b string) bool {
	if a == b {
		return true
	}
	ua, errA := url.Parse(a)
	ub, errB := url.Parse(b)
	if errA != nil || errB != nil {
		return false
	}
	qa, qb := ua.Query(), ub.Query()
	ua.RawQuery, ub.RawQuery = "", ""
	return ua.String() == ub.String() && reflect.DeepEqual(qa, qb)
}

// headerNames lists the headers either request has, but the ignored
// ones, in canonical form and order.
func headerNames(a, b map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range []map[string]string{a, b} {
		for name := range m {
			name = http.CanonicalHeaderKey(name)
			if !seen[name] && !ignored(name) {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	sort.Strings(out)
	return out
}

// header reads a header whatever the case of its name.
func header(h map[string]string, name string) (string, bool) {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			return v, true
		}
	}
	return "", false
}

// sigV4Signature is the part of an AWS Signature V4 Authorization header
// computed over the request's time.
var sigV4Signature = lazyre.New(`Signature=[0-9a-f]+`)

// signedAtAnotherTime tells whether a header differs only because the two
// runs signed their requests at different times (an SDK's retry after a
// backoff crossing a second): AWS's X-Amz-Date, and the Signature of an
// AWS4 Authorization whose X-Amz-Date differs, the rest of it (key id,
// scope, signed headers) still compared.
func signedAtAnotherTime(name string, o, n map[string]string) bool {
	od, _ := header(o, "X-Amz-Date")
	nd, _ := header(n, "X-Amz-Date")
	if od == "" || nd == "" || od == nd {
		return false
	}
	switch name {
	case "X-Amz-Date":
		return true
	case "Authorization":
		ov, _ := header(o, name)
		nv, _ := header(n, name)
		return sigV4Signature().ReplaceAllString(ov, "Signature=") == sigV4Signature().ReplaceAllString(nv, "Signature=")
	}
	return false
}
