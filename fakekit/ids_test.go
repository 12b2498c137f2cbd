package fakekit_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
)

// draw takes n ids and the time from s.
func draw(s *fakekit.IDs, n int) ([]string, time.Time) {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = s.UUID()
	}
	return ids, s.Now()
}

func TestSeededIDsRepeatThemselves(t *testing.T) {
	t.Parallel()
	idsA, nowA := draw(fakekit.NewIDs("8x8", "suite/case"), 3)
	idsB, nowB := draw(fakekit.NewIDs("8x8", "suite/case"), 3)
	assert.Equal(t, idsA, idsB, "the same seed gives the same ids")
	assert.Equal(t, nowA, nowB, "the same seed gives the same time")
	assert.NotEqual(t, idsA[0], idsA[1], "ids within a run differ")
	for _, id := range idsA {
		assert.Regexp(t, `^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`, id)
	}
}

func TestIDsDifferBySeedAndDomain(t *testing.T) {
	t.Parallel()
	base, _ := draw(fakekit.NewIDs("8x8", "a"), 1)
	otherSeed, _ := draw(fakekit.NewIDs("8x8", "b"), 1)
	otherDomain, _ := draw(fakekit.NewIDs("twilio", "a"), 1)
	assert.NotEqual(t, base, otherSeed)
	assert.NotEqual(t, base, otherDomain)
}

func TestReseedStartsAgain(t *testing.T) {
	t.Parallel()
	s := fakekit.NewIDs("8x8", "first")
	first, _ := draw(s, 2)
	s.Reseed("second")
	second, _ := draw(s, 2)
	s.Reseed("first")
	again, _ := draw(s, 2)
	assert.NotEqual(t, first, second)
	assert.Equal(t, first, again)
}

func TestSeededTimeStandsStillOnAPlausibleDate(t *testing.T) {
	t.Parallel()
	s := fakekit.NewIDs("twilio", "seed")
	now := s.Now()
	s.UUID()
	assert.Equal(t, now, s.Now())
	assert.Equal(t, time.UTC, now.Location())
	assert.False(t, now.Before(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)))
	assert.True(t, now.Before(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)))
}

func TestUnseededIDsAreRandomAndReadTheClock(t *testing.T) {
	t.Parallel()
	a, b := fakekit.NewIDs("8x8", ""), fakekit.NewIDs("8x8", "")
	require.False(t, a.Seeded())
	assert.NotEqual(t, a.UUID(), b.UUID())
	before := time.Now()
	assert.False(t, a.Now().Before(before.Truncate(time.Second)))
}

func TestReseedingSwitchesBetweenRandomAndSeededIDs(t *testing.T) {
	t.Parallel()
	seeded, seededNow := draw(fakekit.NewIDs("8x8", "s"), 2)
	s := fakekit.NewIDs("8x8", "")
	s.Reseed("s")
	got, now := draw(s, 2)
	assert.Equal(t, seeded, got, "a random source reseeded gives the seed's ids")
	assert.Equal(t, seededNow, now, "and the seed's time")
	s.Reseed("")
	again, _ := draw(s, 2)
	assert.NotEqual(t, seeded, again, "reseeded with no seed it is random again")
	assert.False(t, s.Seeded())
	assert.False(t, s.Now().Before(time.Now().Add(-time.Minute)), "and reads the clock")
}
