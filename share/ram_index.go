package share

import (
	"slices"
	"strings"

	"github.com/sharesim/sharesim/internal/ordered"
)

// ramShareIndex maps a filter value to the owner's shares it selects, keyed
// by share key, so that a filtered listing pages in O(log n + page) instead
// of walking every share of the owner.
type ramShareIndex map[string]*ordered.Map[*ramShare]

func (ix *ramShareIndex) add(v string, sh *ramShare) {
	if *ix == nil {
		*ix = ramShareIndex{}
	}
	m := (*ix)[v]
	if m == nil {
		m = &ordered.Map[*ramShare]{}
		(*ix)[v] = m
	}
	m.Set(sh.key, sh)
}

func (ix ramShareIndex) remove(v string, sh *ramShare) {
	if m := ix[v]; m != nil {
		m.Delete(sh.key)
		if m.Len() == 0 {
			delete(ix, v)
		}
	}
}

func (ix ramShareIndex) has(v string, sh *ramShare) bool {
	if m := ix[v]; m != nil {
		got, ok := m.Get(sh.key)
		return ok && got == sh
	}
	return false
}

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

// indexShare adds a new share to its owner's name, tag and permission
// indexes.
func (own *ramOwned) indexShare(sh *ramShare) {
	own.byName.add(sh.name, sh)
	own.reindexTags(sh, nil, sh.tags())
	own.reindexPerms(sh, nil)
}

// ramIndexedPerm reports whether shares are indexed by permission v: every
// permission but the AWS-managed ones, which nearly every share carries.
func ramIndexedPerm(v *RAMPermission) bool { return !strings.HasPrefix(v.ARN, ramPermissionARNPrefix) }

// reindexPerms moves sh in its owner's permission index from the
// permissions attached before (old) to those attached now.
func (own *ramOwned) reindexPerms(sh *ramShare, old []ramAttached) {
	for _, a := range old {
		if ramIndexedPerm(a.perm) && sh.permissionARNed(a.perm.ARN) < 0 {
			own.byPerm.remove(a.perm.ARN, sh)
		}
	}
	for _, a := range sh.perms {
		if ramIndexedPerm(a.perm) && !own.byPerm.has(a.perm.ARN, sh) {
			own.byPerm.add(a.perm.ARN, sh)
		}
	}
}

// permissionARNed returns the index in sh.perms of the permission with this
// ARN, or -1.
func (sh *ramShare) permissionARNed(arn string) int {
	return slices.IndexFunc(sh.perms, func(a ramAttached) bool { return a.perm.ARN == arn })
}

// walkPermission walks, in share key order, the caller's shares a
// customer-managed permission is attached to.
func (st *ramState) walkPermission(c Caller, arn string) func(string, func(*ramShare) bool) {
	var maps []*ordered.Map[*ramShare]
	if own := st.owned[regionKey(c.Region, c.Account)]; own != nil && own.byPerm[arn] != nil {
		maps = append(maps, own.byPerm[arn])
	}
	return walkIndexed(maps)
}

// sharesWithPermission returns the caller's shares a customer-managed
// permission is attached to, deleted ones included until purged, in share
// key order.
func (st *ramState) sharesWithPermission(c Caller, arn string) []*ramShare {
	var out []*ramShare
	if own := st.owned[regionKey(c.Region, c.Account)]; own != nil {
		if m := own.byPerm[arn]; m != nil {
			m.All(func(_ string, sh *ramShare) bool { out = append(out, sh); return true })
		}
	}
	return out
}

// unindexShare removes a purged share from every index of its owner.
func (own *ramOwned) unindexShare(sh *ramShare) {
	own.byName.remove(sh.name, sh)
	own.reindexTags(sh, sh.tags(), nil)
	for _, a := range sh.perms {
		if ramIndexedPerm(a.perm) {
			own.byPerm.remove(a.perm.ARN, sh)
		}
	}
	for _, a := range sh.assocs {
		if a.typ == RAMPrincipalAssociation {
			own.byPrincipal.remove(principalIndexKey(a.entity), sh)
		}
	}
}

// walkPrincipals walks, in share key order, the caller's shares that ever
// associated one of principals (or, for a bare organization or OU ID, an
// organization or OU with that ID): a superset of the shares a principal
// filter keeps, which the listing's own filter then narrows.
func (st *ramState) walkPrincipals(c Caller, principals []string) func(string, func(*ramShare) bool) {
	var maps []*ordered.Map[*ramShare]
	if own := st.owned[regionKey(c.Region, c.Account)]; own != nil {
		for _, p := range principals {
			if m := own.byPrincipal[principalIndexKey(p)]; m != nil && !slices.Contains(maps, m) {
				maps = append(maps, m)
			}
		}
	}
	return walkIndexed(maps)
}

// walkIndexed walks, in share key order after a key and without duplicates,
// the shares of the given indexes.
func walkIndexed(maps []*ordered.Map[*ramShare]) func(string, func(*ramShare) bool) {
	return walkMerged(maps, func(sh *ramShare) *ramShare { return sh }, func(*ramShare) bool { return false })
}

// walkMerged walks, in key order after a key, the shares of several indexes
// keyed by share key, each share once, leaving out the entries skip names.
// It merges the indexes in rounds: it takes up to per entries after the
// current key from each, and hands out, in key order and without
// duplicates, those up to the smallest last key of an index that had more.
// A key names one share, so duplicates are found by comparing shares.
func walkMerged[V any](maps []*ordered.Map[V], shareOf func(V) *ramShare, skip func(V) bool) func(string, func(*ramShare) bool) {
	return func(after string, fn func(*ramShare) bool) {
		switch len(maps) {
		case 0:
			return
		case 1:
			maps[0].Ascend(after, func(_ string, v V) bool { return skip(v) || fn(shareOf(v)) })
			return
		}
		const per = 32
		type entry struct {
			k  string
			sh *ramShare
		}
		lists := make([][]entry, len(maps))
		heads := make([]int, len(maps))
		cur := after
		for {
			bound, cut := "", false
			for i, m := range maps {
				l := lists[i][:0]
				m.Ascend(cur, func(k string, v V) bool {
					if skip(v) {
						return true
					}
					l = append(l, entry{k, shareOf(v)})
					return len(l) < per
				})
				lists[i], heads[i] = l, 0
				if len(l) == per && (!cut || l[per-1].k < bound) {
					bound, cut = l[per-1].k, true
				}
			}
			for {
				best := -1
				for i, l := range lists {
					if heads[i] < len(l) && (best < 0 || l[heads[i]].k < lists[best][heads[best]].k) {
						best = i
					}
				}
				if best < 0 {
					break
				}
				e := lists[best][heads[best]]
				if cut && e.k > bound {
					break
				}
				for i, l := range lists {
					if heads[i] < len(l) && l[heads[i]].sh == e.sh {
						heads[i]++
					}
				}
				if !fn(e.sh) {
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
