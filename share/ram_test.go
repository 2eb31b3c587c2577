package share

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/invitation"
)

// TestRAMAssociationTransitions is the exhaustive (state, event) -> state
// table of ram.md §C.5. "renew" means a fresh association replaces the
// record; "refused: r" means ErrInvalidTransition with reason r.
func TestRAMAssociationTransitions(t *testing.T) {
	name := map[ramAssocState]string{ramGated: "ASSOCIATING(invitation)", ramPropagating: "ASSOCIATING(propagation)",
		ramActive: "ASSOCIATED", ramFailedState: "FAILED", ramUnlinking: "DISASSOCIATING", ramUnlinked: "DISASSOCIATED", ramRenew: "renew"}
	ev := map[ramEvent]string{ramEvAssociate: "associate", ramEvSettle: "settle", ramEvAccept: "accept", ramEvReject: "reject",
		ramEvExpire: "expire", ramEvDisassociate: "disassociate", ramEvLeave: "leave", ramEvDelete: "delete", ramEvOrgDisabled: "org-disabled"}
	want := map[ramAssocState]map[ramEvent]string{
		ramGated: {ramEvAssociate: "ASSOCIATING(invitation)", ramEvSettle: "refused: not-settling", ramEvAccept: "ASSOCIATING(propagation)",
			ramEvReject: "DISASSOCIATED", ramEvExpire: "DISASSOCIATED", ramEvDisassociate: "DISASSOCIATING", ramEvLeave: "refused: not-associated",
			ramEvDelete: "DISASSOCIATING", ramEvOrgDisabled: "DISASSOCIATED"},
		ramPropagating: {ramEvAssociate: "ASSOCIATING(propagation)", ramEvSettle: "ASSOCIATED", ramEvAccept: "refused: not-gated",
			ramEvReject: "refused: not-gated", ramEvExpire: "refused: not-gated", ramEvDisassociate: "refused: " + ReasonPropagating,
			ramEvLeave: "refused: not-associated", ramEvDelete: "DISASSOCIATING", ramEvOrgDisabled: "DISASSOCIATED"},
		ramActive: {ramEvAssociate: "ASSOCIATED", ramEvSettle: "refused: not-settling", ramEvAccept: "refused: not-gated",
			ramEvReject: "refused: not-gated", ramEvExpire: "refused: not-gated", ramEvDisassociate: "DISASSOCIATING",
			ramEvLeave: "DISASSOCIATING", ramEvDelete: "DISASSOCIATING", ramEvOrgDisabled: "DISASSOCIATED"},
		ramFailedState: {ramEvAssociate: "renew", ramEvSettle: "refused: not-settling", ramEvAccept: "refused: not-gated",
			ramEvReject: "refused: not-gated", ramEvExpire: "refused: not-gated", ramEvDisassociate: "FAILED",
			ramEvLeave: "refused: not-associated", ramEvDelete: "FAILED", ramEvOrgDisabled: "FAILED"},
		ramUnlinking: {ramEvAssociate: "refused: " + ReasonDisassociating, ramEvSettle: "DISASSOCIATED", ramEvAccept: "refused: not-gated",
			ramEvReject: "refused: not-gated", ramEvExpire: "refused: not-gated", ramEvDisassociate: "DISASSOCIATING",
			ramEvLeave: "refused: not-associated", ramEvDelete: "DISASSOCIATING", ramEvOrgDisabled: "DISASSOCIATING"},
		ramUnlinked: {ramEvAssociate: "renew", ramEvSettle: "refused: not-settling", ramEvAccept: "refused: not-gated",
			ramEvReject: "refused: not-gated", ramEvExpire: "refused: not-gated", ramEvDisassociate: "DISASSOCIATED",
			ramEvLeave: "refused: not-associated", ramEvDelete: "DISASSOCIATED", ramEvOrgDisabled: "DISASSOCIATED"},
	}
	for _, s := range ramAssocStates {
		for _, e := range ramEvents {
			t.Run(name[s]+"/"+ev[e], func(t *testing.T) {
				got, err := ramAssocNext(s, ramActive, e)
				res := name[got]
				if err != nil {
					var de *Error
					require.True(t, errors.As(err, &de))
					require.ErrorIs(t, err, ErrInvalidTransition)
					assert.Equal(t, s, got, "a refused event leaves the state")
					res = "refused: " + de.Reason
				}
				assert.Equal(t, want[s][e], res)
			})
		}
	}
	// A propagating resource whose owner check failed settles to FAILED.
	got, err := ramAssocNext(ramPropagating, ramFailedState, ramEvSettle)
	require.NoError(t, err)
	assert.Equal(t, ramFailedState, got)
}

// TestRAMAssociationStatuses: every internal state maps to a model status.
func TestRAMAssociationStatuses(t *testing.T) {
	want := map[ramAssocState]RAMAssociationStatus{ramGated: RAMAssociating, ramPropagating: RAMAssociating,
		ramActive: RAMAssociated, ramFailedState: RAMFailed, ramUnlinking: RAMDisassociating, ramUnlinked: RAMDisassociated}
	for _, s := range ramAssocStates {
		assert.Equal(t, want[s], s.status())
		assert.Equal(t, s == ramGated || s == ramPropagating || s == ramActive, s.live())
	}
}

// TestRAMShareTransitions is the exhaustive table of ram.md §C.4.
func TestRAMShareTransitions(t *testing.T) {
	ev := map[ramShareEvent]string{ramShareEvMutate: "mutate", ramShareEvDelete: "delete", ramShareEvSettle: "settle", ramShareEvPurge: "purge"}
	states := []RAMShareStatus{RAMShareActive, RAMShareDeleting, RAMShareDeleted, ramSharePurged}
	want := map[RAMShareStatus]map[ramShareEvent]string{
		RAMShareActive:   {ramShareEvMutate: "ACTIVE", ramShareEvDelete: "DELETING", ramShareEvSettle: "invalid", ramShareEvPurge: "invalid"},
		RAMShareDeleting: {ramShareEvMutate: "not found", ramShareEvDelete: "DELETING", ramShareEvSettle: "DELETED", ramShareEvPurge: "purged"},
		RAMShareDeleted:  {ramShareEvMutate: "not found", ramShareEvDelete: "DELETED", ramShareEvSettle: "invalid", ramShareEvPurge: "purged"},
		ramSharePurged:   {ramShareEvMutate: "not found", ramShareEvDelete: "not found", ramShareEvSettle: "not found", ramShareEvPurge: "not found"},
	}
	for _, s := range states {
		for _, e := range ramShareEvents {
			t.Run(fmt.Sprintf("%q/%s", s, ev[e]), func(t *testing.T) {
				got, err := ramShareNext(s, e)
				res := string(got)
				switch {
				case errors.Is(err, ErrNotFound):
					res = "not found"
				case errors.Is(err, ErrInvalidTransition):
					res = "invalid"
				case err == nil && got == ramSharePurged:
					res = "purged"
				}
				if err != nil {
					assert.Equal(t, s, got)
				}
				assert.Equal(t, want[s][e], res)
			})
		}
	}
}

// TestRAMInvitationStatusNames: a withdrawn (revoked) invitation reads
// EXPIRED, as RAM has no REVOKED status.
func TestRAMInvitationStatusNames(t *testing.T) {
	want := map[invitation.Status]string{invitation.Pending: "PENDING", invitation.Accepted: "ACCEPTED",
		invitation.Rejected: "REJECTED", invitation.Expired: "EXPIRED", invitation.Revoked: "EXPIRED"}
	for _, s := range invitation.Statuses {
		assert.Equal(t, want[s], RAMInvitationStatusString(s))
	}
}

func TestRAMKeyOrdersLikeTimeKey(t *testing.T) {
	at := time.Date(2026, 3, 1, 12, 0, 0, 5, time.UTC)
	assert.Equal(t, TimeKey(at, "x"), ramKey(at, "x"))
	assert.Less(t, ramKey(at, "b"), ramKey(at.Add(1), "a"))
}

func TestRAMCheckFindsCorruption(t *testing.T) {
	s := NewStore(&Options{Clock: clock.NewFake(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)), IDs: SeededIDs(1)})
	c := Caller{Account: "111111111111", Region: "us-east-1"}
	_, err := s.CreateResourceShare(c, RAMCreateInput{Name: "s", Principals: []string{"222222222222"},
		ResourceARNs: []string{"arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-1"}})
	require.NoError(t, err)
	require.NoError(t, s.RAMCheck())
	s.ram.ownedBy("us-east-1", "111111111111").pending++
	assert.Error(t, s.RAMCheck(), "a drifted counter is caught")
}

func TestRAMRegistry(t *testing.T) {
	r := newRAMRegistry([]RAMResourceType{{Type: "example:Widget", Service: "example", Token: "widget", IAM: true, DefaultPermission: "AWSRAMDefaultPermissionWidget"}})
	for _, tc := range []struct{ arn, typ string }{
		{"arn:aws:ec2:us-east-1:111111111111:subnet/subnet-1", "ec2:Subnet"},
		{"arn:aws:servicecatalog:us-east-1:111111111111:/applications/abc", "servicecatalog:Application"},
		{"arn:aws:networkmanager::111111111111:core-network/core-network-1", "networkmanager:CoreNetwork"},
		{"arn:aws:example:us-east-1:111111111111:widget/w", "example:Widget"},
		{"arn:aws:glue:us-east-1:111111111111:table/db/t", "glue:Table"},
	} {
		a, err := ParseARN(tc.arn)
		require.NoError(t, err)
		got := r.resolve(a)
		require.NotNil(t, got, tc.arn)
		assert.Equal(t, tc.typ, got.Type)
	}
	a, _ := ParseARN("arn:aws:s3:::bucket")
	assert.Nil(t, r.resolve(a))
	assert.Len(t, r.byName, len(ramBuiltinTypes)+1)
	assert.Equal(t, []string{"example:UseSharedResource"}, r.dflt[r.byName["example:widget"]].Actions)
	assert.Len(t, r.perms, len(ramBuiltinTypes)+1+len(ramExtraPermissions))
}

// TestRAMOptionsCopyTakesNewTypes: a store built from another's Options,
// with resource types added, knows them.
func TestRAMOptionsCopyTakesNewTypes(t *testing.T) {
	s, _ := newTestStore(nil)
	opts := s.Options()
	opts.RAM.ResourceTypes = append(opts.RAM.ResourceTypes, RAMResourceType{Type: "example:Widget", Service: "example", Token: "widget",
		DefaultPermission: "AWSRAMDefaultPermissionWidget"})
	_, ok := NewStore(&opts).RAMResourceTypeNamed("example:Widget")
	assert.True(t, ok)
	_, ok = s.RAMResourceTypeNamed("example:Widget")
	assert.False(t, ok, "the first store is unchanged")
}

// FuzzRAMPrincipal checks that the principal a stored association cuts from
// its entity, and the fast account path, agree with ParsePrincipal.
func FuzzRAMPrincipal(f *testing.F) {
	for _, s := range []string{"111111111111", "11111111111", "arn:aws:iam::111111111111:role/a/b", "arn:aws:iam::111111111111:user/u",
		"arn:aws:organizations::111111111111:organization/o-abcdefghij",
		"arn:aws:organizations::111111111111:ou/o-abcdefghij/ou-ab12-12345678", "ram.amazonaws.com", "o-abcdefghij"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := ParsePrincipal(s)
		q, qok := parsePrincipalFast(s)
		if ok != qok || p != q {
			t.Fatalf("parsePrincipalFast(%q) = %+v, %v; ParsePrincipal = %+v, %v", s, q, qok, p, ok)
		}
		if !ok {
			return
		}
		a := &ramAssoc{entity: s, bits: newAssocBits(p.Kind, false)}
		if got := a.pr(); got != p {
			t.Fatalf("cut %q = %+v, want %+v", s, got, p)
		}
	})
}

// TestRAMInvitationTransitions drives a RAM invitation through the store into
// each status and applies each event, checking the invitation's status, the
// refusal, and the principal association (ram.md §C.5 rows 4-8, §C.6).
func TestRAMInvitationTransitions(t *testing.T) {
	const owner, rcpt = "111111111111", "222222222222"
	oc := Caller{Account: owner, Region: "us-east-1"}
	rc := Caller{Account: rcpt, Region: "us-east-1"}
	type world struct {
		s     *Store
		clk   *clock.Fake
		share string
		inv   string
	}
	mk := func(t *testing.T) world {
		clk := clock.NewFake(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
		s := NewStore(&Options{Clock: clk, IDs: SeededIDs(1)})
		r, err := s.CreateResourceShare(oc, RAMCreateInput{Name: "s", Principals: []string{rcpt},
			ResourceARNs: []string{"arn:aws:appmesh:us-east-1:111111111111:mesh/m"}})
		require.NoError(t, err)
		invs, _, err := s.GetResourceShareInvitations(rc, RAMInvitationQuery{Page: PageRequest{Limit: 10}})
		require.NoError(t, err)
		return world{s, clk, r.Share.ARN, invs[0].ARN}
	}
	events := map[string]func(w world) error{
		"accept": func(w world) error {
			_, err := w.s.AcceptResourceShareInvitation(rc, w.inv, RAMIdempotency{})
			return err
		},
		"reject": func(w world) error {
			_, err := w.s.RejectResourceShareInvitation(rc, w.inv, RAMIdempotency{})
			return err
		},
		"expire": func(w world) error { w.clk.Advance(12 * time.Hour); return nil },
		"withdraw": func(w world) error {
			_, err := w.s.DisassociateResourceShare(oc, RAMAssociateInput{ARN: w.share, Principals: []string{rcpt}})
			return err
		},
	}
	// Each start status is reached by one event from PENDING.
	starts := map[string]string{"PENDING": "", "ACCEPTED": "accept", "REJECTED": "reject", "EXPIRED": "expire", "WITHDRAWN": "withdraw"}
	type outcome struct {
		status string // the invitation's status afterwards
		err    error  // the refusal, if any
		assoc  RAMAssociationStatus
	}
	want := map[string]map[string]outcome{
		"PENDING": {"accept": {"ACCEPTED", nil, RAMAssociated}, "reject": {"REJECTED", nil, RAMDisassociated},
			"expire": {"EXPIRED", nil, RAMDisassociated}, "withdraw": {"EXPIRED", nil, RAMDisassociated}},
		"ACCEPTED": {"accept": {"ACCEPTED", invitation.ErrAlreadyAccepted, RAMAssociated}, "reject": {"ACCEPTED", invitation.ErrAlreadyAccepted, RAMAssociated},
			"expire": {"ACCEPTED", nil, RAMAssociated}, "withdraw": {"ACCEPTED", nil, RAMDisassociated}},
		"REJECTED": {"accept": {"REJECTED", invitation.ErrAlreadyRejected, RAMDisassociated}, "reject": {"REJECTED", invitation.ErrAlreadyRejected, RAMDisassociated},
			"expire": {"REJECTED", nil, RAMDisassociated}, "withdraw": {"REJECTED", nil, RAMDisassociated}},
		"EXPIRED": {"accept": {"EXPIRED", invitation.ErrExpired, RAMDisassociated}, "reject": {"EXPIRED", invitation.ErrExpired, RAMDisassociated},
			"expire": {"EXPIRED", nil, RAMDisassociated}, "withdraw": {"EXPIRED", nil, RAMDisassociated}},
		"WITHDRAWN": {"accept": {"EXPIRED", invitation.ErrRevoked, RAMDisassociated}, "reject": {"EXPIRED", invitation.ErrRevoked, RAMDisassociated},
			"expire": {"EXPIRED", nil, RAMDisassociated}, "withdraw": {"EXPIRED", nil, RAMDisassociated}},
	}
	for start, via := range starts {
		for ev, apply := range events {
			t.Run(start+"/"+ev, func(t *testing.T) {
				w := mk(t)
				if via != "" {
					require.NoError(t, events[via](w))
				}
				err := apply(w)
				exp := want[start][ev]
				if exp.err != nil {
					require.ErrorIs(t, err, exp.err)
					require.ErrorIs(t, err, ErrInvalidTransition)
				} else {
					require.NoError(t, err)
				}
				invs, _, err := w.s.GetResourceShareInvitations(rc, RAMInvitationQuery{Page: PageRequest{Limit: 10}})
				require.NoError(t, err)
				require.Len(t, invs, 1)
				assert.Equal(t, exp.status, RAMInvitationStatusString(invs[0].Status))
				as, _, err := w.s.GetResourceShareAssociations(oc, RAMAssociationQuery{Type: RAMPrincipalAssociation, Page: PageRequest{Limit: 10}})
				require.NoError(t, err)
				require.Len(t, as, 1)
				assert.Equal(t, exp.assoc, as[0].Status)
				require.NoError(t, w.s.RAMCheck())
			})
		}
	}
}

// TestRAMRandomOperations applies a long random sequence of RAM and
// organization operations and time jumps, checking the store's invariants
// after every step. Errors from the operations are expected (many random
// calls are refused); the invariants must hold whatever happens.
func TestRAMRandomOperations(t *testing.T) {
	clk := clock.NewFake(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	s := NewStore(&Options{Clock: clk, IDs: SeededIDs(3), RAM: RAMOptions{MaxPendingInvitationsPerSharingAccount: 1000}})
	const mgmt = "100000000000"
	accounts := []string{mgmt, "100000000001", "100000000002", "200000000000", "200000000001"}
	resources := []string{
		"arn:aws:ec2:us-east-1:100000000000:transit-gateway/tgw-1", "arn:aws:appmesh:us-east-1:100000000000:mesh/m",
		"arn:aws:ec2:us-east-1:100000000000:subnet/subnet-1", "arn:aws:ec2:us-east-1:200000000000:transit-gateway/tgw-2",
	}
	org, err := s.CreateOrganization(mgmt, FeatureSetAll)
	require.NoError(t, err)
	roots, _, err := s.ListRoots(mgmt, PageRequest{Limit: 1})
	require.NoError(t, err)
	ou, err := s.CreateOrganizationalUnit(mgmt, roots[0].ID, "ou")
	require.NoError(t, err)
	principals := append(append([]string{}, accounts...),
		"arn:aws:organizations::"+mgmt+":organization/"+org.ID,
		"arn:aws:organizations::"+mgmt+":ou/"+org.ID+"/"+ou.ID,
		"arn:aws:iam::200000000001:role/r")
	rnd := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[rnd.IntN(len(xs))] }
	var shares []string
	yes := true
	done := map[string]int{} // successful operations, to show the walk reaches every kind
	ok := func(kind string, err error) {
		if err == nil {
			done[kind]++
		}
	}
	for step := range 3000 {
		c := Caller{Account: pick(accounts), Region: "us-east-1"}
		switch rnd.IntN(12) {
		case 0, 1:
			in := RAMCreateInput{Name: "s", ResourceARNs: []string{pick(resources)}, Principals: []string{pick(principals)}}
			if rnd.IntN(3) == 0 {
				in.RetainSharingOnAccountLeave = &yes
			}
			r, err := s.CreateResourceShare(c, in)
			if err == nil {
				shares = append(shares, r.Share.ARN)
			}
			ok("create", err)
		case 2:
			if len(shares) > 0 {
				_, err := s.AssociateResourceShare(c, RAMAssociateInput{ARN: pick(shares), Principals: []string{pick(principals)}, ResourceARNs: []string{pick(resources)}})
				ok("associate", err)
			}
		case 3:
			if len(shares) > 0 {
				_, err := s.DisassociateResourceShare(c, RAMAssociateInput{ARN: pick(shares), Principals: []string{pick(principals)}})
				ok("disassociate", err)
			}
		case 4, 5:
			invs, _, err := s.GetResourceShareInvitations(c, RAMInvitationQuery{Page: PageRequest{Limit: 50}})
			require.NoError(t, err)
			if len(invs) > 0 {
				inv := invs[rnd.IntN(len(invs))].ARN
				if rnd.IntN(2) == 0 {
					_, err := s.AcceptResourceShareInvitation(c, inv, RAMIdempotency{})
					ok("accept", err)
				} else {
					_, err := s.RejectResourceShareInvitation(c, inv, RAMIdempotency{})
					ok("reject", err)
				}
			}
		case 6:
			if len(shares) > 0 {
				_, err := s.DeleteResourceShare(c, pick(shares), RAMIdempotency{})
				ok("delete", err)
			}
		case 7:
			clk.Advance(time.Duration(rnd.IntN(4*3600)) * time.Second)
		case 8:
			acct := pick(accounts[1:])
			if _, err := s.AdmitAccount(mgmt, acct); err == nil && rnd.IntN(2) == 0 {
				_ = s.MoveAccount(mgmt, acct, roots[0].ID, ou.ID)
			}
		case 9:
			ok("remove", s.RemoveAccount(mgmt, pick(accounts[1:])))
		case 10:
			if rnd.IntN(3) == 0 {
				_ = s.DisableServiceAccess(mgmt, RAMServicePrincipal)
			} else {
				_ = s.EnableSharingWithAwsOrganization(Caller{Account: mgmt, Region: "us-east-1"})
			}
		case 11:
			if len(shares) > 0 {
				_, err := s.DisassociateResourceShare(c, RAMAssociateInput{ARN: pick(shares), Principals: []string{c.Account}})
				ok("leave-or-disassociate-self", err)
			}
		}
		if err := s.RAMCheck(); err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
	}
	for _, kind := range []string{"create", "associate", "disassociate", "accept", "reject", "delete", "remove", "leave-or-disassociate-self"} {
		assert.Positive(t, done[kind], "no successful %s", kind)
	}
	t.Logf("successful operations: %v", done)
}

func TestRAMNewKeyIsRAMKeyEndingInUUID(t *testing.T) {
	at := time.Date(2026, 3, 1, 12, 0, 0, 5, time.UTC)
	a := NewStore(&Options{Clock: clock.NewFake(at), IDs: SeededIDs(7)})
	b := NewStore(&Options{Clock: clock.NewFake(at), IDs: SeededIDs(7)})
	for range 3 {
		var got, want string
		_ = a.Update(func(tx *Tx) error { got = tx.ramNewKey("arn:aws:ram:", "us-east-1", ":x/"); return nil })
		_ = b.Update(func(tx *Tx) error { want = ramKey(tx.Now(), "arn:aws:ram:", "us-east-1", ":x/", tx.UUID()); return nil })
		assert.Equal(t, want, got)
	}
}
