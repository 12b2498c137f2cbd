// Package stackstart sizes a goroutine's stack when it starts, for the
// goroutines that are known to need more than the 2 KiB a goroutine
// starts with.
//
// A goroutine that outgrows its stack has it copied to one twice as big,
// and the copy looks up the stack map of every frame on the stack. In a
// short process (`hookemu run --json`) those lookups are the first reads
// of that part of the binary's tables, and each new page read is a page
// fault (about 30 µs on a small VM): the goroutines of one run grew by
// doubling nine times, about 40 page faults. A goroutine that calls To8K,
// To16K or To32K first grows once, while its stack holds a frame or two,
// to the size it would reach anyway, and then never copies it. The
// stack's pages are touched only as they are used, as before.
//
// Nothing else changes: a stack that outgrows the size still doubles, and
// the garbage collector may shrink one that uses little of it, as it
// shrinks any.
package stackstart

import "unsafe"

// To8K gives the calling goroutine a stack of 8 KiB, unless it has one
// at least that big.
func To8K() { reserve8K(0) }

// To16K gives the calling goroutine a stack of 16 KiB, unless it has one
// at least that big.
func To16K() { reserve16K(0) }

// To32K gives the calling goroutine a stack of 32 KiB, unless it has one
// at least that big.
func To32K() { reserve32K(0) }

// The reserve functions have frames just big enough that, with the guard
// the runtime keeps below a frame and the little stack a goroutine has
// used when it calls them, the runtime's check at their entry grows the
// stack to the named size. Their array is used only when n > 0, which
// the callers never pass, so it is never zeroed and its pages are not
// touched; the compiler cannot drop it, as it cannot know n.

//go:noinline
func reserve8K(n int) byte {
	if n > 0 {
		var frame [5 << 10]byte
		frame[n%len(frame)] = 1
		return frame[(n/2)%len(frame)]
	}
	return 0
}

//go:noinline
func reserve16K(n int) byte {
	if n > 0 {
		var frame [12 << 10]byte
		frame[n%len(frame)] = 1
		return frame[(n/2)%len(frame)]
	}
	return 0
}

//go:noinline
func reserve32K(n int) byte {
	if n > 0 {
		var frame [24 << 10]byte
		frame[n%len(frame)] = 1
		return frame[(n/2)%len(frame)]
	}
	return 0
}

// Fits reports whether the calling goroutine can use n more bytes of
// stack without its stack being copied to a bigger one; it uses them, so
// a false answer is true only once. Tests of the goroutines that call
// To8K and the others use it.
func Fits(n int) bool {
	var anchor byte
	before := uintptr(unsafe.Pointer(&anchor))
	descend(n)
	return uintptr(unsafe.Pointer(&anchor)) == before
}

// descend uses at least n bytes of stack, 256 bytes a frame.
//
//go:noinline
func descend(n int) byte {
	var frame [256]byte
	frame[n%len(frame)] = byte(n)
	if n <= len(frame) {
		return frame[0]
	}
	return descend(n-len(frame)) + frame[(n/2)%len(frame)]
}
