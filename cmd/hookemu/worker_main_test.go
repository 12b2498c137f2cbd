package main

import (
	"os"
	"testing"
)

// TestMain lets this test binary stand in for hookemu as its own worker:
// `hookemu test` re-executes the running binary with the worker
// subcommand, which in tests is this binary.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == workerCommand {
		os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
	}
	// Human output's markers follow the locale: tests expect Unicode ones
	// wherever they run.
	os.Unsetenv("LC_ALL")
	os.Unsetenv("LC_CTYPE")
	os.Setenv("LANG", "C.UTF-8")
	os.Exit(m.Run())
}
