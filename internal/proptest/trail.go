package proptest

import (
	"fmt"
	"strings"
	"testing"
)

// Trail is what a failure report tells of a world: its seed, the step it
// is at and the steps before.
type Trail struct {
	Seed uint64
	Step int
	last []string
}

// Record adds a step to the trail, which keeps the last eight.
func (tr *Trail) Record(step string) { tr.last = Last(append(tr.last, step), 8) }

// Fatalf fails t with a report of the problem, the call that showed it, the
// steps before, and how to replay the seed.
func (tr *Trail) Fatalf(t testing.TB, call, format string, args ...any) {
	t.Helper()
	t.Fatalf("seed %d, step %d: %s\ncall: %s\nlast calls:\n  %s\nreplay: go test -run '^%s$'", tr.Seed, tr.Step,
		fmt.Sprintf(format, args...), call, strings.Join(tr.last, "\n  "), t.Name())
}
