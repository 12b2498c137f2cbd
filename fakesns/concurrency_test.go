package fakesns_test

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/fakesns"
)

func TestConcurrentPublishesAreAllRecorded(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{JournalSize: 10})
	var wg sync.WaitGroup
	codes := make([]int, 40)
	for i := range codes {
		req := call{form: publish("+14155550100", "hi")}.request(t)
		wg.Go(func() {
			rec := httptest.NewRecorder()
			fake.ServeHTTP(rec, req)
			codes[i] = rec.Code
		})
		if i%2 == 0 {
			wg.Go(func() { _ = fake.SMSAttributes(); _ = fake.Messages() })
		}
	}
	wg.Wait()
	for _, code := range codes {
		assert.Equal(t, http.StatusOK, code)
	}
	assert.Len(t, fake.Messages(), 10, "the store keeps the newest, within its bound")
	assert.Len(t, fake.Journal().Entries(), 10)
}
