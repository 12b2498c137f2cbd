package fake8x8

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConcurrentClientsShareOneFake is meant for -race: many clients send
// over real HTTP while others read the journal, the messages and the faults.
func TestConcurrentClientsShareOneFake(t *testing.T) {
	t.Parallel()
	s := New(Config{APIKey: testKey})
	srv := httptest.NewServer(s)
	defer srv.Close()

	const clients, perClient = 16, 25
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			for i := range perClient {
				body := fmt.Sprintf(`{"destination":"+659%03d%04d","text":"code %d"}`, c, i, i)
				if i%5 == 0 {
					body = `{"destination":"bad","text":"x"}`
				}
				req, err := http.NewRequest(http.MethodPost, srv.URL+sendPath, strings.NewReader(body))
				if !assert.NoError(t, err) {
					return
				}
				req.Header = authHeader()
				resp, err := srv.Client().Do(req)
				if assert.NoError(t, err) {
					_ = resp.Body.Close()
				}
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	wg.Go(func() { readContinuously(ctx, s) })

	_, err := s.Journal().WaitFor(context.Background(), func(e []fakekit.Entry) bool { return len(e) == clients*perClient })
	require.NoError(t, err)
	cancel()
	wg.Wait()
	assert.Len(t, s.Messages(), clients*perClient*4/5, "every valid message is stored once")
	ids := map[string]bool{}
	for _, m := range s.Messages() {
		ids[m.UMID] = true
	}
	assert.Len(t, ids, clients*perClient*4/5, "every umid is unique")
}

func readContinuously(ctx context.Context, s *Server) {
	for ctx.Err() == nil {
		_ = s.Messages()
		_ = s.Entries()
		_ = s.Faults()
		s.SetFaults(nil)
		_, _, _ = s.Check(http.MethodPost, sendPath, authHeader(), []byte(validSend))
	}
}

// TestManyFakesRunSideBySide shows that fakes share no state: each
// parallel subtest sees only its own messages.
func TestManyFakesRunSideBySide(t *testing.T) {
	t.Parallel()
	for i := range 8 {
		t.Run(fmt.Sprintf("fake %d sees only its own messages", i), func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{APIKey: fmt.Sprint("key-", i)})
			header := http.Header{"Authorization": {fmt.Sprint("Bearer key-", i)}}
			for range i + 1 {
				require.Equal(t, http.StatusOK, do(t, s, request{path: sendPath, body: validSend, header: header}).status)
			}
			assert.Len(t, s.Messages(), i+1)
			assert.Len(t, s.Entries(), i+1)
		})
	}
}
