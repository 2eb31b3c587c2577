package share

import (
	"fmt"
	"slices"

	"github.com/sharesim/sharesim/invitation"
)

// RAMCheck verifies that RAM's indexes and counters agree with its records:
// every share is indexed once under its owner, every invitation once under
// its receiver, recipient grants match the ASSOCIATED principal
// associations, and quota counters match what they count. It returns the
// first disagreement. It exists for tests, such as stress tests run under
// the race detector; it costs O(everything).
func (s *Store) RAMCheck() error {
	return s.View(func(tx *Tx) error { return s.ram.check() })
}

func (st *ramState) check() error {
	type counts struct{ live, resources, principals, pending int }
	want := map[ramRegional]*counts{}
	wantGrants := map[ramGrantKey]map[string]int{}
	wantIndexed := map[*ramOwned]int{}
	for arn, sh := range st.shares.All() {
		if sh.arn != arn || sh.key[21:] != arn || sh.purged {
			return fmt.Errorf("share %s: key %q, purged %v", arn, sh.key, sh.purged)
		}
		own := st.owned[regionKey(sh.region, sh.owner)]
		if own == nil {
			return fmt.Errorf("share %s: owner %s not indexed", arn, sh.owner)
		}
		if got, ok := own.shares.Get(sh.key); !ok || got != sh {
			return fmt.Errorf("share %s: missing from its owner's index", arn)
		}
		k := regionKey(sh.region, sh.owner)
		c := want[k]
		if c == nil {
			c = &counts{}
			want[k] = c
		}
		if sh.status != RAMShareDeleted {
			c.live++
		}
		if err := own.checkIndexed(sh, wantIndexed); err != nil {
			return err
		}
		seen := map[string]bool{}
		for i, a := range sh.assocs {
			id := string(a.typ) + "/" + a.entity
			if seen[id] {
				return fmt.Errorf("share %s: association %s twice", arn, id)
			}
			seen[id] = true
			if i > 0 && assocLess(sh.assocs[i-1], a) > 0 {
				return fmt.Errorf("share %s: associations out of order", arn)
			}
			if a.share != sh {
				return fmt.Errorf("share %s: association %s points elsewhere", arn, id)
			}
			if a.state.live() {
				switch a.typ {
				case RAMResourceAssociation:
					c.resources++
				case RAMPrincipalAssociation:
					c.principals++
				}
			}
			if a.typ == RAMResourceAssociation && slices.Index(st.holders(a.entity), sh) < 0 {
				return fmt.Errorf("share %s: resource %s not indexed", arn, a.entity)
			}
			if a.typ == RAMPrincipalAssociation && a.state == ramActive && sh.status == RAMShareActive {
				if gk := grantKey(sh, a.pr()); gk.kind != 0 {
					if wantGrants[gk] == nil {
						wantGrants[gk] = map[string]int{}
					}
					wantGrants[gk][sh.key]++
				}
			}
		}
		if sh.extra != nil && sh.status == RAMShareActive {
			for _, acct := range sh.extra.retained {
				gk := ramGrantKey{'a', ramRegional{sh.region, acct}}
				if wantGrants[gk] == nil {
					wantGrants[gk] = map[string]int{}
				}
				wantGrants[gk][sh.key]++
			}
		}
		for _, inv := range sh.invs() {
			if inv.purged {
				continue
			}
			if st.invitation(inv.arn) != inv {
				return fmt.Errorf("invitation %s of share %s not indexed", inv.arn, arn)
			}
			if inv.inv.Status == invitation.Pending {
				c.pending++
			}
		}
	}
	for k, own := range st.owned {
		c := want[k]
		if c == nil {
			c = &counts{}
		}
		got := counts{own.live, own.resources, own.principals, own.pending}
		if got != *c {
			return fmt.Errorf("owner %v: counters %+v, records say %+v", k, got, *c)
		}
		if n := own.indexEntries(); n != wantIndexed[own] {
			return fmt.Errorf("owner %v: %d name, tag, principal and permission index entries, shares say %d", k, n, wantIndexed[own])
		}
		n := 0
		var err error
		own.shares.All(func(key string, sh *ramShare) bool {
			n++
			if st.share(sh.arn) != sh {
				err = fmt.Errorf("owner %v: index holds purged share %s", k, sh.arn)
				return false
			}
			return true
		})
		if err != nil {
			return err
		}
	}
	for k, m := range st.grants {
		var err error
		n := 0
		m.All(func(key string, g ramGrant) bool {
			n++
			if want := wantGrants[k][key]; want != int(g.n) {
				err = fmt.Errorf("grant %v of %s: %d, associations say %d", k, g.share.arn, g.n, want)
				return false
			}
			return true
		})
		if err != nil {
			return err
		}
		if n != len(wantGrants[k]) {
			return fmt.Errorf("grant index %v: %d shares, associations say %d", k, n, len(wantGrants[k]))
		}
		delete(wantGrants, k)
	}
	for k, g := range wantGrants {
		if len(g) > 0 {
			return fmt.Errorf("grant index %v missing", k)
		}
	}
	received := 0
	for _, m := range st.received {
		var err error
		m.All(func(key string, inv *ramInvitation) bool {
			received++
			if st.invitation(inv.arn) != inv || inv.key != key {
				err = fmt.Errorf("invitation %s: received index disagrees", inv.arn)
				return false
			}
			return true
		})
		if err != nil {
			return err
		}
	}
	if received != st.invitations.Len() {
		return fmt.Errorf("%d invitations, %d in receiver indexes", st.invitations.Len(), received)
	}
	return st.checkPermissionIndexes()
}

// checkPermissionIndexes verifies that every attached permission version belongs
// to a live permission, at most one per resource type and share, and that
// the customer-managed permissions are indexed once under their owner.
func (st *ramState) checkPermissionIndexes() error {
	for arn, sh := range st.shares.All() {
		var seen []*RAMResourceType
		for _, a := range sh.perms {
			if slices.Contains(seen, a.typ) {
				return fmt.Errorf("share %s: two permissions for %s", arn, a.typ.Type)
			}
			seen = append(seen, a.typ)
			if a.perm.Customer {
				p := st.perms[a.perm.ARN]
				if p == nil || p.version(a.perm.Version) != a.perm {
					return fmt.Errorf("share %s: attached %s version %d does not exist", arn, a.perm.ARN, a.perm.Version)
				}
			}
		}
	}
	n := 0
	for k, m := range st.permsOwned {
		var err error
		m.All(func(key string, p *ramPerm) bool {
			n++
			if st.perms[p.arn] != p || p.key != key || regionKey(p.region, p.owner) != k || p.current() == nil {
				err = fmt.Errorf("permission %s: owner index disagrees", p.arn)
				return false
			}
			return true
		})
		if err != nil {
			return err
		}
	}
	if n != len(st.perms) {
		return fmt.Errorf("%d customer-managed permissions, %d in owner indexes", len(st.perms), n)
	}
	return nil
}

// checkIndexed verifies that sh is in its owner's name, tag, principal and
// permission indexes, and counts the entries it should have in want.
func (own *ramOwned) checkIndexed(sh *ramShare, want map[*ramOwned]int) error {
	if !own.byName.has(sh.name, sh) {
		return fmt.Errorf("share %s: name %q not indexed", sh.arn, sh.name)
	}
	want[own]++
	for k, v := range sh.tags() {
		if !own.byTag.has(k, sh) || !own.byTag.has(tagIndexKey(k, v), sh) {
			return fmt.Errorf("share %s: tag %s=%s not indexed", sh.arn, k, v)
		}
		want[own] += 2
	}
	for _, a := range sh.perms {
		if ramIndexedPerm(a.perm) {
			if !own.byPerm.has(a.perm.ARN, sh) {
				return fmt.Errorf("share %s: permission %s not indexed", sh.arn, a.perm.ARN)
			}
			want[own]++
		}
	}
	seen := map[string]bool{}
	for _, a := range sh.assocs {
		if a.typ != RAMPrincipalAssociation {
			continue
		}
		k := principalIndexKey(a.entity)
		if !own.byPrincipal.has(k, sh) {
			return fmt.Errorf("share %s: principal %s not indexed", sh.arn, a.entity)
		}
		if !seen[k] {
			seen[k] = true
			want[own]++
		}
	}
	return nil
}

// indexEntries counts the entries of the owner's name, tag, principal and
// permission indexes.
func (own *ramOwned) indexEntries() int {
	n := 0
	for _, ix := range []ramShareIndex{own.byName, own.byTag, own.byPrincipal, own.byPerm} {
		for _, m := range ix {
			n += m.Len()
		}
	}
	return n
}
