package auth0

// ShortenBackoff makes retries wait a thousandth of their time, for the
// tests of retries; it lasts for the test binary.
func ShortenBackoff() { backoffPermille.Store(1) }
