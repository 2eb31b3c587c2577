package wellarchitected_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/awsmodel"
	"github.com/sharesim/sharesim/internal/proptest"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// TestPropertiesRandomCalls drives one world (an organization with a
// management account and two members in nested OUs, an outside account,
// two regions, a fake clock, seeded IDs) with random calls through the
// in-process clients of every account and region, over every
// Well-Architected operation sharesim implements. Inputs come from small
// pools that mix valid values with unknown, foreign, malformed and
// out-of-range ones, client request tokens reused with the same and with
// other input, forged and stale NextTokens; between calls the clock
// advances (invitations expire, organization shares settle) and members
// move between OUs, leave and come back. Around every call it takes a
// snapshot of everything each (account, region) observes through the read
// and list operations, every page followed, and checks:
//
//   - no call panics;
//   - a call that fails returns an exception its operation models
//     (wellarchitected/service-2.json), never InternalServerException, with
//     the model's HTTP status, the spec's message prefix (wellarchitected.md
//     §0.1) and the members the shape requires, and changes nothing: the
//     snapshot after equals the snapshot before (shown as JSON when not);
//   - a read changes nothing, and neither does a ClientRequestToken replay,
//     which returns the original output; a token reused with other input is
//     W11 unless validation fails first, and a token only failed calls used
//     is never a conflict (§0.3);
//   - the cross-account views agree (§4, §5): a recipient lists and gets a
//     resource exactly when one of its owner's shares reaches it (a lens
//     once published), and gets what the owner gets but for the tags and
//     the invitation it accepted; nobody sees another region's resources; a
//     Get of anything not listed is ResourceNotFound; pending invitations
//     are exactly the owners' PENDING account shares, which expire seven
//     days after they were sent; every organization member reads the same
//     organization-sharing status; organization shares are FAILED once it
//     is off or their owner left; names are unique and quotas hold (§6);
//   - a call's answer is what its caller then sees: what it created is
//     listed, a published version is the latest, a share has the
//     permission given;
//   - listings walked a page per step, with other calls in between, return
//     no item twice and every item listed throughout (DESIGN.md).
//
// Each seed is deterministic (math/rand/v2 PCG, seeded IDs, a fake clock);
// a failure names the seed, the step, the call and the calls before it, and
// go test -run 'TestPropertiesRandomCalls/seeds/seed=N$' replays it.
// SHARESIM_PROPERTY_SEEDS and SHARESIM_PROPERTY_STEPS override the number
// of seeds and of steps per seed, for a longer hunt.
func TestPropertiesRandomCalls(t *testing.T) {
	proptest.Run(t, 20, 160, func(t *testing.T, seed uint64, steps int, tally *proptest.Tally) {
		newWAPropWorld(t, seed, tally).run(steps)
	})
}

// The world's accounts and regions.
const (
	wpMgmt = "111111111111" // manages the organization
	wpM1   = "222222222222" // a member in OU A
	wpM2   = "333333333333" // a member in OU B, beneath A
	wpExt  = "444444444444" // outside the organization
	wpNone = "999999999999" // a valid account that never calls
	wpR1   = "us-east-1"
	wpR2   = "eu-west-1"
)

var wpAccounts = []string{wpMgmt, wpM1, wpM2, wpExt}

// wpModel lists, per operation, the exceptions its model declares
// (aws-models/wellarchitected/service-2.json).
var wpModel = proptest.Model{Service: awsmodel.WellArchitected, Modeled: map[string][]string{
	"CreateLensShare":       {"Validation", "Conflict", "InternalServer", "ResourceNotFound", "ServiceQuotaExceeded", "AccessDenied", "Throttling"},
	"CreateLensVersion":     {"Validation", "ResourceNotFound", "ServiceQuotaExceeded", "Conflict", "InternalServer", "AccessDenied", "Throttling"},
	"CreateProfile":         {"Validation", "Conflict", "ServiceQuotaExceeded", "InternalServer", "AccessDenied", "Throttling"},
	"CreateProfileShare":    {"Validation", "Conflict", "InternalServer", "ResourceNotFound", "ServiceQuotaExceeded", "AccessDenied", "Throttling"},
	"CreateReviewTemplate":  {"Validation", "Conflict", "ServiceQuotaExceeded", "InternalServer", "AccessDenied", "ResourceNotFound", "Throttling"},
	"CreateTemplateShare":   {"Validation", "Conflict", "InternalServer", "ResourceNotFound", "ServiceQuotaExceeded", "AccessDenied", "Throttling"},
	"CreateWorkload":        {"Validation", "Conflict", "ServiceQuotaExceeded", "InternalServer", "AccessDenied", "ResourceNotFound", "Throttling"},
	"CreateWorkloadShare":   {"Validation", "Conflict", "InternalServer", "ResourceNotFound", "ServiceQuotaExceeded", "AccessDenied", "Throttling"},
	"DeleteLens":            {"Validation", "ResourceNotFound", "Conflict", "InternalServer", "AccessDenied", "Throttling"},
	"DeleteLensShare":       {"Validation", "InternalServer", "ResourceNotFound", "Conflict", "AccessDenied", "Throttling"},
	"DeleteProfile":         {"Validation", "ResourceNotFound", "Conflict", "InternalServer", "AccessDenied", "Throttling"},
	"DeleteProfileShare":    {"Validation", "InternalServer", "ResourceNotFound", "Conflict", "AccessDenied", "Throttling"},
	"DeleteReviewTemplate":  {"Validation", "ResourceNotFound", "Conflict", "InternalServer", "AccessDenied", "Throttling"},
	"DeleteTemplateShare":   {"Validation", "InternalServer", "ResourceNotFound", "Conflict", "AccessDenied", "Throttling"},
	"DeleteWorkload":        {"Validation", "ResourceNotFound", "Conflict", "InternalServer", "AccessDenied", "Throttling"},
	"DeleteWorkloadShare":   {"Validation", "InternalServer", "ResourceNotFound", "Conflict", "AccessDenied", "Throttling"},
	"ExportLens":            {"Validation", "ResourceNotFound", "InternalServer", "AccessDenied", "Throttling"},
	"GetGlobalSettings":     {"Validation", "InternalServer", "AccessDenied", "Throttling"},
	"GetLens":               {"Validation", "ResourceNotFound", "InternalServer", "AccessDenied", "Throttling"},
	"GetProfile":            {"Validation", "ResourceNotFound", "InternalServer", "AccessDenied", "Throttling"},
	"GetReviewTemplate":     {"Validation", "ResourceNotFound", "InternalServer", "AccessDenied", "Throttling"},
	"GetWorkload":           {"Validation", "ResourceNotFound", "InternalServer", "AccessDenied", "Throttling"},
	"ImportLens":            {"Validation", "Conflict", "ResourceNotFound", "ServiceQuotaExceeded", "InternalServer", "AccessDenied", "Throttling"},
	"ListLensShares":        {"Validation", "InternalServer", "ResourceNotFound", "AccessDenied", "Throttling"},
	"ListLenses":            {"Validation", "InternalServer", "AccessDenied", "Throttling"},
	"ListProfileShares":     {"Validation", "InternalServer", "ResourceNotFound", "AccessDenied", "Throttling"},
	"ListProfiles":          {"Validation", "InternalServer", "AccessDenied", "Throttling"},
	"ListReviewTemplates":   {"Validation", "InternalServer", "AccessDenied", "Throttling"},
	"ListShareInvitations":  {"Validation", "InternalServer", "AccessDenied", "Throttling"},
	"ListTemplateShares":    {"Validation", "InternalServer", "ResourceNotFound", "AccessDenied", "Throttling"},
	"ListWorkloadShares":    {"Validation", "InternalServer", "ResourceNotFound", "AccessDenied", "Throttling"},
	"ListWorkloads":         {"Validation", "InternalServer", "AccessDenied", "Throttling"},
	"UpdateGlobalSettings":  {"Validation", "Conflict", "InternalServer", "AccessDenied", "Throttling"},
	"UpdateShareInvitation": {"Validation", "InternalServer", "ResourceNotFound", "Conflict", "AccessDenied", "Throttling"},
	"UpdateWorkload":        {"Validation", "ResourceNotFound", "Conflict", "InternalServer", "AccessDenied", "Throttling"},
	"UpdateWorkloadShare":   {"Validation", "InternalServer", "ResourceNotFound", "Conflict", "AccessDenied", "Throttling"},
}}

// The resource kinds of the pools.
const (
	wpLens     = "lens"
	wpWorkload = "workload"
	wpProfile  = "profile"
	wpTemplate = "template"
)

var wpKinds = []string{wpLens, wpWorkload, wpProfile, wpTemplate}

type wpCaller struct{ account, region string }

func (c wpCaller) String() string { return c.account + "@" + c.region }

// wpRes is a shareable resource the snapshots showed: its ID (a workload
// ID or an ARN), its owner and region.
type wpRes struct{ kind, id, owner, region string }

type wpShareRef struct {
	kind, resID, shareID string
	owner                wpCaller
}

type wpInvRef struct {
	id string
	to wpCaller
}

// wpCall is one generated call.
type wpCall struct {
	op    string
	who   wpCaller
	in    any     // the input, for reports and fingerprints
	token *string // the ClientRequestToken member of an operation that takes one
	read  bool    // a read: it never changes anything
	run   func() (any, error)
	// then, when set, sees the call's result before the snapshot after it.
	then func(out any, err error)
}

type wpIdemKey struct {
	who       wpCaller
	op, token string
}

type wpIdem struct {
	fingerprint, output string
	at                  time.Time
}

type wpWorld struct {
	proptest.Trail
	t       *testing.T
	r       *proptest.Rand
	store   *share.Store
	clk     *clock.Fake
	org     sharetest.StoreWorld
	orgID   string
	root    string
	ouA     string
	ouB     string
	parent  map[string]string // each member's parent; absent: not in the organization
	callers []wpCaller
	clients map[wpCaller]*wellarchitected.Client
	strict  map[wpCaller]*wellarchitected.Client

	uniq    int
	snap    *wpSnap
	tally   *proptest.Tally
	idem    map[wpIdemKey]wpIdem
	replays []wpCall // tokenized calls that succeeded
	walkers []*wpWalker
	sentAt  map[string]time.Time // when each account share's invitation was (re)sent, by share ID

	live         map[string][]wpRes // by kind, from the last snapshot
	stale        map[string][]wpRes // seen once, gone now
	shares       []wpShareRef
	staleShares  []wpShareRef
	invites      []wpInvRef
	staleInvites []wpInvRef
	pageTokens   []string
}

func newWAPropWorld(t *testing.T, seed uint64, tally *proptest.Tally) *wpWorld {
	clk := clock.NewFake(sharetest.Start)
	opts := &share.Options{
		Clock: clk, IDs: share.SeededIDs(seed + 1),
		WellArchitected: share.WAOptions{
			// Small quotas, so that calls reach them.
			MaxSharesPerLens: 3, MaxSharesPerWorkload: 3, MaxSharesPerProfile: 2, MaxSharesPerTemplate: 2,
			MaxCustomLenses: 2, MaxVersionsPerLens: 3, MaxWorkloads: 3, MaxReviewTemplates: 2, MaxLensesPerWorkload: 3,
		},
	}
	if seed%2 == 1 {
		opts.PropagationDelay = time.Minute // organization shares stay ASSOCIATING a while
	}
	store := share.NewStore(opts)
	sw := sharetest.StoreWorld{Store: store, Clock: clk}
	w := &wpWorld{
		Trail: proptest.Trail{Seed: seed}, t: t, r: proptest.NewRand(seed), tally: tally,
		store: store, clk: clk,
		clients: map[wpCaller]*wellarchitected.Client{}, strict: map[wpCaller]*wellarchitected.Client{},
		idem: map[wpIdemKey]wpIdem{}, sentAt: map[string]time.Time{},
		live: map[string][]wpRes{}, stale: map[string][]wpRes{},
	}
	w.org = sw
	w.orgID, w.root = sw.CreateOrganization(t, wpMgmt)
	w.ouA = sw.CreateOU(t, wpMgmt, w.root, "A")
	w.ouB = sw.CreateOU(t, wpMgmt, w.ouA, "B")
	sw.Admit(t, wpMgmt, wpM1, w.ouA)
	sw.Admit(t, wpMgmt, wpM2, w.ouB)
	w.parent = map[string]string{wpMgmt: w.root, wpM1: w.ouA, wpM2: w.ouB}
	for _, a := range wpAccounts {
		for _, r := range []string{wpR1, wpR2} {
			c := wpCaller{a, r}
			w.callers = append(w.callers, c)
			w.clients[c] = wellarchitected.New(store, a, r)
			w.strict[c] = w.clients[c].Strict()
		}
	}
	if seed%4 != 0 {
		_, err := w.clients[wpCaller{wpMgmt, wpR1}].UpdateGlobalSettings(context.Background(),
			&wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusEnabled})
		if err != nil {
			t.Fatalf("seed %d: enabling organization sharing: %v", seed, err)
		}
	}
	w.seedResources()
	return w
}

// seedResources gives every account a published lens, a workload, a
// profile and a review template in the first region, so that sharing
// starts at once.
func (w *wpWorld) seedResources() {
	ctx := context.Background()
	must := func(what string, err error) {
		if err != nil {
			w.t.Fatalf("seed %d: %s: %v", w.Seed, what, err)
		}
	}
	for _, a := range wpAccounts {
		c := w.clients[wpCaller{a, wpR1}]
		l, err := c.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: ptr(fmt.Sprintf(wpLensDoc, "Policy of "+a))})
		must("ImportLens", err)
		_, err = c.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: l.LensArn, LensVersion: ptr("1.0")})
		must("CreateLensVersion", err)
		_, err = c.CreateWorkload(ctx, &wellarchitected.CreateWorkloadInput{WorkloadName: ptr("Orders"), Description: ptr("A workload to share."),
			Environment: types.WorkloadEnvironmentProduction, AwsRegions: []string{wpR1}, ReviewOwner: ptr("owner@example.com"),
			Lenses: []string{"wellarchitected", *l.LensArn}})
		must("CreateWorkload", err)
		_, err = c.CreateProfile(ctx, &wellarchitected.CreateProfileInput{ProfileName: ptr("Baseline"), ProfileDescription: ptr("A profile."),
			ProfileQuestions: []types.ProfileQuestionUpdate{}})
		must("CreateProfile", err)
		_, err = c.CreateReviewTemplate(ctx, &wellarchitected.CreateReviewTemplateInput{TemplateName: ptr("Quarterly review"),
			Description: ptr("A template."), Lenses: []string{"wellarchitected"}})
		must("CreateReviewTemplate", err)
	}
}

func (w *wpWorld) run(steps int) {
	w.snap = w.snapshot()
	w.checkViews(w.snap, "the initial snapshot")
	w.harvest(w.snap)
	for w.Step = 1; w.Step <= steps; w.Step++ {
		switch n := w.r.IntN(100); {
		case n < 6:
			w.advance()
			continue
		case n < 8:
			w.reorganize()
			continue
		}
		w.do(w.generate())
	}
}

// advance moves the clock by a random amount: across propagation delays,
// the idempotency window and the seven days of an invitation.
func (w *wpWorld) advance() {
	d := proptest.Pick(w.r, 30*time.Second, 2*time.Minute, time.Hour, 25*time.Hour, 3*24*time.Hour, 7*24*time.Hour)
	w.clk.Advance(d)
	w.Record(fmt.Sprintf("step %d: advance the clock %v", w.Step, d))
	after := w.snapshot()
	w.checkViews(after, "after advancing the clock")
	w.snap = after
	w.harvest(after)
}

// reorganize moves a member to another parent, takes one out of the
// organization or brings one back: access through organization and OU
// shares follows (wellarchitected.md §5), and a leaver's own organization
// shares fail (§4).
func (w *wpWorld) reorganize() {
	a := proptest.Pick(w.r, wpM1, wpM2)
	from, in := w.parent[a]
	var what string
	switch {
	case !in:
		to := proptest.Pick(w.r, w.root, w.ouA, w.ouB)
		w.org.Admit(w.t, wpMgmt, a, to)
		w.parent[a] = to
		what = "admit " + a + " under " + to
	case w.r.Chance(30):
		w.org.Remove(w.t, wpMgmt, a)
		delete(w.parent, a)
		what = "remove " + a
	default:
		to := proptest.Pick(w.r, w.root, w.ouA, w.ouB)
		if to == from {
			return
		}
		w.org.Move(w.t, wpMgmt, a, from, to)
		w.parent[a] = to
		what = "move " + a + " to " + to
	}
	w.Record(fmt.Sprintf("step %d: %s", w.Step, what))
	after := w.snapshot()
	w.checkViews(after, "after the organization changed: "+what)
	w.snap = after
	w.harvest(after)
}

// do makes one call and checks every property around it.
func (w *wpWorld) do(c wpCall) {
	before := w.snap
	now := w.clk.Now()
	out, err, panicked := proptest.Call(c.run)
	desc := fmt.Sprintf("step %d: %s %s %s", w.Step, c.who, c.op, proptest.JSON(c.in))
	if panicked != "" {
		w.fail(desc, "panic: %s", panicked)
	}
	if c.then != nil {
		c.then(out, err)
	}
	code := proptest.OK
	if err != nil {
		code = w.checkException(desc, c.op, err)
		desc += " -> " + err.Error()
	} else {
		desc += " -> " + proptest.JSON(out)
	}
	w.Record(desc)
	w.tally.Add(c.op, code)

	after := w.snapshot()
	switch {
	case err != nil:
		w.same(desc, before, after, "a failed call changed what callers observe")
	case c.read:
		w.same(desc, before, after, "a read changed what callers observe")
	}
	replay := w.checkToken(desc, c, now, out, err, before, after)
	if err == nil && !replay {
		w.checkOutput(desc, c, out, after)
	}
	if o, ok := out.(*wellarchitected.UpdateWorkloadShareOutput); ok && err == nil && o.WorkloadShare.Status == types.ShareStatusPending {
		w.sentAt[*o.WorkloadShare.ShareId] = now // the invitation is sent again (§3.17)
	}
	w.checkViews(after, desc)
	w.snap = after
	w.harvest(after)
}

func (w *wpWorld) fail(desc, format string, args ...any) {
	w.t.Helper()
	w.Fatalf(w.t, desc, format, args...)
}

// checkException checks that err is one of the exceptions op models, and
// well formed; it returns its code.
func (w *wpWorld) checkException(desc, op string, err error) string {
	w.t.Helper()
	ex, problem := wpModel.Check(op, err)
	if problem != nil {
		w.fail(desc, "%v", problem)
	}
	code := ex.ErrorCode()
	short := strings.TrimSuffix(code, "Exception")
	if !strings.HasPrefix(ex.ErrorMessage(), "["+short+"] ") {
		w.fail(desc, "message %q does not start with [%s]", ex.ErrorMessage(), short)
	}
	var (
		v  *types.ValidationException
		nf *types.ResourceNotFoundException
		cf *types.ConflictException
		q  *types.ServiceQuotaExceededException
	)
	switch {
	case errors.As(err, &v):
		if !slices.Contains(types.ValidationExceptionReason("").Values(), v.Reason) {
			w.fail(desc, "ValidationException with reason %q", v.Reason)
		}
		if v.Reason == types.ValidationExceptionReasonFieldValidationFailed && len(v.Fields) == 0 {
			w.fail(desc, "FIELD_VALIDATION_FAILED names no field")
		}
	case errors.As(err, &nf):
		if nf.ResourceId == nil || nf.ResourceType == nil {
			w.fail(desc, "ResourceNotFoundException without ResourceId or ResourceType")
		}
	case errors.As(err, &cf):
		if cf.ResourceId == nil || cf.ResourceType == nil {
			w.fail(desc, "ConflictException without ResourceId or ResourceType")
		}
	case errors.As(err, &q):
		if q.QuotaCode == nil || q.ServiceCode == nil {
			w.fail(desc, "ServiceQuotaExceededException without QuotaCode or ServiceCode")
		}
	}
	return code
}

// checkToken checks ClientRequestToken replays (wellarchitected.md §0.3).
func (w *wpWorld) checkToken(desc string, c wpCall, now time.Time, out any, err error, before, after *wpSnap) (replay bool) {
	w.t.Helper()
	if c.token == nil || *c.token == "" {
		return false
	}
	key := wpIdemKey{c.who, c.op, *c.token}
	fp := wpFingerprint(c.in)
	prev, ok := w.idem[key]
	within := ok && now.Before(prev.at.Add(24*time.Hour))
	var cf *types.ConflictException
	tokenConflict := errors.As(err, &cf) && cf.ResourceType != nil && *cf.ResourceType == "CLIENT_REQUEST_TOKEN"
	var v *types.ValidationException
	switch {
	case within && prev.fingerprint == fp:
		if err != nil {
			w.fail(desc, "a replay of a call that succeeded failed: %v", err)
		}
		if got := proptest.JSON(out); got != prev.output {
			w.fail(desc, "a replay answered %s, the original call %s", got, prev.output)
		}
		w.same(desc, before, after, "a replay changed what callers observe")
		return true
	case within:
		if err == nil {
			w.fail(desc, "a client request token reused with other input succeeded")
		}
		if !tokenConflict && !errors.As(err, &v) {
			w.fail(desc, "a client request token reused with other input is %v, want the token conflict (W11)", err)
		}
	default:
		if tokenConflict {
			w.fail(desc, "token conflict, but the token never succeeded (or its window passed): %v", err)
		}
		if err == nil {
			w.idem[key] = wpIdem{fingerprint: fp, output: proptest.JSON(out), at: now}
			w.replays = append(w.replays, c)
		}
	}
	return false
}

// checkOutput checks that what a call that succeeded (and was no replay)
// answers is what its caller then sees: what it created is listed, a
// published version is the latest, a share has the permission given.
func (w *wpWorld) checkOutput(desc string, c wpCall, out any, after *wpSnap) {
	w.t.Helper()
	v := after.views[c.who]
	listed := func(what, id string) {
		if !wpVisible(v)[id] {
			w.fail(desc, "%s answered %s %s, which %s does not list", c.op, what, id, c.who)
		}
	}
	share := func(kind, resID, shareID string) wpShareState {
		for _, sh := range sharesOf(v, kind, resID) {
			if sh.id == shareID {
				return sh
			}
		}
		w.fail(desc, "%s answered share %s, which the owner's listing of %s does not show", c.op, shareID, resID)
		return wpShareState{}
	}
	switch o := out.(type) {
	case *wellarchitected.ImportLensOutput:
		listed("lens", *o.LensArn)
	case *wellarchitected.CreateWorkloadOutput:
		listed("workload", *o.WorkloadId)
	case *wellarchitected.CreateProfileOutput:
		listed("profile", *o.ProfileArn)
	case *wellarchitected.CreateReviewTemplateOutput:
		listed("review template", *o.TemplateArn)
	case *wellarchitected.CreateLensVersionOutput:
		if g := v.LensGet[*o.LensArn]; g == nil || wpStr(g.LensVersion) != *o.LensVersion {
			w.fail(desc, "%s published %s, but the lens reads %s", c.op, *o.LensVersion, proptest.JSON(g))
		}
	case *wellarchitected.CreateLensShareOutput:
		share(wpLens, *c.in.(*wellarchitected.CreateLensShareInput).LensAlias, *o.ShareId)
	case *wellarchitected.CreateWorkloadShareOutput:
		in := c.in.(*wellarchitected.CreateWorkloadShareInput)
		if sh := share(wpWorkload, *o.WorkloadId, *o.ShareId); sh.permission != string(in.PermissionType) {
			w.fail(desc, "%s shared with permission %s, the listing says %s", c.op, in.PermissionType, sh.permission)
		}
	case *wellarchitected.CreateProfileShareOutput:
		share(wpProfile, *o.ProfileArn, *o.ShareId)
	case *wellarchitected.CreateTemplateShareOutput:
		share(wpTemplate, *o.TemplateArn, *o.ShareId)
	case *wellarchitected.UpdateWorkloadShareOutput:
		in := c.in.(*wellarchitected.UpdateWorkloadShareInput)
		if sh := share(wpWorkload, *o.WorkloadId, *o.WorkloadShare.ShareId); sh.permission != string(in.PermissionType) {
			w.fail(desc, "%s set permission %s, the listing says %s", c.op, in.PermissionType, sh.permission)
		}
	}
}

func wpStr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// --- snapshots ---

// wpView is everything one (account, region) observes.
type wpView struct {
	Settings       *wellarchitected.GetGlobalSettingsOutput
	Lenses         []types.LensSummary
	LensGet        map[string]*types.Lens
	LensExport     map[string]string
	LensShares     map[string][]types.LensShareSummary
	Workloads      []types.WorkloadSummary
	WorkloadGet    map[string]*types.Workload
	WorkloadShares map[string][]types.WorkloadShareSummary
	Profiles       []types.ProfileSummary
	ProfileGet     map[string]*types.Profile
	ProfileShares  map[string][]types.ProfileShareSummary
	Templates      []types.ReviewTemplateSummary
	TemplateGet    map[string]*types.ReviewTemplate
	TemplateShares map[string][]types.TemplateShareSummary
	Invitations    []types.ShareInvitationSummary
	// Probes holds, for resources this caller does not list, what a Get
	// of them answers.
	Probes map[string]string
}

type wpSnap struct {
	proptest.Reads
	views map[wpCaller]*wpView
}

var wpPage = ptr(int32(3))

// wpAll follows every NextToken of a listing.
func wpAll[T any](s *wpSnap, what string, fetch func(next *string) ([]T, *string, error)) []T {
	all, err := proptest.All(&s.Reads, what, fetch)
	if err != nil {
		s.Problemf("%s: %v", what, err)
	}
	return all
}

func (w *wpWorld) snapshot() *wpSnap {
	w.store.Settle()
	s := &wpSnap{views: map[wpCaller]*wpView{}}
	ctx := context.Background()
	for _, who := range w.callers {
		c := w.clients[who]
		v := &wpView{
			LensGet: map[string]*types.Lens{}, LensExport: map[string]string{}, LensShares: map[string][]types.LensShareSummary{},
			WorkloadGet: map[string]*types.Workload{}, WorkloadShares: map[string][]types.WorkloadShareSummary{},
			ProfileGet: map[string]*types.Profile{}, ProfileShares: map[string][]types.ProfileShareSummary{},
			TemplateGet: map[string]*types.ReviewTemplate{}, TemplateShares: map[string][]types.TemplateShareSummary{},
			Probes: map[string]string{},
		}
		s.views[who] = v
		problem := func(format string, args ...any) {
			s.Problemf("%s: %s", who, fmt.Sprintf(format, args...))
		}
		var err error
		if v.Settings, err = c.GetGlobalSettings(ctx, nil); err != nil {
			problem("GetGlobalSettings: %v", err)
		}
		// The official lenses are the world's configuration: list the
		// custom ones, the caller's, then those shared with it.
		for _, typ := range []types.LensType{types.LensTypeCustomSelf, types.LensTypeCustomShared} {
			v.Lenses = append(v.Lenses, wpAll(s, who.String()+" ListLenses", func(next *string) ([]types.LensSummary, *string, error) {
				out, err := c.ListLenses(ctx, &wellarchitected.ListLensesInput{LensType: typ, NextToken: next, MaxResults: wpPage})
				if err != nil {
					return nil, nil, err
				}
				return out.LensSummaries, out.NextToken, nil
			})...)
		}
		for _, l := range v.Lenses {
			if l.LensType == types.LensTypeAwsOfficial {
				continue
			}
			arn := *l.LensArn
			got, err := c.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: &arn})
			if err != nil {
				problem("GetLens %s, which ListLenses shows: %v", arn, err)
				continue
			}
			v.LensGet[arn] = got.Lens
			if l.Owner == nil || *l.Owner != who.account {
				continue
			}
			exp, err := c.ExportLens(ctx, &wellarchitected.ExportLensInput{LensAlias: &arn})
			if err != nil {
				problem("ExportLens %s: %v", arn, err)
			} else {
				v.LensExport[arn] = *exp.LensJSON
			}
			v.LensShares[arn] = wpAll(s, who.String()+" ListLensShares", func(next *string) ([]types.LensShareSummary, *string, error) {
				out, err := c.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: &arn, NextToken: next, MaxResults: wpPage})
				if err != nil {
					return nil, nil, err
				}
				return out.LensShareSummaries, out.NextToken, nil
			})
		}
		v.Workloads = wpAll(s, who.String()+" ListWorkloads", func(next *string) ([]types.WorkloadSummary, *string, error) {
			out, err := c.ListWorkloads(ctx, &wellarchitected.ListWorkloadsInput{NextToken: next, MaxResults: wpPage})
			if err != nil {
				return nil, nil, err
			}
			return out.WorkloadSummaries, out.NextToken, nil
		})
		for _, wl := range v.Workloads {
			id := *wl.WorkloadId
			got, err := c.GetWorkload(ctx, &wellarchitected.GetWorkloadInput{WorkloadId: &id})
			if err != nil {
				problem("GetWorkload %s, which ListWorkloads shows: %v", id, err)
				continue
			}
			v.WorkloadGet[id] = got.Workload
			if *wl.Owner != who.account {
				continue
			}
			v.WorkloadShares[id] = wpAll(s, who.String()+" ListWorkloadShares", func(next *string) ([]types.WorkloadShareSummary, *string, error) {
				out, err := c.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: &id, NextToken: next, MaxResults: wpPage})
				if err != nil {
					return nil, nil, err
				}
				return out.WorkloadShareSummaries, out.NextToken, nil
			})
		}
		v.Profiles = wpAll(s, who.String()+" ListProfiles", func(next *string) ([]types.ProfileSummary, *string, error) {
			out, err := c.ListProfiles(ctx, &wellarchitected.ListProfilesInput{NextToken: next, MaxResults: wpPage})
			if err != nil {
				return nil, nil, err
			}
			return out.ProfileSummaries, out.NextToken, nil
		})
		for _, p := range v.Profiles {
			arn := *p.ProfileArn
			got, err := c.GetProfile(ctx, &wellarchitected.GetProfileInput{ProfileArn: &arn})
			if err != nil {
				problem("GetProfile %s, which ListProfiles shows: %v", arn, err)
				continue
			}
			v.ProfileGet[arn] = got.Profile
			if *p.Owner != who.account {
				continue
			}
			v.ProfileShares[arn] = wpAll(s, who.String()+" ListProfileShares", func(next *string) ([]types.ProfileShareSummary, *string, error) {
				out, err := c.ListProfileShares(ctx, &wellarchitected.ListProfileSharesInput{ProfileArn: &arn, NextToken: next, MaxResults: wpPage})
				if err != nil {
					return nil, nil, err
				}
				return out.ProfileShareSummaries, out.NextToken, nil
			})
		}
		v.Templates = wpAll(s, who.String()+" ListReviewTemplates", func(next *string) ([]types.ReviewTemplateSummary, *string, error) {
			out, err := c.ListReviewTemplates(ctx, &wellarchitected.ListReviewTemplatesInput{NextToken: next, MaxResults: wpPage})
			if err != nil {
				return nil, nil, err
			}
			return out.ReviewTemplates, out.NextToken, nil
		})
		for _, tp := range v.Templates {
			arn := *tp.TemplateArn
			got, err := c.GetReviewTemplate(ctx, &wellarchitected.GetReviewTemplateInput{TemplateArn: &arn})
			if err != nil {
				problem("GetReviewTemplate %s, which ListReviewTemplates shows: %v", arn, err)
				continue
			}
			v.TemplateGet[arn] = got.ReviewTemplate
			if *tp.Owner != who.account {
				continue
			}
			v.TemplateShares[arn] = wpAll(s, who.String()+" ListTemplateShares", func(next *string) ([]types.TemplateShareSummary, *string, error) {
				out, err := c.ListTemplateShares(ctx, &wellarchitected.ListTemplateSharesInput{TemplateArn: &arn, NextToken: next, MaxResults: wpPage})
				if err != nil {
					return nil, nil, err
				}
				return out.TemplateShareSummaries, out.NextToken, nil
			})
		}
		v.Invitations = wpAll(s, who.String()+" ListShareInvitations", func(next *string) ([]types.ShareInvitationSummary, *string, error) {
			out, err := c.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{NextToken: next, MaxResults: wpPage})
			if err != nil {
				return nil, nil, err
			}
			return out.ShareInvitationSummaries, out.NextToken, nil
		})
	}
	// Probes: every resource some owner lists that has shares, from every
	// caller of its region that does not list it, and from the other
	// region of every account that lists it. (A resource without shares is
	// its owner's alone; probing those too would double the cost of a
	// snapshot.)
	owned := wpOwned(s)
	shared := map[string]bool{}
	for _, r := range owned {
		if ov := s.views[wpCaller{r.owner, r.region}]; len(sharesOf(ov, r.kind, r.id)) > 0 {
			shared[r.id] = true
		}
	}
	for _, who := range w.callers {
		c, v := w.clients[who], s.views[who]
		seen := wpVisible(v)
		for _, r := range owned {
			if !shared[r.id] || r.region == who.region && seen[r.id] {
				continue
			}
			if r.region != who.region && !wpVisible(s.views[wpCaller{who.account, r.region}])[r.id] {
				continue
			}
			var err error
			switch r.kind {
			case wpLens:
				_, err = c.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: &r.id})
			case wpWorkload:
				_, err = c.GetWorkload(ctx, &wellarchitected.GetWorkloadInput{WorkloadId: &r.id})
			case wpProfile:
				_, err = c.GetProfile(ctx, &wellarchitected.GetProfileInput{ProfileArn: &r.id})
			case wpTemplate:
				_, err = c.GetReviewTemplate(ctx, &wellarchitected.GetReviewTemplateInput{TemplateArn: &r.id})
			}
			v.Probes[r.id] = proptest.Code(err)
		}
	}
	return s
}

// wpOwned returns every custom resource its owner lists, in a stable order.
func wpOwned(s *wpSnap) []wpRes {
	var out []wpRes
	for who, v := range s.views {
		for _, l := range v.Lenses {
			if l.Owner != nil && *l.Owner == who.account {
				out = append(out, wpRes{wpLens, *l.LensArn, who.account, who.region})
			}
		}
		for _, x := range v.Workloads {
			if *x.Owner == who.account {
				out = append(out, wpRes{wpWorkload, *x.WorkloadId, who.account, who.region})
			}
		}
		for _, x := range v.Profiles {
			if *x.Owner == who.account {
				out = append(out, wpRes{wpProfile, *x.ProfileArn, who.account, who.region})
			}
		}
		for _, x := range v.Templates {
			if *x.Owner == who.account {
				out = append(out, wpRes{wpTemplate, *x.TemplateArn, who.account, who.region})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// wpVisible returns the IDs of the custom resources a view lists.
func wpVisible(v *wpView) map[string]bool {
	seen := map[string]bool{}
	for _, l := range v.Lenses {
		if l.LensType != types.LensTypeAwsOfficial {
			seen[*l.LensArn] = true
		}
	}
	for _, x := range v.Workloads {
		seen[*x.WorkloadId] = true
	}
	for _, x := range v.Profiles {
		seen[*x.ProfileArn] = true
	}
	for _, x := range v.Templates {
		seen[*x.TemplateArn] = true
	}
	return seen
}

// same fails unless two snapshots are equal, showing where they differ.
func (w *wpWorld) same(desc string, before, after *wpSnap, why string) {
	w.t.Helper()
	for _, who := range w.callers {
		if diff := proptest.Diff(before.views[who], after.views[who]); diff != "" {
			w.fail(desc, "%s: %s's view changed:\n%s", why, who, diff)
		}
	}
}

// --- the cross-account views ---

// wpTarget returns the account a SharedWith value names, if any.
func wpTarget(sharedWith string) (string, bool) {
	if a, ok := strings.CutPrefix(sharedWith, "arn:aws:iam::"); ok && len(a) >= 12 {
		return a[:12], true
	}
	if len(sharedWith) == 12 && strings.Trim(sharedWith, "0123456789") == "" {
		return sharedWith, true
	}
	return "", false
}

// reachedBy reports whether an organization or OU share with sharedWith
// reaches account, which it does while the account is in the organization,
// or beneath the OU (nested OUs included).
func (w *wpWorld) reachedBy(sharedWith, account string) bool {
	p, in := w.parent[account]
	if !in {
		return false
	}
	if sharedWith == w.orgID {
		return true
	}
	for ; p != ""; p = w.ouParent(p) {
		if p == sharedWith {
			return true
		}
	}
	return false
}

// ouParent is the parent of an OU of the world, "" above the root.
func (w *wpWorld) ouParent(id string) string {
	switch id {
	case w.ouB:
		return w.ouA
	case w.ouA:
		return w.root
	}
	return ""
}

type wpShareState struct {
	id, sharedWith, status, permission string
}

// sharesOf returns the owner's view of a resource's shares.
func sharesOf(v *wpView, kind, id string) []wpShareState {
	var out []wpShareState
	switch kind {
	case wpLens:
		for _, s := range v.LensShares[id] {
			out = append(out, wpShareState{*s.ShareId, *s.SharedWith, string(s.Status), "READONLY"})
		}
	case wpWorkload:
		for _, s := range v.WorkloadShares[id] {
			out = append(out, wpShareState{*s.ShareId, *s.SharedWith, string(s.Status), string(s.PermissionType)})
		}
	case wpProfile:
		for _, s := range v.ProfileShares[id] {
			out = append(out, wpShareState{*s.ShareId, *s.SharedWith, string(s.Status), "READONLY"})
		}
	case wpTemplate:
		for _, s := range v.TemplateShares[id] {
			out = append(out, wpShareState{*s.ShareId, *s.SharedWith, string(s.Status), "READONLY"})
		}
	}
	return out
}

// checkViews checks that what every caller sees agrees with itself and
// with the owners' shares (wellarchitected.md §4, §5).
func (w *wpWorld) checkViews(s *wpSnap, desc string) {
	w.t.Helper()
	if len(s.Problems) > 0 {
		w.fail(desc, "reads failed:\n  %s", strings.Join(s.Problems, "\n  "))
	}
	w.checkOwners(s, desc)
	w.checkAccess(s, desc)
	w.checkListings(s, desc)
}

// checkOwners checks the settings every account reads, and the names and
// quotas of what each owns.
func (w *wpWorld) checkOwners(s *wpSnap, desc string) {
	w.t.Helper()
	// Organization sharing reads the same in every account of the organization.
	org := s.views[wpCaller{wpMgmt, wpR1}].Settings.OrganizationSharingStatus
	for _, who := range w.callers {
		v := s.views[who]
		want := org
		if _, in := w.parent[who.account]; !in {
			want = types.OrganizationSharingStatusDisabled
		}
		if v.Settings.OrganizationSharingStatus != want {
			w.fail(desc, "%s sees organization sharing %s, want %s", who, v.Settings.OrganizationSharingStatus, want)
		}
	}
	// Names and quotas (§3.7, §3.12, §6) hold in every owner's listing.
	opts := w.store.Options().WellArchitected
	for _, who := range w.callers {
		v := s.views[who]
		counts, names := map[string]int{}, map[string]bool{}
		for _, l := range v.Lenses {
			if *l.Owner == who.account {
				counts[wpLens]++
			}
		}
		for _, x := range v.Workloads {
			if *x.Owner == who.account {
				counts[wpWorkload]++
				n := "workload " + strings.ToLower(strings.Join(strings.Fields(*x.WorkloadName), ""))
				if names[n] {
					w.fail(desc, "%s owns two workloads named %q, ignoring case and spaces", who, *x.WorkloadName)
				}
				names[n] = true
			}
		}
		for _, x := range v.Profiles {
			if *x.Owner == who.account {
				if names["profile "+*x.ProfileName] {
					w.fail(desc, "%s owns two profiles named %q", who, *x.ProfileName)
				}
				names["profile "+*x.ProfileName] = true
			}
		}
		for _, x := range v.Templates {
			if *x.Owner == who.account {
				counts[wpTemplate]++
			}
		}
		if counts[wpLens] > opts.MaxCustomLenses || counts[wpWorkload] > opts.MaxWorkloads || counts[wpTemplate] > opts.MaxReviewTemplates {
			w.fail(desc, "%s owns %v, over its quotas", who, counts)
		}
	}
}

// checkAccess checks every owner's shares, and that each caller sees
// exactly what they grant it.
func (w *wpWorld) checkAccess(s *wpSnap, desc string) {
	w.t.Helper()
	opts := w.store.Options().WellArchitected
	org := s.views[wpCaller{wpMgmt, wpR1}].Settings.OrganizationSharingStatus
	owned := wpOwned(s)
	visible := map[wpCaller]map[string]bool{}
	for _, who := range w.callers {
		visible[who] = wpVisible(s.views[who])
	}
	expInvites := map[wpCaller][]string{}
	for _, r := range owned {
		owner := wpCaller{r.owner, r.region}
		ov := s.views[owner]
		shares := sharesOf(ov, r.kind, r.id)
		published := true
		active := map[string]bool{}
		for _, sh := range shares {
			_, account := wpTarget(sh.sharedWith)
			okStatus := []string{"PENDING", "ACCEPTED", "REJECTED", "EXPIRED"}
			if !account {
				okStatus = []string{"ASSOCIATING", "ASSOCIATED", "FAILED"}
			}
			if !slices.Contains(okStatus, sh.status) {
				w.fail(desc, "%s share of %s with %s is %s", r.kind, r.id, sh.sharedWith, sh.status)
			}
			if sh.status == "ASSOCIATING" && w.store.Options().PropagationDelay == 0 {
				w.fail(desc, "share of %s with %s still ASSOCIATING after settling with no propagation delay", r.id, sh.sharedWith)
			}
			if _, in := w.parent[r.owner]; !account && !in && sh.status != "FAILED" {
				w.fail(desc, "%s's organization share of %s with %s is %s, but %s left the organization", r.owner, r.id, sh.sharedWith, sh.status, r.owner)
			}
			if sent, ok := w.sentAt[sh.id]; ok {
				expired := !w.clk.Now().Before(sent.Add(7 * 24 * time.Hour)) // the default expiry (§4)
				if sh.status == "PENDING" && expired || sh.status == "EXPIRED" && !expired {
					w.fail(desc, "share %s with %s is %s %v after its invitation was sent", sh.id, sh.sharedWith, sh.status, w.clk.Now().Sub(sent))
				}
			}
			if slices.Contains([]string{"PENDING", "ACCEPTED", "ASSOCIATING", "ASSOCIATED"}, sh.status) {
				if active[sh.sharedWith] {
					w.fail(desc, "%s %s has two active shares with %s", r.kind, r.id, sh.sharedWith)
				}
				active[sh.sharedWith] = true
				if !account && org == types.OrganizationSharingStatusDisabled {
					w.fail(desc, "organization share of %s with %s is %s while organization sharing is disabled", r.id, sh.sharedWith, sh.status)
				}
			}
			if a, ok := wpTarget(sh.sharedWith); ok && sh.status == "PENDING" {
				k := wpCaller{a, r.region}
				expInvites[k] = append(expInvites[k], fmt.Sprintf("%s|%s|%s|%s", r.owner, r.id, sh.sharedWith, sh.permission))
			}
		}
		limit := map[string]int{wpLens: opts.MaxSharesPerLens, wpWorkload: opts.MaxSharesPerWorkload,
			wpProfile: opts.MaxSharesPerProfile, wpTemplate: opts.MaxSharesPerTemplate}[r.kind]
		if len(active) > limit {
			w.fail(desc, "%s %s has %d active shares, over its quota of %d", r.kind, r.id, len(active), limit)
		}
		if r.kind == wpLens {
			for _, l := range ov.Lenses {
				if *l.LensArn == r.id {
					published = l.LensVersion != nil
				}
			}
		}
		for _, who := range w.callers {
			if who.account == r.owner {
				if p, ok := s.views[who].Probes[r.id]; who.region != r.region && (visible[who][r.id] || ok && p != "ResourceNotFoundException") {
					w.fail(desc, "%s sees its %s %s of %s", who, r.kind, r.id, r.region)
				}
				continue
			}
			reach, viaInvitation := false, false
			for _, sh := range shares {
				if a, ok := wpTarget(sh.sharedWith); ok {
					if a == who.account && sh.status == "ACCEPTED" {
						reach, viaInvitation = true, true
					}
				} else if sh.status == "ASSOCIATED" && w.reachedBy(sh.sharedWith, who.account) {
					reach = true
				}
			}
			want := who.region == r.region && reach && published
			v := s.views[who]
			got := visible[who][r.id]
			if got != want {
				w.fail(desc, "%s lists %s %s of %s: %v, but its shares %v say %v", who, r.kind, r.id, owner, got, shares, want)
			}
			if !got {
				if p, ok := v.Probes[r.id]; ok && p != "ResourceNotFoundException" {
					w.fail(desc, "%s does not list %s %s, yet a Get answers %s", who, r.kind, r.id, p)
				}
				continue
			}
			// A recipient gets what the owner gets, but for the tags
			// (the owner's only) and the invitation it accepted (§3.3,
			// §3.8, §3.12, §3.13).
			var inv *string
			var mine, theirs any
			switch r.kind {
			case wpLens:
				g, o := *v.LensGet[r.id], *ov.LensGet[r.id]
				inv, g.ShareInvitationId, o.Tags = g.ShareInvitationId, nil, nil
				mine, theirs = g, o
			case wpWorkload:
				g, o := *v.WorkloadGet[r.id], *ov.WorkloadGet[r.id]
				inv, g.ShareInvitationId, o.Tags = g.ShareInvitationId, nil, nil
				mine, theirs = g, o
			case wpProfile:
				g, o := *v.ProfileGet[r.id], *ov.ProfileGet[r.id]
				inv, g.ShareInvitationId, o.Tags = g.ShareInvitationId, nil, nil
				mine, theirs = g, o
			case wpTemplate:
				g, o := *v.TemplateGet[r.id], *ov.TemplateGet[r.id]
				inv, g.ShareInvitationId, o.Tags = g.ShareInvitationId, nil, nil
				mine, theirs = g, o
			}
			if (inv != nil) != viaInvitation {
				w.fail(desc, "%s gets %s %s with ShareInvitationId %v; reached through an accepted invitation: %v", who, r.kind, r.id, inv, viaInvitation)
			}
			if !reflect.DeepEqual(mine, theirs) {
				w.fail(desc, "%s gets %s %s as %s; its owner gets %s", who, r.kind, r.id, proptest.JSON(mine), proptest.JSON(theirs))
			}
		}
	}
	// Pending invitations are the owners' PENDING account shares.
	for _, who := range w.callers {
		var got []string
		for _, i := range s.views[who].Invitations {
			id := ""
			for _, p := range []*string{i.WorkloadId, i.LensArn, i.ProfileArn, i.TemplateArn} {
				if p != nil {
					id = *p
				}
			}
			got = append(got, fmt.Sprintf("%s|%s|%s|%s", *i.SharedBy, id, *i.SharedWith, i.PermissionType))
		}
		want := expInvites[who]
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			w.fail(desc, "%s has invitations %v, the owners' pending shares say %v", who, got, want)
		}
	}
}

// checkListings checks that every listing is in order and repeats nothing.
func (w *wpWorld) checkListings(s *wpSnap, desc string) {
	w.t.Helper()
	// Listings keep their order (§3.4, §3.9, §3.12, §3.13): workloads and
	// templates by UpdatedAt descending, lenses and profiles by CreatedAt
	// (custom lenses: the caller's, then those shared with it), ties by ID.
	for _, who := range w.callers {
		v := s.views[who]
		type item struct {
			at time.Time
			id string
		}
		check := func(what string, items []item, newestFirst bool) {
			for i := 1; i < len(items); i++ {
				a, b := items[i-1], items[i]
				before := a.at.Before(b.at)
				if newestFirst {
					before = a.at.After(b.at)
				}
				if !before && !(a.at.Equal(b.at) && a.id < b.id) {
					w.fail(desc, "%s lists %s out of order: %s, then %s", who, what, a.id, b.id)
				}
			}
		}
		var own, shared, wls, ps, ts []item
		for _, l := range v.Lenses {
			if *l.Owner == who.account {
				own = append(own, item{*l.CreatedAt, *l.LensArn})
			} else {
				shared = append(shared, item{*l.CreatedAt, *l.LensArn})
			}
		}
		for _, x := range v.Workloads {
			wls = append(wls, item{*x.UpdatedAt, *x.WorkloadId})
		}
		for _, x := range v.Profiles {
			ps = append(ps, item{*x.CreatedAt, *x.ProfileArn})
		}
		for _, x := range v.Templates {
			ts = append(ts, item{*x.UpdatedAt, *x.TemplateArn})
		}
		check("its lenses", own, false)
		check("shared lenses", shared, false)
		check("workloads", wls, true)
		check("profiles", ps, false)
		check("review templates", ts, true)
	}
	// No listing repeats an item.
	for _, who := range w.callers {
		v := s.views[who]
		ids := map[string]bool{}
		for _, l := range v.Lenses {
			if ids[*l.LensArn] {
				w.fail(desc, "%s lists lens %s twice", who, *l.LensArn)
			}
			ids[*l.LensArn] = true
		}
		for _, x := range v.Workloads {
			if ids[*x.WorkloadId] {
				w.fail(desc, "%s lists workload %s twice", who, *x.WorkloadId)
			}
			ids[*x.WorkloadId] = true
		}
		for _, x := range v.Profiles {
			if ids[*x.ProfileArn] {
				w.fail(desc, "%s lists profile %s twice", who, *x.ProfileArn)
			}
			ids[*x.ProfileArn] = true
		}
		for _, x := range v.Templates {
			if ids[*x.TemplateArn] {
				w.fail(desc, "%s lists review template %s twice", who, *x.TemplateArn)
			}
			ids[*x.TemplateArn] = true
		}
		for _, i := range v.Invitations {
			if ids[*i.ShareInvitationId] {
				w.fail(desc, "%s lists invitation %s twice", who, *i.ShareInvitationId)
			}
			ids[*i.ShareInvitationId] = true
		}
	}
}

// harvest refreshes the pools the generator draws from, and what the
// listings being walked must still return.
func (w *wpWorld) harvest(s *wpSnap) {
	for _, k := range w.walkers {
		k.observe(s.views[k.who])
	}
	live := map[string][]wpRes{}
	for _, r := range wpOwned(s) {
		live[r.kind] = append(live[r.kind], r)
	}
	for _, k := range wpKinds {
		for _, r := range w.live[k] {
			if !slices.Contains(live[k], r) && !slices.Contains(w.stale[k], r) {
				w.stale[k] = proptest.Last(append(w.stale[k], r), 6)
			}
		}
	}
	w.live = live
	var shares []wpShareRef
	var invites []wpInvRef
	for _, who := range w.callers {
		v := s.views[who]
		for _, r := range w.live[wpLens] {
			for _, sh := range v.LensShares[r.id] {
				shares = append(shares, wpShareRef{wpLens, r.id, *sh.ShareId, who})
			}
		}
		for _, r := range w.live[wpWorkload] {
			for _, sh := range v.WorkloadShares[r.id] {
				shares = append(shares, wpShareRef{wpWorkload, r.id, *sh.ShareId, who})
			}
		}
		for _, r := range w.live[wpProfile] {
			for _, sh := range v.ProfileShares[r.id] {
				shares = append(shares, wpShareRef{wpProfile, r.id, *sh.ShareId, who})
			}
		}
		for _, r := range w.live[wpTemplate] {
			for _, sh := range v.TemplateShares[r.id] {
				shares = append(shares, wpShareRef{wpTemplate, r.id, *sh.ShareId, who})
			}
		}
		for _, i := range v.Invitations {
			invites = append(invites, wpInvRef{*i.ShareInvitationId, who})
		}
	}
	for _, sh := range w.shares {
		if !slices.Contains(shares, sh) && !slices.Contains(w.staleShares, sh) {
			w.staleShares = proptest.Last(append(w.staleShares, sh), 8)
		}
	}
	for _, i := range w.invites {
		if !slices.Contains(invites, i) && !slices.Contains(w.staleInvites, i) {
			w.staleInvites = proptest.Last(append(w.staleInvites, i), 8)
		}
	}
	w.shares, w.invites = shares, invites
	// An account share first seen PENDING was sent at this instant: the
	// snapshot follows the call that created it.
	for _, r := range wpOwned(s) {
		for _, sh := range sharesOf(s.views[wpCaller{r.owner, r.region}], r.kind, r.id) {
			if _, ok := wpTarget(sh.sharedWith); ok && sh.status == "PENDING" {
				if _, seen := w.sentAt[sh.id]; !seen {
					w.sentAt[sh.id] = w.clk.Now()
				}
			}
		}
	}
	w.pageTokens = proptest.Last(append(w.pageTokens, s.Tokens...), 12)
}

// --- inputs ---

func wpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// wpFingerprint renders an input without its client request token.
func wpFingerprint(in any) string {
	var m map[string]any
	_ = json.Unmarshal([]byte(proptest.JSON(in)), &m)
	delete(m, "ClientRequestToken")
	return proptest.JSON(m)
}

func (w *wpWorld) caller() wpCaller {
	region := wpR1
	if w.r.Chance(15) {
		region = wpR2
	}
	return wpCaller{proptest.Pick(w.r, wpAccounts...), region}
}

// resource picks a resource of kind: live, stale or made up. ok is false
// for a made-up one, whose owner is a random caller.
func (w *wpWorld) resource(kind string) (id string, owner wpCaller) {
	n := w.r.IntN(100)
	switch {
	case n < 84 && len(w.live[kind]) > 0:
		r := proptest.Pick(w.r, w.live[kind]...)
		return r.id, wpCaller{r.owner, r.region}
	case n < 92 && len(w.stale[kind]) > 0:
		r := proptest.Pick(w.r, w.stale[kind]...)
		return r.id, wpCaller{r.owner, r.region}
	case n < 95 && w.r.Bad:
		// Another kind's ID.
		other := proptest.Pick(w.r, wpKinds...)
		if len(w.live[other]) > 0 {
			r := proptest.Pick(w.r, w.live[other]...)
			return r.id, wpCaller{r.owner, r.region}
		}
	}
	zeros := strings.Repeat("0", 32)
	var unknown, junk []string
	switch kind {
	case wpLens:
		unknown = []string{"wellarchitected", "arn:aws:wellarchitected::aws:lens/serverless", "arn:aws:wellarchitected:us-east-1::lens/devops",
			"arn:aws:wellarchitected:us-east-1:111111111111:lens/" + zeros, "arn:aws:wellarchitected:eu-west-1:222222222222:lens/" + zeros}
		junk = []string{"arn:aws:wellarchitected:us-east-1:111111111111:lens/abc", "not-a-lens", "", strings.Repeat("l", 129)}
	case wpWorkload:
		unknown = []string{zeros}
		junk = []string{"not-hex", strings.Repeat("A", 32), "", strings.Repeat("a", 33)}
	case wpProfile:
		unknown = []string{"arn:aws:wellarchitected:us-east-1:111111111111:profile/" + zeros, "arn:aws:wellarchitected:eu-west-1:444444444444:profile/" + zeros}
		junk = []string{"profile", ""}
	case wpTemplate:
		unknown = []string{"arn:aws:wellarchitected:us-east-1:111111111111:review-template/" + zeros}
		junk = []string{"arn:aws:wellarchitected:us-east-1:111111111111:review-template/xyz", "short"}
	}
	return proptest.OneOf(w.r, unknown, junk...), w.caller()
}

// actor is the caller of a call on a resource: mostly its owner.
func (w *wpWorld) actor(owner wpCaller) wpCaller {
	if w.r.Chance(80) {
		return owner
	}
	return w.caller()
}

// token returns a ClientRequestToken, and whether to call a strict client.
func (w *wpWorld) token() (*string, bool) {
	n := w.r.IntN(100)
	switch {
	case n < 20:
		return ptr(proptest.Pick(w.r, "tok-a", "tok-b", "tok-c")), false
	case n < 65:
		w.uniq++
		return ptr(fmt.Sprintf("unique-%d", w.uniq)), false
	case !w.r.Bad || n < 90:
		return nil, false // the client fills one in
	case n < 95:
		return ptr(""), false
	}
	return nil, true // a raw request without a token
}

func (w *wpWorld) client(who wpCaller, strict bool) *wellarchitected.Client {
	if strict {
		return w.strict[who]
	}
	return w.clients[who]
}

func (w *wpWorld) maxResults() *int32 {
	if w.r.Chance(60) {
		return nil
	}
	return ptr(proptest.OneOf(w.r, []int32{1, 2, 50}, 0, 51, -5))
}

func (w *wpWorld) nextToken() *string {
	switch n := w.r.IntN(100); {
	case n < 70:
		return nil
	case n < 90 && len(w.pageTokens) > 0:
		return ptr(proptest.Pick(w.r, w.pageTokens...))
	}
	return ptr(proptest.Pick(w.r, "garbage!", "AQIDBA==", "c29tZXRoaW5nIGVsc2U="))
}

func (w *wpWorld) sharedWith(owner wpCaller) *string {
	if w.r.Bad && w.r.Chance(5) {
		return nil
	}
	var others []string
	for _, a := range wpAccounts {
		if a != owner.account {
			others = append(others, a)
		}
	}
	valid := []string{}
	switch n := w.r.IntN(100); {
	case n < 50:
		valid = others
	case n < 60:
		valid = []string{"arn:aws:iam::222222222222:user/alice", "arn:aws:iam::444444444444:role/ops", wpNone}
	case n < 88:
		valid = []string{w.orgID, w.ouA, w.ouB}
	case n < 94:
		valid = []string{"o-zzzzzzzzzz", "ou-zzzz-zzzzzzzz"}
	default:
		valid = []string{owner.account, "arn:aws:iam::" + owner.account + ":user/self"}
	}
	return ptr(proptest.OneOf(w.r, valid, "12345", "not-an-account-id", "arn:aws:iam::22222222222:user/x", "arn:aws:s3:::bucket-name"))
}

func (w *wpWorld) tags() map[string]string {
	if w.r.Chance(70) {
		return nil
	}
	return proptest.OneOf(w.r, []map[string]string{{"team": "a"}, {"team": "b"}}, map[string]string{}, map[string]string{"": "x"})
}

const wpLensDoc = `{"schemaVersion":"2021-11-01","name":%q,"description":"Checks policy ABC.",
 "pillars":[{"id":"pillar_one","name":"Pillar one","questions":[{"id":"question_one","title":"Do you follow ABC?",
   "choices":[{"id":"choice_yes","title":"Yes","improvementPlan":{"displayText":"Adopt ABC."}},
              {"id":"choice_no","title":"None of these"}],
   "riskRules":[{"condition":"choice_yes","risk":"NO_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`

func (w *wpWorld) lensJSON() *string {
	if w.r.Bad && w.r.Chance(10) {
		return nil
	}
	return ptr(proptest.OneOf(w.r, []string{fmt.Sprintf(wpLensDoc, "Policy A"), fmt.Sprintf(wpLensDoc, "Policy B")},
		"{", `{"schemaVersion":"2020-01-01","name":"N","description":"D","pillars":[]}`, "x"))
}

// lenses picks the lenses of a workload or template.
func (w *wpWorld) lenses() []string {
	if w.r.Bad && w.r.Chance(10) {
		return nil
	}
	var out []string
	for range 1 + w.r.IntN(2) {
		if w.r.Chance(70) {
			out = append(out, proptest.OneOf(w.r, []string{"wellarchitected", "serverless", "arn:aws:wellarchitected::aws:lens/devops"}, ""))
			continue
		}
		id, _ := w.resource(wpLens)
		out = append(out, id)
	}
	return out
}

func (w *wpWorld) shareID(kind, resID string) *string {
	var mine, all []string
	for _, s := range append(slices.Clone(w.shares), w.staleShares...) {
		all = append(all, s.shareID)
		if s.kind == kind && s.resID == resID {
			mine = append(mine, s.shareID)
		}
	}
	switch n := w.r.IntN(100); {
	case n < 70 && len(mine) > 0:
		return ptr(proptest.Pick(w.r, mine...))
	case n < 85 && len(all) > 0:
		return ptr(proptest.Pick(w.r, all...))
	case !w.r.Bad || n < 95:
		return ptr(proptest.OneOf(w.r, []string{strings.Repeat("0", 32)}, "bad"))
	}
	return nil
}

func (w *wpWorld) shareStatus() types.ShareStatus {
	if w.r.Chance(70) {
		return ""
	}
	return proptest.OneOf(w.r, []types.ShareStatus{types.ShareStatusPending, types.ShareStatusAccepted, types.ShareStatusFailed}, "BAD")
}

func (w *wpWorld) prefix() *string {
	if w.r.Chance(70) {
		return nil
	}
	return ptr(proptest.OneOf(w.r, []string{"", "2222", "o-", "arn"}, strings.Repeat("p", 101)))
}

// --- the calls ---

var wpCtx = context.Background()

// generate picks the next call. About a third of the calls may carry
// malformed members; the others are well formed, and fail, if they do, on
// what the world holds.
func (w *wpWorld) generate() wpCall {
	w.r.Bad = w.r.Chance(30)
	gen := proptest.Choices[func() wpCall]{
		{6, w.importLens}, {4, w.createLensVersion}, {1, w.deleteLens}, {1, w.exportLens}, {1, w.getLens}, {1, w.listLenses},
		{6, w.createWorkload}, {2, w.updateWorkload}, {1, w.deleteWorkload}, {1, w.getWorkload}, {1, w.listWorkloads},
		{3, w.createProfile}, {1, w.deleteProfile}, {1, w.getProfile}, {1, w.listProfiles},
		{4, w.createTemplate}, {1, w.deleteTemplate}, {1, w.getTemplate}, {1, w.listTemplates},
		{14, w.createShare}, {3, w.deleteShare}, {3, w.updateWorkloadShare}, {2, w.listShares},
		{2, w.listInvitations}, {9, w.updateInvitation}, {2, w.updateGlobalSettings}, {1, w.getGlobalSettings},
		{3, w.replay}, {8, w.walk}, {2, w.nilInput},
	}.Draw(w.r)
	return gen()
}

func (w *wpWorld) replay() wpCall {
	if len(w.replays) == 0 {
		return w.createShare()
	}
	return w.replays[w.r.IntN(len(w.replays))]
}

func (w *wpWorld) importLens() wpCall {
	who := w.caller()
	in := &wellarchitected.ImportLensInput{JSONString: w.lensJSON(), Tags: w.tags()}
	if w.r.Chance(50) {
		id, owner := w.resource(wpLens)
		in.LensAlias, who = &id, w.actor(owner)
	}
	tok, strict := w.token()
	in.ClientRequestToken = tok
	c := w.client(who, strict)
	return wpCall{op: "ImportLens", who: who, in: in, token: tok, run: func() (any, error) { return c.ImportLens(wpCtx, in) }}
}

func (w *wpWorld) createLensVersion() wpCall {
	id, owner := w.resource(wpLens)
	who := w.actor(owner)
	tok, strict := w.token()
	in := &wellarchitected.CreateLensVersionInput{LensAlias: w.r.Maybe(id), ClientRequestToken: tok,
		LensVersion: w.r.Maybe(proptest.OneOf(w.r, []string{"1.0", "2.0", "3.0", "4.0", "1.0"}, "", strings.Repeat("v", 33))), IsMajorVersion: ptr(w.r.Chance(50))}
	c := w.client(who, strict)
	return wpCall{op: "CreateLensVersion", who: who, in: in, token: tok, run: func() (any, error) { return c.CreateLensVersion(wpCtx, in) }}
}

func (w *wpWorld) deleteLens() wpCall {
	id, owner := w.resource(wpLens)
	who := w.actor(owner)
	tok, strict := w.token()
	in := &wellarchitected.DeleteLensInput{LensAlias: w.r.Maybe(id), ClientRequestToken: tok,
		LensStatus: proptest.OneOf(w.r, []types.LensStatusType{types.LensStatusTypeAll, types.LensStatusTypeDraft, types.LensStatusTypePublished, types.LensStatusTypeAll}, "", "BAD")}
	c := w.client(who, strict)
	return wpCall{op: "DeleteLens", who: who, in: in, token: tok, run: func() (any, error) { return c.DeleteLens(wpCtx, in) }}
}

func (w *wpWorld) lensVersion() *string {
	if w.r.Chance(60) {
		return nil
	}
	return ptr(proptest.OneOf(w.r, []string{"1.0", "2.0", "9.9", "2025-02-25"}, ""))
}

func (w *wpWorld) exportLens() wpCall {
	id, owner := w.resource(wpLens)
	who := w.actor(owner)
	in := &wellarchitected.ExportLensInput{LensAlias: w.r.Maybe(id), LensVersion: w.lensVersion()}
	c := w.clients[who]
	return wpCall{op: "ExportLens", who: who, in: in, read: true, run: func() (any, error) { return c.ExportLens(wpCtx, in) }}
}

func (w *wpWorld) getLens() wpCall {
	id, _ := w.resource(wpLens)
	who := w.caller()
	in := &wellarchitected.GetLensInput{LensAlias: w.r.Maybe(id), LensVersion: w.lensVersion()}
	c := w.clients[who]
	return wpCall{op: "GetLens", who: who, in: in, read: true, run: func() (any, error) { return c.GetLens(wpCtx, in) }}
}

func (w *wpWorld) listLenses() wpCall {
	who := w.caller()
	in := &wellarchitected.ListLensesInput{NextToken: w.nextToken(), MaxResults: w.maxResults()}
	if w.r.Chance(40) {
		in.LensType = proptest.OneOf(w.r, []types.LensType{types.LensTypeAwsOfficial, types.LensTypeCustomShared, types.LensTypeCustomSelf}, "BAD")
	}
	if w.r.Chance(30) {
		in.LensStatus = proptest.OneOf(w.r, []types.LensStatusType{types.LensStatusTypeAll, types.LensStatusTypeDraft, types.LensStatusTypePublished}, "BAD")
	}
	if w.r.Chance(20) {
		in.LensName = ptr(proptest.OneOf(w.r, []string{"Policy A", "nope"}, ""))
	}
	c := w.clients[who]
	return wpCall{op: "ListLenses", who: who, in: in, read: true, run: func() (any, error) { return c.ListLenses(wpCtx, in) }}
}

func (w *wpWorld) workloadName() *string {
	return w.r.Maybe(proptest.OneOf(w.r, []string{"Payments", "payments", "Pay ments", "Orders", "Ledger"}, "ab"))
}

func (w *wpWorld) createWorkload() wpCall {
	who := w.caller()
	tok, strict := w.token()
	in := &wellarchitected.CreateWorkloadInput{
		WorkloadName: w.workloadName(), Description: w.r.Maybe(proptest.OneOf(w.r, []string{"A workload to share."}, "ab")),
		Environment: proptest.OneOf(w.r, []types.WorkloadEnvironment{types.WorkloadEnvironmentProduction, types.WorkloadEnvironmentPreproduction}, "BAD", ""),
		ReviewOwner: w.r.Maybe("owner@example.com"), Lenses: w.lenses(), ClientRequestToken: tok, Tags: w.tags(),
	}
	if !w.r.Bad || w.r.Chance(80) {
		in.AwsRegions = []string{who.region}
	}
	if w.r.Chance(30) {
		x := w.workloadExtras()
		in.AccountIds, in.NonAwsRegions, in.PillarPriorities, in.ArchitecturalDesign = x.AccountIds, x.NonAwsRegions, x.PillarPriorities, x.ArchitecturalDesign
		in.Applications, in.DiscoveryConfig, in.JiraConfiguration, in.IndustryType, in.Notes = x.Applications, x.DiscoveryConfig, x.JiraConfiguration, x.IndustryType, x.Notes
	}
	if w.r.Chance(15) {
		id, _ := w.resource(wpProfile)
		in.ProfileArns = []string{id}
	}
	if w.r.Chance(15) {
		id, _ := w.resource(wpTemplate)
		in.ReviewTemplateArns = []string{id}
	}
	c := w.client(who, strict)
	return wpCall{op: "CreateWorkload", who: who, in: in, token: tok, run: func() (any, error) { return c.CreateWorkload(wpCtx, in) }}
}

func (w *wpWorld) updateWorkload() wpCall {
	id, owner := w.resource(wpWorkload)
	who := w.actor(owner)
	in := &wellarchitected.UpdateWorkloadInput{WorkloadId: w.r.Maybe(id)}
	if w.r.Chance(50) {
		in.WorkloadName = w.workloadName()
	}
	if w.r.Chance(50) {
		in.Notes = ptr(proptest.OneOf(w.r, []string{"first notes", "second notes"}, strings.Repeat("n", 2085)))
	}
	if w.r.Chance(30) {
		in.Environment = proptest.OneOf(w.r, []types.WorkloadEnvironment{types.WorkloadEnvironmentPreproduction}, "BAD")
	}
	if w.r.Chance(20) {
		in.ImprovementStatus = proptest.OneOf(w.r, []types.WorkloadImprovementStatus{types.WorkloadImprovementStatusInProgress}, "BAD")
	}
	if w.r.Chance(30) {
		x := w.workloadExtras()
		in.AccountIds, in.NonAwsRegions, in.PillarPriorities, in.ArchitecturalDesign = x.AccountIds, x.NonAwsRegions, x.PillarPriorities, x.ArchitecturalDesign
		in.Applications, in.DiscoveryConfig, in.JiraConfiguration, in.IndustryType = x.Applications, x.DiscoveryConfig, x.JiraConfiguration, x.IndustryType
		in.IsReviewOwnerUpdateAcknowledged = ptr(w.r.Chance(50))
	}
	c := w.clients[who]
	return wpCall{op: "UpdateWorkload", who: who, in: in, run: func() (any, error) { return c.UpdateWorkload(wpCtx, in) }}
}

// workloadExtras fills the optional members CreateWorkload and
// UpdateWorkload share, valid or, in a call that may be invalid, not.
func (w *wpWorld) workloadExtras() *wellarchitected.CreateWorkloadInput {
	x := &wellarchitected.CreateWorkloadInput{}
	switch w.r.IntN(9) {
	case 0:
		x.AccountIds = proptest.OneOf(w.r, [][]string{{wpM1}, {wpM1, wpExt}, {}}, []string{"12345"})
	case 1:
		x.NonAwsRegions = proptest.OneOf(w.r, [][]string{{"On premises"}}, []string{"x"}, []string{"a", "b", "c", "d", "e", "f"})
	case 2:
		x.PillarPriorities = proptest.OneOf(w.r, [][]string{{"security", "reliability"}}, []string{""})
	case 3:
		x.ArchitecturalDesign = ptr(proptest.OneOf(w.r, []string{"https://example.com/design", ""}, "not a url"))
	case 4:
		x.Applications = proptest.OneOf(w.r, [][]string{{"arn:aws:servicecatalog:us-east-1:111111111111:/applications/abc123"}},
			[]string{"arn:aws:s3:::nope"}, []string{"arn:aws:servicecatalog:us-east-1:111111111111:/applications/a", "arn:aws:servicecatalog:us-east-1:111111111111:/applications/b"})
	case 5:
		x.DiscoveryConfig = proptest.OneOf(w.r, []*types.WorkloadDiscoveryConfig{{}, {TrustedAdvisorIntegrationStatus: types.TrustedAdvisorIntegrationStatusEnabled,
			WorkloadResourceDefinition: []types.DefinitionType{types.DefinitionTypeWorkloadMetadata}}},
			&types.WorkloadDiscoveryConfig{TrustedAdvisorIntegrationStatus: "MAYBE"}, &types.WorkloadDiscoveryConfig{WorkloadResourceDefinition: []types.DefinitionType{"NOPE"}})
	case 6:
		x.JiraConfiguration = proptest.OneOf(w.r, []*types.WorkloadJiraConfigurationInput{{}, {IssueManagementStatus: types.WorkloadIssueManagementStatusEnabled,
			IssueManagementType: types.IssueManagementTypeAuto, JiraProjectKey: ptr("OPS")}},
			&types.WorkloadJiraConfigurationInput{JiraProjectKey: ptr("lower")}, &types.WorkloadJiraConfigurationInput{IssueManagementType: "NEVER"})
	case 7:
		x.IndustryType = ptr(proptest.OneOf(w.r, []string{"Finance"}, strings.Repeat("i", 101)))
	default:
		x.Notes = ptr(proptest.OneOf(w.r, []string{"Notes."}, strings.Repeat("n", 2085)))
	}
	return x
}

// nilInput calls a random operation with a nil input, which the client
// takes for an empty one.
func (w *wpWorld) nilInput() wpCall {
	op := proptest.Pick(w.r, wpModel.Operations()...)
	who := w.caller()
	read := strings.HasPrefix(op, "Get") || strings.HasPrefix(op, "List") || strings.HasPrefix(op, "Export")
	return wpCall{op: op, who: who, read: read, run: proptest.NilInput(w.client(who, w.r.Chance(30)), op)}
}

func (w *wpWorld) deleteWorkload() wpCall {
	id, owner := w.resource(wpWorkload)
	who := w.actor(owner)
	tok, strict := w.token()
	in := &wellarchitected.DeleteWorkloadInput{WorkloadId: w.r.Maybe(id), ClientRequestToken: tok}
	c := w.client(who, strict)
	return wpCall{op: "DeleteWorkload", who: who, in: in, token: tok, run: func() (any, error) { return c.DeleteWorkload(wpCtx, in) }}
}

func (w *wpWorld) getWorkload() wpCall {
	id, _ := w.resource(wpWorkload)
	who := w.caller()
	in := &wellarchitected.GetWorkloadInput{WorkloadId: w.r.Maybe(id)}
	c := w.clients[who]
	return wpCall{op: "GetWorkload", who: who, in: in, read: true, run: func() (any, error) { return c.GetWorkload(wpCtx, in) }}
}

func (w *wpWorld) listWorkloads() wpCall {
	who := w.caller()
	in := &wellarchitected.ListWorkloadsInput{NextToken: w.nextToken(), MaxResults: w.maxResults()}
	if w.r.Chance(30) {
		in.WorkloadNamePrefix = ptr(proptest.OneOf(w.r, []string{"Pay", "", "x"}, strings.Repeat("p", 101)))
	}
	c := w.clients[who]
	return wpCall{op: "ListWorkloads", who: who, in: in, read: true, run: func() (any, error) { return c.ListWorkloads(wpCtx, in) }}
}

func (w *wpWorld) createProfile() wpCall {
	who := w.caller()
	tok, strict := w.token()
	in := &wellarchitected.CreateProfileInput{
		ProfileName: w.r.Maybe(proptest.OneOf(w.r, []string{"Baseline", "Strict", "baseline"}, "p")), ProfileDescription: w.r.Maybe(proptest.OneOf(w.r, []string{"A profile."}, "x")),
		ClientRequestToken: tok, Tags: w.tags(),
		ProfileQuestions: []types.ProfileQuestionUpdate{{QuestionId: ptr("question_one"), SelectedChoiceIds: []string{"choice_yes"}}},
	}
	switch n := w.r.IntN(10); {
	case n == 0 && w.r.Bad:
		in.ProfileQuestions = nil
	case n < 3:
		in.ProfileQuestions = []types.ProfileQuestionUpdate{}
	}
	c := w.client(who, strict)
	return wpCall{op: "CreateProfile", who: who, in: in, token: tok, run: func() (any, error) { return c.CreateProfile(wpCtx, in) }}
}

func (w *wpWorld) deleteProfile() wpCall {
	id, owner := w.resource(wpProfile)
	who := w.actor(owner)
	tok, strict := w.token()
	in := &wellarchitected.DeleteProfileInput{ProfileArn: w.r.Maybe(id), ClientRequestToken: tok}
	c := w.client(who, strict)
	return wpCall{op: "DeleteProfile", who: who, in: in, token: tok, run: func() (any, error) { return c.DeleteProfile(wpCtx, in) }}
}

func (w *wpWorld) getProfile() wpCall {
	id, _ := w.resource(wpProfile)
	who := w.caller()
	in := &wellarchitected.GetProfileInput{ProfileArn: w.r.Maybe(id)}
	if w.r.Chance(30) {
		in.ProfileVersion = ptr(proptest.OneOf(w.r, []string{"1", "2"}, "bad!"))
	}
	c := w.clients[who]
	return wpCall{op: "GetProfile", who: who, in: in, read: true, run: func() (any, error) { return c.GetProfile(wpCtx, in) }}
}

func (w *wpWorld) listProfiles() wpCall {
	who := w.caller()
	in := &wellarchitected.ListProfilesInput{NextToken: w.nextToken(), MaxResults: w.maxResults()}
	if w.r.Chance(30) {
		in.ProfileOwnerType = proptest.OneOf(w.r, []types.ProfileOwnerType{types.ProfileOwnerTypeSelf, types.ProfileOwnerTypeShared}, "BAD")
	}
	if w.r.Chance(20) {
		in.ProfileNamePrefix = ptr(proptest.OneOf(w.r, []string{"Base"}, strings.Repeat("p", 101)))
	}
	c := w.clients[who]
	return wpCall{op: "ListProfiles", who: who, in: in, read: true, run: func() (any, error) { return c.ListProfiles(wpCtx, in) }}
}

func (w *wpWorld) createTemplate() wpCall {
	who := w.caller()
	tok, strict := w.token()
	in := &wellarchitected.CreateReviewTemplateInput{
		TemplateName: w.r.Maybe(proptest.OneOf(w.r, []string{"Quarterly review", "Ad-hoc"}, "bad_name$", "t")), Description: w.r.Maybe(proptest.OneOf(w.r, []string{"A template."}, "x")),
		Lenses: w.lenses(), ClientRequestToken: tok, Tags: w.tags(),
	}
	c := w.client(who, strict)
	return wpCall{op: "CreateReviewTemplate", who: who, in: in, token: tok, run: func() (any, error) { return c.CreateReviewTemplate(wpCtx, in) }}
}

func (w *wpWorld) deleteTemplate() wpCall {
	id, owner := w.resource(wpTemplate)
	who := w.actor(owner)
	tok, strict := w.token()
	in := &wellarchitected.DeleteReviewTemplateInput{TemplateArn: w.r.Maybe(id), ClientRequestToken: tok}
	c := w.client(who, strict)
	return wpCall{op: "DeleteReviewTemplate", who: who, in: in, token: tok, run: func() (any, error) { return c.DeleteReviewTemplate(wpCtx, in) }}
}

func (w *wpWorld) getTemplate() wpCall {
	id, _ := w.resource(wpTemplate)
	who := w.caller()
	in := &wellarchitected.GetReviewTemplateInput{TemplateArn: w.r.Maybe(id)}
	c := w.clients[who]
	return wpCall{op: "GetReviewTemplate", who: who, in: in, read: true, run: func() (any, error) { return c.GetReviewTemplate(wpCtx, in) }}
}

func (w *wpWorld) listTemplates() wpCall {
	who := w.caller()
	in := &wellarchitected.ListReviewTemplatesInput{NextToken: w.nextToken(), MaxResults: w.maxResults()}
	c := w.clients[who]
	return wpCall{op: "ListReviewTemplates", who: who, in: in, read: true, run: func() (any, error) { return c.ListReviewTemplates(wpCtx, in) }}
}

func (w *wpWorld) createShare() wpCall {
	kind := proptest.Pick(w.r, wpKinds...)
	id, owner := w.resource(kind)
	who := w.actor(owner)
	tok, strict := w.token()
	with := w.sharedWith(owner)
	c := w.client(who, strict)
	switch kind {
	case wpLens:
		in := &wellarchitected.CreateLensShareInput{LensAlias: w.r.Maybe(id), SharedWith: with, ClientRequestToken: tok}
		return wpCall{op: "CreateLensShare", who: who, in: in, token: tok, run: func() (any, error) { return c.CreateLensShare(wpCtx, in) }}
	case wpWorkload:
		in := &wellarchitected.CreateWorkloadShareInput{WorkloadId: w.r.Maybe(id), SharedWith: with, ClientRequestToken: tok,
			PermissionType: proptest.OneOf(w.r, []types.PermissionType{types.PermissionTypeReadonly, types.PermissionTypeContributor}, "", "OWNER")}
		return wpCall{op: "CreateWorkloadShare", who: who, in: in, token: tok, run: func() (any, error) { return c.CreateWorkloadShare(wpCtx, in) }}
	case wpProfile:
		in := &wellarchitected.CreateProfileShareInput{ProfileArn: w.r.Maybe(id), SharedWith: with, ClientRequestToken: tok}
		return wpCall{op: "CreateProfileShare", who: who, in: in, token: tok, run: func() (any, error) { return c.CreateProfileShare(wpCtx, in) }}
	}
	in := &wellarchitected.CreateTemplateShareInput{TemplateArn: w.r.Maybe(id), SharedWith: with, ClientRequestToken: tok}
	return wpCall{op: "CreateTemplateShare", who: who, in: in, token: tok, run: func() (any, error) { return c.CreateTemplateShare(wpCtx, in) }}
}

func (w *wpWorld) deleteShare() wpCall {
	kind := proptest.Pick(w.r, wpKinds...)
	id, owner := w.resource(kind)
	who := w.actor(owner)
	tok, strict := w.token()
	shareID := w.shareID(kind, id)
	c := w.client(who, strict)
	switch kind {
	case wpLens:
		in := &wellarchitected.DeleteLensShareInput{LensAlias: w.r.Maybe(id), ShareId: shareID, ClientRequestToken: tok}
		return wpCall{op: "DeleteLensShare", who: who, in: in, token: tok, run: func() (any, error) { return c.DeleteLensShare(wpCtx, in) }}
	case wpWorkload:
		in := &wellarchitected.DeleteWorkloadShareInput{WorkloadId: w.r.Maybe(id), ShareId: shareID, ClientRequestToken: tok}
		return wpCall{op: "DeleteWorkloadShare", who: who, in: in, token: tok, run: func() (any, error) { return c.DeleteWorkloadShare(wpCtx, in) }}
	case wpProfile:
		in := &wellarchitected.DeleteProfileShareInput{ProfileArn: w.r.Maybe(id), ShareId: shareID, ClientRequestToken: tok}
		return wpCall{op: "DeleteProfileShare", who: who, in: in, token: tok, run: func() (any, error) { return c.DeleteProfileShare(wpCtx, in) }}
	}
	in := &wellarchitected.DeleteTemplateShareInput{TemplateArn: w.r.Maybe(id), ShareId: shareID, ClientRequestToken: tok}
	return wpCall{op: "DeleteTemplateShare", who: who, in: in, token: tok, run: func() (any, error) { return c.DeleteTemplateShare(wpCtx, in) }}
}

func (w *wpWorld) updateWorkloadShare() wpCall {
	id, owner := w.resource(wpWorkload)
	who := w.actor(owner)
	in := &wellarchitected.UpdateWorkloadShareInput{WorkloadId: w.r.Maybe(id), ShareId: w.shareID(wpWorkload, id),
		PermissionType: proptest.OneOf(w.r, []types.PermissionType{types.PermissionTypeReadonly, types.PermissionTypeContributor}, "", "OWNER")}
	c := w.clients[who]
	return wpCall{op: "UpdateWorkloadShare", who: who, in: in, run: func() (any, error) { return c.UpdateWorkloadShare(wpCtx, in) }}
}

func (w *wpWorld) listShares() wpCall {
	kind := proptest.Pick(w.r, wpKinds...)
	id, owner := w.resource(kind)
	who := w.actor(owner)
	c := w.clients[who]
	prefix, status, next, max := w.prefix(), w.shareStatus(), w.nextToken(), w.maxResults()
	switch kind {
	case wpLens:
		in := &wellarchitected.ListLensSharesInput{LensAlias: w.r.Maybe(id), SharedWithPrefix: prefix, Status: status, NextToken: next, MaxResults: max}
		return wpCall{op: "ListLensShares", who: who, in: in, read: true, run: func() (any, error) { return c.ListLensShares(wpCtx, in) }}
	case wpWorkload:
		in := &wellarchitected.ListWorkloadSharesInput{WorkloadId: w.r.Maybe(id), SharedWithPrefix: prefix, Status: status, NextToken: next, MaxResults: max}
		return wpCall{op: "ListWorkloadShares", who: who, in: in, read: true, run: func() (any, error) { return c.ListWorkloadShares(wpCtx, in) }}
	case wpProfile:
		in := &wellarchitected.ListProfileSharesInput{ProfileArn: w.r.Maybe(id), SharedWithPrefix: prefix, Status: status, NextToken: next, MaxResults: max}
		return wpCall{op: "ListProfileShares", who: who, in: in, read: true, run: func() (any, error) { return c.ListProfileShares(wpCtx, in) }}
	}
	in := &wellarchitected.ListTemplateSharesInput{TemplateArn: w.r.Maybe(id), SharedWithPrefix: prefix, Status: status, NextToken: next, MaxResults: max}
	return wpCall{op: "ListTemplateShares", who: who, in: in, read: true, run: func() (any, error) { return c.ListTemplateShares(wpCtx, in) }}
}

func (w *wpWorld) listInvitations() wpCall {
	who := w.caller()
	if len(w.invites) > 0 && w.r.Chance(60) {
		who = proptest.Pick(w.r, w.invites...).to
	}
	in := &wellarchitected.ListShareInvitationsInput{NextToken: w.nextToken(), MaxResults: w.maxResults()}
	if w.r.Chance(40) {
		in.ShareResourceType = proptest.OneOf(w.r, []types.ShareResourceType{types.ShareResourceTypeWorkload, types.ShareResourceTypeLens, types.ShareResourceTypeProfile, types.ShareResourceTypeTemplate}, "BAD")
	}
	prefixes := 0
	if w.r.Chance(40) {
		prefixes = 1
	}
	if w.r.Bad && w.r.Chance(30) {
		prefixes = 2 // mutually exclusive
	}
	for range prefixes {
		switch w.r.IntN(4) {
		case 0:
			in.WorkloadNamePrefix = ptr(proptest.OneOf(w.r, []string{"Pay", "Orders"}, strings.Repeat("p", 101)))
		case 1:
			in.LensNamePrefix = ptr("Policy")
		case 2:
			in.ProfileNamePrefix = ptr("Base")
		case 3:
			in.TemplateNamePrefix = ptr(proptest.OneOf(w.r, []string{"Quarterly"}, "bad$"))
		}
	}
	c := w.clients[who]
	return wpCall{op: "ListShareInvitations", who: who, in: in, read: true, run: func() (any, error) { return c.ListShareInvitations(wpCtx, in) }}
}

func (w *wpWorld) updateInvitation() wpCall {
	who := w.caller()
	var id *string
	switch n := w.r.IntN(100); {
	case n < 85 && len(w.invites) > 0:
		inv := proptest.Pick(w.r, w.invites...)
		id = &inv.id
		if w.r.Chance(90) {
			who = inv.to
		}
	case n < 90 && len(w.staleInvites) > 0:
		inv := proptest.Pick(w.r, w.staleInvites...)
		id = &inv.id
		if w.r.Chance(80) {
			who = inv.to
		}
	case !w.r.Bad || n < 95:
		id = ptr(proptest.OneOf(w.r, []string{strings.Repeat("0", 32)}, "bad"))
	}
	in := &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: id,
		ShareInvitationAction: proptest.OneOf(w.r, []types.ShareInvitationAction{types.ShareInvitationActionAccept, types.ShareInvitationActionAccept,
			types.ShareInvitationActionAccept, types.ShareInvitationActionReject}, "", "MAYBE")}
	c := w.clients[who]
	return wpCall{op: "UpdateShareInvitation", who: who, in: in, run: func() (any, error) { return c.UpdateShareInvitation(wpCtx, in) }}
}

func (w *wpWorld) updateGlobalSettings() wpCall {
	who := w.caller()
	if w.r.Chance(50) {
		who.account = wpMgmt
	}
	in := &wellarchitected.UpdateGlobalSettingsInput{}
	if w.r.Chance(85) {
		in.OrganizationSharingStatus = proptest.OneOf(w.r, []types.OrganizationSharingStatus{types.OrganizationSharingStatusEnabled, types.OrganizationSharingStatusDisabled, types.OrganizationSharingStatusEnabled}, "BAD")
	}
	if w.r.Chance(25) {
		in.DiscoveryIntegrationStatus = proptest.OneOf(w.r, []types.DiscoveryIntegrationStatus{types.DiscoveryIntegrationStatusEnabled, types.DiscoveryIntegrationStatusDisabled}, "BAD")
	}
	c := w.clients[who]
	return wpCall{op: "UpdateGlobalSettings", who: who, in: in, run: func() (any, error) { return c.UpdateGlobalSettings(wpCtx, in) }}
}

func (w *wpWorld) getGlobalSettings() wpCall {
	who := w.caller()
	c := w.clients[who]
	return wpCall{op: "GetGlobalSettings", who: who, in: &wellarchitected.GetGlobalSettingsInput{}, read: true,
		run: func() (any, error) { return c.GetGlobalSettings(wpCtx, nil) }}
}

// --- listings walked across calls ---

// wpWalker walks one of a caller's listings, a page per step (see
// proptest.Walk). Workloads and templates are listed by UpdatedAt, so an
// update moves them.
type wpWalker struct {
	*proptest.Walk
	op   string
	who  wpCaller
	in   any
	list func(v *wpView) map[string]string // the items listed, with their sort keys
}

func (k *wpWalker) observe(v *wpView) { k.Observe(k.list(v)) }

func wpTimeKey(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

// walk starts a walk or takes the next page of one.
func (w *wpWorld) walk() wpCall {
	if len(w.walkers) == 0 || (len(w.walkers) < 3 && w.r.Chance(25)) {
		w.walkers = append(w.walkers, w.newWalker())
	}
	i := w.r.IntN(len(w.walkers))
	k := w.walkers[i]
	max := ptr(int32(1))
	if w.r.Chance(30) {
		max = ptr(int32(2))
	}
	return wpCall{op: k.op, who: k.who, in: k.in, read: true,
		run: func() (any, error) { return k.Fetch(max) },
		then: func(out any, err error) {
			done, problem := k.Check()
			if problem != nil {
				w.fail(fmt.Sprintf("walking %s as %s, page %d", k.op, k.who, k.Pages()+1), "%v", problem)
			}
			if done {
				w.walkers = slices.Delete(w.walkers, i, i+1)
			}
		},
	}
}

// newWalker starts walking a listing, mostly that of a caller that sees
// another account's resources.
func (w *wpWorld) newWalker() *wpWalker {
	who := w.caller()
	var recipients []wpCaller
	for _, c := range w.callers {
		v := w.snap.views[c]
		if slices.ContainsFunc(v.Workloads, func(x types.WorkloadSummary) bool { return *x.Owner != c.account }) ||
			slices.ContainsFunc(v.Lenses, func(x types.LensSummary) bool { return *x.Owner != c.account }) ||
			slices.ContainsFunc(v.Profiles, func(x types.ProfileSummary) bool { return *x.Owner != c.account }) {
			recipients = append(recipients, c)
		}
	}
	if len(recipients) > 0 && w.r.Chance(70) {
		who = proptest.Pick(w.r, recipients...)
	}
	c := w.clients[who]
	k := &wpWalker{who: who}
	var page func(next *string, max *int32) ([]string, *string, error)
	switch w.r.IntN(5) {
	case 0:
		k.op, k.list = "ListWorkloads", func(v *wpView) map[string]string { return wpListed(v.Workloads, wpWorkloadItem) }
		page = func(next *string, max *int32) ([]string, *string, error) {
			out, err := c.ListWorkloads(wpCtx, &wellarchitected.ListWorkloadsInput{NextToken: next, MaxResults: max})
			if err != nil {
				return nil, nil, err
			}
			return wpIDs(out.WorkloadSummaries, wpWorkloadItem), out.NextToken, nil
		}
	case 1:
		k.op, k.list = "ListLenses", func(v *wpView) map[string]string { return wpListed(v.Lenses, wpLensItem) }
		page = func(next *string, max *int32) ([]string, *string, error) {
			out, err := c.ListLenses(wpCtx, &wellarchitected.ListLensesInput{NextToken: next, MaxResults: max})
			if err != nil {
				return nil, nil, err
			}
			return wpIDs(out.LensSummaries, wpLensItem), out.NextToken, nil
		}
	case 2:
		k.op, k.list = "ListProfiles", func(v *wpView) map[string]string { return wpListed(v.Profiles, wpProfileItem) }
		page = func(next *string, max *int32) ([]string, *string, error) {
			out, err := c.ListProfiles(wpCtx, &wellarchitected.ListProfilesInput{NextToken: next, MaxResults: max})
			if err != nil {
				return nil, nil, err
			}
			return wpIDs(out.ProfileSummaries, wpProfileItem), out.NextToken, nil
		}
	case 3:
		k.op, k.list = "ListReviewTemplates", func(v *wpView) map[string]string { return wpListed(v.Templates, wpTemplateItem) }
		page = func(next *string, max *int32) ([]string, *string, error) {
			out, err := c.ListReviewTemplates(wpCtx, &wellarchitected.ListReviewTemplatesInput{NextToken: next, MaxResults: max})
			if err != nil {
				return nil, nil, err
			}
			return wpIDs(out.ReviewTemplates, wpTemplateItem), out.NextToken, nil
		}
	default:
		// Lens invitations: a workload invitation is re-sent, and moves,
		// when its share is updated.
		k.op = "ListShareInvitations"
		k.list = func(v *wpView) map[string]string {
			m := map[string]string{}
			for _, x := range v.Invitations {
				if x.ShareResourceType == types.ShareResourceTypeLens {
					m[*x.ShareInvitationId] = ""
				}
			}
			return m
		}
		page = func(next *string, max *int32) ([]string, *string, error) {
			out, err := c.ListShareInvitations(wpCtx, &wellarchitected.ListShareInvitationsInput{
				ShareResourceType: types.ShareResourceTypeLens, NextToken: next, MaxResults: max})
			if err != nil {
				return nil, nil, err
			}
			return wpIDs(out.ShareInvitationSummaries, wpInvitationItem), out.NextToken, nil
		}
	}
	k.in = struct{ Walk, As string }{k.op, who.String()}
	k.Walk = proptest.NewWalk(page, k.list(w.snap.views[who]))
	return k
}

// wpIDs returns the IDs of items, item naming each.
func wpIDs[T any](items []T, item func(T) (id, key string)) []string {
	var ids []string
	for _, x := range items {
		id, _ := item(x)
		ids = append(ids, id)
	}
	return ids
}

// wpListed returns the IDs of items with their sort keys.
func wpListed[T any](items []T, item func(T) (id, key string)) map[string]string {
	m := map[string]string{}
	for _, x := range items {
		id, key := item(x)
		m[id] = key
	}
	return m
}

// The items of the walked listings: an ID, and a sort key.
func wpWorkloadItem(x types.WorkloadSummary) (string, string) {
	return *x.WorkloadId, wpTimeKey(x.UpdatedAt)
}
func wpLensItem(x types.LensSummary) (string, string) { return *x.LensArn, wpTimeKey(x.CreatedAt) }
func wpProfileItem(x types.ProfileSummary) (string, string) {
	return *x.ProfileArn, wpTimeKey(x.CreatedAt)
}
func wpTemplateItem(x types.ReviewTemplateSummary) (string, string) {
	return *x.TemplateArn, wpTimeKey(x.UpdatedAt)
}
func wpInvitationItem(x types.ShareInvitationSummary) (string, string) {
	return *x.ShareInvitationId, ""
}
