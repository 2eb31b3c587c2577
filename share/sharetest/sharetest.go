// Package sharetest holds what every service's conformance suite needs from
// the world it runs against, whatever the front door: arranging
// organizations and moving the clock.
//
// Each service suite (ram/ramtest, wellarchitected/watest, ...) defines a
// Harness that embeds [World] and adds a client per (account, region). The
// in-process harnesses use [StoreWorld]; the wire and SDK harnesses implement
// World over the Organizations API and the admin endpoints.
package sharetest

import (
	"testing"
	"time"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/share"
)

// World is the part of a harness that arranges organizations and time.
// Methods fail the test on error.
type World interface {
	// CreateOrganization makes management the management account of a new
	// organization with all features, and returns its ID and root ID.
	CreateOrganization(t testing.TB, management string) (orgID, rootID string)
	// CreateOU creates an OU named name under parentID and returns its ID.
	CreateOU(t testing.TB, management, parentID, name string) string
	// Admit brings a standalone account into management's organization and
	// places it under parentID.
	Admit(t testing.TB, management, account, parentID string)
	// Move moves a member from one parent to another.
	Move(t testing.TB, management, account, from, to string)
	// Remove takes a member out of the organization.
	Remove(t testing.TB, management, account string)
	// EnableServiceAccess gives a service principal trusted access.
	EnableServiceAccess(t testing.TB, management, principal string)
	// DisableServiceAccess takes it away.
	DisableServiceAccess(t testing.TB, management, principal string)
	// Advance moves the world's clock forward and returns the new time.
	Advance(t testing.TB, d time.Duration) time.Time
	// Now reads the world's clock.
	Now(t testing.TB) time.Time
}

// Start is the instant in-process harnesses start their fake clocks at.
var Start = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// NewStore returns a store on a fake clock at [Start], with deterministic
// identifiers; opts may be nil. Its Clock and IDs are always replaced.
func NewStore(opts *share.Options) (*share.Store, *clock.Fake) {
	var o share.Options
	if opts != nil {
		o = *opts
	}
	c := clock.NewFake(Start)
	o.Clock, o.IDs = c, share.SeededIDs(1)
	return share.NewStore(&o), c
}

// StoreWorld implements [World] directly on a store and its fake clock.
type StoreWorld struct {
	Store *share.Store
	Clock *clock.Fake
}

var _ World = StoreWorld{}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("sharetest: %v", err)
	}
}

// CreateOrganization implements [World].
func (w StoreWorld) CreateOrganization(t testing.TB, management string) (string, string) {
	t.Helper()
	o, err := w.Store.CreateOrganization(management, share.FeatureSetAll)
	must(t, err)
	roots, _, err := w.Store.ListRoots(management, share.PageRequest{Limit: 1})
	must(t, err)
	return o.ID, roots[0].ID
}

// CreateOU implements [World].
func (w StoreWorld) CreateOU(t testing.TB, management, parentID, name string) string {
	t.Helper()
	ou, err := w.Store.CreateOrganizationalUnit(management, parentID, name)
	must(t, err)
	return ou.ID
}

// Admit implements [World].
func (w StoreWorld) Admit(t testing.TB, management, account, parentID string) {
	t.Helper()
	m, err := w.Store.AdmitAccount(management, account)
	must(t, err)
	if m.ParentID != parentID {
		must(t, w.Store.MoveAccount(management, account, m.ParentID, parentID))
	}
}

// Move implements [World].
func (w StoreWorld) Move(t testing.TB, management, account, from, to string) {
	t.Helper()
	must(t, w.Store.MoveAccount(management, account, from, to))
}

// Remove implements [World].
func (w StoreWorld) Remove(t testing.TB, management, account string) {
	t.Helper()
	must(t, w.Store.RemoveAccount(management, account))
}

// EnableServiceAccess implements [World].
func (w StoreWorld) EnableServiceAccess(t testing.TB, management, principal string) {
	t.Helper()
	must(t, w.Store.EnableServiceAccess(management, principal))
}

// DisableServiceAccess implements [World].
func (w StoreWorld) DisableServiceAccess(t testing.TB, management, principal string) {
	t.Helper()
	must(t, w.Store.DisableServiceAccess(management, principal))
}

// Advance implements [World]; it also applies the transitions that fell due.
func (w StoreWorld) Advance(t testing.TB, d time.Duration) time.Time {
	now := w.Clock.Advance(d)
	w.Store.Settle()
	return now
}

// Now implements [World].
func (w StoreWorld) Now(t testing.TB) time.Time { return w.Clock.Now() }
