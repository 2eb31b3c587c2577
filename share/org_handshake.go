package share

import (
	"time"

	"github.com/sharesim/sharesim/invitation"
)

// HandshakeState is the state of an invitation to join an organization.
type HandshakeState string

// The handshake states sharesim produces. They are the invitation machine's
// statuses under Organizations' names.
const (
	HandshakeOpen     HandshakeState = "OPEN"
	HandshakeAccepted HandshakeState = "ACCEPTED"
	HandshakeDeclined HandshakeState = "DECLINED"
	HandshakeCanceled HandshakeState = "CANCELED"
	HandshakeExpired  HandshakeState = "EXPIRED"
)

// HandshakeLifetime is how long an invitation to join an organization stays
// open (organizations.md §5, 15 days).
const HandshakeLifetime = 15 * 24 * time.Hour

// Entities of the handshake operations, named in errors: a handshake, and
// the email an invitation names its target by.
const (
	EntityHandshake = "handshake"
	EntityEmail     = "email"
)

// Handshake is an invitation for an account to join an organization.
type Handshake struct {
	ID      string
	ARN     string
	State   HandshakeState
	Org     Organization
	Account string // the invited account
	// ManagementName is the name the management account went by when it
	// sent the invitation.
	ManagementName string
	RequestedAt    time.Time
	ExpiresAt      time.Time
}

type orgHandshake struct {
	Handshake
	inv invitation.Invitation
}

func handshakeState(s invitation.Status) HandshakeState {
	switch s {
	case invitation.Accepted:
		return HandshakeAccepted
	case invitation.Rejected:
		return HandshakeDeclined
	case invitation.Revoked:
		return HandshakeCanceled
	case invitation.Expired:
		return HandshakeExpired
	}
	return HandshakeOpen
}

func (h *orgHandshake) view(now time.Time) Handshake {
	out := h.Handshake
	out.State = handshakeState(h.inv.StatusAt(now))
	return out
}

// openHandshakes counts the organization's handshakes still open at now.
func (st *orgState) openHandshakes(o *org, now time.Time) int {
	n := 0
	for _, h := range o.invites {
		if h.inv.StatusAt(now) == invitation.Pending {
			n++
		}
	}
	return n
}

// accountCount is what MaxAccounts limits (organizations.md §6): members,
// management included, account creations in progress, and invitations open
// at now. Every way into the organization checks it, so accepting an
// invitation, which turns one counted place into another, never takes the
// organization past MaxAccounts.
func (st *orgState) accountCount(o *org, now time.Time) int {
	return len(o.members) + o.inProgress + st.openHandshakes(o, now)
}

// InviteAccount invites a standalone account into the caller's organization.
// It fails with ErrAlreadyInOrganization when the account is in one, with
// ErrAlreadyExists when an open invitation to it exists, and with
// ErrLimitExceeded when members, creations and open invitations would exceed
// MaxAccounts.
func (s *Store) InviteAccount(caller, account string) (Handshake, error) {
	return s.invite(caller, account, "")
}

// InviteAccountByEmail is [Store.InviteAccount] for the account the world
// knows by email. It fails with ErrNotFound (entity EntityEmail) when no
// account has that email; that is checked after the caller, as the target's
// existence is (organizations.md §4).
func (s *Store) InviteAccountByEmail(caller, email string) (Handshake, error) {
	return s.invite(caller, "", email)
}

// invite invites account, or when email is not empty, the account the world
// knows by email.
func (s *Store) invite(caller, account, email string) (Handshake, error) {
	const op = "InviteAccountToOrganization"
	var out Handshake
	err := s.Update(func(tx *Tx) error {
		st := s.orgs
		o, err := st.management(op, caller)
		if err != nil {
			return err
		}
		if email != "" {
			a, ok := st.emails[email]
			if !ok {
				return newError(op, ErrNotFound, EntityEmail, email)
			}
			account = a
		}
		if st.orgOf(account) != nil {
			return newError(op, ErrAlreadyInOrganization, EntityAccount, account)
		}
		for _, h := range o.invites {
			if h.Account == account && h.inv.StatusAt(tx.now) == invitation.Pending {
				return newError(op, ErrAlreadyExists, EntityHandshake, h.ID)
			}
		}
		if max := tx.s.opts.Organizations.MaxAccounts; st.accountCount(o, tx.now)+1 > max {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityAccount, Reason: "accounts", Limit: max}
		}
		id := "h-" + tx.Hex(32)
		h := &orgHandshake{
			Handshake: Handshake{
				ID: id, ARN: orgsARNPrefix + o.ManagementAccount + ":handshake/" + o.ID + "/invite/" + id,
				Org: o.Organization, Account: account, ManagementName: st.accountInfo(o.ManagementAccount).Name,
				RequestedAt: tx.now, ExpiresAt: tx.now.Add(HandshakeLifetime),
			},
			inv: invitation.New(tx.now, HandshakeLifetime),
		}
		st.handshakes[id] = h
		o.invites[id] = h
		out = h.view(tx.now)
		return nil
	})
	return out, err
}

// AcceptHandshake accepts an invitation addressed to the caller: the caller
// joins the organization under its root. A handshake that does not exist or
// is addressed to another account is ErrNotFound; one no longer open fails
// with the invitation package's error (invitation.ErrAlreadyAccepted, ...)
// wrapped in ErrInvalidTransition. There is no quota check: the open
// invitation already held the caller's place under MaxAccounts.
func (s *Store) AcceptHandshake(caller, id string) (Handshake, error) {
	const op = "AcceptHandshake"
	var out Handshake
	err := s.Update(func(tx *Tx) error {
		st := s.orgs
		h, ok := st.handshakes[id]
		if !ok || h.Account != caller {
			return newError(op, ErrNotFound, EntityHandshake, id)
		}
		trial := h.inv
		if err := trial.Accept(tx.now); err != nil {
			return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityHandshake, ID: id, Err: err}
		}
		o, ok := st.orgs[h.Org.ID]
		if !ok {
			return newError(op, ErrNotFound, EntityHandshake, id)
		}
		if st.orgOf(caller) != nil {
			return newError(op, ErrAlreadyInOrganization, EntityAccount, caller)
		}
		h.inv = trial
		st.join(o, caller, o.root.ID, JoinedInvited, tx.now)
		out = h.view(tx.now)
		return nil
	})
	return out, err
}
