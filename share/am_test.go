package share

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

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
