package webui_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/webui"
)

// journalSize is the number of messages the page benchmarks hold: the
// scale the inbox must work at without stalling.
const journalSize = 10000

// Destinations of the benchmark's messages: most are accepted, the
// faulted one is rejected by 8x8, as an inbox holds both.
const (
	benchTo      = "+6512345678"
	benchFaulted = "+6599990000"
	benchSID     = "AC00000000000000000000000000000001"
)

// fullServer is a fake server with the pages mounted, as serve runs it,
// holding journalSize messages: 8x8 SMS (one in ten rejected by a fault),
// Twilio SMS and Twilio voice calls that say their code digit by digit.
// It is served over loopback, as a browser reaches it.
func fullServer(b *testing.B) (srv *fakeserver.Server, base string) {
	b.Helper()
	srv, err := fakeserver.New(fakeserver.Config{UI: webui.Pages(), Runner: func(env fakeserver.RunnerEnv) http.Handler {
		return webui.Runner(webui.RunnerConfig{Fakes: env.Fakes, MaskSecrets: env.MaskSecrets})
	}})
	if err != nil {
		b.Fatal(err)
	}
	fault := `[{"destination": "` + benchFaulted + `", "status": 500, "code": 2000}]`
	if rec := serveDirect(srv, http.MethodPut, "/_hookemu/api/v1/faults/8x8", "application/json", fault, ""); rec.Code != http.StatusOK {
		b.Fatalf("setting the fault: %d %s", rec.Code, rec.Body)
	}
	for i := range journalSize {
		if rec := sendDirect(srv, i); rec.Code >= 300 && rec.Code != http.StatusInternalServerError {
			b.Fatalf("message %d: %d %s", i, rec.Code, rec.Body)
		}
	}
	ts := httptest.NewServer(srv)
	b.Cleanup(ts.Close)
	return srv, ts.URL
}

// sendDirect sends the i-th message of the benchmark's journal straight
// to the server's handler (filling is not what is measured).
func sendDirect(srv *fakeserver.Server, i int) *httptest.ResponseRecorder {
	code := fmt.Sprintf("%06d", 100000+i%900000)
	switch {
	case i%10 == 9:
		form := url.Values{"To": {benchTo}, "From": {"+15005550006"},
			"Twiml": {"<Response><Say>Your code is " + strings.Join(strings.Split(code, ""), ", ") + ".</Say></Response>"}}
		return serveDirect(srv, http.MethodPost, "/2010-04-01/Accounts/"+benchSID+"/Calls.json", "application/x-www-form-urlencoded", form.Encode(), "Basic")
	case i%10 >= 7:
		form := url.Values{"To": {benchTo}, "From": {"+15005550006"}, "Body": {"Your verification code is: " + code}}
		return serveDirect(srv, http.MethodPost, "/2010-04-01/Accounts/"+benchSID+"/Messages.json", "application/x-www-form-urlencoded", form.Encode(), "Basic")
	default:
		to := benchTo
		if i%10 == 0 {
			to = benchFaulted
		}
		body := `{"destination": "` + to + `", "text": "Your verification code is: ` + code + `", "encoding": "AUTO"}`
		return serveDirect(srv, http.MethodPost, "/api/v1/subaccounts/acme/messages", "application/json", body, "Bearer")
	}
}

func serveDirect(srv *fakeserver.Server, method, target, contentType, body, auth string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	switch auth {
	case "Bearer":
		req.Header.Set("Authorization", "Bearer bench-key")
	case "Basic":
		req.SetBasicAuth(benchSID, "bench-token")
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	return rec
}

// pageAssets are what a page's HTML makes the browser fetch: its
// stylesheet and scripts.
var pageAssets = regexp.MustCompile(`(?:src|href)="(` + regexp.QuoteMeta(webui.AssetPrefix) + `[^"]+)"`)

// pageLoad does what a browser does to show a page with an empty cache:
// the HTML, every asset it names, then the requests its scripts make
// before the page shows its data. It returns the bytes received.
type pageLoad struct {
	b      *testing.B
	client *http.Client
	base   string
	bytes  int64
}

func (l *pageLoad) get(path string) string {
	resp, err := l.client.Get(l.base + path)
	if err != nil {
		l.b.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		l.b.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		l.b.Fatalf("GET %s: %d %s", path, resp.StatusCode, body)
	}
	l.bytes += int64(len(body))
	return string(body)
}

// html loads a page and its assets.
func (l *pageLoad) html(path string) {
	page := l.get(path)
	for _, m := range pageAssets.FindAllStringSubmatch(page, -1) {
		l.get(m[1])
	}
}

// events opens the event stream as EventSource does and waits until it
// is subscribed, which the inbox waits for before reading its first page.
func (l *pageLoad) events() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, l.base+"/_hookemu/api/v1/events", nil)
	if err != nil {
		l.b.Fatal(err)
	}
	req.Header.Set("Accept", "text/event-stream")
	resp, err := l.client.Do(req)
	if err != nil {
		l.b.Fatal(err)
	}
	defer resp.Body.Close()
	lines := bufio.NewScanner(resp.Body)
	for lines.Scan() {
		if lines.Text() == ": connected" {
			return
		}
	}
	l.b.Fatalf("the event stream ended before it was connected: %v", lines.Err())
}

// pages are the page loads measured: each page with the requests its
// scripts make on load (read from inbox.js, faults.js, message.js and
// run.js; the session token is asked for only before a change, except by
// the runner, which reads whether it is on).
var pages = []struct {
	name string
	load func(l *pageLoad)
}{
	{"inbox", func(l *pageLoad) {
		l.html("/")
		l.get("/_hookemu/api/v1/faults")
		l.events()
		l.get("/_hookemu/api/v1/messages?limit=50")
	}},
	{"inbox searching the text", func(l *pageLoad) {
		l.html("/")
		l.get("/_hookemu/api/v1/faults")
		l.events()
		l.get("/_hookemu/api/v1/messages?limit=50&text=code+is%3A+1000")
	}},
	{"inbox filtered by provider and destination", func(l *pageLoad) {
		l.html("/")
		l.get("/_hookemu/api/v1/faults")
		l.events()
		l.get("/_hookemu/api/v1/messages?limit=50&provider=8x8&destination=%2B6599990000")
	}},
	{"inbox's oldest page", func(l *pageLoad) {
		l.html("/")
		l.get("/_hookemu/api/v1/faults")
		l.events()
		l.get("/_hookemu/api/v1/messages?limit=50&before=51")
	}},
	{"the oldest message", func(l *pageLoad) {
		l.html("/messages/8x8-1")
		l.get("/_hookemu/api/v1/messages/8x8-1")
	}},
	{"the newest message", func(l *pageLoad) {
		l.html("/messages/twilio-3000")
		l.get("/_hookemu/api/v1/messages/twilio-3000")
	}},
	{"runner", func(l *pageLoad) {
		l.html("/run")
		l.get(webui.AssetPrefix + "payload.json")
		l.get("/_hookemu/api/v1/session")
		l.get("/_hookemu/api/v1/hooks")
	}},
}

// BenchmarkPageLoad measures one page load (op) with journalSize
// messages in the journal, from a loopback server, as a browser with an
// empty cache makes it, one request after another.
func BenchmarkPageLoad(b *testing.B) {
	_, base := fullServer(b)
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			l := &pageLoad{b: b, client: &http.Client{}, base: base}
			b.ReportAllocs()
			for b.Loop() {
				p.load(l)
			}
			b.ReportMetric(float64(l.bytes)/float64(b.N), "bytes/load")
		})
	}
}
