package share

import (
	"slices"
	"time"

	"github.com/sharesim/sharesim/invitation"
)

// AMShareStatus is where a framework share request stands.
type AMShareStatus string

// The statuses of a share request. ACTIVE and EXPIRING are an open
// invitation (EXPIRING in the last ExpiringWindow of its lifetime);
// REPLICATING and SHARED an accepted one, before and after the recipient's
// copy is made; FAILED a request that could not be delivered or replicated.
const (
	AMShareActive      AMShareStatus = "ACTIVE"
	AMShareExpiring    AMShareStatus = "EXPIRING"
	AMShareReplicating AMShareStatus = "REPLICATING"
	AMShareShared      AMShareStatus = "SHARED"
	AMShareDeclined    AMShareStatus = "DECLINED"
	AMShareRevoked     AMShareStatus = "REVOKED"
	AMShareExpired     AMShareStatus = "EXPIRED"
	AMShareFailed      AMShareStatus = "FAILED"
)

// AMShareStatuses lists every share request status.
var AMShareStatuses = []AMShareStatus{
	AMShareActive, AMShareExpiring, AMShareReplicating, AMShareShared,
	AMShareDeclined, AMShareRevoked, AMShareExpired, AMShareFailed,
}

// AMRequestType names a side of a share request: the sender's view or the
// recipient's.
type AMRequestType string

// The two sides.
const (
	AMSent     AMRequestType = "SENT"
	AMReceived AMRequestType = "RECEIVED"
)

// AMShareAction is what UpdateAssessmentFrameworkShare does.
type AMShareAction string

// The actions on a share request.
const (
	AMAccept  AMShareAction = "ACCEPT"
	AMDecline AMShareAction = "DECLINE"
	AMRevoke  AMShareAction = "REVOKE"
)

// amActionEvents maps each action to the invitation event at its core.
var amActionEvents = map[AMShareAction]invitation.Event{
	AMAccept: invitation.Accept, AMDecline: invitation.Reject, AMRevoke: invitation.Revoke,
}

// AMShareRequest is a framework share request as either side sees it.
type AMShareRequest struct {
	ID                    string
	FrameworkID           string
	FrameworkName         string
	FrameworkDescription  string
	ComplianceType        string
	Status                AMShareStatus
	SourceAccount         string
	DestinationAccount    string
	DestinationRegion     string
	CreationTime          time.Time
	LastUpdated           time.Time
	ExpirationTime        time.Time
	Comment               string
	StandardControlsCount int
	CustomControlsCount   int
}

// AMShareInput is what StartAssessmentFrameworkShare takes. A nil Comment
// keeps a resent request's comment.
type AMShareInput struct {
	FrameworkID        string
	DestinationAccount string
	DestinationRegion  string
	Comment            *string
}

// amSnapshot is the framework as it was when the request was (re)sent.
type amSnapshot struct {
	name, description, complianceType string
	sets                              []amSet
	custom                            map[string]AMControl // full custom controls by ID
	standardCount, customCount        int
}

// amRequest is one share request. The invitation machine is its core:
// pending is ACTIVE/EXPIRING by time, accepted is REPLICATING until the copy
// is made and SHARED after, rejected is DECLINED, revoked REVOKED, expired
// EXPIRED. FAILED is layered on top.
type amRequest struct {
	id          string
	from, to    Caller
	frameworkID string
	comment     string
	snap        *amSnapshot // nil once declined, revoked, failed or copied
	// shown is what the request reports about the framework; it survives
	// the snapshot.
	name, description, complianceType string
	standardCount, customCount        int

	inv        invitation.Invitation
	failed     bool
	replicated bool
	created    time.Time
	updated    time.Time
	gen        int // bumped on resend, so stale timed transitions do nothing

	sentView, receivedView bool
}

func (r *amRequest) status(now time.Time, window time.Duration) AMShareStatus {
	if r.failed {
		return AMShareFailed
	}
	switch r.inv.StatusAt(now) {
	case invitation.Pending:
		if !now.Before(r.inv.ExpiresAt.Add(-window)) {
			return AMShareExpiring
		}
		return AMShareActive
	case invitation.Accepted:
		if r.replicated {
			return AMShareShared
		}
		return AMShareReplicating
	case invitation.Rejected:
		return AMShareDeclined
	case invitation.Revoked:
		return AMShareRevoked
	default:
		return AMShareExpired
	}
}

// live reports whether the request counts toward active recipients.
func (s AMShareStatus) live() bool {
	switch s {
	case AMShareActive, AMShareExpiring, AMShareReplicating, AMShareShared:
		return true
	}
	return false
}

func (r *amRequest) view(now time.Time, window time.Duration) AMShareRequest {
	st := r.status(now, window)
	last := r.updated
	switch st { // a lazy transition is stamped with its due time
	case AMShareExpiring:
		if w := r.inv.ExpiresAt.Add(-window); w.After(last) {
			last = w
		}
	case AMShareExpired:
		if r.inv.ExpiresAt.After(last) {
			last = r.inv.ExpiresAt
		}
	}
	return AMShareRequest{
		ID: r.id, FrameworkID: r.frameworkID, FrameworkName: r.name, FrameworkDescription: r.description,
		ComplianceType: r.complianceType, Status: st, SourceAccount: r.from.Account,
		DestinationAccount: r.to.Account, DestinationRegion: r.to.Region,
		CreationTime: r.created, LastUpdated: last, ExpirationTime: r.inv.ExpiresAt, Comment: r.comment,
		StandardControlsCount: r.standardCount, CustomControlsCount: r.customCount,
	}
}

func (st *amState) snapshot(f *amFramework) *amSnapshot {
	snap := &amSnapshot{
		name: f.name, description: f.description, complianceType: f.complianceType,
		sets: cloneSets(f.sets), custom: map[string]AMControl{},
	}
	std := map[string]bool{}
	for _, s := range f.sets {
		for _, id := range s.controls {
			ctl, ok := st.control(f.owner, id)
			switch {
			case !ok:
			case ctl.Type == AMStandard:
				std[id] = true
			default:
				snap.custom[id] = ctl.view(f.owner.Region)
			}
		}
	}
	snap.standardCount, snap.customCount = len(std), len(snap.custom)
	return snap
}

func (r *amRequest) takeSnapshot(snap *amSnapshot) {
	r.snap = snap
	r.name, r.description, r.complianceType = snap.name, snap.description, snap.complianceType
	r.standardCount, r.customCount = snap.standardCount, snap.customCount
}

// AMStartShare sends one of the caller's custom frameworks to another
// account and region, or resends it when a request for the same framework
// and destination is still open or shared.
func (s *Store) AMStartShare(c Caller, in AMShareInput) (AMShareRequest, error) {
	const op = "StartAssessmentFrameworkShare"
	var out AMShareRequest
	err := s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		st, o := tx.s.am, &tx.s.opts.AuditManager
		f, ok := st.framework(c, in.FrameworkID)
		if !ok {
			return newError(op, ErrNotFound, EntityAMFramework, in.FrameworkID)
		}
		if f.typ == AMStandard {
			return newError(op, ErrInvalidArgument, EntityAMFramework, f.id).because(AMReasonStandardNotShareable)
		}
		if !slices.Contains(o.Regions, in.DestinationRegion) {
			return newError(op, ErrInvalidArgument, EntityAMShareRequest, in.DestinationRegion).because(AMReasonUnsupportedRegion)
		}
		to := Caller{Account: in.DestinationAccount, Region: in.DestinationRegion}
		if to == c {
			return newError(op, ErrInvalidArgument, EntityAMShareRequest, to.Account).because(AMReasonSelfShare)
		}
		now := tx.Now()
		route := amRoute{from: c, frameworkID: f.id, to: to}
		if r := st.latest[route]; r != nil {
			switch r.status(now, o.ExpiringWindow) {
			case AMShareReplicating:
				return newError(op, ErrInvalidTransition, EntityAMShareRequest, r.id).because(AMReasonReplicating)
			case AMShareActive, AMShareExpiring, AMShareShared:
				if err := r.inv.Renew(now, o.ShareRequestLifetime); err != nil {
					return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityAMShareRequest, ID: r.id, Err: err}
				}
				r.gen++
				r.replicated = false
				r.takeSnapshot(st.snapshot(f))
				if in.Comment != nil {
					r.comment = *in.Comment
				}
				r.updated = now
				if !r.receivedView {
					r.receivedView = true
					st.scopeFor(tx, to).received.Set(TimeKey(r.created, r.id), r)
				}
				st.scheduleSendCheck(tx, r)
				out = r.view(now, o.ExpiringWindow)
				return nil
			}
		}
		if !st.hasLiveRequest(now, c.Account, to.Account) && st.liveRecipients(now, c.Account, o.MaxActiveShareRecipients) >= o.MaxActiveShareRecipients {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityAMShareRequest, Reason: AMReasonActiveRecipients, Limit: o.MaxActiveShareRecipients}
		}
		r := &amRequest{
			id: tx.UUID(), from: c, to: to, frameworkID: f.id,
			inv: invitation.New(now, o.ShareRequestLifetime), created: now, updated: now,
			sentView: true, receivedView: true,
		}
		if in.Comment != nil {
			r.comment = *in.Comment
		}
		r.takeSnapshot(st.snapshot(f))
		st.requests[r.id] = r
		st.latest[route] = r
		key := TimeKey(r.created, r.id)
		st.scopeFor(tx, c).sent.Set(key, r)
		st.scopeFor(tx, to).received.Set(key, r)
		dests := st.bySender[c.Account]
		if dests == nil {
			dests = map[string][]*amRequest{}
			st.bySender[c.Account] = dests
		}
		// Drop the requests that no longer count before adding one, so that a
		// request that stays SHARED at the front cannot pin dead ones behind it.
		live := slices.DeleteFunc(dests[to.Account], func(x *amRequest) bool { return !x.status(now, 0).live() })
		dests[to.Account] = append(live, r)
		st.scheduleSendCheck(tx, r)
		out = r.view(now, o.ExpiringWindow)
		return nil
	})
	return out, err
}

// hasLiveRequest reports whether sender has a request to dest that counts
// as an active recipient. It drops the requests at the front of the list
// that never will again (a status that is not live never becomes live), so
// the answer costs O(1) amortized.
func (st *amState) hasLiveRequest(now time.Time, sender, dest string) bool {
	dests := st.bySender[sender]
	reqs := dests[dest]
	// The expiring window does not matter: ACTIVE and EXPIRING are both live.
	for len(reqs) > 0 && !reqs[0].status(now, 0).live() {
		reqs = reqs[1:]
	}
	if len(reqs) == 0 {
		delete(dests, dest)
		return false
	}
	dests[dest] = reqs
	return true
}

// liveRecipients counts sender's active recipients, up to limit.
func (st *amState) liveRecipients(now time.Time, sender string, limit int) int {
	n := 0
	for dest := range st.bySender[sender] {
		if n >= limit {
			break
		}
		if st.hasLiveRequest(now, sender, dest) {
			n++
		}
	}
	return n
}

// scheduleSendCheck fails the request, once it settles, when the recipient
// cannot receive it: not registered in the destination region, or the
// management account of an organization.
func (st *amState) scheduleSendCheck(tx *Tx, r *amRequest) {
	gen := r.gen
	tx.After(tx.s.opts.PropagationDelay, func(tx *Tx) {
		if r.gen != gen || r.failed || r.inv.StatusAt(tx.Now()) != invitation.Pending {
			return
		}
		if !tx.s.am.registered(tx, r.to) || tx.IsManagementAccount(r.to.Account) {
			tx.s.am.fail(tx, r)
		}
	})
}

// fail marks the request FAILED at the transaction's time (the due time of
// the check that failed it). A FAILED request never reaches the recipient,
// so its received view goes: RECEIVED listings then walk only requests they
// show, and the request is forgotten once the sender deletes its view.
func (st *amState) fail(tx *Tx, r *amRequest) {
	r.failed, r.updated, r.snap = true, tx.Now(), nil
	if r.receivedView {
		r.receivedView = false
		if sc := st.scope(r.to); sc != nil {
			sc.received.Delete(TimeKey(r.created, r.id))
		}
	}
	if !r.sentView {
		st.drop(r)
	}
}

// drop forgets a request that has left both views: it leaves every index
// it is in, so that it no longer counts toward its sender's active
// recipients (auditmanager.md §6.2 step 7) nor takes a resend.
func (st *amState) drop(r *amRequest) {
	delete(st.requests, r.id)
	if route := (amRoute{from: r.from, frameworkID: r.frameworkID, to: r.to}); st.latest[route] == r {
		delete(st.latest, route)
	}
	dests := st.bySender[r.from.Account]
	if reqs := slices.DeleteFunc(dests[r.to.Account], func(x *amRequest) bool { return x == r }); len(reqs) > 0 {
		dests[r.to.Account] = reqs
	} else {
		delete(dests, r.to.Account)
	}
	if len(dests) == 0 {
		delete(st.bySender, r.from.Account)
	}
}

// scheduleReplication makes the recipient's copy once an accept settles, or
// fails the request when the recipient can no longer take it.
func (st *amState) scheduleReplication(tx *Tx, r *amRequest) {
	gen := r.gen
	tx.After(tx.s.opts.PropagationDelay, func(tx *Tx) {
		if r.gen != gen || r.failed || r.replicated || r.inv.Status != invitation.Accepted || r.snap == nil {
			return
		}
		am := tx.s.am
		if !am.registered(tx, r.to) || am.acceptQuota(tx, "UpdateAssessmentFrameworkShare", r) != nil {
			am.fail(tx, r)
			return
		}
		am.makeCopy(tx, r)
		r.replicated, r.updated, r.snap = true, tx.Now(), nil
	})
}

func (st *amState) acceptQuota(tx *Tx, op string, r *amRequest) error {
	sc := st.scopeFor(tx, r.to)
	o := &tx.s.opts.AuditManager
	if err := st.customFrameworkQuota(tx, op, sc, 1); err != nil {
		return err
	}
	if len(sc.controls)+r.customCount > o.MaxCustomControls {
		return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityAMControl, Reason: AMReasonCustomControls, Limit: o.MaxCustomControls}
	}
	return nil
}

// makeCopy creates the recipient's independent framework from the snapshot:
// new IDs, custom controls copied into the recipient's library, no tags.
func (st *amState) makeCopy(tx *Tx, r *amRequest) {
	sc := st.scopeFor(tx, r.to)
	now, snap := tx.Now(), r.snap
	renamed := map[string]string{}
	sets := cloneSets(snap.sets)
	for i := range sets {
		for j, id := range sets[i].controls {
			src, custom := snap.custom[id]
			if !custom {
				continue
			}
			if n, ok := renamed[id]; ok {
				sets[i].controls[j] = n
				continue
			}
			ctl := &amControl{owner: r.to, AMControl: src}
			ctl.ID, ctl.ARN, ctl.Tags = tx.UUID(), "", nil
			ctl.MappingSources = renewSources(tx, src.MappingSources)
			ctl.CreatedAt, ctl.LastUpdatedAt = now, now
			ctl.CreatedBy, ctl.LastUpdatedBy = r.from.Account, r.from.Account
			sc.addControl(ctl)
			renamed[id] = ctl.ID
			sets[i].controls[j] = ctl.ID
		}
	}
	sc.addFramework(&amFramework{
		id: tx.UUID(), name: snap.name, description: snap.description, complianceType: snap.complianceType,
		typ: AMCustom, owner: r.to, sets: sets, createdAt: now, lastUpdatedAt: now,
		createdBy: r.from.Account, lastUpdatedBy: r.from.Account,
	})
}

// requestIn returns the request when it is in the caller's view for side.
func (st *amState) requestIn(c Caller, id string, side AMRequestType) (*amRequest, bool) {
	r := st.requests[id]
	if r == nil {
		return nil, false
	}
	switch side {
	case AMSent:
		return r, r.sentView && r.from == c
	case AMReceived:
		return r, r.receivedView && r.to == c && !r.failed
	}
	return nil, false
}

// AMListShareRequests lists one page of the caller's sent or received share
// requests, by creation time then ID. FAILED requests are not received: they
// leave the received index when they fail, so a page costs what it shows.
func (s *Store) AMListShareRequests(c Caller, side AMRequestType, req PageRequest) ([]AMShareRequest, string, error) {
	const op = "ListAssessmentFrameworkShareRequests"
	var (
		out  []AMShareRequest
		next string
	)
	err := s.View(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		scope := TokenScope{Op: op, Account: c.Account, Region: c.Region, Filter: string(side)}
		sc := tx.s.am.scope(c)
		if sc == nil {
			out = []AMShareRequest{}
			return checkToken(tx, scope, req.Token)
		}
		m := &sc.sent
		if side == AMReceived {
			m = &sc.received
		}
		now, window := tx.Now(), tx.s.opts.AuditManager.ExpiringWindow
		var err error
		out, next, err = Paginate(tx, scope, m, req, func(r *amRequest) (AMShareRequest, bool) {
			return r.view(now, window), true
		})
		return err
	})
	return out, next, err
}

// AMUpdateShare applies an action to a share request: the recipient
// (RECEIVED) accepts or declines, the sender (SENT) revokes.
func (s *Store) AMUpdateShare(c Caller, id string, side AMRequestType, action AMShareAction) (AMShareRequest, error) {
	const op = "UpdateAssessmentFrameworkShare"
	var out AMShareRequest
	err := s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		st, window := tx.s.am, tx.s.opts.AuditManager.ExpiringWindow
		r, ok := st.requestIn(c, id, side)
		if !ok {
			return newError(op, ErrNotFound, EntityAMShareRequest, id)
		}
		switch {
		case side == AMSent && action != AMRevoke:
			return newError(op, ErrInvalidArgument, EntityAMShareRequest, string(action)).because(AMReasonSentOnlyRevoke)
		case side == AMReceived && action == AMRevoke:
			return newError(op, ErrInvalidArgument, EntityAMShareRequest, string(action)).because(AMReasonReceivedOnlyAnswer)
		}
		now := tx.Now()
		ev := amActionEvents[action]
		reason := AMReasonNotAnswerable
		if action == AMRevoke {
			reason = AMReasonNotRevocable
		}
		if r.failed {
			return newError(op, ErrInvalidTransition, EntityAMShareRequest, id).because(reason)
		}
		if _, err := invitation.Next(r.inv.StatusAt(now), ev); err != nil {
			return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityAMShareRequest, ID: id, Reason: reason, Err: err}
		}
		switch action {
		case AMAccept:
			if err := st.acceptQuota(tx, op, r); err != nil {
				return err
			}
			_ = r.inv.Accept(now) // checked above
			st.scheduleReplication(tx, r)
		case AMDecline:
			_ = r.inv.Reject(now)
			r.snap = nil
		case AMRevoke:
			_ = r.inv.Revoke(now)
			r.snap = nil
		}
		r.updated = now
		out = r.view(now, window)
		return nil
	})
	return out, err
}

// AMDeleteShare removes a share request from the caller's side only. The
// other side's view and any copy made remain. A request gone from both
// sides no longer exists: it no longer counts as an active recipient.
func (s *Store) AMDeleteShare(c Caller, id string, side AMRequestType) error {
	const op = "DeleteAssessmentFrameworkShare"
	return s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		st := tx.s.am
		r, ok := st.requestIn(c, id, side)
		if !ok {
			return newError(op, ErrNotFound, EntityAMShareRequest, id)
		}
		switch status := r.status(tx.Now(), tx.s.opts.AuditManager.ExpiringWindow); status {
		case AMShareActive, AMShareExpiring, AMShareReplicating:
			return newError(op, ErrInvalidTransition, EntityAMShareRequest, string(status)).because(AMReasonDeleteBlocked)
		}
		key := TimeKey(r.created, r.id)
		if side == AMSent {
			r.sentView = false
			st.scope(r.from).sent.Delete(key)
			route := amRoute{from: r.from, frameworkID: r.frameworkID, to: r.to}
			if st.latest[route] == r {
				delete(st.latest, route)
			}
		} else {
			r.receivedView = false
			st.scope(r.to).received.Delete(key)
		}
		if !r.sentView && !r.receivedView {
			st.drop(r)
		}
		return nil
	})
}
