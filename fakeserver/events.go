package fakeserver

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sync"

	"github.com/hookemu/hookemu/fakekit"
)

// Event is one thing the event stream tells its clients: a message
// received ("message", Data the message as GET messages/{id} shows it),
// every message deleted ("deleted", Data null), or the faults changed
// ("faults", Data the new fault list as GET faults shows it).
type Event struct {
	Name string
	Data json.RawMessage
}

// Names of the events.
const (
	EventMessage = "message"
	EventDeleted = "deleted"
	EventFaults  = "faults"
)

// eventBuffer is how many events a client may fall behind before it is
// dropped: a browser reads them as they come, and one that stops reading
// must not make the server hold events for it without end.
const eventBuffer = 256

// hub hands events to the stream's clients. A watcher goroutine runs
// while at least one client listens: it wakes when a journal changes (the
// fakes only close a channel, so they never wait for a client), masks
// each new message once, and gives it to every client without blocking;
// a client whose buffer is full is dropped.
type hub struct {
	s    *Server
	mu   sync.Mutex
	subs map[*subscriber]struct{}
	// stop ends the running watcher; nil when none runs.
	stop chan struct{}
}

// subscriber is one client of the stream. Its events channel is closed
// when it is dropped for falling behind.
type subscriber struct {
	events  chan Event
	dropped bool
}

// subscribe adds a client with room for buffer events, starting the
// watcher from what the journals hold now, so every message received
// after subscribe returns reaches the client.
func (h *hub) subscribe(buffer int) *subscriber {
	sub := &subscriber{events: make(chan Event, buffer)}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.subs == nil {
		h.subs = map[*subscriber]struct{}{}
	}
	h.subs[sub] = struct{}{}
	if h.stop == nil {
		h.stop = make(chan struct{})
		go h.watch(h.stop, h.start())
	}
	return sub
}

// unsubscribe removes a client, stopping the watcher after the last one.
func (h *hub) unsubscribe(sub *subscriber) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.subs, sub)
	if len(h.subs) == 0 && h.stop != nil {
		close(h.stop)
		h.stop = nil
	}
}

// publish gives ev to every client, dropping those that are full. It
// never blocks.
func (h *hub) publish(ev Event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.publishLocked(ev)
}

func (h *hub) publishLocked(ev Event) {
	for sub := range h.subs {
		if sub.dropped {
			continue
		}
		select {
		case sub.events <- ev:
		default:
			sub.dropped = true
			close(sub.events)
		}
	}
}

// start is where the watcher begins reading: after everything numbered so
// far.
func (h *hub) start() map[*fakekit.Journal]int64 {
	last := h.s.seq.Last()
	seen := make(map[*fakekit.Journal]int64, len(h.s.providers))
	for _, p := range h.s.providers {
		seen[p.journal] = last
	}
	return seen
}

// watch publishes each message the journals receive until stop closes.
func (h *hub) watch(stop chan struct{}, seen map[*fakekit.Journal]int64) {
	for {
		changed := make([]<-chan struct{}, 0, len(seen)+1)
		changed = append(changed, stop)
		for j, after := range seen {
			changed = append(changed, j.Mark().Changed)
			var fresh []fakekit.Entry
			j.Scan(after, 0, false, func(e *fakekit.Entry) bool {
				fresh = append(fresh, *e)
				seen[j] = e.Seq
				return true
			})
			h.publishMessages(stop, fresh)
		}
		if anyClosed(changed) == 0 {
			return
		}
	}
}

// publishMessages masks entries (outside the lock: masking costs) and
// publishes them, unless the watcher was stopped meanwhile.
func (h *hub) publishMessages(stop chan struct{}, entries []fakekit.Entry) {
	if len(entries) == 0 {
		return
	}
	events := make([]Event, 0, len(entries))
	for _, e := range entries {
		data, err := eventJSON(h.s.mask.message(e))
		if err == nil {
			events = append(events, Event{Name: EventMessage, Data: data})
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stop != stop {
		return
	}
	for _, ev := range events {
		h.publishLocked(ev)
	}
}

// anyClosed blocks until one of chans closes and returns its index.
func anyClosed(chans []<-chan struct{}) int {
	cases := make([]reflect.SelectCase, len(chans))
	for i, c := range chans {
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}
	}
	chosen, _, _ := reflect.Select(cases)
	return chosen
}

// publishFaults tells the clients the faults now in force.
func (s *Server) publishFaults() {
	data, err := eventJSON(s.Faults())
	if err == nil {
		s.events.publish(Event{Name: EventFaults, Data: data})
	}
}

// eventJSON is v on one line, without HTML escaping, so "<redacted>"
// reads as the API writes it.
func eventJSON(v any) (json.RawMessage, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
