package main

import (
	"testing"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestARepeatableFlagIsPflagsStringArray holds repeatableVar to pflag's
// StringArrayVar: the same help line, values, String and
// GetStringArray, for the same command lines.
func TestARepeatableFlagIsPflagsStringArray(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
	}{
		{"no value", nil},
		{"one value", []string{"--x", "a"}},
		{"values with commas, quotes, spaces and line breaks", []string{"--x", "a,b", "--x=c \"d\"", "--x", " e", "--x", "f\ng", "--x", ""}},
		{"an empty value alone", []string{"--x="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var theirs, ours []string
			want := pflag.NewFlagSet("t", pflag.ContinueOnError)
			want.StringArrayVar(&theirs, "x", nil, "a value (repeatable)")
			got := pflag.NewFlagSet("t", pflag.ContinueOnError)
			repeatableVar(got, &ours, "x", "a value (repeatable)")
			assert.Equal(t, want.FlagUsages(), got.FlagUsages(), "help before parsing")

			require.NoError(t, want.Parse(tt.args))
			require.NoError(t, got.Parse(tt.args))
			assert.Equal(t, theirs, ours)
			assert.Equal(t, want.Lookup("x").Value.String(), got.Lookup("x").Value.String())
			assert.Equal(t, want.Lookup("x").Changed, got.Lookup("x").Changed)
			wantArray, err := want.GetStringArray("x")
			require.NoError(t, err)
			gotArray, err := got.GetStringArray("x")
			require.NoError(t, err)
			assert.Equal(t, wantArray, gotArray)
			wantSlice, _ := want.Lookup("x").Value.(pflag.SliceValue)
			gotSlice, _ := got.Lookup("x").Value.(pflag.SliceValue)
			require.NotNil(t, wantSlice)
			require.NotNil(t, gotSlice)
			assert.Equal(t, wantSlice.GetSlice(), gotSlice.GetSlice())
			require.NoError(t, wantSlice.Append("h"))
			require.NoError(t, gotSlice.Append("h"))
			assert.Equal(t, theirs, ours)
			require.NoError(t, wantSlice.Replace([]string{"i", "j"}))
			require.NoError(t, gotSlice.Replace([]string{"i", "j"}))
			assert.Equal(t, theirs, ours)
		})
	}
}
