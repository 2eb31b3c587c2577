package share

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/clock"
)

// ramIndexWorld is a store with an organization (a management account, two
// members, an OU), two outside accounts, resources of several types (one
// global, one whose ARN the resolver says does not exist) and the principals
// and sources to share them with.
type ramIndexWorld struct {
	s          *Store
	clk        *clock.Fake
	mgmt       string
	accounts   []string
	rootID     string
	ouID       string
	principals []string
	sources    []string
	names      []string
}

const ramIndexRegion = "us-east-1"

func newRAMIndexWorld(t *testing.T, delay time.Duration) *ramIndexWorld {
	t.Helper()
	clk := clock.NewFake(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	resolver := RAMResolverFunc(func(r RAMResource) (string, bool) {
		if strings.Contains(r.ARN, "missing") {
			return "", false
		}
		return strings.Split(r.ARN, ":")[4], true
	})
	s := NewStore(&Options{Clock: clk, IDs: SeededIDs(5), PropagationDelay: delay,
		RAM: RAMOptions{MaxPendingInvitationsPerSharingAccount: 1000, DeletedShareRetention: 6 * time.Hour, Resolver: resolver}})
	w := &ramIndexWorld{s: s, clk: clk, mgmt: "100000000000",
		accounts: []string{"100000000000", "100000000001", "100000000002", "200000000000", "200000000001"},
		names:    []string{"alpha", "beta", "gamma"}}
	org, err := s.CreateOrganization(w.mgmt, FeatureSetAll)
	require.NoError(t, err)
	roots, _, err := s.ListRoots(w.mgmt, PageRequest{Limit: 1})
	require.NoError(t, err)
	w.rootID = roots[0].ID
	ou, err := s.CreateOrganizationalUnit(w.mgmt, w.rootID, "ou")
	require.NoError(t, err)
	w.ouID = ou.ID
	for _, a := range w.accounts[1:3] {
		_, err := s.AdmitAccount(w.mgmt, a)
		require.NoError(t, err)
	}
	require.NoError(t, s.MoveAccount(w.mgmt, w.accounts[2], w.rootID, w.ouID))
	require.NoError(t, s.EnableSharingWithAwsOrganization(Caller{Account: w.mgmt, Region: ramIndexRegion}))
	w.principals = append(slices.Clone(w.accounts),
		"arn:aws:organizations::"+w.mgmt+":organization/"+org.ID,
		"arn:aws:organizations::"+w.mgmt+":ou/"+org.ID+"/"+ou.ID,
		"arn:aws:iam::200000000001:role/r", "elasticmapreduce.amazonaws.com")
	w.sources = []string{"200000000000", "100000000001", org.ID, "arn:aws:ec2:us-east-1:200000000000:instance/i-1"}
	return w
}

// resource returns a resource ARN of the given kind owned by acct.
func (w *ramIndexWorld) resource(kind int, acct, id string) string {
	switch kind {
	case 0:
		return "arn:aws:ec2:us-east-1:" + acct + ":transit-gateway/tgw-" + id
	case 1:
		return "arn:aws:appmesh:us-east-1:" + acct + ":mesh/m" + id
	case 2:
		return "arn:aws:codebuild:us-east-1:" + acct + ":project/p" + id
	case 3:
		return "arn:aws:networkmanager::" + acct + ":core-network/core-network-" + id
	}
	return "arn:aws:ec2:us-east-1:" + acct + ":transit-gateway/tgw-missing" + id
}

// step performs one random operation, whose failure is fine: the walk
// reaches every operation that changes what the indexes hold.
func (w *ramIndexWorld) step(r *rand.Rand, shares *[]string) {
	s := w.s
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	c := Caller{Account: pick(w.accounts), Region: ramIndexRegion}
	if r.IntN(3) > 0 {
		c.Account = pick(w.accounts[:2]) // most shares belong to two owners
	}
	share := func() string {
		if len(*shares) == 0 {
			return "arn:aws:ram:us-east-1:100000000000:resource-share/none"
		}
		return pick(*shares)
	}
	if len(*shares) > 0 && r.IntN(2) == 0 {
		// Act on one of the caller's shares, mostly a recent one.
		arn := (*shares)[max(0, len(*shares)-1-r.IntN(20))]
		c.Account = strings.Split(arn, ":")[4]
		share = func() string { return arn }
	}
	res := func() string {
		return w.resource(r.IntN(5), pick(append(w.accounts[:2:2], c.Account)), fmt.Sprint(r.IntN(3)))
	}
	// existing returns, half the time, an entity the share already has (or
	// had) of type typ, to disassociate and associate it again.
	existing := func(arn string, typ RAMAssociationType, or string) string {
		if sh := s.ram.share(arn); sh != nil && r.IntN(2) == 0 {
			var es []string
			for _, a := range sh.assocs {
				if a.typ == typ {
					es = append(es, a.entity)
				}
			}
			if len(es) > 0 {
				return pick(es)
			}
		}
		return or
	}
	cmp := "arn:aws:ram:us-east-1:" + c.Account + ":permission/P" + fmt.Sprint(r.IntN(2))
	tag := func() RAMTag {
		k, v := pick([]string{"env", "team"}), pick([]string{"dev", "prod"})
		return RAMTag{Key: &k, Value: &v}
	}
	switch r.IntN(16) {
	case 0, 1, 2:
		in := RAMCreateInput{Name: pick(w.names)}
		for range r.IntN(3) {
			in.ResourceARNs = append(in.ResourceARNs, res())
		}
		for range r.IntN(3) {
			in.Principals = append(in.Principals, pick(w.principals))
		}
		if r.IntN(4) == 0 {
			in.PermissionARNs = []string{cmp}
		}
		if r.IntN(3) == 0 {
			in.Sources = []string{pick(w.sources)}
		}
		if r.IntN(3) == 0 {
			in.Tags = []RAMTag{tag()}
		}
		if out, err := s.CreateResourceShare(c, in); err == nil {
			*shares = append(*shares, out.Share.ARN)
		}
	case 3:
		in := RAMAssociateInput{ARN: share()}
		switch r.IntN(3) {
		case 0:
			in.ResourceARNs = []string{existing(in.ARN, RAMResourceAssociation, res())}
		case 1:
			in.Principals = []string{existing(in.ARN, RAMPrincipalAssociation, pick(w.principals))}
		default:
			in.Sources = []string{pick(w.sources)}
		}
		_, _ = s.AssociateResourceShare(c, in)
	case 4:
		in := RAMAssociateInput{ARN: share()}
		switch r.IntN(4) {
		case 0:
			in.ResourceARNs = []string{existing(in.ARN, RAMResourceAssociation, res())}
		case 1:
			in.Principals = []string{existing(in.ARN, RAMPrincipalAssociation, pick(w.principals))}
		case 2:
			in.Sources = []string{pick(w.sources)}
		default:
			in.Principals = []string{c.Account} // a recipient leaves
		}
		_, _ = s.DisassociateResourceShare(c, in)
	case 5:
		invs, _, _ := s.GetResourceShareInvitations(c, RAMInvitationQuery{Page: PageRequest{Limit: 100}})
		if len(invs) > 0 {
			inv := invs[r.IntN(len(invs))].ARN
			if r.IntN(3) > 0 {
				_, _ = s.AcceptResourceShareInvitation(c, inv, RAMIdempotency{})
			} else {
				_, _ = s.RejectResourceShareInvitation(c, inv, RAMIdempotency{})
			}
		}
	case 6:
		_, _ = s.DeleteResourceShare(c, share(), RAMIdempotency{})
	case 7:
		w.clk.Advance(time.Duration(r.IntN(3*3600)) * time.Second)
	case 8:
		switch acct := pick(w.accounts[1:]); r.IntN(3) {
		case 0:
			_, _ = s.AdmitAccount(w.mgmt, acct)
		case 1:
			_ = s.MoveAccount(w.mgmt, acct, w.rootID, w.ouID)
		default:
			_ = s.RemoveAccount(w.mgmt, acct)
		}
	case 9:
		if r.IntN(4) == 0 {
			_ = s.DisableServiceAccess(w.mgmt, RAMServicePrincipal)
		} else {
			_ = s.EnableSharingWithAwsOrganization(Caller{Account: w.mgmt, Region: ramIndexRegion})
		}
	case 10:
		name := pick(w.names)
		_, _ = s.UpdateResourceShare(c, RAMUpdateInput{ARN: share(), Name: &name})
	case 11:
		if r.IntN(2) == 0 {
			_ = s.TagResourceShare(c, share(), []RAMTag{tag()})
		} else {
			_ = s.UntagResourceShare(c, share(), []string{pick([]string{"env", "team"})})
		}
	case 12:
		switch r.IntN(3) {
		case 0:
			_, _ = s.CreateRAMPermission(c, RAMCreatePermissionInput{Name: cmp[strings.LastIndexByte(cmp, '/')+1:],
				ResourceType: "codebuild:Project", Template: `{"Action":"codebuild:BatchGetProjects"}`})
		case 1:
			_, _ = s.CreateRAMPermissionVersion(c, cmp, `{"Action":["codebuild:BatchGetProjects","codebuild:ListProjects"]}`, RAMIdempotency{})
		default:
			_, _ = s.SetDefaultRAMPermissionVersion(c, cmp, 1+r.IntN(3), RAMIdempotency{})
		}
	case 13:
		perms := []string{cmp, ramPermissionARNPrefix + "AWSRAMDefaultPermissionCodeBuildProject"}
		switch r.IntN(3) {
		case 0:
			_, _ = s.AssociateResourceSharePermission(c, RAMSharePermissionInput{ShareARN: share(), PermissionARN: pick(perms), Replace: true})
		case 1:
			_, _ = s.DisassociateResourceSharePermission(c, RAMSharePermissionInput{ShareARN: share(), PermissionARN: pick(perms)})
		default:
			_, _ = s.ReplacePermissionAssociations(c, RAMReplaceInput{From: pick(perms), To: pick(perms)})
		}
	case 14:
		if arn, _, err := s.SeedRAMShareCreatedFromPolicy(c, RAMPolicyShareInput{Name: pick(w.names), ResourceARNs: []string{w.resource(2, c.Account, "cfp")},
			Principals: []string{pick(w.accounts)}, Template: `{"Action":"codebuild:BatchGetProjects"}`}); err == nil {
			*shares = append(*shares, arn)
		}
	case 15:
		_ = s.PromoteResourceShareCreatedFromPolicy(c, share())
	}
}

// allPages lists every page of a listing, pages of limit items.
func allPages[T any](list func(PageRequest) ([]T, string, error), limit int) ([]T, error) {
	all := []T{}
	page := PageRequest{Limit: limit}
	for range 10000 {
		items, next, err := list(page)
		if err != nil {
			return all, err
		}
		all = append(all, items...)
		if next == "" {
			return all, nil
		}
		page.Token = next
	}
	return all, fmt.Errorf("no end")
}

// compareListings lists, as every account and with many filters, through
// the indexes and by scanning every share the listing may return, and
// requires the same items in the same order. It returns the number of
// listings that returned items.
func (w *ramIndexWorld) compareListings(t *testing.T, r *rand.Rand, shares []string) int {
	t.Helper()
	s, st := w.s, w.s.ram
	nonEmpty := 0
	same := func(what string, list func() (any, int, error)) {
		t.Helper()
		st.scanAll = false
		got, n, gotErr := list()
		st.scanAll = true
		want, _, wantErr := list()
		st.scanAll = false
		require.Equal(t, fmt.Sprint(wantErr), fmt.Sprint(gotErr), what)
		require.Equal(t, want, got, what)
		if n > 0 {
			nonEmpty++
		}
	}
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	opt := func(xs ...string) string {
		if r.IntN(2) == 0 {
			return ""
		}
		return pick(xs)
	}
	limit := func() int { return 1 + r.IntN(4) }
	types := []string{"ec2:TransitGateway", "appmesh:Mesh", "codebuild:Project", "networkmanager:CoreNetwork"}
	for _, acct := range w.accounts {
		c := Caller{Account: acct, Region: ramIndexRegion}
		perms := []string{ramPermissionARNPrefix + "AWSRAMDefaultPermissionTransitGateway", ramPermissionARNPrefix + "AWSRAMDefaultPermissionCodeBuildProject",
			ramPermissionARNPrefix + "AWSRAMDefaultPermissionAppMesh", "arn:aws:ram:us-east-1:" + acct + ":permission/P0", "arn:aws:ram:us-east-1:" + acct + ":permission/P1"}
		for range 12 {
			other := r.IntN(2) == 0
			q := RAMShareQuery{OtherAccounts: other, Status: RAMShareStatus(opt(string(RAMShareActive), string(RAMShareDeleting), string(RAMShareDeleted))),
				PermissionARN: opt(perms...)}
			if n := opt(w.names...); n != "" {
				q.Name = &n
			}
			if !other && r.IntN(3) == 0 {
				q.TagFilters = []RAMTagFilter{{Key: pick([]string{"env", "team"})}}
				if r.IntN(2) == 0 {
					q.TagFilters[0].Values = []string{"dev"}
				}
			}
			if r.IntN(6) == 0 && len(shares) > 0 {
				q.ARNs = []string{pick(shares)}
			}
			same(fmt.Sprintf("GetResourceShares %s %+v", acct, q), func() (any, int, error) {
				l := limit()
				items, err := allPages(func(p PageRequest) ([]ResourceShare, string, error) { q.Page = p; return s.GetResourceShares(c, q) }, l)
				return items, len(items), err
			})
		}
		for range 12 {
			typ := []RAMAssociationType{RAMPrincipalAssociation, RAMResourceAssociation}[r.IntN(2)]
			q := RAMAssociationQuery{Type: typ, Status: RAMAssociationStatus(opt(string(RAMAssociating), string(RAMAssociated), string(RAMFailed),
				string(RAMDisassociating), string(RAMDisassociated)))}
			if typ == RAMPrincipalAssociation {
				q.Principal = opt(append(slices.Clone(w.principals), strings.TrimPrefix(w.principals[5][strings.LastIndexByte(w.principals[5], '/'):], "/"))...)
			} else {
				q.ResourceARN = opt(w.resource(r.IntN(5), acct, fmt.Sprint(r.IntN(6))))
			}
			if r.IntN(6) == 0 && len(shares) > 0 {
				q.ShareARNs = []string{pick(shares)}
			}
			same(fmt.Sprintf("GetResourceShareAssociations %s %+v", acct, q), func() (any, int, error) {
				items, err := allPages(func(p PageRequest) ([]RAMAssociation, string, error) {
					q.Page = p
					return s.GetResourceShareAssociations(c, q)
				}, limit())
				return items, len(items), err
			})
		}
		for range 12 {
			q := RAMPrincipalQuery{OtherAccounts: r.IntN(2) == 0, ResourceType: opt(types...), ResourceARN: opt(w.resource(r.IntN(5), pick(w.accounts[:2]), fmt.Sprint(r.IntN(6))))}
			if r.IntN(2) == 0 {
				q.Principals = []string{pick(w.principals)}
			}
			same(fmt.Sprintf("ListPrincipals %s %+v", acct, q), func() (any, int, error) {
				items, err := allPages(func(p PageRequest) ([]RAMPrincipal, string, error) { q.Page = p; return s.ListPrincipals(c, q) }, limit())
				return items, len(items), err
			})
		}
		for range 12 {
			q := RAMResourceQuery{OtherAccounts: r.IntN(2) == 0, ResourceType: opt(types...), Principal: opt(w.principals...),
				RegionScope: opt("ALL", "REGIONAL", "GLOBAL")}
			if r.IntN(4) == 0 {
				q.ResourceARNs = []string{w.resource(r.IntN(5), pick(w.accounts[:2]), fmt.Sprint(r.IntN(6)))}
			}
			same(fmt.Sprintf("ListResources %s %+v", acct, q), func() (any, int, error) {
				items, err := allPages(func(p PageRequest) ([]RAMSharedResource, string, error) { q.Page = p; return s.ListResources(c, q) }, limit())
				return items, len(items), err
			})
		}
		for range 8 {
			q := RAMSourceQuery{SourceID: opt(w.sources...), SourceType: opt("ACCOUNT", "ARN", "ORGANIZATION_ID"),
				Status: RAMAssociationStatus(opt(string(RAMAssociating), string(RAMAssociated), string(RAMDisassociated)))}
			same(fmt.Sprintf("ListSourceAssociations %s %+v", acct, q), func() (any, int, error) {
				items, err := allPages(func(p PageRequest) ([]RAMAssociatedSource, string, error) {
					q.Page = p
					return s.ListSourceAssociations(c, q)
				}, limit())
				return items, len(items), err
			})
		}
		for range 8 {
			q := RAMPermissionAssociationQuery{PermissionARN: opt(perms...), ResourceType: opt(types...),
				FeatureSet: opt(RAMFeatureStandard, RAMFeatureCreatedFromPolicy, RAMFeaturePromoting), Status: opt(RAMPermissionAssociated, "UNATTACHABLE")}
			if r.IntN(3) == 0 {
				v := 1 + r.IntN(3)
				q.Version = &v
			}
			if r.IntN(3) == 0 {
				d := r.IntN(2) == 0
				q.DefaultVersion = &d
			}
			same(fmt.Sprintf("ListPermissionAssociations %s %+v", acct, q), func() (any, int, error) {
				items, err := allPages(func(p PageRequest) ([]RAMPermissionAssociation, string, error) {
					q.Page = p
					return s.ListPermissionAssociations(c, q)
				}, limit())
				return items, len(items), err
			})
		}
		// Invitations by share: the same as every invitation of the caller,
		// kept by share.
		all, err := allPages(func(p PageRequest) ([]RAMInvitation, string, error) {
			return s.GetResourceShareInvitations(c, RAMInvitationQuery{Page: p})
		}, 100)
		require.NoError(t, err)
		for range 4 {
			if len(shares) == 0 {
				break
			}
			arns := []string{pick(shares), pick(shares)}
			got, err := allPages(func(p PageRequest) ([]RAMInvitation, string, error) {
				return s.GetResourceShareInvitations(c, RAMInvitationQuery{ShareARNs: arns, Page: p})
			}, limit())
			require.NoError(t, err)
			want := slices.DeleteFunc(slices.Clone(all), func(inv RAMInvitation) bool { return !slices.Contains(arns, inv.ShareARN) })
			require.Equal(t, want, got, "invitations of %v", arns)
		}
	}
	return nonEmpty
}

// TestRAMIndexedListingsMatchScans drives a store through random operations
// (creating, associating, failing, deleting, purging, renaming, tagging,
// changing permissions, sources, organizations) and, every few steps,
// checks the store's invariants (RAMCheck verifies every index against the
// records) and lists through the indexes and by scanning, which must agree
// item for item.
func TestRAMIndexedListingsMatchScans(t *testing.T) {
	for _, delay := range []time.Duration{0, 10 * time.Minute} {
		t.Run(fmt.Sprintf("delay=%s", delay), func(t *testing.T) {
			w := newRAMIndexWorld(t, delay)
			r := rand.New(rand.NewPCG(7, uint64(delay)))
			var shares []string
			nonEmpty := 0
			for step := range 2000 {
				w.step(r, &shares)
				if err := w.s.RAMCheck(); err != nil {
					t.Fatalf("step %d: %v", step, err)
				}
				if step%50 == 49 {
					nonEmpty += w.compareListings(t, r, shares)
				}
			}
			assert.Greater(t, nonEmpty, 1000, "the listings compared found items")
			t.Logf("%d shares created, %d listings with items", len(shares), nonEmpty)
		})
	}
}

// ramIndexScenario is a store with an owner, a member of its organization
// (shared with directly, no invitation) and an outside account (invited),
// a propagation delay, and a resolver whose missing resources can be made
// to exist.
type ramIndexScenario struct {
	s                       *Store
	clk                     *clock.Fake
	owner, member, outsider Caller
	missing                 map[string]bool
}

func newRAMIndexScenario(t *testing.T) *ramIndexScenario {
	t.Helper()
	x := &ramIndexScenario{clk: clock.NewFake(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)), missing: map[string]bool{},
		owner: Caller{Account: "111111111111", Region: ramIndexRegion}, member: Caller{Account: "222222222222", Region: ramIndexRegion},
		outsider: Caller{Account: "333333333333", Region: ramIndexRegion}}
	x.s = NewStore(&Options{Clock: x.clk, IDs: SeededIDs(9), PropagationDelay: time.Minute, RAM: RAMOptions{
		Resolver: RAMResolverFunc(func(r RAMResource) (string, bool) {
			return strings.Split(r.ARN, ":")[4], !x.missing[r.ARN]
		})}})
	_, err := x.s.CreateOrganization(x.owner.Account, FeatureSetAll)
	require.NoError(t, err)
	_, err = x.s.AdmitAccount(x.owner.Account, x.member.Account)
	require.NoError(t, err)
	require.NoError(t, x.s.EnableSharingWithAwsOrganization(x.owner))
	return x
}

// settle lets the propagation delay pass and checks the store.
func (x *ramIndexScenario) settle(t *testing.T) {
	t.Helper()
	x.clk.Advance(time.Minute)
	x.s.Settle()
	require.NoError(t, x.s.RAMCheck())
}

// shares returns the names of the shares GetResourceShares lists, in order.
func (x *ramIndexScenario) shares(t *testing.T, c Caller, q RAMShareQuery) []string {
	t.Helper()
	q.Page.Limit = 100
	list, _, err := x.s.GetResourceShares(c, q)
	require.NoError(t, err)
	names := []string{}
	for _, sh := range list {
		names = append(names, sh.Name)
	}
	return names
}

// resources returns the resource ARNs ListResources lists, in order.
func (x *ramIndexScenario) resources(t *testing.T, c Caller, q RAMResourceQuery) []string {
	t.Helper()
	q.Page.Limit = 100
	list, _, err := x.s.ListResources(c, q)
	require.NoError(t, err)
	arns := []string{}
	for _, r := range list {
		arns = append(arns, r.ARN)
	}
	return arns
}

// associations returns the entities GetResourceShareAssociations lists.
func (x *ramIndexScenario) associations(t *testing.T, typ RAMAssociationType, status RAMAssociationStatus) []string {
	t.Helper()
	list, _, err := x.s.GetResourceShareAssociations(x.owner, RAMAssociationQuery{Type: typ, Status: status, Page: PageRequest{Limit: 100}})
	require.NoError(t, err)
	entities := []string{}
	for _, a := range list {
		entities = append(entities, a.Entity)
	}
	return entities
}

func (x *ramIndexScenario) create(t *testing.T, name string, resources []string, principals ...string) string {
	t.Helper()
	out, err := x.s.CreateResourceShare(x.owner, RAMCreateInput{Name: name, ResourceARNs: resources, Principals: principals})
	require.NoError(t, err)
	x.settle(t)
	return out.Share.ARN
}

func name(s string) *string { return &s }

// TestRAMIndexRename: a renamed share leaves the name index of its owner
// and of its recipients.
func TestRAMIndexRename(t *testing.T) {
	x := newRAMIndexScenario(t)
	tgw := "arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-1"
	arn := x.create(t, "old", []string{tgw}, x.member.Account)
	x.create(t, "other", nil, x.member.Account)
	_, err := x.s.UpdateResourceShare(x.owner, RAMUpdateInput{ARN: arn, Name: name("new")})
	require.NoError(t, err)
	require.NoError(t, x.s.RAMCheck())
	for _, other := range []bool{false, true} {
		c := x.owner
		if other {
			c = x.member
		}
		assert.Empty(t, x.shares(t, c, RAMShareQuery{OtherAccounts: other, Name: name("old")}), "other=%v", other)
		assert.Equal(t, []string{"new"}, x.shares(t, c, RAMShareQuery{OtherAccounts: other, Name: name("new")}), "other=%v", other)
		assert.Equal(t, []string{"new", "other"}, x.shares(t, c, RAMShareQuery{OtherAccounts: other}), "other=%v", other)
	}
}

// TestRAMIndexDeleteThenPurge: a deleted share moves from ACTIVE to
// DELETING to DELETED in its owner's listing by status, leaves its
// recipients' indexes at once, and every index when purged.
func TestRAMIndexDeleteThenPurge(t *testing.T) {
	x := newRAMIndexScenario(t)
	tgw := "arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-1"
	perm := ramPermissionARNPrefix + "AWSRAMDefaultPermissionTransitGateway"
	arn := x.create(t, "s", []string{tgw}, x.member.Account)
	x.create(t, "kept", nil, x.member.Account)
	byStatus := func(s RAMShareStatus) []string { return x.shares(t, x.owner, RAMShareQuery{Status: s}) }
	assert.Equal(t, []string{"s", "kept"}, byStatus(RAMShareActive))
	assert.Equal(t, []string{tgw}, x.resources(t, x.member, RAMResourceQuery{OtherAccounts: true, ResourceType: "ec2:TransitGateway"}))

	_, err := x.s.DeleteResourceShare(x.owner, arn, RAMIdempotency{})
	require.NoError(t, err)
	require.NoError(t, x.s.RAMCheck())
	assert.Equal(t, []string{"kept"}, byStatus(RAMShareActive))
	assert.Equal(t, []string{"s"}, byStatus(RAMShareDeleting))
	assert.Empty(t, byStatus(RAMShareDeleted))
	assert.Equal(t, []string{"s"}, x.shares(t, x.owner, RAMShareQuery{PermissionARN: perm}), "a deleted share keeps its permission")
	assert.Equal(t, []string{x.member.Account}, x.associations(t, RAMPrincipalAssociation, RAMDisassociating))
	assert.Empty(t, x.resources(t, x.owner, RAMResourceQuery{ResourceType: "ec2:TransitGateway"}))
	for _, q := range []RAMShareQuery{{OtherAccounts: true, Name: name("s")}, {OtherAccounts: true, PermissionARN: perm}} {
		assert.Empty(t, x.shares(t, x.member, q), "the recipient no longer sees it: %+v", q)
	}
	assert.Empty(t, x.resources(t, x.member, RAMResourceQuery{OtherAccounts: true, ResourceType: "ec2:TransitGateway"}))
	assert.Empty(t, x.resources(t, x.member, RAMResourceQuery{OtherAccounts: true, Principal: x.owner.Account}))

	x.settle(t)
	assert.Empty(t, byStatus(RAMShareDeleting))
	assert.Equal(t, []string{"s"}, byStatus(RAMShareDeleted))
	assert.Equal(t, []string{x.member.Account}, x.associations(t, RAMPrincipalAssociation, RAMDisassociated))
	assert.Equal(t, []string{tgw}, x.associations(t, RAMResourceAssociation, RAMDisassociated))

	x.clk.Advance(x.s.opts.RAM.DeletedShareRetention)
	x.settle(t)
	assert.Empty(t, byStatus(RAMShareDeleted))
	assert.Equal(t, []string{"kept"}, x.shares(t, x.owner, RAMShareQuery{}))
	assert.Empty(t, x.shares(t, x.owner, RAMShareQuery{Name: name("s")}))
	assert.Empty(t, x.shares(t, x.owner, RAMShareQuery{PermissionARN: perm}))
	assert.Empty(t, x.associations(t, RAMPrincipalAssociation, RAMDisassociated))
	assert.Empty(t, x.associations(t, RAMResourceAssociation, RAMDisassociated))
	own := x.s.ram.owned[regionKey(ramIndexRegion, x.owner.Account)]
	for family, ix := range own.families() {
		for v, m := range ix {
			m.All(func(sh *ramShare) bool {
				assert.NotEqual(t, arn, sh.arn, "the purged share is still indexed under %s %q", family, v)
				return true
			})
		}
	}
}

// TestRAMIndexFailedThenFixed: a resource that fails is listed as FAILED
// and not by its type; associated again once it exists, its FAILED record
// goes and the share is listed by type, for the owner and the recipient.
func TestRAMIndexFailedThenFixed(t *testing.T) {
	x := newRAMIndexScenario(t)
	tgw := "arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-1"
	mesh := "arn:aws:appmesh:us-east-1:111111111111:mesh/m"
	x.missing[mesh] = true
	arn := x.create(t, "s", []string{tgw, mesh}, x.member.Account)
	assert.Equal(t, []string{mesh}, x.associations(t, RAMResourceAssociation, RAMFailed))
	assert.Equal(t, []string{tgw}, x.associations(t, RAMResourceAssociation, RAMAssociated))
	for _, c := range []Caller{x.owner, x.member} {
		q := RAMResourceQuery{OtherAccounts: c == x.member, ResourceType: "appmesh:Mesh"}
		assert.Empty(t, x.resources(t, c, q), "a failed resource is not listed by its type")
		q.ResourceType = "ec2:TransitGateway"
		assert.Equal(t, []string{tgw}, x.resources(t, c, q))
	}

	delete(x.missing, mesh)
	_, err := x.s.AssociateResourceShare(x.owner, RAMAssociateInput{ARN: arn, ResourceARNs: []string{mesh}})
	require.NoError(t, err)
	require.NoError(t, x.s.RAMCheck())
	assert.Empty(t, x.associations(t, RAMResourceAssociation, RAMFailed), "the FAILED record was replaced")
	assert.Equal(t, []string{mesh}, x.associations(t, RAMResourceAssociation, RAMAssociating))
	x.settle(t)
	assert.Empty(t, x.associations(t, RAMResourceAssociation, RAMAssociating))
	for _, c := range []Caller{x.owner, x.member} {
		q := RAMResourceQuery{OtherAccounts: c == x.member, ResourceType: "appmesh:Mesh"}
		assert.Equal(t, []string{mesh}, x.resources(t, c, q))
		assert.Equal(t, []string{mesh}, x.resources(t, c, RAMResourceQuery{OtherAccounts: c == x.member, ResourceARNs: []string{mesh}}))
	}

	// Disassociated, the resource leaves the type index; the share keeps
	// its other type.
	_, err = x.s.DisassociateResourceShare(x.owner, RAMAssociateInput{ARN: arn, ResourceARNs: []string{mesh}})
	require.NoError(t, err)
	x.settle(t)
	for _, c := range []Caller{x.owner, x.member} {
		assert.Empty(t, x.resources(t, c, RAMResourceQuery{OtherAccounts: c == x.member, ResourceType: "appmesh:Mesh"}))
		assert.Equal(t, []string{tgw}, x.resources(t, c, RAMResourceQuery{OtherAccounts: c == x.member, ResourceType: "ec2:TransitGateway"}))
	}
}

// TestRAMIndexRecipientJoinsAndLeaves: an invited recipient's indexes hold a
// share from the moment it accepts until it leaves, and follow the share's
// permission.
func TestRAMIndexRecipientJoinsAndLeaves(t *testing.T) {
	x := newRAMIndexScenario(t)
	project := "arn:aws:codebuild:us-east-1:111111111111:project/p"
	arn := x.create(t, "s", []string{project}, x.outsider.Account)
	other := RAMShareQuery{OtherAccounts: true, Name: name("s")}
	byOwner := RAMResourceQuery{OtherAccounts: true, Principal: x.owner.Account, ResourceType: "codebuild:Project"}
	assert.Empty(t, x.shares(t, x.outsider, other), "not before the invitation is accepted")
	assert.Equal(t, []string{x.outsider.Account}, x.associations(t, RAMPrincipalAssociation, RAMAssociating))

	invs, _, err := x.s.GetResourceShareInvitations(x.outsider, RAMInvitationQuery{ShareARNs: []string{arn}, Page: PageRequest{Limit: 10}})
	require.NoError(t, err)
	require.Len(t, invs, 1)
	_, err = x.s.AcceptResourceShareInvitation(x.outsider, invs[0].ARN, RAMIdempotency{})
	require.NoError(t, err)
	x.settle(t)
	assert.Empty(t, x.associations(t, RAMPrincipalAssociation, RAMAssociating))
	assert.Equal(t, []string{"s"}, x.shares(t, x.outsider, other))
	assert.Equal(t, []string{project}, x.resources(t, x.outsider, byOwner))

	// A customer-managed permission replaces the default one, for both views.
	cmp, err := x.s.CreateRAMPermission(x.owner, RAMCreatePermissionInput{Name: "P", ResourceType: "codebuild:Project",
		Template: `{"Action":"codebuild:BatchGetProjects"}`})
	require.NoError(t, err)
	dflt := ramPermissionARNPrefix + "AWSRAMDefaultPermissionCodeBuildProject"
	for _, c := range []Caller{x.owner, x.outsider} {
		assert.Equal(t, []string{"s"}, x.shares(t, c, RAMShareQuery{OtherAccounts: c == x.outsider, PermissionARN: dflt}))
	}
	_, err = x.s.AssociateResourceSharePermission(x.owner, RAMSharePermissionInput{ShareARN: arn, PermissionARN: cmp.Permission.ARN, Replace: true})
	require.NoError(t, err)
	require.NoError(t, x.s.RAMCheck())
	for _, c := range []Caller{x.owner, x.outsider} {
		o := c == x.outsider
		assert.Empty(t, x.shares(t, c, RAMShareQuery{OtherAccounts: o, PermissionARN: dflt}), "other=%v", o)
		assert.Equal(t, []string{"s"}, x.shares(t, c, RAMShareQuery{OtherAccounts: o, PermissionARN: cmp.Permission.ARN}), "other=%v", o)
	}

	_, err = x.s.DisassociateResourceShare(x.outsider, RAMAssociateInput{ARN: arn, Principals: []string{x.outsider.Account}})
	require.NoError(t, err)
	x.settle(t)
	assert.Empty(t, x.shares(t, x.outsider, other), "left")
	assert.Empty(t, x.resources(t, x.outsider, byOwner))
	assert.Equal(t, []string{x.outsider.Account}, x.associations(t, RAMPrincipalAssociation, RAMDisassociated))
}

// TestRAMIndexSources: source associations are listed by ID and type from
// the source index, removed ones included, until the share is purged.
func TestRAMIndexSources(t *testing.T) {
	x := newRAMIndexScenario(t)
	out, err := x.s.CreateResourceShare(x.owner, RAMCreateInput{Name: "svc", Principals: []string{"elasticmapreduce.amazonaws.com"},
		Sources: []string{"444444444444"}})
	require.NoError(t, err)
	x.create(t, "plain", nil, x.member.Account)
	sources := func(q RAMSourceQuery) []string {
		q.Page.Limit = 100
		list, _, err := x.s.ListSourceAssociations(x.owner, q)
		require.NoError(t, err)
		ids := []string{}
		for _, s := range list {
			ids = append(ids, s.SourceID+" "+string(s.Status))
		}
		return ids
	}
	_, err = x.s.AssociateResourceShare(x.owner, RAMAssociateInput{ARN: out.Share.ARN, Sources: []string{"arn:aws:ec2:us-east-1:444444444444:instance/i-1"}})
	require.NoError(t, err)
	x.settle(t)
	assert.Equal(t, []string{"444444444444 ASSOCIATED", "arn:aws:ec2:us-east-1:444444444444:instance/i-1 ASSOCIATED"}, sources(RAMSourceQuery{}))
	assert.Equal(t, []string{"arn:aws:ec2:us-east-1:444444444444:instance/i-1 ASSOCIATED"}, sources(RAMSourceQuery{SourceType: "ARN"}))
	assert.Empty(t, sources(RAMSourceQuery{SourceID: "555555555555"}))

	_, err = x.s.DeleteResourceShare(x.owner, out.Share.ARN, RAMIdempotency{})
	require.NoError(t, err)
	x.settle(t)
	assert.Equal(t, []string{"444444444444 DISASSOCIATED"}, sources(RAMSourceQuery{SourceID: "444444444444"}))
	x.clk.Advance(x.s.opts.RAM.DeletedShareRetention)
	x.settle(t)
	assert.Empty(t, sources(RAMSourceQuery{}))
	assert.Empty(t, x.s.ram.owned[regionKey(ramIndexRegion, x.owner.Account)].bySource)
}
