// Package proptest holds what sharesim's randomized property tests share:
// how many seeds and steps a run takes and the tally of the outcomes the
// runs reached; the random draws of a world; making a call and checking the
// exception it fails with against the service model; reading listings to
// their end and comparing snapshots; walking a listing a page per step; and
// the trail a failure report shows. Each test drives worlds of its own, one
// a seed, with random calls; see ram, wellarchitected and auditmanager's
// property_test.go.
package proptest

import (
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Size returns the number of seeds and of steps per seed a run takes: the
// test's defaults, 4 seeds of at most 100 steps under -short, or the
// positive numbers in SHARESIM_PROPERTY_SEEDS and SHARESIM_PROPERTY_STEPS,
// which win, for a longer hunt.
func Size(seeds, steps int) (int, int) {
	if testing.Short() {
		seeds, steps = 4, min(steps, 100)
	}
	return fromEnv("SHARESIM_PROPERTY_SEEDS", seeds), fromEnv("SHARESIM_PROPERTY_STEPS", steps)
}

func fromEnv(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// Race reports whether the test binary was built with the race detector,
// under which a test may take fewer steps.
func Race() bool {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" {
				return s.Value == "true"
			}
		}
	}
	return false
}

// OK is the outcome of a call that succeeded.
const OK = "ok"

// Tally counts, across the seeds of a run, how often each operation reached
// each outcome: OK or an exception's code. Operations written in
// parentheses, such as "(client token)", are the test's own events and do
// not count as operations in the report. The zero value is ready to use; a
// Tally is safe for concurrent use.
type Tally struct {
	mu   sync.Mutex
	seen map[[2]string]int
}

// Add counts one outcome of op.
func (t *Tally) Add(op, outcome string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.seen == nil {
		t.seen = map[[2]string]int{}
	}
	t.seen[[2]string{op, outcome}]++
}

// Report returns a line of totals, the number of operations called, of
// those that succeeded at least once, and of distinct (operation,
// exception) pairs, then a line a pair with its count, in order.
func (t *Tally) Report() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var lines []string
	ops, succeeded, errPairs := map[string]bool{}, 0, 0
	for k, n := range t.seen {
		lines = append(lines, fmt.Sprintf("  %-40s %-50s %6d", k[0], k[1], n))
		if strings.HasPrefix(k[0], "(") {
			continue
		}
		ops[k[0]] = true
		if k[1] == OK {
			succeeded++
		} else {
			errPairs++
		}
	}
	slices.Sort(lines)
	return fmt.Sprintf("%d operations called, %d of them successfully; %d distinct (operation, exception) pairs:\n%s",
		len(ops), succeeded, errPairs, strings.Join(lines, "\n"))
}

// Run runs a property test of the given number of seeds, which Size
// adjusts: for each seed from 0, a parallel subtest "seeds/seed=N" calls
// world, which drives a world of its own of that seed for steps steps,
// counting outcomes in the Tally the seeds share; Run logs the tally once
// every seed has finished. go test -run 'TestName/seeds/seed=N$' replays
// one seed. The worlds' snapshots make a lot of short-lived garbage: the
// collector runs less often meanwhile.
func Run(t *testing.T, seeds, steps int, world func(t *testing.T, seed uint64, steps int, tally *Tally)) {
	t.Helper()
	seeds, steps = Size(seeds, steps)
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	tally := &Tally{}
	t.Run("seeds", func(t *testing.T) {
		for seed := range uint64(seeds) {
			t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
				t.Parallel()
				world(t, seed, steps, tally)
			})
		}
	})
	t.Log(tally.Report())
}
