package main

import (
	"bytes"
	"encoding/csv"
	"strings"

	"github.com/spf13/pflag"
)

// repeatableVar defines a flag given once per value (--secret A=1
// --secret B=2), as pflag's StringArrayVar with no default does, without
// its cost at definition: pflag writes the empty default through
// encoding/csv, with a 4 KiB buffer, for each such flag, in every process,
// while no help shows it. Parsing, help and GetStringArray see the same
// flag (TestARepeatableFlagIsPflagsStringArray).
func repeatableVar(fl *pflag.FlagSet, p *[]string, name, usage string) {
	*p = nil
	f := fl.VarPF(&repeatable{values: p}, name, "", usage)
	// pflag shows no default for its own string arrays defaulting to
	// "[]"; for a Value of its own it would show "[]".
	f.DefValue = ""
}

// repeatable is the value of a repeatableVar flag. It implements
// pflag.SliceValue, as pflag's string array does.
type repeatable struct {
	values  *[]string
	changed bool
}

var _ pflag.SliceValue = (*repeatable)(nil)

// Set replaces the default at the first value and appends the others.
func (r *repeatable) Set(v string) error {
	if !r.changed {
		*r.values = []string{v}
		r.changed = true
		return nil
	}
	*r.values = append(*r.values, v)
	return nil
}

// Type names the type as pflag's string array does, which help shows
// and GetStringArray checks.
func (r *repeatable) Type() string { return "stringArray" }

// String is pflag's form: the values as one CSV record, in brackets.
func (r *repeatable) String() string {
	if len(*r.values) == 0 {
		return "[]"
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write(*r.values)
	w.Flush()
	return "[" + strings.TrimSuffix(b.String(), "\n") + "]"
}

func (r *repeatable) Append(v string) error {
	*r.values = append(*r.values, v)
	return nil
}

func (r *repeatable) Replace(vs []string) error {
	*r.values = append([]string(nil), vs...)
	return nil
}

func (r *repeatable) GetSlice() []string { return append([]string{}, *r.values...) }
