package faketwilio_test

import (
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
)

func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	const workers, perWorker = 8, 25
	srv := newServer(faketwilio.Config{Faults: []fakekit.Fault{{Destination: "+14155550000", Status: 500}}})
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				to := fmt.Sprintf("+1415555%02d%02d", w+1, i)
				assert.Equal(t, http.StatusCreated, serve(srv, post(messagesPath, with(validMessage, "To", to))).Code)
				assert.Equal(t, http.StatusCreated, serve(srv, post(callsPath, with(validCall, "To", to))).Code)
				assert.Equal(t, http.StatusCreated, serve(srv, post(verifyPath, with(validVerification, "To", to))).Code)
				assert.Equal(t, http.StatusInternalServerError, serve(srv, post(messagesPath, with(validMessage, "To", "+14155550000"))).Code)
				_, _, ok := srv.Check(http.MethodPost, messagesPath, post(messagesPath, nil).Header, []byte(validMessage.Encode()))
				assert.True(t, ok)
				_ = srv.Messages()
				_ = srv.Journal().Entries()
				if i == perWorker/2 {
					srv.SetFaults(srv.Faults())
				}
			}
		})
	}
	wg.Wait()

	n := workers * perWorker
	assert.Len(t, srv.Messages(), n)
	assert.Len(t, srv.Calls(), n)
	assert.Len(t, srv.Verifications(), n)
	assert.Equal(t, 4*n, srv.Journal().Len())
}

func TestConcurrentSendsNeverExceedTheAttemptLimit(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	var created, refused atomic.Int32
	var wg sync.WaitGroup
	for range 40 {
		wg.Go(func() {
			switch serve(srv, post(verifyPath, validVerification)).Code {
			case http.StatusCreated:
				created.Add(1)
			case http.StatusTooManyRequests:
				refused.Add(1)
			}
		})
	}
	wg.Wait()
	assert.Equal(t, int32(5), created.Load())
	assert.Equal(t, int32(35), refused.Load())
	verifications := srv.Verifications()
	assert.Len(t, verifications, 5)
	for _, v := range verifications {
		assert.Equal(t, verifications[0].SID, v.SID)
	}
}

func TestServersShareNothing(t *testing.T) {
	t.Parallel()
	a, b := newServer(faketwilio.Config{}), newServer(faketwilio.Config{})
	serve(a, post(messagesPath, validMessage))
	assert.Len(t, a.Messages(), 1)
	assert.Empty(t, b.Messages())
	assert.Zero(t, b.Journal().Len())
}
