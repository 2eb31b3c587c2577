package share_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/invitation"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

const (
	waOwner     = "111111111111"
	waRecipient = "222222222222"
	waRegion    = "us-east-1"
)

var (
	waOwnerC     = share.Caller{Account: waOwner, Region: waRegion}
	waRecipientC = share.Caller{Account: waRecipient, Region: waRegion}
)

// waFixture is a world with one workload owned by waOwner, and an
// organization with WA sharing on whose OU holds waRecipient.
type waFixture struct {
	store    *share.Store
	clk      *clock.Fake
	workload string
	ouID     string
}

const waDelay = time.Minute

func newWAFixture(t *testing.T) *waFixture {
	t.Helper()
	store, clk := sharetest.NewStore(&share.Options{PropagationDelay: waDelay})
	w := sharetest.StoreWorld{Store: store, Clock: clk}
	_, root := w.CreateOrganization(t, waOwner)
	ou := w.CreateOU(t, waOwner, root, "reviewers")
	w.Admit(t, waOwner, waRecipient, ou)
	require.NoError(t, store.WAUpdateGlobalSettings(waOwnerC, share.WAGlobalSettingsUpdate{OrganizationSharing: ptrTo(true)}))
	wl, err := store.WACreateWorkload(waOwnerC, share.WARequestToken{}, share.WAWorkloadSpec{Name: "Payments", Lenses: []string{"wellarchitected"}}, nil)
	require.NoError(t, err)
	return &waFixture{store: store, clk: clk, workload: wl.ID, ouID: ou}
}

func ptrTo[T any](v T) *T { return &v }

func (f *waFixture) share(target string) (share.WAShare, error) {
	return f.store.WACreateShare(waOwnerC, share.WARequestToken{}, share.WAKindWorkload, f.workload, target, share.WAReadOnly)
}

// current returns the workload's share with target, if any.
func (f *waFixture) current(t *testing.T, target string) (share.WAShare, bool) {
	t.Helper()
	shares, _, err := f.store.WAListShares(waOwnerC, share.WAKindWorkload, f.workload, share.WAShareFilter{}, share.PageRequest{Limit: 50})
	require.NoError(t, err)
	for _, s := range shares {
		if s.SharedWith == target {
			return s, true
		}
	}
	return share.WAShare{}, false
}

func (f *waFixture) advance(d time.Duration) {
	f.clk.Advance(d)
	f.store.Settle()
}

// reach brings a new share into status from and returns it with its target.
func (f *waFixture) reach(t *testing.T, from share.WAShareStatus) (share.WAShare, string) {
	t.Helper()
	target := waRecipient
	org := from == share.WAShareAssociating || from == share.WAShareAssociated || from == share.WAShareFailed
	if org {
		target = f.ouID
	}
	sh, err := f.share(target)
	require.NoError(t, err)
	switch from {
	case share.WAShareAccepted:
		_, err = f.store.WAUpdateShareInvitation(waRecipientC, sh.InvitationID, true)
	case share.WAShareRejected:
		_, err = f.store.WAUpdateShareInvitation(waRecipientC, sh.InvitationID, false)
	case share.WAShareExpired:
		f.advance(7 * 24 * time.Hour)
	case share.WAShareAssociated:
		f.advance(waDelay)
	case share.WAShareFailed:
		f.advance(waDelay)
		err = f.store.WAUpdateGlobalSettings(waOwnerC, share.WAGlobalSettingsUpdate{OrganizationSharing: ptrTo(false)})
	}
	require.NoError(t, err)
	got, ok := f.current(t, target)
	require.True(t, ok)
	require.Equal(t, from, got.Status)
	return got, target
}

// The events a share reacts to.
const (
	evAccept   = "accept"   // the recipient accepts the invitation
	evReject   = "reject"   // the recipient rejects it
	evExpire   = "expire"   // seven days pass
	evSettle   = "settle"   // the propagation delay passes
	evUpdate   = "update"   // the owner changes the permission
	evDelete   = "delete"   // the owner deletes the share
	evRecreate = "recreate" // the owner shares again with the same target
	evDisable  = "disable"  // the management account turns organization sharing off
)

var waEvents = []string{evAccept, evReject, evExpire, evSettle, evUpdate, evDelete, evRecreate, evDisable}

// outcome is what an event leads to: a status, the share removed, a new
// share replacing it, or an error.
type outcome struct {
	to       share.WAShareStatus
	removed  bool
	replaced bool  // a new share with a new ID, in status to
	err      error // the sentinel the event fails with; the share is unchanged
	cause    error // the invitation sentinel wrapped, for refused answers
}

func (f *waFixture) apply(t *testing.T, sh share.WAShare, ev string) error {
	t.Helper()
	switch ev {
	case evAccept, evReject:
		_, err := f.store.WAUpdateShareInvitation(waRecipientC, sh.InvitationID, ev == evAccept)
		return err
	case evExpire:
		f.advance(7 * 24 * time.Hour)
	case evSettle:
		f.advance(waDelay)
	case evUpdate:
		_, err := f.store.WAUpdateWorkloadShare(waOwnerC, f.workload, sh.ID, share.WAContributor)
		return err
	case evDelete:
		return f.store.WADeleteShare(waOwnerC, share.WARequestToken{}, share.WAKindWorkload, f.workload, sh.ID)
	case evRecreate:
		_, err := f.share(sh.SharedWith)
		return err
	case evDisable:
		return f.store.WAUpdateGlobalSettings(waOwnerC, share.WAGlobalSettingsUpdate{OrganizationSharing: ptrTo(false)})
	}
	return nil
}

// TestWAShareTransitions walks every (status, event) pair of the share state
// machine of spec/wellarchitected.md §4. REVOKED is never produced.
func TestWAShareTransitions(t *testing.T) {
	stay := func(s share.WAShareStatus) outcome { return outcome{to: s} }
	refused := func(kind, cause error) outcome { return outcome{err: kind, cause: cause} }
	removed := outcome{removed: true}
	conflict := outcome{err: share.ErrConflict}
	noInvitation := outcome{err: share.ErrNotFound}

	table := map[share.WAShareStatus]map[string]outcome{
		share.WASharePending: {
			evAccept: stay(share.WAShareAccepted), evReject: stay(share.WAShareRejected), evExpire: stay(share.WAShareExpired),
			evSettle: stay(share.WASharePending), evUpdate: stay(share.WASharePending), evDelete: removed,
			evRecreate: conflict, evDisable: stay(share.WASharePending),
		},
		share.WAShareAccepted: {
			evAccept: refused(share.ErrInvalidTransition, invitation.ErrAlreadyAccepted), evReject: refused(share.ErrInvalidTransition, invitation.ErrAlreadyAccepted),
			evExpire: stay(share.WAShareAccepted), evSettle: stay(share.WAShareAccepted), evUpdate: stay(share.WAShareAccepted),
			evDelete: removed, evRecreate: conflict, evDisable: stay(share.WAShareAccepted),
		},
		share.WAShareRejected: {
			evAccept: refused(share.ErrInvalidTransition, invitation.ErrAlreadyRejected), evReject: refused(share.ErrInvalidTransition, invitation.ErrAlreadyRejected),
			evExpire: stay(share.WAShareRejected), evSettle: stay(share.WAShareRejected), evUpdate: refused(share.ErrInvalidTransition, nil),
			evDelete: removed, evRecreate: {to: share.WASharePending, replaced: true}, evDisable: stay(share.WAShareRejected),
		},
		share.WAShareExpired: {
			evAccept: refused(share.ErrInvalidTransition, invitation.ErrExpired), evReject: refused(share.ErrInvalidTransition, invitation.ErrExpired),
			evExpire: stay(share.WAShareExpired), evSettle: stay(share.WAShareExpired), evUpdate: refused(share.ErrInvalidTransition, nil),
			evDelete: removed, evRecreate: {to: share.WASharePending, replaced: true}, evDisable: stay(share.WAShareExpired),
		},
		share.WAShareAssociating: {
			evAccept: noInvitation, evReject: noInvitation, evExpire: stay(share.WAShareAssociated), evSettle: stay(share.WAShareAssociated),
			evUpdate: stay(share.WAShareAssociating), evDelete: removed, evRecreate: conflict, evDisable: stay(share.WAShareFailed),
		},
		share.WAShareAssociated: {
			evAccept: noInvitation, evReject: noInvitation, evExpire: stay(share.WAShareAssociated), evSettle: stay(share.WAShareAssociated),
			evUpdate: stay(share.WAShareAssociated), evDelete: removed, evRecreate: conflict, evDisable: stay(share.WAShareFailed),
		},
		share.WAShareFailed: {
			evAccept: noInvitation, evReject: noInvitation, evExpire: stay(share.WAShareFailed), evSettle: stay(share.WAShareFailed),
			evUpdate: refused(share.ErrInvalidTransition, nil), evDelete: removed,
			// Organization sharing is off in FAILED, so sharing again is refused.
			evRecreate: refused(share.ErrInvalidArgument, nil), evDisable: stay(share.WAShareFailed),
		},
	}
	for _, from := range share.WAShareStatuses {
		if from == share.WAShareRevoked {
			assert.NotContains(t, table, from, "REVOKED is never produced")
			continue
		}
		require.Contains(t, table, from)
		for _, ev := range waEvents {
			want, ok := table[from][ev]
			require.True(t, ok, "missing (%s, %s)", from, ev)
			t.Run(fmt.Sprintf("%s/%s", from, ev), func(t *testing.T) {
				f := newWAFixture(t)
				before, target := f.reach(t, from)
				err := f.apply(t, before, ev)
				after, present := f.current(t, target)
				switch {
				case want.err != nil:
					require.ErrorIs(t, err, want.err)
					if want.cause != nil {
						assert.ErrorIs(t, err, want.cause)
					}
					require.True(t, present)
					assert.Equal(t, before.ID, after.ID)
					assert.Equal(t, from, after.Status, "a refused event changes nothing")
				case want.removed:
					require.NoError(t, err)
					assert.False(t, present)
				default:
					require.NoError(t, err)
					require.True(t, present)
					assert.Equal(t, want.to, after.Status)
					assert.Equal(t, want.replaced, after.ID != before.ID, "replaced")
				}
			})
		}
	}
}

// TestWAShareExpiryIsLazy shows that expiry needs no timer: the status is a
// function of the clock at the moment of the call.
func TestWAShareExpiryIsLazy(t *testing.T) {
	f := newWAFixture(t)
	sh, err := f.share(waRecipient)
	require.NoError(t, err)
	assert.Equal(t, sh.CreatedAt.Add(7*24*time.Hour), sh.ExpiresAt)
	f.clk.Advance(7*24*time.Hour - time.Nanosecond)
	got, _ := f.current(t, waRecipient)
	assert.Equal(t, share.WASharePending, got.Status)
	f.clk.Advance(time.Nanosecond)
	got, _ = f.current(t, waRecipient)
	assert.Equal(t, share.WAShareExpired, got.Status)
}

// TestWAFailedCallChangesNothing checks that a refused share leaves no trace.
func TestWAFailedCallChangesNothing(t *testing.T) {
	f := newWAFixture(t)
	_, err := f.share(waOwner)
	require.Error(t, err)
	var e *share.Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, share.ReasonWAOwnAccount, e.Reason)
	shares, _, err := f.store.WAListShares(waOwnerC, share.WAKindWorkload, f.workload, share.WAShareFilter{}, share.PageRequest{Limit: 50})
	require.NoError(t, err)
	assert.Empty(t, shares)
}

// TestWAOrgEventsFailOnlyTheirOrganizationsShares: turning organization
// sharing off, or deleting the organization, fails that organization's
// organization shares and no one else's (spec §4).
func TestWAOrgEventsFailOnlyTheirOrganizationsShares(t *testing.T) {
	store, clk := sharetest.NewStore(nil)
	w := sharetest.StoreWorld{Store: store, Clock: clk}
	shares := map[string]string{} // management account -> its shared workload
	for _, mgmt := range []string{"111111111111", "333333333333"} {
		orgID, _ := w.CreateOrganization(t, mgmt)
		c := share.Caller{Account: mgmt, Region: waRegion}
		require.NoError(t, store.WAUpdateGlobalSettings(c, share.WAGlobalSettingsUpdate{OrganizationSharing: ptrTo(true)}))
		wl, err := store.WACreateWorkload(c, share.WARequestToken{}, share.WAWorkloadSpec{Name: "Payments", Lenses: []string{"wellarchitected"}}, nil)
		require.NoError(t, err)
		_, err = store.WACreateShare(c, share.WARequestToken{}, share.WAKindWorkload, wl.ID, orgID, share.WAReadOnly)
		require.NoError(t, err)
		shares[mgmt] = wl.ID
	}
	clk.Advance(time.Second)
	status := func(mgmt string) share.WAShare {
		list, _, err := store.WAListShares(share.Caller{Account: mgmt, Region: waRegion}, share.WAKindWorkload, shares[mgmt], share.WAShareFilter{}, share.PageRequest{Limit: 50})
		require.NoError(t, err)
		require.Len(t, list, 1)
		return list[0]
	}
	require.Equal(t, share.WAShareAssociated, status("111111111111").Status)

	require.NoError(t, store.WAUpdateGlobalSettings(share.Caller{Account: "111111111111", Region: waRegion}, share.WAGlobalSettingsUpdate{OrganizationSharing: ptrTo(false)}))
	assert.Equal(t, share.WAShareFailed, status("111111111111").Status)
	assert.Equal(t, share.WAOrgSharingDisabledMessage, status("111111111111").StatusMessage)
	assert.Equal(t, share.WAShareAssociated, status("333333333333").Status, "another organization's share is untouched")

	require.NoError(t, store.DeleteOrganization("333333333333"))
	got := status("333333333333")
	assert.Equal(t, share.WAShareFailed, got.Status, "deleting the organization fails its shares")
	assert.Equal(t, share.WAOrgSharingDisabledMessage, got.StatusMessage)
}

// TestWAReplayHandsOutCopies: what a call returns is the caller's own, even
// when a replay of the same client token returns it again.
func TestWAReplayHandsOutCopies(t *testing.T) {
	store, _ := sharetest.NewStore(nil)
	tok := share.WARequestToken{Token: "t", Fingerprint: "f"}
	spec := share.WAWorkloadSpec{Name: "Payments", Lenses: []string{"wellarchitected"}, AWSRegions: []string{waRegion}}
	first, err := store.WACreateWorkload(waOwnerC, tok, spec, share.Tags{"team": "a"})
	require.NoError(t, err)
	first.Lenses[0], first.AWSRegions[0], first.Tags["team"] = "mutated", "mutated", "mutated"
	spec.Lenses[0] = "caller's slice changed too"

	again, err := store.WACreateWorkload(waOwnerC, tok, share.WAWorkloadSpec{Name: "Payments", Lenses: []string{"wellarchitected"}}, nil)
	require.NoError(t, err)
	assert.Equal(t, first.ID, again.ID, "a replay")
	assert.Equal(t, []string{"wellarchitected"}, again.Lenses)
	assert.Equal(t, []string{waRegion}, again.AWSRegions)
	assert.Equal(t, share.Tags{"team": "a"}, again.Tags)
	again.Lenses[0] = "mutated again"

	got, err := store.WAGetWorkload(waOwnerC, first.ID)
	require.NoError(t, err)
	assert.Equal(t, []string{"wellarchitected"}, got.Lenses)
	assert.Equal(t, share.Tags{"team": "a"}, got.Tags)
	third, err := store.WACreateWorkload(waOwnerC, tok, share.WAWorkloadSpec{}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"wellarchitected"}, third.Lenses)
}
