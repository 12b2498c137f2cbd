package fakeserver

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/hookemu/hookemu/harness"
)

// maskingHandler masks secrets in every record the server logs, its
// request log and net/http's errors alike: a Twilio path holds the
// account SID.
type maskingHandler struct {
	inner   slog.Handler
	secrets *harness.Redactor
	learned *learnedSecrets // those given after start (the runner's)
}

var _ slog.Handler = maskingHandler{}

// maskedLogger is logger with secrets masked, those learned later
// included.
func maskedLogger(logger *slog.Logger, secrets *harness.Redactor, learned *learnedSecrets) *slog.Logger {
	if logger == nil {
		return nil
	}
	return slog.New(maskingHandler{inner: logger.Handler(), secrets: secrets, learned: learned})
}

// mask hides every secret known so far in s.
func (h maskingHandler) mask(s string) string {
	return h.learned.redactor().String(h.secrets.String(s))
}

func (h maskingHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.inner.Enabled(ctx, level)
}

func (h maskingHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, h.mask(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.inner.Handle(ctx, out)
}

func (h maskingHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	masked := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		masked[i] = h.attr(a)
	}
	return maskingHandler{inner: h.inner.WithAttrs(masked), secrets: h.secrets, learned: h.learned}
}

func (h maskingHandler) WithGroup(name string) slog.Handler {
	return maskingHandler{inner: h.inner.WithGroup(name), secrets: h.secrets, learned: h.learned}
}

// attr masks a's text; values that are not text are shown as text when
// they could hold any (an error, a URL).
func (h maskingHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.mask(v.String()))
	case slog.KindAny:
		return slog.String(a.Key, h.mask(fmt.Sprint(v.Any())))
	case slog.KindGroup:
		group := v.Group()
		masked := make([]any, len(group))
		for i, g := range group {
			masked[i] = h.attr(g)
		}
		return slog.Group(a.Key, masked...)
	}
	return slog.Attr{Key: a.Key, Value: v}
}
