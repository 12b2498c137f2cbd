package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/webui"
)

type serveFlags struct {
	addr           string
	public         bool
	allowRunner    bool
	hosts          []string
	maxMessages    int
	maxBytes       byteSize
	maxWaiters     int
	faults         bool
	forward        bool
	real           bool
	upstreams      upstreamFlags
	noValidate     bool
	logFormat      string
	connections    fakeserver.Connections
	maxHeaderBytes byteSize
	secretFlags
	stubFlags
}

func newServeCommand(stdout, stderr io.Writer) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve every fake provider API on one port, with a REST API over what they received",
		Long: `Serve the fake provider APIs for other programs and other languages'
tests: point a backend at this server instead of sms.8x8.com or
api.twilio.com, then read what it sent from the REST API.

Each provider answers on its own paths (8x8's /api/v1/..., Twilio's
/2010-04-01/... and /v2/Services/...), always under its name
(/sns/..., /twilio/...), and for a request whose Host header is one of
its hosts; "hookemu help providers" lists them.

  pages    / (inbox, live), /messages/{id}, /run (runner: run, check,
           migrate, diff a hook from the browser; off with --public unless
           --allow-runner)
  API      /_hookemu/api/v1/messages?limit=&before=&after=, messages/{id|latest},
           wait?count=N&after=, faults, events (Server-Sent Events)
  ready    /_hookemu/readyz

The first line on stdout ends with the server's URL, for scripts. Request logs
go to stderr. SIGINT or SIGTERM stops it cleanly.

The API never shows credentials it recognises (Authorization, X-Api-Key and
Cookie headers, password-like fields); the values given with --secret or
--secrets-file are shown as <secret:NAME> in everything it answers and logs,
in every encoding (a Twilio account SID in a path, a key in a body).

With --forward --real it is the recording proxy of real mode instead: each
request is checked by the fake, and only what the fake accepts is sent to
the real provider (real messages, billed to the credentials clients send).`,
		Example: `  hookemu serve
  hookemu serve --addr 127.0.0.1:0 --log-format json
  hookemu serve --secrets-file .env
  hookemu serve --faults --max-messages 1000 --max-bytes 16MiB
  hookemu serve --forward --real --upstream-8x8 https://sms.us.8x8.com`,
		Args: takesArgs(0, 0, "no arguments", "hookemu serve --addr 127.0.0.1:8025"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runServe(ctx, f, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.addr, "addr", fakeserver.DefaultAddr, "address to listen on (127.0.0.1:0 takes any free port)")
	fl.BoolVar(&f.public, "public", false, "allow an address other machines can reach (the runner page is then off)")
	fl.BoolVar(&f.allowRunner, "allow-runner", false, "with --public: keep the runner, which runs code anyone who reaches the server sends")
	repeatableVar(fl, &f.hosts, "host", "a name the pages and API answer to besides localhost and loopback IPs (repeatable), e.g. hookemu in docker compose")
	fl.IntVar(&f.maxMessages, "max-messages", fakekit.DefaultJournalSize, "requests kept per provider; the oldest are dropped")
	f.maxBytes = fakekit.DefaultJournalBytes
	fl.Var(&f.maxBytes, "max-bytes", "bytes of requests kept per provider; the oldest are dropped")
	fl.IntVar(&f.maxWaiters, "max-waiters", fakeserver.DefaultMaxWaiters, "long polls (GET wait) at once; more are answered 429")
	fl.BoolVar(&f.faults, "faults", false, "accept faults with a probability (random failures for chaos testing)")
	fl.BoolVar(&f.forward, "forward", false, "send requests to the real providers through a recording proxy (needs --real)")
	fl.BoolVar(&f.real, "real", false, "confirm that --forward sends real, billed messages")
	f.upstreams.add(fl, forwardUpstreamUsage)
	fl.BoolVar(&f.noValidate, "no-validate", false, "with --forward: send even what the fake would reject")
	fl.StringVar(&f.logFormat, "log-format", "text", "request log format on stderr: text or json")
	f.secretFlags.register(fl)
	f.stubFlags.register(fl)
	fl.DurationVar(&f.connections.ReadHeaderTimeout, "header-timeout", fakeserver.DefaultReadHeaderTimeout, "time a client has to send a request's headers")
	fl.DurationVar(&f.connections.ReadTimeout, "read-timeout", fakeserver.DefaultReadTimeout, "time a client has to send a request's body (long polls send none)")
	fl.DurationVar(&f.connections.IdleTimeout, "idle-timeout", fakeserver.DefaultIdleTimeout, "an idle kept-alive connection is closed after this")
	f.maxHeaderBytes = fakeserver.DefaultMaxHeaderBytes
	fl.Var(&f.maxHeaderBytes, "max-header-bytes", "largest request headers accepted (431 beyond)")
	return cmd
}

func runServe(ctx context.Context, f serveFlags, stdout, stderr io.Writer) error {
	cfg, err := f.config(stderr)
	if err != nil {
		return err
	}
	srv, err := fakeserver.New(cfg)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return &exitError{code: exitFailed, err: fmt.Errorf(
			"cannot listen on %s: %w; pick another address with --addr (127.0.0.1:0 takes any free port)", f.addr, err)}
	}
	if cfg.Forward != nil {
		printForwarding(stderr, cfg.Forward)
	}
	printListening(stdout, ln.Addr().String(), srv.RunnerEnabled())
	if err := srv.Serve(ctx, ln); err != nil {
		return &exitError{code: exitFailed, err: err}
	}
	fmt.Fprintln(stderr, "hookemu serve: stopped")
	return nil
}

// config turns the flags into the server's configuration, refusing any
// combination that could surprise: an exposed server, real messages not
// confirmed, or flags that would silently do nothing.
func (f serveFlags) config(stderr io.Writer) (fakeserver.Config, error) {
	cfg := fakeserver.Config{MaxMessages: f.maxMessages, MaxBytes: int64(f.maxBytes), MaxWaiters: f.maxWaiters,
		ProbabilityFaults: f.faults, Connections: f.connections, Public: f.public, AllowRunner: f.allowRunner, Hosts: f.hosts}
	cfg.Connections.MaxHeaderBytes = int(f.maxHeaderBytes)
	cfg.UI = webui.Pages()
	cfg.Runner = func(env fakeserver.RunnerEnv) http.Handler {
		return webui.Runner(webui.RunnerConfig{Fakes: env.Fakes, MaskSecrets: env.MaskSecrets})
	}
	if f.allowRunner && !f.public {
		return cfg, usageError("--allow-runner only applies with --public: on loopback the runner is always on")
	}
	if !f.public {
		if err := fakeserver.RequireLoopback(f.addr); err != nil {
			return cfg, usageError("--addr %v", err)
		}
	}
	if err := f.checkLimits(); err != nil {
		return cfg, err
	}
	logger, err := requestLogger(f.logFormat, stderr)
	if err != nil {
		return cfg, err
	}
	cfg.Logger = logger
	secrets, err := f.secretFlags.load()
	if err != nil {
		return cfg, err
	}
	cfg.Secrets = secrets.values
	if cfg.Stubs, err = f.stubFlags.set(); err != nil {
		return cfg, err
	}
	cfg.Forward, err = f.forwarding()
	return cfg, err
}

// checkLimits refuses a bound that would leave the server unusable: no
// journal, no long polls, or a timeout that drops every client.
func (f serveFlags) checkLimits() error {
	if f.maxMessages <= 0 {
		return usageError("--max-messages must be at least 1, e.g. --max-messages 1000")
	}
	if f.maxWaiters <= 0 {
		return usageError("--max-waiters must be at least 1, e.g. --max-waiters 64")
	}
	for _, d := range []struct {
		flag  string
		value time.Duration
	}{{"--header-timeout", f.connections.ReadHeaderTimeout}, {"--read-timeout", f.connections.ReadTimeout}, {"--idle-timeout", f.connections.IdleTimeout}} {
		if d.value <= 0 {
			return usageError("%s must be a positive duration such as 30s", d.flag)
		}
	}
	return nil
}

func requestLogger(format string, stderr io.Writer) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(stderr, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(stderr, nil)), nil
	}
	return nil, usageError("--log-format %q is not text or json", format)
}

// forwarding reads the flags of forward mode; nil without --forward.
func (f serveFlags) forwarding() (*fakeserver.Forward, error) {
	if !f.forward {
		for _, flag := range []struct {
			name string
			set  bool
		}{
			{"--real", f.real}, {"--no-validate", f.noValidate},
		} {
			if flag.set {
				return nil, usageError("%s only applies with --forward", flag.name)
			}
		}
		if given := f.upstreams.given(); len(given) > 0 {
			return nil, usageError("%s only applies with --forward", given[0])
		}
		return nil, nil
	}
	if !f.real {
		return nil, usageError("--forward sends real messages through the real providers' APIs, billed to " +
			"the credentials clients send; add --real to confirm that is what you want")
	}
	if f.faults {
		return nil, usageError("--faults has no effect with --forward: the real providers answer, so no fault can be set")
	}
	upstreams, err := f.upstreams.parse()
	if err != nil {
		return nil, err
	}
	return &fakeserver.Forward{NoValidate: f.noValidate, Upstreams: upstreams}, nil
}

// forwardUpstreamUsage is the help of serve's --upstream-NAME.
func forwardUpstreamUsage(p provider.Provider) string {
	var defaults []string
	for _, path := range append([]string{"/"}, p.Paths()...) {
		if u := p.Upstream(path); u != nil && !slices.Contains(defaults, u.String()) {
			defaults = append(defaults, u.String())
		}
	}
	if len(defaults) == 0 {
		return "with --forward: " + p.Title() + " base URL (required to forward its requests: it has no default)"
	}
	return "with --forward: " + p.Title() + " base URL (default " + strings.Join(defaults, " and ") + ")"
}

// upstreamURL parses an upstream flag: https, or plain http for a local
// stand-in only, since credentials travel in every request.
func upstreamURL(flag, raw string) (*url.URL, error) {
	if raw == "" {
		return nil, nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || u.RawQuery != "" {
		return nil, usageError("%s %q must be a base URL such as https://sms.us.8x8.com", flag, raw)
	}
	if u.Scheme == "http" && !fakeserver.IsLoopbackHost(u.Hostname()) {
		return nil, usageError("%s %q must use https: clients' credentials travel in every request "+
			"(plain http is allowed for a local stand-in on 127.0.0.1 only)", flag, raw)
	}
	return u, nil
}

// printForwarding says, before anything is sent, where real messages go.
func printForwarding(w io.Writer, fwd *fakeserver.Forward) {
	fmt.Fprintln(w, "hookemu serve: forwarding to the REAL providers; real messages will be sent and billed:")
	for _, u := range fwd.BaseURLs() {
		fmt.Fprintln(w, "  "+u)
	}
	if fwd.NoValidate {
		fmt.Fprintln(w, "  --no-validate: requests the fakes would reject are sent too")
	} else {
		fmt.Fprintln(w, "  requests the fakes would reject are answered by the fake and not sent (--no-validate sends them)")
	}
}

// printListening puts the URL at the end of the first line, where a
// script finds it with `head -1 | awk '{print $NF}'`. The banner is
// written at once, so whoever sees its first line sees all of it.
func printListening(out io.Writer, addr string, runner bool) {
	var w strings.Builder
	base := "http://" + addr
	fmt.Fprintf(&w, "hookemu serve: listening on %s\n", base)
	for _, p := range providers.All() {
		var at []string
		for _, path := range p.Paths() {
			at = append(at, base+path+"...")
		}
		at = append(at, base+"/"+p.Name()+"/...")
		fmt.Fprintf(&w, "  %s %s\n", p.Title(), strings.Join(at, ", "))
	}
	fmt.Fprintf(&w, "  messages %s/_hookemu/api/v1/messages, ready %s/_hookemu/readyz\n", base, base)
	if runner {
		fmt.Fprintf(&w, "  web inbox %s/, runner %s/run\n", base, base)
	} else {
		fmt.Fprintf(&w, "  web inbox %s/ (the runner is off with --public; --allow-runner turns it on)\n", base)
	}
	_, _ = io.WriteString(out, w.String())
}
