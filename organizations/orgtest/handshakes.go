package orgtest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/types"
)

// The handshake lifecycle: declining, canceling, describing and listing
// invitations, from both sides (organizations.md §5).

const (
	msgHandshakeNotFound = "We can't find a handshake with the HandshakeId that you specified."
	msgHandshakeInState  = "The specified handshake is already in the requested state."
	msgHandshakeBadState = "You can't perform the operation on the handshake in its current state."
	msgAccountLimit      = "You have exceeded the allowed number of AWS accounts."

	// handshakeLifetime is how long an invitation stays open, and
	// handshakeRetention how long it stays readable once it has ended.
	handshakeLifetime  = 15 * 24 * time.Hour
	handshakeRetention = 30 * 24 * time.Hour
)

func inviteTo(t testing.TB, mgmt API, account string) *types.Handshake {
	t.Helper()
	return must(mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
		Target: &types.HandshakeParty{Id: ptr(account), Type: types.HandshakePartyTypeAccount}}))(t).Handshake
}

func acceptHS(c API, id *string) (*types.Handshake, error) {
	out, err := c.AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: id})
	if err != nil {
		return nil, err
	}
	return out.Handshake, nil
}

func declineHS(c API, id *string) (*types.Handshake, error) {
	out, err := c.DeclineHandshake(ctx, &organizations.DeclineHandshakeInput{HandshakeId: id})
	if err != nil {
		return nil, err
	}
	return out.Handshake, nil
}

func cancelHS(c API, id *string) (*types.Handshake, error) {
	out, err := c.CancelHandshake(ctx, &organizations.CancelHandshakeInput{HandshakeId: id})
	if err != nil {
		return nil, err
	}
	return out.Handshake, nil
}

func describeHS(c API, id *string) (*types.Handshake, error) {
	out, err := c.DescribeHandshake(ctx, &organizations.DescribeHandshakeInput{HandshakeId: id})
	if err != nil {
		return nil, err
	}
	return out.Handshake, nil
}

// received lists every handshake addressed to c's account, page by page.
func received(t testing.TB, c API) []types.Handshake {
	t.Helper()
	var all []types.Handshake
	var token *string
	for {
		out := must(c.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{NextToken: token}))(t)
		all = append(all, out.Handshakes...)
		if token = out.NextToken; token == nil {
			return all
		}
	}
}

// sent lists every handshake c's organization sent, page by page.
func sent(t testing.TB, c API) []types.Handshake {
	t.Helper()
	var all []types.Handshake
	var token *string
	for {
		out := must(c.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{NextToken: token}))(t)
		all = append(all, out.Handshakes...)
		if token = out.NextToken; token == nil {
			return all
		}
	}
}

// states renders a listing as ID -> state.
func states(hs []types.Handshake) map[string]types.HandshakeState {
	out := map[string]types.HandshakeState{}
	for _, h := range hs {
		out[deref(h.Id)] = h.State
	}
	return out
}

func ids(hs []types.Handshake) []string {
	out := make([]string, 0, len(hs))
	for _, h := range hs {
		out = append(out, deref(h.Id))
	}
	return out
}

// requireSameHandshake checks that got is want, in state.
func requireSameHandshake(t testing.TB, want *types.Handshake, state types.HandshakeState, got *types.Handshake) {
	t.Helper()
	require.NotNil(t, got)
	assert.Equal(t, deref(want.Id), deref(got.Id))
	assert.Equal(t, deref(want.Arn), deref(got.Arn))
	assert.Equal(t, state, got.State)
	assert.Equal(t, types.ActionTypeInvite, got.Action)
	assert.ElementsMatch(t, want.Parties, got.Parties)
	if assert.NotNil(t, got.RequestedTimestamp) && assert.NotNil(t, got.ExpirationTimestamp) {
		assert.True(t, want.RequestedTimestamp.Equal(*got.RequestedTimestamp))
		assert.True(t, want.ExpirationTimestamp.Equal(*got.ExpirationTimestamp))
	}
}

// requireEnded checks a handshake from mgmt to member that an answer has
// just ended in state: both parties describe it and list it in that state,
// neither can answer it any more (requireAnswersRefused), and member is
// still in no organization.
func requireEnded(t testing.TB, mgmt, member API, hs *types.Handshake, state types.HandshakeState) {
	t.Helper()
	requireSameHandshake(t, hs, state, must(describeHS(member, hs.Id))(t))
	requireSameHandshake(t, hs, state, must(describeHS(mgmt, hs.Id))(t))
	listed := map[string]types.HandshakeState{deref(hs.Id): state}
	assert.Equal(t, listed, states(received(t, member)))
	assert.Equal(t, listed, states(sent(t, mgmt)))
	requireAnswersRefused(t, mgmt, member, hs.Id, state)
	_, err := member.DescribeOrganization(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
}

// requireAnswersRefused checks that the handshake id, from mgmt to member
// and no longer open but in state, refuses each answer from the party
// entitled to make it: the answer that led to state with
// HandshakeAlreadyInStateException, every other with
// InvalidHandshakeTransitionException.
func requireAnswersRefused(t testing.TB, mgmt, member API, id *string, state types.HandshakeState) {
	t.Helper()
	answers := []struct {
		call    func(API, *string) (*types.Handshake, error)
		by      API
		reaches types.HandshakeState
	}{
		{acceptHS, member, types.HandshakeStateAccepted},
		{declineHS, member, types.HandshakeStateDeclined},
		{cancelHS, mgmt, types.HandshakeStateCanceled},
	}
	for _, a := range answers {
		_, err := a.call(a.by, id)
		if a.reaches == state {
			RequireAPIError(t, err, "HandshakeAlreadyInStateException", msgHandshakeInState, "")
		} else {
			RequireAPIError(t, err, "InvalidHandshakeTransitionException", msgHandshakeBadState, "")
		}
	}
}

// testHandshakeDecline: the invited account declines; both sides see
// DECLINED; the handshake can be neither accepted, declined again nor
// canceled; the account stays standalone.
func testHandshakeDecline(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	member := h.Client(Member)
	hs := inviteTo(t, mgmt, Member)

	// The invited account, standalone, sees the open invitation.
	mine := received(t, member)
	require.Len(t, mine, 1)
	requireSameHandshake(t, hs, types.HandshakeStateOpen, &mine[0])
	requireSameHandshake(t, hs, types.HandshakeStateOpen, must(describeHS(member, hs.Id))(t))

	_, err := declineHS(mgmt, hs.Id)
	RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")
	requireSameHandshake(t, hs, types.HandshakeStateDeclined, must(declineHS(member, hs.Id))(t))
	requireEnded(t, mgmt, member, hs, types.HandshakeStateDeclined)

	assert.Len(t, must(mgmt.ListAccounts(ctx, nil))(t).Accounts, 1)
	requireSameHandshake(t, hs, types.HandshakeStateDeclined, must(describeHS(mgmt, hs.Id))(t))

	// The organization may invite the account again.
	again := inviteTo(t, mgmt, Member)
	assert.NotEqual(t, deref(hs.Id), deref(again.Id))
	must(acceptHS(member, again.Id))(t)
	assert.Equal(t, map[string]types.HandshakeState{
		deref(hs.Id): types.HandshakeStateDeclined, deref(again.Id): types.HandshakeStateAccepted,
	}, states(received(t, member)))
}

// testHandshakeCancel: the management account cancels; both sides see
// CANCELED; the invited account can no longer answer.
func testHandshakeCancel(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	member := h.Client(Member)
	hs := inviteTo(t, mgmt, Member)

	_, err := cancelHS(member, hs.Id)
	RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")
	requireSameHandshake(t, hs, types.HandshakeStateCanceled, must(cancelHS(mgmt, hs.Id))(t))
	requireEnded(t, mgmt, member, hs, types.HandshakeStateCanceled)

	// An accepted invitation cannot be canceled.
	again := inviteTo(t, mgmt, Member)
	must(acceptHS(member, again.Id))(t)
	_, err = cancelHS(mgmt, again.Id)
	RequireAPIError(t, err, "InvalidHandshakeTransitionException", msgHandshakeBadState, "")
	_, err = declineHS(member, again.Id)
	RequireAPIError(t, err, "InvalidHandshakeTransitionException", msgHandshakeBadState, "")
	requireSameHandshake(t, again, types.HandshakeStateAccepted, must(describeHS(mgmt, again.Id))(t))
}

// testHandshakeParties: only the two parties see a handshake. A third
// account, or a member of the organization that is not invited, gets
// HandshakeNotFoundException whatever it tries; ListHandshakesForOrganization
// is the management account's.
func testHandshakeParties(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	third := "444444444444"
	admit(t, h, mgmt, third)
	admitted := ids(received(t, h.Client(third))) // the invitation third accepted
	require.Len(t, admitted, 1)
	hs := inviteTo(t, mgmt, Member)

	for _, who := range []string{Outsider, third} {
		c := h.Client(who)
		_, err := describeHS(c, hs.Id)
		RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
		_, err = acceptHS(c, hs.Id)
		RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
		_, err = declineHS(c, hs.Id)
		RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
		_, err = cancelHS(c, hs.Id)
		RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
		assert.NotContains(t, ids(received(t, c)), deref(hs.Id), "%s did not receive it", who)
	}
	_, err := acceptHS(mgmt, hs.Id)
	RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")
	for _, c := range []API{mgmt, h.Client(Member)} {
		_, err = describeHS(c, ptr("h-0123456789abcdef"))
		RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
	}
	assert.Empty(t, received(t, mgmt), "the management account received nothing")

	_, err = h.Client(Outsider).ListHandshakesForOrganization(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
	_, err = h.Client(third).ListHandshakesForOrganization(ctx, nil)
	RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")
	_, err = h.Client(Member).ListHandshakesForOrganization(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")

	// Another organization's management account is a third account too,
	// and its own listing holds only its own invitations.
	other := h.Client(Outsider)
	must(other.CreateOrganization(ctx, nil))(t)
	theirs := inviteTo(t, other, Member)
	_, err = describeHS(other, hs.Id)
	RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
	_, err = cancelHS(mgmt, theirs.Id)
	RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
	assert.Equal(t, []string{deref(theirs.Id)}, ids(sent(t, other)))
	assert.ElementsMatch(t, []string{admitted[0], deref(hs.Id)}, ids(sent(t, mgmt)), "sent at the same instant: in ID order")
	assert.ElementsMatch(t, []string{deref(hs.Id), deref(theirs.Id)}, ids(received(t, h.Client(Member))))
	// The first organization's list shows ACCEPTED once the member joins.
	requireSameHandshake(t, hs, types.HandshakeStateAccepted, must(acceptHS(h.Client(Member), hs.Id))(t))
	assert.Equal(t, map[string]types.HandshakeState{
		admitted[0]: types.HandshakeStateAccepted, deref(hs.Id): types.HandshakeStateAccepted,
	}, states(sent(t, mgmt)))
}

// testHandshakeExpiry: an invitation nobody answers is EXPIRED in both
// lists 15 days on, cannot be answered, and like every ended handshake is
// gone 30 days after it ended.
func testHandshakeExpiry(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	member, outsider := h.Client(Member), h.Client(Outsider)
	late := inviteTo(t, mgmt, Member)
	h.Advance(t, time.Hour)
	declined := inviteTo(t, mgmt, Outsider)
	must(declineHS(outsider, declined.Id))(t)

	h.Advance(t, handshakeLifetime-time.Hour-time.Second)
	requireSameHandshake(t, late, types.HandshakeStateOpen, must(describeHS(member, late.Id))(t))
	h.Advance(t, time.Second)
	requireSameHandshake(t, late, types.HandshakeStateExpired, must(describeHS(member, late.Id))(t))
	requireSameHandshake(t, late, types.HandshakeStateExpired, must(describeHS(mgmt, late.Id))(t))
	assert.Equal(t, map[string]types.HandshakeState{deref(late.Id): types.HandshakeStateExpired}, states(received(t, member)))
	assert.Equal(t, map[string]types.HandshakeState{
		deref(late.Id): types.HandshakeStateExpired, deref(declined.Id): types.HandshakeStateDeclined,
	}, states(sent(t, mgmt)))
	assert.Equal(t, []string{deref(late.Id), deref(declined.Id)}, ids(sent(t, mgmt)), "in the order they were sent")

	requireAnswersRefused(t, mgmt, member, late.Id, types.HandshakeStateExpired)

	// The declined one ended at +1h and is gone 30 days later; the expired
	// one ended at +15d.
	h.Advance(t, time.Hour+handshakeRetention-handshakeLifetime)
	_, err := describeHS(mgmt, declined.Id)
	RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
	_, err = declineHS(outsider, declined.Id)
	RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
	assert.Empty(t, received(t, outsider))
	assert.Equal(t, []string{deref(late.Id)}, ids(sent(t, mgmt)))
	h.Advance(t, handshakeLifetime-time.Hour-time.Second)
	requireSameHandshake(t, late, types.HandshakeStateExpired, must(describeHS(member, late.Id))(t))
	h.Advance(t, time.Second)
	_, err = describeHS(member, late.Id)
	RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
	assert.Empty(t, received(t, member))
	assert.Empty(t, sent(t, mgmt))
}

// testAnsweredInvitationsFreeTheirPlace: a declined or canceled invitation
// no longer counts toward MaxAccounts (3 here).
func testAnsweredInvitationsFreeTheirPlace(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	create := func(name string) error {
		_, err := mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr(name + "@example.com"), AccountName: ptr(name)})
		return err
	}
	toMember := inviteTo(t, mgmt, Member)
	toOutsider := inviteTo(t, mgmt, Outsider)
	RequireAPIError(t, create("one"), "ConstraintViolationException", msgAccountLimit, "ACCOUNT_NUMBER_LIMIT_EXCEEDED")
	_, err := mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
		Target: &types.HandshakeParty{Id: ptr("444444444444"), Type: types.HandshakePartyTypeAccount}})
	RequireAPIError(t, err, "HandshakeConstraintViolationException", msgAccountLimit, "ACCOUNT_NUMBER_LIMIT_EXCEEDED")

	must(declineHS(h.Client(Member), toMember.Id))(t)
	require.NoError(t, create("one"), "the declined invitation frees its place")
	RequireAPIError(t, create("two"), "ConstraintViolationException", msgAccountLimit, "ACCOUNT_NUMBER_LIMIT_EXCEEDED")
	must(cancelHS(mgmt, toOutsider.Id))(t)
	require.NoError(t, create("two"), "so does the canceled one")
	h.Advance(t, time.Minute)
	assert.Len(t, must(mgmt.ListAccounts(ctx, nil))(t).Accounts, 3)
}

// testHandshakeTransitions drives every (state, action) pair of the
// lifecycle through the front door: the state reached, or the exact
// exception, and a refusal changes nothing.
func testHandshakeTransitions(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	type action string
	const (
		accept, decline, cancel, expire action = "accept", "decline", "cancel", "expire"
	)
	type outcome struct {
		state types.HandshakeState
		code  string // the refusal, when not empty
	}
	ok := func(s types.HandshakeState) outcome { return outcome{state: s} }
	inState := outcome{code: "HandshakeAlreadyInStateException"}
	badState := outcome{code: "InvalidHandshakeTransitionException"}
	open, accepted, declined := types.HandshakeStateOpen, types.HandshakeStateAccepted, types.HandshakeStateDeclined
	canceled, expired := types.HandshakeStateCanceled, types.HandshakeStateExpired
	table := []struct {
		from types.HandshakeState
		outs map[action]outcome
	}{
		{open, map[action]outcome{accept: ok(accepted), decline: ok(declined), cancel: ok(canceled), expire: ok(expired)}},
		{accepted, map[action]outcome{accept: inState, decline: badState, cancel: badState, expire: ok(accepted)}},
		{declined, map[action]outcome{accept: badState, decline: inState, cancel: badState, expire: ok(declined)}},
		{canceled, map[action]outcome{accept: badState, decline: badState, cancel: inState, expire: ok(canceled)}},
		{expired, map[action]outcome{accept: badState, decline: badState, cancel: badState, expire: ok(expired)}},
	}
	messages := map[string]string{inState.code: msgHandshakeInState, badState.code: msgHandshakeBadState}
	reach := map[types.HandshakeState]action{accepted: accept, declined: decline, canceled: cancel}

	type cell struct {
		from    types.HandshakeState
		act     action
		want    outcome
		account string
		hs      *types.Handshake
	}
	var cells []*cell
	for i, row := range table {
		require.Len(t, row.outs, 4, "every action has a column in %s", row.from)
		for j, act := range []action{accept, decline, cancel, expire} {
			cells = append(cells, &cell{from: row.from, act: act, want: row.outs[act], account: fmt.Sprintf("6%011d", i*4+j)})
		}
	}
	require.Len(t, cells, 20)
	do := func(c *cell, act action) error {
		var err error
		switch act {
		case accept:
			_, err = acceptHS(h.Client(c.account), c.hs.Id)
		case decline:
			_, err = declineHS(h.Client(c.account), c.hs.Id)
		case cancel:
			_, err = cancelHS(mgmt, c.hs.Id)
		}
		return err
	}
	check := func(c *cell) {
		t.Run(string(c.from)+" "+string(c.act), func(t *testing.T) {
			err := do(c, c.act)
			got := must(describeHS(mgmt, c.hs.Id))(t).State
			if c.want.code == "" {
				require.NoError(t, err)
				assert.Equal(t, c.want.state, got)
				return
			}
			RequireAPIError(t, err, c.want.code, messages[c.want.code], "")
			assert.Equal(t, c.from, got, "a refused action changes nothing")
		})
	}

	// Every invitation is sent at once; each is brought to its state, and
	// the actions other than expiry run; then the clock passes the expiry
	// time, and the rest run.
	for _, c := range cells {
		c.hs = inviteTo(t, mgmt, c.account)
	}
	for _, c := range cells {
		if a, ok := reach[c.from]; ok {
			require.NoError(t, do(c, a))
		}
	}
	for _, c := range cells {
		if c.from != expired && c.act != expire {
			check(c)
		}
	}
	h.Advance(t, handshakeLifetime)
	for _, c := range cells {
		if c.from == expired || c.act == expire {
			check(c)
		}
	}
}

// testHandshakePagination: both listings page in the order invitations
// were sent, 1–20 at a time; Filter keeps INVITE handshakes, or nothing; a
// token serves only the listing, caller and filter it came from.
func testHandshakePagination(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	var want []string
	for i := range 7 {
		want = append(want, deref(inviteTo(t, mgmt, fmt.Sprintf("7%011d", i)).Id))
		h.Advance(t, time.Second)
	}
	three := ptr(int32(3))
	var got []string
	var token *string
	for page := 1; ; page++ {
		out := must(mgmt.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{MaxResults: three, NextToken: token}))(t)
		require.NotEmpty(t, out.Handshakes)
		require.LessOrEqual(t, len(out.Handshakes), 3)
		got = append(got, ids(out.Handshakes)...)
		if token = out.NextToken; token == nil {
			assert.Equal(t, 3, page)
			break
		}
		if page == 1 {
			// An invitation sent mid-listing comes at the end.
			want = append(want, deref(inviteTo(t, mgmt, Member).Id))
		}
	}
	assert.Equal(t, want, got)
	full := must(mgmt.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{MaxResults: ptr(int32(20))}))(t)
	assert.Equal(t, want, ids(full.Handshakes))
	assert.Nil(t, full.NextToken)

	filtered := func(f *types.HandshakeFilter) []string {
		return ids(must(mgmt.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{Filter: f}))(t).Handshakes)
	}
	assert.Equal(t, want, filtered(&types.HandshakeFilter{}))
	assert.Equal(t, want, filtered(&types.HandshakeFilter{ActionType: types.ActionTypeInvite}))
	for _, a := range types.ActionType("").Values() {
		if a != types.ActionTypeInvite {
			assert.Empty(t, filtered(&types.HandshakeFilter{ActionType: a}), "%s: sharesim makes invitations only", a)
		}
	}
	assert.Empty(t, filtered(&types.HandshakeFilter{ParentHandshakeId: ptr(want[0])}), "an invitation has no parent")

	// The invited account's own listing, across two organizations.
	other := h.Client(Outsider)
	must(other.CreateOrganization(ctx, nil))(t)
	theirs := deref(inviteTo(t, other, Member).Id)
	member := h.Client(Member)
	first := must(member.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{MaxResults: ptr(int32(1))}))(t)
	require.Len(t, first.Handshakes, 1)
	require.NotNil(t, first.NextToken)
	rest := must(member.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{MaxResults: ptr(int32(1)), NextToken: first.NextToken}))(t)
	require.Len(t, rest.Handshakes, 1)
	assert.Nil(t, rest.NextToken)
	assert.Equal(t, []string{want[len(want)-1], theirs}, append(ids(first.Handshakes), ids(rest.Handshakes)...))
	withFilter := must(member.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{
		MaxResults: ptr(int32(1)), Filter: &types.HandshakeFilter{ActionType: types.ActionTypeInvite}}))(t)

	// Tokens: each is refused by another listing, another caller, another
	// filter.
	orgToken := must(mgmt.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{MaxResults: three}))(t).NextToken
	require.NotNil(t, orgToken)
	refused := map[string]error{}
	_, refused["organization token to ListHandshakesForAccount"] = mgmt.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{NextToken: orgToken})
	_, refused["organization token to ListAccounts"] = mgmt.ListAccounts(ctx, &organizations.ListAccountsInput{NextToken: orgToken})
	_, refused["organization token under a filter"] = mgmt.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{
		NextToken: orgToken, Filter: &types.HandshakeFilter{ActionType: types.ActionTypeInvite}})
	_, refused["organization token to another organization"] = other.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{NextToken: orgToken})
	_, refused["account token to another account"] = h.Client(Outsider).ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{NextToken: first.NextToken})
	_, refused["account token under a filter"] = member.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{
		NextToken: first.NextToken, Filter: &types.HandshakeFilter{ActionType: types.ActionTypeInvite}})
	_, refused["filtered token without the filter"] = member.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{NextToken: withFilter.NextToken})
	_, refused["filtered token under another filter"] = member.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{
		NextToken: withFilter.NextToken, Filter: &types.HandshakeFilter{ActionType: types.ActionTypeEnableAllFeatures}})
	_, refused["account token to ListHandshakesForOrganization"] = other.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{NextToken: first.NextToken})
	for name, err := range refused {
		t.Run(name, func(t *testing.T) { RequireAPIError(t, err, "InvalidInputException", msgInvalid, "INVALID_NEXT_TOKEN") })
	}
	more := must(member.ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{
		NextToken: withFilter.NextToken, Filter: &types.HandshakeFilter{ActionType: types.ActionTypeInvite}}))(t)
	assert.Equal(t, []string{theirs}, ids(more.Handshakes), "a filtered token continues its own filter")
}

// testHandshakeValidation: every invalid input of the handshake operations
// is InvalidInputException with its reason, and it is reported before the
// caller's membership and role and before the handshake is looked up
// (organizations.md §4).
func testHandshakeValidation(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	hs := inviteTo(t, mgmt, Member)
	long := "h-" + strings.Repeat("a", 33) // 35 characters
	forged := ptr("bm90IGEgdG9rZW4gYXQgYWxs")
	byID := map[string]func(API, *string) (*types.Handshake, error){
		"AcceptHandshake": acceptHS, "DeclineHandshake": declineHS, "CancelHandshake": cancelHS, "DescribeHandshake": describeHS,
	}
	badIDs := []struct {
		id     *string
		reason string
	}{
		{nil, "INPUT_REQUIRED"},
		{ptr(""), "INPUT_REQUIRED"},
		{ptr("h-short"), "INVALID_PATTERN"},
		{ptr("h-ABCDEFGH"), "INVALID_PATTERN"},
		{ptr(strings.ToUpper(deref(hs.Id))), "INVALID_PATTERN"},
		{ptr("x-0123456789"), "INVALID_PATTERN"},
		{ptr("h-abcdefgh "), "INVALID_PATTERN"},
		{&long, "MAX_LENGTH_EXCEEDED"},
	}
	for op, call := range byID {
		for _, who := range []string{Management, Member, Outsider} {
			for _, c := range badIDs {
				t.Run(fmt.Sprintf("%s %s %q", op, who, deref(c.id)), func(t *testing.T) {
					_, err := call(h.Client(who), c.id)
					RequireAPIError(t, err, "InvalidInputException", msgInvalid, c.reason)
				})
			}
		}
	}

	type listIn struct {
		filter *types.HandshakeFilter
		max    *int32
		token  *string
	}
	lists := []struct {
		name   string
		in     listIn
		reason string
	}{
		{"unknown action", listIn{filter: &types.HandshakeFilter{ActionType: "INVITATION"}}, "INVALID_ENUM"},
		{"lower-case action", listIn{filter: &types.HandshakeFilter{ActionType: "invite"}}, "INVALID_ENUM"},
		{"bad parent", listIn{filter: &types.HandshakeFilter{ParentHandshakeId: ptr("parent")}}, "INVALID_PATTERN"},
		{"empty parent", listIn{filter: &types.HandshakeFilter{ParentHandshakeId: ptr("")}}, "INVALID_PATTERN"},
		{"long parent", listIn{filter: &types.HandshakeFilter{ParentHandshakeId: &long}}, "MAX_LENGTH_EXCEEDED"},
		{"both filters", listIn{filter: &types.HandshakeFilter{ActionType: types.ActionTypeInvite, ParentHandshakeId: hs.Id}}, "MAX_LIMIT_EXCEEDED_FILTER"},
		{"bad action before both filters", listIn{filter: &types.HandshakeFilter{ActionType: "X", ParentHandshakeId: hs.Id}}, "INVALID_ENUM"},
		{"max results 0", listIn{max: ptr(int32(0))}, "MIN_VALUE_EXCEEDED"},
		{"max results -1", listIn{max: ptr(int32(-1))}, "MIN_VALUE_EXCEEDED"},
		{"max results 21", listIn{max: ptr(int32(21))}, "MAX_VALUE_EXCEEDED"},
		{"filter before max results", listIn{filter: &types.HandshakeFilter{ActionType: "X"}, max: ptr(int32(0))}, "INVALID_ENUM"},
		{"forged token", listIn{token: forged}, "INVALID_NEXT_TOKEN"},
	}
	for _, l := range lists {
		for _, who := range []string{Management, Member} {
			t.Run("ListHandshakesForAccount "+who+" "+l.name, func(t *testing.T) {
				_, err := h.Client(who).ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{
					Filter: l.in.filter, MaxResults: l.in.max, NextToken: l.in.token})
				RequireAPIError(t, err, "InvalidInputException", msgInvalid, l.reason)
			})
		}
		if l.in.token != nil {
			continue // for anyone but the management account, the caller comes first
		}
		for _, who := range []string{Management, Member, Outsider} {
			t.Run("ListHandshakesForOrganization "+who+" "+l.name, func(t *testing.T) {
				_, err := h.Client(who).ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{
					Filter: l.in.filter, MaxResults: l.in.max, NextToken: l.in.token})
				RequireAPIError(t, err, "InvalidInputException", msgInvalid, l.reason)
			})
		}
	}
	_, err := mgmt.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{NextToken: forged})
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "INVALID_NEXT_TOKEN")
	_, err = h.Client(Outsider).ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{NextToken: forged})
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")

	// The boundaries are valid, and nothing failed changed anything.
	for _, n := range []int32{1, 20} {
		must(mgmt.ListHandshakesForOrganization(ctx, &organizations.ListHandshakesForOrganizationInput{MaxResults: ptr(n)}))(t)
		must(h.Client(Member).ListHandshakesForAccount(ctx, &organizations.ListHandshakesForAccountInput{MaxResults: ptr(n)}))(t)
	}
	_, err = describeHS(mgmt, ptr("h-"+strings.Repeat("0", 32)))
	RequireAPIError(t, err, "HandshakeNotFoundException", msgHandshakeNotFound, "")
	requireSameHandshake(t, hs, types.HandshakeStateOpen, must(describeHS(mgmt, hs.Id))(t))
	assert.Equal(t, []string{deref(hs.Id)}, ids(received(t, h.Client(Member))))
}
