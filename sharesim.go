// Package sharesim is the entry point to an in-memory model of AWS
// cross-account sharing: RAM, Well-Architected Tool sharing, Audit Manager
// framework sharing and the slice of AWS Organizations they depend on.
//
// A [World] holds every account and region. Get a client per (account,
// region) for each service and call it as the AWS SDK would be called:
//
//	w := sharesim.New(&sharesim.Options{Clock: clock.NewFake(start)})
//	owner := w.RAM("111111111111", "us-east-1")
//	recipient := w.RAM("222222222222", "us-east-1")
//
// All methods are safe for concurrent use.
package sharesim

import (
	"time"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected"
)

// Options configure a world; see [share.Options] for every field. A nil
// *Options means AWS's defaults, a real clock and random identifiers.
type Options = share.Options

// World is one simulated AWS: every account, region and service, behind one
// lock. Build it with [New].
type World struct {
	store *share.Store
	start time.Time // the clock's reading when the world was made
}

// New returns an empty world.
func New(opts *Options) *World {
	s := share.NewStore(opts)
	return &World{store: s, start: s.Clock().Now()}
}

// Store returns the domain store, for embedding code that inspects state or
// drives it directly.
func (w *World) Store() *share.Store { return w.store }

// Clock returns the world's clock.
func (w *World) Clock() clock.Clock { return w.store.Clock() }

// Advance moves the world's clock forward by d and applies every timed
// transition that fell due. It panics unless the world was built with a
// *clock.Fake or *clock.Offset. The clock must stay between clock.Earliest
// and clock.Latest (1677 to 2262): beyond, timestamps are meaningless.
func (w *World) Advance(d time.Duration) time.Time {
	var now time.Time
	switch c := w.store.Clock().(type) {
	case *clock.Fake:
		now = c.Advance(d)
	case *clock.Offset:
		now = c.Advance(d)
	default:
		panic("sharesim: Advance needs a world built with a *clock.Fake or *clock.Offset")
	}
	w.store.Settle()
	return now
}

// Reset empties the world and keeps its options. A *clock.Fake goes back to
// the instant the world was made, and a *clock.Offset drops its advances;
// any other clock is left alone.
func (w *World) Reset() {
	w.store.ResetWith(func() {
		switch c := w.store.Clock().(type) {
		case *clock.Fake:
			c.Set(w.start)
		case *clock.Offset:
			c.Reset()
		}
	})
}

// RAM returns a Resource Access Manager client acting as account in region.
func (w *World) RAM(account, region string) *ram.Client { return ram.New(w.store, account, region) }

// WellArchitected returns a Well-Architected Tool client acting as account in
// region.
func (w *World) WellArchitected(account, region string) *wellarchitected.Client {
	return wellarchitected.New(w.store, account, region)
}

// AuditManager returns an Audit Manager client acting as account in region.
func (w *World) AuditManager(account, region string) *auditmanager.Client {
	return auditmanager.New(w.store, account, region)
}

// Organizations returns an AWS Organizations client acting as account.
// Organizations state is global, so there is no region.
func (w *World) Organizations(account string) *organizations.Client {
	return organizations.New(w.store, account)
}
