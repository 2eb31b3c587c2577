package share

import (
	"slices"
	"strings"

	"github.com/sharesim/sharesim/internal/sortset"
)

// RAM's listings page shares in share key order, and filter them. A filter
// that matches few shares would make a page walk many that it does not
// match, so every filter value a caller can give selects its shares from an
// index: a set of shares in share key order per value, for the owner
// (ramOwned) and for each recipient index (ramGrants). A listing walks the
// smallest index that holds every share it can return (ramPick), and
// filters the rest, so that a page costs O(page + log n) however sparse the
// matches.
//
// An index entry costs about 9 bytes (sortset), so filter values that
// nearly every share has are indexed too: names, permissions (AWS-managed
// ones included), resource types, and for recipients the owner. Two filters
// cost no entry for the common case: the owner's shares are partitioned by
// status, so that each status is a set; associations are indexed by status
// but ASSOCIATED, which nearly every association is and which only ACTIVE
// shares have, so that its listing walks the ACTIVE shares.

// ramShareSet is a set of shares in share key order.
type ramShareSet = sortset.Set[*ramShare]

// SortKey is the share's key, which orders every set of shares.
func (sh *ramShare) SortKey() string { return sh.key }

// ramShareIndex maps a filter value to the shares it selects.
type ramShareIndex map[string]*ramShareSet

func (ix *ramShareIndex) add(v string, sh *ramShare) {
	if *ix == nil {
		*ix = ramShareIndex{}
	}
	m := (*ix)[v]
	if m == nil {
		m = &ramShareSet{}
		(*ix)[v] = m
	}
	m.Insert(sh)
}

func (ix ramShareIndex) remove(v string, sh *ramShare) {
	if m := ix[v]; m != nil && m.Delete(sh) && m.Len() == 0 {
		delete(ix, v)
	}
}

func (ix ramShareIndex) has(v string, sh *ramShare) bool {
	m := ix[v]
	return m != nil && m.Has(sh)
}

// entries counts the index's entries.
func (ix ramShareIndex) entries() int {
	n := 0
	for _, m := range ix {
		n += m.Len()
	}
	return n
}

// --- the owner's shares by status ---

// ramStatusSlot is the slot of a share status in ramOwned.shares.
func ramStatusSlot(s RAMShareStatus) int {
	switch s {
	case RAMShareDeleting:
		return 1
	case RAMShareDeleted:
		return 2
	}
	return 0
}

// ramShareStatuses are the statuses of ramOwned.shares, by slot.
var ramShareStatuses = [...]RAMShareStatus{RAMShareActive, RAMShareDeleting, RAMShareDeleted}

// restatus moves sh to status to (ramSharePurged: out of the owner's
// shares).
func (own *ramOwned) restatus(sh *ramShare, to RAMShareStatus) {
	own.shares[ramStatusSlot(sh.status)].Delete(sh)
	sh.status = to
	if to != ramSharePurged {
		own.shares[ramStatusSlot(to)].Insert(sh)
	}
}

// count returns the number of the owner's shares.
func (own *ramOwned) count() int {
	return own.shares[0].Len() + own.shares[1].Len() + own.shares[2].Len()
}

// --- names, tags, principals ---

// tagIndexKey is the byTag entry of a key with one value; the key alone
// selects every value.
func tagIndexKey(k, v string) string { return k + "\x00" + v }

// reindexTags moves sh in its owner's tag index from tags old to tags cur.
func (own *ramOwned) reindexTags(sh *ramShare, old, cur Tags) {
	for k, v := range old {
		if nv, ok := cur[k]; !ok || nv != v {
			own.byTag.remove(tagIndexKey(k, v), sh)
		}
		if _, ok := cur[k]; !ok {
			own.byTag.remove(k, sh)
		}
	}
	for k, v := range cur {
		if ov, ok := old[k]; !ok || ov != v {
			own.byTag.add(k, sh)
			own.byTag.add(tagIndexKey(k, v), sh)
		}
	}
}

// principalIndexKey is the byPrincipal entry of a principal association's
// entity: the entity itself, or, for an organization or OU, its bare ID, which
// GetResourceShareAssociations' principal filter also accepts (ram.md §A7).
func principalIndexKey(entity string) string {
	if strings.HasPrefix(entity, orgsARNPrefix) {
		return entity[strings.LastIndexByte(entity, '/')+1:]
	}
	return entity
}

// rename moves sh, in its owner's and recipients' name indexes, to name.
func (st *ramState) rename(sh *ramShare, name string) {
	own := st.ownedBy(sh.region, sh.owner)
	var buf [4]*ramGrants
	gs := st.grantsOf(sh, buf[:0])
	own.byName.remove(sh.name, sh)
	for _, g := range gs {
		g.byName.remove(sh.name, sh)
	}
	sh.name = name
	own.byName.add(name, sh)
	for _, g := range gs {
		g.byName.add(name, sh)
	}
}

// --- permissions ---

// reindexPerms moves sh, in its owner's and recipients' permission indexes,
// from the permissions attached before (old) to those attached now.
func (st *ramState) reindexPerms(sh *ramShare, old []ramAttached) {
	own := st.ownedBy(sh.region, sh.owner)
	var buf [4]*ramGrants
	gs := st.grantsOf(sh, buf[:0])
	for _, a := range old {
		if sh.permissionARNed(a.perm.ARN) < 0 {
			own.byPerm.remove(a.perm.ARN, sh)
			for _, g := range gs {
				g.byPerm.remove(a.perm.ARN, sh)
			}
		}
	}
	for _, a := range sh.perms {
		if !slices.ContainsFunc(old, func(o ramAttached) bool { return o.perm.ARN == a.perm.ARN }) {
			own.byPerm.add(a.perm.ARN, sh)
			for _, g := range gs {
				g.byPerm.add(a.perm.ARN, sh)
			}
		}
	}
}

// permissionARNed returns the index in sh.perms of the permission with this
// ARN, or -1.
func (sh *ramShare) permissionARNed(arn string) int {
	return slices.IndexFunc(sh.perms, func(a ramAttached) bool { return a.perm.ARN == arn })
}

// sharesWithPermission returns the caller's shares a permission is attached
// to, deleted ones included until purged, in share key order.
func (st *ramState) sharesWithPermission(c Caller, arn string) []*ramShare {
	var out []*ramShare
	if own := st.owned[regionKey(c.Region, c.Account)]; own != nil {
		if m := own.byPerm[arn]; m != nil {
			m.All(func(sh *ramShare) bool { out = append(out, sh); return true })
		}
	}
	return out
}

// --- resource types ---

// activeTypes appends to buf the types of sh's ASSOCIATED resources, each
// once.
func (sh *ramShare) activeTypes(buf []string) []string {
	for _, a := range sh.assocs {
		if a.typ == RAMResourceAssociation && a.state == ramActive && !slices.Contains(buf, a.rtype.Type) {
			buf = append(buf, a.rtype.Type)
		}
	}
	return buf
}

// retype puts sh in the type indexes of its owner and recipients under t
// when one of its resources of type t became ASSOCIATED, or takes it out
// when one stopped being and no other is.
func (st *ramState) retype(sh *ramShare, t *RAMResourceType, active bool) {
	if !active && slices.ContainsFunc(sh.assocs, func(a *ramAssoc) bool {
		return a.typ == RAMResourceAssociation && a.state == ramActive && a.rtype == t
	}) {
		return
	}
	own := st.ownedBy(sh.region, sh.owner)
	var buf [4]*ramGrants
	gs := st.grantsOf(sh, buf[:0])
	if active {
		own.byType.add(t.Type, sh)
		for _, g := range gs {
			g.byType.add(t.Type, sh)
		}
		return
	}
	own.byType.remove(t.Type, sh)
	for _, g := range gs {
		g.byType.remove(t.Type, sh)
	}
}

// --- association statuses ---

// ramAssocIndexKeys are the byAssoc keys of association types and states:
// "PRINCIPAL/FAILED" and so on.
var ramAssocIndexKeys = func() (keys [2][ramUnlinked + 1]string) {
	for i, typ := range []RAMAssociationType{RAMPrincipalAssociation, RAMResourceAssociation} {
		for _, s := range ramAssocStates {
			keys[i][s] = ramAssocKey(typ, s.status())
		}
	}
	return keys
}()

// ramAssocKey is the byAssoc key of associations of type typ in status s.
func ramAssocKey(typ RAMAssociationType, s RAMAssociationStatus) string {
	return string(typ) + "/" + string(s)
}

// assocIndexKey returns the byAssoc key under which an association of type
// typ in state s is indexed, "" for none. ASSOCIATED is not indexed: nearly
// every association is, and a listing of ASSOCIATED ones walks the ACTIVE
// shares. Neither are, with no propagation delay, the states that wait for
// it (ASSOCIATING before propagation, DISASSOCIATING): they settle at the end
// of the operation, before anything can list them.
func (st *ramState) assocIndexKey(typ RAMAssociationType, s ramAssocState) string {
	if s == ramRenew || s == ramActive || st.delay == 0 && (s == ramPropagating || s == ramUnlinking) {
		return ""
	}
	i := 0
	if typ == RAMResourceAssociation {
		i = 1
	}
	return ramAssocIndexKeys[i][s]
}

// reassoc keeps sh in its owner's association index when one of its
// associations of type typ leaves state prev (prev, ramRenew for a new one;
// or the record is replaced) and enters state next (ramRenew when the
// record is gone).
func (st *ramState) reassoc(sh *ramShare, typ RAMAssociationType, prev, next ramAssocState) {
	old, cur := st.assocIndexKey(typ, prev), st.assocIndexKey(typ, next)
	if old == cur {
		return
	}
	own := st.ownedBy(sh.region, sh.owner)
	if old != "" && !slices.ContainsFunc(sh.assocs, func(a *ramAssoc) bool { return st.assocIndexKey(a.typ, a.state) == old }) {
		own.byAssoc.remove(old, sh)
	}
	if cur != "" {
		own.byAssoc.add(cur, sh)
	}
}

// --- sources ---

// The bySource keys of shares with source associations: a source ID;
// ramSourceTypeKey(type) for a source type (ACCOUNT, ...); ramSourceAny for
// any.
func ramSourceTypeKey(typ string) string { return "\x00" + typ }

const ramSourceAny = ""

// indexSources puts sh in its owner's source index under each source it
// was ever associated with.
func (own *ramOwned) indexSources(sh *ramShare) {
	if sh.extra == nil || len(sh.extra.srcLog) == 0 {
		return
	}
	own.bySource.add(ramSourceAny, sh)
	for _, r := range sh.extra.srcLog {
		own.bySource.add(r.id, sh)
		own.bySource.add(ramSourceTypeKey(RAMSourceType(r.id)), sh)
	}
}

// --- the share as a whole ---

// indexShare adds a new share to its owner's indexes.
func (st *ramState) indexShare(own *ramOwned, sh *ramShare) {
	own.shares[ramStatusSlot(sh.status)].Insert(sh)
	own.byName.add(sh.name, sh)
	own.reindexTags(sh, nil, sh.tags())
	for _, a := range sh.perms {
		own.byPerm.add(a.perm.ARN, sh)
	}
	own.indexSources(sh)
}

// unindexShare removes a purged share from every index of its owner. A
// share is purged deleted: it holds no grant, and none of its resources is
// ASSOCIATED.
func (st *ramState) unindexShare(own *ramOwned, sh *ramShare) {
	own.restatus(sh, ramSharePurged)
	own.byName.remove(sh.name, sh)
	own.reindexTags(sh, sh.tags(), nil)
	for _, a := range sh.perms {
		own.byPerm.remove(a.perm.ARN, sh)
	}
	for _, a := range sh.assocs {
		if a.typ == RAMPrincipalAssociation {
			own.byPrincipal.remove(principalIndexKey(a.entity), sh)
		}
		if k := st.assocIndexKey(a.typ, a.state); k != "" {
			own.byAssoc.remove(k, sh)
		}
	}
	if sh.extra != nil && len(sh.extra.srcLog) > 0 {
		own.bySource.remove(ramSourceAny, sh)
		for _, r := range sh.extra.srcLog {
			own.bySource.remove(r.id, sh)
			own.bySource.remove(ramSourceTypeKey(RAMSourceType(r.id)), sh)
		}
	}
	if sh.feature != "" {
		own.byFeature.remove(sh.feature, sh)
	}
}

// setFeature sets sh's feature set, keeping its owner's feature index.
func (st *ramState) setFeature(sh *ramShare, f string) {
	if f == RAMFeatureStandard {
		f = ""
	}
	own := st.ownedBy(sh.region, sh.owner)
	if sh.feature != "" {
		own.byFeature.remove(sh.feature, sh)
	}
	sh.feature = f
	if f != "" {
		own.byFeature.add(f, sh)
	}
}

// --- recipients ---

// grantsOf appends to buf the recipient indexes that hold sh.
func (st *ramState) grantsOf(sh *ramShare, buf []*ramGrants) []*ramGrants {
	add := func(k ramGrantKey) {
		if g := st.grants[k]; g != nil && !slices.Contains(buf, g) {
			buf = append(buf, g)
		}
	}
	for _, a := range sh.assocs {
		if a.typ == RAMPrincipalAssociation && a.granted() {
			add(grantKey(sh, a.pr()))
		}
	}
	if sh.extra != nil {
		for _, acct := range sh.extra.retained {
			add(ramGrantKey{'a', ramRegional{sh.region, acct}})
		}
	}
	return buf
}

// index adds a share the recipient index now holds to its filter indexes.
func (g *ramGrants) index(sh *ramShare) {
	g.byName.add(sh.name, sh)
	g.byOwner.add(sh.owner, sh)
	for _, a := range sh.perms {
		g.byPerm.add(a.perm.ARN, sh)
	}
	var buf [4]string
	for _, t := range sh.activeTypes(buf[:0]) {
		g.byType.add(t, sh)
	}
}

// unindex removes a share the recipient index no longer holds from its
// filter indexes.
func (g *ramGrants) unindex(sh *ramShare) {
	g.byName.remove(sh.name, sh)
	g.byOwner.remove(sh.owner, sh)
	for _, a := range sh.perms {
		g.byPerm.remove(a.perm.ARN, sh)
	}
	var buf [4]string
	for _, t := range sh.activeTypes(buf[:0]) {
		g.byType.remove(t, sh)
	}
}

// ownPermissions returns the ARNs of the caller's customer-managed
// permissions that keep says.
func (st *ramState) ownPermissions(c Caller, keep func(*ramPerm) bool) []string {
	var out []string
	if m := st.permsOwned[regionKey(c.Region, c.Account)]; m != nil {
		m.All(func(_ string, p *ramPerm) bool {
			if keep(p) {
				out = append(out, p.arn)
			}
			return true
		})
	}
	return out
}

// --- walks ---

// ramWalk walks shares in share key order, from after a key, until fn
// returns false.
type ramWalk func(after string, fn func(*ramShare) bool)

func walkNone(string, func(*ramShare) bool) {}

// walkList walks a list of shares sorted by share key.
func walkList(list []*ramShare) ramWalk {
	return func(after string, fn func(*ramShare) bool) {
		i, _ := slices.BinarySearchFunc(list, after, func(sh *ramShare, k string) int { return strings.Compare(sh.key, k) })
		for ; i < len(list); i++ {
			if list[i].key > after && !fn(list[i]) {
				return
			}
		}
	}
}

// walkSets walks, without duplicates, the shares of several sets that skip
// does not leave out.
func walkSets(sets []*ramShareSet, skip func(*ramShare) bool) ramWalk {
	walk := func(m *ramShareSet) ramWalk {
		if skip == nil {
			return func(after string, fn func(*ramShare) bool) { m.Ascend(after, fn) }
		}
		return func(after string, fn func(*ramShare) bool) {
			m.Ascend(after, func(sh *ramShare) bool { return skip(sh) || fn(sh) })
		}
	}
	var walks []ramWalk
	var one *ramShareSet
	for _, m := range sets {
		switch {
		case m.Len() == 0:
		case one == nil:
			one = m
		default:
			if walks == nil {
				walks = append(make([]ramWalk, 0, len(sets)), walk(one))
			}
			walks = append(walks, walk(m))
		}
	}
	switch {
	case one == nil:
		return walkNone
	case walks == nil:
		return walk(one)
	}
	return walkMerged(walks)
}

// walkGrants walks, without duplicates, the shares of several recipient
// indexes that skip does not leave out.
func walkGrants(maps []*sortset.Set[ramGrant], skip func(*ramShare) bool) ramWalk {
	walks := make([]ramWalk, 0, len(maps))
	for _, m := range maps {
		if m.Len() > 0 {
			walks = append(walks, func(after string, fn func(*ramShare) bool) {
				m.Ascend(after, func(g ramGrant) bool { return skip(g.share) || fn(g.share) })
			})
		}
	}
	return walkMerged(walks)
}

// walkMerged walks, in share key order after a key, the shares of several
// walks, each share once. It merges them in rounds: it takes up to per
// shares after the current key from each, and hands out, in key order and
// without duplicates, those up to the smallest last key of a walk that had
// more.
func walkMerged(walks []ramWalk) ramWalk {
	switch len(walks) {
	case 0:
		return walkNone
	case 1:
		return walks[0]
	}
	return func(after string, fn func(*ramShare) bool) {
		const per = 32
		lists := make([][]*ramShare, len(walks))
		heads := make([]int, len(walks))
		var l []*ramShare
		collect := func(sh *ramShare) bool {
			l = append(l, sh)
			return len(l) < per
		}
		cur := after
		for {
			bound, cut := "", false
			for i, w := range walks {
				l = lists[i][:0]
				w(cur, collect)
				lists[i], heads[i] = l, 0
				if len(l) == per && (!cut || l[per-1].key < bound) {
					bound, cut = l[per-1].key, true
				}
			}
			for {
				best := -1
				for i, l := range lists {
					if heads[i] < len(l) && (best < 0 || l[heads[i]].key < lists[best][heads[best]].key) {
						best = i
					}
				}
				if best < 0 {
					break
				}
				sh := lists[best][heads[best]]
				if cut && sh.key > bound {
					break
				}
				for i, l := range lists {
					if heads[i] < len(l) && l[heads[i]] == sh {
						heads[i]++
					}
				}
				if !fn(sh) {
					return
				}
			}
			if !cut {
				return
			}
			cur = bound
		}
	}
}

// ramPick picks, among walks that each hold every share a listing can
// return, the one with the fewest shares; the listing filters the rest. It
// keeps what it picked (sets, recipient indexes or a list) and builds the
// walk once, at the end (walk).
type ramPick struct {
	size   int
	picked bool
	sets   ramPicked[*ramShareSet] // shares of these sets, skip aside
	grants ramPicked[*ramGrants]   // shares of these recipient indexes, skip aside
	list   []*ramShare             // these shares, when not nil
	skip   func(*ramShare) bool
	// explicit: the listing is of explicit shares, which only a narrower
	// list of them may replace (narrow). scan: the store is set to scan
	// (ramState.scanAll).
	explicit, scan bool
}

// ramPicked holds a few values without allocating, more in a slice.
type ramPicked[T any] struct {
	n    int
	few  [4]T
	many []T
}

func (x *ramPicked[T]) set(vs []T) {
	x.n, x.many = len(vs), nil
	if len(vs) > len(x.few) {
		x.many = slices.Clone(vs)
		return
	}
	copy(x.few[:], vs)
}

func (x *ramPicked[T]) all() []T {
	if x.many != nil {
		return x.many
	}
	return x.few[:x.n]
}

// start starts choosing the walk of a listing by the caller (as a recipient
// when other is set): the explicit shares only, when the listing names
// them; every share the caller may list, filters aside, when the store is
// set to scan.
func (p *ramPick) start(tx *Tx, st *ramState, c Caller, other bool, only []*ramShare) {
	switch {
	case only != nil:
		p.narrow(only)
		p.explicit = true
	case st.scanAll && other:
		p.offerGrants(tx, st, c)
		p.scan = true
	case st.scanAll:
		p.offerShares(st, c)
		p.scan = true
	}
}

// better reports whether a walk of size shares is to replace the one picked.
func (p *ramPick) better(size int) bool {
	return !p.explicit && !p.scan && (!p.picked || size < p.size)
}

// offerSets proposes the shares of sets that skip does not leave out.
func (p *ramPick) offerSets(sets []*ramShareSet, skip func(*ramShare) bool) {
	if size := setsSize(sets); p.better(size) {
		p.picked, p.size, p.skip, p.list = true, size, skip, nil
		p.sets.set(sets)
		p.grants.set(nil)
	}
}

// offerNone proposes to walk nothing: the listing's filters keep nothing.
func (p *ramPick) offerNone() { p.offerSets(nil, nil) }

// narrow proposes a list of shares sorted by share key, narrowed from the
// explicit shares, if any.
func (p *ramPick) narrow(list []*ramShare) {
	if !p.scan && (!p.picked || len(list) < p.size) {
		p.picked, p.size, p.list = true, len(list), list
		p.sets.set(nil)
		p.grants.set(nil)
	}
}

// walk builds the walk picked.
func (p *ramPick) walk() ramWalk {
	switch {
	case p.list != nil:
		return walkList(p.list)
	case p.grants.n > 0:
		gs := p.grants.all()
		maps := make([]*sortset.Set[ramGrant], len(gs))
		for i, g := range gs {
			maps[i] = &g.grants
		}
		return walkGrants(maps, p.skip)
	}
	return walkSets(p.sets.all(), p.skip)
}

// setsSize is the number of entries of several sets.
func setsSize(sets []*ramShareSet) int {
	n := 0
	for _, m := range sets {
		n += m.Len()
	}
	return n
}

// offerShares offers the caller's shares in the given statuses (every
// status when none is given).
func (p *ramPick) offerShares(st *ramState, c Caller, statuses ...RAMShareStatus) {
	var buf [len(ramShareStatuses)]*ramShareSet
	sets := buf[:0]
	if own := st.owned[regionKey(c.Region, c.Account)]; own != nil {
		if len(statuses) == 0 {
			statuses = ramShareStatuses[:]
		}
		for _, s := range statuses {
			sets = append(sets, &own.shares[ramStatusSlot(s)])
		}
	}
	p.offerSets(sets, nil)
}

// offerOwner offers the caller's shares that its index ix (picked from its
// ramOwned by pick) holds under one of values.
func (p *ramPick) offerOwner(st *ramState, c Caller, pick func(*ramOwned) ramShareIndex, values ...string) {
	var buf [4]*ramShareSet
	sets := buf[:0]
	if own := st.owned[regionKey(c.Region, c.Account)]; own != nil {
		ix := pick(own)
		for _, v := range values {
			if m := ix[v]; m != nil && !slices.Contains(sets, m) {
				sets = append(sets, m)
			}
		}
	}
	p.offerSets(sets, nil)
}

// offerPrincipals offers the caller's shares that ever associated one of
// principals (or, for a bare organization or OU ID, an organization or OU
// with that ID): a superset of the shares a principal filter keeps.
func (p *ramPick) offerPrincipals(st *ramState, c Caller, principals []string) {
	keys := make([]string, len(principals))
	for i, pr := range principals {
		keys[i] = principalIndexKey(pr)
	}
	p.offerOwner(st, c, func(own *ramOwned) ramShareIndex { return own.byPrincipal }, keys...)
}

// recipientGrants appends to buf the recipient indexes that may grant the
// caller access.
func (st *ramState) recipientGrants(tx *Tx, c Caller, buf []*ramGrants) []*ramGrants {
	for _, k := range st.recipientKeys(tx, c.Region, c.Account) {
		if g := st.grants[k]; g != nil {
			buf = append(buf, g)
		}
	}
	return buf
}

// recipientSkip leaves out of a recipient's walk its own shares, which its
// organization's indexes hold, and shares no longer ACTIVE.
func recipientSkip(c Caller) func(*ramShare) bool {
	return func(sh *ramShare) bool { return sh.owner == c.Account || sh.status != RAMShareActive }
}

// offerGrants offers every share the caller sees, from its recipient
// indexes.
func (p *ramPick) offerGrants(tx *Tx, st *ramState, c Caller) {
	var buf [4]*ramGrants
	gs := st.recipientGrants(tx, c, buf[:0])
	n := 0
	for _, g := range gs {
		n += g.grants.Len()
	}
	if p.better(n) {
		p.picked, p.size, p.skip, p.list = true, n, recipientSkip(c), nil
		p.sets.set(nil)
		p.grants.set(gs)
	}
}

// offerRecipient offers the shares that the caller's recipient indexes ix
// (picked from each ramGrants by pick) hold under one of values.
func (p *ramPick) offerRecipient(tx *Tx, st *ramState, c Caller, pick func(*ramGrants) ramShareIndex, values ...string) {
	var gbuf [4]*ramGrants
	var buf [4]*ramShareSet
	sets := buf[:0]
	for _, g := range st.recipientGrants(tx, c, gbuf[:0]) {
		ix := pick(g)
		for _, v := range values {
			if m := ix[v]; m != nil && !slices.Contains(sets, m) {
				sets = append(sets, m)
			}
		}
	}
	p.offerSets(sets, recipientSkip(c))
}

// permissionsOfType returns the ARNs of the permissions the caller may
// attach for resource type typ: AWS-managed ones and its own.
func (st *ramState) permissionsOfType(tx *Tx, c Caller, typ string) []string {
	var out []string
	for _, p := range tx.s.opts.RAM.registry.sorted {
		if p.rtype.Type == typ {
			out = append(out, p.arn)
		}
	}
	if m := st.permsOwned[regionKey(c.Region, c.Account)]; m != nil {
		m.Ascend(typ+"\x00", func(_ string, p *ramPerm) bool {
			if p.rtype.Type != typ {
				return false
			}
			out = append(out, p.arn)
			return true
		})
	}
	return out
}

// typesIn returns the types of the registry in region scope scope ("",
// "ALL", "REGIONAL" or "GLOBAL"), nil for every type.
func typesIn(tx *Tx, scope string) []string {
	if scope != "REGIONAL" && scope != "GLOBAL" {
		return nil
	}
	var out []string
	for _, t := range tx.s.opts.RAM.registry.types {
		if t.Global == (scope == "GLOBAL") {
			out = append(out, t.Type)
		}
	}
	return out
}
