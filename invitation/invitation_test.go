package invitation_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/invitation"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

const week = 7 * 24 * time.Hour

// TestTransitionTable checks every (status, event) pair of the machine.
func TestTransitionTable(t *testing.T) {
	P, A, R, E, V := invitation.Pending, invitation.Accepted, invitation.Rejected, invitation.Expired, invitation.Revoked
	table := map[invitation.Status]map[invitation.Event]want{
		P: {
			invitation.Accept: {A, nil}, invitation.Reject: {R, nil}, invitation.Revoke: {V, nil},
			invitation.Expire: {E, nil}, invitation.Renew: {P, nil},
		},
		A: {
			invitation.Accept: {A, invitation.ErrAlreadyAccepted}, invitation.Reject: {A, invitation.ErrAlreadyAccepted},
			invitation.Revoke: {A, invitation.ErrAlreadyAccepted}, invitation.Expire: {A, invitation.ErrAlreadyAccepted},
			invitation.Renew: {P, nil},
		},
		R: allRefused(R, invitation.ErrAlreadyRejected),
		E: allRefused(E, invitation.ErrExpired),
		V: allRefused(V, invitation.ErrRevoked),
	}
	require.Len(t, table, len(invitation.Statuses), "the table must cover every status")
	for _, from := range invitation.Statuses {
		require.Len(t, table[from], len(invitation.Events), "row %s must cover every event", from)
		for _, ev := range invitation.Events {
			w := table[from][ev]
			t.Run(fmt.Sprintf("%s/%s", from, ev), func(t *testing.T) {
				got, err := invitation.Next(from, ev)
				assert.Equal(t, w.to, got)
				assert.ErrorIs(t, err, w.err)
				if w.err == nil {
					assert.NoError(t, err)
				}
			})
		}
	}
}

type want struct {
	to  invitation.Status
	err error
}

func allRefused(s invitation.Status, err error) map[invitation.Event]want {
	m := map[invitation.Event]want{}
	for _, e := range invitation.Events {
		m[e] = want{s, err}
	}
	return m
}

func TestUnknownStatusAndEventAreRefused(t *testing.T) {
	_, err := invitation.Next(invitation.Status(0), invitation.Accept)
	assert.ErrorIs(t, err, invitation.ErrUnknown)
	_, err = invitation.Next(invitation.Pending, invitation.Event(99))
	assert.ErrorIs(t, err, invitation.ErrUnknown)
	_, err = invitation.Next(invitation.Accepted, invitation.Event(99))
	assert.ErrorIs(t, err, invitation.ErrUnknown)
}

func TestExpiryIsLazyAndInclusive(t *testing.T) {
	inv := invitation.New(t0, week)
	assert.Equal(t, invitation.Pending, inv.StatusAt(t0.Add(week-time.Nanosecond)))
	assert.Equal(t, invitation.Expired, inv.StatusAt(t0.Add(week)), "expired means now >= ExpiresAt")
	assert.Equal(t, invitation.Pending, inv.Status, "reading never mutates")

	err := inv.Accept(t0.Add(week))
	require.ErrorIs(t, err, invitation.ErrExpired)
	assert.Equal(t, invitation.Expired, inv.Status)
	assert.Equal(t, t0.Add(week), inv.ChangedAt, "a lazy expiry is stamped with its due time")
}

func TestAcceptBeforeExpiry(t *testing.T) {
	inv := invitation.New(t0, week)
	at := t0.Add(time.Hour)
	require.NoError(t, inv.Accept(at))
	assert.Equal(t, invitation.Accepted, inv.StatusAt(t0.Add(30*week)), "an accepted invitation never expires")
	assert.Equal(t, at, inv.ChangedAt)
	assert.ErrorIs(t, inv.Reject(at), invitation.ErrAlreadyAccepted)
}

func TestRejectThenAccept(t *testing.T) {
	inv := invitation.New(t0, week)
	require.NoError(t, inv.Reject(t0))
	assert.ErrorIs(t, inv.Accept(t0), invitation.ErrAlreadyRejected)
	assert.Equal(t, invitation.Rejected, inv.Status)
}

func TestRevoke(t *testing.T) {
	inv := invitation.New(t0, week)
	require.NoError(t, inv.Revoke(t0.Add(time.Minute)))
	assert.ErrorIs(t, inv.Accept(t0.Add(time.Minute)), invitation.ErrRevoked)
}

func TestRenewRestartsTheLifetime(t *testing.T) {
	inv := invitation.New(t0, week)
	at := t0.Add(6 * 24 * time.Hour)
	require.NoError(t, inv.Renew(at, week))
	assert.Equal(t, at.Add(week), inv.ExpiresAt)
	assert.Equal(t, invitation.Pending, inv.StatusAt(t0.Add(week)), "the old expiry no longer applies")

	require.NoError(t, inv.Accept(at))
	require.NoError(t, inv.Renew(at.Add(time.Hour), week), "an accepted invitation can be sent again")
	assert.Equal(t, invitation.Pending, inv.Status)

	expired := invitation.New(t0, time.Hour)
	assert.ErrorIs(t, expired.Renew(t0.Add(time.Hour), week), invitation.ErrExpired)
}

func TestSettleReportsChange(t *testing.T) {
	inv := invitation.New(t0, time.Hour)
	assert.False(t, inv.Settle(t0))
	assert.True(t, inv.Settle(t0.Add(time.Hour)))
	assert.False(t, inv.Settle(t0.Add(2*time.Hour)))
}

func TestStatusStrings(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range invitation.Statuses {
		seen[s.String()] = true
	}
	assert.Equal(t, map[string]bool{"PENDING": true, "ACCEPTED": true, "REJECTED": true, "EXPIRED": true, "REVOKED": true}, seen)
	assert.Equal(t, "Status(0)", invitation.Status(0).String())
	assert.Equal(t, "Event(0)", invitation.Event(0).String())
}
