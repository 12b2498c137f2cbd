package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/internal/gctune"
	"github.com/hookemu/hookemu/scenarios"
)

// workerCommand is the hidden subcommand `hookemu test` starts its worker
// processes with.
const workerCommand = "__worker"

// Fault injection for the tests of crash isolation, off unless set: a
// worker handed a job whose payload text is the variable's value ends
// as the Go runtime does on running out of memory, or never answers.
const (
	crashOnTextEnv = "HOOKEMU_TEST_WORKER_CRASH_ON_TEXT"
	hangOnTextEnv  = "HOOKEMU_TEST_WORKER_HANG_ON_TEXT"
)

// workerReply is a worker's answer to one job, one JSON line.
type workerReply struct {
	Report harness.Report `json:"report"`
	// Durations are the exchanges' durations, which the report's JSON
	// leaves out.
	Durations []time.Duration `json:"durations"`
	Error     string          `json:"error,omitempty"`
	// Took is how long the worker spent on the job, from reading it to
	// answering: jobs wait in its input behind one another, so only the
	// worker knows when each started.
	Took time.Duration `json:"took"`
}

func newWorkerCommand(stdout io.Writer) *cobra.Command {
	var f hookFlags
	cmd := &cobra.Command{
		Use:    workerCommand,
		Hidden: true,
		Short:  "Run scenario jobs read as JSON lines on stdin (started by hookemu test)",
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWorker(cmd.Context(), f, os.Stdin, stdout)
		},
	}
	f.add(cmd.Flags(), "unused")
	return cmd
}

// runWorker answers each job on in with a reply on out, until in ends.
func runWorker(ctx context.Context, f hookFlags, in io.Reader, out io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	// Ctrl-C reaches the whole process group; the runner decides what
	// an interrupt stops, and stops its workers itself.
	signal.Ignore(os.Interrupt)
	defer gctune.ForManyRuns(os.Getenv)()
	defer startProfile(os.Getenv, "worker", os.Stderr)()
	inv := scenarios.NewLocalInvoker(emulator.New(f.emulatorConfig()))
	jobs, enc := newJobReader(in), json.NewEncoder(out)
	for {
		job, err := jobs.read()
		if errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("worker: cannot read a job: %w", err)
		}
		start := time.Now()
		injectFault(job)
		rep, err := inv.Invoke(ctx, job)
		reply := workerReply{Report: rep}
		for _, ex := range rep.Requests {
			reply.Durations = append(reply.Durations, ex.Duration)
		}
		if err != nil {
			reply.Error = err.Error()
		}
		reply.Took = time.Since(start)
		if err := enc.Encode(reply); err != nil {
			return err
		}
	}
}

func injectFault(job scenarios.Job) {
	if text := os.Getenv(crashOnTextEnv); text != "" && job.Payload.Text == text {
		fmt.Fprintln(os.Stderr, "fatal error: runtime: out of memory")
		os.Exit(2)
	}
	if text := os.Getenv(hangOnTextEnv); text != "" && job.Payload.Text == text {
		select {}
	}
}
