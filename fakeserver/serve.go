package fakeserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
)

// Serve answers HTTP on ln until ctx ends, then shuts down cleanly: it
// stops accepting, ends long polls and fault delays at once (they would
// otherwise hold shutdown for their whole timeout), and waits up to
// Config.ShutdownTimeout for the requests in flight. It closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	base, stopRequests := context.WithCancel(context.WithoutCancel(ctx))
	defer stopRequests()
	conns := s.cfg.Connections
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: conns.ReadHeaderTimeout,
		IdleTimeout:       conns.IdleTimeout,
		MaxHeaderBytes:    conns.MaxHeaderBytes,
		BaseContext:       func(net.Listener) context.Context { return base },
	}
	if s.cfg.Logger != nil {
		srv.ErrorLog = slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn)
	}
	srv.RegisterOnShutdown(stopRequests)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serving on %s stopped: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(shutdownCtx)
	if served := <-served; !errors.Is(served, http.ErrServerClosed) && err == nil {
		err = served
	}
	if err != nil {
		_ = srv.Close()
		return fmt.Errorf("requests still running after %s of shutdown were cut off: %w", s.cfg.ShutdownTimeout, err)
	}
	return nil
}
