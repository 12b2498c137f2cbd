package scenarios

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hookemu/hookemu/harness"
)

// The page's template, style and script, embedded so that the report is
// one file a CI system keeps as an artifact and a browser opens offline.
//
//go:embed htmlreport/report.html.tmpl htmlreport/report.css htmlreport/report.js
var htmlAssets embed.FS

// Bounds on what the report shows, so that a hook that logs megabytes or
// a provider that answers a huge body cannot make a report no browser
// opens. The JSON output (--json) keeps everything.
const (
	// HTMLValueLimit is the most of one body, log line, diff or error the
	// report shows; the rest is cut with a note.
	HTMLValueLimit = 16 << 10
	// HTMLLogLimit is the most console lines shown per scenario.
	HTMLLogLimit = 500
	// HTMLTotalLimit is the most text the whole report shows; past it,
	// values are replaced by a note.
	HTMLTotalLimit = 32 << 20
)

// HTMLReporter writes one self-contained HTML page when the run ends:
// the counts, then every scenario with its status, where it is written,
// the diff of each unmet expectation, the requests the hook made with
// the provider's answers (secrets masked, as in every report), its
// console output and problems, with buttons that filter by status.
// Every value is escaped: scenario names, bodies and logs come from
// whoever wrote the scenarios and hooks.
type HTMLReporter struct {
	w    io.Writer
	page *template.Template
	// totalLimit is HTMLTotalLimit; tests lower it.
	totalLimit int
}

var _ Reporter = (*HTMLReporter)(nil)

// NewHTMLReporter writes the report to w at the end of the run.
func NewHTMLReporter(w io.Writer) *HTMLReporter {
	page := template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
		"diffClass": diffClass,
	}).ParseFS(htmlAssets, "htmlreport/report.html.tmpl"))
	return &HTMLReporter{w: w, page: page, totalLimit: HTMLTotalLimit}
}

// Result does nothing: the page is written whole, in suite order.
func (*HTMLReporter) Result(Result) {}

// Summary writes the page.
func (h *HTMLReporter) Summary(sum Summary) error {
	return h.write(newHTMLPage(sum, nil, h.totalLimit))
}

// LoadErrors writes the page of a run that could not start: each error
// with its position, so CI shows what to fix.
func (h *HTMLReporter) LoadErrors(errs LoadErrors) error {
	return h.write(newHTMLPage(Summary{}, errs, h.totalLimit))
}

func (h *HTMLReporter) write(page htmlPage) error {
	css, err := htmlAssets.ReadFile("htmlreport/report.css")
	if err != nil {
		return fmt.Errorf("cannot write the HTML report: %w", err)
	}
	js, err := htmlAssets.ReadFile("htmlreport/report.js")
	if err != nil {
		return fmt.Errorf("cannot write the HTML report: %w", err)
	}
	// Both are this package's own embedded files, not user input.
	page.CSS, page.JS = template.CSS(css), template.JS(js)
	bw := bufio.NewWriterSize(h.w, 64<<10)
	if err := h.page.Execute(bw, page); err != nil {
		return fmt.Errorf("cannot write the HTML report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cannot write the HTML report: %w", err)
	}
	return nil
}

// htmlPage is what the template shows.
type htmlPage struct {
	Passed, Failed, Skipped, Total int
	Duration                       string
	Scenarios                      []htmlScenario
	LoadErrors                     []string
	ValueLimit                     string
	CSS                            template.CSS
	JS                             template.JS
}

type htmlScenario struct {
	Index                   int
	Name, Where             string
	Status                  Status
	Duration, SkipReason    string
	Failures                []htmlFailure
	Ran                     bool
	Outcome, Error, Runtime string
	Response                string
	Requests                []htmlExchange
	Logs                    []htmlLine
	LogsCut                 string
	Problems                []htmlLine
	// Artifact is the deploy artifact entry the scenario ran, as --json
	// names it (JSONResult.Artifact); nil when its hook is code.
	Artifact *JSONArtifact
}

// htmlLine is a console line or a problem: a level and a message.
type htmlLine struct{ Level, Message string }

type htmlFailure struct {
	Where, What, Message string
	Diff                 []string
}

type htmlExchange struct {
	Method, URL, Status, Error, Provider string
	AfterCallback                        bool
	Headers                              [][2]string
	Body, ResponseBody                   string
}

// newHTMLPage builds the page of a run, or of the load errors that
// stopped it, showing at most totalLimit bytes of what they produced.
func newHTMLPage(sum Summary, errs LoadErrors, totalLimit int) htmlPage {
	c := &htmlCutter{limit: totalLimit, left: totalLimit}
	page := htmlPage{
		Passed: sum.Passed, Failed: sum.Failed, Skipped: sum.Skipped, Total: len(sum.Results),
		Duration: formatDuration(sum.Duration), ValueLimit: byteCount(HTMLValueLimit),
	}
	for _, e := range errs {
		page.LoadErrors = append(page.LoadErrors, c.bulk(e.Error()))
	}
	for i, res := range sum.Results {
		page.Scenarios = append(page.Scenarios, c.scenario(i+1, res))
	}
	return page
}

// htmlCutter cuts values to HTMLValueLimit and keeps the whole report
// under limit.
type htmlCutter struct {
	limit, left int
}

func (c *htmlCutter) scenario(index int, res Result) htmlScenario {
	s := res.Scenario
	sc := htmlScenario{
		Index: index, Name: c.cut(s.ID()), Where: c.cut(fmt.Sprintf("%s:%d", s.File, s.Line)),
		Status: res.Status, Duration: formatDuration(res.Duration), SkipReason: c.cut(res.SkipReason),
	}
	if a := NewJSONResult(res).Artifact; a != nil {
		sc.Artifact = &JSONArtifact{Format: a.Format, Path: c.cut(a.Path), Entry: c.cut(a.Entry), Source: c.cut(a.Source)}
	}
	for _, f := range res.Failures {
		where := s.File
		if f.Line > 0 {
			where = fmt.Sprintf("%s:%d", s.File, f.Line)
		}
		hf := htmlFailure{Where: c.cut(where), What: c.cut(f.What), Message: c.cut(f.Message)}
		if f.Diff != "" {
			hf.Diff = strings.Split(c.bulk(f.Diff), "\n")
		}
		sc.Failures = append(sc.Failures, hf)
	}
	if rep := res.Report; rep != nil {
		c.report(&sc, rep)
	}
	return sc
}

func (c *htmlCutter) report(sc *htmlScenario, rep *harness.Report) {
	sc.Ran, sc.Outcome, sc.Runtime = true, string(rep.Outcome), rep.Runtime
	if rep.Error != nil {
		sc.Error = c.bulk(strings.TrimSpace(rep.Error.Name + ": " + rep.Error.Message))
	}
	if len(rep.Response) > 0 && string(rep.Response) != "null" {
		sc.Response = c.body(string(rep.Response))
	}
	for _, ex := range rep.Requests {
		sc.Requests = append(sc.Requests, c.exchange(ex))
	}
	for i, l := range rep.Logs {
		if i == HTMLLogLimit {
			sc.LogsCut = fmt.Sprintf("%d more console lines not shown: the report shows at most %d per scenario (--json has them all)", len(rep.Logs)-i, HTMLLogLimit)
			break
		}
		sc.Logs = append(sc.Logs, htmlLine{Level: l.Level, Message: c.bulk(l.Message)})
	}
	for _, p := range rep.Problems {
		sc.Problems = append(sc.Problems, htmlLine{Level: p.Severity, Message: c.bulk(p.Message)})
	}
}

func (c *htmlCutter) exchange(ex harness.Exchange) htmlExchange {
	he := htmlExchange{Method: ex.Method, URL: c.cut(ex.URL), Error: c.cut(ex.Error), Provider: ex.Provider,
		AfterCallback: ex.AfterCallback, Body: c.body(ex.Body), ResponseBody: c.body(ex.ResponseBody)}
	if ex.Status != 0 {
		he.Status = fmt.Sprint(ex.Status)
	}
	names := make([]string, 0, len(ex.Headers))
	for name := range ex.Headers {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		he.Headers = append(he.Headers, [2]string{c.cut(name), c.cut(ex.Headers[name])})
	}
	return he
}

// body is a body as people read it: JSON indented, other text as it is.
func (c *htmlCutter) body(body string) string {
	if body == "" {
		return ""
	}
	if len(body) <= HTMLValueLimit {
		var pretty bytes.Buffer
		if json.Indent(&pretty, []byte(body), "", "  ") == nil {
			body = unescapeHTMLInJSON(pretty.String())
		}
	}
	return c.bulk(body)
}

// bulk is what a run produced (a body, a log line, a diff), cut as cut
// does, or once the report holds its limit, a note in its place.
func (c *htmlCutter) bulk(s string) string {
	if c.left <= 0 && s != "" {
		return fmt.Sprintf("(not shown: the report has reached its %s limit; --json has everything)", byteCount(c.limit))
	}
	return c.cut(s)
}

// cut is s, or its first HTMLValueLimit bytes (on a character boundary)
// with a note saying how much was left out and why. Names and positions
// go through cut alone: every scenario keeps its row.
func (c *htmlCutter) cut(s string) string {
	if len(s) > HTMLValueLimit {
		end := HTMLValueLimit
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
		s = fmt.Sprintf("%s\n… cut: %d more bytes not shown (the report shows at most %s of each value; --json has it all)", s[:end], len(s)-end, byteCount(HTMLValueLimit))
	}
	c.left -= len(s)
	return s
}

func byteCount(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// diffClass marks a diff line as expected ("- "), actual ("+ ") or
// context, for its colour.
func diffClass(line string) string {
	switch {
	case strings.HasPrefix(line, "- "):
		return "want"
	case strings.HasPrefix(line, "+ "):
		return "got"
	}
	return "same"
}

// unescapeHTMLInJSON writes \u003c, \u003e and \u0026 in valid JSON as
// the characters they stand for (Go's encoder escapes them), so the
// report shows a body as its author wrote it; the page escapes them
// again as HTML.
var jsonHTMLEscapes = map[string]string{"u003c": "<", "u003e": ">", "u0026": "&"}

func unescapeHTMLInJSON(doc string) string {
	if !strings.Contains(doc, `\u00`) {
		return doc
	}
	var b strings.Builder
	for i := 0; i < len(doc); i++ {
		if doc[i] != '\\' || i+1 == len(doc) {
			b.WriteByte(doc[i])
			continue
		}
		if char, ok := jsonHTMLEscapes[doc[i+1:min(i+6, len(doc))]]; ok {
			b.WriteString(char)
			i += 5
			continue
		}
		b.WriteString(doc[i : i+2]) // any other escape, kept whole
		i++
	}
	return b.String()
}
