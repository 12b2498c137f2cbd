package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/scenarios"
)

// Not parallel: the fault is switched on through the environment the
// workers inherit.
func TestAScenarioThatCrashesItsProcessFailsAloneAndEveryOtherIsReported(t *testing.T) {
	t.Setenv(crashOnTextEnv, "crash here")
	dir := writeTree(t, map[string]string{
		"hook.js":         starterHook,
		"a.scenario.yaml": "hook: hook.js\nexpect: {outcome: success}\n",
		"b.scenario.yaml": "hook: hook.js\npayload: {text: crash here}\nsecrets: {apikey: s3cr3t}\n",
		"c.scenario.yaml": "hook: hook.js\ncases: [{name: one}, {name: two}]\n",
	})
	junit := filepath.Join(t.TempDir(), "report.xml")
	code, stdout, _ := hookemuTest(t, dir, "-p", "2", "--junit", junit)
	assert.Equal(t, exitFailed, code, "a crash is a failure (1), never a bad file (2)\n%s", stdout)
	assert.Regexp(t, `FAIL  \S*b\.scenario\.yaml b \(`, stdout)
	assert.Contains(t, stdout, "b.scenario.yaml: crashed: out of memory; the process running this scenario ended, and the other scenarios ran on")
	assert.Contains(t, stdout, "a.scenario.yaml a (")
	assert.Contains(t, stdout, "c.scenario.yaml c/two (")
	assert.Contains(t, stdout, "3 passed, 1 failed")

	data, err := os.ReadFile(junit)
	require.NoError(t, err)
	var report struct {
		Suites []struct {
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
				Error   *struct{} `xml:"error"` // a failure with no report

			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(data, &report))
	var cases, failures int
	for _, s := range report.Suites {
		for _, c := range s.Cases {
			cases++
			if c.Failure != nil || c.Error != nil {
				failures++
			}
		}
	}
	assert.Equal(t, 4, cases)
	assert.Equal(t, 1, failures)
}

func TestAWorkerThatNeverAnswersIsStoppedAndReplaced(t *testing.T) {
	t.Parallel()
	pool := &workerPool{command: []string{os.Args[0], workerCommand},
		env: append(os.Environ(), hangOnTextEnv+"=hang here"), margin: 50 * time.Millisecond}
	defer pool.Close()
	job := scenarios.Job{HookName: "starter.js", Payload: emulator.DefaultPayload(), Timeout: 50 * time.Millisecond}
	job.Payload.Text = "hang here"
	_, err := pool.Invoke(t.Context(), job)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no answer within 100ms (the time limit and a 50ms margin); its worker process was stopped")

	job.Payload.Text, job.Timeout = "hello", time.Minute // generous: a new worker starts first
	rep, err := pool.Invoke(t.Context(), job)
	require.NoError(t, err, "the next job gets a new worker")
	assert.Equal(t, emulator.OutcomeSuccess, rep.Outcome)
}

func TestACrashIsNamedFromWhatTheGoRuntimeSaid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, stderr, want string
	}{
		{"running out of memory", "fatal error: runtime: out of memory\n\nruntime stack:\n...", "out of memory"},
		{"an allocation the system refused", "runtime: out of memory: cannot allocate 1099511627776-byte block\nfatal error: out of memory\n", "out of memory"},
		{"a stack overflow", "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n", "stack overflow"},
		{"a panic", "panic: runtime error: index out of range [3] with length 2\n\ngoroutine 1 [running]:\n", "panic: runtime error: index out of range [3] with length 2"},
		{"another fatal error", "fatal error: concurrent map writes\n", "fatal error: concurrent map writes"},
		{"nothing said", "", "the worker process ended"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, crashReason(tt.stderr, nil))
		})
	}
}

func TestWorkersSeeTheEmulatorFlagsButNoSecrets(t *testing.T) {
	t.Parallel()
	f := hookFlags{actionsDir: "shared", secretFlags: secretFlags{secrets: []string{"apikey=s3cr3t"}, secretsFile: ".env"}, timeout: 5 * time.Second, memory: 64 << 20}
	assert.Equal(t, []string{"--timeout", "5s", "--memory", "67108864", "--actions-dir", "shared"}, f.workerArgs())
	assert.False(t, strings.Contains(strings.Join(f.workerArgs(), " "), "s3cr3t"))
}

func TestEachScenarioGetsItsOwnAnswerWhileJobsWaitInTheWorkers(t *testing.T) {
	t.Parallel()
	files := map[string]string{"hook.js": "module.exports = function (recipient, text, context, cb) { cb(null, {echo: text}); };"}
	const n = 40
	for i := range n {
		files[fmt.Sprintf("s%02d.scenario.yaml", i)] = fmt.Sprintf("hook: hook.js\npayload: {text: message %d}\nexpect: {response: {echo: message %d}}\n", i, i)
	}
	code, stdout, stderr := hookemuTest(t, writeTree(t, files), "-p", "2")
	require.Equal(t, exitOK, code, "an answer given to another scenario fails both\nstdout:\n%s\nstderr:\n%s", stdout, stderr)
	assert.Contains(t, stdout, fmt.Sprintf("%d passed, 0 failed", n))
}

func TestAJobWaitingBehindAStuckOneRunsOnAnotherWorker(t *testing.T) {
	t.Parallel()
	pool := &workerPool{command: []string{os.Args[0], workerCommand},
		env: append(os.Environ(), hangOnTextEnv+"=hang here"), margin: 50 * time.Millisecond, size: 1}
	defer pool.Close()
	stuck := scenarios.Job{HookName: "starter.js", Payload: emulator.DefaultPayload(), Timeout: 50 * time.Millisecond}
	stuck.Payload.Text = "hang here"
	stuckErr := make(chan error, 1)
	beforeStuck := time.Now()
	go func() {
		_, err := pool.Invoke(t.Context(), stuck)
		stuckErr <- err
	}()
	require.Eventually(t, func() bool {
		pool.mu.Lock()
		defer pool.mu.Unlock()
		return len(pool.workers) == 1 && pool.workers[0].load() == 1
	}, time.Minute, time.Millisecond, "the stuck job is handed to the pool's one worker")

	waiting := scenarios.Job{HookName: "starter.js", Payload: emulator.DefaultPayload(), Timeout: time.Minute}
	waiting.Payload.Text = "after the stuck one"
	rep, started, err := pool.InvokeQueued(t.Context(), waiting)
	require.NoError(t, err, "the job queued behind the stuck one had not started: it runs on a new worker")
	assert.Equal(t, emulator.OutcomeSuccess, rep.Outcome)
	assert.GreaterOrEqual(t, started.Sub(beforeStuck), 100*time.Millisecond,
		"it started once the stuck one's 100ms were over, not when it was handed to the pool")
	assert.ErrorContains(t, <-stuckErr, "no answer within 100ms")
}

func TestWorkersAreHandedJobsAheadUnlessFailFastMustStopAtTheFirstFailure(t *testing.T) {
	t.Parallel()
	pool := &workerPool{size: 3}
	assert.Equal(t, 3*pipelineDepth, pool.parallel(false))
	assert.Equal(t, 3, pool.parallel(true))
}

func TestAWorkerStartedBeforeTheFirstJobRunsIt(t *testing.T) {
	t.Parallel()
	pool := &workerPool{command: []string{os.Args[0], workerCommand}, margin: time.Minute, size: 2}
	defer pool.Close()
	pool.prestart(1)
	pool.prestart(1) // a second call starts nothing more
	require.Len(t, pool.workers, 1)
	first := pool.workers[0]

	job := scenarios.Job{HookName: "starter.js", Payload: emulator.DefaultPayload(), Timeout: time.Minute}
	rep, err := pool.Invoke(t.Context(), job)
	require.NoError(t, err)
	assert.Equal(t, emulator.OutcomeSuccess, rep.Outcome)
	require.Len(t, pool.workers, 1, "the first job needs no new worker")
	assert.Same(t, first, pool.workers[0])
}

func TestOnceTheFilesAreFoundAWorkerStartsForEachThatCanRunAtOnce(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		flags testFlags
		files int
		want  int
	}{
		{"one file starts no second worker", testFlags{}, 1, 1},
		{"more files than -p start -p workers", testFlags{}, 10, 3},
		{"with --run workers start as jobs need them", testFlags{run: "voice"}, 10, 1},
		{"with --shard workers start as jobs need them", testFlags{shard: "1/2"}, 10, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			pool := &workerPool{command: []string{os.Args[0], workerCommand}, margin: time.Minute, size: 3}
			defer pool.Close()
			pool.prestart(1)
			prestartFor(pool, tc.flags)(tc.files)
			assert.Len(t, pool.workers, tc.want)
		})
	}
}

func TestWithoutAWorkerStartedBeforehandTheFirstJobStartsOne(t *testing.T) {
	t.Parallel()
	pool := &workerPool{command: []string{os.Args[0], workerCommand}, margin: time.Minute, size: 2}
	defer pool.Close()
	require.Empty(t, pool.workers)
	job := scenarios.Job{HookName: "starter.js", Payload: emulator.DefaultPayload(), Timeout: time.Minute}
	rep, err := pool.Invoke(t.Context(), job)
	require.NoError(t, err)
	assert.Equal(t, emulator.OutcomeSuccess, rep.Outcome)
	assert.Len(t, pool.workers, 1)
}

func TestWorkersRunOnOneProcessorUnlessTheUserSetGOMAXPROCS(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		environ []string
		want    []string
	}{
		{"unset: one processor", []string{"HOME=/root"}, []string{"HOME=/root", "GOMAXPROCS=1"}},
		{"set by the user: theirs", []string{"GOMAXPROCS=4", "HOME=/root"}, []string{"GOMAXPROCS=4", "HOME=/root"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, workerEnv(tt.environ))
		})
	}
}

func TestAWorkerSaysHowLongEachJobTookItSoWaitingInItsInputIsNotCounted(t *testing.T) {
	t.Parallel()
	var in, out bytes.Buffer
	job := scenarios.Job{HookName: "starter.js", Payload: emulator.DefaultPayload(), Timeout: time.Minute}
	require.NoError(t, json.NewEncoder(&in).Encode(job))
	require.NoError(t, runWorker(t.Context(), hookFlags{}, &in, &out))
	var reply workerReply
	require.NoError(t, json.Unmarshal(out.Bytes(), &reply))
	assert.Equal(t, emulator.OutcomeSuccess, reply.Report.Outcome)
	assert.GreaterOrEqual(t, reply.Took, time.Duration(reply.Report.DurationMS*float64(time.Millisecond)),
		"from reading the job to answering it, the run included")
}
