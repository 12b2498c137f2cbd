package faketwilio

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRecordsKeepTheNewestItems(t *testing.T) {
	t.Parallel()
	r := newRecords(2, 1<<20, func(int) int64 { return 1 })
	r.add("a", 1)
	r.add("b", 2)
	r.add("a", 10)
	assert.Equal(t, []int{10, 2}, r.all(), "adding a known key replaces it in place")
	r.add("c", 3)
	assert.Equal(t, []int{2, 3}, r.all())
	_, ok := r.get("a")
	assert.False(t, ok, "the oldest item is forgotten")
}

func TestRecordsKeepTheNewestItemsWithinTheirBytes(t *testing.T) {
	t.Parallel()
	r := newRecords(100, 10, func(n int) int64 { return int64(n) })
	r.add("a", 4)
	r.add("b", 4)
	r.add("c", 4)
	assert.Equal(t, []int{4, 4}, r.all(), "the oldest goes once the bytes pass the bound")
	r.add("d", 50)
	assert.Equal(t, []int{50}, r.all(), "the newest is kept even when larger than the bound")
}

func TestExpiredVerificationsArePrunedWhenThereAreTooMany(t *testing.T) {
	t.Parallel()
	st := newStore(2, 1<<20)
	start := time.Date(2023, 8, 24, 5, 0, 0, 0, time.UTC)
	srv := New(Config{})
	send := func(to string, at time.Time) {
		t.Helper()
		_, ok := st.addVerification(pendingKey{service: "VA1", to: to},
			Verification{AttemptSID: srv.newSID(prefixAttempt), To: to, DateUpdated: at}, srv.newSID(prefixVerification))
		require.True(t, ok)
	}
	send("+1000001", start)
	send("+1000002", start)
	require.Len(t, st.pending, 2)

	send("+1000003", start.Add(time.Minute))
	assert.Len(t, st.pending, 3, "nothing has expired yet, so nothing is forgotten")

	send("+1000004", start.Add(verificationLifetime))
	assert.Len(t, st.pending, 2, "the two expired verifications are forgotten")
	assert.Contains(t, st.pending, pendingKey{service: "VA1", to: "+1000003"})
	assert.Contains(t, st.pending, pendingKey{service: "VA1", to: "+1000004"})
}
