package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"time"

	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/scenarios"
)

// workerMargin is how long past its time limit a job may take before its
// worker is presumed stuck and stopped. The emulator ends every run
// within its limit and a small margin; this is the backstop for code it
// cannot interrupt.
const workerMargin = 10 * time.Second

// workerPool runs scenario jobs in worker processes (this binary, run
// with the hidden worker subcommand), one job at a time each, started as
// needed and kept for the next job. A job whose worker crashes or never
// answers is that scenario's failure; the worker is replaced and every
// other scenario still runs. It is the CLI's choice: scenarios.Runner
// runs jobs in-process unless given an Invoker.
type workerPool struct {
	command []string // the executable and its arguments
	env     []string // nil: this process's environment
	margin  time.Duration

	mu    sync.Mutex
	idle  []*worker
	count int // started and not yet stopped
}

var _ scenarios.Invoker = (*workerPool)(nil)

// newWorkerPool starts workers of this binary with the hook flags f.
func newWorkerPool(f hookFlags) (*workerPool, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find hookemu's own executable to start workers: %w", err)
	}
	return &workerPool{command: append([]string{exe, workerCommand}, f.workerArgs()...), margin: workerMargin}, nil
}

// Invoke runs job on an idle worker, or a new one.
func (p *workerPool) Invoke(ctx context.Context, job scenarios.Job) (harness.Report, error) {
	w, err := p.take()
	if err != nil {
		return harness.Report{}, err
	}
	rep, err := w.call(ctx, job, p.margin)
	if err != nil {
		p.discard(w)
		return rep, err
	}
	p.mu.Lock()
	p.idle = append(p.idle, w)
	p.mu.Unlock()
	return rep, nil
}

func (p *workerPool) take() (*worker, error) {
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		w := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return w, nil
	}
	p.count++
	p.mu.Unlock()
	w, err := startWorker(p.command, p.env)
	if err != nil {
		p.mu.Lock()
		p.count--
		p.mu.Unlock()
		return nil, err
	}
	return w, nil
}

func (p *workerPool) discard(w *worker) {
	w.kill()
	p.mu.Lock()
	p.count--
	p.mu.Unlock()
}

// Close ends every idle worker: each sees its input end and exits.
func (p *workerPool) Close() {
	p.mu.Lock()
	idle := p.idle
	p.idle = nil
	p.mu.Unlock()
	for _, w := range idle {
		w.close()
	}
}

// worker is one worker process.
type worker struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	enc    *json.Encoder
	dec    *json.Decoder
	stderr *headBuffer
	exited chan struct{} // closed once the process has been waited for
}

func startWorker(command, env []string) (*worker, error) {
	cmd := exec.Command(command[0], command[1:]...)
	cmd.Env = env
	w := &worker{cmd: cmd, stderr: &headBuffer{limit: 8 << 10}, exited: make(chan struct{})}
	cmd.Stderr = w.stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot start a worker process: %w", err)
	}
	go func() { _ = cmd.Wait(); close(w.exited) }()
	w.stdin, w.enc, w.dec = stdin, json.NewEncoder(stdin), json.NewDecoder(stdout)
	return w, nil
}

// call sends job and waits for the reply, the worker's end, the job's
// time limit plus margin, or ctx.
func (w *worker) call(ctx context.Context, job scenarios.Job, margin time.Duration) (harness.Report, error) {
	if err := w.enc.Encode(job); err != nil {
		<-w.exited
		return harness.Report{}, w.crash()
	}
	answer := make(chan error, 1)
	var reply workerReply
	go func() { answer <- w.dec.Decode(&reply) }()
	limit := job.Timeout + margin
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case err := <-answer:
		if err != nil && ctx.Err() != nil {
			w.kill()
			return harness.Report{}, fmt.Errorf("not finished: the run was interrupted")
		}
		if err != nil {
			<-w.exited
			return harness.Report{}, w.crash()
		}
	case <-timer.C:
		w.kill()
		<-answer
		return harness.Report{}, fmt.Errorf("no answer within %s (the time limit and a %s margin); its worker process was stopped and the other scenarios ran on", limit, margin)
	case <-ctx.Done():
		w.kill()
		<-answer
		return harness.Report{}, fmt.Errorf("not finished: the run was interrupted")
	}
	if reply.Error != "" {
		return harness.Report{}, fmt.Errorf("%s", reply.Error)
	}
	for i := range min(len(reply.Durations), len(reply.Report.Requests)) {
		reply.Report.Requests[i].Duration = reply.Durations[i]
	}
	return reply.Report, nil
}

// crash says why a worker that has exited did.
func (w *worker) crash() error {
	return fmt.Errorf("%s; the process running this scenario ended, and the other scenarios ran on", crashReason(w.stderr.String(), w.cmd.ProcessState))
}

func (w *worker) kill() {
	_ = w.cmd.Process.Kill()
	<-w.exited
}

func (w *worker) close() {
	_ = w.stdin.Close()
	<-w.exited
}
