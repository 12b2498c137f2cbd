package crypto

import (
	"crypto/sha256"
	"errors"
	"hash"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAStoppedRunEndsAHugeDerivation(t *testing.T) {
	t.Parallel()
	stopped := func() error { return errors.New("the run is over") }
	key := deriveKey(stopped, func() hash.Hash { return sha256.New() }, []byte("pw"), []byte("salt"), 1<<31-1, 32)
	assert.Len(t, key, 32, "a stopped derivation still answers the size asked, and returns at once")
}
