package faketwilio

import (
	"net/url"
	"sync"
	"time"
)

// records keeps the newest items of one kind in arrival order, at most
// limit of them and maxBytes as size counts them, with an index by key, so
// a long-running fake never grows without bound. It is not safe for
// concurrent use; store guards it.
type records[T any] struct {
	limit    int
	maxBytes int64
	bytes    int64
	size     func(T) int64
	order    []string
	byKey    map[string]T
}

func newRecords[T any](limit int, maxBytes int64, size func(T) int64) records[T] {
	return records[T]{limit: limit, maxBytes: maxBytes, size: size, byKey: map[string]T{}}
}

func (r *records[T]) add(key string, item T) {
	if old, ok := r.byKey[key]; ok {
		r.bytes -= r.size(old)
	} else {
		r.order = append(r.order, key)
	}
	r.byKey[key] = item
	r.bytes += r.size(item)
	for len(r.order) > r.limit || (len(r.order) > 1 && r.bytes > r.maxBytes) {
		r.bytes -= r.size(r.byKey[r.order[0]])
		delete(r.byKey, r.order[0])
		r.order = r.order[1:]
	}
}

// recordSize is roughly the bytes of a record whose every parameter is in
// form: the fields copy some of them, hence twice.
func recordSize(form url.Values) int64 {
	const fixed = 512
	n := int64(fixed)
	for k, vs := range form {
		n += int64(len(k))
		for _, v := range vs {
			n += 2 * int64(len(v)+16)
		}
	}
	return n
}

func (r *records[T]) get(key string) (T, bool) {
	item, ok := r.byKey[key]
	return item, ok
}

func (r *records[T]) all() []T {
	out := make([]T, 0, len(r.order))
	for _, key := range r.order {
		out = append(out, r.byKey[key])
	}
	return out
}

func (r *records[T]) reset() {
	r.order = nil
	r.bytes = 0
	r.byKey = map[string]T{}
}

// store is everything the fake accepted, and the Verify state that decides
// what it accepts next.
type store struct {
	mu            sync.Mutex
	messages      records[Message]
	calls         records[Call]
	verifications records[Verification]
	pending       map[pendingKey]*pending
}

func newStore(limit int, maxBytes int64) *store {
	return &store{
		messages:      newRecords(limit, maxBytes, func(m Message) int64 { return recordSize(m.Form) }),
		calls:         newRecords(limit, maxBytes, func(c Call) int64 { return recordSize(c.Form) }),
		verifications: newRecords(limit, maxBytes, func(v Verification) int64 { return recordSize(v.Form) }),
		pending:       map[pendingKey]*pending{},
	}
}

func (st *store) reset() {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.messages.reset()
	st.calls.reset()
	st.verifications.reset()
	st.pending = map[pendingKey]*pending{}
}

func (st *store) addMessage(m Message) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.messages.add(m.SID, m)
}

func (st *store) message(sid string) (Message, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	m, ok := st.messages.get(sid)
	return m.clone(), ok
}

func (st *store) allMessages() []Message {
	st.mu.Lock()
	defer st.mu.Unlock()
	return cloneAll(st.messages.all(), Message.clone)
}

func (st *store) addCall(c Call) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.calls.add(c.SID, c)
}

func (st *store) call(sid string) (Call, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, ok := st.calls.get(sid)
	return c.clone(), ok
}

func (st *store) allCalls() []Call {
	st.mu.Lock()
	defer st.mu.Unlock()
	return cloneAll(st.calls.all(), Call.clone)
}

func (st *store) allVerifications() []Verification {
	st.mu.Lock()
	defer st.mu.Unlock()
	return cloneAll(st.verifications.all(), Verification.clone)
}

func cloneAll[T any](items []T, clone func(T) T) []T {
	for i := range items {
		items[i] = clone(items[i])
	}
	return items
}

// Verify state: a verification stays pending for its lifetime after the
// first send; sends in that time count against maxSendAttempts and reuse
// its SID, as on Twilio. Nothing here checks codes, so only the lifetime or
// Reset ends a verification.
const (
	maxSendAttempts      = 5
	verificationLifetime = 10 * time.Minute
)

type pendingKey struct{ service, to string }

type pending struct {
	sid      string
	created  time.Time
	attempts []SendCodeAttempt
}

// pendingLocked returns the live verification for key, forgetting an
// expired one. st.mu must be held.
func (st *store) pendingLocked(key pendingKey, now time.Time) *pending {
	p := st.pending[key]
	if p != nil && now.Sub(p.created) >= verificationLifetime {
		delete(st.pending, key)
		return nil
	}
	return p
}

// sendsLeft is how many more sends key's verification takes now.
func (st *store) sendsLeft(key pendingKey, now time.Time) int {
	st.mu.Lock()
	defer st.mu.Unlock()
	if p := st.pendingLocked(key, now); p != nil {
		return maxSendAttempts - len(p.attempts)
	}
	return maxSendAttempts
}

// addVerification records one send, starting a verification when none is
// pending. The limit is checked again under the lock, so concurrent sends
// can never exceed it; ok is false when the send is refused. v.DateUpdated
// is the time of the send; the verification's SID (newSID when this send
// starts one), attempt number and creation time are filled in here.
func (st *store) addVerification(key pendingKey, v Verification, newSID string) (_ Verification, ok bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	p := st.pendingLocked(key, v.DateUpdated)
	if p == nil {
		st.pruneLocked(v.DateUpdated)
		p = &pending{sid: newSID, created: v.DateUpdated}
		st.pending[key] = p
	}
	if len(p.attempts) >= maxSendAttempts {
		return Verification{}, false
	}
	p.attempts = append(p.attempts, SendCodeAttempt{
		Time: v.DateUpdated, Channel: v.Channel, AttemptSID: v.AttemptSID,
	})
	v.SID = p.sid
	v.DateCreated = p.created
	v.Attempts = append([]SendCodeAttempt(nil), p.attempts...)
	st.verifications.add(v.AttemptSID, v)
	return v.clone(), true
}

// pruneLocked forgets expired verifications once there are more pending
// than the store keeps records, so a long-running fake sending to ever new
// numbers stays bounded by the sends of one lifetime. st.mu must be held.
func (st *store) pruneLocked(now time.Time) {
	if len(st.pending) < st.verifications.limit {
		return
	}
	for key, p := range st.pending {
		if now.Sub(p.created) >= verificationLifetime {
			delete(st.pending, key)
		}
	}
}
