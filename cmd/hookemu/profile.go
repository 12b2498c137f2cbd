package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
)

// profileDirEnv names a folder where `hookemu test` and each of its
// worker processes write a CPU profile of their whole life, for
// contributors measuring the suite's process path (CONTRIBUTING.md,
// "Profiling hookemu test"): test-PID.pprof for the process that runs
// the suite, worker-PID.pprof for each worker. Unset, nothing is
// profiled.
const profileDirEnv = "HOOKEMU_PROFILE_DIR"

// startProfile starts a CPU profile of this process as role ("test",
// "worker") in the folder getenv(profileDirEnv) names, and returns what
// stops it and writes the file. Without the variable it does nothing. A
// profile that cannot be written is said on stderr and never fails the
// command: it is a tool for contributors, not part of the result.
func startProfile(getenv func(string) string, role string, stderr io.Writer) (stop func()) {
	dir := getenv(profileDirEnv)
	if dir == "" {
		return func() {}
	}
	file, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%d.pprof", role, os.Getpid())))
	if err == nil {
		err = pprof.StartCPUProfile(file)
	}
	if err != nil {
		fmt.Fprintf(stderr, "hookemu: %s is set but no profile is written: %v\n", profileDirEnv, err)
		if file != nil {
			_ = file.Close()
		}
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := file.Close(); err != nil {
			fmt.Fprintf(stderr, "hookemu: cannot write the profile %s: %v\n", file.Name(), err)
		}
	}
}
