package share

import (
	"errors"
	"regexp"
	"strings"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
	"github.com/sharesim/sharesim/invitation"
)

// WAShare is a share of a lens, workload, profile or review template.
type WAShare struct {
	ID           string
	ResourceType WAResourceType
	// ResourceID is the workload ID, or the lens, profile or template ARN.
	ResourceID   string
	ResourceARN  string
	ResourceName string
	Owner        string
	SharedWith   string
	Permission   WAPermission
	Status       WAShareStatus
	// StatusMessage explains a FAILED organization share.
	StatusMessage string
	// InvitationID is the share invitation of an account or IAM share; empty
	// for organization and OU shares.
	InvitationID string
	CreatedAt    time.Time
	// ExpiresAt is when a pending invitation expires; zero for organization shares.
	ExpiresAt time.Time
}

// WAInvitation is a share invitation as its recipient sees it.
type WAInvitation struct {
	ID           string
	ShareID      string
	ResourceType WAResourceType
	ResourceID   string
	ResourceARN  string
	ResourceName string
	Owner        string
	SharedWith   string
	Permission   WAPermission
	Status       WAShareStatus
	ExpiresAt    time.Time
}

// waShare is a stored share. An account or IAM target has an invitation; an
// organization or OU target has orgStatus instead.
type waShare struct {
	id         string
	res        *waResource
	sharedWith string
	target     Principal
	permission WAPermission
	createdAt  time.Time
	key        string // key in res.shares

	// account and IAM targets
	invID    string
	inv      invitation.Invitation
	inboxKey string // key in the recipient's inbox

	// organization and OU targets
	orgID         string // the owner's organization
	orgStatus     WAShareStatus
	statusMessage string
}

func (s *waShare) isOrg() bool {
	return s.target.Kind == PrincipalOrganization || s.target.Kind == PrincipalOrganizationalUnit
}

// targetID is the organization or OU ID of an organization share.
func (s *waShare) targetID() string {
	if s.target.Kind == PrincipalOrganizationalUnit {
		return s.target.OUID
	}
	return s.target.OrgID
}

// status evaluates the share at now, lazy expiry included.
func (s *waShare) status(now time.Time) WAShareStatus {
	if s.isOrg() {
		return s.orgStatus
	}
	return waInvitationStatus(s.inv.StatusAt(now))
}

func waInvitationStatus(st invitation.Status) WAShareStatus {
	switch st {
	case invitation.Pending:
		return WASharePending
	case invitation.Accepted:
		return WAShareAccepted
	case invitation.Rejected:
		return WAShareRejected
	case invitation.Expired:
		return WAShareExpired
	case invitation.Revoked:
		return WAShareRevoked
	}
	return ""
}

func (s *waShare) view(now time.Time) WAShare {
	v := WAShare{
		ID: s.id, ResourceType: s.res.kind, ResourceID: s.res.id, ResourceARN: s.res.arn,
		ResourceName: s.res.name(), Owner: s.res.owner, SharedWith: s.sharedWith,
		Permission: s.permission, Status: s.status(now), InvitationID: s.invID, CreatedAt: s.createdAt,
	}
	if s.isOrg() {
		v.StatusMessage = s.statusMessage
	} else if v.Status == WASharePending {
		v.ExpiresAt = s.inv.ExpiresAt
	}
	return v
}

func (s *waShare) invitationView(now time.Time) WAInvitation {
	return WAInvitation{
		ID: s.invID, ShareID: s.id, ResourceType: s.res.kind, ResourceID: s.res.id, ResourceARN: s.res.arn,
		ResourceName: s.res.name(), Owner: s.res.owner, SharedWith: s.sharedWith, Permission: s.permission,
		Status: s.status(now), ExpiresAt: s.inv.ExpiresAt,
	}
}

var (
	waOrgIDRE = regexp.MustCompile(`^o-[a-z0-9]{10,32}$`)
	waOUIDRE  = regexp.MustCompile(`^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$`)
)

// parseWASharedWith recognizes the SharedWith forms of spec §3.14: an
// account, an IAM user or role ARN, an organization ID or an OU ID.
func parseWASharedWith(s string) (Principal, bool) {
	switch {
	case waOrgIDRE.MatchString(s):
		return Principal{Raw: s, Kind: PrincipalOrganization, OrgID: s}, true
	case waOUIDRE.MatchString(s):
		return Principal{Raw: s, Kind: PrincipalOrganizationalUnit, OUID: s}, true
	}
	p, ok := ParsePrincipal(s)
	if !ok || !(p.Kind == PrincipalAccount || p.IsIAM()) {
		return Principal{}, false
	}
	return p, true
}

// ValidWASharedWith reports whether s is a SharedWith value Well-Architected
// accepts.
func ValidWASharedWith(s string) bool {
	_, ok := parseWASharedWith(s)
	return ok
}

// waGrant is what one caller may do with a resource it does not own: the
// highest permission over the shares that reach it, and the invitation of an
// accepted account share, if any.
type waGrant struct {
	ok           bool
	permission   WAPermission
	invitationID string
}

// grantOf reports the access account has to r through its shares (§5).
func (st *waState) grantOf(tx *Tx, r *waResource, account string) waGrant {
	var g waGrant
	if r.shares.Len() == 0 {
		return g
	}
	org, inOrg := tx.OrgOf(account)
	var ancestors []string
	r.shares.All(func(_ string, s *waShare) bool {
		if !s.reaches(tx, account, org.ID, inOrg, &ancestors) {
			return true
		}
		if !g.ok || s.permission == WAContributor {
			g.permission = s.permission
		}
		if !s.isOrg() && g.invitationID == "" {
			g.invitationID = s.invID
		}
		g.ok = true
		return true
	})
	return g
}

// reaches reports whether the share currently gives account access.
func (s *waShare) reaches(tx *Tx, account, orgID string, inOrg bool, ancestors *[]string) bool {
	switch {
	case !s.isOrg():
		return s.target.Account == account && s.inv.StatusAt(tx.Now()) == invitation.Accepted
	case s.orgStatus != WAShareAssociated || !inOrg || orgID != s.orgID:
		return false
	case s.target.Kind == PrincipalOrganization:
		return true
	default:
		if *ancestors == nil {
			*ancestors = tx.Ancestors(account)
		}
		for _, a := range *ancestors {
			if a == s.target.OUID {
				return true
			}
		}
		return false
	}
}

// visible returns r when the caller owns it or has access to it.
func (st *waState) visible(tx *Tx, c Caller, r *waResource) (waGrant, bool) {
	if r.region != c.Region {
		return waGrant{}, false
	}
	if r.owner == c.Account {
		return waGrant{ok: true}, true
	}
	g := st.grantOf(tx, r, c.Account)
	return g, g.ok
}

// shareQuota returns the share quota of a resource type and its name.
func (o *WAOptions) shareQuota(kind WAResourceType) (int, string) {
	switch kind {
	case WAKindLens:
		return o.MaxSharesPerLens, WAQuotaSharesPerLens
	case WAKindWorkload:
		return o.MaxSharesPerWorkload, WAQuotaSharesPerWorkload
	case WAKindProfile:
		return o.MaxSharesPerProfile, WAQuotaSharesPerProfile
	}
	return o.MaxSharesPerTemplate, WAQuotaSharesPerTemplate
}

// waEntity is the error entity of a resource type.
func waEntity(kind WAResourceType) string {
	switch kind {
	case WAKindLens:
		return EntityWALens
	case WAKindWorkload:
		return EntityWAWorkload
	case WAKindProfile:
		return EntityWAProfile
	}
	return EntityWATemplate
}

// ownedResource finds a shareable resource the caller must own: ErrNotFound
// when it cannot see it, ErrAccessDenied when it is a recipient. A lens is
// named by alias or ARN; an official lens is ErrInvalidArgument.
func (st *waState) ownedResource(tx *Tx, op string, c Caller, kind WAResourceType, id string) (*waResource, error) {
	if kind == WAKindLens {
		if err := st.notOfficial(tx, op, id); err != nil {
			return nil, err
		}
	}
	r, ok := st.resources[id]
	if !ok || r.kind != kind {
		return nil, newError(op, ErrNotFound, waEntity(kind), id)
	}
	if _, ok := st.visible(tx, c, r); !ok {
		return nil, newError(op, ErrNotFound, waEntity(kind), id)
	}
	if r.owner != c.Account {
		if kind == WAKindLens && len(r.lens.versions) == 0 {
			// Recipients see published versions only (spec §3.3).
			return nil, newError(op, ErrNotFound, waEntity(kind), id)
		}
		return nil, newError(op, ErrAccessDenied, waEntity(kind), id)
	}
	return r, nil
}

// WACreateShare shares a resource (a lens by alias or ARN, a workload by ID,
// a profile or template by ARN) with an account, IAM user or role,
// organization or OU. Account targets get a pending invitation; organization
// targets are associated without one. Lens, profile and template shares
// record READONLY whatever permission is given.
//
// Errors: ErrInvalidArgument (a malformed SharedWith, an official or
// unpublished lens, the caller's own account, organization sharing off or a
// foreign organization), ErrNotFound, ErrAccessDenied (not the owner),
// ErrConflict (already shared with the target), ErrLimitExceeded,
// ErrIdempotencyMismatch.
func (s *Store) WACreateShare(c Caller, tok WARequestToken, kind WAResourceType, resourceID, sharedWith string, perm WAPermission) (WAShare, error) {
	op := "Create" + waOpNoun(kind) + "Share"
	return waMutate(s, op, c, tok, func(tx *Tx) (WAShare, error) {
		st := s.wa
		target, ok := parseWASharedWith(sharedWith)
		if !ok {
			return WAShare{}, newError(op, ErrInvalidArgument, EntityWASharedWith, sharedWith)
		}
		r, err := st.ownedResource(tx, op, c, kind, resourceID)
		if err != nil {
			return WAShare{}, err
		}
		if kind == WAKindLens && len(r.lens.versions) == 0 {
			return WAShare{}, newError(op, ErrInvalidArgument, EntityWALens, r.arn).because(ReasonWANotPublished)
		}
		if kind != WAKindWorkload || perm == "" {
			perm = WAReadOnly
		}
		if target.Account == c.Account {
			return WAShare{}, newError(op, ErrInvalidArgument, EntityWASharedWith, sharedWith).because(ReasonWAOwnAccount)
		}
		var orgID string
		if target.Kind == PrincipalOrganization || target.Kind == PrincipalOrganizationalUnit {
			org, inOrg := tx.OrgOf(c.Account)
			if !inOrg || !tx.ServiceAccessEnabled(org.ID, WAServicePrincipal) {
				return WAShare{}, newError(op, ErrInvalidArgument, EntityWASharedWith, sharedWith).because(ReasonWAOrgSharingOff)
			}
			if (target.Kind == PrincipalOrganization && target.OrgID != org.ID) ||
				(target.Kind == PrincipalOrganizationalUnit && !tx.OUExists(org.ID, target.OUID)) {
				return WAShare{}, newError(op, ErrInvalidArgument, EntityWASharedWith, sharedWith).because(ReasonWANotInOrg)
			}
			orgID = org.ID
		}
		old := r.byTarget[sharedWith]
		if old != nil && old.status(tx.Now()).active() {
			return WAShare{}, newError(op, ErrConflict, EntityWAShare, old.id).because(ReasonWAAlreadyShared)
		}
		limit, quota := tx.Options().WellArchitected.shareQuota(kind)
		if r.shares.Len() >= limit && st.activeShares(tx, r) >= limit {
			e := newError(op, ErrLimitExceeded, waEntity(kind), r.id).because(quota)
			e.Limit = limit
			return WAShare{}, e
		}
		// Valid: mutate.
		if old != nil {
			st.dropShare(old)
		}
		sh := &waShare{id: tx.Hex(32), res: r, sharedWith: sharedWith, target: target, permission: perm, createdAt: tx.Now()}
		sh.key = TimeKey(sh.createdAt, sh.id)
		if orgID != "" {
			sh.orgID, sh.orgStatus = orgID, WAShareAssociating
			m, ok := st.orgShares[orgID]
			if !ok {
				m = map[string]*waShare{}
				st.orgShares[orgID] = m
			}
			m[sh.id] = sh
			tx.After(tx.s.opts.PropagationDelay, func(tx *Tx) {
				if cur, ok := st.shares[sh.id]; ok && cur == sh && sh.orgStatus == WAShareAssociating {
					sh.orgStatus = WAShareAssociated
					st.reachAdd(sh.targetID(), sh.res)
				}
			})
		} else {
			sh.invID = tx.Hex(32)
			sh.inv = invitation.New(tx.Now(), tx.Options().WellArchitected.InvitationExpiry)
			st.invites[sh.invID] = sh
			st.toInbox(tx, sh)
		}
		st.shares[sh.id] = sh
		r.shares.Set(sh.key, sh)
		r.byTarget[sharedWith] = sh
		return sh.view(tx.Now()), nil
	})
}

// inboxKeys are the recipient's inbox of every kind and that of the
// share's kind, which ListShareInvitations pages when it filters by type.
func (sh *waShare) inboxKeys() [2]waIndexKey {
	p := waPlace{sh.target.Account, sh.res.region}
	return [2]waIndexKey{{"", p}, {sh.res.kind, p}}
}

// toInbox files a pending invitation in its recipient's inboxes, under its
// (re)send time, and schedules its removal when it expires.
func (st *waState) toInbox(tx *Tx, sh *waShare) {
	st.fromInbox(sh)
	key := TimeKey(sh.inv.SentAt, sh.invID)
	sh.inboxKey = key
	for _, k := range sh.inboxKeys() {
		in, ok := st.inbox[k]
		if !ok {
			in = &ordered.Map[*waShare]{}
			st.inbox[k] = in
		}
		in.Set(key, sh)
	}
	tx.At(sh.inv.ExpiresAt, func(tx *Tx) {
		if st.shares[sh.id] == sh && sh.inboxKey == key && sh.inv.Settle(tx.Now()) {
			st.fromInbox(sh)
		}
	})
}

// fromInbox takes an answered, expired or deleted invitation out of the inbox.
func (st *waState) fromInbox(sh *waShare) {
	if sh.inboxKey == "" {
		return
	}
	for _, k := range sh.inboxKeys() {
		if in := st.inbox[k]; in != nil {
			in.Delete(sh.inboxKey)
			if in.Len() == 0 {
				delete(st.inbox, k)
			}
		}
	}
	sh.inboxKey = ""
}

// activeShares counts the shares of r that hold a quota slot.
func (st *waState) activeShares(tx *Tx, r *waResource) int {
	n := 0
	r.shares.All(func(_ string, s *waShare) bool {
		if s.status(tx.Now()).active() {
			n++
		}
		return true
	})
	return n
}

// dropShare removes a share and its invitation from every index.
func (st *waState) dropShare(sh *waShare) {
	r := sh.res
	r.shares.Delete(sh.key)
	if r.byTarget[sh.sharedWith] == sh {
		delete(r.byTarget, sh.sharedWith)
	}
	delete(st.shares, sh.id)
	if h, ok := sh.holder(); ok {
		st.reachRemove(h, r)
	}
	if sh.isOrg() {
		if m := st.orgShares[sh.orgID]; m != nil {
			delete(m, sh.id)
			if len(m) == 0 {
				delete(st.orgShares, sh.orgID)
			}
		}
		return
	}
	delete(st.invites, sh.invID)
	st.fromInbox(sh)
}

func waOpNoun(kind WAResourceType) string {
	switch kind {
	case WAKindLens:
		return "Lens"
	case WAKindWorkload:
		return "Workload"
	case WAKindProfile:
		return "Profile"
	}
	return "Template"
}

// WAShareFilter narrows a share listing.
type WAShareFilter struct {
	// SharedWithPrefix keeps shares whose SharedWith starts with it.
	SharedWithPrefix string
	// Status keeps shares in this status; empty keeps all.
	Status WAShareStatus
}

// WAListShares lists the shares of a resource the caller owns, in every
// status, by creation time. Errors: ErrInvalidArgument (an official lens),
// ErrNotFound, ErrAccessDenied, ErrInvalidToken.
func (s *Store) WAListShares(c Caller, kind WAResourceType, resourceID string, f WAShareFilter, req PageRequest) ([]WAShare, string, error) {
	op := "List" + waOpNoun(kind) + "Shares"
	var out []WAShare
	var next string
	err := s.View(func(tx *Tx) error {
		r, err := s.wa.ownedResource(tx, op, c, kind, resourceID)
		if err != nil {
			return err
		}
		scope := waScope(op, c, resourceID+"\x00"+f.SharedWithPrefix+"\x00"+string(f.Status))
		out, next, err = Paginate(tx, scope, &r.shares, req, func(sh *waShare) (WAShare, bool) {
			v := sh.view(tx.Now())
			if !strings.HasPrefix(v.SharedWith, f.SharedWithPrefix) || (f.Status != "" && v.Status != f.Status) {
				return WAShare{}, false
			}
			return v, true
		})
		return err
	})
	return out, next, err
}

// WADeleteShare removes a share in any status, with its invitation.
// Errors: ErrNotFound (the resource, or a share that is not one of it),
// ErrAccessDenied, ErrInvalidArgument (an official lens),
// ErrIdempotencyMismatch.
func (s *Store) WADeleteShare(c Caller, tok WARequestToken, kind WAResourceType, resourceID, shareID string) error {
	op := "Delete" + waOpNoun(kind) + "Share"
	_, err := waMutate(s, op, c, tok, func(tx *Tx) (struct{}, error) {
		r, err := s.wa.ownedResource(tx, op, c, kind, resourceID)
		if err != nil {
			return struct{}{}, err
		}
		sh, ok := s.wa.shares[shareID]
		if !ok || sh.res != r {
			return struct{}{}, newError(op, ErrNotFound, EntityWAShare, shareID)
		}
		s.wa.dropShare(sh)
		return struct{}{}, nil
	})
	return err
}

// WAUpdateWorkloadShare changes the permission of a workload share. A pending
// invitation is sent again with a fresh expiry. Errors: ErrNotFound,
// ErrAccessDenied, ErrInvalidTransition (reason ReasonWAShareTerminal; the
// error's Err names the status).
func (s *Store) WAUpdateWorkloadShare(c Caller, workloadID, shareID string, perm WAPermission) (WAShare, error) {
	const op = "UpdateWorkloadShare"
	var out WAShare
	err := s.Update(func(tx *Tx) error {
		r, err := s.wa.ownedResource(tx, op, c, WAKindWorkload, workloadID)
		if err != nil {
			return err
		}
		sh, ok := s.wa.shares[shareID]
		if !ok || sh.res != r {
			return newError(op, ErrNotFound, EntityWAShare, shareID)
		}
		st := sh.status(tx.Now())
		if !st.active() {
			e := newError(op, ErrInvalidTransition, EntityWAShare, shareID).because(ReasonWAShareTerminal)
			e.Err = waStatusError{st}
			return e
		}
		sh.permission = perm
		if st == WASharePending {
			if err := sh.inv.Renew(tx.Now(), tx.Options().WellArchitected.InvitationExpiry); err != nil {
				return err // unreachable: a pending invitation renews
			}
			s.wa.toInbox(tx, sh)
		}
		out = sh.view(tx.Now())
		return nil
	})
	return out, err
}

// waStatusError carries the status that refused a transition.
type waStatusError struct{ status WAShareStatus }

// Error implements error.
func (e waStatusError) Error() string { return "share is " + string(e.status) }

// WAStatusOf returns the share status carried by an ErrInvalidTransition
// error of [Store.WAUpdateWorkloadShare].
func WAStatusOf(err error) (WAShareStatus, bool) {
	var se waStatusError
	if errors.As(err, &se) {
		return se.status, true
	}
	return "", false
}

// WAInvitationFilter narrows ListShareInvitations.
type WAInvitationFilter struct {
	// ResourceType keeps invitations of this type; empty keeps all.
	ResourceType WAResourceType
	// NamePrefix, with NamePrefixType, keeps invitations of that type whose
	// resource name starts with it.
	NamePrefix     string
	NamePrefixType WAResourceType
}

// WAListShareInvitations lists the caller's pending invitations in its
// region, by invitation time. Organization shares have none.
func (s *Store) WAListShareInvitations(c Caller, f WAInvitationFilter, req PageRequest) ([]WAInvitation, string, error) {
	const op = "ListShareInvitations"
	var out []WAInvitation
	var next string
	err := s.View(func(tx *Tx) error {
		// Page the inbox of the one kind the filters allow, if any.
		kind := f.ResourceType
		if f.NamePrefixType != "" {
			if kind != "" && kind != f.NamePrefixType {
				kind = "none" // contradictory filters: an empty listing
			} else {
				kind = f.NamePrefixType
			}
		}
		in, ok := s.wa.inbox[waIndexKey{kind, waPlace{c.Account, c.Region}}]
		if !ok {
			in = &ordered.Map[*waShare]{}
		}
		scope := waScope(op, c, string(f.ResourceType)+"\x00"+string(f.NamePrefixType)+"\x00"+f.NamePrefix)
		var err error
		out, next, err = Paginate(tx, scope, in, req, func(sh *waShare) (WAInvitation, bool) {
			if sh.inv.StatusAt(tx.Now()) != invitation.Pending {
				return WAInvitation{}, false
			}
			if f.ResourceType != "" && sh.res.kind != f.ResourceType {
				return WAInvitation{}, false
			}
			if f.NamePrefixType != "" && (sh.res.kind != f.NamePrefixType || !strings.HasPrefix(sh.res.name(), f.NamePrefix)) {
				return WAInvitation{}, false
			}
			return sh.invitationView(tx.Now()), true
		})
		return err
	})
	return out, next, err
}

// WAUpdateShareInvitation accepts or rejects an invitation addressed to the
// caller. Errors: ErrNotFound (unknown, deleted, another region or another
// recipient), ErrInvalidTransition wrapping invitation.ErrAlreadyAccepted,
// ErrAlreadyRejected or ErrExpired.
func (s *Store) WAUpdateShareInvitation(c Caller, invitationID string, accept bool) (WAInvitation, error) {
	const op = "UpdateShareInvitation"
	var out WAInvitation
	err := s.Update(func(tx *Tx) error {
		sh, ok := s.wa.invites[invitationID]
		if !ok || sh.target.Account != c.Account || sh.res.region != c.Region {
			return newError(op, ErrNotFound, EntityWAInvitation, invitationID)
		}
		next := sh.inv
		var err error
		if accept {
			err = next.Accept(tx.Now())
		} else {
			err = next.Reject(tx.Now())
		}
		if err != nil {
			return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityWAInvitation, ID: invitationID, Err: err}
		}
		sh.inv = next
		s.wa.fromInbox(sh)
		if accept {
			s.wa.reachAdd(sh.target.Account, sh.res)
		}
		out = sh.invitationView(tx.Now())
		return nil
	})
	return out, err
}

// WAGlobalSettings are an account's Well-Architected settings in a region.
type WAGlobalSettings struct {
	// OrganizationSharing is whether the caller's organization has
	// Well-Architected trusted access.
	OrganizationSharing bool
	// DiscoveryIntegration is stored per account and region.
	DiscoveryIntegration bool
}

// WAGetGlobalSettings returns the caller's settings.
func (s *Store) WAGetGlobalSettings(c Caller) WAGlobalSettings {
	var out WAGlobalSettings
	_ = s.View(func(tx *Tx) error {
		if org, ok := tx.OrgOf(c.Account); ok {
			out.OrganizationSharing = tx.ServiceAccessEnabled(org.ID, WAServicePrincipal)
		}
		out.DiscoveryIntegration = s.wa.discovery[waPlace{c.Account, c.Region}]
		return nil
	})
	return out
}

// WAGlobalSettingsUpdate changes the settings whose fields are set.
type WAGlobalSettingsUpdate struct {
	OrganizationSharing  *bool
	DiscoveryIntegration *bool
}

// WAUpdateGlobalSettings applies an update. Turning organization sharing on
// or off enables or disables trusted access for [WAServicePrincipal];
// disabling fails the organization's organization shares. Errors:
// ErrNotInOrganization, ErrAccessDenied (a member account),
// ErrInvalidTransition (reason "not-all-features").
func (s *Store) WAUpdateGlobalSettings(c Caller, u WAGlobalSettingsUpdate) error {
	const op = "UpdateGlobalSettings"
	return s.Update(func(tx *Tx) error {
		if u.OrganizationSharing != nil {
			var err error
			if *u.OrganizationSharing {
				err = tx.EnableServiceAccess(op, c.Account, WAServicePrincipal)
			} else {
				err = tx.DisableServiceAccess(op, c.Account, WAServicePrincipal)
			}
			if err != nil {
				return err
			}
		}
		if u.DiscoveryIntegration != nil {
			s.wa.discovery[waPlace{c.Account, c.Region}] = *u.DiscoveryIntegration
		}
		return nil
	})
}
