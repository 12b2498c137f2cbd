package scenarios

import (
	"fmt"
	"strconv"
	"strings"
)

// Shard is one of Total equal shares of a suite, for splitting it across
// CI workers; Index counts from 1, as CI systems number their jobs. The
// zero Shard is the whole suite.
type Shard struct {
	Index, Total int
}

// ParseShard reads "K/N", e.g. "2/4" for the second of four workers.
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	index, err1 := strconv.Atoi(strings.TrimSpace(k))
	total, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || total < 1 || index < 1 || index > total {
		return Shard{}, fmt.Errorf("--shard %q: write K/N with 1 <= K <= N, e.g. --shard 2/4 for the second of four CI jobs", s)
	}
	return Shard{Index: index, Total: total}, nil
}

// Select returns the shard's share of scenarios: every Total-th one,
// starting with the Index-th. Scenarios come in suite order (files
// sorted by path, scenarios as the files list them), so every worker
// given the same files and flags agrees on the split, and the shares
// differ in size by one at most.
func (sh Shard) Select(scenarios []*Scenario) []*Scenario {
	if sh.Total <= 1 {
		return scenarios
	}
	var out []*Scenario
	for i := sh.Index - 1; i < len(scenarios); i += sh.Total {
		out = append(out, scenarios[i])
	}
	return out
}

func (sh Shard) String() string {
	if sh.Total <= 1 {
		return "all"
	}
	return fmt.Sprintf("%d/%d", sh.Index, sh.Total)
}
