package bytesize_test

import (
	"math"
	"testing"

	"github.com/dustin/go-humanize"
	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/internal/bytesize"
)

var sizeTexts = []string{
	"", "0", "1", "1048576", "64MiB", "64 MiB", "64mib", " 64MiB", "64MiB ", "32KiB", "1MB", "1.5 GB", "1,000 kb", "1,5MB",
	"256MiB", "128mi", "2g", "2gi", "3T", "1 PB", "1EiB", "16EiB", "17 EB", "18.5EB", "1e3", "1_000", "0x10", ".5k", "5.", ".",
	",", "1.2.3", "MiB", "64 MiBs", "64 bytes", "64 i", "64 ib", "64 kbb", "64 kk", "-1", "+1", "1٣", "١", "64 \u00a0MiB",
	"1\tkb", "99999999999999999999999", "1.7976931348623157e308",
}

func TestParseReadsSizesAsHumanizeDid(t *testing.T) {
	t.Parallel()
	for _, s := range sizeTexts {
		want, wantErr := humanize.ParseBytes(s)
		got, err := bytesize.Parse(s)
		assert.Equal(t, wantErr == nil, err == nil, "%q: humanize's error %v, ours %v", s, wantErr, err)
		assert.Equal(t, want, got, "%q", s)
	}
}

func TestIECWritesSizesAsHumanizeDid(t *testing.T) {
	t.Parallel()
	sizes := []uint64{0, 1, 9, 10, 99, 1000, 1023, 1024, 1025, 1536, 10239, 10240, 1 << 20, 128 << 20, 256<<20 - 1, 1 << 30, 1 << 40, 1 << 50, 1 << 60, math.MaxUint64}
	for shift := range 64 {
		sizes = append(sizes, 1<<shift-1, 1<<shift, 1<<shift+1, 1<<shift*3/2)
	}
	for _, n := range sizes {
		assert.Equal(t, humanize.IBytes(n), bytesize.IEC(n), "%d", n)
	}
}

func FuzzParseAgreesWithHumanize(f *testing.F) {
	for _, s := range sizeTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, wantErr := humanize.ParseBytes(s)
		got, err := bytesize.Parse(s)
		if (wantErr == nil) != (err == nil) || want != got {
			t.Fatalf("%q: humanize %d, %v; ours %d, %v", s, want, wantErr, got, err)
		}
	})
}

func FuzzIECAgreesWithHumanize(f *testing.F) {
	f.Add(uint64(1536))
	f.Fuzz(func(t *testing.T, n uint64) {
		if humanize.IBytes(n) != bytesize.IEC(n) {
			t.Fatalf("%d: humanize %q, ours %q", n, humanize.IBytes(n), bytesize.IEC(n))
		}
	})
}
