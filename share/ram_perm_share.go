package share

import (
	"slices"
	"strings"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
)

// featureSet is the share's feature set.
func (sh *ramShare) featureSet() string { return featureOr(sh.feature) }

// ramFeatureEvent is something that happens to a share's feature set.
type ramFeatureEvent uint8

const (
	ramFeatEvModify  ramFeatureEvent = iota + 1 // update, associate, attach a permission
	ramFeatEvPromote                            // PromoteResourceShareCreatedFromPolicy
	ramFeatEvSettle                             // the promotion's propagation delay elapsed
)

var ramFeatureEvents = []ramFeatureEvent{ramFeatEvModify, ramFeatEvPromote, ramFeatEvSettle}

// ramFeatureNext is the feature-set transition table of a share (ram.md A2
// step 7, B19): CREATED_FROM_POLICY refuses changes until promoted;
// promoting reads PROMOTING_TO_STANDARD, which settles to STANDARD.
func ramFeatureNext(f string, e ramFeatureEvent) (string, error) {
	f = featureOr(f)
	switch e {
	case ramFeatEvModify:
		if f == RAMFeatureCreatedFromPolicy {
			return f, &Error{Kind: ErrAccessDenied, Entity: EntityResourceShare, Reason: ReasonCreatedFromPolicy}
		}
		return f, nil
	case ramFeatEvPromote:
		if f == RAMFeatureCreatedFromPolicy {
			return RAMFeaturePromoting, nil
		}
		return f, &Error{Kind: ErrInvalidTransition, Entity: EntityResourceShare, Reason: ReasonShareNotFromPolicy}
	case ramFeatEvSettle:
		if f == RAMFeaturePromoting {
			return RAMFeatureStandard, nil
		}
	}
	return f, &Error{Kind: ErrInvalidTransition, Entity: EntityResourceShare, Reason: "not-promoting"}
}

// refuseFromPolicy refuses to change a share created from a resource-based
// policy until it is promoted (ram.md A2 step 7).
func refuseFromPolicy(op string, sh *ramShare) error {
	if _, err := ramFeatureNext(sh.feature, ramFeatEvModify); err != nil {
		return ramErr(op, ErrAccessDenied, EntityResourceShare, sh.arn, ReasonCreatedFromPolicy)
	}
	return nil
}

// attach sets the permission of v's resource type on sh.
func (sh *ramShare) attach(t *RAMResourceType, v *RAMPermission) {
	for i := range sh.perms {
		if sh.perms[i].typ == t {
			sh.perms[i].perm = v
			return
		}
	}
	sh.perms = append(sh.perms, ramAttached{typ: t, perm: v})
}

// RAMSharePermissionInput is the input of AssociateResourceSharePermission
// and DisassociateResourceSharePermission.
type RAMSharePermissionInput struct {
	ShareARN      string
	PermissionARN string
	// Replace allows replacing the permission of the same resource type.
	Replace bool
	// Version, when set, must be the permission's default version.
	Version     *int
	Idempotency RAMIdempotency
}

// AssociateResourceSharePermission attaches the default version of a
// permission to the caller's share, for the permission's resource type
// (ram.md B1). It returns the client token.
func (s *Store) AssociateResourceSharePermission(c Caller, in RAMSharePermissionInput) (string, error) {
	const op = "AssociateResourceSharePermission"
	var out string
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, in.Idempotency, &out); done || err != nil {
			return err
		}
		sh, err := st.ownShare(op, c, in.ShareARN)
		if err != nil {
			return err
		}
		if err := refuseFromPolicy(op, sh); err != nil {
			return err
		}
		p, err := st.lookupPerm(tx, op, c, in.PermissionARN)
		if err != nil {
			return err
		}
		if p.status != RAMPermissionAttachable {
			return ramErr(op, ErrInvalidArgument, EntityPermission, p.arn, ReasonNotAttachable)
		}
		if in.Version != nil && *in.Version != p.dflt {
			return ramErr(op, ErrInvalidArgument, EntityPermission, p.arn, ReasonOnlyDefaultVersion)
		}
		v := p.current()
		// Even the permission already attached: without replace, a type
		// keeps the permission it has (ram.md B1).
		if sh.permissionFor(p.rtype) != nil && !in.Replace {
			return &Error{Op: op, Kind: ErrInvalidArgument, Entity: EntityPermission, ID: p.arn, Reason: ReasonTypeHasPermission,
				Err: &RAMErrorDetail{ResourceType: p.rtype.Type}}
		}
		old := slices.Clone(sh.perms)
		sh.attach(p.rtype, v)
		st.reindexPerms(sh, old)
		sh.updated = nanos(tx.now)
		out = tx.ramToken(in.Idempotency)
		rememberRAM(tx, c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// DisassociateResourceSharePermission detaches a permission from the
// caller's share (ram.md B2). The share must hold no live resource of the
// permission's type.
func (s *Store) DisassociateResourceSharePermission(c Caller, in RAMSharePermissionInput) (string, error) {
	const op = "DisassociateResourceSharePermission"
	var out string
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, in.Idempotency, &out); done || err != nil {
			return err
		}
		sh, err := st.ownShare(op, c, in.ShareARN)
		if err != nil {
			return err
		}
		p, err := st.lookupPerm(tx, op, c, in.PermissionARN)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(sh.perms, func(a ramAttached) bool { return a.perm.ARN == p.arn })
		if i < 0 {
			return ramErr(op, ErrInvalidArgument, EntityPermission, p.arn, ReasonPermissionNotAttached)
		}
		if slices.ContainsFunc(sh.assocs, func(a *ramAssoc) bool {
			return a.typ == RAMResourceAssociation && a.state.live() && a.rtype == sh.perms[i].typ
		}) {
			return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityPermission, ID: p.arn, Reason: ReasonTypeStillShared,
				Err: &RAMErrorDetail{ResourceType: p.rtype.Type}}
		}
		old := slices.Clone(sh.perms)
		sh.perms = slices.Delete(sh.perms, i, i+1)
		st.reindexPerms(sh, old)
		sh.updated = nanos(tx.now)
		out = tx.ramToken(in.Idempotency)
		rememberRAM(tx, c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// ListResourceSharePermissions lists the permissions attached to a share
// the caller owns or sees, by resource type (ram.md B3). The status of each
// is ASSOCIATED.
func (s *Store) ListResourceSharePermissions(c Caller, arn string, page PageRequest) ([]RAMPermissionSummary, string, error) {
	const op = "ListResourceSharePermissions"
	var out []RAMPermissionSummary
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		if !ValidResourceShareARN(arn) {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, arn, ReasonMalformedARN)
		}
		scope := ramScope(op, c, arn)
		after, err := decodeAfter(tx, scope, page.Token)
		if err != nil {
			return err
		}
		sh := st.share(arn)
		if sh == nil || sh.region != c.Region || sh.owner != c.Account && !st.visible(tx, sh, c.Account) {
			return ramErr(op, ErrNotFound, EntityResourceShare, arn, "")
		}
		attached := slices.Clone(sh.perms)
		slices.SortFunc(attached, func(a, b ramAttached) int { return strings.Compare(a.typ.Type, b.typ.Type) })
		out, next = pageKeyed(tx, scope, after, page, func(after string, yield func(string, RAMPermissionSummary) bool) {
			for _, a := range attached {
				f := st.familyOf(tx, a.perm)
				if a.typ.Type <= after || f == nil {
					continue
				}
				v := f.summary(a.perm)
				v.Status = RAMPermissionAssociated
				if !yield(a.typ.Type, v) {
					return
				}
			}
		})
		return nil
	})
	return out, next, err
}

// RAMPermissionAssociationQuery selects ListPermissionAssociations items.
type RAMPermissionAssociationQuery struct {
	PermissionARN string
	Version       *int
	// Status keeps items of that status; every item is ASSOCIATED.
	Status       string
	ResourceType string // canonical
	FeatureSet   string
	// DefaultVersion, when set, keeps associations that do (or do not) use
	// the permission's default version.
	DefaultVersion *bool
	Page           PageRequest
}

// RAMPermissionAssociation is a permission attached to one of the caller's
// shares.
type RAMPermissionAssociation struct {
	ARN            string
	Version        int
	DefaultVersion bool
	ResourceType   string
	Status         string
	FeatureSet     string
	UpdatedAt      time.Time
	ShareARN       string
}

// ListPermissionAssociations lists the permissions attached to the caller's
// shares that are not deleted, by share, then resource type (ram.md B12).
func (s *Store) ListPermissionAssociations(c Caller, q RAMPermissionAssociationQuery) ([]RAMPermissionAssociation, string, error) {
	const op = "ListPermissionAssociations"
	var out []RAMPermissionAssociation
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		ver, dv := "", ""
		if q.Version != nil {
			ver = itoa(*q.Version)
		}
		if q.DefaultVersion != nil {
			dv = boolStr(*q.DefaultVersion)
		}
		scope := ramScope(op, c, q.PermissionARN, ver, q.Status, q.ResourceType, q.FeatureSet, dv)
		after, err := decodeAfter(tx, scope, q.Page.Token)
		if err != nil {
			return err
		}
		byPerm := func(own *ramOwned) ramShareIndex { return own.byPerm }
		var p ramPick
		p.start(tx, st, c, false, nil)
		if q.Status != "" && q.Status != RAMPermissionAssociated {
			p.offerNone() // every item is ASSOCIATED
		}
		p.offerShares(st, c, RAMShareActive, RAMShareDeleting)
		if q.PermissionARN != "" {
			p.offerOwner(st, c, byPerm, q.PermissionARN)
		}
		if q.ResourceType != "" {
			p.offerOwner(st, c, byPerm, st.permissionsOfType(tx, c, q.ResourceType)...)
		}
		if q.Version != nil && *q.Version != 1 || q.DefaultVersion != nil && !*q.DefaultVersion {
			// Only customer-managed permissions have other versions than 1,
			// and versions that are not the default: those that have the
			// version asked for, and more than one when a version that is
			// not the default is.
			p.offerOwner(st, c, byPerm, st.ownPermissions(c, func(p *ramPerm) bool {
				return (q.Version == nil || p.version(*q.Version) != nil) &&
					(q.DefaultVersion == nil || *q.DefaultVersion || len(p.versions) > 1)
			})...)
		}
		if q.FeatureSet != "" && q.FeatureSet != RAMFeatureStandard {
			p.offerOwner(st, c, func(own *ramOwned) ramShareIndex { return own.byFeature }, q.FeatureSet)
		}
		out, next, err = pageShares(tx, scope, q.Page, after, st.lookupKey(tx, c, false), p.walk(), func(sh *ramShare, after string, emit func(string, RAMPermissionAssociation) bool) {
			if sh.status == RAMShareDeleted || q.FeatureSet != "" && sh.featureSet() != q.FeatureSet ||
				q.Status != "" && q.Status != RAMPermissionAssociated {
				return
			}
			var buf [4]ramItem[RAMPermissionAssociation]
			items := buf[:0]
			for _, a := range sh.perms {
				f := st.familyOf(tx, a.perm)
				if f == nil || q.PermissionARN != "" && a.perm.ARN != q.PermissionARN || q.Version != nil && *q.Version != a.perm.Version ||
					q.ResourceType != "" && a.typ.Type != q.ResourceType || q.DefaultVersion != nil && *q.DefaultVersion != (a.perm.Version == f.dflt) {
					continue
				}
				items = append(items, ramItem[RAMPermissionAssociation]{a.typ.Type, RAMPermissionAssociation{
					ARN: a.perm.ARN, Version: a.perm.Version, DefaultVersion: a.perm.Version == f.dflt, ResourceType: a.typ.Type,
					Status: RAMPermissionAssociated, FeatureSet: sh.featureSet(), UpdatedAt: fromNanos(sh.updated), ShareARN: sh.arn,
				}})
			}
			emitSorted(items, after, emit)
		})
		return err
	})
	return out, next, err
}

type ramWork struct {
	key         string
	id          string
	from, to    string
	fromVersion *int
	toVersion   int
	status      string
	created     time.Time
	updated     time.Time
}

// RAMReplaceWork is a copy of a ReplacePermissionAssociations work record.
type RAMReplaceWork struct {
	ID                   string
	FromARN, ToARN       string
	FromVersion          *int
	ToVersion            int
	Status               string
	CreatedAt, UpdatedAt time.Time
}

func (w *ramWork) view() RAMReplaceWork {
	v := RAMReplaceWork{ID: w.id, FromARN: w.from, ToARN: w.to, ToVersion: w.toVersion, Status: w.status,
		CreatedAt: w.created, UpdatedAt: w.updated}
	if w.fromVersion != nil {
		fv := *w.fromVersion
		v.FromVersion = &fv
	}
	return v
}

// RAMReplaceInput is ReplacePermissionAssociations' input.
type RAMReplaceInput struct {
	From        string
	FromVersion *int
	To          string
	Idempotency RAMIdempotency
}

// RAMReplaceResult is the work a ReplacePermissionAssociations call started.
type RAMReplaceResult struct {
	Work        RAMReplaceWork
	ClientToken string
}

// ReplacePermissionAssociations switches every active share of the caller
// that uses permission From (only FromVersion, when set) to the default
// version of To (ram.md B13), but for shares created from a resource-based
// policy, which keep theirs. The switch applies at once; the work record reads
// IN_PROGRESS in the answer and COMPLETED after the propagation delay.
func (s *Store) ReplacePermissionAssociations(c Caller, in RAMReplaceInput) (RAMReplaceResult, error) {
	const op = "ReplacePermissionAssociations"
	var out RAMReplaceResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, in.Idempotency, &out); done || err != nil {
			return err
		}
		// Both ARNs' syntax before either's existence (ram.md §A0).
		for _, arn := range []string{in.From, in.To} {
			if !ValidPermissionARN(arn) {
				return ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonMalformedARN)
			}
		}
		from, err := st.lookupPerm(tx, op, c, in.From)
		if err != nil {
			return err
		}
		to, err := st.lookupPerm(tx, op, c, in.To)
		if err != nil {
			return err
		}
		if from.rtype != to.rtype {
			return &Error{Op: op, Kind: ErrInvalidArgument, Entity: EntityPermission, ID: from.arn, Reason: ReasonDifferentTypes,
				Err: &RAMErrorDetail{Other: to.arn}}
		}
		if to.status != RAMPermissionAttachable {
			return ramErr(op, ErrInvalidArgument, EntityPermission, to.arn, ReasonNotAttachable)
		}
		target := to.current()
		for _, sh := range st.sharesWithPermission(c, from.arn) {
			// A share created from a resource-based policy cannot be
			// changed until promoted, by this operation either: it keeps
			// its permission [doc RAM-MODEL PromotePermissionCreatedFromPolicy].
			if sh.status != RAMShareActive || refuseFromPolicy(op, sh) != nil {
				continue
			}
			var old []ramAttached
			for i, a := range sh.perms {
				if a.perm.ARN == from.arn && (in.FromVersion == nil || *in.FromVersion == a.perm.Version) && a.perm != target {
					if old == nil {
						old = slices.Clone(sh.perms)
					}
					sh.perms[i].perm = target
					sh.updated = nanos(tx.now)
				}
			}
			if old != nil {
				st.reindexPerms(sh, old)
			}
		}
		w := &ramWork{id: tx.UUID(), from: from.arn, to: to.arn, toVersion: target.Version, status: RAMWorkInProgress,
			created: tx.now, updated: tx.now}
		if in.FromVersion != nil {
			fv := *in.FromVersion
			w.fromVersion = &fv
		}
		w.key = ramKey(tx.now, w.id)
		k := regionKey(c.Region, c.Account)
		m := st.works[k]
		if m == nil {
			m = &ordered.Map[*ramWork]{}
			st.works[k] = m
		}
		m.Set(w.key, w)
		out = RAMReplaceResult{Work: w.view(), ClientToken: tx.ramToken(in.Idempotency)}
		tx.After(s.opts.PropagationDelay, func(tx *Tx) { w.status, w.updated = RAMWorkCompleted, tx.now })
		tx.After(s.opts.RAM.ReplaceWorkRetention, func(tx *Tx) { m.Delete(w.key) })
		rememberRAM(tx, c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// ListReplacePermissionAssociationsWork lists the caller's work records, by
// creation time; ids and status filter them (ram.md B14).
func (s *Store) ListReplacePermissionAssociationsWork(c Caller, ids []string, status string, page PageRequest) ([]RAMReplaceWork, string, error) {
	const op = "ListReplacePermissionAssociationsWork"
	var out []RAMReplaceWork
	var next string
	err := s.View(func(tx *Tx) error {
		m := s.ram.works[regionKey(c.Region, c.Account)]
		if m == nil {
			m = &ordered.Map[*ramWork]{}
		}
		var err error
		out, next, err = Paginate(tx, ramScope(op, c, scopeList(ids), status), m, page, func(w *ramWork) (RAMReplaceWork, bool) {
			v := w.view()
			return v, (len(ids) == 0 || slices.Contains(ids, w.id)) && (status == "" || v.Status == status)
		})
		return err
	})
	return out, next, err
}

// PromotePermissionCreatedFromPolicy copies a CREATED_FROM_POLICY
// permission into a customer-managed permission named name, version 1
// (ram.md B18). The original stays.
func (s *Store) PromotePermissionCreatedFromPolicy(c Caller, arn, name string, idem RAMIdempotency) (RAMPermissionResult, error) {
	const op = "PromotePermissionCreatedFromPolicy"
	var out RAMPermissionResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, idem, &out); done || err != nil {
			return err
		}
		p, err := st.lookupPerm(tx, op, c, arn)
		if err != nil {
			return err
		}
		if p.feature != RAMFeatureCreatedFromPolicy {
			return ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonNotFromPolicy)
		}
		if !ValidPermissionName(name) {
			return ramErr(op, ErrInvalidArgument, EntityPermission, name, ReasonPermissionName)
		}
		if err := st.checkNewPermission(tx, op, c, name, p.rtype); err != nil {
			return err
		}
		v := p.current()
		np := st.addPermission(tx, c, name, p.rtype, v.Actions, v.Condition, "", RAMPermissionAttachable, nil)
		out = RAMPermissionResult{Permission: np.summary(np.current()), ClientToken: tx.ramToken(idem)}
		rememberRAM(tx, c, op, idem, out)
		return nil
	})
	return out, err
}

// PromoteResourceShareCreatedFromPolicy turns a CREATED_FROM_POLICY share
// into a standard one (ram.md B19): its feature set reads
// PROMOTING_TO_STANDARD, then STANDARD after the propagation delay, and each
// of its permissions is replaced by an attachable AWS-managed or caller-owned
// permission with the same template.
func (s *Store) PromoteResourceShareCreatedFromPolicy(c Caller, arn string) error {
	const op = "PromoteResourceShareCreatedFromPolicy"
	return s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		sh, err := st.ownShare(op, c, arn)
		if err != nil {
			return err
		}
		promoting, err := ramFeatureNext(sh.feature, ramFeatEvPromote)
		if err != nil {
			return ramErr(op, ErrInvalidTransition, EntityResourceShare, arn, ReasonShareNotFromPolicy)
		}
		matches := make([]*RAMPermission, len(sh.perms))
		for i, a := range sh.perms {
			if matches[i] = st.matchTemplate(tx, c, a.typ, a.perm.Template); matches[i] == nil {
				return ramErr(op, ErrInvalidArgument, EntityResourceShare, arn, ReasonUnmatchedPolicy)
			}
		}
		old := slices.Clone(sh.perms)
		for i := range sh.perms {
			sh.perms[i].perm = matches[i]
		}
		st.reindexPerms(sh, old)
		st.setFeature(sh, promoting)
		sh.updated = nanos(tx.now)
		tx.After(s.opts.PropagationDelay, func(tx *Tx) {
			if next, err := ramFeatureNext(sh.feature, ramFeatEvSettle); err == nil && !sh.purged {
				st.setFeature(sh, next)
			}
		})
		return nil
	})
}

// matchTemplate finds the default version of an attachable STANDARD
// permission of type t, AWS-managed first, then the caller's, whose template
// is template.
func (st *ramState) matchTemplate(tx *Tx, c Caller, t *RAMResourceType, template string) *RAMPermission {
	for _, p := range tx.s.opts.RAM.registry.sorted {
		if p.rtype == t && p.current().Template == template {
			return p.current()
		}
	}
	var found *RAMPermission
	if m := st.permsOwned[regionKey(c.Region, c.Account)]; m != nil {
		m.Ascend(t.Type+"\x00", func(_ string, p *ramPerm) bool {
			if p.rtype != t {
				return false
			}
			if p.feature == "" && p.status == RAMPermissionAttachable && p.current().Template == template {
				found = p.current()
				return false
			}
			return true
		})
	}
	return found
}

// RAMPolicyShareInput describes a share as a resource service creates it from
// a resource-based policy.
type RAMPolicyShareInput struct {
	Name         string
	ResourceARNs []string
	Principals   []string
	// Template is the policy's permission, as a policy template (B6).
	Template string
}

// SeedRAMShareCreatedFromPolicy plants, as a resource service does when a
// resource-based policy is attached outside RAM, a CREATED_FROM_POLICY share
// owned by the caller, and for each of its resource types a
// CREATED_FROM_POLICY permission (UNATTACHABLE) with the given template
// (ram.md B18). It is a test hook: nothing in the API creates such objects.
// The share is created as CreateResourceShare would, with the same errors.
func (s *Store) SeedRAMShareCreatedFromPolicy(c Caller, in RAMPolicyShareInput) (shareARN string, permissionARNs []string, err error) {
	const op = "SeedRAMShareCreatedFromPolicy"
	reg := s.opts.RAM.registry
	var types []*RAMResourceType
	for _, arn := range in.ResourceARNs {
		if a, ok := parseResourceARN(arn); ok {
			if t := reg.resolve(a); t != nil && !slices.Contains(types, t) {
				types = append(types, t)
			}
		}
	}
	for _, t := range types {
		if _, _, err := parseTemplate(op, in.Template, t); err != nil {
			return "", nil, err
		}
	}
	// One step: nobody sees the share before it is CREATED_FROM_POLICY.
	err = s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		sh, err := st.create(tx, "CreateResourceShare", c, RAMCreateInput{Name: in.Name, ResourceARNs: in.ResourceARNs, Principals: in.Principals})
		if err != nil {
			return err
		}
		shareARN = sh.arn
		st.setFeature(sh, RAMFeatureCreatedFromPolicy)
		for _, t := range types {
			actions, cond, _ := parseTemplate(op, in.Template, t)
			p := st.addPermission(tx, c, "FromPolicy-"+tx.Hex(16), t, actions, cond, RAMFeatureCreatedFromPolicy, RAMPermissionUnattachable, nil)
			old := slices.Clone(sh.perms)
			sh.attach(t, p.current())
			st.reindexPerms(sh, old)
			permissionARNs = append(permissionARNs, p.arn)
		}
		return nil
	})
	if err != nil {
		return "", nil, err
	}
	return shareARN, permissionARNs, nil
}
