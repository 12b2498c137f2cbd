package loadgen

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
)

// ChildEnv, set to "1" in a process's environment, asks it to be a load
// generator (see Serve): a test binary's TestMain checks it, so a
// benchmark can run the load from its own binary in another process.
const ChildEnv = "HOOKEMU_LOADGEN_CHILD"

// Process is a load generator running in another process, so that its
// goroutines, allocations and garbage collections are not the measured
// server's: in the server's process they share its scheduler and its GC,
// and every pause of one is counted as latency of the other. The operating
// system still shares the CPUs between the two.
type Process struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	enc    *json.Encoder
	dec    *json.Decoder
	stderr *boundedBuffer
}

// StartProcess starts cmd as a load generator: it sets cmd's standard
// input and output to talk to it and adds ChildEnv to its environment.
// The program must call Serve when ChildEnv is set (a test binary does it
// in TestMain). Close ends it.
func StartProcess(cmd *exec.Cmd) (*Process, error) {
	cmd.Env = append(cmd.Environ(), ChildEnv+"=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("connecting to the load generator's input: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("connecting to the load generator's output: %w", err)
	}
	p := &Process{cmd: cmd, stdin: stdin, enc: json.NewEncoder(stdin), dec: json.NewDecoder(bufio.NewReader(stdout)), stderr: &boundedBuffer{limit: 4 << 10}}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting the load generator %s: %w", cmd.Path, err)
	}
	return p, nil
}

// Run has the other process run cfg and returns what it measured.
func (p *Process) Run(cfg Config) (Result, error) {
	if cfg.OK != nil {
		return Result{}, errors.New("a load generator in another process counts 2xx answers as served: leave Config.OK nil")
	}
	if err := p.enc.Encode(cfg); err != nil {
		return Result{}, fmt.Errorf("sending the run to the load generator: %w (its errors: %q)", err, p.stderr.String())
	}
	var reply childReply
	if err := p.dec.Decode(&reply); err != nil {
		return Result{}, fmt.Errorf("reading the load generator's result: %w (its errors: %q)", err, p.stderr.String())
	}
	if reply.Error != "" {
		return reply.Result, errors.New(reply.Error)
	}
	return reply.Result, nil
}

// Close ends the other process: it stops when its input ends.
func (p *Process) Close() error {
	_ = p.stdin.Close()
	if err := p.cmd.Wait(); err != nil {
		return fmt.Errorf("the load generator ended with %w (its errors: %q)", err, p.stderr.String())
	}
	return nil
}

// childReply is one run's answer from the other process.
type childReply struct {
	Result Result `json:"result"`
	Error  string `json:"error,omitempty"`
}

// Serve is the other process's side: it reads one JSON Config at a time
// from r, runs it, and writes its Result to w, until r ends.
func Serve(ctx context.Context, r io.Reader, w io.Writer) error {
	dec, enc := json.NewDecoder(r), json.NewEncoder(w)
	for {
		var cfg Config
		if err := dec.Decode(&cfg); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("reading a load run: %w", err)
		}
		res, err := Run(ctx, cfg)
		reply := childReply{Result: res}
		if err != nil {
			reply.Error = err.Error()
		}
		if err := enc.Encode(reply); err != nil {
			return fmt.Errorf("writing a load run's result: %w", err)
		}
	}
}

// ServeIfChild runs Serve on the standard input and output and exits when
// ChildEnv says this process is a load generator; otherwise it returns.
// A test binary calls it first thing in TestMain.
func ServeIfChild() {
	if os.Getenv(ChildEnv) != "1" {
		return
	}
	if err := Serve(context.Background(), os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// boundedBuffer keeps the first limit bytes written to it: the other
// process's errors, for the messages of a failed run. exec copies them
// from its own goroutine, hence the lock.
type boundedBuffer struct {
	mu    sync.Mutex
	limit int
	buf   []byte
}

func (b *boundedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	room := max(b.limit-len(b.buf), 0)
	b.buf = append(b.buf, p[:min(room, len(p))]...)
	return len(p), nil
}

func (b *boundedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}
