package fakeserver

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/hookemu/hookemu/harness"
)

// Bounds of the secrets a server learns while it runs: a runner used all
// day keeps every secret it was given (a message sent with one must stay
// masked for as long as it is shown), so what a stranger's script can make
// the server keep is bounded instead.
const (
	maxLearnedSecrets = 4096
	maxLearnedBytes   = 1 << 20
)

// ErrTooManySecrets is MaskSecrets' answer past its bounds.
var ErrTooManySecrets = fmt.Errorf("this server masks at most %d secrets (%d KiB) given after it started; restart it (hookemu serve) to run with others", maxLearnedSecrets, maxLearnedBytes>>10)

// learnedSecrets are the secret values the server was given after it
// started: those of the runner's runs, which send to the server's own
// fakes. They are masked wherever they show, as Config.Secrets are.
type learnedSecrets struct {
	mu       sync.Mutex
	names    map[string]string // value -> the name it is shown as
	taken    map[string]bool   // names shown
	size     int
	current  atomic.Pointer[harness.Redactor]
	onChange func() // called after a new value is learned
}

// add learns secrets (name -> value). A value learned before keeps its
// name; a new value under a name taken by another is shown as NAME-2,
// NAME-3 and so on, so no mask names two different values the same.
func (l *learnedSecrets) add(secrets map[string]string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.names == nil {
		l.names, l.taken = map[string]string{}, map[string]bool{}
	}
	added := false
	for name, value := range secrets {
		if value == "" || l.names[value] != "" {
			continue
		}
		if len(l.names) >= maxLearnedSecrets || l.size+len(value) > maxLearnedBytes {
			return ErrTooManySecrets
		}
		shown := name
		for i := 2; l.taken[shown]; i++ {
			shown = name + "-" + strconv.Itoa(i)
		}
		l.names[value], l.taken[shown] = shown, true
		l.size += len(value)
		added = true
	}
	if !added {
		return nil
	}
	byName := make(map[string]string, len(l.names))
	for value, name := range l.names {
		byName[name] = value
	}
	l.current.Store(harness.NewRedactor(byName))
	if l.onChange != nil {
		l.onChange()
	}
	return nil
}

// redactor masks what was learned so far (nil: nothing; nil-safe).
func (l *learnedSecrets) redactor() *harness.Redactor {
	if l == nil {
		return nil
	}
	return l.current.Load()
}

// MaskSecrets makes the server mask these secrets' values (name ->
// value) in everything it shows from now on, wherever they stand: the
// messages of the REST API and the event stream, searches of their text,
// and its log. The runner calls it before a run sends to the server's
// fakes with them; past its bounds it answers ErrTooManySecrets.
func (s *Server) MaskSecrets(secrets map[string]string) error {
	return s.mask.learned.add(secrets)
}
