package share

import (
	"github.com/sharesim/sharesim/internal/ordered"
	"github.com/sharesim/sharesim/invitation"
)

// invite sends the invitation of a gated principal association.
func (st *ramState) invite(tx *Tx, a *ramAssoc) {
	sh := a.share
	o := &tx.s.opts.RAM
	ttl := o.InvitationExpiryShort
	long, any := true, false
	for _, r := range sh.assocs {
		if r.typ == RAMResourceAssociation && r.state.live() {
			any = true
			long = long && r.rtype.LongExpiry
		}
	}
	if any && long {
		ttl = o.InvitationExpiryLong
	}
	key := tx.ramNewKey("arn:aws:ram:", sh.region, ":", sh.owner, ":resource-share-invitation/")
	inv := &ramInvitation{key: key, arn: key[21:], share: sh, assoc: a, receiver: a.pr().Account, inv: invitation.New(tx.now, ttl)}
	a.inv = inv
	sh.ext().invs = append(sh.ext().invs, inv)
	st.invitations.Set(inv.arn, inv)
	rk := regionKey(sh.region, inv.receiver)
	m := st.received[rk]
	if m == nil {
		m = &ordered.Map[*ramInvitation]{}
		st.received[rk] = m
	}
	m.Set(inv.key, inv)
	st.ownedBy(sh.region, sh.owner).pending++
	tx.At(inv.inv.ExpiresAt, func(tx *Tx) { st.expire(tx, inv) })
}

// expire applies an invitation's lazy expiry.
func (st *ramState) expire(tx *Tx, inv *ramInvitation) {
	if inv.purged || !inv.inv.Settle(tx.now) {
		return
	}
	st.invitationClosed(tx, inv)
	if a := inv.assoc; a.inv == inv && a.state == ramGated {
		st.move(tx, a, ramUnlinked, ramMsgExpired)
	}
}

// invitationClosed books an invitation leaving PENDING and schedules its purge.
func (st *ramState) invitationClosed(tx *Tx, inv *ramInvitation) {
	st.ownedBy(inv.share.region, inv.share.owner).pending--
	tx.After(tx.s.opts.RAM.InvitationRetention, func(tx *Tx) { st.purgeInvitation(inv) })
}

func (st *ramState) purgeInvitation(inv *ramInvitation) {
	if inv.purged {
		return
	}
	inv.purged = true
	st.invitations.Delete(inv.arn)
	if m := st.received[regionKey(inv.share.region, inv.receiver)]; m != nil {
		m.Delete(inv.key)
	}
}

// withdraw expires a pending invitation at once (owner disassociates or
// deletes).
func (st *ramState) withdraw(tx *Tx, inv *ramInvitation) {
	if inv == nil || inv.purged || inv.inv.StatusAt(tx.now) != invitation.Pending {
		return
	}
	_ = inv.inv.Revoke(tx.now) // cannot fail: the invitation is pending
	st.invitationClosed(tx, inv)
}

// AcceptResourceShareInvitation accepts an invitation addressed to the
// caller (ram.md §A9). It fails with ErrNotFound for an invitation that is
// not the caller's, and with ErrInvalidTransition wrapping
// invitation.ErrAlreadyAccepted, ErrAlreadyRejected, ErrExpired or
// ErrRevoked (withdrawn by the owner) for one no longer pending.
func (s *Store) AcceptResourceShareInvitation(c Caller, arn string, idem RAMIdempotency) (RAMInvitationResult, error) {
	return s.answer(c, "AcceptResourceShareInvitation", arn, idem, true)
}

// RejectResourceShareInvitation rejects an invitation addressed to the
// caller (ram.md §A10); it fails as AcceptResourceShareInvitation does.
func (s *Store) RejectResourceShareInvitation(c Caller, arn string, idem RAMIdempotency) (RAMInvitationResult, error) {
	return s.answer(c, "RejectResourceShareInvitation", arn, idem, false)
}

func (s *Store) answer(c Caller, op, arn string, idem RAMIdempotency, accept bool) (RAMInvitationResult, error) {
	var out RAMInvitationResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, idem, &out); done || err != nil {
			return err
		}
		if !ValidInvitationARN(arn) {
			return ramErr(op, ErrInvalidArgument, EntityResourceShareInvitation, arn, ReasonMalformedARN)
		}
		inv := st.invitation(arn)
		if inv == nil || inv.receiver != c.Account || inv.share.region != c.Region {
			return ramErr(op, ErrNotFound, EntityResourceShareInvitation, arn, "")
		}
		var err error
		if accept {
			err = inv.inv.Accept(tx.now)
		} else {
			err = inv.inv.Reject(tx.now)
		}
		if err != nil {
			return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityResourceShareInvitation, ID: arn, Err: err}
		}
		st.invitationClosed(tx, inv)
		if a := inv.assoc; a.inv == inv && a.state == ramGated {
			if accept {
				st.move(tx, a, ramPropagating, ramNoMessage)
			} else {
				st.move(tx, a, ramUnlinked, ramMsgRejected)
			}
		}
		out = RAMInvitationResult{Invitation: inv.view(tx.now), ClientToken: tx.ramToken(idem)}
		rememberRAM(tx, c, op, idem, out)
		return nil
	})
	return out, err
}

// EnableSharingWithAwsOrganization turns on RAM sharing in the caller's
// organization (ram.md §A11): ErrNotInOrganization for a standalone caller,
// ErrAccessDenied for a member, ErrInvalidTransition (reason
// "not-all-features") without all features.
func (s *Store) EnableSharingWithAwsOrganization(c Caller) error {
	const op = "EnableSharingWithAwsOrganization"
	return s.Update(func(tx *Tx) error { return tx.EnableServiceAccess(op, c.Account, RAMServicePrincipal) })
}
