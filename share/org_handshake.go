package share

import (
	"strconv"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
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

// HandshakeActionInvite is the action of every handshake sharesim makes: an
// invitation to join an organization. Organizations has other actions (the
// enabling of all features, billing transfers), which sharesim does not
// model.
const HandshakeActionInvite = "INVITE"

// HandshakeLifetime is how long an invitation to join an organization stays
// open (organizations.md §5, 15 days). The service model's examples agree:
// the DeclineHandshake and ListHandshakesForAccount examples of
// shared/reference/aws-models/organizations/examples-1.json expire 15 days
// after they were requested.
const HandshakeLifetime = 15 * 24 * time.Hour

// HandshakeRetention is how long a handshake stays readable after it stops
// being open: accepted, declined, canceled or expired. After that it is
// gone, from the listings and from DescribeHandshake alike. The service
// model says so of the Handshake shape ("show up in lists for only 30 days
// after entering that state. After that they are deleted") and of
// DescribeHandshake, DeclineHandshake and CancelHandshake;
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_manage-invites.html
// says it of the console's list.
const HandshakeRetention = 30 * 24 * time.Hour

// Entities of the handshake operations, named in errors: a handshake, and
// the email an invitation names its target by.
const (
	EntityHandshake = "handshake"
	EntityEmail     = "email"
)

// ReasonHandshakeInState is the Reason of the ErrInvalidTransition a
// handshake operation returns when the handshake is already in the state the
// operation would put it in: accepting an accepted handshake, declining a
// declined one, canceling a canceled one. Any other refused transition has no
// Reason.
const ReasonHandshakeInState = "already-in-state"

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

// HandshakeFilter narrows a listing of handshakes. The zero value keeps
// every handshake. Organizations accepts one of the two fields at most; the
// facade checks that.
type HandshakeFilter struct {
	// ActionType keeps the handshakes of one action; every handshake
	// sharesim makes is a HandshakeActionInvite.
	ActionType string
	// ParentHandshakeID keeps the handshakes whose parent is this one; an
	// invitation has no parent.
	ParentHandshakeID string
}

// keepsInvites reports whether the filter keeps invitations, the only
// handshakes there are.
func (f HandshakeFilter) keepsInvites() bool {
	return f.ParentHandshakeID == "" && (f.ActionType == "" || f.ActionType == HandshakeActionInvite)
}

// canonical renders the filter for a TokenScope: each value after its
// length, so that no two filters share a rendering whatever they hold.
func (f HandshakeFilter) canonical() string {
	return strconv.Itoa(len(f.ActionType)) + ":" + f.ActionType + strconv.Itoa(len(f.ParentHandshakeID)) + ":" + f.ParentHandshakeID
}

type orgHandshake struct {
	Handshake
	inv invitation.Invitation
	key string // TimeKey(RequestedAt, ID): the order of both listings
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

// endedAt returns when the handshake stopped being open, and false while it
// is open at now. A handshake that expired lazily ended at its expiry time.
func (h *orgHandshake) endedAt(now time.Time) (time.Time, bool) {
	switch h.inv.StatusAt(now) {
	case invitation.Pending:
		return time.Time{}, false
	case invitation.Expired:
		if h.inv.Status == invitation.Pending {
			return h.inv.ExpiresAt, true
		}
	}
	return h.inv.ChangedAt, true
}

// readable reports whether the handshake can still be seen at now: it is
// open, or ended less than HandshakeRetention ago.
func (h *orgHandshake) readable(now time.Time) bool {
	end, ended := h.endedAt(now)
	return !ended || now.Before(end.Add(HandshakeRetention))
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
// organization past MaxAccounts. A declined, canceled or expired invitation
// holds no place.
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
			key: TimeKey(tx.now, id),
		}
		st.handshakes[id] = h
		o.invites[id] = h
		o.sent.Set(h.key, id)
		received := st.received[account]
		if received == nil {
			received = &ordered.Map[string]{}
			st.received[account] = received
		}
		received.Set(h.key, id)
		// If nobody answers, the handshake expires and is dropped
		// HandshakeRetention later; an answer schedules its own drop.
		tx.At(h.inv.ExpiresAt.Add(HandshakeRetention), func(tx *Tx) { tx.s.orgs.dropHandshake(tx, id) })
		out = h.view(tx.now)
		return nil
	})
	return out, err
}

// dropHandshake forgets handshake id once it is no longer readable: it
// leaves the store and both listings. It runs from the timeline, and checks
// again, since a handshake answered after the drop was scheduled may still
// be readable.
func (st *orgState) dropHandshake(tx *Tx, id string) {
	h, ok := st.handshakes[id]
	if !ok || h.readable(tx.now) {
		return
	}
	delete(st.handshakes, id)
	if o, ok := st.orgs[h.Org.ID]; ok {
		delete(o.invites, id)
		o.sent.Delete(h.key)
	}
	if received := st.received[h.Account]; received != nil {
		received.Delete(h.key)
		if received.Len() == 0 {
			delete(st.received, h.Account)
		}
	}
}

// handshakeRole is what a caller is to a handshake.
type handshakeRole int

const (
	// roleNone: neither party; the handshake does not exist for the caller.
	roleNone handshakeRole = iota
	// roleRecipient: the invited account.
	roleRecipient
	// roleSender: the management account of the organization that sent it,
	// while that organization exists.
	roleSender
)

// handshakeFor returns handshake id as caller sees it, and what the caller
// is to it. A handshake that does not exist, is no longer readable, or of
// which the caller is not a party is ErrNotFound (HandshakeNotFoundException):
// to a third account, someone else's handshake does not exist
// (organizations.md §5 says so of AcceptHandshake).
func (st *orgState) handshakeFor(op, caller, id string, now time.Time) (*orgHandshake, handshakeRole, error) {
	h, ok := st.handshakes[id]
	if !ok || !h.readable(now) {
		return nil, roleNone, newError(op, ErrNotFound, EntityHandshake, id)
	}
	switch {
	case h.Account == caller:
		return h, roleRecipient, nil
	case h.Org.ManagementAccount == caller && st.orgs[h.Org.ID] != nil:
		return h, roleSender, nil
	}
	return nil, roleNone, newError(op, ErrNotFound, EntityHandshake, id)
}

// answerable returns handshake id when caller is the party that may perform
// op on it, role. The other party, who can read the handshake but may not
// act on it this way, gets ErrAccessDenied.
//
// Decision: AWS documents who may call each operation ("Only the account
// that receives a handshake can call this operation", DeclineHandshake;
// "Only the account that sent a handshake can call this operation",
// CancelHandshake) and lists AccessDeniedException among their errors, but
// not which error the other party gets. sharesim answers AccessDenied, as it
// does to a member calling a management-only operation, rather than
// HandshakeNotFound for a handshake the same caller can describe.
func (st *orgState) answerable(op, caller, id string, role handshakeRole, now time.Time) (*orgHandshake, error) {
	h, got, err := st.handshakeFor(op, caller, id, now)
	if err != nil {
		return nil, err
	}
	if got != role {
		return nil, newError(op, ErrAccessDenied, EntityHandshake, id)
	}
	return h, nil
}

// apply runs event e of the invitation machine on h at now, on a copy: it
// returns the handshake's next lifecycle, which the caller stores once every
// other check has passed, or the refusal. A refusal is ErrInvalidTransition
// wrapping the invitation package's error, with Reason
// ReasonHandshakeInState when h is already where e would take it.
func (h *orgHandshake) apply(op string, e invitation.Event, now time.Time) (invitation.Invitation, error) {
	next := h.inv
	var err error
	switch e {
	case invitation.Accept:
		err = next.Accept(now)
	case invitation.Reject:
		err = next.Reject(now)
	case invitation.Revoke:
		err = next.Revoke(now)
	default:
		err = invitation.ErrUnknown
	}
	if err == nil {
		return next, nil
	}
	de := &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityHandshake, ID: h.ID, Err: err}
	if target, terr := invitation.Next(invitation.Pending, e); terr == nil && h.inv.StatusAt(now) == target {
		de.Reason = ReasonHandshakeInState
	}
	return h.inv, de
}

// answer stores the lifecycle apply returned, and schedules the drop of the
// handshake HandshakeRetention after it ended.
func (st *orgState) answer(tx *Tx, h *orgHandshake, next invitation.Invitation) {
	h.inv = next
	id := h.ID
	tx.At(tx.now.Add(HandshakeRetention), func(tx *Tx) { tx.s.orgs.dropHandshake(tx, id) })
}

// AcceptHandshake accepts an invitation addressed to the caller: the caller
// joins the organization under its root. A handshake that does not exist or
// of which the caller is no party is ErrNotFound; the management account
// that sent it gets ErrAccessDenied. One no longer open fails with
// ErrInvalidTransition wrapping the invitation package's error
// (invitation.ErrAlreadyAccepted, ...), with Reason ReasonHandshakeInState
// when it is already accepted. There is no quota check: the open invitation
// already held the caller's place under MaxAccounts.
func (s *Store) AcceptHandshake(caller, id string) (Handshake, error) {
	const op = "AcceptHandshake"
	var out Handshake
	err := s.Update(func(tx *Tx) error {
		st := s.orgs
		h, err := st.answerable(op, caller, id, roleRecipient, tx.now)
		if err != nil {
			return err
		}
		next, err := h.apply(op, invitation.Accept, tx.now)
		if err != nil {
			return err
		}
		o, ok := st.orgs[h.Org.ID]
		if !ok {
			return newError(op, ErrNotFound, EntityHandshake, id)
		}
		if st.orgOf(caller) != nil {
			return newError(op, ErrAlreadyInOrganization, EntityAccount, caller)
		}
		st.answer(tx, h, next)
		st.join(o, caller, o.root.ID, JoinedInvited, tx.now)
		out = h.view(tx.now)
		return nil
	})
	return out, err
}

// DeclineHandshake declines an invitation addressed to the caller: it
// becomes DECLINED, no longer holds a place under MaxAccounts, and can no
// longer be accepted. It fails as [Store.AcceptHandshake] does, the sender
// getting ErrAccessDenied, and with Reason ReasonHandshakeInState when the
// handshake is already declined.
func (s *Store) DeclineHandshake(caller, id string) (Handshake, error) {
	return s.answerHandshake("DeclineHandshake", caller, id, roleRecipient, invitation.Reject)
}

// CancelHandshake cancels an invitation the caller's organization sent: it
// becomes CANCELED, no longer holds a place under MaxAccounts, and the
// invited account can no longer answer it. Only the management account of
// the organization that sent it may; the invited account gets
// ErrAccessDenied, anyone else ErrNotFound. A handshake no longer open fails
// with ErrInvalidTransition, with Reason ReasonHandshakeInState when it is
// already canceled.
func (s *Store) CancelHandshake(caller, id string) (Handshake, error) {
	return s.answerHandshake("CancelHandshake", caller, id, roleSender, invitation.Revoke)
}

// answerHandshake applies e to handshake id for a caller that must be role.
func (s *Store) answerHandshake(op, caller, id string, role handshakeRole, e invitation.Event) (Handshake, error) {
	var out Handshake
	err := s.Update(func(tx *Tx) error {
		st := s.orgs
		h, err := st.answerable(op, caller, id, role, tx.now)
		if err != nil {
			return err
		}
		next, err := h.apply(op, e, tx.now)
		if err != nil {
			return err
		}
		st.answer(tx, h, next)
		out = h.view(tx.now)
		return nil
	})
	return out, err
}

// DescribeHandshake returns a handshake the caller is a party to: the
// invited account, or the management account of the organization that sent
// it. Any other caller, and a handshake that ended more than
// HandshakeRetention ago, is ErrNotFound. The caller need not belong to an
// organization: an invited account usually does not.
func (s *Store) DescribeHandshake(caller, id string) (Handshake, error) {
	var out Handshake
	err := s.View(func(tx *Tx) error {
		h, _, err := s.orgs.handshakeFor("DescribeHandshake", caller, id, tx.now)
		if err != nil {
			return err
		}
		out = h.view(tx.now)
		return nil
	})
	return out, err
}

// ListHandshakesForAccount lists the readable handshakes addressed to the
// caller, in the order they were requested, then by ID. The caller need not
// belong to an organization. A token not issued for this caller and filter
// is ErrInvalidToken.
func (s *Store) ListHandshakesForAccount(caller string, f HandshakeFilter, req PageRequest) ([]Handshake, string, error) {
	const op = "ListHandshakesForAccount"
	var out []Handshake
	var next string
	err := s.View(func(tx *Tx) error {
		var err error
		out, next, err = s.orgs.listHandshakes(tx, orgScope(op, caller, f.canonical()), s.orgs.received[caller], f, req)
		return err
	})
	return out, next, err
}

// ListHandshakesForOrganization lists the readable handshakes the caller's
// organization sent, in the order of [Store.ListHandshakesForAccount]. Only
// the management account may: a standalone caller is
// ErrNotInOrganization, a member ErrAccessDenied.
func (s *Store) ListHandshakesForOrganization(caller string, f HandshakeFilter, req PageRequest) ([]Handshake, string, error) {
	const op = "ListHandshakesForOrganization"
	var out []Handshake
	var next string
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management(op, caller)
		if err != nil {
			return err
		}
		out, next, err = s.orgs.listHandshakes(tx, orgScope(op, caller, f.canonical()), &o.sent, f, req)
		return err
	})
	return out, next, err
}

// listHandshakes pages index idx (nil is empty) under scope. A filter that
// keeps no invitation pages an empty index, so that its token is still
// checked.
func (st *orgState) listHandshakes(tx *Tx, scope TokenScope, idx *ordered.Map[string], f HandshakeFilter, req PageRequest) ([]Handshake, string, error) {
	if idx == nil || !f.keepsInvites() {
		idx = &ordered.Map[string]{}
	}
	return Paginate(tx, scope, idx, req, func(id string) (Handshake, bool) {
		h := st.handshakes[id]
		if !h.readable(tx.now) {
			return Handshake{}, false
		}
		return h.view(tx.now), true
	})
}
