package ram_test

import (
	"cmp"
	"context"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/sharesim/sharesim/internal/proptest"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
)

// ---- listings walked across calls ----

// propListing names a listing as the snapshots record it for the walks:
// an account's listing in a region, unfiltered, of a subject (a share, an
// invitation, a permission) for the listings that take one. name is the
// operation, then the variant: "GetResourceShares/SELF".
type propListing struct{ account, region, name, subject string }

func (l propListing) String() string {
	s := l.name + " as " + l.account + " in " + l.region
	if l.subject != "" {
		s += " of " + l.subject
	}
	return s
}

func propCompareListings(a, b propListing) int {
	return cmp.Or(cmp.Compare(a.account, b.account), cmp.Compare(a.region, b.region),
		cmp.Compare(a.name, b.name), cmp.Compare(a.subject, b.subject))
}

// propListed records what a listing shows, for the walks: each item's ID,
// which item gives, with its sort key.
func propListed[T any](s *propSnap, l propListing, items []T, item func(T) (id, key string)) {
	m := make(map[string]string, len(items))
	for _, x := range items {
		id, key := item(x)
		m[id] = key
	}
	s.items[l] = m
}

// The items of the walked listings: an ID, and the sort key, or the part of
// it that can change, in the listing's order (ram.md). An item whose key
// is "" never moves.

// A share never moves: shares are listed by creation time, then ARN (A4).
func propShareItem(x types.ResourceShare) (string, string) { return *x.ResourceShareArn, "" }

// Associations are listed by share, then association creation time, then
// entity (A7): an entity disassociated and associated again has a new
// association, created later, and moves.
func propAssociationItem(x types.ResourceShareAssociation) (string, string) {
	return *x.ResourceShareArn + " " + *x.AssociatedEntity, propTime(x.CreationTime)
}

// Invitations are listed by invitation time, then ARN (A8).
func propInvitationItem(x types.ResourceShareInvitation) (string, string) {
	return *x.ResourceShareInvitationArn, propTime(x.InvitationTimestamp)
}

// Resources are listed by share, then ARN (A13, B16); principals by
// share, then ID (A12).
func propResourceItem(x types.Resource) (string, string) {
	return *x.ResourceShareArn + " " + *x.Arn, ""
}
func propPrincipalItem(x types.Principal) (string, string) {
	return *x.ResourceShareArn + " " + *x.Id, ""
}

// Permissions are listed AWS-managed first, then by resource type, then
// name (B4), none of which changes. The key is what ListPermissions/ALL
// filters on.
func propPermissionItem(x types.ResourceSharePermissionSummary) (string, string) {
	return *x.Arn, string(x.PermissionType) + " " + *x.ResourceType + " " + *x.Name
}

// A share's permissions are listed by resource type (B3), the
// associations of permissions by share, then resource type (B12): one
// permission a type, which a replacement swaps for another item.
func propAttachedItem(x types.ResourceSharePermissionSummary) (string, string) { return *x.Arn, "" }
func propPermissionAssociationItem(x types.AssociatedPermission) (string, string) {
	return *x.ResourceShareArn + " " + *x.Arn, ""
}

// Versions are listed in ascending order (B10), work records by creation
// time (B14).
func propVersionItem(x types.ResourceSharePermissionSummary) (string, string) { return *x.Version, "" }
func propWorkItem(x types.ReplacePermissionAssociationsWork) (string, string) { return *x.Id, "" }

// Policies are listed in the order of the resources requested (A14), each
// of its resource.
func propPolicyItem(p string) (string, string) {
	var doc struct{ Statement []struct{ Resource string } }
	if err := json.Unmarshal([]byte(p), &doc); err != nil || len(doc.Statement) == 0 {
		return p, ""
	}
	return doc.Statement[0].Resource, ""
}

func propTime(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// propWalker walks one of an account's listings, a page per step (see
// proptest.Walk), while the other steps change the world: shares are
// deleted and purged, invitations expire, the organization changes, the
// clock moves. The next tokens the listing issued must keep working, but
// where the listing's subject is gone (an invitation no longer pending, a
// share purged or no longer visible, a permission deleted, a resource no
// longer shared), and may then be refused.
type propWalker struct {
	*proptest.Walk
	propListing
	op    string
	input func(next *string, max *int32) any // the input of a page
	// listed returns what the listing shows in a snapshot, or false when
	// its subject is gone.
	listed func(s *propSnap) (map[string]string, bool)
	fetch  func(next *string, max *int32) ([]string, *string, error) // a page's items and next token
	gone   bool                                                      // the subject was gone at some point
	pages  [][]string                                                // the pages taken, for reports
}

func (k *propWalker) observe(s *propSnap) {
	items, ok := k.listed(s)
	k.gone = k.gone || !ok
	k.Observe(items)
}

// walk takes the next page of a listing being walked, starting a walk
// first now and then; at most three run at once.
func (w *propWorld) walk() {
	s := w.snapshotNow()
	if len(w.walkers) == 0 || len(w.walkers) < 3 && w.walks.Chance(25) {
		if k := w.newWalker(s); k != nil {
			w.walkers = append(w.walkers, k)
		}
	}
	if len(w.walkers) == 0 {
		return
	}
	i := w.walks.IntN(len(w.walkers))
	k := w.walkers[i]
	max := ptr(proptest.Pick(w.walks, int32(1), 1, 1, 2, 2, 3))
	var page []string
	var err error
	w.run(&propCall{op: k.op, account: k.account, region: k.region, in: k.input(k.Next(), max), read: true,
		do: func(*ram.Client) (any, error) {
			page, err = k.Fetch(max)
			return page, err
		}})
	if err != nil && k.gone {
		w.stats.Add("(walk)", "refused, the subject gone: "+k.name)
		w.walkers = slices.Delete(w.walkers, i, i+1)
		return
	}
	k.pages = append(k.pages, page)
	done, problem := k.Check()
	if problem != nil {
		w.fail("walking %s, page %d (maxResults %d): %v\npages: %v", k.propListing, len(k.pages), *max, problem, k.pages)
	}
	if done {
		took := "several pages"
		if k.Pages() == 1 {
			took = "one page"
		}
		w.stats.Add("(walk)", took+": "+k.name)
		w.walkers = slices.Delete(w.walkers, i, i+1)
	}
}

// propWalkNames are the listings the walks take.
var propWalkNames = []string{
	"GetResourceShares/SELF", "GetResourceShares/OTHER-ACCOUNTS",
	"GetResourceShareAssociations/PRINCIPAL", "GetResourceShareAssociations/RESOURCE",
	"GetResourceShareInvitations", "ListPendingInvitationResources",
	"ListResources/SELF", "ListResources/OTHER-ACCOUNTS", "ListPrincipals/SELF", "ListPrincipals/OTHER-ACCOUNTS",
	"ListPermissions/CUSTOMER_MANAGED", "ListPermissions/ALL", "ListPermissionVersions",
	"ListResourceSharePermissions", "ListPermissionAssociations", "ListReplacePermissionAssociationsWork",
	"GetResourcePolicies",
}

// newWalker starts walking a listing that s shows of several items, so
// that the walk takes several pages: each kind of listing, of those s
// shows one of, is as likely. It returns nil when s shows none.
func (w *propWorld) newWalker(s *propSnap) *propWalker {
	listings := slices.SortedFunc(maps.Keys(s.items), propCompareListings)
	var kinds [][]*propWalker
	for _, name := range propWalkNames {
		var several []*propWalker
		for _, k := range w.walkable(s, listings, name) {
			if items, _ := k.listed(s); len(items) > 1 {
				several = append(several, k)
			}
		}
		if len(several) > 0 {
			kinds = append(kinds, several)
		}
	}
	if len(kinds) == 0 {
		return nil
	}
	return w.newWalkerOf(s, proptest.Pick(w.walks, proptest.Pick(w.walks, kinds...)...))
}

// walkable returns walkers of the listings called name that s shows;
// listings are those s records, in order.
func (w *propWorld) walkable(s *propSnap, listings []propListing, name string) []*propWalker {
	var out []*propWalker
	for _, l := range listings {
		switch {
		case name == "ListPermissions/ALL" && l.name == "ListPermissions/CUSTOMER_MANAGED":
			for _, typ := range []string{"codebuild:Project", "imagebuilder:Image", "test:Widget"} {
				out = append(out, w.permissionsWalker(propListing{l.account, l.region, name, typ}))
			}
		case name == "GetResourcePolicies" && l.name == "GetResourcePolicies/resources" && len(s.items[l]) > 0:
			arns := slices.Sorted(maps.Keys(s.items[l]))
			w.walks.Shuffle(len(arns), func(i, j int) { arns[i], arns[j] = arns[j], arns[i] })
			arns = arns[:min(len(arns), 2+w.walks.IntN(5))]
			out = append(out, w.policiesWalker(propListing{l.account, l.region, name, ""}, arns))
		case name == "ListResourceSharePermissions" && l.name == "GetResourceShares/OTHER-ACCOUNTS":
			// A recipient lists the permissions of a share it sees.
			for _, arn := range slices.Sorted(maps.Keys(s.items[l])) {
				out = append(out, w.sharePermissionsWalker(propListing{l.account, l.region, name, arn}))
			}
		case l.name == name && name != "GetResourcePolicies":
			out = append(out, w.listingWalker(l))
		}
	}
	return out
}

// newWalkerOf starts walker k from what s shows.
func (w *propWorld) newWalkerOf(s *propSnap, k *propWalker) *propWalker {
	items, ok := k.listed(s)
	k.gone = !ok
	k.Walk = proptest.NewWalk(k.fetch, maps.Clone(items))
	return k
}

// listingWalker makes a walker of a listing the snapshots read as such.
func (w *propWorld) listingWalker(l propListing) *propWalker {
	k := w.pager(l, nil)
	k.listed = func(s *propSnap) (map[string]string, bool) {
		m, ok := s.items[l]
		return m, ok || l.subject == "" // a listing of no subject is never gone
	}
	return k
}

// sharePermissionsWalker makes a walker of the permissions of a share that
// l's account sees shared with it: what the owner sees, while the share is
// visible (ram.md B3).
func (w *propWorld) sharePermissionsWalker(l propListing) *propWalker {
	k := w.pager(l, nil)
	received := propListing{l.account, l.region, "GetResourceShares/OTHER-ACCOUNTS", ""}
	owned := propListing{propARNAccount(l.subject), l.region, l.name, l.subject}
	k.listed = func(s *propSnap) (map[string]string, bool) {
		if _, ok := s.items[received][l.subject]; !ok {
			return nil, false
		}
		m, ok := s.items[owned]
		return m, ok
	}
	return k
}

// permissionsWalker makes a walker of every permission of a resource type
// (l's subject) that l's account sees: the AWS-managed ones, then its own.
func (w *propWorld) permissionsWalker(l propListing) *propWalker {
	k := w.pager(l, nil)
	own := propListing{l.account, l.region, "ListPermissions/CUSTOMER_MANAGED", ""}
	k.listed = func(s *propSnap) (map[string]string, bool) {
		m := map[string]string{}
		for _, items := range []map[string]string{s.items[propListing{name: "ListPermissions/AWS_MANAGED"}], s.items[own]} {
			for id, key := range items {
				if _, typ, _ := strings.Cut(key, " "); strings.HasPrefix(typ, l.subject+" ") {
					m[id] = key
				}
			}
		}
		return m, true
	}
	return k
}

// policiesWalker makes a walker of the policies of resources that l's
// account shares; the listing refuses a resource no longer shared (ram.md
// A14).
func (w *propWorld) policiesWalker(l propListing, arns []string) *propWalker {
	k := w.pager(l, arns)
	shared := propListing{l.account, l.region, "GetResourcePolicies/resources", ""}
	k.listed = func(s *propSnap) (map[string]string, bool) {
		m := map[string]string{}
		for _, arn := range arns {
			if _, ok := s.items[shared][arn]; !ok {
				return nil, false
			}
			if key, ok := s.items[l][arn]; ok {
				m[arn] = key
			}
		}
		return m, true
	}
	return k
}

// propPager returns how a walk pages through a listing: in makes the input
// of a page, list is the facade method, page takes an output apart and
// item names each item.
func propPager[I, O, T any](c *ram.Client, list func(*ram.Client, context.Context, *I) (*O, error),
	in func(next *string, max *int32) *I, page func(*O) ([]T, *string), item func(T) (id, key string),
) (input func(*string, *int32) any, fetch func(*string, *int32) ([]string, *string, error)) {
	input = func(next *string, max *int32) any { return in(next, max) }
	fetch = func(next *string, max *int32) ([]string, *string, error) {
		out, err := list(c, propCtx, in(next, max))
		if err != nil {
			return nil, nil, err
		}
		items, tok := page(out)
		ids := make([]string, len(items))
		for i, x := range items {
			ids[i], _ = item(x)
		}
		return ids, tok, nil
	}
	return input, fetch
}

// pager makes a walker of listing l, as its account calls it: of the
// resources arns, for GetResourcePolicies.
func (w *propWorld) pager(l propListing, arns []string) *propWalker {
	c := w.main.client(l.account, l.region)
	op, variant, _ := strings.Cut(l.name, "/")
	k := &propWalker{propListing: l, op: op}
	owner := types.ResourceOwner(variant)
	switch l.name {
	case "GetResourceShares/SELF", "GetResourceShares/OTHER-ACCOUNTS":
		k.input, k.fetch = propPager(c, (*ram.Client).GetResourceShares,
			func(next *string, max *int32) *ram.GetResourceSharesInput {
				return &ram.GetResourceSharesInput{ResourceOwner: owner, NextToken: next, MaxResults: max}
			},
			func(o *ram.GetResourceSharesOutput) ([]types.ResourceShare, *string) {
				return o.ResourceShares, o.NextToken
			},
			propShareItem)
	case "GetResourceShareAssociations/PRINCIPAL", "GetResourceShareAssociations/RESOURCE":
		k.input, k.fetch = propPager(c, (*ram.Client).GetResourceShareAssociations,
			func(next *string, max *int32) *ram.GetResourceShareAssociationsInput {
				return &ram.GetResourceShareAssociationsInput{AssociationType: types.ResourceShareAssociationType(variant), NextToken: next, MaxResults: max}
			},
			func(o *ram.GetResourceShareAssociationsOutput) ([]types.ResourceShareAssociation, *string) {
				return o.ResourceShareAssociations, o.NextToken
			},
			propAssociationItem)
	case "GetResourceShareInvitations":
		k.input, k.fetch = propPager(c, (*ram.Client).GetResourceShareInvitations,
			func(next *string, max *int32) *ram.GetResourceShareInvitationsInput {
				return &ram.GetResourceShareInvitationsInput{NextToken: next, MaxResults: max}
			},
			func(o *ram.GetResourceShareInvitationsOutput) ([]types.ResourceShareInvitation, *string) {
				return o.ResourceShareInvitations, o.NextToken
			},
			propInvitationItem)
	case "ListPendingInvitationResources":
		k.input, k.fetch = propPager(c, (*ram.Client).ListPendingInvitationResources,
			func(next *string, max *int32) *ram.ListPendingInvitationResourcesInput {
				return &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: ptr(l.subject), NextToken: next, MaxResults: max}
			},
			func(o *ram.ListPendingInvitationResourcesOutput) ([]types.Resource, *string) {
				return o.Resources, o.NextToken
			},
			propResourceItem)
	case "ListResources/SELF", "ListResources/OTHER-ACCOUNTS":
		k.input, k.fetch = propPager(c, (*ram.Client).ListResources,
			func(next *string, max *int32) *ram.ListResourcesInput {
				return &ram.ListResourcesInput{ResourceOwner: owner, NextToken: next, MaxResults: max}
			},
			func(o *ram.ListResourcesOutput) ([]types.Resource, *string) { return o.Resources, o.NextToken },
			propResourceItem)
	case "ListPrincipals/SELF", "ListPrincipals/OTHER-ACCOUNTS":
		k.input, k.fetch = propPager(c, (*ram.Client).ListPrincipals,
			func(next *string, max *int32) *ram.ListPrincipalsInput {
				return &ram.ListPrincipalsInput{ResourceOwner: owner, NextToken: next, MaxResults: max}
			},
			func(o *ram.ListPrincipalsOutput) ([]types.Principal, *string) { return o.Principals, o.NextToken },
			propPrincipalItem)
	case "ListPermissions/CUSTOMER_MANAGED", "ListPermissions/ALL":
		var typ *string
		if l.subject != "" {
			typ = ptr(l.subject)
		}
		k.input, k.fetch = propPager(c, (*ram.Client).ListPermissions,
			func(next *string, max *int32) *ram.ListPermissionsInput {
				return &ram.ListPermissionsInput{PermissionType: types.PermissionTypeFilter(variant), ResourceType: typ, NextToken: next, MaxResults: max}
			},
			func(o *ram.ListPermissionsOutput) ([]types.ResourceSharePermissionSummary, *string) {
				return o.Permissions, o.NextToken
			},
			propPermissionItem)
	case "ListPermissionVersions":
		k.input, k.fetch = propPager(c, (*ram.Client).ListPermissionVersions,
			func(next *string, max *int32) *ram.ListPermissionVersionsInput {
				return &ram.ListPermissionVersionsInput{PermissionArn: ptr(l.subject), NextToken: next, MaxResults: max}
			},
			func(o *ram.ListPermissionVersionsOutput) ([]types.ResourceSharePermissionSummary, *string) {
				return o.Permissions, o.NextToken
			},
			propVersionItem)
	case "ListResourceSharePermissions":
		k.input, k.fetch = propPager(c, (*ram.Client).ListResourceSharePermissions,
			func(next *string, max *int32) *ram.ListResourceSharePermissionsInput {
				return &ram.ListResourceSharePermissionsInput{ResourceShareArn: ptr(l.subject), NextToken: next, MaxResults: max}
			},
			func(o *ram.ListResourceSharePermissionsOutput) ([]types.ResourceSharePermissionSummary, *string) {
				return o.Permissions, o.NextToken
			},
			propAttachedItem)
	case "ListPermissionAssociations":
		k.input, k.fetch = propPager(c, (*ram.Client).ListPermissionAssociations,
			func(next *string, max *int32) *ram.ListPermissionAssociationsInput {
				return &ram.ListPermissionAssociationsInput{NextToken: next, MaxResults: max}
			},
			func(o *ram.ListPermissionAssociationsOutput) ([]types.AssociatedPermission, *string) {
				return o.Permissions, o.NextToken
			},
			propPermissionAssociationItem)
	case "ListReplacePermissionAssociationsWork":
		k.input, k.fetch = propPager(c, (*ram.Client).ListReplacePermissionAssociationsWork,
			func(next *string, max *int32) *ram.ListReplacePermissionAssociationsWorkInput {
				return &ram.ListReplacePermissionAssociationsWorkInput{NextToken: next, MaxResults: max}
			},
			func(o *ram.ListReplacePermissionAssociationsWorkOutput) ([]types.ReplacePermissionAssociationsWork, *string) {
				return o.ReplacePermissionAssociationsWorks, o.NextToken
			},
			propWorkItem)
	case "GetResourcePolicies":
		k.subject = strings.Join(arns, " ")
		k.input, k.fetch = propPager(c, (*ram.Client).GetResourcePolicies,
			func(next *string, max *int32) *ram.GetResourcePoliciesInput {
				return &ram.GetResourcePoliciesInput{ResourceArns: slices.Clone(arns), NextToken: next, MaxResults: max}
			},
			func(o *ram.GetResourcePoliciesOutput) ([]string, *string) { return o.Policies, o.NextToken },
			propPolicyItem)
	default:
		panic("no walk of " + l.name)
	}
	return k
}
