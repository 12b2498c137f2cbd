package main

import (
	"bytes"
	"os"
	"strings"
	"sync"
)

// crashReason reads why a Go process ended from the start of what it
// wrote to stderr ("fatal error: runtime: out of memory", "panic: ...")
// and its exit state.
func crashReason(stderr string, state *os.ProcessState) string {
	for _, line := range strings.Split(stderr, "\n") {
		switch {
		case strings.Contains(line, "out of memory"):
			return "out of memory"
		case strings.Contains(line, "stack exceeds"), strings.Contains(line, "stack overflow"):
			return "stack overflow"
		case strings.HasPrefix(line, "fatal error: "), strings.HasPrefix(line, "panic: "):
			return strings.TrimSpace(line)
		}
	}
	if state != nil {
		return state.String() // "signal: killed" (the system's OOM killer), "exit status 3"
	}
	return "the worker process ended"
}

// headBuffer keeps the first limit bytes written to it: where a Go crash
// says why, before its goroutine dump.
type headBuffer struct {
	limit int
	mu    sync.Mutex
	buf   bytes.Buffer
}

func (b *headBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := b.limit - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *headBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
