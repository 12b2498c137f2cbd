package fakeserver

import (
	"log/slog"
	"net/http"
	"time"
)

// logRequest serves r and logs one record for it once answered, so a
// long poll or a delayed fault shows its real duration. It fills the
// record itself rather than through Logger.LogAttrs with a slice of
// attributes, which grew on the heap for every request when the provider
// was added.
func (s *Server) logRequest(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	s.dispatch(sw, r)
	if sw.status == 0 {
		sw.status = http.StatusOK
	}
	ctx, logger := r.Context(), s.cfg.Logger
	if !logger.Enabled(ctx, slog.LevelInfo) {
		return
	}
	rec := slog.NewRecord(time.Now(), slog.LevelInfo, "request", 0)
	rec.AddAttrs(
		slog.String("method", r.Method),
		slog.String("path", r.URL.Path),
		slog.Int("status", sw.status),
		slog.Int64("bytes", sw.bytes),
		slog.Duration("duration", time.Since(start)),
		slog.String("remote", r.RemoteAddr),
	)
	if p := s.route(r); p != nil {
		rec.AddAttrs(slog.String("provider", p.name))
	}
	_ = logger.Handler().Handle(ctx, rec)
}

// statusWriter remembers what was answered, for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
