package fakeserver

import "time"

// WaitsInFlight is how many long polls are waiting now.
func (s *Server) WaitsInFlight() int { return int(s.waiters.Load()) }

// SetHeartbeat makes the event stream's heartbeat come every d, so a
// test sees one without waiting 15 s.
func (s *Server) SetHeartbeat(d time.Duration) { s.heartbeat = d }
