package auditmanager_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/awsmodel"
	"github.com/sharesim/sharesim/internal/proptest"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// TestPropertiesRandomCalls drives one world (standalone accounts, an
// organization's member and its management account, two regions, with or
// without required registration, a fake clock, seeded IDs) with random
// Audit Manager calls through the in-process clients of every account and
// region: registration, custom controls and frameworks, framework share
// requests started, resent, accepted, declined and revoked from the right
// and the wrong side and deleted from either side, the source framework
// updated and deleted, and clock advances through the 120-day lifecycle
// (EXPIRING, EXPIRED). Inputs come from small pools that mix valid values
// with unknown, foreign, standard and malformed IDs, bad enums, lengths and
// patterns, out-of-range maxResults and forged nextTokens. Around every
// call it takes a snapshot of everything each (account, region) observes
// through the read and list operations, every page followed, and checks:
//
//   - no call panics;
//   - a call that fails returns an exception its operation models
//     (auditmanager/service-2.json, plus the one auditmanager.md §6.2 step 7
//     adds to Start), never InternalServerException, with the model's HTTP
//     status and the members the shape requires, and changes nothing: the
//     snapshot after equals the snapshot before (shown as JSON when not); a
//     read changes nothing;
//   - the two views of a request agree (§6): the sender's SENT and the
//     recipient's RECEIVED show the same request, RECEIVED never shows a
//     FAILED one, each side sees only its own requests, every listed
//     request is found from its side, a call's answer is what its side then
//     lists, and the status follows the clock (ACTIVE, EXPIRING for the last
//     30 days, EXPIRED at expirationTime), stamped as the spec says;
//   - a request that becomes SHARED gives its recipient exactly one new
//     framework, named as the request says and created by the sender, and
//     copies of its custom controls (§7); nothing else makes frameworks
//     appear; quotas hold (§8);
//   - an unregistered scope is refused everything but GetAccountStatus and
//     RegisterAccount, and comes back with its data as it left (§2); a Get
//     of another scope's framework or control is ResourceNotFound;
//   - listings walked a page per step, with other calls in between, return
//     no item twice and every item listed throughout (DESIGN.md).
//
// Each seed is deterministic (math/rand/v2 PCG, seeded IDs, a fake clock);
// a failure names the seed, the step, the call and the calls before it, and
// go test -run 'TestPropertiesRandomCalls/seeds/seed=N$' replays it.
// SHARESIM_PROPERTY_SEEDS and SHARESIM_PROPERTY_STEPS override the number
// of seeds and of steps per seed, for a longer hunt.
func TestPropertiesRandomCalls(t *testing.T) {
	proptest.Run(t, 20, 200, func(t *testing.T, seed uint64, steps int, tally *proptest.Tally) {
		newAMPropWorld(t, seed, tally).run(steps)
	})
}

// The world's accounts and regions.
const (
	apS1   = "111111111111" // outside any organization
	apS2   = "222222222222" // a member of the organization
	apMgmt = "333333333333" // manages the organization: requests to it fail
	apX    = "444444444444" // outside any organization
	apR1   = "us-east-1"
	apR2   = "eu-west-1"
	apDay  = 24 * time.Hour
)

var apAccounts = []string{apS1, apS2, apMgmt, apX}

// apModel lists, per operation, the exceptions its model declares
// (aws-models/auditmanager/service-2.json), and those the spec adds:
// Start's active-recipient quota (auditmanager.md §6.2 step 7, open
// question 4).
var apModel = proptest.Model{Service: awsmodel.AuditManager, Modeled: map[string][]string{
	"GetAccountStatus":                     {"InternalServer"},
	"RegisterAccount":                      {"Validation", "AccessDenied", "InternalServer", "ResourceNotFound", "Throttling"},
	"DeregisterAccount":                    {"Validation", "AccessDenied", "InternalServer", "ResourceNotFound"},
	"CreateControl":                        {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer", "ServiceQuotaExceeded"},
	"GetControl":                           {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer"},
	"ListControls":                         {"AccessDenied", "Validation", "InternalServer"},
	"UpdateControl":                        {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer"},
	"DeleteControl":                        {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer"},
	"CreateAssessmentFramework":            {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer", "ServiceQuotaExceeded"},
	"GetAssessmentFramework":               {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer"},
	"ListAssessmentFrameworks":             {"Validation", "AccessDenied", "InternalServer"},
	"UpdateAssessmentFramework":            {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer", "ServiceQuotaExceeded"},
	"DeleteAssessmentFramework":            {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer"},
	"StartAssessmentFrameworkShare":        {"Validation", "AccessDenied", "InternalServer", "ResourceNotFound"},
	"ListAssessmentFrameworkShareRequests": {"AccessDenied", "Validation", "InternalServer"},
	"UpdateAssessmentFrameworkShare":       {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer", "ServiceQuotaExceeded"},
	"DeleteAssessmentFrameworkShare":       {"ResourceNotFound", "Validation", "AccessDenied", "InternalServer"},
}, Decided: map[string][]string{
	"StartAssessmentFrameworkShare": {"ServiceQuotaExceeded"},
}}

type apCaller struct{ account, region string }

func (c apCaller) String() string { return c.account + "@" + c.region }

// apReq is a share request a snapshot showed, with its two sides.
type apReq struct {
	id       string
	from, to apCaller
	open     bool // ACTIVE or EXPIRING when last seen
}

type apCall struct {
	op   string
	who  apCaller
	in   any
	read bool
	run  func() (any, error)
	// then, when set, sees the call's result before the snapshot after it.
	then func(out any, err error)
}

type apWorld struct {
	proptest.Trail
	t       *testing.T
	r       *proptest.Rand
	store   *share.Store
	clk     *clock.Fake
	opts    share.AMOptions
	callers []apCaller
	clients map[apCaller]*auditmanager.Client

	op     string   // the current call's operation; "" for a clock advance
	caller apCaller // the current call's caller
	snap   *apSnap
	tally  *proptest.Tally

	frameworks  map[apCaller][]string // custom framework IDs by scope, from the last snapshot
	sets        map[string][]string   // control set names by framework
	controls    map[apCaller][]string // custom control IDs by scope
	sources     map[string][]string   // mapping source IDs by control
	gone        []string              // IDs of deleted frameworks and controls
	walkers     []*apWalker
	kept        map[apCaller]*apView // each scope's last view while registered
	requests    []apReq
	oldRequests []apReq
	pageTokens  []string
}

func newAMPropWorld(t *testing.T, seed uint64, tally *proptest.Tally) *apWorld {
	clk := clock.NewFake(sharetest.Start)
	opts := &share.Options{
		Clock: clk, IDs: share.SeededIDs(seed + 1),
		AuditManager: share.AMOptions{
			RequireRegistration: seed%3 == 2,
			// Small quotas, so that calls reach them.
			MaxCustomFrameworks: 3, MaxCustomControls: 5, MaxControlsPerFramework: 5, MaxActiveShareRecipients: 2,
		},
	}
	if seed%2 == 1 {
		opts.PropagationDelay = time.Minute // sends and replications take a while
	}
	store := share.NewStore(opts)
	sw := sharetest.StoreWorld{Store: store, Clock: clk}
	_, root := sw.CreateOrganization(t, apMgmt)
	sw.Admit(t, apMgmt, apS2, root)
	w := &apWorld{
		Trail: proptest.Trail{Seed: seed}, t: t, r: proptest.NewRand(seed), tally: tally,
		store: store, clk: clk, opts: store.Options().AuditManager,
		clients: map[apCaller]*auditmanager.Client{}, kept: map[apCaller]*apView{},
	}
	for _, a := range apAccounts {
		for _, r := range []string{apR1, apR2} {
			c := apCaller{a, r}
			w.callers = append(w.callers, c)
			w.clients[c] = auditmanager.New(store, a, r)
			if opts.AuditManager.RequireRegistration && (r == apR1 || w.r.IntN(2) == 0) {
				if _, err := w.clients[c].RegisterAccount(context.Background(), nil); err != nil {
					t.Fatalf("seed %d: registering %s: %v", seed, c, err)
				}
			}
		}
	}
	w.seedResources()
	return w
}

// seedResources gives every registered (account, region) of the first
// region a custom control and a framework of it and a standard control, so
// that sharing starts at once.
func (w *apWorld) seedResources() {
	ctx := context.Background()
	for _, a := range apAccounts {
		c := w.clients[apCaller{a, apR1}]
		if st, _ := c.GetAccountStatus(ctx, nil); st.Status != types.AccountStatusActive {
			continue
		}
		ctl, err := c.CreateControl(ctx, &auditmanager.CreateControlInput{Name: p("Access review"),
			ControlMappingSources: []types.CreateControlMappingSource{{SourceName: p("Manual evidence"),
				SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping, SourceType: types.SourceTypeManual}}})
		if err != nil {
			w.t.Fatalf("seed %d: CreateControl: %v", w.Seed, err)
		}
		_, err = c.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{Name: p("Payments"),
			ControlSets: []types.CreateAssessmentFrameworkControlSet{{Name: p("Access"),
				Controls: []types.CreateAssessmentFrameworkControl{{Id: ctl.Control.Id}, {Id: p(share.AMStandardControlIDs()[0])}}}}})
		if err != nil {
			w.t.Fatalf("seed %d: CreateAssessmentFramework: %v", w.Seed, err)
		}
	}
}

func (w *apWorld) run(steps int) {
	w.snap = w.snapshot()
	w.checkViews(nil, w.snap, "the initial snapshot")
	w.harvest(w.snap)
	for w.Step = 1; w.Step <= steps; w.Step++ {
		if w.r.IntN(100) < 8 {
			w.advance()
			continue
		}
		w.do(w.generate())
	}
}

// advance moves the clock across propagation delays and the phases of a
// request's 120 days: ACTIVE for 90, EXPIRING for 30, then EXPIRED.
func (w *apWorld) advance() {
	d := proptest.Pick(w.r, 30*time.Second, 2*time.Minute, time.Hour, apDay, 10*apDay, 30*apDay, 31*apDay, 60*apDay, 91*apDay, 121*apDay)
	w.clk.Advance(d)
	w.op = ""
	w.Record(fmt.Sprintf("step %d: advance the clock %v", w.Step, d))
	after := w.snapshot()
	w.checkViews(w.snap, after, "after advancing the clock")
	w.snap = after
	w.harvest(after)
}

func (w *apWorld) do(c apCall) {
	before := w.snap
	w.op = c.op
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
	if err == nil {
		w.checkOutput(desc, c, out, after)
	}
	w.checkViews(before, after, desc)
	w.snap = after
	w.harvest(after)
}

// checkOutput checks that a request a call answers with is the one the
// caller's side lists: a new or resent request in SENT, an answered one in
// RECEIVED, a revoked one in SENT (§6.2, §6.5).
func (w *apWorld) checkOutput(desc string, c apCall, out any, after *apSnap) {
	w.t.Helper()
	var r *types.AssessmentFrameworkShareRequest
	side := types.ShareRequestTypeSent
	switch o := out.(type) {
	case *auditmanager.StartAssessmentFrameworkShareOutput:
		r = o.AssessmentFrameworkShareRequest
	case *auditmanager.UpdateAssessmentFrameworkShareOutput:
		in, ok := c.in.(*auditmanager.UpdateAssessmentFrameworkShareInput)
		if !ok {
			return
		}
		r, side = o.AssessmentFrameworkShareRequest, in.RequestType
	default:
		return
	}
	v := after.views[c.who]
	list := v.Sent
	if side == types.ShareRequestTypeReceived {
		list = v.Received
	}
	i := slices.IndexFunc(list, func(x types.AssessmentFrameworkShareRequest) bool { return *x.Id == *r.Id })
	if i < 0 {
		w.fail(desc, "%s answered request %s, which the caller's %s view does not list", c.op, *r.Id, side)
	}
	got := list[i]
	if got.Status != r.Status {
		// A transition that fell due at once settled after the call.
		got.Status, got.LastUpdated = r.Status, r.LastUpdated
	}
	if !reflect.DeepEqual(got, *r) {
		w.fail(desc, "%s answered %s, the %s view lists %s", c.op, proptest.JSON(r), side, proptest.JSON(list[i]))
	}
}

func (w *apWorld) fail(desc, format string, args ...any) {
	w.t.Helper()
	w.Fatalf(w.t, desc, format, args...)
}

const apNotRegistered = "Your account isn't registered with Audit Manager. Check the delegated administrator setup on the Audit Manager settings page, and try again."

// checkException checks that err is one of the exceptions op models, and
// well formed; it returns its code.
func (w *apWorld) checkException(desc, op string, err error) string {
	w.t.Helper()
	ex, problem := apModel.Check(op, err)
	if problem != nil {
		w.fail(desc, "%v", problem)
	}
	var (
		v  *types.ValidationException
		nf *types.ResourceNotFoundException
		ad *types.AccessDeniedException
	)
	switch {
	case errors.As(err, &v):
		if !slices.Contains(types.ValidationExceptionReason("").Values(), v.Reason) {
			w.fail(desc, "ValidationException with reason %q", v.Reason)
		}
		if v.Reason == types.ValidationExceptionReasonFieldValidationFailed && len(v.Fields) == 0 {
			w.fail(desc, "fieldValidationFailed names no field")
		}
	case errors.As(err, &nf):
		if nf.ResourceId == nil || nf.ResourceType == nil ||
			!slices.Contains([]string{"ASSESSMENT_FRAMEWORK", "CONTROL", "ASSESSMENT_FRAMEWORK_SHARE_REQUEST"}, *nf.ResourceType) {
			w.fail(desc, "ResourceNotFoundException without a resourceId or a known resourceType")
		}
	case errors.As(err, &ad):
		if ad.ErrorMessage() != apNotRegistered {
			w.fail(desc, "AccessDeniedException %q is not A2", ad.ErrorMessage())
		}
	}
	return ex.ErrorCode()
}

// --- snapshots ---

// apView is everything one (account, region) observes.
type apView struct {
	Status       types.AccountStatus
	Controls     []types.ControlMetadata
	ControlGet   map[string]*types.Control
	Frameworks   []types.AssessmentFrameworkMetadata
	FrameworkGet map[string]*types.Framework
	Sent         []types.AssessmentFrameworkShareRequest
	Received     []types.AssessmentFrameworkShareRequest
	// Refused holds the code of list calls that failed (AccessDenied when
	// the scope is not registered).
	Refused string
	// Probes holds, for frameworks and controls of other scopes, what a
	// Get answers.
	Probes map[string]string
}

type apSnap struct {
	proptest.Reads
	now   time.Time
	views map[apCaller]*apView
}

var apPage = p(int32(3))

// apAll follows every nextToken of a listing; a listing an unregistered
// scope is refused sets refused.
func apAll[T any](s *apSnap, what string, refused *string, fetch func(next *string) ([]T, *string, error)) []T {
	all, err := proptest.All(&s.Reads, what, fetch)
	switch code := proptest.Code(err); {
	case code == "AccessDeniedException":
		*refused = code
	case err != nil:
		s.Problemf("%s: %v", what, err)
	}
	return all
}

func (w *apWorld) snapshot() *apSnap {
	w.store.Settle()
	s := &apSnap{now: w.clk.Now(), views: map[apCaller]*apView{}}
	ctx := context.Background()
	for _, who := range w.callers {
		c := w.clients[who]
		v := &apView{ControlGet: map[string]*types.Control{}, FrameworkGet: map[string]*types.Framework{}, Probes: map[string]string{}}
		s.views[who] = v
		problem := func(format string, args ...any) {
			s.Problemf("%s: %s", who, fmt.Sprintf(format, args...))
		}
		st, err := c.GetAccountStatus(ctx, nil)
		if err != nil {
			problem("GetAccountStatus: %v", err)
			continue
		}
		v.Status = st.Status
		v.Controls = apAll(s, who.String()+" ListControls", &v.Refused, func(next *string) ([]types.ControlMetadata, *string, error) {
			out, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCustom, NextToken: next, MaxResults: apPage})
			if err != nil {
				return nil, nil, err
			}
			return out.ControlMetadataList, out.NextToken, nil
		})
		for _, m := range v.Controls {
			got, err := c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: m.Id})
			if err != nil {
				problem("GetControl %s, which ListControls shows: %v", *m.Id, err)
				continue
			}
			v.ControlGet[*m.Id] = got.Control
		}
		v.Frameworks = apAll(s, who.String()+" ListAssessmentFrameworks", &v.Refused, func(next *string) ([]types.AssessmentFrameworkMetadata, *string, error) {
			out, err := c.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeCustom, NextToken: next, MaxResults: apPage})
			if err != nil {
				return nil, nil, err
			}
			return out.FrameworkMetadataList, out.NextToken, nil
		})
		for _, m := range v.Frameworks {
			got, err := c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: m.Id})
			if err != nil {
				problem("GetAssessmentFramework %s, which ListAssessmentFrameworks shows: %v", *m.Id, err)
				continue
			}
			v.FrameworkGet[*m.Id] = got.Framework
		}
		for _, side := range []types.ShareRequestType{types.ShareRequestTypeSent, types.ShareRequestTypeReceived} {
			reqs := apAll(s, who.String()+" ListAssessmentFrameworkShareRequests "+string(side), &v.Refused,
				func(next *string) ([]types.AssessmentFrameworkShareRequest, *string, error) {
					out, err := c.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{
						RequestType: side, NextToken: next, MaxResults: apPage})
					if err != nil {
						return nil, nil, err
					}
					return out.AssessmentFrameworkShareRequests, out.NextToken, nil
				})
			if side == types.ShareRequestTypeSent {
				v.Sent = reqs
			} else {
				v.Received = reqs
			}
		}
	}
	// Every listed request is addressable from its side: an action the
	// side does not allow is refused for that reason (§6.5 step 4), after
	// the request was found (step 3). Such a probe changes nothing.
	for _, who := range w.callers {
		c, v := w.clients[who], s.views[who]
		for _, side := range []types.ShareRequestType{types.ShareRequestTypeSent, types.ShareRequestTypeReceived} {
			action, reqs := types.ShareRequestActionAccept, v.Sent
			if side == types.ShareRequestTypeReceived {
				action, reqs = types.ShareRequestActionRevoke, v.Received
			}
			for _, r := range reqs {
				_, err := c.UpdateAssessmentFrameworkShare(ctx, &auditmanager.UpdateAssessmentFrameworkShareInput{RequestId: r.Id, RequestType: side, Action: action})
				want := fmt.Sprintf("The action %s isn't valid for a %s share request.", action, side)
				var ex proptest.Exception
				if !errors.As(err, &ex) || ex.ErrorMessage() != want {
					s.Problemf("%s: UpdateAssessmentFrameworkShare %s %s of request %s, which its %s view lists: %v, want %q",
						who, side, action, *r.Id, side, err, want)
				}
			}
		}
	}
	// Probes: each custom framework and control, from the same account in
	// the other region and from the next account in the same region.
	for _, who := range w.callers {
		v := s.views[who]
		var probers []apCaller
		for _, o := range w.callers {
			if (o.account == who.account) != (o.region == who.region) && (o.region != who.region || o.account == apNext(who.account)) {
				probers = append(probers, o)
			}
		}
		for _, o := range probers {
			c, pv := w.clients[o], s.views[o]
			for _, m := range v.Frameworks {
				_, err := c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: m.Id})
				pv.Probes[*m.Id] = proptest.Code(err)
			}
			for _, m := range v.Controls {
				_, err := c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: m.Id})
				pv.Probes[*m.Id] = proptest.Code(err)
			}
		}
	}
	return s
}

// apNext is the account after a in apAccounts, cyclically.
func apNext(a string) string {
	i := slices.Index(apAccounts, a)
	return apAccounts[(i+1)%len(apAccounts)]
}

// same fails unless two snapshots are equal, showing where they differ.
func (w *apWorld) same(desc string, before, after *apSnap, why string) {
	w.t.Helper()
	for _, who := range w.callers {
		if diff := proptest.Diff(before.views[who], after.views[who]); diff != "" {
			w.fail(desc, "%s: %s's view changed:\n%s", why, who, diff)
		}
	}
}

// --- the cross-account views ---

func apStr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// checkViews checks one snapshot, and what changed since the one before
// (nil for the first).
func (w *apWorld) checkViews(before, s *apSnap, desc string) {
	w.t.Helper()
	if len(s.Problems) > 0 {
		w.fail(desc, "reads failed:\n  %s", strings.Join(s.Problems, "\n  "))
	}
	life, window := 120*apDay, 30*apDay // the defaults (§6.6, §8)
	sent := map[string]types.AssessmentFrameworkShareRequest{}
	for _, who := range w.callers {
		v := s.views[who]
		// Registration gates everything but GetAccountStatus (§2).
		switch {
		case v.Status == types.AccountStatusActive && v.Refused != "":
			w.fail(desc, "%s is ACTIVE, yet its listings are refused with %s", who, v.Refused)
		case v.Status == types.AccountStatusInactive && v.Refused == "":
			w.fail(desc, "%s is INACTIVE, yet its listings answer", who)
		case v.Status != types.AccountStatusActive && v.Status != types.AccountStatusInactive:
			w.fail(desc, "%s has account status %q", who, v.Status)
		}
		for id, code := range v.Probes {
			want := "ResourceNotFoundException"
			if v.Status == types.AccountStatusInactive {
				want = "AccessDeniedException"
			}
			if code != want {
				w.fail(desc, "%s gets another scope's framework or control %s: %s, want %s", who, id, code, want)
			}
		}
		for _, r := range v.Sent {
			if *r.SourceAccount != who.account {
				w.fail(desc, "%s lists as SENT request %s from %s", who, *r.Id, *r.SourceAccount)
			}
			sent[*r.Id] = r
		}
		for _, r := range v.Received {
			if *r.DestinationAccount != who.account || *r.DestinationRegion != who.region {
				w.fail(desc, "%s lists as RECEIVED request %s to %s@%s", who, *r.Id, *r.DestinationAccount, *r.DestinationRegion)
			}
			if r.Status == types.ShareRequestStatusFailed {
				w.fail(desc, "%s lists a FAILED request %s as RECEIVED", who, *r.Id)
			}
		}
		for _, r := range slices.Concat(v.Sent, v.Received) {
			w.checkClock(desc, who, r, s.now, life, window)
		}
	}
	// Quotas (§8) hold: per scope, and active recipients per sender.
	recipients := map[string]map[string]bool{}
	for _, who := range w.callers {
		v := s.views[who]
		if len(v.Frameworks) > w.opts.MaxCustomFrameworks || len(v.Controls) > w.opts.MaxCustomControls {
			w.fail(desc, "%s holds %d custom frameworks and %d custom controls, over its quotas", who, len(v.Frameworks), len(v.Controls))
		}
		for _, f := range v.Frameworks {
			if int(f.ControlsCount) > w.opts.MaxControlsPerFramework {
				w.fail(desc, "%s's framework %s holds %d controls", who, *f.Id, f.ControlsCount)
			}
		}
		for _, r := range v.Sent {
			switch r.Status {
			case types.ShareRequestStatusActive, types.ShareRequestStatusExpiring, types.ShareRequestStatusReplicating, types.ShareRequestStatusShared:
				if recipients[who.account] == nil {
					recipients[who.account] = map[string]bool{}
				}
				recipients[who.account][*r.DestinationAccount] = true
			}
		}
	}
	for a, m := range recipients {
		if len(m) > w.opts.MaxActiveShareRecipients {
			w.fail(desc, "%s has %d active recipients, over its quota of %d", a, len(m), w.opts.MaxActiveShareRecipients)
		}
	}
	// A framework holds standard controls and the scope's own custom ones
	// only: deleting a control takes it out of every set (§3.4), and a
	// copy references copies (§7).
	standard := map[string]bool{}
	for _, id := range share.AMStandardControlIDs() {
		standard[id] = true
	}
	for _, who := range w.callers {
		v := s.views[who]
		for _, m := range v.Frameworks {
			f, n := v.FrameworkGet[*m.Id], 0
			for _, set := range f.ControlSets {
				n += len(set.Controls)
			}
			if int(m.ControlsCount) != n || int(m.ControlSetsCount) != len(f.ControlSets) {
				w.fail(desc, "%s lists framework %s with %d controls in %d sets; getting it shows %d in %d", who, *m.Id,
					m.ControlsCount, m.ControlSetsCount, n, len(f.ControlSets))
			}
		}
		for id, f := range v.FrameworkGet {
			for _, set := range f.ControlSets {
				for _, ctl := range set.Controls {
					if !standard[*ctl.Id] && v.ControlGet[*ctl.Id] == nil {
						w.fail(desc, "%s's framework %s holds control %s, which is neither standard nor in its library", who, id, *ctl.Id)
					}
				}
			}
		}
	}
	// Listings are in creation order, ties by ID (§3.3, §4.3, §6.4).
	for _, who := range w.callers {
		v := s.views[who]
		type item struct {
			at time.Time
			id string
		}
		check := func(what string, items []item) {
			for i := 1; i < len(items); i++ {
				a, b := items[i-1], items[i]
				if !a.at.Before(b.at) && !(a.at.Equal(b.at) && a.id < b.id) {
					w.fail(desc, "%s lists %s out of order: %s, then %s", who, what, a.id, b.id)
				}
			}
		}
		var cs, fs, ss, rs []item
		for _, x := range v.Controls {
			cs = append(cs, item{*x.CreatedAt, *x.Id})
		}
		for _, x := range v.Frameworks {
			fs = append(fs, item{*x.CreatedAt, *x.Id})
		}
		for _, x := range v.Sent {
			ss = append(ss, item{*x.CreationTime, *x.Id})
		}
		for _, x := range v.Received {
			rs = append(rs, item{*x.CreationTime, *x.Id})
		}
		check("controls", cs)
		check("frameworks", fs)
		check("sent requests", ss)
		check("received requests", rs)
	}
	// Both sides of a request see the same request.
	for _, who := range w.callers {
		for _, r := range s.views[who].Received {
			if o, ok := sent[*r.Id]; ok && !reflect.DeepEqual(o, r) {
				w.fail(desc, "request %s reads differently to its sender and to %s:\nSENT     %s\nRECEIVED %s", *r.Id, who, proptest.JSON(o), proptest.JSON(r))
			}
		}
	}
	if before != nil {
		w.checkCopies(desc, before, s)
	}
	// Deregistering keeps a scope's data (§2): nothing reaches an
	// unregistered scope, so it comes back as it left.
	for _, who := range w.callers {
		v, k := s.views[who], w.kept[who]
		if v.Refused != "" {
			continue
		}
		if k != nil && (!reflect.DeepEqual(k.Controls, v.Controls) || !reflect.DeepEqual(k.ControlGet, v.ControlGet) ||
			!reflect.DeepEqual(k.Frameworks, v.Frameworks) || !reflect.DeepEqual(k.FrameworkGet, v.FrameworkGet)) &&
			before != nil && before.views[who].Refused != "" {
			w.fail(desc, "%s's library changed while it was not registered:\n%s", who, proptest.Diff(k, v))
		}
		w.kept[who] = v
	}
}

// checkClock checks a request's status against the clock (§6.6).
func (w *apWorld) checkClock(desc string, who apCaller, r types.AssessmentFrameworkShareRequest, now time.Time, life, window time.Duration) {
	w.t.Helper()
	exp, last, created := *r.ExpirationTime, *r.LastUpdated, *r.CreationTime
	bad := func(why string) {
		w.fail(desc, "%s sees request %s %s: %s\n%s (now %s)", who, *r.Id, r.Status, why, proptest.JSON(r), now.Format(time.RFC3339))
	}
	if last.Before(created) || now.Before(last) {
		bad("lastUpdated is not between creationTime and now")
	}
	switch r.Status {
	case types.ShareRequestStatusActive:
		if !now.Before(exp.Add(-window)) {
			bad("ACTIVE in its last " + window.String())
		}
		if !exp.Equal(last.Add(life)) {
			bad("an open request expires " + life.String() + " after it was (re)sent")
		}
	case types.ShareRequestStatusExpiring:
		if now.Before(exp.Add(-window)) || !now.Before(exp) {
			bad("EXPIRING outside its last " + window.String())
		}
		if !last.Equal(exp.Add(-window)) {
			bad("EXPIRING is stamped with the time it began")
		}
	case types.ShareRequestStatusExpired:
		if now.Before(exp) {
			bad("EXPIRED before expirationTime")
		}
		if !last.Equal(exp) {
			bad("EXPIRED is stamped with expirationTime")
		}
	case types.ShareRequestStatusReplicating:
		if w.store.Options().PropagationDelay == 0 {
			bad("REPLICATING after settling with no propagation delay")
		}
	}
}

// checkCopies checks that frameworks appear in a scope exactly when a
// request to it becomes SHARED, as copies of what it shares (§7).
func (w *apWorld) checkCopies(desc string, before, after *apSnap) {
	w.t.Helper()
	was := map[string]types.ShareRequestStatus{}
	for _, v := range before.views {
		for _, r := range slices.Concat(v.Sent, v.Received) {
			was[*r.Id] = r.Status
		}
	}
	shared := map[apCaller][]types.AssessmentFrameworkShareRequest{}
	seen := map[string]bool{}
	for _, v := range after.views {
		for _, r := range slices.Concat(v.Sent, v.Received) {
			// A request neither side could read before (unregistered
			// scopes) tells nothing.
			if st, ok := was[*r.Id]; ok && r.Status == types.ShareRequestStatusShared && st != types.ShareRequestStatusShared && !seen[*r.Id] {
				seen[*r.Id] = true
				to := apCaller{*r.DestinationAccount, *r.DestinationRegion}
				shared[to] = append(shared[to], r)
			}
		}
	}
	for _, who := range w.callers {
		b, a := before.views[who], after.views[who]
		if b.Refused != "" || a.Refused != "" {
			continue
		}
		if w.op != "" && who == w.caller && slices.Contains([]string{"CreateAssessmentFramework", "DeleteAssessmentFramework", "CreateControl", "DeleteControl"}, w.op) {
			continue // the call itself may add or remove one
		}
		old := map[string]bool{}
		for _, f := range b.Frameworks {
			old[*f.Id] = true
		}
		var added []types.AssessmentFrameworkMetadata
		for _, f := range a.Frameworks {
			if !old[*f.Id] {
				added = append(added, f)
			}
		}
		copies := shared[who]
		if len(added) != len(copies) {
			w.fail(desc, "%s gained %d frameworks, but %d requests to it became SHARED", who, len(added), len(copies))
		}
		var names, want []string
		for _, f := range added {
			g := a.FrameworkGet[*f.Id]
			names = append(names, *f.Name+" by "+apStr(g.CreatedBy))
			if len(g.Tags) > 0 {
				w.fail(desc, "%s's copy %s has tags %v; tags are not replicated", who, *f.Id, g.Tags)
			}
		}
		customs := 0
		for _, r := range copies {
			want = append(want, *r.FrameworkName+" by "+*r.SourceAccount)
			customs += int(*r.CustomControlsCount)
		}
		slices.Sort(names)
		slices.Sort(want)
		if !slices.Equal(names, want) {
			w.fail(desc, "%s gained frameworks %v, the requests that became SHARED say %v", who, names, want)
		}
		if grew := len(a.Controls) - len(b.Controls); grew != customs {
			w.fail(desc, "%s gained %d custom controls; the requests that became SHARED copy %d", who, grew, customs)
		}
	}
}

// harvest refreshes the pools the generator draws from, and what the
// listings being walked must still return.
func (w *apWorld) harvest(s *apSnap) {
	for _, k := range w.walkers {
		k.observe(s.views[k.who])
	}
	frameworks, controls := map[apCaller][]string{}, map[apCaller][]string{}
	sets, sources := map[string][]string{}, map[string][]string{}
	var reqs []apReq
	for _, who := range w.callers {
		v := s.views[who]
		for _, f := range v.Frameworks {
			frameworks[who] = append(frameworks[who], *f.Id)
			if g := v.FrameworkGet[*f.Id]; g != nil {
				for _, set := range g.ControlSets {
					sets[*f.Id] = append(sets[*f.Id], *set.Id)
				}
			}
		}
		for _, c := range v.Controls {
			controls[who] = append(controls[who], *c.Id)
			if g := v.ControlGet[*c.Id]; g != nil {
				for _, src := range g.ControlMappingSources {
					sources[*c.Id] = append(sources[*c.Id], *src.SourceId)
				}
			}
		}
		for _, r := range slices.Concat(v.Sent, v.Received) {
			req := apReq{*r.Id, apCaller{*r.SourceAccount, ""}, apCaller{*r.DestinationAccount, *r.DestinationRegion},
				r.Status == types.ShareRequestStatusActive || r.Status == types.ShareRequestStatusExpiring}
			if slices.ContainsFunc(v.Sent, func(x types.AssessmentFrameworkShareRequest) bool { return *x.Id == *r.Id }) {
				req.from.region = who.region
			}
			if i := slices.IndexFunc(reqs, func(x apReq) bool { return x.id == req.id }); i >= 0 {
				if req.from.region != "" {
					reqs[i].from.region = req.from.region
				}
				continue
			}
			reqs = append(reqs, req)
		}
	}
	for who, ids := range w.frameworks {
		for _, id := range ids {
			if !slices.Contains(frameworks[who], id) && !slices.Contains(w.gone, id) {
				w.gone = proptest.Last(append(w.gone, id), 8)
			}
		}
	}
	for who, ids := range w.controls {
		for _, id := range ids {
			if !slices.Contains(controls[who], id) && !slices.Contains(w.gone, id) {
				w.gone = proptest.Last(append(w.gone, id), 8)
			}
		}
	}
	for _, r := range w.requests {
		if !slices.ContainsFunc(reqs, func(x apReq) bool { return x.id == r.id }) && !slices.ContainsFunc(w.oldRequests, func(x apReq) bool { return x.id == r.id }) {
			w.oldRequests = proptest.Last(append(w.oldRequests, r), 8)
		}
	}
	w.frameworks, w.controls, w.sets, w.sources, w.requests = frameworks, controls, sets, sources, reqs
	w.pageTokens = proptest.Last(append(w.pageTokens, s.Tokens...), 12)
}

// --- inputs ---

func (w *apWorld) randomCaller() apCaller {
	region := apR1
	if w.r.Chance(35) {
		region = apR2
	}
	return apCaller{proptest.Pick(w.r, apAccounts...), region}
}

const apUnknown = "0d2a3c4e-5f60-4718-9a2b-3c4d5e6f7081"

// id picks a framework (or control) ID and the scope to call from: mostly
// one of the caller's own, sometimes another scope's, a deleted or standard
// one, an unknown or a malformed one.
func (w *apWorld) id(pool map[apCaller][]string, standard []string) (string, apCaller) {
	who := w.randomCaller()
	var scopes []apCaller
	for _, c := range w.callers {
		if len(pool[c]) > 0 {
			scopes = append(scopes, c)
		}
	}
	n := w.r.IntN(100)
	switch {
	case n < 75 && len(scopes) > 0:
		sc := proptest.Pick(w.r, scopes...)
		id := proptest.Pick(w.r, pool[sc]...)
		if w.r.Chance(85) {
			who = sc
		}
		return id, who
	case n < 82 && len(w.gone) > 0:
		return proptest.Pick(w.r, w.gone...), who
	case n < 92:
		return proptest.Pick(w.r, standard...), who
	}
	return proptest.OneOf(w.r, []string{apUnknown}, "not-a-uuid", strings.ToUpper(apUnknown)), who
}

// controlIDs picks the controls of a control set of a framework in scope.
func (w *apWorld) controlIDs(scope apCaller) []types.CreateAssessmentFrameworkControl {
	var out []types.CreateAssessmentFrameworkControl
	for range 1 + w.r.IntN(3) {
		var id string
		switch n := w.r.IntN(100); {
		case n < 55 && len(w.controls[scope]) > 0:
			id = proptest.Pick(w.r, w.controls[scope]...)
		case n < 85:
			id = proptest.Pick(w.r, share.AMStandardControlIDs()...)
		case n < 92:
			other, _ := w.id(w.controls, share.AMStandardControlIDs())
			id = other
		default:
			id = proptest.OneOf(w.r, []string{apUnknown}, "nope")
		}
		out = append(out, types.CreateAssessmentFrameworkControl{Id: &id})
	}
	switch {
	case w.r.Bad && w.r.Chance(10):
		return []types.CreateAssessmentFrameworkControl{}
	case w.r.Bad && w.r.Chance(10):
		return append(out, types.CreateAssessmentFrameworkControl{}) // a control without an id
	}
	return out
}

func (w *apWorld) setName() *string {
	return w.r.Maybe(proptest.OneOf(w.r, []string{"Access", "Logging", "Change management"}, "bad_name", "back\\slash", ""))
}

func (w *apWorld) maxResults() *int32 {
	if w.r.Chance(60) {
		return nil
	}
	return p(proptest.OneOf(w.r, []int32{1, 2, 1000}, 0, 1001, -1))
}

func (w *apWorld) nextToken() *string {
	switch n := w.r.IntN(100); {
	case n < 70:
		return nil
	case n < 90 && len(w.pageTokens) > 0:
		return p(proptest.Pick(w.r, w.pageTokens...))
	}
	return p(proptest.OneOf(w.r, []string{"AQIDBA==", "c29tZXRoaW5nIGVsc2U="}, "not a token!", ""))
}

func (w *apWorld) tags() map[string]string {
	if w.r.Chance(70) {
		return nil
	}
	return proptest.OneOf(w.r, []map[string]string{{"team": "audit"}, {}}, map[string]string{"aws:owner": "x"}, map[string]string{"": "x"})
}

func (w *apWorld) source() types.CreateControlMappingSource {
	manual := types.CreateControlMappingSource{SourceName: p("Manual evidence"),
		SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping, SourceType: types.SourceTypeManual}
	config := types.CreateControlMappingSource{SourceName: p("Config rule"),
		SourceSetUpOption: types.SourceSetUpOptionSystemControlsMapping, SourceType: types.SourceTypeAwsConfig,
		SourceKeyword:   &types.SourceKeyword{KeywordInputType: types.KeywordInputTypeSelectFromList, KeywordValue: p("s3-bucket-logging-enabled")},
		SourceFrequency: types.SourceFrequencyDaily}
	noKeyword, mismatch, core, badEnum, noName, noValue := config, manual, manual, manual, manual, config
	noKeyword.SourceKeyword = nil
	mismatch.SourceSetUpOption = types.SourceSetUpOptionSystemControlsMapping
	core.SourceType = types.SourceTypeCoreControl
	badEnum.SourceType = "FAX"
	noName.SourceName = nil
	noValue.SourceKeyword = &types.SourceKeyword{KeywordInputType: "GUESS"}
	return proptest.OneOf(w.r, []types.CreateControlMappingSource{manual, manual, manual, config, config, noKeyword, mismatch, core}, badEnum, noName, noValue)
}

// --- the calls ---

var apCtx = context.Background()

// generate picks the next call. About a third of the calls may carry
// malformed members; the others are well formed, and fail, if they do, on
// what the world holds.
func (w *apWorld) generate() apCall {
	w.r.Bad = w.r.Chance(30)
	gen := proptest.Choices[func() apCall]{
		{2, w.registerAccount}, {1, w.deregisterAccount}, {1, w.getAccountStatus},
		{7, w.createControl}, {2, w.updateControl}, {2, w.deleteControl}, {1, w.getControl}, {1, w.listControls},
		{7, w.createFramework}, {3, w.updateFramework}, {2, w.deleteFramework}, {1, w.getFramework}, {1, w.listFrameworks},
		{14, w.startShare}, {16, w.updateShare}, {5, w.deleteShare}, {2, w.listShareRequests}, {6, w.walk}, {2, w.nilInput},
	}.Draw(w.r)
	c := gen()
	w.caller = c.who
	return c
}

// nilInput calls a random operation with a nil input, which the client
// takes for an empty one.
func (w *apWorld) nilInput() apCall {
	op := proptest.Pick(w.r, apModel.Operations()...)
	who := w.randomCaller()
	read := strings.HasPrefix(op, "Get") || strings.HasPrefix(op, "List")
	return apCall{op: op, who: who, read: read, run: proptest.NilInput(w.clients[who], op)}
}

func (w *apWorld) registerAccount() apCall {
	who := w.randomCaller()
	in := &auditmanager.RegisterAccountInput{}
	if w.r.Chance(30) {
		in.KmsKey = p(proptest.OneOf(w.r, []string{"DEFAULT", "arn:aws:kms:us-east-1:111111111111:key/abc"}, "my-key"))
	}
	if w.r.Chance(20) {
		in.DelegatedAdminAccount = p(proptest.OneOf(w.r, []string{apS2}, "12345"))
	}
	c := w.clients[who]
	return apCall{op: "RegisterAccount", who: who, in: in, run: func() (any, error) { return c.RegisterAccount(apCtx, in) }}
}

func (w *apWorld) deregisterAccount() apCall {
	who := w.randomCaller()
	c := w.clients[who]
	return apCall{op: "DeregisterAccount", who: who, in: &auditmanager.DeregisterAccountInput{},
		run: func() (any, error) { return c.DeregisterAccount(apCtx, nil) }}
}

func (w *apWorld) getAccountStatus() apCall {
	who := w.randomCaller()
	c := w.clients[who]
	return apCall{op: "GetAccountStatus", who: who, in: &auditmanager.GetAccountStatusInput{}, read: true,
		run: func() (any, error) { return c.GetAccountStatus(apCtx, nil) }}
}

func (w *apWorld) createControl() apCall {
	who := w.randomCaller()
	if scopes := slices.Collect(maps.Keys(w.frameworks)); len(scopes) > 0 && w.r.Chance(50) {
		slices.SortFunc(scopes, func(a, b apCaller) int { return strings.Compare(a.String(), b.String()) })
		who = proptest.Pick(w.r, scopes...)
	} else if len(w.requests) > 0 && w.r.Chance(50) {
		who = proptest.Pick(w.r, w.requests...).to
	}
	in := &auditmanager.CreateControlInput{
		Name: w.r.Maybe(proptest.OneOf(w.r, []string{"Access review", "Log retention"}, "back\\slash", "")), Tags: w.tags(),
		Description: p(proptest.OneOf(w.r, []string{"Checks access."}, strings.Repeat("d", 1001))),
	}
	if !w.r.Bad || w.r.Chance(80) {
		in.ControlMappingSources = []types.CreateControlMappingSource{w.source()}
		if w.r.Chance(30) {
			in.ControlMappingSources = append(in.ControlMappingSources, w.source())
		}
	} else if w.r.Chance(50) {
		in.ControlMappingSources = []types.CreateControlMappingSource{}
	}
	c := w.clients[who]
	return apCall{op: "CreateControl", who: who, in: in, run: func() (any, error) { return c.CreateControl(apCtx, in) }}
}

func (w *apWorld) updateControl() apCall {
	id, who := w.id(w.controls, share.AMStandardControlIDs())
	src := w.source()
	upd := types.ControlMappingSource{SourceName: src.SourceName, SourceDescription: src.SourceDescription, SourceSetUpOption: src.SourceSetUpOption,
		SourceType: src.SourceType, SourceKeyword: src.SourceKeyword, SourceFrequency: src.SourceFrequency}
	if ids := w.sources[id]; len(ids) > 0 && w.r.Chance(60) {
		upd.SourceId = p(proptest.Pick(w.r, ids...))
	} else if w.r.Chance(20) {
		upd.SourceId = p(proptest.OneOf(w.r, []string{apUnknown}, "nope"))
	}
	in := &auditmanager.UpdateControlInput{ControlId: w.r.Maybe(id), Name: w.r.Maybe(proptest.OneOf(w.r, []string{"Access review v2"}, "")),
		ControlMappingSources: []types.ControlMappingSource{upd}}
	c := w.clients[who]
	return apCall{op: "UpdateControl", who: who, in: in, run: func() (any, error) { return c.UpdateControl(apCtx, in) }}
}

func (w *apWorld) deleteControl() apCall {
	id, who := w.id(w.controls, share.AMStandardControlIDs())
	in := &auditmanager.DeleteControlInput{ControlId: w.r.Maybe(id)}
	c := w.clients[who]
	return apCall{op: "DeleteControl", who: who, in: in, run: func() (any, error) { return c.DeleteControl(apCtx, in) }}
}

func (w *apWorld) getControl() apCall {
	id, who := w.id(w.controls, share.AMStandardControlIDs())
	in := &auditmanager.GetControlInput{ControlId: w.r.Maybe(id)}
	c := w.clients[who]
	return apCall{op: "GetControl", who: who, in: in, read: true, run: func() (any, error) { return c.GetControl(apCtx, in) }}
}

func (w *apWorld) listControls() apCall {
	who := w.randomCaller()
	in := &auditmanager.ListControlsInput{NextToken: w.nextToken(), MaxResults: w.maxResults(),
		ControlType: proptest.OneOf(w.r, []types.ControlType{types.ControlTypeCustom, types.ControlTypeStandard, types.ControlTypeCore}, "", "Bespoke")}
	if w.r.Chance(20) {
		in.ControlCatalogId = p(proptest.OneOf(w.r, []string{"UNCATEGORIZED"}, "catalog"))
	}
	c := w.clients[who]
	return apCall{op: "ListControls", who: who, in: in, read: true, run: func() (any, error) { return c.ListControls(apCtx, in) }}
}

func (w *apWorld) createFramework() apCall {
	who := w.randomCaller()
	if scopes := slices.Collect(maps.Keys(w.controls)); len(scopes) > 0 && w.r.Chance(60) {
		slices.SortFunc(scopes, func(a, b apCaller) int { return strings.Compare(a.String(), b.String()) })
		who = proptest.Pick(w.r, scopes...)
	} else if len(w.requests) > 0 && w.r.Chance(50) {
		who = proptest.Pick(w.r, w.requests...).to // fill a recipient's library, toward its quota
	}
	in := &auditmanager.CreateAssessmentFrameworkInput{
		Name: w.r.Maybe(proptest.OneOf(w.r, []string{"Payments", "Ledger"}, "back\\slash", "")), Tags: w.tags(),
		Description: p(proptest.OneOf(w.r, []string{"The framework."}, "")), ComplianceType: p("Internal"),
	}
	for range 1 + w.r.IntN(2) {
		in.ControlSets = append(in.ControlSets, types.CreateAssessmentFrameworkControlSet{Name: w.setName(), Controls: w.controlIDs(who)})
	}
	if w.r.Bad && w.r.Chance(10) {
		in.ControlSets = nil
	}
	c := w.clients[who]
	return apCall{op: "CreateAssessmentFramework", who: who, in: in, run: func() (any, error) { return c.CreateAssessmentFramework(apCtx, in) }}
}

func (w *apWorld) updateFramework() apCall {
	id, who := w.id(w.frameworks, share.AMStandardFrameworkIDs())
	in := &auditmanager.UpdateAssessmentFrameworkInput{FrameworkId: w.r.Maybe(id),
		Name: w.r.Maybe(proptest.OneOf(w.r, []string{"Payments v2", "Ledger"}, "")), Description: p("Updated.")}
	for range 1 + w.r.IntN(2) {
		set := types.UpdateAssessmentFrameworkControlSet{Name: w.setName(), Controls: w.controlIDs(who)}
		if sets := w.sets[id]; len(sets) > 0 && w.r.Chance(50) {
			set.Id = p(proptest.Pick(w.r, sets...))
		} else if w.r.Chance(15) {
			set.Id = p("Nope")
		}
		in.ControlSets = append(in.ControlSets, set)
	}
	c := w.clients[who]
	return apCall{op: "UpdateAssessmentFramework", who: who, in: in, run: func() (any, error) { return c.UpdateAssessmentFramework(apCtx, in) }}
}

func (w *apWorld) deleteFramework() apCall {
	id, who := w.id(w.frameworks, share.AMStandardFrameworkIDs())
	in := &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: w.r.Maybe(id)}
	c := w.clients[who]
	return apCall{op: "DeleteAssessmentFramework", who: who, in: in, run: func() (any, error) { return c.DeleteAssessmentFramework(apCtx, in) }}
}

func (w *apWorld) getFramework() apCall {
	id, who := w.id(w.frameworks, share.AMStandardFrameworkIDs())
	in := &auditmanager.GetAssessmentFrameworkInput{FrameworkId: w.r.Maybe(id)}
	c := w.clients[who]
	return apCall{op: "GetAssessmentFramework", who: who, in: in, read: true, run: func() (any, error) { return c.GetAssessmentFramework(apCtx, in) }}
}

func (w *apWorld) listFrameworks() apCall {
	who := w.randomCaller()
	in := &auditmanager.ListAssessmentFrameworksInput{NextToken: w.nextToken(), MaxResults: w.maxResults(),
		FrameworkType: proptest.OneOf(w.r, []types.FrameworkType{types.FrameworkTypeCustom, types.FrameworkTypeStandard}, "", "Bespoke")}
	c := w.clients[who]
	return apCall{op: "ListAssessmentFrameworks", who: who, in: in, read: true, run: func() (any, error) { return c.ListAssessmentFrameworks(apCtx, in) }}
}

func (w *apWorld) startShare() apCall {
	id, who := w.id(w.frameworks, share.AMStandardFrameworkIDs())
	in := &auditmanager.StartAssessmentFrameworkShareInput{FrameworkId: w.r.Maybe(id),
		DestinationAccount: w.r.Maybe(proptest.OneOf(w.r, []string{apS1, apS2, apX, apS1, apS2, apX, apMgmt, who.account}, "12345", "1234567890123")),
		DestinationRegion:  w.r.Maybe(proptest.OneOf(w.r, []string{apR1, apR2, apR2, "sa-east-1"}, "mars-1", "")),
	}
	if w.r.Chance(60) {
		in.Comment = p(proptest.OneOf(w.r, []string{"please review", "again"}, strings.Repeat("c", 501)))
	}
	c := w.clients[who]
	return apCall{op: "StartAssessmentFrameworkShare", who: who, in: in, run: func() (any, error) { return c.StartAssessmentFrameworkShare(apCtx, in) }}
}

// request picks a request, a side and a caller: mostly the caller of that
// side, sometimes the other side's or a bystander.
func (w *apWorld) request() (*string, types.ShareRequestType, apCaller) {
	var r apReq
	open := slices.DeleteFunc(slices.Clone(w.requests), func(x apReq) bool { return !x.open })
	switch n := w.r.IntN(100); {
	case n < 50 && len(open) > 0:
		r = proptest.Pick(w.r, open...)
	case n < 85 && len(w.requests) > 0:
		r = proptest.Pick(w.r, w.requests...)
	case n < 95 && len(w.oldRequests) > 0:
		r = proptest.Pick(w.r, w.oldRequests...)
	default:
		side := proptest.OneOf(w.r, []types.ShareRequestType{types.ShareRequestTypeSent, types.ShareRequestTypeReceived}, "", "BOTH")
		return p(proptest.OneOf(w.r, []string{apUnknown}, "nope")), side, w.randomCaller()
	}
	side, who := types.ShareRequestTypeReceived, r.to
	if r.from.region != "" && w.r.Chance(45) {
		side, who = types.ShareRequestTypeSent, r.from
	}
	switch n := w.r.IntN(100); {
	case n < 8:
		who = w.randomCaller()
	case n < 16:
		side = map[types.ShareRequestType]types.ShareRequestType{
			types.ShareRequestTypeSent: types.ShareRequestTypeReceived, types.ShareRequestTypeReceived: types.ShareRequestTypeSent}[side]
	}
	return w.r.Maybe(r.id), proptest.OneOf(w.r, []types.ShareRequestType{side}, "", "BOTH"), who
}

func (w *apWorld) updateShare() apCall {
	id, side, who := w.request()
	action := proptest.OneOf(w.r, []types.ShareRequestAction{types.ShareRequestActionAccept, types.ShareRequestActionAccept, types.ShareRequestActionDecline}, "", "MAYBE")
	if side == types.ShareRequestTypeSent {
		action = types.ShareRequestActionRevoke
	}
	if w.r.Chance(10) {
		action = proptest.Pick(w.r, types.ShareRequestActionAccept, types.ShareRequestActionDecline, types.ShareRequestActionRevoke)
	}
	in := &auditmanager.UpdateAssessmentFrameworkShareInput{RequestId: id, RequestType: side, Action: action}
	c := w.clients[who]
	return apCall{op: "UpdateAssessmentFrameworkShare", who: who, in: in, run: func() (any, error) { return c.UpdateAssessmentFrameworkShare(apCtx, in) }}
}

func (w *apWorld) deleteShare() apCall {
	id, side, who := w.request()
	in := &auditmanager.DeleteAssessmentFrameworkShareInput{RequestId: id, RequestType: side}
	c := w.clients[who]
	return apCall{op: "DeleteAssessmentFrameworkShare", who: who, in: in, run: func() (any, error) { return c.DeleteAssessmentFrameworkShare(apCtx, in) }}
}

func (w *apWorld) listShareRequests() apCall {
	who := w.randomCaller()
	in := &auditmanager.ListAssessmentFrameworkShareRequestsInput{NextToken: w.nextToken(), MaxResults: w.maxResults(),
		RequestType: proptest.OneOf(w.r, []types.ShareRequestType{types.ShareRequestTypeSent, types.ShareRequestTypeReceived}, "", "BOTH")}
	c := w.clients[who]
	return apCall{op: "ListAssessmentFrameworkShareRequests", who: who, in: in, read: true,
		run: func() (any, error) { return c.ListAssessmentFrameworkShareRequests(apCtx, in) }}
}

// --- listings walked across calls ---

// apWalker walks one of a scope's listings, a page per step (see
// proptest.Walk). Every listing is in creation order: no item moves.
type apWalker struct {
	*proptest.Walk
	op      string
	who     apCaller
	in      any
	refused bool // the scope was unregistered at some point: the walk may be refused
	list    func(v *apView) []string
}

func (k *apWalker) observe(v *apView) {
	if v.Refused != "" {
		k.refused = true
	}
	k.Observe(apListed(k.list(v)))
}

// apListed is a listing's items with the sort key of one that never moves.
func apListed(ids []string) map[string]string {
	m := map[string]string{}
	for _, id := range ids {
		m[id] = ""
	}
	return m
}

// walk starts a walk or takes the next page of one.
func (w *apWorld) walk() apCall {
	if len(w.walkers) == 0 || (len(w.walkers) < 3 && w.r.Chance(25)) {
		w.walkers = append(w.walkers, w.newWalker())
	}
	i := w.r.IntN(len(w.walkers))
	k := w.walkers[i]
	max := p(int32(1))
	if w.r.Chance(30) {
		max = p(int32(2))
	}
	return apCall{op: k.op, who: k.who, in: k.in, read: true,
		run: func() (any, error) { return k.Fetch(max) },
		then: func(out any, err error) {
			desc := fmt.Sprintf("walking %s as %s, page %d", k.op, k.who, k.Pages()+1)
			if proptest.Code(err) == "AccessDeniedException" && (k.refused || w.snap.views[k.who].Refused != "") {
				w.walkers = slices.Delete(w.walkers, i, i+1)
				return
			}
			done, problem := k.Check()
			if problem != nil {
				w.fail(desc, "%v", problem)
			}
			if done {
				w.walkers = slices.Delete(w.walkers, i, i+1)
			}
		},
	}
}

// newWalker starts walking one of a caller's listings, mostly of a scope
// that has something to list.
func (w *apWorld) newWalker() *apWalker {
	who := w.randomCaller()
	var busy []apCaller
	for _, c := range w.callers {
		if v := w.snap.views[c]; len(v.Sent)+len(v.Received)+len(v.Frameworks)+len(v.Controls) > 2 {
			busy = append(busy, c)
		}
	}
	if len(busy) > 0 && w.r.Chance(80) {
		who = proptest.Pick(w.r, busy...)
	}
	c := w.clients[who]
	k := &apWalker{who: who}
	var page func(next *string, max *int32) ([]string, *string, error)
	switch n := w.r.IntN(4); n {
	case 0:
		k.op, k.list = "ListControls", func(v *apView) []string { return apIDs(v.Controls, apControlID) }
		page = func(next *string, max *int32) ([]string, *string, error) {
			out, err := c.ListControls(apCtx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCustom, NextToken: next, MaxResults: max})
			if err != nil {
				return nil, nil, err
			}
			return apIDs(out.ControlMetadataList, apControlID), out.NextToken, nil
		}
	case 1:
		k.op, k.list = "ListAssessmentFrameworks", func(v *apView) []string { return apIDs(v.Frameworks, apFrameworkID) }
		page = func(next *string, max *int32) ([]string, *string, error) {
			out, err := c.ListAssessmentFrameworks(apCtx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeCustom, NextToken: next, MaxResults: max})
			if err != nil {
				return nil, nil, err
			}
			return apIDs(out.FrameworkMetadataList, apFrameworkID), out.NextToken, nil
		}
	default:
		side := types.ShareRequestTypeSent
		k.list = func(v *apView) []string { return apIDs(v.Sent, apRequestID) }
		if n == 3 {
			side = types.ShareRequestTypeReceived
			k.list = func(v *apView) []string { return apIDs(v.Received, apRequestID) }
		}
		k.op = "ListAssessmentFrameworkShareRequests"
		page = func(next *string, max *int32) ([]string, *string, error) {
			out, err := c.ListAssessmentFrameworkShareRequests(apCtx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: side, NextToken: next, MaxResults: max})
			if err != nil {
				return nil, nil, err
			}
			return apIDs(out.AssessmentFrameworkShareRequests, apRequestID), out.NextToken, nil
		}
	}
	k.in = struct{ Walk, As string }{k.op, who.String()}
	k.refused = w.snap.views[who].Refused != ""
	k.Walk = proptest.NewWalk(page, apListed(k.list(w.snap.views[who])))
	return k
}

// apIDs returns the IDs of items, id naming each.
func apIDs[T any](items []T, id func(T) *string) []string {
	var ids []string
	for _, x := range items {
		ids = append(ids, *id(x))
	}
	return ids
}

func apControlID(x types.ControlMetadata) *string                 { return x.Id }
func apFrameworkID(x types.AssessmentFrameworkMetadata) *string   { return x.Id }
func apRequestID(x types.AssessmentFrameworkShareRequest) *string { return x.Id }
