package fakekit_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
)

func bodyOf(n int) fakekit.Entry { return fakekit.Entry{Body: []byte(strings.Repeat("x", n))} }

func ids(entries []fakekit.Entry) []int64 {
	out := []int64{}
	for _, e := range entries {
		out = append(out, e.ID)
	}
	return out
}

func TestAJournalKeepsItsNewestEntriesWithinItsLimits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		limits fakekit.Limits
		sizes  []int
		want   []int64
	}{
		{"the count drops the oldest", fakekit.Limits{Entries: 2}, []int{1, 1, 1}, []int64{2, 3}},
		{"the bytes drop the oldest", fakekit.Limits{Bytes: 6000}, []int{2000, 2000, 2000}, []int64{2, 3}},
		{"a large entry drops as many as it needs", fakekit.Limits{Bytes: 5000}, []int{100, 100, 100, 4000}, []int64{4}},
		{"the newest stays even beyond the bytes", fakekit.Limits{Bytes: 1000}, []int{10, 5000}, []int64{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			j := fakekit.NewBoundedJournal(tt.limits)
			for _, n := range tt.sizes {
				j.Add(bodyOf(n))
			}
			assert.Equal(t, tt.want, ids(j.Entries()))
			var sum int64
			for _, e := range j.Entries() {
				sum += e.Size()
			}
			assert.Equal(t, sum, j.Bytes())
		})
	}
}

func TestAResetGivesTheBytesBackAndIDsGoOn(t *testing.T) {
	t.Parallel()
	j := fakekit.NewJournal(0)
	j.Add(bodyOf(1 << 20))
	before := j.Mark()
	j.Reset()
	assert.Zero(t, j.Bytes())
	assert.Zero(t, j.Len())
	assert.Equal(t, before.Resets+1, j.Mark().Resets)
	select {
	case <-before.Changed:
	default:
		t.Fatal("a reset is a change")
	}
	assert.Equal(t, int64(2), j.Add(fakekit.Entry{}).ID)
}

func TestJournalsSharingASequenceAreOrderedByIt(t *testing.T) {
	t.Parallel()
	var seq fakekit.Sequence
	a, b := fakekit.NewJournal(0), fakekit.NewJournal(0)
	a.ShareSequence(&seq)
	b.ShareSequence(&seq)
	assert.Equal(t, int64(1), a.Add(fakekit.Entry{}).Seq)
	assert.Equal(t, int64(2), b.Add(fakekit.Entry{}).Seq)
	assert.Equal(t, int64(3), a.Add(fakekit.Entry{}).Seq)
	assert.Equal(t, int64(3), seq.Last())
	assert.Equal(t, []int64{1, 2}, ids(a.Entries()), "IDs stay per journal")
}

func TestScanVisitsOnlyTheRangeAskedFor(t *testing.T) {
	t.Parallel()
	j := fakekit.NewBoundedJournal(fakekit.Limits{Entries: 5})
	for range 8 {
		j.Add(fakekit.Entry{}) // keeps 4..8
	}
	scan := func(after, before int64, newestFirst bool, stopAfter int) []int64 {
		var got []int64
		j.Scan(after, before, newestFirst, func(e *fakekit.Entry) bool {
			got = append(got, e.Seq)
			return len(got) < stopAfter
		})
		return got
	}
	assert.Equal(t, []int64{8, 7, 6, 5, 4}, scan(0, 0, true, 99), "everything, newest first")
	assert.Equal(t, []int64{6, 7}, scan(5, 8, false, 99), "between two cursors, oldest first")
	assert.Equal(t, []int64{7, 6}, scan(0, 8, true, 2), "visit stops the scan")
	assert.Empty(t, scan(8, 0, true, 99), "nothing after the newest")
	require.Len(t, scan(0, 0, false, 99), 5)
}

func TestTheBytesStayExactWhileTheRingGrowsAndWraps(t *testing.T) {
	t.Parallel()
	j := fakekit.NewBoundedJournal(fakekit.Limits{Entries: 40, Bytes: 40 * 700})
	for i := range 300 {
		j.Add(bodyOf(1 + i%400)) // sizes vary, so a wrong size per slot would show
		var sum int64
		for _, e := range j.Entries() {
			sum += e.Size()
		}
		require.Equal(t, sum, j.Bytes(), "after entry %d", i+1)
	}
	assert.Equal(t, int64(300), j.Entries()[j.Len()-1].ID)
}

func TestEveryMarkIsWokenByTheNextAddAndOnlyByIt(t *testing.T) {
	t.Parallel()
	j := fakekit.NewJournal(0)
	first, second := j.Mark(), j.Mark()
	select {
	case <-first.Changed:
		t.Fatal("nothing was added yet")
	default:
	}
	j.Add(fakekit.Entry{})
	for _, m := range []fakekit.Mark{first, second} {
		select {
		case <-m.Changed:
		default:
			t.Fatal("an add is a change for every mark taken before it")
		}
	}
	later := j.Mark()
	select {
	case <-later.Changed:
		t.Fatal("a mark taken after the add waits for the next one")
	default:
	}
	j.Add(fakekit.Entry{})
	<-later.Changed
}

func TestParallelAddsGetEveryIDOnceInTheOrderTheyAreKept(t *testing.T) {
	t.Parallel()
	j := fakekit.NewJournal(1000)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				j.Add(bodyOf(10))
			}
		})
	}
	wg.Wait()
	entries := j.Entries()
	require.Len(t, entries, 800)
	for i, e := range entries {
		assert.Equal(t, int64(i+1), e.ID)
		assert.Equal(t, e.ID, e.Seq, "a journal that shares no sequence numbers Seq as ID")
	}
}
