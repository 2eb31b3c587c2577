package share

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/invitation"
)

// handshakeAction is an event of the handshake lifecycle as the test drives
// it: one of the three answers, or the clock reaching the expiry time.
type handshakeAction string

const (
	actAccept  handshakeAction = "accept"
	actDecline handshakeAction = "decline"
	actCancel  handshakeAction = "cancel"
	actExpire  handshakeAction = "expire"
)

var (
	handshakeStates  = []HandshakeState{HandshakeOpen, HandshakeAccepted, HandshakeDeclined, HandshakeCanceled, HandshakeExpired}
	handshakeActions = []handshakeAction{actAccept, actDecline, actCancel, actExpire}
)

// createOrgAndInvite has mgmtAcct create an organization in s and invite
// member1 into it, and returns the invitation.
func createOrgAndInvite(t *testing.T, s *Store) Handshake {
	t.Helper()
	_, err := s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	h, err := s.InviteAccount(mgmtAcct, member1)
	require.NoError(t, err)
	return h
}

// do performs act on handshake id of mgmtAcct's organization, sent to
// member1: the invited account accepts or declines, the management account
// cancels, and expiry is the clock reaching the handshake's expiry time (no
// move at all once it has passed).
func do(s *Store, c interface {
	Now() time.Time
	Set(time.Time)
}, h Handshake, act handshakeAction) error {
	var err error
	switch act {
	case actAccept:
		_, err = s.AcceptHandshake(member1, h.ID)
	case actDecline:
		_, err = s.DeclineHandshake(member1, h.ID)
	case actCancel:
		_, err = s.CancelHandshake(mgmtAcct, h.ID)
	case actExpire:
		if c.Now().Before(h.ExpiresAt) {
			c.Set(h.ExpiresAt)
		}
	}
	return err
}

// TestHandshakeTransitionTable drives every (state, action) pair of the
// handshake lifecycle through the store and checks the state reached or
// the exact refusal: the kind, the invitation package's error, and the
// Reason that tells HandshakeAlreadyInState from
// InvalidHandshakeTransition. A refused action changes nothing.
func TestHandshakeTransitionTable(t *testing.T) {
	type outcome struct {
		state  HandshakeState // the state after the action, when it succeeds
		err    error          // the invitation package's refusal
		reason string
	}
	ok := func(s HandshakeState) outcome { return outcome{state: s} }
	refused := func(err error, reason string) outcome { return outcome{err: err, reason: reason} }
	table := map[HandshakeState]map[handshakeAction]outcome{
		HandshakeOpen: {
			actAccept: ok(HandshakeAccepted), actDecline: ok(HandshakeDeclined),
			actCancel: ok(HandshakeCanceled), actExpire: ok(HandshakeExpired),
		},
		HandshakeAccepted: {
			actAccept:  refused(invitation.ErrAlreadyAccepted, ReasonHandshakeInState),
			actDecline: refused(invitation.ErrAlreadyAccepted, ""),
			actCancel:  refused(invitation.ErrAlreadyAccepted, ""),
			actExpire:  ok(HandshakeAccepted),
		},
		HandshakeDeclined: {
			actAccept:  refused(invitation.ErrAlreadyRejected, ""),
			actDecline: refused(invitation.ErrAlreadyRejected, ReasonHandshakeInState),
			actCancel:  refused(invitation.ErrAlreadyRejected, ""),
			actExpire:  ok(HandshakeDeclined),
		},
		HandshakeCanceled: {
			actAccept:  refused(invitation.ErrRevoked, ""),
			actDecline: refused(invitation.ErrRevoked, ""),
			actCancel:  refused(invitation.ErrRevoked, ReasonHandshakeInState),
			actExpire:  ok(HandshakeCanceled),
		},
		HandshakeExpired: {
			actAccept:  refused(invitation.ErrExpired, ""),
			actDecline: refused(invitation.ErrExpired, ""),
			actCancel:  refused(invitation.ErrExpired, ""),
			actExpire:  ok(HandshakeExpired),
		},
	}
	// The way into each state from OPEN.
	reach := map[HandshakeState]handshakeAction{
		HandshakeAccepted: actAccept, HandshakeDeclined: actDecline,
		HandshakeCanceled: actCancel, HandshakeExpired: actExpire,
	}
	require.Len(t, table, len(handshakeStates), "every state has a row")
	for _, from := range handshakeStates {
		require.Len(t, table[from], len(handshakeActions), "every action has a column in %s", from)
		for _, act := range handshakeActions {
			want := table[from][act]
			t.Run(string(from)+" "+string(act), func(t *testing.T) {
				s, c := newTestStore(nil)
				h := createOrgAndInvite(t, s)
				if from != HandshakeOpen {
					require.NoError(t, do(s, c, h, reach[from]))
				}
				before, err := s.DescribeHandshake(member1, h.ID)
				require.NoError(t, err)
				require.Equal(t, from, before.State)
				_, memberBefore := s.orgs.memberOf[member1]

				err = do(s, c, h, act)
				after, derr := s.DescribeHandshake(mgmtAcct, h.ID)
				require.NoError(t, derr)
				_, memberAfter := s.orgs.memberOf[member1]
				if want.err == nil {
					require.NoError(t, err)
					assert.Equal(t, want.state, after.State)
					assert.Equal(t, want.state == HandshakeAccepted, memberAfter, "only an acceptance makes a member")
					return
				}
				var de *Error
				require.ErrorAs(t, err, &de)
				assert.ErrorIs(t, err, ErrInvalidTransition)
				assert.ErrorIs(t, err, want.err)
				assert.Equal(t, EntityHandshake, de.Entity)
				assert.Equal(t, h.ID, de.ID)
				assert.Equal(t, want.reason, de.Reason)
				assert.Equal(t, before, after, "a refused action changes nothing")
				assert.Equal(t, memberBefore, memberAfter)
			})
		}
	}
}

// TestHandshakeParties checks who may do what with a handshake: the
// invited account answers, the management account that sent it cancels,
// either may describe it, each gets ErrAccessDenied for the other's answer,
// and a third account cannot see it at all.
func TestHandshakeParties(t *testing.T) {
	s, _ := newTestStore(nil)
	h := createOrgAndInvite(t, s)

	for _, who := range []string{mgmtAcct, member1} {
		got, err := s.DescribeHandshake(who, h.ID)
		require.NoError(t, err, who)
		assert.Equal(t, h, got)
	}
	_, err := s.DescribeHandshake(outsider, h.ID)
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = s.DescribeHandshake(member1, "h-0123456789")
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = s.AcceptHandshake(mgmtAcct, h.ID)
	assert.ErrorIs(t, err, ErrAccessDenied)
	_, err = s.DeclineHandshake(mgmtAcct, h.ID)
	assert.ErrorIs(t, err, ErrAccessDenied)
	_, err = s.CancelHandshake(member1, h.ID)
	assert.ErrorIs(t, err, ErrAccessDenied)
	for _, call := range []func(string, string) (Handshake, error){s.AcceptHandshake, s.DeclineHandshake, s.CancelHandshake} {
		_, err = call(outsider, h.ID)
		assert.ErrorIs(t, err, ErrNotFound)
	}

	// A member of the organization that is not a party sees nothing either.
	_, err = s.AdmitAccount(mgmtAcct, member2)
	require.NoError(t, err)
	_, err = s.DescribeHandshake(member2, h.ID)
	assert.ErrorIs(t, err, ErrNotFound)
	_, _, err = s.ListHandshakesForOrganization(member2, HandshakeFilter{}, PageRequest{Limit: 20})
	assert.ErrorIs(t, err, ErrAccessDenied)
	_, _, err = s.ListHandshakesForOrganization(outsider, HandshakeFilter{}, PageRequest{Limit: 20})
	assert.ErrorIs(t, err, ErrNotInOrganization)
	got, next, err := s.ListHandshakesForAccount(outsider, HandshakeFilter{}, PageRequest{Limit: 20})
	require.NoError(t, err, "a standalone account lists what it received: nothing here")
	assert.Empty(t, got)
	assert.Empty(t, next)

	got, _, err = s.ListHandshakesForAccount(member1, HandshakeFilter{}, PageRequest{Limit: 20})
	require.NoError(t, err)
	assert.Equal(t, []Handshake{h}, got)
	got, _, err = s.ListHandshakesForOrganization(mgmtAcct, HandshakeFilter{}, PageRequest{Limit: 20})
	require.NoError(t, err)
	assert.Equal(t, []Handshake{h}, got)
	checkHandshakeIndexes(t, s)
}

// TestHandshakeFilters checks that the invitation passes the filters that
// name its action or none, and no other: there are no handshakes of other
// actions, and an invitation has no parent.
func TestHandshakeFilters(t *testing.T) {
	s, _ := newTestStore(nil)
	h := createOrgAndInvite(t, s)
	for f, want := range map[HandshakeFilter][]Handshake{
		{}:                                      {h},
		{ActionType: HandshakeActionInvite}:     {h},
		{ActionType: "ENABLE_ALL_FEATURES"}:     {},
		{ParentHandshakeID: h.ID}:               {},
		{ParentHandshakeID: "h-aaaaaaaaaaaaaa"}: {},
	} {
		got, _, err := s.ListHandshakesForAccount(member1, f, PageRequest{Limit: 20})
		require.NoError(t, err)
		assert.Equal(t, want, got, "%+v", f)
		got, _, err = s.ListHandshakesForOrganization(mgmtAcct, f, PageRequest{Limit: 20})
		require.NoError(t, err)
		assert.Equal(t, want, got, "%+v", f)
	}
}

// TestHandshakesAreDroppedAfterTheRetention checks that a handshake stays
// readable for HandshakeRetention after it ended, counted from the answer or
// from the expiry time, and is then gone from every view and index.
func TestHandshakesAreDroppedAfterTheRetention(t *testing.T) {
	s, c := newTestStore(&Options{Organizations: OrgLimits{MaxAccounts: 20}})
	declined := createOrgAndInvite(t, s)
	unanswered, err := s.InviteAccount(mgmtAcct, member2)
	require.NoError(t, err)
	c.Advance(time.Hour)
	_, err = s.DeclineHandshake(member1, declined.ID)
	require.NoError(t, err)

	visible := func(who, id string) bool {
		_, err := s.DescribeHandshake(who, id)
		if errors.Is(err, ErrNotFound) {
			return false
		}
		require.NoError(t, err)
		return true
	}
	listed := func() int {
		got, _, err := s.ListHandshakesForOrganization(mgmtAcct, HandshakeFilter{}, PageRequest{Limit: 20})
		require.NoError(t, err)
		return len(got)
	}

	c.Set(t0.Add(time.Hour + HandshakeRetention - time.Nanosecond))
	assert.True(t, visible(member1, declined.ID), "readable until 30 days after the decline")
	assert.Equal(t, 2, listed())
	c.Advance(time.Nanosecond)
	assert.False(t, visible(member1, declined.ID))
	assert.False(t, visible(mgmtAcct, declined.ID))
	assert.Equal(t, 1, listed())
	got, _, err := s.ListHandshakesForAccount(member1, HandshakeFilter{}, PageRequest{Limit: 20})
	require.NoError(t, err)
	assert.Empty(t, got)
	_, err = s.DeclineHandshake(member1, declined.ID)
	assert.ErrorIs(t, err, ErrNotFound, "a dropped handshake cannot be answered either")

	// The unanswered one expired at t0+15d and stays readable, EXPIRED,
	// until t0+45d.
	c.Set(unanswered.ExpiresAt.Add(HandshakeRetention - time.Nanosecond))
	seen, err := s.DescribeHandshake(member2, unanswered.ID)
	require.NoError(t, err)
	assert.Equal(t, HandshakeExpired, seen.State)
	c.Advance(time.Nanosecond)
	assert.False(t, visible(member2, unanswered.ID))
	assert.Equal(t, 0, listed())
	checkHandshakeIndexes(t, s)
	assert.Empty(t, s.orgs.handshakes)
	assert.Empty(t, s.orgs.received)
}

// TestDeclinedAndCanceledInvitationsFreeTheirPlace checks that only open
// invitations count toward MaxAccounts.
func TestDeclinedAndCanceledInvitationsFreeTheirPlace(t *testing.T) {
	s, _ := newTestStore(&Options{Organizations: OrgLimits{MaxAccounts: 2}})
	h := createOrgAndInvite(t, s)
	_, err := s.InviteAccount(mgmtAcct, member2)
	assert.ErrorIs(t, err, ErrLimitExceeded)
	_, err = s.DeclineHandshake(member1, h.ID)
	require.NoError(t, err)
	h, err = s.InviteAccount(mgmtAcct, member2)
	require.NoError(t, err, "the declined invitation holds no place")
	_, err = s.CancelHandshake(mgmtAcct, h.ID)
	require.NoError(t, err)
	_, err = s.InviteAccount(mgmtAcct, member1)
	require.NoError(t, err, "nor does the canceled one; a declined invitation does not block a new one")
	checkHandshakeIndexes(t, s)
}

// TestDeletedOrganizationIsNoLongerASender checks that the management
// account of a deleted organization is no party to the handshakes it sent,
// and that its new organization lists none of them.
func TestDeletedOrganizationIsNoLongerASender(t *testing.T) {
	s, _ := newTestStore(nil)
	h := createOrgAndInvite(t, s)
	require.NoError(t, s.DeleteOrganization(mgmtAcct))
	_, err := s.DescribeHandshake(mgmtAcct, h.ID)
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = s.CancelHandshake(mgmtAcct, h.ID)
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	got, _, err := s.ListHandshakesForOrganization(mgmtAcct, HandshakeFilter{}, PageRequest{Limit: 20})
	require.NoError(t, err)
	assert.Empty(t, got)
	checkHandshakeIndexes(t, s)
}

// checkHandshakeIndexes checks the handshake indexes against the records:
// every stored handshake is in its recipient's index and, while its
// organization exists, in the organization's, and the indexes hold nothing
// else.
func checkHandshakeIndexes(t *testing.T, s *Store) {
	t.Helper()
	s.mu.RLock()
	defer s.mu.RUnlock()
	st := s.orgs
	received, sent := 0, 0
	for id, h := range st.handshakes {
		if idx := st.received[h.Account]; assert.NotNil(t, idx, "%s's recipient has an index", id) {
			got, ok := idx.Get(h.key)
			assert.True(t, ok && got == id, "%s is in its recipient's index", id)
		}
		if o, ok := st.orgs[h.Org.ID]; ok {
			got, ok := o.sent.Get(h.key)
			assert.True(t, ok && got == id, "%s is in its organization's index", id)
			assert.Same(t, h, o.invites[id])
			sent++
		}
		received++
	}
	n := 0
	for _, idx := range st.received {
		assert.NotZero(t, idx.Len(), "no empty index is kept")
		n += idx.Len()
	}
	assert.Equal(t, received, n)
	n = 0
	for _, o := range st.orgs {
		assert.Equal(t, len(o.invites), o.sent.Len())
		n += o.sent.Len()
	}
	assert.Equal(t, sent, n)
}
