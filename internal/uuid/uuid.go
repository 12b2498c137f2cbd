// Package uuid formats 16 bytes as a version 4 UUID. The bytes come from
// the caller (crypto/rand for JS's crypto.randomUUID, a seeded sequence for
// the fakes' ids), so one formatting rule serves both.
package uuid

// V4 sets the version and variant bits of b and returns it in the
// canonical 8-4-4-4-12 lower-case form.
func V4(b [16]byte) string {
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	const hex = "0123456789abcdef"
	out := make([]byte, 0, 36)
	for i, c := range b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, hex[c>>4], hex[c&0x0f])
	}
	return string(out)
}
