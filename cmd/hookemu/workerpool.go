package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
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

// pipelineDepth is how many jobs `hookemu test` keeps handed to each
// worker. A worker runs its jobs one at a time, in the order given; the
// ones after the first wait in its input, so it starts the next as soon
// as it has answered, instead of waiting for this process to read the
// answer, check it, report it and send another. A crash or a stuck run
// still fails only the job that was running: the jobs waiting behind it
// had not started, and go to another worker.
const pipelineDepth = 2

// errNotStarted is the answer to a job that was waiting in the input of
// a worker that ended before reaching it: it runs on another worker.
var errNotStarted = errors.New("the job's worker ended before starting it")

// errInterrupted is the answer to a job the user interrupted.
var errInterrupted = errors.New("not finished: the run was interrupted")

// workerPool runs scenario jobs in worker processes (this binary, run
// with the hidden worker subcommand), started as needed and kept for the
// next jobs. A job whose worker crashes or never answers is that
// scenario's failure; the worker is replaced and every other scenario
// still runs. It is the CLI's choice: scenarios.Runner runs jobs
// in-process unless given an Invoker.
type workerPool struct {
	command []string // the executable and its arguments
	env     []string // nil: this process's environment
	margin  time.Duration
	// size is the most workers at once; more jobs at once than that
	// queue behind the others in the least busy worker. Zero starts a
	// worker whenever every worker is busy.
	size int

	mu      sync.Mutex
	workers []*worker // running
}

var _ scenarios.QueueingInvoker = (*workerPool)(nil)

// newWorkerPool starts up to size workers of this binary with the hook
// flags f.
func newWorkerPool(f hookFlags, size int) (*workerPool, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find hookemu's own executable to start workers: %w", err)
	}
	return &workerPool{command: append([]string{exe, workerCommand}, f.workerArgs()...), env: workerEnv(os.Environ()),
		margin: workerMargin, size: size}, nil
}

// workerEnv is the environment of the workers: this process's, with
// GOMAXPROCS=1 unless the user set GOMAXPROCS. A worker runs one job at a
// time, and there is one worker per scenario run at once (-p, one per
// CPU by default): a processor each is what they can use. More only
// hand the run's goroutines (its event loop, its time limit, the fakes)
// between threads, each hand-over the wake-up of another thread: on the
// 2-core machine, one processor per worker took about a fifth of the
// context switches of a 1,000-scenario suite.
func workerEnv(environ []string) []string {
	for _, kv := range environ {
		if strings.HasPrefix(kv, "GOMAXPROCS=") {
			return environ
		}
	}
	return append(slices.Clip(environ), "GOMAXPROCS=1")
}

// parallel is how many jobs the runner should keep in flight to keep
// every worker busy: pipelineDepth per worker, or one per worker with
// failFast, where a job handed out early would start after a failure.
func (p *workerPool) parallel(failFast bool) int {
	if failFast {
		return p.size
	}
	return p.size * pipelineDepth
}

// Invoke runs job on the least busy worker, or a new one.
func (p *workerPool) Invoke(ctx context.Context, job scenarios.Job) (harness.Report, error) {
	rep, _, err := p.InvokeQueued(ctx, job)
	return rep, err
}

// InvokeQueued is Invoke, and says when the job started: when its
// worker reached it, after the jobs handed to it before.
func (p *workerPool) InvokeQueued(ctx context.Context, job scenarios.Job) (harness.Report, time.Time, error) {
	for {
		if ctx.Err() != nil {
			return harness.Report{}, time.Now(), errInterrupted
		}
		w, err := p.pick()
		if err != nil {
			return harness.Report{}, time.Now(), err
		}
		rep, started, err := w.call(ctx, job)
		if !errors.Is(err, errNotStarted) {
			return rep, started, err
		}
	}
}

// pick chooses an idle worker, else starts one if the pool may grow,
// else takes the one with the fewest jobs. Workers start under the lock,
// so that jobs arriving together do not start more than size.
func (p *workerPool) pick() (*worker, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var best *worker
	bestLoad := 0
	for _, w := range p.workers {
		if n := w.load(); best == nil || n < bestLoad {
			best, bestLoad = w, n
		}
	}
	if best != nil && (bestLoad == 0 || (p.size > 0 && len(p.workers) >= p.size)) {
		return best, nil
	}
	w, err := startWorker(p.command, p.env, p.margin, p.remove)
	if err != nil {
		return nil, err
	}
	p.workers = append(p.workers, w)
	return w, nil
}

// prestart starts workers now, before any job, until there are n (at
// most size): their process start and initialisation then overlap the
// loading of the scenario files instead of delaying the first jobs. A
// worker that cannot start is left for a job to report.
func (p *workerPool) prestart(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.size > 0 {
		n = min(n, p.size)
	}
	for len(p.workers) < n {
		w, err := startWorker(p.command, p.env, p.margin, p.remove)
		if err != nil {
			return
		}
		p.workers = append(p.workers, w)
	}
}

// remove forgets a worker that has ended.
func (p *workerPool) remove(w *worker) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, x := range p.workers {
		if x == w {
			p.workers = append(p.workers[:i], p.workers[i+1:]...)
			return
		}
	}
}

// Close ends every worker: each sees its input end and exits.
func (p *workerPool) Close() {
	p.mu.Lock()
	workers := p.workers
	p.workers = nil
	p.mu.Unlock()
	for _, w := range workers {
		w.close()
	}
}

// worker is one worker process and the jobs handed to it.
type worker struct {
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	stderr  *headBuffer
	exited  chan struct{} // closed once the process has been waited for
	margin  time.Duration
	removed func(*worker)

	writeMu sync.Mutex // one job queued and written at a time; taken before mu
	enc     *json.Encoder

	mu     sync.Mutex
	queue  []*call // handed to the worker, not yet answered, in order
	ended  bool    // no job can be handed to it any more
	reason error   // why it was stopped, for the job it was running
	timer  *time.Timer
}

// call is one job handed to a worker, waiting for its answer.
type call struct {
	limit time.Duration // the job's time limit and the margin
	done  chan outcome
	// started is when the worker reached it: when the answer before it
	// came, then, once answered, its answer's time less what the worker
	// says it took. Set under the worker's mu.
	started time.Time
}

type outcome struct {
	rep harness.Report
	err error
}

func startWorker(command, env []string, margin time.Duration, removed func(*worker)) (*worker, error) {
	cmd := exec.Command(command[0], command[1:]...)
	cmd.Env = env
	w := &worker{cmd: cmd, stderr: &headBuffer{limit: 8 << 10}, exited: make(chan struct{}), margin: margin, removed: removed}
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
	w.stdin, w.enc = stdin, json.NewEncoder(stdin)
	dec := json.NewDecoder(stdout)
	go func() {
		w.readAnswers(dec)
		_ = cmd.Wait()
		close(w.exited)
		w.failQueue()
	}()
	return w, nil
}

// load is how many jobs the worker has not answered yet.
func (w *worker) load() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.queue)
}

// call hands job to the worker and waits for its answer, the worker's
// end, the job's time limit plus margin from when it started, or ctx. It
// says when the job started.
func (w *worker) call(ctx context.Context, job scenarios.Job) (harness.Report, time.Time, error) {
	c := &call{limit: job.Timeout + w.margin, done: make(chan outcome, 1)}
	// Jobs join the queue in the order they are written: the worker
	// answers in that order.
	w.writeMu.Lock()
	w.mu.Lock()
	if w.ended {
		w.mu.Unlock()
		w.writeMu.Unlock()
		return harness.Report{}, time.Now(), errNotStarted
	}
	w.queue = append(w.queue, c)
	if len(w.queue) == 1 {
		w.arm(c)
	}
	w.mu.Unlock()
	err := w.enc.Encode(job)
	w.writeMu.Unlock()
	if err != nil {
		// The worker is gone or going; its end answers every job.
		w.stop(nil)
	}
	var o outcome
	select {
	case o = <-c.done:
	case <-ctx.Done():
		w.stop(errInterrupted)
		if o = <-c.done; errors.Is(o.err, errNotStarted) {
			o.err = errInterrupted
		}
	}
	w.mu.Lock()
	started := c.started
	w.mu.Unlock()
	if started.IsZero() { // never reached
		started = time.Now()
	}
	return o.rep, started, o.err
}

// arm starts the time limit of c, which the worker starts now. Called
// with w.mu held.
func (w *worker) arm(c *call) {
	c.started = time.Now()
	w.timer = time.AfterFunc(c.limit, func() {
		w.mu.Lock()
		running := !w.ended && len(w.queue) > 0 && w.queue[0] == c
		w.mu.Unlock()
		if running {
			w.stop(fmt.Errorf("no answer within %s (the time limit and a %s margin); its worker process was stopped and the other scenarios ran on", c.limit, w.margin))
		}
	})
}

// readAnswers gives each answer to the job it answers, until the worker
// ends.
func (w *worker) readAnswers(dec *json.Decoder) {
	for {
		var reply workerReply
		if err := dec.Decode(&reply); err != nil {
			w.stop(nil)
			return
		}
		w.mu.Lock()
		if len(w.queue) == 0 {
			w.mu.Unlock()
			w.stop(errors.New("the worker process answered a job it was not given"))
			return
		}
		c := w.queue[0]
		w.queue = w.queue[1:]
		if reply.Took > 0 {
			c.started = time.Now().Add(-reply.Took)
		}
		w.timer.Stop()
		if len(w.queue) > 0 {
			w.arm(w.queue[0])
		}
		w.mu.Unlock()
		c.done <- reply.outcome()
	}
}

// outcome is the report the reply carries, with its exchanges'
// durations, or its error.
func (r workerReply) outcome() outcome {
	if r.Error != "" {
		return outcome{err: errors.New(r.Error)}
	}
	for i := range min(len(r.Durations), len(r.Report.Requests)) {
		r.Report.Requests[i].Duration = r.Durations[i]
	}
	return outcome{rep: r.Report}
}

// stop ends the worker; reason, when not nil, is what the job it was
// running fails with (else what its crash says). The first reason wins.
func (w *worker) stop(reason error) {
	w.mu.Lock()
	if !w.ended {
		w.ended = true
		w.reason = reason
	}
	w.mu.Unlock()
	w.removed(w)
	_ = w.cmd.Process.Kill()
}

// failQueue answers the jobs left once the process has exited: the one
// it was running fails, the ones waiting behind it run elsewhere.
func (w *worker) failQueue() {
	w.mu.Lock()
	w.ended = true
	queue, reason := w.queue, w.reason
	w.queue = nil
	if w.timer != nil {
		w.timer.Stop()
	}
	w.mu.Unlock()
	if reason == nil {
		reason = w.crash()
	}
	for i, c := range queue {
		if i == 0 {
			c.done <- outcome{err: reason}
		} else {
			c.done <- outcome{err: errNotStarted}
		}
	}
}

// crash says why a worker that has exited did.
func (w *worker) crash() error {
	return fmt.Errorf("%s; the process running this scenario ended, and the other scenarios ran on", crashReason(w.stderr.String(), w.cmd.ProcessState))
}

// close ends a worker with no job left: it sees its input end and exits.
func (w *worker) close() {
	w.mu.Lock()
	w.ended = true
	w.mu.Unlock()
	_ = w.stdin.Close()
	<-w.exited
}
