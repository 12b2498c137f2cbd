package stubs

import (
	"fmt"
	"strings"
)

// Miss is a request to a stubbed host that no stub matched, with the
// closest stub and how the request differs from it.
type Miss struct {
	Host   string `json:"host"`
	Method string `json:"method"`
	URL    string `json:"url"`
	// Closest names the closest stub ("" when the host has none left).
	Closest string `json:"closest,omitempty"`
	// Differences are the fields of the closest stub the request fails.
	Differences []Difference `json:"differences,omitempty"`
	// Report is the near-miss report, the 404's body.
	Report string `json:"report"`
}

// Difference is one field of a stub compared with the request.
type Difference struct {
	Field string `json:"field"`
	Want  string `json:"want"`
	Got   string `json:"got"`
	// Why says where a body differs, when the matcher can tell.
	Why string `json:"why,omitempty"`
	OK  bool   `json:"-"`
}

// Summary is the miss in one line, for a run's problems.
func (m *Miss) Summary() string {
	s := fmt.Sprintf("%s %s%s matched no stub", m.Method, m.Host, m.URL)
	if m.Closest == "" {
		return s
	}
	fields := make([]string, len(m.Differences))
	for i, d := range m.Differences {
		fields[i] = d.Field
	}
	return fmt.Sprintf("%s; the closest, %s, differs in %s", s, m.Closest, strings.Join(fields, ", "))
}

// compare lays the stub's request side against the request, field by
// field.
func (st *Stub) compare(in *incoming) []Difference {
	var rows []Difference
	if m := st.Request.Method; m != "" && m != "ANY" {
		rows = append(rows, Difference{Field: "Method", Want: m, Got: in.method, OK: m == in.method})
	}
	if u := st.Request.URL; u != nil {
		rows = append(rows, u.compare(in))
	}
	for _, q := range st.Request.Query {
		values, ok := in.query[q.Name]
		rows = append(rows, Difference{Field: "Query: " + q.Name, Want: q.Matcher.String(), Got: showValues(values, ok), OK: q.Matcher.matchValues(values)})
	}
	for _, h := range st.Request.Headers {
		values, ok := in.header[h.Name]
		rows = append(rows, Difference{Field: "Header: " + h.Name, Want: h.Matcher.String(), Got: showValues(values, ok), OK: h.Matcher.matchValues(values)})
	}
	for i := range st.Request.Body {
		ok, why := st.Request.Body[i].check(in.body)
		rows = append(rows, Difference{Field: "Body", Want: st.Request.Body[i].describe(), Got: show(string(in.body)), Why: why, OK: ok})
	}
	return rows
}

func (u *URLMatcher) compare(in *incoming) Difference {
	got := in.path
	if u.Kind == "url" || u.Kind == "urlPattern" {
		got = in.uri
	}
	d := Difference{Field: "URL", Got: show(got), Want: show(u.Value)}
	switch u.Kind {
	case "url", "urlPath":
		d.OK = got == u.Value
	default:
		d.Want = "[matches] " + show(u.Value)
		d.OK = u.re.match(got)
	}
	if u.Kind == "urlPath" || u.Kind == "urlPathPattern" {
		d.Field = "URL path"
	}
	return d
}

func matches(rows []Difference) bool {
	for _, r := range rows {
		if !r.OK {
			return false
		}
	}
	return true
}

// nearMiss finds the candidate the request fails in the smallest share
// of its fields (then the fewest; then the winner among equals), as
// WireMock ranks by a distance normalised over the stub's matchers, and
// writes the report.
func nearMiss(in *incoming, cands []Stub) Miss {
	miss := Miss{Host: in.host, Method: in.method, URL: in.uri}
	var best []Difference
	bestFails := -1
	for i := range cands {
		rows := cands[i].compare(in)
		fails := 0
		for _, r := range rows {
			if !r.OK {
				fails++
			}
		}
		// fails/len(rows) < bestFails/len(best), without division.
		share, bestShare := fails*len(best), bestFails*len(rows)
		if bestFails < 0 || share < bestShare || (share == bestShare && fails < bestFails) {
			best, bestFails, miss.Closest = rows, fails, cands[i].label()
		}
	}
	for _, r := range best {
		if !r.OK {
			miss.Differences = append(miss.Differences, r)
		}
	}
	miss.Report = report(in, miss.Closest, best)
	return miss
}

// report is the near-miss report in WireMock's manner: the closest stub
// on the left, the request on the right, and a marker on each line that
// does not match.
func report(in *incoming, closest string, rows []Difference) string {
	var b strings.Builder
	b.WriteString("Request was not matched\n=======================\n\n")
	fmt.Fprintf(&b, "%s %s%s\n\n", in.method, in.host, in.uri)
	if closest == "" {
		fmt.Fprintf(&b, "No stub is left for %s.\n", in.host)
		return b.String()
	}
	fmt.Fprintf(&b, "Closest stub: %s\n\n", closest)
	width := len("Closest stub")
	for _, r := range rows {
		width = max(width, min(len(r.Field)+2+len(r.Want), 60))
	}
	line := strings.Repeat("-", width*2+8) + "\n"
	b.WriteString(line)
	fmt.Fprintf(&b, "| %-*s | %s\n", width, "Closest stub", "Request")
	b.WriteString(line)
	for _, r := range rows {
		fmt.Fprintf(&b, "| %-*s | %s", width, r.Field+": "+r.Want, r.Got)
		if !r.OK {
			fmt.Fprintf(&b, "   <<<<< %s does not match", r.Field)
			if r.Why != "" {
				b.WriteString(": " + r.Why)
			}
		}
		b.WriteString("\n")
	}
	b.WriteString(line)
	return b.String()
}

func showValues(values []string, present bool) string {
	if !present {
		return "(absent)"
	}
	shown := make([]string, len(values))
	for i, v := range values {
		shown[i] = show(v)
	}
	return strings.Join(shown, ", ")
}

// show puts a request's value in a report whole, never cut: a cut secret
// could no longer be recognised and masked. Long values are only
// measured.
func show(s string) string {
	if len(s) > maxShown {
		return fmt.Sprintf("(%d bytes)", len(s))
	}
	flat := strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	if strings.HasPrefix(flat, "{") || strings.HasPrefix(flat, "[") {
		return flat // JSON shows its own quotes
	}
	return `"` + flat + `"`
}

// maxShown is the longest value a report shows; longer ones are measured.
const maxShown = 1000
