// Package clock provides the time source that every part of sharesim reads.
//
// Nothing in sharesim calls [time.Now] directly: the world is built with a
// [Clock], which is [Real] in production-like use and a [*Fake] in tests. A
// Fake moves only when told to ([Fake.Set], [Fake.Advance]), so expiries and
// settling delays are deterministic and nothing ever sleeps.
//
// All clocks in this package are safe for concurrent use.
package clock

import (
	"math"
	"sync"
	"time"
)

// Clock tells the current time.
type Clock interface {
	Now() time.Time
}

// Func adapts an ordinary function to a [Clock], as [net/http.HandlerFunc]
// adapts a function to a handler.
type Func func() time.Time

// Now calls f.
func (f Func) Now() time.Time { return f() }

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

// Real returns the system wall clock.
func Real() Clock { return realClock{} }

// Fake is a manual clock for tests. Its zero value is not usable; build one
// with [NewFake].
type Fake struct {
	mu  sync.Mutex // protects now
	now time.Time
}

// NewFake returns a fake clock that reads start until it is set or advanced.
func NewFake(start time.Time) *Fake { return &Fake{now: start} }

// Now returns the fake's current time.
func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// Set moves the clock to t, forwards or backwards.
func (f *Fake) Set(t time.Time) {
	f.mu.Lock()
	f.now = t
	f.mu.Unlock()
}

// Advance moves the clock forward by d and returns the new time. A negative d
// moves it backwards.
func (f *Fake) Advance(d time.Duration) time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
	return f.now
}

// Earliest and Latest bound the instants sharesim keeps, as Unix
// nanoseconds (int64): 1677-09-21 to 2262-04-11. A clock moved outside them
// gives meaningless timestamps.
var (
	Earliest = time.Unix(0, math.MinInt64).UTC()
	Latest   = time.Unix(0, math.MaxInt64).UTC()
)

// Offset is a wall clock that can be advanced: it reads the base clock plus
// the sum of every [Offset.Advance]. cmd/sharesim uses it when it runs
// without a fixed start time, so that time flows and can still be skipped
// forward.
type Offset struct {
	base Clock
	mu   sync.Mutex // protects off
	off  time.Duration
}

// NewOffset returns an advanceable clock over base.
func NewOffset(base Clock) *Offset { return &Offset{base: base} }

// Now returns the base time plus the accumulated offset.
func (o *Offset) Now() time.Time {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.base.Now().Add(o.off)
}

// Advance adds d to the offset and returns the new time. The offset stops
// at the largest duration either way rather than wrap around.
func (o *Offset) Advance(d time.Duration) time.Time {
	o.mu.Lock()
	switch {
	case d > 0 && o.off > math.MaxInt64-d:
		o.off = math.MaxInt64
	case d < 0 && o.off < math.MinInt64-d:
		o.off = math.MinInt64
	default:
		o.off += d
	}
	o.mu.Unlock()
	return o.Now()
}

// Reset drops every advance.
func (o *Offset) Reset() {
	o.mu.Lock()
	o.off = 0
	o.mu.Unlock()
}
