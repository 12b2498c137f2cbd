package main

import (
	"fmt"

	"github.com/hookemu/hookemu/internal/bytesize"
)

// byteSize is a flag that takes a size as people write it: 64MiB, 32KiB,
// 1MB, or a bare number of bytes.
type byteSize int64

func (b *byteSize) String() string { return bytesize.IEC(uint64(*b)) }

func (b *byteSize) Type() string { return "size" }

func (b *byteSize) Set(v string) error {
	n, err := bytesize.Parse(v)
	if err != nil || n == 0 || n > 1<<40 {
		return fmt.Errorf("%q is not a size such as 64MiB, 32KiB or 1048576", v)
	}
	*b = byteSize(n)
	return nil
}
