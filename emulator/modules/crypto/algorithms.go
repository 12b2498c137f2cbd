package crypto

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"sort"
	"strings"
)

// algorithms are the digests emulated, by OpenSSL's lower-case name.
var algorithms = map[string]func() hash.Hash{
	"md5":        md5.New,
	"sha1":       sha1.New,
	"sha224":     sha256.New224,
	"sha256":     sha256.New,
	"sha384":     sha512.New384,
	"sha512":     sha512.New,
	"sha512-224": sha512.New512_224,
	"sha512-256": sha512.New512_256,
	"sha3-224":   func() hash.Hash { return sha3.New224() },
	"sha3-256":   func() hash.Hash { return sha3.New256() },
	"sha3-384":   func() hash.Hash { return sha3.New384() },
	"sha3-512":   func() hash.Hash { return sha3.New512() },
}

// newDigest finds an algorithm as OpenSSL does: in any case, with an
// "RSA-" prefix, or spelled "SHA-256".
func newDigest(name string) (hash.Hash, bool) {
	n := strings.TrimPrefix(strings.ToLower(name), "rsa-")
	if strings.HasPrefix(n, "sha-") {
		n = "sha" + n[4:]
	}
	if n == "sha3-" || strings.HasPrefix(n, "sha-3") {
		return nil, false
	}
	newHash, ok := algorithms[n]
	if !ok {
		return nil, false
	}
	return newHash(), true
}

// hashNames is getHashes()'s list.
func hashNames() []string {
	names := make([]string, 0, 2*len(algorithms))
	for n := range algorithms {
		names = append(names, n, "RSA-"+strings.ToUpper(n))
	}
	sort.Strings(names)
	return names
}
