// Package invitation is the invitation state machine shared by RAM resource
// share invitations, Well-Architected share invitations and Audit Manager
// framework share requests.
//
// An [Invitation] is a plain value: it knows its status, when it was sent and
// when it expires, and nothing about storage. Expiry is lazy: a pending
// invitation whose expiry time has come reports [Expired] from
// [Invitation.StatusAt] without anyone having touched it, so tests move a fake
// clock instead of waiting.
//
//	PENDING --accept--> ACCEPTED
//	PENDING --reject--> REJECTED
//	PENDING --revoke--> REVOKED        (the sender withdrew it)
//	PENDING --now >= ExpiresAt--> EXPIRED
//	PENDING, ACCEPTED --renew--> PENDING with a new expiry (a resend)
//
// Every other (status, event) pair is refused with a sentinel error that names
// why: [ErrAlreadyAccepted], [ErrAlreadyRejected], [ErrExpired], [ErrRevoked].
//
// Invitation values are not synchronized; the store that holds them guards
// them.
package invitation

import (
	"errors"
	"fmt"
	"time"
)

// Status is where an invitation stands.
type Status int

// The statuses of an invitation. The zero value is not a valid status.
const (
	Pending Status = iota + 1
	Accepted
	Rejected
	Expired
	Revoked
)

// Statuses lists every status, in declaration order.
var Statuses = []Status{Pending, Accepted, Rejected, Expired, Revoked}

// String returns the status as AWS spells it, e.g. "PENDING".
func (s Status) String() string {
	switch s {
	case Pending:
		return "PENDING"
	case Accepted:
		return "ACCEPTED"
	case Rejected:
		return "REJECTED"
	case Expired:
		return "EXPIRED"
	case Revoked:
		return "REVOKED"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Event is something that happens to an invitation.
type Event int

// The events an invitation reacts to.
const (
	// Accept is the receiver taking the invitation.
	Accept Event = iota + 1
	// Reject is the receiver declining it.
	Reject
	// Revoke is the sender withdrawing it before it is answered.
	Revoke
	// Expire is the clock reaching the expiry time.
	Expire
	// Renew is the sender sending it again, which restarts its lifetime.
	Renew
)

// Events lists every event, in declaration order.
var Events = []Event{Accept, Reject, Revoke, Expire, Renew}

// String returns the event's name, e.g. "accept".
func (e Event) String() string {
	switch e {
	case Accept:
		return "accept"
	case Reject:
		return "reject"
	case Revoke:
		return "revoke"
	case Expire:
		return "expire"
	case Renew:
		return "renew"
	}
	return fmt.Sprintf("Event(%d)", int(e))
}

// Errors returned when an event does not apply to the current status.
var (
	// ErrAlreadyAccepted is returned for an event on an accepted invitation.
	ErrAlreadyAccepted = errors.New("invitation: already accepted")
	// ErrAlreadyRejected is returned for an event on a rejected invitation.
	ErrAlreadyRejected = errors.New("invitation: already rejected")
	// ErrExpired is returned for an event on an expired invitation.
	ErrExpired = errors.New("invitation: expired")
	// ErrRevoked is returned for an event on a revoked invitation.
	ErrRevoked = errors.New("invitation: revoked")
	// ErrUnknown is returned for a status or event outside this package's enums.
	ErrUnknown = errors.New("invitation: unknown status or event")
)

// Next is the transition function: the status that event e leads to from
// status s, or the error that refuses it. It is a pure table; [Invitation]
// methods apply it together with the timestamps.
func Next(s Status, e Event) (Status, error) {
	switch s {
	case Pending:
		switch e {
		case Accept:
			return Accepted, nil
		case Reject:
			return Rejected, nil
		case Revoke:
			return Revoked, nil
		case Expire:
			return Expired, nil
		case Renew:
			return Pending, nil
		}
	case Accepted:
		if e == Renew {
			return Pending, nil
		}
		if isEvent(e) {
			return s, ErrAlreadyAccepted
		}
	case Rejected:
		if isEvent(e) {
			return s, ErrAlreadyRejected
		}
	case Expired:
		if isEvent(e) {
			return s, ErrExpired
		}
	case Revoked:
		if isEvent(e) {
			return s, ErrRevoked
		}
	}
	return s, ErrUnknown
}

func isEvent(e Event) bool { return e >= Accept && e <= Renew }

// Invitation is one invitation's lifecycle: its stored status and the times
// that decide its lazy expiry.
type Invitation struct {
	// Status is the stored status. A pending invitation past ExpiresAt is
	// reported as expired by StatusAt even while Status is still Pending.
	Status Status
	// SentAt is when the invitation was sent, or last renewed.
	SentAt time.Time
	// ExpiresAt is the instant from which a pending invitation is expired.
	ExpiresAt time.Time
	// ChangedAt is when the status last changed. For a lazily expired
	// invitation it is ExpiresAt: a transition is stamped with its due time.
	ChangedAt time.Time
}

// New returns a pending invitation sent at now that expires after ttl.
func New(now time.Time, ttl time.Duration) Invitation {
	return Invitation{Status: Pending, SentAt: now, ExpiresAt: now.Add(ttl), ChangedAt: now}
}

// StatusAt reports the status at time now, with expiry applied: a pending
// invitation is expired once now >= ExpiresAt.
func (i Invitation) StatusAt(now time.Time) Status {
	if i.Status == Pending && !now.Before(i.ExpiresAt) {
		return Expired
	}
	return i.Status
}

// Settle stores a lazily reached expiry, stamped with its due time, and
// reports whether it changed anything.
func (i *Invitation) Settle(now time.Time) bool {
	if i.Status == Pending && !now.Before(i.ExpiresAt) {
		i.Status, i.ChangedAt = Expired, i.ExpiresAt
		return true
	}
	return false
}

// Accept records the receiver's acceptance at now. It fails with
// [ErrExpired] when now >= ExpiresAt, and with the error of [Next] when the
// invitation is no longer pending.
func (i *Invitation) Accept(now time.Time) error { return i.apply(Accept, now, 0) }

// Reject records the receiver's refusal at now, failing as [Invitation.Accept] does.
func (i *Invitation) Reject(now time.Time) error { return i.apply(Reject, now, 0) }

// Revoke records the sender's withdrawal at now, failing as [Invitation.Accept] does.
func (i *Invitation) Revoke(now time.Time) error { return i.apply(Revoke, now, 0) }

// Renew sends the invitation again at now: it becomes pending with a fresh
// lifetime of ttl. It applies to pending and accepted invitations.
func (i *Invitation) Renew(now time.Time, ttl time.Duration) error {
	return i.apply(Renew, now, ttl)
}

func (i *Invitation) apply(e Event, now time.Time, ttl time.Duration) error {
	i.Settle(now)
	next, err := Next(i.Status, e)
	if err != nil {
		return err
	}
	i.Status, i.ChangedAt = next, now
	if e == Renew {
		i.SentAt, i.ExpiresAt = now, now.Add(ttl)
	}
	return nil
}
