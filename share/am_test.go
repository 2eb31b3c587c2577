package share

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/invitation"
)

// TestAMStatusLayering checks how a share request's status is read off the
// invitation machine, its extra flags and the clock, at the boundaries of
// the EXPIRING window and of the expiry.
func TestAMStatusLayering(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	const life, window = 120 * 24 * time.Hour, 30 * 24 * time.Hour
	w, x := t0.Add(life-window), t0.Add(life)
	pending := invitation.New(t0, life)
	settled := func(s invitation.Status) invitation.Invitation {
		i := pending
		i.Status = s
		return i
	}
	cases := []struct {
		name string
		r    amRequest
		at   time.Time
		want AMShareStatus
	}{
		{"pending, just sent", amRequest{inv: pending}, t0, AMShareActive},
		{"pending, before the window", amRequest{inv: pending}, w.Add(-time.Nanosecond), AMShareActive},
		{"pending, window opens", amRequest{inv: pending}, w, AMShareExpiring},
		{"pending, just before expiry", amRequest{inv: pending}, x.Add(-time.Nanosecond), AMShareExpiring},
		{"pending, at expiry", amRequest{inv: pending}, x, AMShareExpired},
		{"pending but failed", amRequest{inv: pending, failed: true}, t0, AMShareFailed},
		{"accepted, not replicated", amRequest{inv: settled(invitation.Accepted)}, x.Add(time.Hour), AMShareReplicating},
		{"accepted and replicated", amRequest{inv: settled(invitation.Accepted), replicated: true}, x.Add(time.Hour), AMShareShared},
		{"accepted, replication failed", amRequest{inv: settled(invitation.Accepted), failed: true}, t0, AMShareFailed},
		{"rejected", amRequest{inv: settled(invitation.Rejected)}, t0, AMShareDeclined},
		{"revoked", amRequest{inv: settled(invitation.Revoked)}, w, AMShareRevoked},
		{"expired, settled", amRequest{inv: settled(invitation.Expired)}, t0, AMShareExpired},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.r.status(c.at, window))
		})
	}
}

// TestAMLastUpdatedStamps checks that lazy transitions are stamped with
// their due times.
func TestAMLastUpdatedStamps(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	const life, window = 120 * 24 * time.Hour, 30 * 24 * time.Hour
	r := amRequest{inv: invitation.New(t0, life), created: t0, updated: t0}
	assert.Equal(t, t0, r.view(t0.Add(time.Hour), window).LastUpdated)
	assert.Equal(t, t0.Add(life-window), r.view(t0.Add(100*24*time.Hour), window).LastUpdated)
	assert.Equal(t, t0.Add(life), r.view(t0.Add(400*24*time.Hour), window).LastUpdated)
}

// TestSetAMRegistered checks that embedding code can mark registration per
// (account, region), in either kind of world.
func TestSetAMRegistered(t *testing.T) {
	for _, required := range []bool{false, true} {
		s := NewStore(&Options{AuditManager: AMOptions{RequireRegistration: required}})
		a := Caller{Account: "111111111111", Region: "us-east-1"}
		b := Caller{Account: "111111111111", Region: "eu-west-1"}
		assert.Equal(t, !required, s.AMAccountStatus(a))
		s.SetAMRegistered(a.Account, a.Region, required)
		assert.Equal(t, required, s.AMAccountStatus(a))
		assert.Equal(t, !required, s.AMAccountStatus(b), "other regions keep the default")
	}
}

// amTestWorld is a store on a fake clock with a sender that owns one custom
// framework of one custom control.
func amTestWorld(t *testing.T, opts AMOptions, delay time.Duration) (*Store, *clock.Fake, Caller, string) {
	t.Helper()
	clk := clock.NewFake(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	s := NewStore(&Options{Clock: clk, IDs: SeededIDs(1), PropagationDelay: delay, AuditManager: opts})
	sender := Caller{Account: "111111111111", Region: "us-east-1"}
	s.SetAMRegistered(sender.Account, sender.Region, true)
	ctl, err := s.AMCreateControl(sender, AMControlInput{Name: "C", MappingSources: []AMMappingSource{{
		Name: "Manual", SetUpOption: "Procedural_Controls_Mapping", Type: "MANUAL",
	}}})
	require.NoError(t, err)
	f, err := s.AMCreateFramework(sender, AMFrameworkInput{Name: "F", ControlSets: []AMControlSetInput{{Name: "S", ControlIDs: []string{ctl.ID}}}})
	require.NoError(t, err)
	return s, clk, sender, f.ID
}

// TestAMFailedLeavesRecipientIndex checks that a request that fails, at
// send or at replication, leaves the recipient's received index (so RECEIVED
// listings never walk hidden requests) and is forgotten once the sender
// deletes its view.
func TestAMFailedLeavesRecipientIndex(t *testing.T) {
	recipient := Caller{Account: "222222222222", Region: "us-east-1"}
	check := func(t *testing.T, s *Store, sender Caller, id string) {
		t.Helper()
		s.Settle()
		require.Equal(t, AMShareFailed, s.am.requests[id].status(s.Clock().Now(), time.Hour))
		assert.Zero(t, s.am.scope(recipient).received.Len(), "a FAILED request is not in the received index")
		require.NoError(t, s.AMDeleteShare(sender, id, AMSent))
		assert.NotContains(t, s.am.requests, id, "with both views gone the request is forgotten")
		assert.NotContains(t, s.am.bySender, sender.Account, "and leaves the active-recipient index")
		assert.Zero(t, s.am.scope(sender).sent.Len())
	}
	t.Run("send check", func(t *testing.T) {
		s, _, sender, fw := amTestWorld(t, AMOptions{RequireRegistration: true}, 0)
		r, err := s.AMStartShare(sender, AMShareInput{FrameworkID: fw, DestinationAccount: recipient.Account, DestinationRegion: recipient.Region})
		require.NoError(t, err)
		check(t, s, sender, r.ID)
	})
	t.Run("replication", func(t *testing.T) {
		s, clk, sender, fw := amTestWorld(t, AMOptions{}, time.Minute)
		r, err := s.AMStartShare(sender, AMShareInput{FrameworkID: fw, DestinationAccount: recipient.Account, DestinationRegion: recipient.Region})
		require.NoError(t, err)
		clk.Advance(time.Minute)
		_, err = s.AMUpdateShare(recipient, r.ID, AMReceived, AMAccept)
		require.NoError(t, err)
		require.NoError(t, s.AMDeregisterAccount(recipient))
		clk.Advance(time.Minute)
		check(t, s, sender, r.ID)
	})
}

// TestAMRecipientIndexStaysCompact checks that the per-recipient list the
// active-recipient quota reads keeps only requests that still count, even
// behind a request that stays SHARED for good.
func TestAMRecipientIndexStaysCompact(t *testing.T) {
	s, _, sender, fw := amTestWorld(t, AMOptions{}, 0)
	recipient := Caller{Account: "222222222222", Region: "us-east-1"}
	first, err := s.AMStartShare(sender, AMShareInput{FrameworkID: fw, DestinationAccount: recipient.Account, DestinationRegion: recipient.Region})
	require.NoError(t, err)
	_, err = s.AMUpdateShare(recipient, first.ID, AMReceived, AMAccept)
	require.NoError(t, err)
	other, err := s.AMCreateFramework(sender, AMFrameworkInput{Name: "G", ControlSets: []AMControlSetInput{{Name: "S", ControlIDs: AMStandardControlIDs()[:1]}}})
	require.NoError(t, err)
	for range 20 {
		r, err := s.AMStartShare(sender, AMShareInput{FrameworkID: other.ID, DestinationAccount: recipient.Account, DestinationRegion: recipient.Region})
		require.NoError(t, err)
		_, err = s.AMUpdateShare(recipient, r.ID, AMReceived, AMDecline)
		require.NoError(t, err)
	}
	assert.LessOrEqual(t, len(s.am.bySender[sender.Account][recipient.Account]), 2, "declined requests do not pile up behind the SHARED one")
}

// TestAMDeletedRequestLeavesEveryIndex checks that a SHARED request deleted
// from both views is gone from every index, the active-recipient one
// included, whichever side deletes last.
func TestAMDeletedRequestLeavesEveryIndex(t *testing.T) {
	recipient := Caller{Account: "222222222222", Region: "us-east-1"}
	for _, last := range []AMRequestType{AMSent, AMReceived} {
		t.Run(string(last)+" last", func(t *testing.T) {
			s, _, sender, fw := amTestWorld(t, AMOptions{}, 0)
			r, err := s.AMStartShare(sender, AMShareInput{FrameworkID: fw, DestinationAccount: recipient.Account, DestinationRegion: recipient.Region})
			require.NoError(t, err)
			_, err = s.AMUpdateShare(recipient, r.ID, AMReceived, AMAccept)
			require.NoError(t, err)
			s.Settle()
			first, firstBy, lastBy := AMReceived, recipient, sender
			if last == AMReceived {
				first, firstBy, lastBy = AMSent, sender, recipient
			}
			require.NoError(t, s.AMDeleteShare(firstBy, r.ID, first))
			assert.Len(t, s.am.bySender[sender.Account][recipient.Account], 1, "one view left: the request still counts")
			require.NoError(t, s.AMDeleteShare(lastBy, r.ID, last))
			assert.NotContains(t, s.am.requests, r.ID)
			assert.Empty(t, s.am.latest)
			assert.NotContains(t, s.am.bySender, sender.Account)
		})
	}
}
