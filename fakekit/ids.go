package fakekit

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hookemu/hookemu/internal/uuid"
)

// seededEpochs is the span seeded clocks are spread over, from
// seededEpochStart: a recent, plausible date, so a timestamp in an answer
// reads like one a provider gives.
const seededEpochs = 365 * 24 * time.Hour

var seededEpochStart = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// IDs is where a fake takes the ids and the timestamps its answers
// show. Seeded, it derives them from the seed alone, so the same requests
// in the same order get byte-identical answers on every run and a recorded
// answer replays; unseeded (the zero seed, as `hookemu serve` uses), it
// draws random ids, unique over a long-lived fake, and reads the clock.
//
// Seeded time stands still at an instant derived from the seed: a run is
// seconds long, and a clock that moved would make answers differ. Judging
// times a hook sends (a schedule, an expiry) is not this clock's job: that
// is done against the real clock.
//
// IDs are safe for concurrent use; its owner may Reseed it between
// runs, so a pooled fake serves each run as if it were new.
type IDs struct {
	domain string
	mu     sync.Mutex
	seeded bool
	// random mirrors !seeded for the unseeded fast path: serve's fakes
	// draw ids and read the clock on every request without the lock.
	random atomic.Bool
	key    [sha256.Size]byte
	n      uint64
	epoch  time.Time
}

// NewIDs returns the ids of one fake: domain tells fakes apart
// (each fake's ids differ under the same seed) and seed is the run's, ""
// meaning random ids and the real clock.
func NewIDs(domain, seed string) *IDs {
	s := &IDs{domain: domain}
	s.Reseed(seed)
	return s
}

// Reseed starts the ids again from seed ("" for random ids and the
// real clock).
func (s *IDs) Reseed(seed string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seeded = seed != ""
	s.random.Store(!s.seeded)
	s.key = sha256.Sum256([]byte(s.domain + "\x00" + seed))
	s.n = 0
	offset := binary.BigEndian.Uint64(s.key[:8]) % uint64(seededEpochs/time.Millisecond)
	s.epoch = seededEpochStart.Add(time.Duration(offset) * time.Millisecond)
}

// Seeded says whether ids and times come from a seed.
func (s *IDs) Seeded() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seeded
}

// Bytes returns the next 16 bytes, the raw material of one
// id.
func (s *IDs) Bytes() [16]byte {
	var out [16]byte
	var block [sha256.Size + 8]byte
	if s.random.Load() {
		_, _ = rand.Read(out[:]) // crypto/rand.Read never fails since Go 1.24
		return out
	}
	s.mu.Lock()
	if !s.seeded { // reseeded to random meanwhile
		s.mu.Unlock()
		_, _ = rand.Read(out[:])
		return out
	}
	copy(block[:], s.key[:])
	binary.BigEndian.PutUint64(block[sha256.Size:], s.n)
	s.n++
	s.mu.Unlock()
	// Hashing needs only this call's number: parallel requests do not
	// wait for each other's hashes.
	sum := sha256.Sum256(block[:])
	copy(out[:], sum[:])
	return out
}

// UUID returns the next id as a version 4 UUID, the shape of 8x8's ids.
func (s *IDs) UUID() string {
	return uuid.V4(s.Bytes())
}

// Now is the time answers show: the seed's instant, or the real time in
// UTC when unseeded.
func (s *IDs) Now() time.Time {
	if s.random.Load() {
		return time.Now().UTC()
	}
	s.mu.Lock()
	seeded, epoch := s.seeded, s.epoch
	s.mu.Unlock()
	if !seeded {
		return time.Now().UTC()
	}
	return epoch
}
