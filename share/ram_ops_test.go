package share

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The patterns of the RAM model's share and invitation ARNs, which
// ValidResourceShareARN and ValidInvitationARN match by hand.
var (
	shareARNPattern      = regexp.MustCompile(`^arn:aws:ram:[a-z0-9-]+:\d{12}:resource-share/[0-9A-Za-z-]{1,64}$`)
	invitationARNPattern = regexp.MustCompile(`^arn:aws:ram:[a-z0-9-]+:\d{12}:resource-share-invitation/[0-9A-Za-z-]{1,64}$`)
)

func checkRAMARN(t *testing.T, s string) {
	t.Helper()
	assert.Equal(t, shareARNPattern.MatchString(s), ValidResourceShareARN(s), "share ARN %q", s)
	assert.Equal(t, invitationARNPattern.MatchString(s), ValidInvitationARN(s), "invitation ARN %q", s)
}

// TestRAMARNsMatchTheirPatterns checks the hand-written matchers against the
// patterns on edge cases and on random mutations of valid ARNs.
func TestRAMARNsMatchTheirPatterns(t *testing.T) {
	valid := []string{
		"arn:aws:ram:us-east-1:111111111111:resource-share/0d4c5a1e-8f2b-4c3d-9e1f-2a3b4c5d6e7f",
		"arn:aws:ram:eu-west-3:222222222222:resource-share-invitation/a",
		"arn:aws:ram:x:333333333333:resource-share/" + strings.Repeat("Z", 64),
	}
	for _, s := range valid {
		checkRAMARN(t, s)
	}
	assert.True(t, ValidResourceShareARN(valid[0]))
	assert.True(t, ValidInvitationARN(valid[1]))
	for _, s := range []string{
		"", "arn:aws:ram:", "arn:aws:ram::111111111111:resource-share/a",
		"arn:aws:ram:US-east-1:111111111111:resource-share/a",
		"arn:aws:ram:us-east-1:11111111111:resource-share/a",
		"arn:aws:ram:us-east-1:1111111111111:resource-share/a",
		"arn:aws:ram:us-east-1:111111111111:resource-share/",
		"arn:aws:ram:us-east-1:111111111111:resource-share/" + strings.Repeat("a", 65),
		"arn:aws:ram:us-east-1:111111111111:resource-share/a_b",
		"arn:aws:ram:us-east-1:111111111111:resource-share/a\n",
		"arn:aws:ram:us:east:111111111111:resource-share/a",
		"arn:aws:ram:us-east-1:111111111111:resource-share-invitation/a/b",
		"xarn:aws:ram:us-east-1:111111111111:resource-share/a",
		"arn:aws:ram:us-east-1:１11111111111:resource-share/a",
	} {
		checkRAMARN(t, s)
	}
	const alphabet = "arn:aws-ram0123456789/_AZaz\n-:é"
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := []byte(valid[r.IntN(len(valid))])
		for range 1 + r.IntN(3) {
			i := r.IntN(len(b) + 1)
			switch r.IntN(3) {
			case 0: // insert
				b = append(b[:i], append([]byte{alphabet[r.IntN(len(alphabet))]}, b[i:]...)...)
			case 1: // delete
				if i < len(b) {
					b = append(b[:i], b[i+1:]...)
				}
			case 2: // replace
				if i < len(b) {
					b[i] = alphabet[r.IntN(len(alphabet))]
				}
			}
		}
		checkRAMARN(t, string(b))
	}
}

func FuzzRAMARNs(f *testing.F) {
	f.Add("arn:aws:ram:us-east-1:111111111111:resource-share/a")
	f.Add("arn:aws:ram:us-east-1:111111111111:resource-share-invitation/a")
	f.Fuzz(checkRAMARN)
}

// TestRAMHolders checks the holders of a resource: one share without a
// slice, more in order, removal from either place, and empty at the end.
func TestRAMHolders(t *testing.T) {
	a, b, c := &ramShare{}, &ramShare{}, &ramShare{}
	var h ramHolders
	list := func() (out []*ramShare) {
		for sh := range h.all() {
			out = append(out, sh)
		}
		return out
	}
	h.add(a)
	h.add(a)
	assert.Equal(t, []*ramShare{a}, list(), "a holder is added once")
	assert.Nil(t, h.rest, "one holder needs no slice")
	h.add(b)
	h.add(c)
	assert.Equal(t, []*ramShare{a, b, c}, list())
	assert.False(t, h.remove(a))
	assert.Equal(t, []*ramShare{b, c}, list(), "the next holder moves up")
	assert.False(t, h.remove(c))
	assert.Equal(t, []*ramShare{b}, list())
	assert.Nil(t, h.rest)
	assert.False(t, h.has(a))
	assert.True(t, h.remove(b), "none is left")
	assert.Empty(t, list())
}

// TestRAMAssocBits checks that every principal kind and both flags survive
// packing into one byte.
func TestRAMAssocBits(t *testing.T) {
	for k := PrincipalAccount; k <= PrincipalService; k++ {
		for _, ext := range []bool{false, true} {
			a := &ramAssoc{bits: newAssocBits(k, ext)}
			for _, g := range []bool{true, false} {
				a.setGranted(g)
				assert.Equal(t, k, a.kind())
				assert.Equal(t, ext, a.external())
				assert.Equal(t, g, a.granted())
			}
		}
	}
}

// TestRAMResolverOnlyNarrows checks that a resolver is asked only about
// ARNs of the owner's account and the share's region, which R5 (ram.md
// §C.3) would let through: any other fails whatever a resolver says.
func TestRAMResolverOnlyNarrows(t *testing.T) {
	var asked []string
	s, _ := newTestStore(&Options{RAM: RAMOptions{Resolver: RAMResolverFunc(func(r RAMResource) (string, bool) {
		asked = append(asked, r.ARN)
		return "111111111111", !strings.HasSuffix(r.ARN, "gone")
	})}})
	c := Caller{Account: "111111111111", Region: "us-east-1"}
	want := map[string]RAMAssociationStatus{
		"arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-mine":  RAMAssociated,
		"arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-gone":  RAMFailed,
		"arn:aws:ec2:us-east-1:222222222222:transit-gateway/tgw-other": RAMFailed,
		"arn:aws:ec2:eu-west-1:111111111111:transit-gateway/tgw-away":  RAMFailed,
	}
	var arns []string
	for arn := range want {
		arns = append(arns, arn)
	}
	_, err := s.CreateResourceShare(c, RAMCreateInput{Name: "x", ResourceARNs: arns})
	require.NoError(t, err)
	got, _, err := s.GetResourceShareAssociations(c, RAMAssociationQuery{Type: RAMResourceAssociation, Page: PageRequest{Limit: 10}})
	require.NoError(t, err)
	require.Len(t, got, len(want))
	for _, a := range got {
		assert.Equal(t, want[a.Entity], a.Status, a.Entity)
	}
	assert.ElementsMatch(t, []string{"arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-mine",
		"arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-gone"}, asked)
}

// TestRAMReplaysAreCopies: a result remembered under a client token shares
// no memory with the caller that got it first, nor with later replays, so
// no caller sees another's changes (DESIGN: hand out copies).
func TestRAMReplaysAreCopies(t *testing.T) {
	s, _ := newTestStore(nil)
	c := Caller{Account: "111111111111", Region: "us-east-1"}
	k, v, yes := "k", "v", true
	in := RAMCreateInput{Name: "x", Tags: []RAMTag{{Key: &k, Value: &v}}, RetainSharingOnAccountLeave: &yes,
		Idempotency: RAMIdempotency{Token: "tok", Fingerprint: "f"}}
	first, err := s.CreateResourceShare(c, in)
	require.NoError(t, err)
	first.Share.Tags["injected"] = "by the first caller"
	*first.Share.RetainSharingOnAccountLeave = false

	again, err := s.CreateResourceShare(c, in)
	require.NoError(t, err)
	assert.Equal(t, first.Share.ARN, again.Share.ARN, "a replay")
	assert.Equal(t, Tags{"k": "v"}, again.Share.Tags)
	require.NotNil(t, again.Share.RetainSharingOnAccountLeave)
	assert.True(t, *again.Share.RetainSharingOnAccountLeave)

	again.Share.Tags["injected"] = "by the second caller"
	third, err := s.CreateResourceShare(c, in)
	require.NoError(t, err)
	assert.Equal(t, Tags{"k": "v"}, third.Share.Tags)
	assert.NotSame(t, again.Share.RetainSharingOnAccountLeave, third.Share.RetainSharingOnAccountLeave)

	// Associations too.
	assoc := RAMAssociateInput{ARN: first.Share.ARN, Principals: []string{"222222222222"}, Idempotency: RAMIdempotency{Token: "a", Fingerprint: "f"}}
	r1, err := s.AssociateResourceShare(c, assoc)
	require.NoError(t, err)
	r1.Associations[0].Entity = "changed"
	r2, err := s.AssociateResourceShare(c, assoc)
	require.NoError(t, err)
	assert.Equal(t, "222222222222", r2.Associations[0].Entity)
}

// TestRAMSeedIsOneStep: a reader never sees a share seeded as created from
// a policy in between, as a STANDARD share.
func TestRAMSeedIsOneStep(t *testing.T) {
	s, _ := newTestStore(nil)
	c := Caller{Account: "111111111111", Region: "us-east-1"}
	done := make(chan struct{})
	seen := make(chan string, 1)
	go func() {
		defer close(seen)
		for {
			select {
			case <-done:
				return
			default:
			}
			list, _, err := s.GetResourceShares(c, RAMShareQuery{Page: PageRequest{Limit: 500}})
			if err != nil {
				seen <- err.Error()
				return
			}
			for _, sh := range list {
				if sh.FeatureSet != RAMFeatureCreatedFromPolicy {
					seen <- sh.FeatureSet
					return
				}
			}
		}
	}()
	for i := range 200 {
		_, _, err := s.SeedRAMShareCreatedFromPolicy(c, RAMPolicyShareInput{Name: "p", Template: `{"Effect":"Allow","Action":"codebuild:BatchGetProjects"}`,
			ResourceARNs: []string{"arn:aws:codebuild:us-east-1:111111111111:project/p" + strconv.Itoa(i)}})
		require.NoError(t, err)
	}
	close(done)
	for got := range seen {
		t.Errorf("a reader saw a seeded share as %q", got)
	}
}

// TestRAMStrictResources: in strict-resource mode only registered resources
// exist (ram.md §C.3 R5); a reset forgets them.
func TestRAMStrictResources(t *testing.T) {
	s, _ := newTestStore(&Options{RAM: RAMOptions{StrictResources: true}})
	c := Caller{Account: "111111111111", Region: "us-east-1"}
	known := "arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-known"
	unknown := "arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-unknown"
	assert.ErrorIs(t, s.RegisterRAMResources(known, "not-an-arn"), ErrInvalidArgument)
	require.NoError(t, s.RegisterRAMResources(known, known))
	statuses := func() map[string]RAMAssociationStatus {
		got, _, err := s.GetResourceShareAssociations(c, RAMAssociationQuery{Type: RAMResourceAssociation, Page: PageRequest{Limit: 10}})
		require.NoError(t, err)
		m := map[string]RAMAssociationStatus{}
		for _, a := range got {
			m[a.Entity] = a.Status
		}
		return m
	}
	_, err := s.CreateResourceShare(c, RAMCreateInput{Name: "x", ResourceARNs: []string{known, unknown}})
	require.NoError(t, err)
	assert.Equal(t, map[string]RAMAssociationStatus{known: RAMAssociated, unknown: RAMFailed}, statuses())

	s.Reset()
	_, err = s.CreateResourceShare(c, RAMCreateInput{Name: "x", ResourceARNs: []string{known}})
	require.NoError(t, err)
	assert.Equal(t, map[string]RAMAssociationStatus{known: RAMFailed}, statuses(), "a reset forgets the registrations")
}
