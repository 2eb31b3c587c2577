package ram_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/proptest"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// TestRandomOperations drives random sequences of RAM calls through the
// in-process facade, for several seeds, and checks the project's standard
// for bad input (ram.md A0, C.12, C.16) around every call:
//
//   - no call panics;
//   - a call that fails returns an AWS exception that its operation models
//     (never ServerInternalException) and changes nothing: everything every
//     account can observe in both regions through the read operations
//     (shares from both sides, associations, invitations, resources,
//     principals, policies, permissions and their versions and uses,
//     sources, replacement work, tags) reads the same after the call;
//   - a read changes nothing either, even when it succeeds;
//   - a call does not change its input;
//   - a client token reused with the same input within the idempotency
//     window replays the first answer and changes nothing; reused with
//     another input, the call fails, with the idempotency error unless a
//     required member is missing; a failed call does not take its token;
//   - a twin world that is given only the calls that succeed, and no reads,
//     answers each of them as the world does and reads the same: failed
//     calls and reads leave no trace even where no listing looks (a
//     remembered client token, an expiry, a quota counter, an identifier);
//   - the store's invariants (share.Store.RAMCheck) hold after every call,
//     clock advance and organization change;
//   - a listing that an account walks a page at a time, with maxResults of
//     1 to 3 and steps in between, returns no item twice and skips no item
//     it listed throughout (ram.md §C.13): an item moves only where its
//     sort key changes, an association created anew (A7). The listing's
//     next tokens keep working while shares are deleted and purged,
//     invitations expire, the organization changes and the clock moves,
//     unless the listing's subject (a pending invitation, a share, a
//     permission, a shared resource) is gone. Every paginated listing with
//     a stable order is walked, from both sides where it has two.
//
// The world is an organization (a management account, a member under the
// root, a member in an OU), an external account and an account that only
// receives, in two regions, on a fake clock with seeded identifiers.
// Organization sharing, the propagation delay, the idempotency window,
// strict-resource mode, a resource resolver and small quotas vary with the
// seed. Each call draws its share of bad values, so that some calls are
// valid throughout and reach the business rules while others pile up
// mistakes; the values come from small pools: known, foreign, other-region,
// unknown and malformed ARNs, every kind of principal, reserved and
// oversized tags, reused client tokens, nil and empty lists, out-of-range
// maxResults, forged and foreign next tokens. The clock moves by seconds to
// days, so that associations settle, invitations expire, tokens are
// forgotten and deleted shares are purged; the organization changes under
// the shares; resource services plant shares created from policies.
//
// A failure names the seed, the step and the call as a Go literal, with the
// steps before it; go test -run 'TestRandomOperations/seeds/seed=N$' replays it.
// SHARESIM_PROPERTY_SEEDS and SHARESIM_PROPERTY_STEPS set the number of
// seeds and steps (20 and 400; 150 steps under the race detector, as every
// step reads the whole world; see proptest.Size), the pages of the walks
// coming on top; with -v the test logs the (operation, outcome) pairs the
// runs reached, and how the walks went.
func TestRandomOperations(t *testing.T) {
	// Every step reads the whole world, about 120 listings: under the
	// race detector the runs are the same, cut short.
	steps := 400
	if proptest.Race() {
		steps = 150
	}
	proptest.Run(t, 20, steps, func(t *testing.T, seed uint64, steps int, stats *proptest.Tally) {
		w := newPropWorld(t, seed, stats)
		for w.step = 0; w.step < steps; w.step++ {
			w.doStep()
			if w.step%25 == 24 || w.step == steps-1 {
				w.compareTwin()
			}
		}
	})
}

// The accounts of the world. propStranger makes no call but as a
// recipient (accepting, rejecting, leaving), so it owns nothing.
const (
	propMgmt     = "111111111111"
	propMember   = "222222222222" // under the root
	propOUMember = "333333333333" // in the OU
	propExternal = "444444444444" // in no organization
	propStranger = "555555555555" // in no organization
	propRegion2  = "eu-west-1"
	propRegion   = "us-east-1"
	propPage     = 25 // the page size of the snapshot's listings
)

var (
	propAccounts = []string{propMgmt, propMember, propOUMember, propExternal, propStranger}
	propRegions  = []string{propRegion, propRegion2}
	propCtx      = context.Background()
)

// propPool is a set of strings in the order they were first seen.
type propPool struct {
	list []string
	seen map[string]bool
}

func (p *propPool) add(v string) {
	if v == "" || p.seen[v] {
		return
	}
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	p.seen[v] = true
	p.list = append(p.list, v)
}

func (p *propPool) pick(r *proptest.Rand) string {
	if len(p.list) == 0 {
		return ""
	}
	return p.list[r.IntN(len(p.list))]
}

// propCall is one facade call: who makes it, its input, and how to make it.
type propCall struct {
	op, account, region string
	in                  any // the input pointer, possibly nil
	read                bool
	do                  func(c *ram.Client) (any, error)
}

// propTokenKey identifies a client token as the store remembers it.
type propTokenKey struct{ account, region, op, token string }

type propTokenRec struct {
	at      time.Time
	fp, out string
	call    *propCall
}

// propSide is one world: a store, its clock and its clients.
type propSide struct {
	store   *share.Store
	clk     *clock.Fake
	clients map[[2]string]*ram.Client
}

func newPropSide(o share.Options, seed uint64) *propSide {
	clk := clock.NewFake(sharetest.Start)
	o.Clock, o.IDs = clk, share.SeededIDs(seed)
	return &propSide{store: share.NewStore(&o), clk: clk, clients: map[[2]string]*ram.Client{}}
}

func (s *propSide) client(account, region string) *ram.Client {
	k := [2]string{account, region}
	c := s.clients[k]
	if c == nil {
		c = ram.New(s.store, account, region)
		s.clients[k] = c
	}
	return c
}

type propWorld struct {
	t     *testing.T
	seed  uint64
	step  int
	r     *proptest.Rand
	walks *proptest.Rand // the walks' draws
	stats *proptest.Tally

	// main is the world the calls go to; twin is the same world given
	// only the calls that succeed in main, and no reads. If failed calls
	// and reads change nothing, not even what no listing shows (a
	// remembered client token, an expiry, a counter), the twin answers
	// every call as main does and reads the same.
	main, twin *propSide
	store      *share.Store // main's
	clk        *clock.Fake  // main's

	orgID, rootID, ouID string
	ouMemberInOU        bool // propOUMember sits in the OU, not the root
	memberIn            bool // propMember is in the organization
	externalIn          bool // propExternal is in the organization

	// Pools of identifiers seen so far, from snapshots and outputs.
	shares, invitations, perms, policyPerms, policyShares, works, nextTokens propPool
	receiver                                                                 map[string]string   // invitation ARN -> receiver
	permType                                                                 map[string]string   // permission ARN -> resource type
	templatesOf                                                              map[string][]string // resource type -> valid templates

	// What the last snapshot showed, for drawing valid inputs.
	live                  []string            // ACTIVE shares
	pending               []string            // PENDING invitations
	received              [][3]string         // (account, region, share) for shares others share with account
	resources, principals map[string][]string // share ARN -> associated entities
	sharedRes             map[string][]string // account/region -> resources it shares
	cmps                  []string            // customer-managed permissions
	permVersions          map[string][]int    // permission ARN -> versions
	sharePerms            map[string][]string // share ARN -> attached permissions

	noise   int // the percentage of bad values in the call being drawn
	tokens  map[propTokenKey]propTokenRec
	replays []propTokenKey // keys of calls that a replay may repeat
	history []string
	cur     *propSnap     // the state as of the last snapshot
	dirty   bool          // the state may have changed since cur
	walkers []*propWalker // the listings being walked
	window  time.Duration
}

func newPropWorld(t *testing.T, seed uint64, stats *proptest.Tally) *propWorld {
	r := proptest.NewRand(seed)
	w := &propWorld{t: t, seed: seed, step: -1, r: r, walks: proptest.NewRand(^seed), stats: stats,
		receiver: map[string]string{}, tokens: map[propTokenKey]propTokenRec{}, permType: map[string]string{},
		templatesOf: map[string][]string{}}
	for _, p := range propAWSPermissions {
		w.permType[p[0]] = p[1]
	}
	for typ, ts := range propTemplates {
		w.templatesOf[typ] = slices.Clone(ts)
	}
	w.templatesOf["ec2:TransitGateway"] = []string{`{"Action":"ec2:AcceptTransitGatewayVpcAttachment"}`}
	w.templatesOf["appmesh:Mesh"] = []string{`{"Action":"appmesh:DescribeMesh"}`}
	var o share.Options
	// Some seeds run with a propagation delay, so that associations are
	// seen ASSOCIATING and disassociations meet M10; with one as long as
	// the deleted-share retention, or as an invitation's life, transitions
	// fall due together.
	o.PropagationDelay = []time.Duration{0, 0, 0, 0, 30 * time.Second, 10 * time.Minute, 2 * time.Hour, 13 * time.Hour}[r.IntN(8)]
	// Small quotas, so that calls reach them.
	o.RAM = share.RAMOptions{
		MaxSharesPerRegion:                     6 + r.IntN(20),
		MaxResourceAssociationsPerShare:        3 + r.IntN(5),
		MaxPrincipalAssociationsPerShare:       3 + r.IntN(5),
		MaxResourceAssociationsPerRegion:       10 + r.IntN(30),
		MaxPrincipalAssociationsPerRegion:      10 + r.IntN(30),
		MaxPendingInvitationsPerSharingAccount: 2 + r.IntN(6),
		MaxResourcesPerCall:                    2 + r.IntN(3),
		MaxTagsPerResource:                     3 + r.IntN(10),
		MaxCustomerManagedPermissions:          2 + r.IntN(5),
		MaxCustomerManagedPermissionsPerType:   1 + r.IntN(3),
		MaxPermissionVersions:                  2 + r.IntN(4),
		// A type that recipients cannot leave.
		ResourceTypes: []share.RAMResourceType{{Type: "test:Widget", Service: "test", Token: "widget", IAM: true,
			CustomerPermissions: true, NoLeave: true, DefaultPermission: "AWSRAMDefaultPermissionTestWidget"}},
	}
	if r.IntN(4) == 0 {
		o.RAM.StrictResources = true
	} else if r.IntN(3) == 0 {
		// A resolver that knows no resource numbered 3.
		o.RAM.Resolver = share.RAMResolverFunc(func(res share.RAMResource) (string, bool) {
			return propARNAccount(res.ARN), !strings.HasSuffix(res.ARN, "3")
		})
	}
	// A short idempotency window in some seeds, so that tokens are
	// forgotten and reused.
	o.IdempotencyWindow = []time.Duration{24 * time.Hour, 24 * time.Hour, time.Hour, 10 * time.Minute}[r.IntN(4)]
	w.window = o.IdempotencyWindow
	w.main, w.twin = newPropSide(o, seed), newPropSide(o, seed)
	w.store, w.clk = w.main.store, w.main.clk

	// The organization: all features in most seeds; RAM sharing enabled in
	// some.
	fs := share.FeatureSetAll
	if r.IntN(6) == 0 {
		fs = share.FeatureSetConsolidatedBilling
	}
	enable := fs == share.FeatureSetAll && r.IntN(2) == 0
	w.orgID, w.rootID, w.ouID = w.setUp(w.main, fs, enable)
	if org, root, ou := w.setUp(w.twin, fs, enable); org != w.orgID || root != w.rootID || ou != w.ouID {
		t.Fatalf("seed %d: two worlds built alike have different organizations: %s %s %s and %s %s %s",
			seed, w.orgID, w.rootID, w.ouID, org, root, ou)
	}
	w.memberIn, w.ouMemberInOU = true, true

	// The templates of a few AWS-managed permissions, so that seeded
	// CREATED_FROM_POLICY shares can be promoted.
	for _, p := range propAWSPermissions {
		if p[1] == "ec2:TransitGateway" || p[1] == "appmesh:Mesh" || p[1] == "codebuild:Project" || p[1] == "test:Widget" {
			out, err := w.main.client(propMgmt, propRegion).GetPermission(propCtx, &ram.GetPermissionInput{PermissionArn: ptr(p[0])})
			w.must("GetPermission", err)
			w.templatesOf[p[1]] = append(w.templatesOf[p[1]], *out.Permission.Permission)
		}
	}
	w.seedPolicyShare()
	w.seedPolicyShare()
	w.dirty = true
	return w
}

func (w *propWorld) must(what string, err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatalf("seed %d: setting up: %s: %v", w.seed, what, err)
	}
}

// setUp registers resources in strict-resource mode and builds the
// organization: a management account, a member under the root, a member in
// an OU.
func (w *propWorld) setUp(side *propSide, fs share.FeatureSet, enable bool) (orgID, rootID, ouID string) {
	st := side.store
	if st.Options().RAM.StrictResources {
		// Register half of the resources the generator draws.
		var arns []string
		for _, a := range propAccounts {
			for _, reg := range propRegions {
				for i, mk := range propResourceKinds {
					if i%2 == 0 {
						arns = append(arns, mk(reg, a, "1"))
					}
				}
			}
		}
		w.must("RegisterRAMResources", st.RegisterRAMResources(arns...))
	}
	org, err := st.CreateOrganization(propMgmt, fs)
	w.must("CreateOrganization", err)
	roots, _, err := st.ListRoots(propMgmt, share.PageRequest{Limit: 1})
	w.must("ListRoots", err)
	ou, err := st.CreateOrganizationalUnit(propMgmt, roots[0].ID, "ou")
	w.must("CreateOrganizationalUnit", err)
	_, err = st.AdmitAccount(propMgmt, propMember)
	w.must("AdmitAccount", err)
	m, err := st.AdmitAccount(propMgmt, propOUMember)
	w.must("AdmitAccount", err)
	w.must("MoveAccount", st.MoveAccount(propMgmt, propOUMember, m.ParentID, ou.ID))
	if enable {
		w.must("EnableServiceAccess", st.EnableServiceAccess(propMgmt, share.RAMServicePrincipal))
	}
	return org.ID, roots[0].ID, ou.ID
}

// ---- steps ----

// propActions are the steps a world takes, with their weights.
var propActions proptest.Choices[func(w *propWorld)]

func init() {
	// call draws the call's noise level, then the call.
	call := func(g func(w *propWorld) *propCall) func(w *propWorld) {
		return func(w *propWorld) {
			w.noise = proptest.Pick(w.r, 0, 0, 0, 0, 10, 10, 10, 30, 30, 60)
			w.run(g(w))
		}
	}
	propActions = proptest.Choices[func(w *propWorld)]{
		{10, call(genCreateResourceShare)},
		{4, call(genUpdateResourceShare)},
		{4, call(genDeleteResourceShare)},
		{9, call(genAssociateResourceShare)},
		{6, call(genDisassociateResourceShare)},
		{6, call(genAcceptInvitation)},
		{3, call(genRejectInvitation)},
		{2, call(genEnableSharing)},
		{4, call(genTagResource)},
		{3, call(genUntagResource)},
		{4, call(genAssociatePermission)},
		{3, call(genDisassociatePermission)},
		{4, call(genCreatePermission)},
		{3, call(genCreatePermissionVersion)},
		{2, call(genDeletePermission)},
		{2, call(genDeletePermissionVersion)},
		{2, call(genSetDefaultPermissionVersion)},
		{3, call(genReplacePermissionAssociations)},
		{2, call(genPromotePermission)},
		{2, call(genPromoteShare)},
		{1, call(genGetResourceShares)},
		{1, call(genGetResourceShareAssociations)},
		{1, call(genGetResourceShareInvitations)},
		{1, call(genListPrincipals)},
		{1, call(genListResources)},
		{1, call(genGetResourcePolicies)},
		{1, call(genListResourceSharePermissions)},
		{1, call(genListPermissions)},
		{1, call(genGetPermission)},
		{1, call(genListPermissionVersions)},
		{1, call(genListPermissionAssociations)},
		{1, call(genListReplaceWork)},
		{1, call(genListResourceTypes)},
		{1, call(genListPendingInvitationResources)},
		{1, call(genListSourceAssociations)},
		{4, (*propWorld).replay},
		{5, (*propWorld).advance},
		{3, (*propWorld).orgEvent},
		{1, func(w *propWorld) { w.seedPolicyShare() }},
	}
}

// doStep takes a step, and now and then the next page of a listing being
// walked. The walks draw from a source of their own, change nothing, and
// come only where the last snapshot is of the world as it is, which they
// read again: the draws of the steps, which come from the last snapshot,
// are those of a run without walks.
func (w *propWorld) doStep() {
	propActions.Draw(w.r)(w)
	if !w.dirty && w.walks.Chance(40) {
		w.walk()
	}
}

// note appends to the history the failure message shows.
func (w *propWorld) note(format string, args ...any) {
	at := "setup: "
	if w.step >= 0 {
		at = fmt.Sprintf("step %d: ", w.step)
	}
	w.history = append(w.history, at+fmt.Sprintf(format, args...))
	if len(w.history) > 16 {
		w.history = w.history[1:]
	}
}

func (w *propWorld) fail(format string, args ...any) {
	w.t.Helper()
	w.t.Fatalf("seed %d, step %d: %s\n\nlast steps, oldest first:\n  %s\n\nreproduce with: go test ./ram -run '^%s$'",
		w.seed, w.step, fmt.Sprintf(format, args...), strings.Join(w.history, "\n  "), w.t.Name())
}

func (w *propWorld) checkInvariants(after string) {
	w.t.Helper()
	if err := w.store.RAMCheck(); err != nil {
		w.fail("store invariants broken after %s: %v", after, err)
	}
}

// advance moves the clock by seconds to days.
func (w *propWorld) advance() {
	d := []time.Duration{time.Second, time.Minute, 10 * time.Minute, time.Hour, 2*time.Hour + time.Minute,
		12*time.Hour + time.Second, 25 * time.Hour, 7*24*time.Hour + time.Hour, 8 * 24 * time.Hour}[w.r.IntN(9)]
	w.main.clk.Advance(d)
	w.twin.clk.Advance(d)
	w.store.Settle()
	w.note("clock advances %v to %s", d, w.clk.Now().Format(time.RFC3339))
	w.dirty = true
	w.checkInvariants("the clock advanced")
}

// orgEvent changes the organization as its accounts would: the OU member
// moves between the OU and the root, the member is removed or leaves and
// comes back, the external account joins and is removed, RAM's trusted
// access is turned off and on.
func (w *propWorld) orgEvent() {
	var what string
	var do func(st *share.Store) error
	var flip *bool // the fact the event turns over if it succeeds
	if w.r.Chance(8) {
		w.rebuildOrg()
		return
	}
	switch w.r.IntN(4) {
	case 0:
		from, to := w.ouID, w.rootID
		if !w.ouMemberInOU {
			from, to = to, from
		}
		what, flip = "MoveAccount "+propOUMember+" to "+to, &w.ouMemberInOU
		do = func(st *share.Store) error { return st.MoveAccount(propMgmt, propOUMember, from, to) }
	case 1:
		flip = &w.memberIn
		switch {
		case w.memberIn && w.r.Chance(50):
			what = "RemoveAccount " + propMember
			do = func(st *share.Store) error { return st.RemoveAccount(propMgmt, propMember) }
		case w.memberIn:
			what = "LeaveOrganization as " + propMember
			do = func(st *share.Store) error { return st.LeaveOrganization(propMember) }
		default:
			what = "AdmitAccount " + propMember
			do = func(st *share.Store) error { _, err := st.AdmitAccount(propMgmt, propMember); return err }
		}
	case 2:
		flip = &w.externalIn
		if w.externalIn {
			what = "RemoveAccount " + propExternal
			do = func(st *share.Store) error { return st.RemoveAccount(propMgmt, propExternal) }
		} else {
			what = "AdmitAccount " + propExternal
			do = func(st *share.Store) error { _, err := st.AdmitAccount(propMgmt, propExternal); return err }
		}
	case 3:
		list, _, _ := w.store.ListServiceAccess(propMgmt, share.PageRequest{Limit: 100})
		if slices.ContainsFunc(list, func(s share.ServiceAccess) bool { return s.Principal == share.RAMServicePrincipal }) {
			what = "DisableServiceAccess " + share.RAMServicePrincipal
			do = func(st *share.Store) error { return st.DisableServiceAccess(propMgmt, share.RAMServicePrincipal) }
		} else {
			what = "EnableServiceAccess " + share.RAMServicePrincipal
			do = func(st *share.Store) error { return st.EnableServiceAccess(propMgmt, share.RAMServicePrincipal) }
		}
	}
	err := do(w.main.store)
	w.note("organizations: %s -> %v", what, err)
	w.stats.Add("(organizations)", strings.Fields(what)[0]+" "+propOutcome(err))
	if err2 := do(w.twin.store); fmt.Sprint(err) != fmt.Sprint(err2) {
		w.fail("organizations: %s: the twin world answers %v", what, err2)
	}
	if err == nil && flip != nil {
		*flip = !*flip
	}
	w.dirty = true
	w.store.Settle()
	w.checkInvariants("organizations: " + what)
}

// rebuildOrg deletes the organization, after removing its members, and
// builds a new one, with sharing enabled or not: the shares that named the
// old one keep principals that no longer exist.
func (w *propWorld) rebuildOrg() {
	enable := w.r.Chance(50)
	rebuild := func(side *propSide) (org, root, ou string, err error) {
		st := side.store
		for _, a := range []string{propMember, propOUMember, propExternal} {
			_ = st.RemoveAccount(propMgmt, a) // it may not be a member
		}
		if err := st.DeleteOrganization(propMgmt); err != nil {
			return "", "", "", err
		}
		org, root, ou = w.setUp(side, share.FeatureSetAll, enable)
		return org, root, ou, nil
	}
	org, root, ou, err := rebuild(w.main)
	w.stats.Add("(organizations)", "DeleteOrganization, CreateOrganization "+propOutcome(err))
	w.note("organizations: DeleteOrganization, then a new one %s (RAM sharing enabled: %v) -> %v", org, enable, err)
	org2, root2, ou2, err2 := rebuild(w.twin)
	if org2 != org || root2 != root || ou2 != ou || fmt.Sprint(err) != fmt.Sprint(err2) {
		w.fail("organizations: the twin world rebuilds %s %s %s %v", org2, root2, ou2, err2)
	}
	if err == nil {
		w.orgID, w.rootID, w.ouID = org, root, ou
		w.memberIn, w.ouMemberInOU, w.externalIn = true, true, false
	}
	w.dirty = true
	w.store.Settle()
	w.checkInvariants("organizations: a new organization")
}

// seedPolicyShare plants a CREATED_FROM_POLICY share, as a resource service
// would; a failed seed must change nothing either.
func (w *propWorld) seedPolicyShare() {
	w.noise = proptest.Pick(w.r, 0, 0, 20)
	account, region := w.caller(), w.region()
	// Resources of one type, with a template for that type.
	kind := proptest.Pick(w.r, 0, 1, 3, 7) // an index of propResourceKinds
	typ := map[int]string{0: "ec2:TransitGateway", 1: "appmesh:Mesh", 3: "codebuild:Project", 7: "test:Widget"}[kind]
	resources := []string{propResourceKinds[kind](region, account, w.id())}
	if w.bad() {
		resources = w.resourceList(account, region)
	}
	in := share.RAMPolicyShareInput{Name: "policy", ResourceARNs: resources, Principals: w.principalList(account), Template: w.template(typ)}
	before := w.snapshotNow()
	arn, perms, err := w.store.SeedRAMShareCreatedFromPolicy(share.Caller{Account: account, Region: region}, in)
	w.note("SeedRAMShareCreatedFromPolicy as %s in %s: %s -> %v", account, region, propLiteral(reflect.ValueOf(in)), err)
	w.checkInvariants("SeedRAMShareCreatedFromPolicy")
	if err != nil {
		w.expectUnchanged(before, "SeedRAMShareCreatedFromPolicy failed with "+err.Error())
		return
	}
	arn2, perms2, err := w.twin.store.SeedRAMShareCreatedFromPolicy(share.Caller{Account: account, Region: region}, in)
	if arn2 != arn || !slices.Equal(perms, perms2) || err != nil {
		w.fail("SeedRAMShareCreatedFromPolicy: the twin world answers %s %v %v", arn2, perms2, err)
	}
	w.shares.add(arn)
	w.policyShares.add(arn)
	for _, p := range perms {
		w.policyPerms.add(p)
		w.permType[p] = typ
	}
	w.dirty = true
}

// replay repeats, with its client token, a call that succeeded.
func (w *propWorld) replay() {
	if len(w.replays) == 0 {
		w.advance()
		return
	}
	k := w.replays[w.r.IntN(len(w.replays))]
	rec, ok := w.tokens[k]
	if !ok {
		w.advance()
		return
	}
	w.run(rec.call)
}

// run makes one call and checks it.
func (w *propWorld) run(c *propCall) {
	w.t.Helper()
	before := w.snapshotNow()
	desc := fmt.Sprintf("%s as %s in %s: %s", c.op, c.account, c.region, propInputLiteral(c.in))
	fpBefore := share.Fingerprint(c.in)

	// What the client token says should happen.
	var key propTokenKey
	var rec propTokenRec
	live, replay := false, false
	fp := ""
	if tok := propToken(c.in); tok != nil && *tok != "" && utf8.RuneCountInString(*tok) <= 64 {
		key = propTokenKey{c.account, c.region, c.op, *tok}
		fp = propFingerprintWithoutToken(c.in)
		rec, live = w.tokens[key]
		live = live && w.clk.Now().Before(rec.at.Add(w.window))
		replay = live && rec.fp == fp
	}

	out, err, panicked := proptest.Call(func() (any, error) { return c.do(w.main.client(c.account, c.region)) })
	outcome := "ok"
	if err != nil {
		outcome = propCode(err)
	}
	w.stats.Add(c.op, outcome)
	w.note("%s -> %s", desc, propErrText(err))
	if panicked != "" {
		w.fail("%s panicked: %s", desc, panicked)
	}
	if share.Fingerprint(c.in) != fpBefore {
		w.fail("%s changed its input: %s", desc, propInputLiteral(c.in))
	}
	w.checkInvariants(c.op)

	switch {
	case err != nil:
		if problem := propModeledProblem(c.op, err); problem != "" {
			w.fail("%s: %s: %v (%T)", desc, problem, err, err)
		}
		if replay {
			w.fail("%s: the client token was used with the same input %v ago, which succeeded; the replay failed: %v",
				desc, w.clk.Now().Sub(rec.at), err)
		}
		if fp != "" {
			w.checkMismatch(c, desc, live, err)
		}
		w.expectUnchanged(before, desc+" failed with "+propErrText(err))
	case replay:
		w.stats.Add("(client token)", "replayed")
		w.twinCall(c, desc, out)
		if got := propJSON(out); got != rec.out {
			w.fail("%s replays a client token used %v ago with the same input, but the output differs:\nfirst:  %s\nreplay: %s",
				desc, w.clk.Now().Sub(rec.at), rec.out, got)
		}
		w.expectUnchanged(before, desc+" replayed a client token")
	case live:
		w.fail("%s: the client token was used %v ago with another input, yet the call succeeded", desc, w.clk.Now().Sub(rec.at))
	case c.read:
		w.expectUnchanged(before, desc+", a read,")
	default:
		w.twinCall(c, desc, out)
		w.dirty = true
		w.harvest(out)
		if fp != "" {
			if _, seen := w.tokens[key]; !seen {
				w.replays = append(w.replays, key)
			}
			w.tokens[key] = propTokenRec{at: w.clk.Now(), fp: fp, out: propJSON(out), call: c}
		}
	}
}

// propMismatch is the exception an operation answers a client token reused
// with another input with (ram.md P5, with C.16's substitutions), where the
// answer is one no other check gives.
var propMismatch = map[string]string{
	"AssociateResourceSharePermission":    "InvalidClientTokenException",
	"DisassociateResourceSharePermission": "InvalidClientTokenException",
	"PromotePermissionCreatedFromPolicy":  "", // InvalidParameterException, like many other checks
}

// checkMismatch checks a failed call with a valid client token: the
// idempotency error comes exactly when the token was used, within the
// window, by a call that succeeded with another input (a failed call is not
// remembered), and then before any check but the facade's required
// members (ram.md A0: P5 comes after P1-P4).
func (w *propWorld) checkMismatch(c *propCall, desc string, live bool, err error) {
	w.t.Helper()
	want, ok := propMismatch[c.op]
	if !ok {
		want = "IdempotentParameterMismatchException"
	}
	if want == "" {
		return
	}
	code := propCode(err)
	switch {
	case code == want && !live:
		w.fail("%s failed with %s, but the client token was not used by a call that succeeded within the window", desc, propErrText(err))
	case code == want:
		w.stats.Add("(client token)", "mismatch")
	case live && !propMissesMember(c.in):
		w.fail("%s: the client token was used with another input; want %s, got %s", desc, want, propErrText(err))
	}
}

// propMissesMember reports whether an input lacks a string or version
// member, as a failure of the facade's required-member checks may.
func propMissesMember(in any) bool {
	v := reflect.ValueOf(in)
	if v.IsNil() {
		return true
	}
	v = v.Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch {
		case v.Type().Field(i).Name == "ClientToken":
		case f.Type() == reflect.TypeFor[*string]() && (f.IsNil() || f.Elem().String() == ""):
			return true
		case v.Type().Field(i).Name == "PermissionVersion" && f.IsNil():
			return true
		}
	}
	return false
}

// twinCall makes in the twin world a call that succeeded in main, which
// must answer it alike.
func (w *propWorld) twinCall(c *propCall, desc string, out any) {
	w.t.Helper()
	out2, err := c.do(w.twin.client(c.account, c.region))
	if err != nil || propJSON(out2) != propJSON(out) {
		w.fail("%s succeeded with %s, but the twin world, which made the same calls save those that failed and the reads, answers %s (%s):"+
			" a failed call or a read before changed something no listing shows", desc, propJSON(out), propJSON(out2), propErrText(err))
	}
}

// compareTwin checks that the twin world reads as main does.
func (w *propWorld) compareTwin() {
	w.t.Helper()
	a := w.snapshotNow()
	w.twin.store.Settle()
	b := w.read(w.twin)
	if diff := propDiff(a, b); diff != "" {
		w.fail("the twin world, which made the same calls save those that failed and the reads, reads differently:"+
			" a failed call or a read changed something no listing shows (main is before, the twin after):\n%s", diff)
	}
}

// propModeledProblem says what is wrong with an error a call returned, or
// "" when it is an exception its operation models (ram.ModeledError leaves
// those alone) other than ServerInternalException.
func propModeledProblem(op string, err error) string {
	var ae interface {
		ErrorCode() string
		ErrorMessage() string
		HTTPStatusCode() int
	}
	if !errors.As(err, &ae) {
		return "not an AWS exception"
	}
	switch {
	case ae.ErrorCode() == "ServerInternalException":
		return "an internal error (an unmapped domain error)"
	case ram.ModeledError(op, err) != err:
		return op + " does not model " + ae.ErrorCode()
	case ae.ErrorMessage() == "" || strings.HasPrefix(ae.ErrorMessage(), "share:"):
		return "no AWS message"
	case ae.HTTPStatusCode() < 400:
		return "a status below 400"
	}
	return ""
}

func propOutcome(err error) string {
	if err == nil {
		return "ok"
	}
	return "failed"
}

func propCode(err error) string {
	var ae interface{ ErrorCode() string }
	if errors.As(err, &ae) {
		return ae.ErrorCode()
	}
	return fmt.Sprintf("%T", err)
}

func propErrText(err error) string {
	if err == nil {
		return "ok"
	}
	var ae interface {
		ErrorCode() string
		ErrorMessage() string
	}
	if errors.As(err, &ae) {
		return ae.ErrorCode() + ": " + ae.ErrorMessage()
	}
	return err.Error()
}

func propJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return string(b)
}

// propToken returns the ClientToken member of an input, if it has one.
func propToken(in any) *string {
	v := reflect.ValueOf(in)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return nil
	}
	f := v.Elem().FieldByName("ClientToken")
	if !f.IsValid() || f.IsNil() {
		return nil
	}
	return f.Interface().(*string)
}

// propFingerprintWithoutToken renders every member of an input but its
// client token, as the store compares them (ram.md C.12).
func propFingerprintWithoutToken(in any) string {
	v := reflect.ValueOf(in).Elem()
	cp := reflect.New(v.Type()).Elem()
	cp.Set(v)
	cp.FieldByName("ClientToken").SetZero()
	return share.Fingerprint(cp.Interface())
}

// harvest adds the identifiers a successful call returned to the pools.
func (w *propWorld) harvest(out any) {
	switch o := out.(type) {
	case *ram.CreateResourceShareOutput:
		w.shares.add(*o.ResourceShare.ResourceShareArn)
	case *ram.CreatePermissionOutput:
		w.perms.add(*o.Permission.Arn)
	case *ram.PromotePermissionCreatedFromPolicyOutput:
		w.perms.add(*o.Permission.Arn)
	case *ram.ReplacePermissionAssociationsOutput:
		w.works.add(*o.ReplacePermissionAssociationsWork.Id)
	}
}

// ---- snapshots ----

// propSnap is everything the accounts can observe, one canonical JSON
// rendering per listing.
type propSnap struct {
	keys []string
	vals map[string]string
	errs []string // reads that failed and should not have
	// What the listings the walks take show, each item's ID with its sort
	// key (see propWalker); the comparisons leave it out.
	items map[propListing]map[string]string
}

func (s *propSnap) put(key string, v any, err error) {
	if err != nil {
		s.errs = append(s.errs, key+": "+propErrText(err))
		v = "error: " + propErrText(err)
	}
	s.keys = append(s.keys, key)
	s.vals[key] = propJSON(v)
}

// snapshotNow returns the state as it is now, settling due transitions
// first so that the reads observe, and change, nothing.
func (w *propWorld) snapshotNow() *propSnap {
	if w.dirty || w.cur == nil {
		w.store.Settle()
		w.cur = w.snapshot()
		w.dirty = false
	}
	return w.cur
}

// snapshot reads the state and fails if a read that cannot fail did.
func (w *propWorld) snapshot() *propSnap {
	w.t.Helper()
	s := w.read(w.main)
	if len(s.errs) > 0 {
		w.fail("reading the state failed:\n  %s", strings.Join(s.errs, "\n  "))
	}
	for _, k := range w.walkers {
		k.observe(s)
	}
	return s
}

// expectUnchanged fails unless the state is still before.
func (w *propWorld) expectUnchanged(before *propSnap, what string) {
	w.t.Helper()
	after := w.snapshot()
	if diff := propDiff(before, after); diff != "" {
		w.fail("%s and changed the state:\n%s", what, diff)
	}
	w.cur = after
}

func propDiff(a, b *propSnap) string {
	var out []string
	keys := slices.Clone(a.keys)
	for _, k := range b.keys {
		if _, ok := a.vals[k]; !ok {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		va, oka := a.vals[k]
		vb, okb := b.vals[k]
		switch {
		case !oka:
			out = append(out, fmt.Sprintf("  %s: appeared: %s", k, vb))
		case !okb:
			out = append(out, fmt.Sprintf("  %s: disappeared: %s", k, va))
		case va != vb:
			out = append(out, fmt.Sprintf("  %s:\n    before: %s\n    after:  %s", k, va, vb))
		}
	}
	return strings.Join(out, "\n")
}

// propRead reads every page of a listing into s under key and returns its
// items: in makes the input for a page, page takes an output apart. The
// first nextToken of a listing goes to the pool the generator reuses.
func propRead[I, O, T any](w *propWorld, s *propSnap, key string, list func(context.Context, *I) (*O, error),
	in func(tok *string) *I, page func(*O) ([]T, *string)) []T {
	all := []T{}
	err := errors.New("the listing does not end")
	var tok *string
	for range 1000 {
		out, lerr := list(propCtx, in(tok))
		if lerr != nil {
			err = lerr
			break
		}
		items, next := page(out)
		all = append(all, items...)
		if next == nil {
			err = nil
			break
		}
		if len(items) == 0 {
			err = errors.New("an empty page with a nextToken")
			break
		}
		w.nextTokens.add(*next)
		tok = next
	}
	s.put(key, all, err)
	return all
}

var propPageSize = ptr(int32(propPage))

// read reads everything observable, from every account in both regions.
func (w *propWorld) read(side *propSide) *propSnap {
	s := &propSnap{vals: map[string]string{}, items: map[propListing]map[string]string{}}
	s.put("clock", side.clk.Now(), nil)
	svc, _, err := side.store.ListServiceAccess(propMgmt, share.PageRequest{Limit: 100})
	s.put("organizations/service-access", svc, err)
	awsPerms := propRead(w, s, "ListPermissions/AWS_MANAGED", side.client(propMgmt, propRegion).ListPermissions,
		func(tok *string) *ram.ListPermissionsInput {
			return &ram.ListPermissionsInput{PermissionType: types.PermissionTypeFilterAwsManaged, NextToken: tok, MaxResults: ptr(int32(100))}
		},
		func(o *ram.ListPermissionsOutput) ([]types.ResourceSharePermissionSummary, *string) {
			return o.Permissions, o.NextToken
		})
	// The catalogue, the same for every account in every region.
	propListed(s, propListing{name: "ListPermissions/AWS_MANAGED"}, awsPerms, propPermissionItem)
	w.live, w.pending, w.received, w.cmps = nil, nil, nil, nil
	w.resources, w.principals, w.sharedRes = map[string][]string{}, map[string][]string{}, map[string][]string{}
	w.permVersions, w.sharePerms = map[string][]int{}, map[string][]string{}
	for _, region := range propRegions {
		for _, account := range propAccounts {
			w.snapshotView(s, side, account, region)
		}
	}
	return s
}

// snapshotView reads what account sees in region. An account that makes no
// call but as a recipient owns nothing: the owner's side of its view is
// read only through GetResourceShares.
func (w *propWorld) snapshotView(s *propSnap, side *propSide, account, region string) {
	c := side.client(account, region)
	key := account + "/" + region + "/"
	ownerSide := account != propStranger
	for _, owner := range []types.ResourceOwner{types.ResourceOwnerSelf, types.ResourceOwnerOtherAccounts} {
		shares := propRead(w, s, key+"GetResourceShares/"+string(owner), c.GetResourceShares,
			func(tok *string) *ram.GetResourceSharesInput {
				return &ram.GetResourceSharesInput{ResourceOwner: owner, NextToken: tok, MaxResults: propPageSize}
			},
			func(o *ram.GetResourceSharesOutput) ([]types.ResourceShare, *string) {
				return o.ResourceShares, o.NextToken
			})
		propListed(s, propListing{account, region, "GetResourceShares/" + string(owner), ""}, shares, propShareItem)
		for _, sh := range shares {
			w.shares.add(*sh.ResourceShareArn)
			if owner == types.ResourceOwnerSelf {
				// The share's permissions, which ListPermissionAssociations
				// shows, or the read below.
				s.items[propListing{account, region, "ListResourceSharePermissions", *sh.ResourceShareArn}] = map[string]string{}
			}
			switch {
			case owner == types.ResourceOwnerOtherAccounts:
				w.received = append(w.received, [3]string{account, region, *sh.ResourceShareArn})
			case sh.Status == types.ResourceShareStatusActive:
				w.live = append(w.live, *sh.ResourceShareArn)
			default: // a deleted share's permissions are listed nowhere else
				perms := propRead(w, s, key+"ListResourceSharePermissions/"+*sh.ResourceShareArn, c.ListResourceSharePermissions,
					func(tok *string) *ram.ListResourceSharePermissionsInput {
						return &ram.ListResourceSharePermissionsInput{ResourceShareArn: sh.ResourceShareArn, NextToken: tok, MaxResults: propPageSize}
					},
					func(o *ram.ListResourceSharePermissionsOutput) ([]types.ResourceSharePermissionSummary, *string) {
						return o.Permissions, o.NextToken
					})
				propListed(s, propListing{account, region, "ListResourceSharePermissions", *sh.ResourceShareArn}, perms, propAttachedItem)
			}
		}
		if owner == types.ResourceOwnerSelf && !ownerSide {
			continue
		}
		resources := propRead(w, s, key+"ListResources/"+string(owner), c.ListResources,
			func(tok *string) *ram.ListResourcesInput {
				return &ram.ListResourcesInput{ResourceOwner: owner, NextToken: tok, MaxResults: propPageSize}
			},
			func(o *ram.ListResourcesOutput) ([]types.Resource, *string) { return o.Resources, o.NextToken })
		propListed(s, propListing{account, region, "ListResources/" + string(owner), ""}, resources, propResourceItem)
		principals := propRead(w, s, key+"ListPrincipals/"+string(owner), c.ListPrincipals,
			func(tok *string) *ram.ListPrincipalsInput {
				return &ram.ListPrincipalsInput{ResourceOwner: owner, NextToken: tok, MaxResults: propPageSize}
			},
			func(o *ram.ListPrincipalsOutput) ([]types.Principal, *string) { return o.Principals, o.NextToken })
		propListed(s, propListing{account, region, "ListPrincipals/" + string(owner), ""}, principals, propPrincipalItem)
		if owner == types.ResourceOwnerSelf && len(resources) > 0 {
			var arns []string
			for _, r := range resources {
				if !slices.Contains(arns, *r.Arn) {
					arns = append(arns, *r.Arn)
				}
			}
			w.sharedRes[account+"/"+region] = arns
			policies := propRead(w, s, key+"GetResourcePolicies", c.GetResourcePolicies,
				func(tok *string) *ram.GetResourcePoliciesInput {
					return &ram.GetResourcePoliciesInput{ResourceArns: arns, NextToken: tok, MaxResults: propPageSize}
				},
				func(o *ram.GetResourcePoliciesOutput) ([]string, *string) { return o.Policies, o.NextToken })
			propListed(s, propListing{account, region, "GetResourcePolicies", ""}, policies, propPolicyItem)
			propListed(s, propListing{account, region, "GetResourcePolicies/resources", ""}, arns, func(arn string) (string, string) { return arn, "" })
		}
	}
	w.snapshotInvitations(s, c, account, region)
	if ownerSide {
		w.snapshotOwner(s, c, account, region)
	}
}

// snapshotInvitations reads the invitations account received in region.
func (w *propWorld) snapshotInvitations(s *propSnap, c *ram.Client, account, region string) {
	key := account + "/" + region + "/"
	invs := propRead(w, s, key+"GetResourceShareInvitations", c.GetResourceShareInvitations,
		func(tok *string) *ram.GetResourceShareInvitationsInput {
			return &ram.GetResourceShareInvitationsInput{NextToken: tok, MaxResults: propPageSize}
		},
		func(o *ram.GetResourceShareInvitationsOutput) ([]types.ResourceShareInvitation, *string) {
			return o.ResourceShareInvitations, o.NextToken
		})
	propListed(s, propListing{account, region, "GetResourceShareInvitations", ""}, invs, propInvitationItem)
	for _, inv := range invs {
		arn := *inv.ResourceShareInvitationArn
		w.invitations.add(arn)
		w.receiver[arn] = account
		if inv.Status != types.ResourceShareInvitationStatusPending {
			continue
		}
		w.pending = append(w.pending, arn)
		resources := propRead(w, s, key+"ListPendingInvitationResources/"+arn, c.ListPendingInvitationResources,
			func(tok *string) *ram.ListPendingInvitationResourcesInput {
				return &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: &arn, NextToken: tok, MaxResults: propPageSize}
			},
			func(o *ram.ListPendingInvitationResourcesOutput) ([]types.Resource, *string) {
				return o.Resources, o.NextToken
			})
		propListed(s, propListing{account, region, "ListPendingInvitationResources", arn}, resources, propResourceItem)
	}
}

// snapshotOwner reads the owner's side of account's view in region: its
// shares' associations and sources, its permissions and their use, its
// replacement work.
func (w *propWorld) snapshotOwner(s *propSnap, c *ram.Client, account, region string) {
	key := account + "/" + region + "/"
	for _, typ := range []types.ResourceShareAssociationType{types.ResourceShareAssociationTypePrincipal, types.ResourceShareAssociationTypeResource} {
		assocs := propRead(w, s, key+"GetResourceShareAssociations/"+string(typ), c.GetResourceShareAssociations,
			func(tok *string) *ram.GetResourceShareAssociationsInput {
				return &ram.GetResourceShareAssociationsInput{AssociationType: typ, NextToken: tok, MaxResults: propPageSize}
			},
			func(o *ram.GetResourceShareAssociationsOutput) ([]types.ResourceShareAssociation, *string) {
				return o.ResourceShareAssociations, o.NextToken
			})
		propListed(s, propListing{account, region, "GetResourceShareAssociations/" + string(typ), ""}, assocs, propAssociationItem)
		m := w.principals
		if typ == types.ResourceShareAssociationTypeResource {
			m = w.resources
		}
		for _, a := range assocs {
			m[*a.ResourceShareArn] = append(m[*a.ResourceShareArn], *a.AssociatedEntity)
		}
	}
	propRead(w, s, key+"ListSourceAssociations", c.ListSourceAssociations,
		func(tok *string) *ram.ListSourceAssociationsInput {
			return &ram.ListSourceAssociationsInput{NextToken: tok, MaxResults: propPageSize}
		},
		func(o *ram.ListSourceAssociationsOutput) ([]types.AssociatedSource, *string) {
			return o.SourceAssociations, o.NextToken
		})
	perms := propRead(w, s, key+"ListPermissions/CUSTOMER_MANAGED", c.ListPermissions,
		func(tok *string) *ram.ListPermissionsInput {
			return &ram.ListPermissionsInput{PermissionType: types.PermissionTypeFilterCustomerManaged, NextToken: tok, MaxResults: propPageSize}
		},
		func(o *ram.ListPermissionsOutput) ([]types.ResourceSharePermissionSummary, *string) {
			return o.Permissions, o.NextToken
		})
	propListed(s, propListing{account, region, "ListPermissions/CUSTOMER_MANAGED", ""}, perms, propPermissionItem)
	for _, p := range perms {
		w.perms.add(*p.Arn)
		w.cmps = append(w.cmps, *p.Arn)
		w.permType[*p.Arn] = *p.ResourceType
		versions := propRead(w, s, key+"ListPermissionVersions/"+*p.Arn, c.ListPermissionVersions,
			func(tok *string) *ram.ListPermissionVersionsInput {
				return &ram.ListPermissionVersionsInput{PermissionArn: p.Arn, NextToken: tok, MaxResults: propPageSize}
			},
			func(o *ram.ListPermissionVersionsOutput) ([]types.ResourceSharePermissionSummary, *string) {
				return o.Permissions, o.NextToken
			})
		propListed(s, propListing{account, region, "ListPermissionVersions", *p.Arn}, versions, propVersionItem)
		for _, v := range versions {
			n, _ := strconv.Atoi(*v.Version)
			w.permVersions[*p.Arn] = append(w.permVersions[*p.Arn], n)
		}
	}
	for _, arn := range w.policyPerms.list {
		if propARNAccount(arn) == account && propARNRegion(arn) == region {
			// Such a permission may have been deleted: an error is
			// part of the state.
			out, err := c.GetPermission(propCtx, &ram.GetPermissionInput{PermissionArn: &arn})
			var v any = out
			if err != nil {
				v = "error: " + propErrText(err)
			}
			s.put(key+"GetPermission/"+arn, v, nil)
		}
	}
	assocPerms := propRead(w, s, key+"ListPermissionAssociations", c.ListPermissionAssociations,
		func(tok *string) *ram.ListPermissionAssociationsInput {
			return &ram.ListPermissionAssociationsInput{NextToken: tok, MaxResults: propPageSize}
		},
		func(o *ram.ListPermissionAssociationsOutput) ([]types.AssociatedPermission, *string) {
			return o.Permissions, o.NextToken
		})
	propListed(s, propListing{account, region, "ListPermissionAssociations", ""}, assocPerms, propPermissionAssociationItem)
	for _, a := range assocPerms {
		w.sharePerms[*a.ResourceShareArn] = append(w.sharePerms[*a.ResourceShareArn], *a.Arn)
		// The permissions of a share that is not deleted (ram.md B3, B12).
		if m := s.items[propListing{account, region, "ListResourceSharePermissions", *a.ResourceShareArn}]; m != nil {
			m[*a.Arn] = ""
		}
	}
	works := propRead(w, s, key+"ListReplacePermissionAssociationsWork", c.ListReplacePermissionAssociationsWork,
		func(tok *string) *ram.ListReplacePermissionAssociationsWorkInput {
			return &ram.ListReplacePermissionAssociationsWorkInput{NextToken: tok, MaxResults: propPageSize}
		},
		func(o *ram.ListReplacePermissionAssociationsWorkOutput) ([]types.ReplacePermissionAssociationsWork, *string) {
			return o.ReplacePermissionAssociationsWorks, o.NextToken
		})
	propListed(s, propListing{account, region, "ListReplacePermissionAssociationsWork", ""}, works, propWorkItem)
}

// cmpsOf returns the customer-managed permissions of account in region.
func (w *propWorld) cmpsOf(account, region string) []string {
	var out []string
	for _, arn := range w.cmps {
		if propARNAccount(arn) == account && propARNRegion(arn) == region {
			out = append(out, arn)
		}
	}
	return out
}

func propARNRegion(arn string) string {
	if p := strings.Split(arn, ":"); len(p) > 4 {
		return p[3]
	}
	return ""
}

func propARNAccount(arn string) string {
	if p := strings.Split(arn, ":"); len(p) > 4 {
		return p[4]
	}
	return ""
}

// ---- inputs ----

// propResourceKinds make resource ARNs of several types: shareable outside
// the organization or not, with IAM principals or not, 7-day or 12-hour,
// regional or global, leavable or not.
var propResourceKinds = []func(region, account, id string) string{
	func(region, account, id string) string { // ec2:TransitGateway
		return "arn:aws:ec2:" + region + ":" + account + ":transit-gateway/tgw-" + id
	},
	func(region, account, id string) string { // appmesh:Mesh
		return "arn:aws:appmesh:" + region + ":" + account + ":mesh/m" + id
	},
	func(region, account, id string) string { // ec2:Subnet, organization only
		return "arn:aws:ec2:" + region + ":" + account + ":subnet/subnet-" + id
	},
	func(region, account, id string) string { // codebuild:Project, customer-managed permissions
		return "arn:aws:codebuild:" + region + ":" + account + ":project/p" + id
	},
	func(region, account, id string) string { // glue:Database, no IAM principals
		return "arn:aws:glue:" + region + ":" + account + ":database/d" + id
	},
	func(region, account, id string) string { // rds:Cluster
		return "arn:aws:rds:" + region + ":" + account + ":cluster:c" + id
	},
	func(region, account, id string) string { // networkmanager:CoreNetwork, global
		return "arn:aws:networkmanager::" + account + ":core-network/core-network-" + id
	},
	func(region, account, id string) string { // test:Widget, recipients cannot leave
		return "arn:aws:test:" + region + ":" + account + ":widget/w" + id
	},
	func(region, account, id string) string { // outposts:Outpost, organization only
		return "arn:aws:outposts:" + region + ":" + account + ":outpost/op-" + id
	},
}

// propTemplates are valid policy templates per resource type that supports
// customer-managed permissions; the world adds the AWS-managed templates.
var propTemplates = map[string][]string{
	"codebuild:Project": {
		`{"Effect":"Allow","Action":["codebuild:BatchGetProjects"]}`,
		`{"Action":"codebuild:StartBuild"}`,
		`{"Effect":"allow","Action":["codebuild:A","codebuild:B"],"Condition":{"StringEquals":{"aws:PrincipalTag/t":"x"}}}`,
	},
	"imagebuilder:Image": {`{"Action":"imagebuilder:GetImage"}`, `{"Action":["imagebuilder:GetImage","imagebuilder:ListImages"]}`},
	"test:Widget":        {`{"Action":"test:Use"}`},
}

var propCMPTypes = []string{"codebuild:Project", "codebuild:Project", "imagebuilder:Image", "test:Widget"}

var propBadTemplates = []string{
	"nope", "[]", `{"Action":"codebuild:X","Resource":"*"}`, `{"Action":"codebuild:X","Principal":"*"}`,
	`{"Effect":"Deny","Action":"codebuild:X"}`, `{"Action":[]}`, `{"Effect":"Allow"}`, `{"Action":"ec2:RunInstances"}`,
	`{"Action":"codebuild:X","Sid":"s"}`, `{"Action":"codebuild:X","Condition":"c"}`, `{"Action":[1]}`,
}

// propAWSPermissions are AWS-managed permissions and their resource types.
var propAWSPermissions = [][2]string{
	{"arn:aws:ram::aws:permission/AWSRAMDefaultPermissionTransitGateway", "ec2:TransitGateway"},
	{"arn:aws:ram::aws:permission/AWSRAMDefaultPermissionAppMesh", "appmesh:Mesh"},
	{"arn:aws:ram::aws:permission/AWSRAMDefaultPermissionCodeBuildProject", "codebuild:Project"},
	{"arn:aws:ram::aws:permission/AWSRAMDefaultPermissionSubnet", "ec2:Subnet"},
	{"arn:aws:ram::aws:permission/AWSRAMDefaultPermissionGlueDatabase", "glue:Database"},
	{"arn:aws:ram::aws:permission/AWSRAMPermissionGlueDatabaseReadWrite", "glue:Database"},
	{"arn:aws:ram::aws:permission/AWSRAMDefaultPermissionTestWidget", "test:Widget"},
	{"arn:aws:ram::aws:permission/AWSRAMDefaultPermissionsNetworkManagerCoreNetwork", "networkmanager:CoreNetwork"},
}

const propUnknownUUID = "0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c"

// bad reports whether this value of the call should be an invalid one: a
// call draws its noise level first, so that some calls are entirely valid
// and reach the operations' business rules, and others pile up mistakes.
func (w *propWorld) bad() bool { return w.r.Chance(w.noise) }

func (w *propWorld) caller() string {
	switch x := w.r.IntN(100); {
	case x < 35:
		return propMgmt
	case x < 55:
		return propMember
	case x < 75:
		return propOUMember
	}
	return propExternal
}

func (w *propWorld) region() string {
	if w.r.Chance(85) {
		return propRegion
	}
	return propRegion2
}

func (w *propWorld) otherRegion(region string) string {
	if region == propRegion {
		return propRegion2
	}
	return propRegion
}

func (w *propWorld) id() string { return proptest.Pick(w.r, "1", "2", "3") }

func (w *propWorld) resourceARN(account, region string) string {
	kind := propResourceKinds[w.r.IntN(len(propResourceKinds))]
	if !w.bad() {
		return kind(region, account, w.id())
	}
	switch w.r.IntN(4) {
	case 0:
		return kind(region, proptest.Pick(w.r, propAccounts...), w.id())
	case 1:
		return kind(w.otherRegion(region), account, w.id())
	case 2:
		return proptest.Pick(w.r, "arn:aws:s3:::bucket-1", "arn:aws:ec2:"+region+":"+account+":instance/i-1",
			"arn:aws:iam::"+account+":role/r")
	}
	return proptest.Pick(w.r, "arn:aws:ec2", "not-an-arn", "", "arn:aws:ec2:"+region+":1111:subnet/subnet-1",
		"arn:aws-cn:ec2:"+region+":"+account+":subnet/subnet-1")
}

func (w *propWorld) orgARN() string {
	return "arn:aws:organizations::" + propMgmt + ":organization/" + w.orgID
}

func (w *propWorld) ouARN() string {
	return "arn:aws:organizations::" + propMgmt + ":ou/" + w.orgID + "/" + w.ouID
}

func (w *propWorld) principal(caller string) string {
	if !w.bad() {
		switch x := w.r.IntN(100); {
		case x < 45:
			return proptest.Pick(w.r, propMgmt, propMember, propMember, propOUMember, propOUMember, propExternal, propStranger, caller)
		case x < 60:
			return w.orgARN()
		case x < 72:
			return w.ouARN()
		case x < 88:
			return "arn:aws:iam::" + proptest.Pick(w.r, propAccounts...) + proptest.Pick(w.r, ":role/app", ":user/path/u")
		}
		return proptest.Pick(w.r, "elasticmapreduce.amazonaws.com", "pca-connector-ad.amazonaws.com")
	}
	switch w.r.IntN(3) {
	case 0:
		return proptest.Pick(w.r, "arn:aws:organizations::"+propMgmt+":organization/o-aaaaaaaaaa",
			"arn:aws:organizations::"+propMember+":organization/"+w.orgID)
	case 1:
		return "arn:aws:organizations::" + propMgmt + ":ou/" + w.orgID + "/ou-abcd-12345678"
	}
	return proptest.Pick(w.r, w.orgID, w.ouID, "arn:aws:iam::"+propMember+":root", "12345", "", "1234567890123",
		"Elastic.amazonaws.com", "organizations::"+propMgmt+":organization/"+w.orgID)
}

func (w *propWorld) source() string {
	if !w.bad() {
		return proptest.Pick(w.r, propMgmt, propExternal, "arn:aws:s3:::bucket", w.orgID, w.orgID+"/"+w.rootID+"/"+w.ouID+"/")
	}
	return proptest.Pick(w.r, "not a source", "", "o-", "arn")
}

// propList returns nil, an empty list, or one to max values from gen.
func propList(w *propWorld, max int, gen func() string) []string {
	switch x := w.r.IntN(100); {
	case x < 25:
		return nil
	case x < 30:
		return []string{}
	}
	n := 1 + w.r.IntN(max)
	out := make([]string, n)
	for i := range out {
		out[i] = gen()
	}
	return out
}

// some returns one or two of list, or a list from gen when list is empty.
func (w *propWorld) some(list []string, gen func() []string) []string {
	if len(list) == 0 {
		return gen()
	}
	out := []string{proptest.Pick(w.r, list...)}
	if w.r.Chance(30) {
		out = append(out, proptest.Pick(w.r, list...))
	}
	return out
}

func (w *propWorld) resourceList(account, region string) []string {
	max := 3
	if w.bad() {
		max = 8 // past MaxResourcesPerCall
	}
	return propList(w, max, func() string { return w.resourceARN(account, region) })
}

func (w *propWorld) principalList(account string) []string {
	return propList(w, 3, func() string { return w.principal(account) })
}

func (w *propWorld) sourceList() []string { return propList(w, 2, w.source) }

func (w *propWorld) boolPtr() *bool {
	switch w.r.IntN(5) {
	case 0:
		return ptr(true)
	case 1:
		return ptr(false)
	}
	return nil
}

// strPtr is v, or, for a bad value, nil.
func (w *propWorld) strPtr(v string) *string {
	if w.bad() && w.r.Chance(20) {
		return nil
	}
	return &v
}

func (w *propWorld) optStr(percent int, vs ...string) *string {
	if !w.r.Chance(percent) {
		return nil
	}
	return ptr(proptest.Pick(w.r, vs...))
}

func (w *propWorld) token() *string {
	if w.bad() && w.r.Chance(30) {
		return ptr(proptest.Pick(w.r, "", strings.Repeat("t", 65)))
	}
	if w.r.Chance(75) {
		return nil
	}
	return ptr(proptest.Pick(w.r, "tok-a", "tok-b", "tok-c", "tok-d", strings.Repeat("é", 64)))
}

func (w *propWorld) tag() types.Tag {
	key, value := ptr(proptest.Pick(w.r, "env", "team", "Env", "k1", strings.Repeat("ü", 128))), ptr(proptest.Pick(w.r, "a", "b", "", strings.Repeat("ß", 256)))
	if w.bad() {
		switch w.r.IntN(5) {
		case 0:
			key = ptr(proptest.Pick(w.r, "aws:x", "AWS:Name", "aws:"))
		case 1:
			key = ptr(strings.Repeat("k", 129))
		case 2:
			value = ptr(strings.Repeat("v", 257))
		case 3:
			key = proptest.Pick(w.r, ptr(""), nil)
		case 4:
			value = nil
		}
	}
	return types.Tag{Key: key, Value: value}
}

func (w *propWorld) tags() []types.Tag {
	switch x := w.r.IntN(100); {
	case x < 45:
		return nil
	case x < 50:
		return []types.Tag{}
	case x < 90:
		out := make([]types.Tag, 1+w.r.IntN(3))
		for i := range out {
			out[i] = w.tag()
		}
		return out
	}
	// Many distinct keys, past the tag quota sooner or later.
	out := make([]types.Tag, 2+w.r.IntN(6))
	for i := range out {
		out[i] = types.Tag{Key: ptr("k" + strconv.Itoa(w.r.IntN(16))), Value: ptr("v")}
	}
	return out
}

func (w *propWorld) maxResults() *int32 {
	if w.bad() {
		return ptr(proptest.Pick(w.r, int32(0), -1, 501, 1000))
	}
	if w.r.Chance(70) {
		return nil
	}
	return ptr(int32(1 + w.r.IntN(5)))
}

func (w *propWorld) nextToken() *string {
	if w.bad() {
		if t := w.nextTokens.pick(w.r); t != "" && w.r.Chance(50) {
			return &t // most likely another listing's
		}
		return ptr(proptest.Pick(w.r, "garbage", "eyJ2IjoxfQ", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
	}
	if t := w.nextTokens.pick(w.r); t != "" && w.r.Chance(10) {
		return &t
	}
	return nil
}

// version is a version of permission arn, or, for a bad value, one it
// does not have.
func (w *propWorld) version(arn string) *int32 {
	if w.bad() {
		return proptest.Pick(w.r, nil, ptr(int32(0)), ptr(int32(-1)), ptr(int32(7)), ptr(int32(99)))
	}
	if vs := w.permVersions[arn]; len(vs) > 0 {
		return ptr(int32(proptest.Pick(w.r, vs...)))
	}
	return ptr(int32(1))
}

// shareTarget picks a share ARN, and a caller and region: mostly a live
// share and its owner.
func (w *propWorld) shareTarget() (arn, account, region string) {
	if !w.bad() {
		if len(w.live) > 0 {
			arn = proptest.Pick(w.r, w.live...)
		} else if arn = w.shares.pick(w.r); arn == "" {
			arn = "arn:aws:ram:" + propRegion + ":" + propMgmt + ":resource-share/" + propUnknownUUID
		}
		return arn, propARNAccount(arn), propARNRegion(arn)
	}
	account, region = w.caller(), w.region()
	switch x := w.r.IntN(100); {
	case x < 35 && len(w.shares.list) > 0: // perhaps deleted or purged
		arn = w.shares.pick(w.r)
		account, region = propARNAccount(arn), propARNRegion(arn)
	case x < 60 && len(w.shares.list) > 0: // perhaps another account's
		arn = w.shares.pick(w.r)
	case x < 75:
		arn = "arn:aws:ram:" + region + ":" + account + ":resource-share/" + propUnknownUUID
	default:
		arn = proptest.Pick(w.r, "arn:aws:ram:"+region+":"+account+":share/x", "",
			"arn:aws:ram:"+region+":"+account+":resource-share/", "resource-share/x",
			"arn:aws:ram:"+region+":"+account+":resource-share-invitation/"+propUnknownUUID)
	}
	return arn, account, region
}

func (w *propWorld) shareARNs() []string {
	if w.r.Chance(75) {
		return nil
	}
	return propList(w, 2, func() string { a, _, _ := w.shareTarget(); return a })
}

// invitationTarget picks an invitation ARN, and a caller and region:
// mostly a pending invitation and its receiver.
func (w *propWorld) invitationTarget() (arn, account, region string) {
	if !w.bad() && len(w.invitations.list) > 0 {
		arn = w.invitations.pick(w.r)
		if len(w.pending) > 0 && w.r.Chance(70) {
			arn = proptest.Pick(w.r, w.pending...)
		}
		return arn, w.receiver[arn], propARNRegion(arn)
	}
	account, region = w.caller(), w.region()
	switch x := w.r.IntN(100); {
	case x < 40 && len(w.invitations.list) > 0: // perhaps someone else's
		arn = w.invitations.pick(w.r)
		if w.r.Chance(50) {
			region = propARNRegion(arn)
		}
	case x < 65:
		arn = "arn:aws:ram:" + region + ":" + propMgmt + ":resource-share-invitation/" + propUnknownUUID
	default:
		arn = proptest.Pick(w.r, "", "invitation", "arn:aws:ram:"+region+":"+propMgmt+":resource-share-invitation/",
			"arn:aws:ram:"+region+":"+propMgmt+":resource-share/"+propUnknownUUID)
	}
	return arn, account, region
}

// permTarget picks a permission ARN, and a caller and region: mostly a
// live customer-managed permission and its owner, or an AWS-managed one.
func (w *propWorld) permTarget() (arn, account, region string) {
	account, region = w.caller(), w.region()
	if !w.bad() {
		switch x := w.r.IntN(100); {
		case x < 55 && len(w.cmps) > 0:
			arn = proptest.Pick(w.r, w.cmps...)
			return arn, propARNAccount(arn), propARNRegion(arn)
		case x < 65 && len(w.policyPerms.list) > 0:
			arn = w.policyPerms.pick(w.r)
			return arn, propARNAccount(arn), propARNRegion(arn)
		}
		return proptest.Pick(w.r, propAWSPermissions...)[0], account, region
	}
	switch x := w.r.IntN(100); {
	case x < 30 && len(w.perms.list) > 0: // perhaps deleted, or another account's
		arn = w.perms.pick(w.r)
		if w.r.Chance(50) {
			account, region = propARNAccount(arn), propARNRegion(arn)
		}
	case x < 60:
		arn = proptest.Pick(w.r, "arn:aws:ram:"+region+":"+account+":permission/Nope", "arn:aws:ram::aws:permission/AWSRAMNope")
	default:
		arn = proptest.Pick(w.r, "", "arn:aws:ram:"+region+":"+account+":permission/bad name", "permission/x",
			"arn:aws:ram::aws:permission/", "arn:aws:ram:"+region+":"+account+":resource-share/"+propUnknownUUID)
	}
	return arn, account, region
}

// template returns a policy template for a permission of type typ: a valid
// one, or, for a bad value, a malformed one or one for another type.
func (w *propWorld) template(typ string) string {
	if w.bad() {
		if w.r.Chance(70) {
			return proptest.Pick(w.r, propBadTemplates...)
		}
		typ = proptest.Pick(w.r, propCMPTypes...)
	}
	if ts := w.templatesOf[typ]; len(ts) > 0 {
		return proptest.Pick(w.r, ts...)
	}
	return proptest.Pick(w.r, propTemplates["codebuild:Project"]...)
}

func (w *propWorld) resourceType(percent int) *string {
	if !w.r.Chance(percent) {
		return nil
	}
	if w.bad() {
		return ptr(proptest.Pick(w.r, "bogus:Type", "", "ec2"))
	}
	return ptr(proptest.Pick(w.r, "ec2:TransitGateway", "codebuild:Project", "EC2:transitgateway", "appmesh:Mesh"))
}

func (w *propWorld) owner() types.ResourceOwner {
	if w.bad() {
		return types.ResourceOwner(proptest.Pick(w.r, "", "BOGUS", "self"))
	}
	return proptest.Pick(w.r, types.ResourceOwnerSelf, types.ResourceOwnerOtherAccounts)
}

func (w *propWorld) associationStatus() types.ResourceShareAssociationStatus {
	if w.bad() {
		return "BOGUS"
	}
	if w.r.Chance(70) {
		return ""
	}
	return types.ResourceShareAssociationStatus(proptest.Pick(w.r, "ASSOCIATING", "ASSOCIATED", "DISASSOCIATED", "FAILED"))
}

func (w *propWorld) regionScope() types.ResourceRegionScopeFilter {
	if w.bad() {
		return "BOGUS"
	}
	if w.r.Chance(70) {
		return ""
	}
	return types.ResourceRegionScopeFilter(proptest.Pick(w.r, "ALL", "REGIONAL", "GLOBAL"))
}

// propMk makes a call of a facade method; rarely with a nil input, which
// means an empty one.
func propMk[I, O any](w *propWorld, op, account, region string, in *I, read bool, f func(*ram.Client, context.Context, *I) (*O, error)) *propCall {
	if w.bad() && w.r.Chance(3) {
		in = nil
	}
	return &propCall{op: op, account: account, region: region, in: in, read: read, do: func(c *ram.Client) (any, error) {
		out, err := f(c, propCtx, in)
		if err != nil {
			return nil, err
		}
		if out == nil {
			return nil, errors.New("a nil output without an error")
		}
		return out, nil
	}}
}

// ---- the operations ----

func genCreateResourceShare(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	in := &ram.CreateResourceShareInput{
		Name:                    ptr(proptest.Pick(w.r, "s", "shared")),
		ResourceArns:            w.resourceList(account, region),
		Principals:              w.principalList(account),
		Tags:                    w.tags(),
		AllowExternalPrincipals: w.boolPtr(),
		ClientToken:             w.token(),
	}
	if w.bad() {
		in.Name = proptest.Pick(w.r, ptr(""), nil)
	}
	if w.r.Chance(20) {
		in.PermissionArns = propList(w, 2, func() string { a, _, _ := w.permTarget(); return a })
	}
	if w.r.Chance(12) {
		in.Sources = w.sourceList()
	}
	if w.r.Chance(12) {
		in.ResourceShareConfiguration = &types.ResourceShareConfiguration{RetainSharingOnAccountLeaveOrganization: w.boolPtr()}
	}
	return propMk(w, "CreateResourceShare", account, region, in, false, (*ram.Client).CreateResourceShare)
}

func genUpdateResourceShare(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	in := &ram.UpdateResourceShareInput{ResourceShareArn: w.strPtr(arn), Name: proptest.Pick(w.r, nil, ptr("renamed"), ptr("s")),
		AllowExternalPrincipals: w.boolPtr(), ClientToken: w.token()}
	if w.bad() {
		in.Name = proptest.Pick(w.r, ptr(""), nil)
	}
	return propMk(w, "UpdateResourceShare", account, region, in, false, (*ram.Client).UpdateResourceShare)
}

func genDeleteResourceShare(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	in := &ram.DeleteResourceShareInput{ResourceShareArn: w.strPtr(arn), ClientToken: w.token()}
	return propMk(w, "DeleteResourceShare", account, region, in, false, (*ram.Client).DeleteResourceShare)
}

func genAssociateResourceShare(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	in := &ram.AssociateResourceShareInput{ResourceShareArn: w.strPtr(arn), ResourceArns: w.resourceList(account, region),
		Principals: w.principalList(account), ClientToken: w.token()}
	if e := w.principals[arn]; len(e) > 0 && w.r.Chance(20) {
		in.Principals = append(in.Principals, proptest.Pick(w.r, e...)) // already there
	}
	if w.r.Chance(12) {
		in.Sources = w.sourceList()
	}
	return propMk(w, "AssociateResourceShare", account, region, in, false, (*ram.Client).AssociateResourceShare)
}

func genDisassociateResourceShare(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	in := &ram.DisassociateResourceShareInput{ResourceShareArn: w.strPtr(arn), ClientToken: w.token()}
	if w.r.Chance(30) {
		// A recipient leaving.
		if !w.bad() && len(w.received) > 0 {
			g := proptest.Pick(w.r, w.received...)
			arn, account, region = g[2], g[0], g[1]
			in.ResourceShareArn = &arn
			in.Principals = []string{account}
		} else {
			account = proptest.Pick(w.r, propAccounts...)
			in.Principals = proptest.Pick(w.r, []string{account}, []string{propExternal}, []string{account, propMgmt}, nil)
			if w.r.Chance(20) {
				in.ResourceArns = w.resourceList(propARNAccount(arn), region)
			}
		}
		return propMk(w, "DisassociateResourceShare", account, region, in, false, (*ram.Client).DisassociateResourceShare)
	}
	res, prs := w.resources[arn], w.principals[arn]
	switch w.r.IntN(3) {
	case 0:
		in.ResourceArns = w.some(res, func() []string { return w.resourceList(account, region) })
	case 1:
		in.Principals = w.some(prs, func() []string { return w.principalList(account) })
	default:
		in.ResourceArns = w.some(res, func() []string { return w.resourceList(account, region) })
		in.Principals = w.some(prs, func() []string { return w.principalList(account) })
	}
	if w.bad() {
		in.ResourceArns = append(in.ResourceArns, w.resourceARN(account, region))
	}
	if w.r.Chance(12) {
		in.Sources = w.sourceList()
	}
	return propMk(w, "DisassociateResourceShare", account, region, in, false, (*ram.Client).DisassociateResourceShare)
}

func genAcceptInvitation(w *propWorld) *propCall {
	arn, account, region := w.invitationTarget()
	in := &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: w.strPtr(arn), ClientToken: w.token()}
	return propMk(w, "AcceptResourceShareInvitation", account, region, in, false, (*ram.Client).AcceptResourceShareInvitation)
}

func genRejectInvitation(w *propWorld) *propCall {
	arn, account, region := w.invitationTarget()
	in := &ram.RejectResourceShareInvitationInput{ResourceShareInvitationArn: w.strPtr(arn), ClientToken: w.token()}
	return propMk(w, "RejectResourceShareInvitation", account, region, in, false, (*ram.Client).RejectResourceShareInvitation)
}

func genEnableSharing(w *propWorld) *propCall {
	account := propMgmt
	if w.bad() {
		account = w.caller()
	}
	return propMk(w, "EnableSharingWithAwsOrganization", account, w.region(), &ram.EnableSharingWithAwsOrganizationInput{}, false,
		(*ram.Client).EnableSharingWithAwsOrganization)
}

// tagTarget fills a TagResource or UntagResource input's target: a share,
// a permission, or, for a bad value, both or neither.
func (w *propWorld) tagTarget() (shareARN, permARN *string, account, region string) {
	if w.bad() && w.r.Chance(20) {
		if w.r.Chance(50) {
			return nil, nil, w.caller(), w.region()
		}
		s, a, r := w.shareTarget()
		p, _, _ := w.permTarget()
		return &s, &p, a, r
	}
	if w.r.Chance(60) {
		arn, a, r := w.shareTarget()
		return &arn, nil, a, r
	}
	arn, a, r := w.permTarget()
	return nil, &arn, a, r
}

func genTagResource(w *propWorld) *propCall {
	s, p, account, region := w.tagTarget()
	tags := w.tags()
	if len(tags) == 0 && !w.bad() {
		tags = []types.Tag{w.tag()}
	}
	in := &ram.TagResourceInput{ResourceShareArn: s, ResourceArn: p, Tags: tags}
	return propMk(w, "TagResource", account, region, in, false, (*ram.Client).TagResource)
}

func genUntagResource(w *propWorld) *propCall {
	s, p, account, region := w.tagTarget()
	keys := propList(w, 3, func() string { return proptest.Pick(w.r, "env", "team", "k1", "k2", "nope", "", "aws:x") })
	if len(keys) == 0 && !w.bad() {
		keys = []string{"env"}
	}
	in := &ram.UntagResourceInput{ResourceShareArn: s, ResourceArn: p, TagKeys: keys}
	return propMk(w, "UntagResource", account, region, in, false, (*ram.Client).UntagResource)
}

func genAssociatePermission(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	perm, _, _ := w.permTarget()
	if cs := w.cmpsOf(account, region); len(cs) > 0 && w.r.Chance(50) {
		perm = proptest.Pick(w.r, cs...)
	}
	in := &ram.AssociateResourceSharePermissionInput{ResourceShareArn: w.strPtr(arn), PermissionArn: w.strPtr(perm),
		Replace: w.boolPtr(), ClientToken: w.token()}
	if w.r.Chance(30) {
		in.PermissionVersion = w.version(perm)
	}
	return propMk(w, "AssociateResourceSharePermission", account, region, in, false, (*ram.Client).AssociateResourceSharePermission)
}

func genDisassociatePermission(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	perm, _, _ := w.permTarget()
	if ps := w.sharePerms[arn]; len(ps) > 0 && !w.bad() {
		perm = proptest.Pick(w.r, ps...)
	}
	in := &ram.DisassociateResourceSharePermissionInput{ResourceShareArn: w.strPtr(arn), PermissionArn: w.strPtr(perm), ClientToken: w.token()}
	return propMk(w, "DisassociateResourceSharePermission", account, region, in, false, (*ram.Client).DisassociateResourceSharePermission)
}

func genCreatePermission(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	typ := proptest.Pick(w.r, propCMPTypes...)
	in := &ram.CreatePermissionInput{
		Name:           ptr(proptest.Pick(w.r, "P1", "P2", "P3", "a.b-c_d")),
		ResourceType:   &typ,
		PolicyTemplate: ptr(w.template(typ)),
		Tags:           w.tags(),
		ClientToken:    w.token(),
	}
	if w.bad() {
		in.Name = proptest.Pick(w.r, ptr("bad name"), ptr(""), ptr(strings.Repeat("n", 37)), nil, in.Name)
	}
	if w.bad() {
		in.ResourceType = proptest.Pick(w.r, ptr("ec2:TransitGateway"), ptr("CodeBuild:Project"), ptr("bogus:Type"), ptr(""), nil)
	}
	if w.bad() {
		in.PolicyTemplate = proptest.Pick(w.r, ptr(""), nil)
	}
	return propMk(w, "CreatePermission", account, region, in, false, (*ram.Client).CreatePermission)
}

func genCreatePermissionVersion(w *propWorld) *propCall {
	arn, account, region := w.permTarget()
	in := &ram.CreatePermissionVersionInput{PermissionArn: w.strPtr(arn), PolicyTemplate: w.strPtr(w.template(w.permType[arn])), ClientToken: w.token()}
	return propMk(w, "CreatePermissionVersion", account, region, in, false, (*ram.Client).CreatePermissionVersion)
}

func genDeletePermission(w *propWorld) *propCall {
	arn, account, region := w.permTarget()
	in := &ram.DeletePermissionInput{PermissionArn: w.strPtr(arn), ClientToken: w.token()}
	return propMk(w, "DeletePermission", account, region, in, false, (*ram.Client).DeletePermission)
}

func genDeletePermissionVersion(w *propWorld) *propCall {
	arn, account, region := w.permTarget()
	in := &ram.DeletePermissionVersionInput{PermissionArn: w.strPtr(arn), PermissionVersion: w.version(arn), ClientToken: w.token()}
	return propMk(w, "DeletePermissionVersion", account, region, in, false, (*ram.Client).DeletePermissionVersion)
}

func genSetDefaultPermissionVersion(w *propWorld) *propCall {
	arn, account, region := w.permTarget()
	in := &ram.SetDefaultPermissionVersionInput{PermissionArn: w.strPtr(arn), PermissionVersion: w.version(arn), ClientToken: w.token()}
	return propMk(w, "SetDefaultPermissionVersion", account, region, in, false, (*ram.Client).SetDefaultPermissionVersion)
}

func genReplacePermissionAssociations(w *propWorld) *propCall {
	from, account, region := w.permTarget()
	to, _, _ := w.permTarget()
	if w.r.Chance(30) {
		to = from
	} else if cs := w.cmpsOf(account, region); len(cs) > 0 && w.r.Chance(50) {
		to = proptest.Pick(w.r, cs...)
	}
	in := &ram.ReplacePermissionAssociationsInput{FromPermissionArn: w.strPtr(from), ToPermissionArn: w.strPtr(to), ClientToken: w.token()}
	if w.r.Chance(30) {
		in.FromPermissionVersion = w.version(from)
	}
	return propMk(w, "ReplacePermissionAssociations", account, region, in, false, (*ram.Client).ReplacePermissionAssociations)
}

func genPromotePermission(w *propWorld) *propCall {
	arn, account, region := w.permTarget()
	if len(w.policyPerms.list) > 0 && !w.bad() {
		arn = w.policyPerms.pick(w.r)
		account, region = propARNAccount(arn), propARNRegion(arn)
	}
	in := &ram.PromotePermissionCreatedFromPolicyInput{PermissionArn: w.strPtr(arn),
		Name: ptr(proptest.Pick(w.r, "Promoted1", "Promoted2", "P1")), ClientToken: w.token()}
	if w.bad() {
		in.Name = proptest.Pick(w.r, ptr(""), ptr("bad name"), nil)
	}
	return propMk(w, "PromotePermissionCreatedFromPolicy", account, region, in, false, (*ram.Client).PromotePermissionCreatedFromPolicy)
}

func genPromoteShare(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	if len(w.policyShares.list) > 0 && !w.bad() && w.r.Chance(70) {
		arn = w.policyShares.pick(w.r)
		account, region = propARNAccount(arn), propARNRegion(arn)
	}
	in := &ram.PromoteResourceShareCreatedFromPolicyInput{ResourceShareArn: w.strPtr(arn)}
	return propMk(w, "PromoteResourceShareCreatedFromPolicy", account, region, in, false, (*ram.Client).PromoteResourceShareCreatedFromPolicy)
}

// ---- the reads ----

func genGetResourceShares(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	in := &ram.GetResourceSharesInput{ResourceOwner: w.owner(), ResourceShareArns: w.shareARNs(), Name: w.optStr(15, "s", "policy", "renamed"),
		MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(25) {
		in.ResourceShareStatus = types.ResourceShareStatus(proptest.Pick(w.r, "ACTIVE", "DELETED", "DELETING", "PENDING"))
	}
	if w.bad() {
		in.ResourceShareStatus = "BOGUS"
	}
	if w.r.Chance(15) {
		in.TagFilters = proptest.Pick(w.r, []types.TagFilter{{TagKey: ptr("env")}}, []types.TagFilter{{TagKey: ptr("env"), TagValues: []string{"a"}}})
		if w.bad() {
			in.TagFilters = proptest.Pick(w.r, []types.TagFilter{{TagKey: ptr("")}}, []types.TagFilter{{TagValues: []string{"a"}}})
		}
	}
	if w.r.Chance(15) {
		p, _, _ := w.permTarget()
		in.PermissionArn = &p
		if w.r.Chance(50) {
			in.PermissionVersion = w.version(p)
		}
	}
	if w.bad() && w.r.Chance(20) {
		in.PermissionVersion = ptr(int32(1))
	}
	return propMk(w, "GetResourceShares", account, region, in, true, (*ram.Client).GetResourceShares)
}

func genGetResourceShareAssociations(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	in := &ram.GetResourceShareAssociationsInput{ResourceShareArns: w.shareARNs(), AssociationStatus: w.associationStatus(),
		MaxResults: w.maxResults(), NextToken: w.nextToken()}
	in.AssociationType = proptest.Pick(w.r, types.ResourceShareAssociationTypePrincipal, types.ResourceShareAssociationTypeResource)
	if w.bad() {
		in.AssociationType = types.ResourceShareAssociationType(proptest.Pick(w.r, "SOURCE", "", "BOGUS"))
	}
	if w.r.Chance(20) && (in.AssociationType == types.ResourceShareAssociationTypeResource || w.bad()) {
		in.ResourceArn = ptr(w.resourceARN(account, region))
	}
	if w.r.Chance(20) && (in.AssociationType == types.ResourceShareAssociationTypePrincipal || w.bad()) {
		in.Principal = ptr(proptest.Pick(w.r, w.principal(account), w.orgID, w.ouID))
	}
	return propMk(w, "GetResourceShareAssociations", account, region, in, true, (*ram.Client).GetResourceShareAssociations)
}

func genGetResourceShareInvitations(w *propWorld) *propCall {
	_, account, region := w.invitationTarget()
	in := &ram.GetResourceShareInvitationsInput{ResourceShareArns: w.shareARNs(), MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(25) {
		in.ResourceShareInvitationArns = propList(w, 2, func() string { a, _, _ := w.invitationTarget(); return a })
	}
	return propMk(w, "GetResourceShareInvitations", account, region, in, true, (*ram.Client).GetResourceShareInvitations)
}

func genListPrincipals(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	in := &ram.ListPrincipalsInput{ResourceOwner: w.owner(), ResourceType: w.resourceType(15), ResourceShareArns: w.shareARNs(),
		MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(15) {
		in.ResourceArn = ptr(w.resourceARN(account, region))
	}
	if w.r.Chance(15) {
		in.Principals = w.principalList(account)
	}
	return propMk(w, "ListPrincipals", account, region, in, true, (*ram.Client).ListPrincipals)
}

func genListResources(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	in := &ram.ListResourcesInput{ResourceOwner: w.owner(), ResourceType: w.resourceType(15), ResourceShareArns: w.shareARNs(),
		ResourceRegionScope: w.regionScope(), MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(15) {
		in.ResourceArns = w.resourceList(account, region)
	}
	if w.r.Chance(15) {
		in.Principal = ptr(w.principal(account))
	}
	return propMk(w, "ListResources", account, region, in, true, (*ram.Client).ListResources)
}

func genGetResourcePolicies(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	var arns []string
	if rs := w.sharedRes[account+"/"+region]; len(rs) > 0 && !w.bad() {
		arns = w.some(rs, nil)
	} else {
		arns = w.resourceList(account, region)
	}
	in := &ram.GetResourcePoliciesInput{ResourceArns: arns, MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(20) {
		in.Principal = ptr(w.principal(account))
	}
	return propMk(w, "GetResourcePolicies", account, region, in, true, (*ram.Client).GetResourcePolicies)
}

func genListResourceSharePermissions(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	if len(w.received) > 0 && w.r.Chance(30) {
		g := proptest.Pick(w.r, w.received...)
		arn, account, region = g[2], g[0], g[1]
	}
	in := &ram.ListResourceSharePermissionsInput{ResourceShareArn: w.strPtr(arn), MaxResults: w.maxResults(), NextToken: w.nextToken()}
	return propMk(w, "ListResourceSharePermissions", account, region, in, true, (*ram.Client).ListResourceSharePermissions)
}

func genListPermissions(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	in := &ram.ListPermissionsInput{ResourceType: w.resourceType(25), MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(50) {
		in.PermissionType = types.PermissionTypeFilter(proptest.Pick(w.r, "ALL", "AWS_MANAGED", "CUSTOMER_MANAGED", "AWS", "LOCAL"))
	}
	if w.bad() {
		in.PermissionType = "BOGUS"
	}
	return propMk(w, "ListPermissions", account, region, in, true, (*ram.Client).ListPermissions)
}

func genGetPermission(w *propWorld) *propCall {
	arn, account, region := w.permTarget()
	in := &ram.GetPermissionInput{PermissionArn: w.strPtr(arn)}
	if w.r.Chance(50) {
		in.PermissionVersion = w.version(arn)
	}
	return propMk(w, "GetPermission", account, region, in, true, (*ram.Client).GetPermission)
}

func genListPermissionVersions(w *propWorld) *propCall {
	arn, account, region := w.permTarget()
	in := &ram.ListPermissionVersionsInput{PermissionArn: w.strPtr(arn), MaxResults: w.maxResults(), NextToken: w.nextToken()}
	return propMk(w, "ListPermissionVersions", account, region, in, true, (*ram.Client).ListPermissionVersions)
}

func genListPermissionAssociations(w *propWorld) *propCall {
	arn, account, region := w.permTarget()
	in := &ram.ListPermissionAssociationsInput{AssociationStatus: w.associationStatus(), ResourceType: w.resourceType(15),
		DefaultVersion: w.boolPtr(), MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(50) {
		in.PermissionArn = &arn
		if w.r.Chance(30) {
			in.PermissionVersion = w.version(arn)
		}
	}
	if w.r.Chance(20) {
		in.FeatureSet = types.PermissionFeatureSet(proptest.Pick(w.r, "STANDARD", "CREATED_FROM_POLICY", "PROMOTING_TO_STANDARD"))
	}
	if w.bad() {
		in.FeatureSet = "BOGUS"
	}
	return propMk(w, "ListPermissionAssociations", account, region, in, true, (*ram.Client).ListPermissionAssociations)
}

func genListReplaceWork(w *propWorld) *propCall {
	account, region := w.caller(), w.region()
	in := &ram.ListReplacePermissionAssociationsWorkInput{MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(30) {
		in.WorkIds = propList(w, 2, func() string {
			if w.r.Chance(70) && len(w.works.list) > 0 {
				return w.works.pick(w.r)
			}
			return propUnknownUUID
		})
	}
	if w.r.Chance(30) {
		in.Status = types.ReplacePermissionAssociationsWorkStatus(proptest.Pick(w.r, "IN_PROGRESS", "COMPLETED", "FAILED"))
	}
	if w.bad() {
		in.Status = "BOGUS"
	}
	return propMk(w, "ListReplacePermissionAssociationsWork", account, region, in, true, (*ram.Client).ListReplacePermissionAssociationsWork)
}

func genListResourceTypes(w *propWorld) *propCall {
	in := &ram.ListResourceTypesInput{ResourceRegionScope: w.regionScope(), MaxResults: w.maxResults(), NextToken: w.nextToken()}
	return propMk(w, "ListResourceTypes", w.caller(), w.region(), in, true, (*ram.Client).ListResourceTypes)
}

func genListPendingInvitationResources(w *propWorld) *propCall {
	arn, account, region := w.invitationTarget()
	in := &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: w.strPtr(arn), ResourceRegionScope: w.regionScope(),
		MaxResults: w.maxResults(), NextToken: w.nextToken()}
	return propMk(w, "ListPendingInvitationResources", account, region, in, true, (*ram.Client).ListPendingInvitationResources)
}

func genListSourceAssociations(w *propWorld) *propCall {
	arn, account, region := w.shareTarget()
	in := &ram.ListSourceAssociationsInput{AssociationStatus: w.associationStatus(), SourceId: w.optStr(20, propMgmt, w.orgID, "x"),
		SourceType: w.optStr(15, "ACCOUNT", "ARN", "ORGANIZATION_ID", "BOGUS"), MaxResults: w.maxResults(), NextToken: w.nextToken()}
	if w.r.Chance(30) {
		in.ResourceShareArns = []string{arn}
	}
	return propMk(w, "ListSourceAssociations", account, region, in, true, (*ram.Client).ListSourceAssociations)
}

// ---- rendering inputs as Go ----

// propInputLiteral renders an input as a Go expression, keeping nil and
// empty lists apart, so that a failure can be pasted into a test.
func propInputLiteral(in any) string {
	v := reflect.ValueOf(in)
	if !v.IsValid() || (v.Kind() == reflect.Pointer && v.IsNil()) {
		return "nil"
	}
	return propLiteral(v)
}

func propLiteral(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "nil"
		}
		e := v.Elem()
		switch {
		case e.Kind() == reflect.Struct:
			return "&" + propLiteral(e)
		case e.Type() == reflect.TypeFor[string]() || e.Type() == reflect.TypeFor[bool]():
			return "ptr(" + propLiteral(e) + ")"
		}
		return "ptr(" + e.Type().String() + "(" + propLiteral(e) + "))"
	case reflect.Struct:
		var parts []string
		for i := range v.NumField() {
			f, fv := v.Type().Field(i), v.Field(i)
			if !f.IsExported() || (fv.IsZero() && (fv.Kind() != reflect.Slice || fv.IsNil())) {
				continue
			}
			parts = append(parts, f.Name+": "+propLiteral(fv))
		}
		return v.Type().String() + "{" + strings.Join(parts, ", ") + "}"
	case reflect.Slice:
		if v.IsNil() {
			return "nil"
		}
		items := make([]string, v.Len())
		for i := range items {
			items[i] = propLiteral(v.Index(i))
		}
		return v.Type().String() + "{" + strings.Join(items, ", ") + "}"
	case reflect.String:
		s := v.String()
		if r, size := utf8.DecodeRuneInString(s); len(s) > 40 && strings.Count(s, string(r))*size == len(s) {
			return "strings.Repeat(" + strconv.Quote(string(r)) + ", " + strconv.Itoa(len(s)/size) + ")"
		}
		return strconv.Quote(s)
	}
	return fmt.Sprint(v.Interface())
}
