package share

import (
	"fmt"
	"slices"

	"github.com/sharesim/sharesim/invitation"
)

// RAMCheck verifies that RAM's indexes and counters agree with its records:
// every share is indexed once under its owner and status, and under exactly
// the filter values it has (name, tags, principals, permissions, resource
// types, association statuses, sources, feature set), every invitation once
// under its receiver, recipient grants match the ASSOCIATED principal
// associations and are indexed under the filter values of their shares, and
// quota counters match what they count. It returns the
// first disagreement. It exists for tests, such as stress tests run under
// the race detector; it costs O(everything).
func (s *Store) RAMCheck() error {
	return s.View(func(tx *Tx) error { return s.ram.check() })
}

func (st *ramState) check() error {
	type counts struct{ live, resources, principals, pending int }
	want := map[ramRegional]*counts{}
	wantGrants := map[ramGrantKey]map[string]int{}
	wantIndexed := map[*ramOwned]map[string]int{}
	wantShares := map[*ramOwned]int{}
	for arn, sh := range st.shares.All() {
		if sh.arn != arn || sh.key[21:] != arn || sh.purged {
			return fmt.Errorf("share %s: key %q, purged %v", arn, sh.key, sh.purged)
		}
		own := st.owned[regionKey(sh.region, sh.owner)]
		if own == nil {
			return fmt.Errorf("share %s: owner %s not indexed", arn, sh.owner)
		}
		if !slices.Contains(ramShareStatuses[:], sh.status) || !own.shares[ramStatusSlot(sh.status)].Has(sh) {
			return fmt.Errorf("share %s: missing from its owner's index of %s shares", arn, sh.status)
		}
		wantShares[own]++
		k := regionKey(sh.region, sh.owner)
		c := want[k]
		if c == nil {
			c = &counts{}
			want[k] = c
		}
		if sh.status != RAMShareDeleted {
			c.live++
		}
		if wantIndexed[own] == nil {
			wantIndexed[own] = map[string]int{}
		}
		if err := st.checkIndexed(own.families(), sh, st.ownerEntries, wantIndexed[own]); err != nil {
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
			if a.typ == RAMResourceAssociation && !st.holders(a.entity).has(sh) {
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
		if err := checkEntries(fmt.Sprintf("owner %v", k), own.families(), wantIndexed[own]); err != nil {
			return err
		}
		if n := own.count(); n != wantShares[own] {
			return fmt.Errorf("owner %v: %d shares indexed, %d stored", k, n, wantShares[own])
		}
		for _, s := range ramShareStatuses {
			var err error
			own.shares[ramStatusSlot(s)].All(func(sh *ramShare) bool {
				if st.share(sh.arn) != sh || sh.status != s {
					err = fmt.Errorf("owner %v: index of %s shares holds %s, %s", k, s, sh.arn, sh.status)
					return false
				}
				return true
			})
			if err != nil {
				return err
			}
		}
	}
	for k, gs := range st.grants {
		var err error
		n := 0
		want := map[string]int{}
		fams := gs.families()
		gs.grants.All(func(g ramGrant) bool {
			key := g.share.key
			n++
			if w := wantGrants[k][key]; w != int(g.n) {
				err = fmt.Errorf("grant %v of %s: %d, associations say %d", k, g.share.arn, g.n, w)
				return false
			}
			err = st.checkIndexed(fams, g.share, st.grantEntries, want)
			return err == nil
		})
		if err != nil {
			return err
		}
		if err := checkEntries(fmt.Sprintf("grant %v", k), fams, want); err != nil {
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
	if err := st.checkOrgAssocs(); err != nil {
		return err
	}
	return st.checkPermissionIndexes()
}

// checkOrgAssocs verifies that every organization's set holds exactly its
// live organization and OU associations, each knowing its place.
func (st *ramState) checkOrgAssocs() error {
	n := 0
	for _, sh := range st.shares.All() {
		for _, a := range sh.assocs {
			k := a.kind()
			if a.typ != RAMPrincipalAssociation || k != PrincipalOrganization && k != PrincipalOrganizationalUnit || !a.state.live() {
				if a.orgPos != 0 {
					return fmt.Errorf("share %s: association %s in an organization's set", sh.arn, a.entity)
				}
				continue
			}
			set := st.orgAssocs[a.pr().OrgID]
			if set == nil || a.orgPos < 1 || int(a.orgPos) > len(*set) || (*set)[a.orgPos-1] != a {
				return fmt.Errorf("share %s: association %s not in its organization's set", sh.arn, a.entity)
			}
			n++
		}
	}
	total := 0
	for _, set := range st.orgAssocs {
		total += len(*set)
	}
	if total != n {
		return fmt.Errorf("%d associations in organization sets, %d live", total, n)
	}
	return nil
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

// families names the owner's indexes of shares by filter value.
func (own *ramOwned) families() map[string]ramShareIndex {
	return map[string]ramShareIndex{"name": own.byName, "tag": own.byTag, "principal": own.byPrincipal, "permission": own.byPerm,
		"type": own.byType, "association": own.byAssoc, "source": own.bySource, "feature": own.byFeature}
}

// families names a recipient index's indexes of shares by filter value.
func (gs *ramGrants) families() map[string]ramShareIndex {
	return map[string]ramShareIndex{"name": gs.byName, "owner": gs.byOwner, "permission": gs.byPerm, "type": gs.byType}
}

// ownerEntries calls fn with each index family and value its owner should
// hold sh under, computed from sh's record.
func (st *ramState) ownerEntries(sh *ramShare, fn func(family, v string)) {
	fn("name", sh.name)
	for k, v := range sh.tags() {
		fn("tag", k)
		fn("tag", tagIndexKey(k, v))
	}
	for _, a := range sh.perms {
		fn("permission", a.perm.ARN)
	}
	for _, t := range sh.activeTypes(nil) {
		fn("type", t)
	}
	for _, a := range sh.assocs {
		if a.typ == RAMPrincipalAssociation {
			fn("principal", principalIndexKey(a.entity))
		}
		if k := st.assocIndexKey(a.typ, a.state); k != "" {
			fn("association", k)
		}
	}
	if sh.extra != nil && len(sh.extra.srcLog) > 0 {
		fn("source", ramSourceAny)
		for _, r := range sh.extra.srcLog {
			fn("source", r.id)
			fn("source", ramSourceTypeKey(RAMSourceType(r.id)))
		}
	}
	if f := sh.featureSet(); f != RAMFeatureStandard {
		fn("feature", f)
	}
}

// grantEntries calls fn with each index family and value a recipient index
// that holds sh should hold it under.
func (st *ramState) grantEntries(sh *ramShare, fn func(family, v string)) {
	fn("name", sh.name)
	fn("owner", sh.owner)
	for _, a := range sh.perms {
		fn("permission", a.perm.ARN)
	}
	for _, t := range sh.activeTypes(nil) {
		fn("type", t)
	}
}

// checkIndexed verifies that sh is in the indexes of fams under each value
// entries gives, and counts, once per family and value, the entries it
// should have in want.
func (st *ramState) checkIndexed(fams map[string]ramShareIndex, sh *ramShare, entries func(*ramShare, func(string, string)), want map[string]int) error {
	seen := map[[2]string]bool{}
	var err error
	entries(sh, func(family, v string) {
		if err != nil || seen[[2]string{family, v}] {
			return
		}
		seen[[2]string{family, v}] = true
		if !fams[family].has(v, sh) {
			err = fmt.Errorf("share %s: not indexed under %s %q", sh.arn, family, v)
		}
		want[family]++
	})
	return err
}

// checkEntries verifies that each index of fams has as many entries as the
// records say, so that it holds no stale one.
func checkEntries(what string, fams map[string]ramShareIndex, want map[string]int) error {
	for family, ix := range fams {
		if n := ix.entries(); n != want[family] {
			return fmt.Errorf("%s: %d entries in the %s index, records say %d", what, n, family, want[family])
		}
		for v, m := range ix {
			if m.Len() == 0 {
				return fmt.Errorf("%s: empty set under %s %q", what, family, v)
			}
		}
	}
	return nil
}
