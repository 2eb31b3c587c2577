package share

import (
	"maps"
	"slices"
	"strings"
)

// apply creates the planned associations of a validated plan, in block
// when it has room for them all (a new share's, see ramNewShare).
//
// unseen says the caller's output shows none of the new associations (a
// new share's): with no propagation delay, an association that will
// become ASSOCIATED then enters that state at once, as nothing can see it
// ASSOCIATING, which spares it a second transition at the end of the
// operation.
func (st *ramState) apply(tx *Tx, sh *ramShare, plan ramPlan, block []ramAssoc, unseen bool) {
	n := len(plan.resources) + len(plan.principals)
	if n == 0 {
		return
	}
	// One allocation for the call's associations and one for the share's list.
	if len(block) < n {
		block = make([]ramAssoc, n)
	}
	sh.assocs = slices.Grow(sh.assocs, n)
	now := nanos(tx.now)
	start := ramPropagating // the state of an association that will be ASSOCIATED
	if unseen && st.batching && tx.s.opts.PropagationDelay == 0 {
		start = ramActive
	}
	for i, r := range plan.resources {
		a := &block[i]
		*a = ramAssoc{share: sh, typ: RAMResourceAssociation, entity: r.r.arn, rtype: r.r.rtype, created: now, target: ramActive}
		next := start
		if r.failed {
			// FAILED only after propagation: until then the resource
			// counts, for instance in the expiry of the invitations the
			// call sends.
			a.target, next = ramFailedState, ramPropagating
		}
		st.insert(sh, a)
		holders, _ := st.byResource.Upsert(a.entity)
		holders.add(sh)
		if sh.permissionFor(a.rtype) == nil {
			sh.perms = append(sh.perms, ramAttached{typ: a.rtype, perm: tx.s.opts.RAM.registry.dflt[a.rtype]})
			st.reindexPerms(sh, sh.perms[:len(sh.perms)-1])
		}
		st.move(tx, a, next, ramNoMessage)
	}
	var own *ramOwned
	if len(plan.principals) > 0 {
		own = st.ownedBy(sh.region, sh.owner)
	}
	for i, p := range plan.principals {
		a := &block[len(plan.resources)+i]
		*a = ramAssoc{share: sh, typ: RAMPrincipalAssociation, entity: p.p.Raw, bits: newAssocBits(p.p.Kind, p.external), created: now, target: ramActive}
		st.insert(sh, a)
		own.byPrincipal.add(principalIndexKey(a.entity), sh)
		if p.gated {
			st.move(tx, a, ramGated, ramNoMessage)
			st.invite(tx, a)
		} else {
			st.move(tx, a, start, ramNoMessage)
		}
	}
}

// insert places a fresh association in sh, replacing any older record for
// the same entity, and keeps the association index in step.
func (st *ramState) insert(sh *ramShare, a *ramAssoc) {
	old := sh.find(a.typ, a.entity)
	sh.insert(a)
	if old != nil {
		st.reassoc(sh, old.typ, old.state, ramRenew)
	}
}

// move puts association a into state next, keeping counters, indexes and
// the timeline in step. The caller has checked the transition.
func (st *ramState) move(tx *Tx, a *ramAssoc, next ramAssocState, msg ramMessage) {
	prev := a.state
	sh := a.share
	if prev.live() != next.live() {
		own := st.ownedBy(sh.region, sh.owner)
		d := 1
		if !next.live() {
			d = -1
		}
		if a.typ == RAMResourceAssociation {
			own.resources += d
		} else if a.typ == RAMPrincipalAssociation {
			own.principals += d
			if k := a.kind(); k == PrincipalOrganization || k == PrincipalOrganizationalUnit {
				orgID := a.pr().OrgID
				set := st.orgAssocs[orgID]
				if next.live() {
					if set == nil {
						set = &ramOrgAssocs{}
						st.orgAssocs[orgID] = set
					}
					set.add(a)
				} else if set != nil {
					set.remove(a)
				}
			}
		}
	}
	if a.typ == RAMPrincipalAssociation {
		if prev == ramActive && next != ramActive {
			st.ungrant(a)
		}
		if next == ramActive && prev != ramActive && sh.status == RAMShareActive {
			st.grant(tx, a)
		}
	}
	a.state, a.updated = next, nanos(tx.now)
	if msg != ramNoMessage {
		a.message = msg
	}
	if a.typ == RAMResourceAssociation && (prev == ramActive) != (next == ramActive) {
		st.retype(sh, a.rtype, next == ramActive)
	}
	st.reassoc(sh, a.typ, prev, next)
	if next == ramPropagating || next == ramUnlinking {
		st.afterPropagation(tx, ramSettle{a: a, want: next})
	}
}

// ramSettle is a transition due when the propagation delay has elapsed: an
// association in state want settling, or (a == nil) share sh finishing its
// deletion.
type ramSettle struct {
	a    *ramAssoc
	want ramAssocState
	sh   *ramShare
}

// afterPropagation schedules e after the propagation delay. With a zero delay
// inside a RAM operation, e runs at the end of the operation, after its
// output was taken: the next operation sees the same settled state as it
// would through the timeline, without the timeline's cost.
func (st *ramState) afterPropagation(tx *Tx, e ramSettle) {
	if d := tx.s.opts.PropagationDelay; d > 0 || !st.batching {
		tx.After(d, func(tx *Tx) { st.settle(tx, e) })
		return
	}
	st.batch = append(st.batch, e)
}

func (st *ramState) settle(tx *Tx, e ramSettle) {
	if e.a == nil {
		sh := e.sh
		if next, err := ramShareNext(sh.status, ramShareEvSettle); err == nil && !sh.purged {
			own := st.ownedBy(sh.region, sh.owner)
			own.restatus(sh, next)
			own.live--
		}
		return
	}
	a := e.a
	sh := a.share
	if a.state != e.want || sh.purged || sh.find(a.typ, a.entity) != a {
		return
	}
	to, err := ramAssocNext(a.state, a.target, ramEvSettle)
	if err != nil {
		return
	}
	msg := ramNoMessage
	if to == ramFailedState {
		msg = ramMsgResourceNotFound
	}
	st.move(tx, a, to, msg)
}

// ramUpdate is [Store.Update] for RAM operations: it applies the transitions
// batched by afterPropagation once fn has succeeded.
func (s *Store) ramUpdate(fn func(tx *Tx) error) error {
	return s.Update(func(tx *Tx) error {
		st := s.ram
		st.batch, st.batching = st.batch[:0], true
		err := fn(tx)
		st.batching = false
		if err == nil {
			for i := 0; i < len(st.batch); i++ {
				st.settle(tx, st.batch[i])
			}
		}
		clear(st.batch)
		st.batch = st.batch[:0]
		st.scratch.clear()
		return err
	})
}

// grantKeys are the recipient indexes an ASSOCIATED principal association
// feeds: by account (accounts and IAM principals), organization, or OU.
func grantKey(sh *ramShare, p Principal) ramGrantKey {
	switch p.Kind {
	case PrincipalAccount, PrincipalIAMRole, PrincipalIAMUser:
		if p.Account == sh.owner {
			return ramGrantKey{}
		}
		return ramGrantKey{'a', ramRegional{sh.region, p.Account}}
	case PrincipalOrganization:
		return ramGrantKey{'o', ramRegional{sh.region, p.OrgID}}
	case PrincipalOrganizationalUnit:
		return ramGrantKey{'u', ramRegional{sh.region, p.OUID}}
	}
	return ramGrantKey{}
}

func (st *ramState) grant(tx *Tx, a *ramAssoc) {
	k := grantKey(a.share, a.pr())
	if k.kind == 0 {
		return
	}
	st.addGrant(tx, k, a.share, a.external())
	a.setGranted(true)
}

func (st *ramState) ungrant(a *ramAssoc) {
	if !a.granted() {
		return
	}
	a.setGranted(false)
	st.dropGrant(grantKey(a.share, a.pr()), a.share)
}

// addGrant counts one more reason for index k to hold share sh.
func (st *ramState) addGrant(tx *Tx, k ramGrantKey, sh *ramShare, external bool) {
	st.addGrantSince(k, sh, external, nanos(tx.now))
}

// addGrantSince is addGrant for a grant that, when new, began at since.
func (st *ramState) addGrantSince(k ramGrantKey, sh *ramShare, external bool, since int64) {
	gs := st.grants[k]
	if gs == nil {
		gs = &ramGrants{}
		st.grants[k] = gs
	}
	// Insert first: a new grant is the common case, and an insertion in
	// share key order costs O(1).
	if gs.grants.Insert(ramGrant{share: sh, n: 1, since: since, external: external}) {
		gs.index(sh)
		return
	}
	gs.grants.Find(sh.key).n++
}

// dropGrant counts one reason less, removing the entry at zero.
func (st *ramState) dropGrant(k ramGrantKey, sh *ramShare) {
	gs := st.grants[k]
	if gs == nil {
		return
	}
	if g := gs.grants.Find(sh.key); g != nil {
		if g.n--; g.n <= 0 {
			gs.grants.Delete(*g)
			gs.unindex(sh)
		}
	}
}

// retainOnLeave keeps, for an account that left its organization, its access
// to the shares that reached it through the organization or one of its OUs
// and whose configuration says retainSharingOnAccountLeaveOrganization
// (ram.md §C.3). The account keeps the share as if it were an account
// principal; the owner's association list does not show it.
func (st *ramState) retainOnLeave(tx *Tx, ev OrgEvent) {
	// The account keeps each share from when its access began: through
	// the organization or an OU, since it came beneath them.
	kept := map[*ramShare]int64{}
	for k, gs := range st.grants {
		beneath := nanos(ev.Joined)
		if k.kind == 'u' {
			i := slices.Index(ev.Ancestors, k.id)
			if i < 0 {
				continue
			}
			beneath = nanos(ev.Since[i])
		} else if k.kind != 'o' || k.id != ev.Org.ID {
			continue
		}
		gs.grants.All(func(g ramGrant) bool {
			sh := g.share
			if sh.extra != nil && sh.extra.retain != nil && *sh.extra.retain && sh.status == RAMShareActive &&
				sh.owner != ev.Account && !slices.Contains(sh.extra.retained, ev.Account) {
				since := max(g.since, beneath)
				if t, ok := kept[sh]; !ok || since < t {
					kept[sh] = since
				}
			}
			return true
		})
	}
	shares := slices.SortedFunc(maps.Keys(kept), func(a, b *ramShare) int { return strings.Compare(a.key, b.key) })
	for _, sh := range shares {
		sh.extra.retained = append(sh.extra.retained, ev.Account)
		st.addGrantSince(ramGrantKey{'a', ramRegional{sh.region, ev.Account}}, sh, false, kept[sh])
	}
}

// AssociateResourceShare adds resources, principals or sources to a share
// (ram.md §A5). An entity already associated is left as it is. It fails as
// CreateResourceShare does, and with ErrInvalidTransition (reason
// "association-disassociating") for an entity still being disassociated.
func (s *Store) AssociateResourceShare(c Caller, in RAMAssociateInput) (RAMAssociationsResult, error) {
	const op = "AssociateResourceShare"
	var out RAMAssociationsResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, in.Idempotency, &out); done || err != nil {
			return err
		}
		sh, res, prs, srcs, err := st.ownEntities(tx, op, c, in)
		if err != nil {
			return err
		}
		plan, err := st.plan(tx, op, c.Account, c.Region, sh.allowExternal, sh, prs, res)
		if err != nil {
			return err
		}
		for _, e := range entities(res, prs) {
			if a := sh.find(e.typ, e.entity); a != nil {
				if _, err := ramAssocNext(a.state, a.target, ramEvAssociate); err != nil {
					return ramErr(op, ErrInvalidTransition, EntityAssociation, e.entity, ReasonDisassociating)
				}
			}
		}
		for _, src := range srcs {
			if sh.sourceStatus(src, tx.now, tx.s.opts.PropagationDelay) == RAMDisassociating {
				return ramErr(op, ErrInvalidTransition, EntityAssociation, src, ReasonDisassociating)
			}
		}
		if err := st.checkQuotas(tx, op, st.ownedBy(c.Region, c.Account), sh, plan); err != nil {
			return err
		}
		st.apply(tx, sh, plan, nil, false)
		for _, src := range srcs {
			if !slices.Contains(sh.sources(), src) {
				sh.ext().sources = append(sh.ext().sources, src)
			}
		}
		sh.logSources(tx.now, srcs)
		st.ownedBy(sh.region, sh.owner).indexSources(sh)
		sh.updated = nanos(tx.now)
		out.Associations = make([]RAMAssociation, 0, len(res)+len(prs))
		for _, e := range entities(res, prs) {
			out.Associations = append(out.Associations, sh.find(e.typ, e.entity).view())
		}
		out.ClientToken = tx.ramToken(in.Idempotency)
		rememberRAM(tx, c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

type entityRef struct {
	typ    RAMAssociationType
	entity string
}

// entities lists a request's resources then principals, in request order.
func entities(res []ramResource, prs []Principal) []entityRef {
	out := make([]entityRef, 0, len(res)+len(prs))
	for _, r := range res {
		out = append(out, entityRef{RAMResourceAssociation, r.arn})
	}
	for _, p := range prs {
		out = append(out, entityRef{RAMPrincipalAssociation, p.Raw})
	}
	return out
}

// DisassociateResourceShare removes resources, principals or sources from a
// share; a recipient calling it with its own account leaves the share
// (ram.md §A6). It fails with ErrNotFound (the share, or an entity never
// associated), ErrInvalidTransition (reason "association-propagating"),
// ErrInvalidArgument, ErrAccessDenied (a recipient whose access comes
// through its organization) or ErrIdempotencyMismatch.
func (s *Store) DisassociateResourceShare(c Caller, in RAMAssociateInput) (RAMAssociationsResult, error) {
	const op = "DisassociateResourceShare"
	var out RAMAssociationsResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, in.Idempotency, &out); done || err != nil {
			return err
		}
		// The path follows the owner of the share the ARN names: a
		// recipient leaving has checks of its own, in an order of their
		// own; anything else takes the owner's path.
		var err error
		if sh := st.share(in.ARN); sh != nil && sh.region == c.Region && sh.owner != c.Account {
			err = st.leave(tx, op, c, sh, in, &out)
		} else {
			err = st.disassociate(tx, op, c, in, &out)
		}
		if err != nil {
			return err
		}
		out.ClientToken = tx.ramToken(in.Idempotency)
		rememberRAM(tx, c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// checkEntityCounts is the owner's first check of an associate or
// disassociate call (ram.md §A5 steps 1-2): something to change, and at most
// MaxResourcesPerCall resources.
func checkEntityCounts(tx *Tx, op string, in RAMAssociateInput) error {
	if len(in.ResourceARNs) == 0 && len(in.Principals) == 0 && len(in.Sources) == 0 {
		return ramErr(op, ErrInvalidArgument, EntityResourceShare, in.ARN, ReasonNothingToAssociate)
	}
	if max := tx.s.opts.RAM.MaxResourcesPerCall; len(in.ResourceARNs) > max {
		return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityResource, Reason: ReasonQuotaResourcesPerCall, Limit: max}
	}
	return nil
}

// ownEntities runs the checks that AssociateResourceShare and the owner's
// DisassociateResourceShare share, in their order: the entity counts, the
// caller's share, its feature set, then the resources, principals and
// sources, which it returns parsed.
func (st *ramState) ownEntities(tx *Tx, op string, c Caller, in RAMAssociateInput) (*ramShare, []ramResource, []Principal, []string, error) {
	if err := checkEntityCounts(tx, op, in); err != nil {
		return nil, nil, nil, nil, err
	}
	sh, err := st.ownShare(op, c, in.ARN)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if err := refuseFromPolicy(op, sh); err != nil {
		return nil, nil, nil, nil, err
	}
	res, err := st.parseResources(tx, op, in.ResourceARNs)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	prs, err := st.parsePrincipals(op, in.Principals)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	srcs, err := parseSources(op, in.Sources)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	return sh, res, prs, srcs, nil
}

// disassociate is the owner path of DisassociateResourceShare.
func (st *ramState) disassociate(tx *Tx, op string, c Caller, in RAMAssociateInput, out *RAMAssociationsResult) error {
	sh, res, prs, srcs, err := st.ownEntities(tx, op, c, in)
	if err != nil {
		return err
	}
	for _, a := range sh.assocs {
		if a.state == ramPropagating {
			return ramErr(op, ErrInvalidTransition, EntityAssociation, a.entity, ReasonPropagating)
		}
	}
	if sh.extra != nil {
		// Source associations propagate too (ram.md §C.5 row 9).
		for _, r := range sh.extra.srcLog {
			if status, _ := r.status(tx.now, tx.s.opts.PropagationDelay); status == RAMAssociating {
				return ramErr(op, ErrInvalidTransition, EntityAssociation, r.id, ReasonPropagating)
			}
		}
	}
	refs := entities(res, prs)
	for _, e := range refs {
		if sh.find(e.typ, e.entity) == nil {
			return ramErr(op, ErrNotFound, EntityAssociation, e.entity, ReasonNeverAssociated)
		}
	}
	for _, src := range srcs {
		if !sh.everSourced(src) {
			return ramErr(op, ErrNotFound, EntityAssociation, src, ReasonNeverAssociated)
		}
	}
	if len(srcs) > 0 {
		left := slices.DeleteFunc(slices.Clone(sh.sources()), func(s string) bool { return slices.Contains(srcs, s) })
		if len(left) == 0 && slices.ContainsFunc(sh.assocs, func(a *ramAssoc) bool {
			return a.typ == RAMPrincipalAssociation && a.kind() == PrincipalService && a.state.live()
		}) {
			return ramErr(op, ErrInvalidArgument, EntitySource, "", ReasonSourceMustRemain)
		}
		sh.ext().sources = left
		sh.unlogSources(tx.now, srcs)
	}
	out.Associations = make([]RAMAssociation, 0, len(refs))
	for _, e := range refs {
		a := sh.find(e.typ, e.entity)
		next, _ := ramAssocNext(a.state, a.target, ramEvDisassociate)
		if next != a.state {
			if a.state == ramGated {
				st.withdraw(tx, a.inv)
			}
			st.move(tx, a, next, ramNoMessage)
		}
		out.Associations = append(out.Associations, a.view())
	}
	sh.updated = nanos(tx.now)
	return nil
}

// leave is the recipient path of DisassociateResourceShare.
func (st *ramState) leave(tx *Tx, op string, c Caller, sh *ramShare, in RAMAssociateInput, out *RAMAssociationsResult) error {
	if !st.visible(tx, sh, c.Account) {
		return ramErr(op, ErrNotFound, EntityResourceShare, in.ARN, "")
	}
	if len(in.Principals) != 1 || in.Principals[0] != c.Account || len(in.ResourceARNs) > 0 || len(in.Sources) > 0 {
		return ramErr(op, ErrInvalidArgument, EntityPrincipal, c.Account, ReasonLeaveOwnAccountOnly)
	}
	a := sh.find(RAMPrincipalAssociation, c.Account)
	if a == nil || a.state != ramActive {
		return ramErr(op, ErrAccessDenied, EntityPrincipal, c.Account, ReasonLeaveThroughOrg)
	}
	for _, r := range sh.assocs {
		if r.typ == RAMResourceAssociation && r.state.live() && r.rtype.NoLeave {
			return ramErr(op, ErrAccessDenied, EntityResource, r.entity, ReasonLeaveUnsupported)
		}
	}
	next, _ := ramAssocNext(a.state, a.target, ramEvLeave)
	st.move(tx, a, next, ramMsgLeft)
	out.Associations = []RAMAssociation{a.view()}
	return nil
}

// visible reports whether account x sees share sh as a recipient (ram.md §C.7).
func (st *ramState) visible(tx *Tx, sh *ramShare, x string) bool {
	if sh.owner == x || sh.status != RAMShareActive {
		return false
	}
	_, ok := st.grantFor(tx, sh, x)
	return ok
}

// access reports how account x sees sh, given x's recipient keys in sh's
// region: when its access began (ram.md §A12) — for each grant that reaches
// x, the later of when the grant began and when x came beneath the
// organization or OU it is for; the earliest of those — and whether the
// grant it sees sh through first (by account, then organization, then OU)
// is external.
func (st *ramState) access(tx *Tx, keys []ramGrantKey, sh *ramShare, x string) (since int64, external, ok bool) {
	for _, k := range keys {
		gs := st.grants[k]
		if gs == nil {
			continue
		}
		g := gs.grants.Find(sh.key)
		if g == nil {
			continue
		}
		began := g.since
		if k.kind != 'a' {
			if t, beneath := tx.BeneathSince(x, k.id); beneath {
				began = max(began, nanos(t))
			}
		}
		if !ok {
			since, external, ok = began, g.external, true
		}
		since = min(since, began)
	}
	return since, external, ok
}

// grantFor returns the grant through which x sees sh, if any.
func (st *ramState) grantFor(tx *Tx, sh *ramShare, x string) (ramGrant, bool) {
	for _, k := range st.recipientKeys(tx, sh.region, x) {
		if gs := st.grants[k]; gs != nil {
			if g := gs.grants.Find(sh.key); g != nil {
				return *g, true
			}
		}
	}
	return ramGrant{}, false
}

// recipientKeys are the recipient indexes that may grant x access in region.
func (st *ramState) recipientKeys(tx *Tx, region, x string) []ramGrantKey {
	keys := []ramGrantKey{{'a', ramRegional{region, x}}}
	if o, ok := tx.OrgOf(x); ok {
		keys = append(keys, ramGrantKey{'o', ramRegional{region, o.ID}})
		for _, id := range tx.Ancestors(x) {
			keys = append(keys, ramGrantKey{'u', ramRegional{region, id}})
		}
	}
	return keys
}

// orgChanged ends organization sharing for org and OU associations when RAM's
// trusted access is disabled or the organization is deleted, and for the
// shares of an account that leaves. Accounts that leave lose access through
// the organization at once, because recipient views follow current
// membership, except to shares configured to retain it.
func (st *ramState) orgChanged(tx *Tx, ev OrgEvent) {
	switch {
	case ev.Kind == OrgAccountLeft:
		st.retainOnLeave(tx, ev)
		// Organization sharing is over for the account's own shares
		// (ram.md §C.3, "account removal").
		st.endOrgAssocs(tx, ev.Org.ID, func(a *ramAssoc) bool { return a.share.owner == ev.Account })
	case ev.Kind == OrgServiceAccessDisabled && ev.Principal != RAMServicePrincipal:
	default:
		st.endOrgAssocs(tx, ev.Org.ID, func(*ramAssoc) bool { return true })
	}
}

// endOrgAssocs ends, in association order, the live organization and OU
// associations of organization orgID that which selects.
func (st *ramState) endOrgAssocs(tx *Tx, orgID string, which func(*ramAssoc) bool) {
	set := st.orgAssocs[orgID]
	if set == nil {
		return
	}
	var list []*ramAssoc
	for _, a := range *set {
		if which(a) {
			list = append(list, a)
		}
	}
	slices.SortFunc(list, assocLess)
	for _, a := range list {
		if next, _ := ramAssocNext(a.state, a.target, ramEvOrgDisabled); next != a.state {
			st.move(tx, a, next, ramMsgOrgDisabled)
		}
	}
}
