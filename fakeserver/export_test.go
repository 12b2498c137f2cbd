package fakeserver

// WaitsInFlight is how many long polls are waiting now.
func (s *Server) WaitsInFlight() int { return int(s.waiters.Load()) }
