package fakeserver_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakeserver"
)

// soakSends is how many SMS each phase of the soak sends: the full
// 100,000 without the race detector (about 25 s of CPU for both phases),
// 5,000 under it (it slows each request about tenfold, and the suite runs
// under it on two shared cores), and 1,000 with -short. Run the full soak
// with
//
//	go test -run TestServeSoak -v ./fakeserver/
func soakSends() int {
	switch {
	case testing.Short():
		return 1_000
	case raceEnabled:
		return 5_000
	}
	return 100_000
}

// Soak bounds: journals small enough that the soak overflows them many
// times, and a heap and RSS far above what they hold, far below what an
// unbounded journal would take.
const (
	soakMaxMessages = 2_000
	soakMaxBytes    = 2 << 20
	soakMaxHeap     = 256 << 20
	soakMaxRSS      = 512 << 20
)

// TestServeSoak runs `serve` as it runs for other programs, on loopback,
// and sends soakSends SMS through 8 and then 64 connections, alternating
// 8x8 and Twilio, while long polls follow the after cursor and DELETE
// clears the journals every tenth of the way. Every request must be
// answered as planned, the journals must stay within their bounds, and
// the heap (and, without the race detector, the RSS) within a bound that
// does not grow with the number of sends. It does not run in parallel, so
// the memory it measures is its own.
func TestServeSoak(t *testing.T) {
	srv, addr := serveOn(t, fakeserver.Config{MaxMessages: soakMaxMessages, MaxBytes: soakMaxBytes})
	base := "http://" + addr
	for _, conns := range []int{8, 64} {
		t.Run(fmt.Sprintf("%d connections", conns), func(t *testing.T) {
			soak := newSoak(t, base, conns)
			soak.run(soakSends())
			assert.Zero(t, soak.failures.Load(), "every request is answered as planned; first failure: %v", soak.firstFailure())
			assert.Positive(t, soak.polls.Load(), "long polls ran alongside")
			assert.LessOrEqual(t, soak.maxHeap.Load(), uint64(soakMaxHeap), "the heap stays bounded")
		})
	}
	for _, j := range []*fakekit.Journal{srv.Fake("8x8").Journal(), srv.Fake("twilio").Journal()} {
		assert.LessOrEqual(t, j.Len(), soakMaxMessages)
		assert.LessOrEqual(t, j.Bytes(), int64(soakMaxBytes))
	}
	assert.LessOrEqual(t, len(fake8x8Of(srv).Messages()), soakMaxMessages)
	assert.LessOrEqual(t, len(fakeTwilioOf(srv).Messages()), soakMaxMessages)
	if rss, ok := residentBytes(); ok && !raceEnabled {
		assert.LessOrEqual(t, rss, uint64(soakMaxRSS), "the process's RSS stays bounded")
	}
}

// soak is one phase: conns connections sending, two long polls and the
// deletes between them.
type soak struct {
	t        *testing.T
	base     string
	senders  *http.Client
	others   *http.Client
	next     atomic.Int64
	failures atomic.Int64
	polls    atomic.Int64
	maxHeap  atomic.Uint64
	mu       sync.Mutex
	first    error
}

func newSoak(t *testing.T, base string, conns int) *soak {
	transport := &http.Transport{MaxConnsPerHost: conns, MaxIdleConnsPerHost: conns}
	t.Cleanup(transport.CloseIdleConnections)
	others := &http.Transport{MaxIdleConnsPerHost: 4}
	t.Cleanup(others.CloseIdleConnections)
	return &soak{t: t, base: base, senders: &http.Client{Transport: transport}, others: &http.Client{Transport: others}}
}

func (s *soak) run(sends int) {
	stop := make(chan struct{})
	var pollers sync.WaitGroup
	for range 2 {
		pollers.Go(func() { s.poll(stop) })
	}
	var senders sync.WaitGroup
	conns := s.senders.Transport.(*http.Transport).MaxConnsPerHost
	for range conns {
		senders.Go(func() {
			for i := s.next.Add(1); i <= int64(sends); i = s.next.Add(1) {
				s.send(i)
				if i%int64(sends/10) == 0 {
					s.expect(s.others, http.MethodDelete, s.base+apiV1+"messages", "", "", http.StatusNoContent)
				}
				if i%1000 == 0 {
					s.sampleHeap()
				}
			}
		})
	}
	senders.Wait()
	close(stop)
	pollers.Wait()
}

// send is SMS i: odd ones to 8x8, even ones to Twilio.
func (s *soak) send(i int64) {
	to := fmt.Sprintf("+6591%06d", i%1_000_000)
	if i%2 == 1 {
		s.expect(s.senders, http.MethodPost, s.base+send8x8Path, "application/json",
			`{"destination":"`+to+`","text":"Your code is `+strconv.FormatInt(i, 10)+`"}`, http.StatusOK)
		return
	}
	form := url.Values{"To": {to}, "From": {"+15005550006"}, "Body": {"Your code is " + strconv.FormatInt(i, 10)}}
	s.expect(s.senders, http.MethodPost, s.base+twilioMessagesPath, "application/x-www-form-urlencoded", form.Encode(), http.StatusCreated)
}

// poll follows the after cursor until stop, checking that each answer
// holds only what came after the cursor it asked with.
func (s *soak) poll(stop <-chan struct{}) {
	var after int64
	for {
		select {
		case <-stop:
			return
		default:
		}
		var got cursorList
		status, err := s.get(fmt.Sprintf("%swait?count=1&limit=10&timeout=2s&after=%d", s.base+apiV1, after), &got)
		switch {
		case err != nil:
			s.fail(err)
			return
		case status == http.StatusRequestTimeout:
			continue
		case status != http.StatusOK:
			s.fail(fmt.Errorf("wait answered %d", status))
			return
		}
		s.polls.Add(1)
		for _, m := range got.Messages {
			if m.Seq <= after {
				s.fail(fmt.Errorf("wait after %d answered %s (seq %d)", after, m.ID, m.Seq))
			}
		}
		after = got.After
	}
}

func (s *soak) get(u string, out any) (int, error) {
	resp, err := s.others.Get(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, json.NewDecoder(resp.Body).Decode(out)
}

func (s *soak) expect(client *http.Client, method, u, contentType, body string, want int) {
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		s.fail(err)
		return
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Authorization", "Bearer soak")
	if strings.Contains(u, "/2010-04-01/") {
		req.SetBasicAuth(twilioSID, "soak")
	}
	resp, err := client.Do(req)
	if err != nil {
		s.fail(err)
		return
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != want {
		s.fail(fmt.Errorf("%s %s answered %d, want %d", method, u, resp.StatusCode, want))
	}
}

func (s *soak) fail(err error) {
	s.failures.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.first == nil {
		s.first = err
	}
}

func (s *soak) firstFailure() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.first
}

// sampleHeap records the live heap, read without stopping the world.
func (s *soak) sampleHeap() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	heap := sample[0].Value.Uint64()
	for {
		seen := s.maxHeap.Load()
		if heap <= seen || s.maxHeap.CompareAndSwap(seen, heap) {
			return
		}
	}
}

// residentBytes is the process's RSS from /proc (Linux only).
func residentBytes() (uint64, bool) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}
