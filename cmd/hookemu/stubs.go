package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/internal/hostfile"
	"github.com/hookemu/hookemu/stubs"
)

// stubFlags is --stubs, for the subcommands that run hook code and for
// serve: what hosts no fake knows answer.
type stubFlags struct {
	files []string
}

const stubsUsage = "answers for a host no fake knows: a WireMock mappings file or a stubs YAML file, " +
	"or HOST=FILE for stubs that name no host (repeatable)"

func (f *stubFlags) register(fl *pflag.FlagSet) {
	repeatableVar(fl, &f.files, "stubs", stubsUsage)
}

// sources reads every --stubs file, in the order given (a later file
// wins a tie of priorities, as a later mapping does), and checks that it
// parses. A file that cannot be read or parsed is a usage error.
func (f *stubFlags) sources() ([]stubs.Source, error) {
	var out []stubs.Source
	for _, arg := range f.files {
		host, path := splitStubsArg(arg)
		data, err := hostfile.ReadArg(path, stubs.MaxFileBytes)
		if err != nil {
			return nil, usageError("--stubs %s: %v", arg, err)
		}
		src := stubs.Source{Name: path, Host: host, Data: data}
		if _, err := stubs.Parse(src.Data, stubs.Options{Source: src.Name, Host: src.Host}); err != nil {
			return nil, usageError("--stubs: %v", err)
		}
		out = append(out, src)
	}
	return out, nil
}

// set is the stubs of --stubs as one set; nil when there are none.
func (f *stubFlags) set() (*stubs.Set, error) {
	sources, err := f.sources()
	if err != nil || len(sources) == 0 {
		return nil, err
	}
	set, err := stubs.Load(sources)
	if err != nil {
		return nil, usageError("--stubs: %v", err)
	}
	return set, nil
}

// stubSet is the stubs a run answers with, and whose demo stubs they
// are when they are documented hooks' own.
type stubSet struct {
	set *stubs.Set // nil stubs nothing
	// demo names the documented hooks whose demo stubs these are, or "".
	demo string
}

// load is the stubs of --stubs. With none given, and only then, the
// sides that are documented hooks left unchanged get their demo stubs,
// as they get their demo secrets: edited code is the user's.
func (f *stubFlags) load(sides ...harness.Source) (stubSet, error) {
	if len(f.files) > 0 {
		set, err := f.set()
		return stubSet{set: set}, err
	}
	var sources []stubs.Source
	var from []string
	for _, src := range sides {
		if len(src.DemoStubs) > 0 && !slices.Contains(from, src.Name) {
			sources = append(sources, src.DemoStubs...)
			from = append(from, src.Name)
		}
	}
	if len(sources) == 0 {
		return stubSet{}, nil
	}
	set, err := stubs.Load(sources)
	if err != nil {
		// The demo stubs are embedded and hooks' tests parse them: only
		// a broken build gets here.
		return stubSet{}, fmt.Errorf("the demo stubs of %s: %w", strings.Join(from, " and "), err)
	}
	return stubSet{set: set, demo: strings.Join(from, " and ")}, nil
}

// hosts are the hosts the stubs answer, for the line naming demo stubs.
func (s stubSet) hosts() string {
	if s.set == nil {
		return ""
	}
	return strings.Join(s.set.Hosts(), ", ")
}

// splitStubsArg reads HOST=FILE, or FILE alone: the part before "=" is a
// host only if it looks like one, so a file name with "=" still works.
func splitStubsArg(arg string) (host, path string) {
	before, after, ok := strings.Cut(arg, "=")
	if !ok || strings.ContainsAny(before, `/\`) || !strings.Contains(before, ".") && before != "localhost" {
		return "", arg
	}
	return before, after
}
