package twilio

// SetRequestTimeout shortens RequestClient's 30 s default for the loads
// that follow, so tests can see timeouts; it returns the undo. Tests that
// use it must not run in parallel.
func SetRequestTimeout(millis int64) (restore func()) {
	old := requestTimeoutMillis.Swap(millis)
	return func() { requestTimeoutMillis.Store(old) }
}
