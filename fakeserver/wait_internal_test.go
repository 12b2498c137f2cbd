package fakeserver

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
)

// TestAWaiterReadsOnlyWhatIsNew wakes a waiter once per new message over
// a full journal and measures what that allocates: a look must cost the
// message, not the journal (copying the journal at every wake, as waiters
// once did, allocates held*arriving entries, tens of megabytes here). It
// runs alone, so the allocations it counts are its own.
func TestAWaiterReadsOnlyWhatIsNew(t *testing.T) {
	const held, arriving = 5000, 200
	s, err := New(Config{MaxMessages: 2 * held})
	require.NoError(t, err)
	journal := s.provider("8x8").journal
	for range held {
		journal.Add(fakekit.Entry{Provider: "8x8", Destination: "+6512345678", Accepted: true})
	}
	w := &waiter{f: Filter{Provider: "8x8"}, journals: map[*fakekit.Journal]*waited{journal: {resets: -1}}}
	w.look()
	require.Equal(t, held, w.count())

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range arriving {
		journal.Add(fakekit.Entry{Provider: "8x8", Destination: "+6512345678", Accepted: true})
		w.look()
	}
	runtime.ReadMemStats(&after)

	assert.Equal(t, held+arriving, w.count(), "every message is counted once")
	allocated := after.TotalAlloc - before.TotalAlloc
	assert.Less(t, allocated, uint64(1<<20), "%d KiB allocated to add and look at %d messages", allocated>>10, arriving)
}

func TestAWaiterStartsOverAfterAReset(t *testing.T) {
	t.Parallel()
	s, err := New(Config{})
	require.NoError(t, err)
	journal := s.provider("twilio").journal
	w := &waiter{f: Filter{}, journals: map[*fakekit.Journal]*waited{journal: {resets: -1}}}
	journal.Add(fakekit.Entry{Provider: "twilio"})
	journal.Add(fakekit.Entry{Provider: "twilio"})
	w.look()
	require.Equal(t, 2, w.count())

	journal.Reset()
	journal.Add(fakekit.Entry{Provider: "twilio"})
	w.look()

	assert.Equal(t, 1, w.count(), "what DELETE forgot no longer counts")
}
