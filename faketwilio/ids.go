package faketwilio

import (
	"encoding/hex"
	"slices"
)

// SID prefixes Twilio gives each kind of resource; a SID is the prefix and
// 32 lowercase hex digits, so twilio-node and user code that check a SID's
// shape accept the fake's.
const (
	prefixMessage      = "SM"
	prefixMedia        = "MM" // Twilio's prefix for messages sent with media
	prefixCall         = "CA"
	prefixVerification = "VE"
	prefixAttempt      = "VL"
)

// newSID is the next SID with prefix from the fake's IDs: random, or
// derived from the run's seed.
func (s *Server) newSID(prefix string) string {
	b := s.cfg.IDs.Bytes()
	return prefix + hex.EncodeToString(b[:])
}

// isSID says whether sid has the shape of a SID with one of prefixes.
// Twilio answers 20404 for a SID of any other shape, so the fake can
// refuse it even in Check, which never sees the SIDs Twilio made.
func isSID(sid string, prefixes ...string) bool {
	if len(sid) != 34 || !slices.Contains(prefixes, sid[:2]) {
		return false
	}
	for _, r := range sid[2:] {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return false
		}
	}
	return true
}
