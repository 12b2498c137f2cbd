// Package reliability runs hostile hooks through the hookemu CLI, each in
// a child process, and checks that every one ends as the README's Limits
// section promises: the right exit code and outcome, within its time limit
// plus the documented margin, and with the child's peak memory under a
// stated bound. The bounds are generous on purpose: they tell "bounded"
// from "unbounded", not fast from slow, so the suite holds on a loaded
// machine.
//
// Each child runs under `ulimit -v`, so a regression makes the child
// crash (and the test fail) instead of exhausting the machine.
package reliability
