package orgtest

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/types"
)

const (
	msgInvalid  = "You specified an invalid value."
	msgNotInUse = "Your account is not a member of an organization."
	msgDenied   = "You don't have permissions to access this resource."
)

var (
	orgIDRE = regexp.MustCompile(`^o-[a-z0-9]{10}$`)
	rootRE  = regexp.MustCompile(`^r-[a-z0-9]{4}$`)
	ouRE    = regexp.MustCompile(`^ou-[a-z0-9]{4}-[a-z0-9]{8}$`)
)

// setup creates an organization managed by Management and returns its root.
func setup(t *testing.T, h Harness) (mgmt API, root string) {
	mgmt = h.Client(Management)
	must(mgmt.CreateOrganization(ctx, &organizations.CreateOrganizationInput{}))(t)
	roots := must(mgmt.ListRoots(ctx, &organizations.ListRootsInput{}))(t)
	require.Len(t, roots.Roots, 1)
	return mgmt, deref(roots.Roots[0].Id)
}

// admit brings account into the organization through an invitation.
func admit(t *testing.T, h Harness, mgmt API, account string) {
	hs := must(mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
		Target: &types.HandshakeParty{Id: ptr(account), Type: types.HandshakePartyTypeAccount}}))(t)
	must(h.Client(account).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: hs.Handshake.Id}))(t)
}

func testCreateOrganization(t *testing.T, h Harness) {
	mgmt := h.Client(Management)
	out := must(mgmt.CreateOrganization(ctx, nil))(t)
	o := out.Organization
	assert.Regexp(t, orgIDRE, deref(o.Id))
	assert.Equal(t, "arn:aws:organizations::"+Management+":organization/"+deref(o.Id), deref(o.Arn))
	assert.Equal(t, types.OrganizationFeatureSetAll, o.FeatureSet)
	assert.Equal(t, Management, deref(o.MasterAccountId))
	assert.Equal(t, "arn:aws:organizations::"+Management+":account/"+deref(o.Id)+"/"+Management, deref(o.MasterAccountArn))
	assert.Equal(t, []types.PolicyTypeSummary{{Type: types.PolicyTypeServiceControlPolicy, Status: types.PolicyTypeStatusEnabled}}, o.AvailablePolicyTypes)

	_, err := mgmt.CreateOrganization(ctx, nil)
	RequireAPIError(t, err, "AlreadyInOrganizationException", "The provided account is already a member of an organization.", "")

	roots := must(mgmt.ListRoots(ctx, nil))(t)
	require.Len(t, roots.Roots, 1)
	r := roots.Roots[0]
	assert.Regexp(t, rootRE, deref(r.Id))
	assert.Equal(t, "Root", deref(r.Name))
	assert.Equal(t, "arn:aws:organizations::"+Management+":root/"+deref(o.Id)+"/"+deref(r.Id), deref(r.Arn))

	// The member sees the same organization; it may not manage it.
	admit(t, h, mgmt, Member)
	seen := must(h.Client(Member).DescribeOrganization(ctx, nil))(t)
	assert.Equal(t, deref(o.Id), deref(seen.Organization.Id))
	assert.Equal(t, Management, deref(seen.Organization.MasterAccountId))
	_, err = h.Client(Member).ListAccounts(ctx, nil)
	RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")
	_, err = h.Client(Member).CreateOrganization(ctx, nil)
	RequireAPIError(t, err, "AlreadyInOrganizationException", "The provided account is already a member of an organization.", "")
}

func testNotInUse(t *testing.T, h Harness) {
	c := h.Client(Outsider)
	_, err := c.DescribeOrganization(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
	_, err = c.ListAccounts(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
	_, err = c.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: ptr("r-abcd"), Name: ptr("x")})
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
	_, err = c.LeaveOrganization(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
}

func testInvalidInput(t *testing.T, h Harness) {
	mgmt, root := setup(t, h)
	cases := []struct {
		name   string
		call   func() error
		reason string
	}{
		{"bad feature set", func() error {
			_, err := h.Client(Outsider).CreateOrganization(ctx, &organizations.CreateOrganizationInput{FeatureSet: "SOME"})
			return err
		}, "INVALID_ENUM"},
		{"missing email", func() error {
			_, err := mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{AccountName: ptr("x")})
			return err
		}, "INPUT_REQUIRED"},
		{"short email", func() error {
			_, err := mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr("a@b.c"), AccountName: ptr("x")})
			return err
		}, "MIN_LENGTH_EXCEEDED"},
		{"malformed email", func() error {
			_, err := mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr("no-at-sign.example.com"), AccountName: ptr("x")})
			return err
		}, "INVALID_EMAIL_ADDRESS_TARGET"},
		{"account name too long", func() error {
			_, err := mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr("x@example.com"), AccountName: ptr(string(make([]byte, 51)))})
			return err
		}, "MAX_LENGTH_EXCEEDED"},
		{"bad parent id", func() error {
			_, err := mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: ptr("root"), Name: ptr("x")})
			return err
		}, "INVALID_PATTERN"},
		{"ou name too long", func() error {
			long := make([]byte, 129)
			for i := range long {
				long[i] = 'a'
			}
			_, err := mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: ptr(root), Name: ptr(string(long))})
			return err
		}, "MAX_LENGTH_EXCEEDED"},
		{"max results 0", func() error {
			_, err := mgmt.ListAccounts(ctx, &organizations.ListAccountsInput{MaxResults: ptr(int32(0))})
			return err
		}, "MIN_VALUE_EXCEEDED"},
		{"max results 21", func() error {
			_, err := mgmt.ListAccounts(ctx, &organizations.ListAccountsInput{MaxResults: ptr(int32(21))})
			return err
		}, "MAX_VALUE_EXCEEDED"},
		{"bad request id", func() error {
			_, err := mgmt.DescribeCreateAccountStatus(ctx, &organizations.DescribeCreateAccountStatusInput{CreateAccountRequestId: ptr("car-XYZ")})
			return err
		}, "INVALID_PATTERN"},
		{"bad child type", func() error {
			_, err := mgmt.ListChildren(ctx, &organizations.ListChildrenInput{ParentId: ptr(root), ChildType: "POLICY"})
			return err
		}, "INVALID_ENUM"},
		{"forged token", func() error {
			_, err := mgmt.ListAccounts(ctx, &organizations.ListAccountsInput{NextToken: ptr("bm90IGEgdG9rZW4gYXQgYWxs")})
			return err
		}, "INVALID_NEXT_TOKEN"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			RequireAPIError(t, c.call(), "InvalidInputException", msgInvalid, c.reason)
		})
	}
}

func testCreateAccount(t *testing.T, h Harness) {
	mgmt, root := setup(t, h)
	out := must(mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr("dev@example.com"), AccountName: ptr("dev")}))(t)
	st := out.CreateAccountStatus
	assert.Equal(t, types.CreateAccountStateInProgress, st.State)
	assert.Regexp(t, `^car-[a-z0-9]{32}$`, deref(st.Id))
	assert.Equal(t, "dev", deref(st.AccountName))

	h.Advance(t, time.Minute)
	done := must(mgmt.DescribeCreateAccountStatus(ctx, &organizations.DescribeCreateAccountStatusInput{CreateAccountRequestId: st.Id}))(t)
	require.Equal(t, types.CreateAccountStateSucceeded, done.CreateAccountStatus.State)
	id := deref(done.CreateAccountStatus.AccountId)
	assert.Regexp(t, `^[1-9]\d{11}$`, id)
	assert.NotNil(t, done.CreateAccountStatus.CompletedTimestamp)

	acct := must(mgmt.DescribeAccount(ctx, &organizations.DescribeAccountInput{AccountId: &id}))(t).Account
	assert.Equal(t, "dev@example.com", deref(acct.Email))
	assert.Equal(t, types.AccountJoinedMethodCreated, acct.JoinedMethod)
	assert.Equal(t, types.AccountStatusActive, acct.Status)
	require.Len(t, acct.Paths, 1)
	org := must(mgmt.DescribeOrganization(ctx, nil))(t).Organization
	assert.Equal(t, deref(org.Id)+"/"+root+"/"+id+"/", acct.Paths[0])

	// The same email again fails asynchronously.
	again := must(mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr("dev@example.com"), AccountName: ptr("dev2")}))(t)
	h.Advance(t, time.Minute)
	failed := must(mgmt.DescribeCreateAccountStatus(ctx, &organizations.DescribeCreateAccountStatusInput{CreateAccountRequestId: again.CreateAccountStatus.Id}))(t)
	assert.Equal(t, types.CreateAccountStateFailed, failed.CreateAccountStatus.State)
	assert.Equal(t, types.CreateAccountFailureReasonEmailAlreadyExists, failed.CreateAccountStatus.FailureReason)

	_, err := mgmt.DescribeCreateAccountStatus(ctx, &organizations.DescribeCreateAccountStatusInput{CreateAccountRequestId: ptr("car-0123456789abcdef")})
	RequireAPIError(t, err, "CreateAccountStatusNotFoundException", "You specified a create account request that doesn't exist.", "")
	_, err = mgmt.DescribeAccount(ctx, &organizations.DescribeAccountInput{AccountId: ptr(Outsider)})
	RequireAPIError(t, err, "AccountNotFoundException", "You specified an account that doesn't exist.", "")

	accounts := must(mgmt.ListAccounts(ctx, nil))(t).Accounts
	var ids []string
	for _, a := range accounts {
		ids = append(ids, deref(a.Id))
	}
	assert.Equal(t, []string{Management, id}, ids, "members in join order, management first")
}

func testCreateAccountQuota(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	must(mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr("one@example.com"), AccountName: ptr("one")}))(t)
	// The creation in progress counts already.
	_, err := mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr("two@example.com"), AccountName: ptr("two")})
	RequireAPIError(t, err, "ConstraintViolationException", "You have exceeded the allowed number of AWS accounts.", "ACCOUNT_NUMBER_LIMIT_EXCEEDED")
	_, err = mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
		Target: &types.HandshakeParty{Id: ptr(Member), Type: types.HandshakePartyTypeAccount}})
	RequireAPIError(t, err, "HandshakeConstraintViolationException", "You have exceeded the allowed number of AWS accounts.", "ACCOUNT_NUMBER_LIMIT_EXCEEDED")
}

func testOrganizationalUnits(t *testing.T, h Harness) {
	mgmt, root := setup(t, h)
	org := deref(must(mgmt.DescribeOrganization(ctx, nil))(t).Organization.Id)
	parent, path := root, org+"/"+root+"/"
	var chain []string
	for depth := 1; depth <= 5; depth++ {
		ou := must(mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: &parent, Name: ptr("level")}))(t).OrganizationalUnit
		id := deref(ou.Id)
		assert.Regexp(t, ouRE, id)
		assert.Equal(t, "ou-"+root[2:]+"-", id[:8], "an OU ID carries its root's suffix")
		path += id + "/"
		assert.Equal(t, path, deref(ou.Path))
		assert.Equal(t, "arn:aws:organizations::"+Management+":ou/"+org+"/"+id, deref(ou.Arn))
		chain = append(chain, id)
		parent = id
	}
	_, err := mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: &parent, Name: ptr("too-deep")})
	RequireAPIError(t, err, "ConstraintViolationException", "You have exceeded the maximum OU depth.", "OU_DEPTH_LIMIT_EXCEEDED")

	_, err = mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: &root, Name: ptr("level")})
	RequireAPIError(t, err, "DuplicateOrganizationalUnitException", "An OU with the same name already exists.", "")
	_, err = mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: ptr("ou-abcd-12345678"), Name: ptr("x")})
	RequireAPIError(t, err, "ParentNotFoundException", "You specified parent that doesn't exist.", "")

	second := must(mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: &root, Name: ptr("second")}))(t).OrganizationalUnit
	kids := must(mgmt.ListOrganizationalUnitsForParent(ctx, &organizations.ListOrganizationalUnitsForParentInput{ParentId: &root}))(t).OrganizationalUnits
	require.Len(t, kids, 2)
	assert.Equal(t, []string{chain[0], deref(second.Id)}, []string{deref(kids[0].Id), deref(kids[1].Id)}, "direct children only, in creation order")

	got := must(mgmt.DescribeOrganizationalUnit(ctx, &organizations.DescribeOrganizationalUnitInput{OrganizationalUnitId: &chain[2]}))(t).OrganizationalUnit
	assert.Equal(t, chain[2], deref(got.Id))
	_, err = mgmt.DescribeOrganizationalUnit(ctx, &organizations.DescribeOrganizationalUnitInput{OrganizationalUnitId: ptr("ou-abcd-12345678")})
	RequireAPIError(t, err, "OrganizationalUnitNotFoundException", "You specified an organizational unit that doesn't exist.", "")

	ps := must(mgmt.ListParents(ctx, &organizations.ListParentsInput{ChildId: &chain[1]}))(t).Parents
	assert.Equal(t, []types.Parent{{Id: &chain[0], Type: types.ParentTypeOrganizationalUnit}}, ps)
	ps = must(mgmt.ListParents(ctx, &organizations.ListParentsInput{ChildId: &chain[0]}))(t).Parents
	assert.Equal(t, []types.Parent{{Id: &root, Type: types.ParentTypeRoot}}, ps)
}

func testMoveAccount(t *testing.T, h Harness) {
	mgmt, root := setup(t, h)
	admit(t, h, mgmt, Member)
	ou := deref(must(mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: &root, Name: ptr("prod")}))(t).OrganizationalUnit.Id)
	missing := "ou-" + root[2:] + "-zzzzzzzz"

	move := func(account, from, to string) error {
		_, err := mgmt.MoveAccount(ctx, &organizations.MoveAccountInput{AccountId: &account, SourceParentId: &from, DestinationParentId: &to})
		return err
	}
	RequireAPIError(t, move(Outsider, missing, missing), "AccountNotFoundException", "You specified an account that doesn't exist.", "")
	RequireAPIError(t, move(Member, missing, missing), "SourceParentNotFoundException", "You specified a source parent that doesn't exist.", "")
	RequireAPIError(t, move(Member, root, missing), "DestinationParentNotFoundException", "You specified a destination parent that doesn't exist.", "")
	RequireAPIError(t, move(Member, ou, root), "SourceParentNotFoundException", "You specified a source parent that doesn't exist.", "")
	RequireAPIError(t, move(Member, root, root), "DuplicateAccountException", "That account is already present in the specified destination.", "")

	require.NoError(t, move(Member, root, ou))
	ps := must(mgmt.ListParents(ctx, &organizations.ListParentsInput{ChildId: ptr(Member)}))(t).Parents
	assert.Equal(t, []types.Parent{{Id: &ou, Type: types.ParentTypeOrganizationalUnit}}, ps)
	inOU := must(mgmt.ListAccountsForParent(ctx, &organizations.ListAccountsForParentInput{ParentId: &ou}))(t).Accounts
	require.Len(t, inOU, 1)
	assert.Equal(t, Member, deref(inOU[0].Id))
	assert.Contains(t, inOU[0].Paths[0], "/"+ou+"/"+Member+"/")

	all := must(mgmt.ListAccounts(ctx, nil))(t).Accounts
	require.Len(t, all, 2, "a move neither adds nor drops a member")
	assert.Equal(t, []string{Management, Member}, []string{deref(all[0].Id), deref(all[1].Id)}, "join order survives the move")

	kids := must(mgmt.ListChildren(ctx, &organizations.ListChildrenInput{ParentId: &root, ChildType: types.ChildTypeAccount}))(t).Children
	assert.Equal(t, []types.Child{{Id: ptr(Management), Type: types.ChildTypeAccount}}, kids)
	kids = must(mgmt.ListChildren(ctx, &organizations.ListChildrenInput{ParentId: &root, ChildType: types.ChildTypeOrganizationalUnit}))(t).Children
	assert.Equal(t, []types.Child{{Id: &ou, Type: types.ChildTypeOrganizationalUnit}}, kids)

	_, err := mgmt.ListParents(ctx, &organizations.ListParentsInput{ChildId: ptr(Outsider)})
	RequireAPIError(t, err, "ChildNotFoundException", "You specified a child that doesn't exist.", "")
}

func testHandshakes(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	invite := func(account string) (*organizations.InviteAccountToOrganizationOutput, error) {
		return mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
			Target: &types.HandshakeParty{Id: ptr(account), Type: types.HandshakePartyTypeAccount}})
	}
	hs := must(invite(Member))(t).Handshake
	assert.Equal(t, types.HandshakeStateOpen, hs.State)
	assert.Equal(t, types.ActionTypeInvite, hs.Action)
	assert.Regexp(t, `^h-[0-9a-f]{32}$`, deref(hs.Id))
	assert.Equal(t, 15*24*time.Hour, hs.ExpirationTimestamp.Sub(*hs.RequestedTimestamp))

	_, err := invite(Member)
	RequireAPIError(t, err, "DuplicateHandshakeException", "A handshake with the same action and target already exists.", "")
	_, err = h.Client(Outsider).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: hs.Id})
	RequireAPIError(t, err, "HandshakeNotFoundException", "We can't find a handshake with the HandshakeId that you specified.", "")

	acc := must(h.Client(Member).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: hs.Id}))(t).Handshake
	assert.Equal(t, types.HandshakeStateAccepted, acc.State)
	_, err = h.Client(Member).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: hs.Id})
	RequireAPIError(t, err, "HandshakeAlreadyInStateException", "The specified handshake is already in the requested state.", "")
	_, err = invite(Member)
	RequireAPIError(t, err, "HandshakeConstraintViolationException", "The provided account is already a member of an organization.", "ALREADY_IN_AN_ORGANIZATION")

	late := must(invite(Outsider))(t).Handshake
	h.Advance(t, 15*24*time.Hour)
	_, err = h.Client(Outsider).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: late.Id})
	RequireAPIError(t, err, "InvalidHandshakeTransitionException", "You can't perform the operation on the handshake in its current state.", "")
	_, err = h.Client(Outsider).DescribeOrganization(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
}

func testServiceAccess(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	enable := func(p string) error {
		_, err := mgmt.EnableAWSServiceAccess(ctx, &organizations.EnableAWSServiceAccessInput{ServicePrincipal: &p})
		return err
	}
	require.NoError(t, enable("ram.amazonaws.com"))
	first := h.Now(t)
	h.Advance(t, time.Hour)
	require.NoError(t, enable("wellarchitected.amazonaws.com"))
	require.NoError(t, enable("ram.amazonaws.com"), "enabling twice is harmless")

	list := must(mgmt.ListAWSServiceAccessForOrganization(ctx, nil))(t).EnabledServicePrincipals
	require.Len(t, list, 2)
	assert.Equal(t, "ram.amazonaws.com", deref(list[0].ServicePrincipal))
	assert.True(t, list[0].DateEnabled.Equal(first), "the first enable's date is kept")
	assert.Equal(t, "wellarchitected.amazonaws.com", deref(list[1].ServicePrincipal))

	RequireAPIError(t, enable("ram.example.com"), "InvalidInputException", "You specified an unrecognized service principal.", "UNRECOGNIZED_SERVICE_PRINCIPAL")

	must(mgmt.DisableAWSServiceAccess(ctx, &organizations.DisableAWSServiceAccessInput{ServicePrincipal: ptr("ram.amazonaws.com")}))(t)
	must(mgmt.DisableAWSServiceAccess(ctx, &organizations.DisableAWSServiceAccessInput{ServicePrincipal: ptr("ram.amazonaws.com")}))(t)
	list = must(mgmt.ListAWSServiceAccessForOrganization(ctx, nil))(t).EnabledServicePrincipals
	require.Len(t, list, 1)
	assert.Equal(t, "wellarchitected.amazonaws.com", deref(list[0].ServicePrincipal))

	admit(t, h, mgmt, Member)
	_, err := h.Client(Member).EnableAWSServiceAccess(ctx, &organizations.EnableAWSServiceAccessInput{ServicePrincipal: ptr("ram.amazonaws.com")})
	RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")
}

func testConsolidatedBilling(t *testing.T, h Harness) {
	mgmt := h.Client(Management)
	o := must(mgmt.CreateOrganization(ctx, &organizations.CreateOrganizationInput{FeatureSet: types.OrganizationFeatureSetConsolidatedBilling}))(t).Organization
	assert.Equal(t, types.OrganizationFeatureSetConsolidatedBilling, o.FeatureSet)
	assert.Empty(t, o.AvailablePolicyTypes)
	_, err := mgmt.EnableAWSServiceAccess(ctx, &organizations.EnableAWSServiceAccessInput{ServicePrincipal: ptr("ram.amazonaws.com")})
	RequireAPIError(t, err, "ConstraintViolationException", "The organization must have all features enabled.", "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE")
}

func testRemoveAndDelete(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	admit(t, h, mgmt, Member)
	admit(t, h, mgmt, Outsider)

	_, err := mgmt.RemoveAccountFromOrganization(ctx, &organizations.RemoveAccountFromOrganizationInput{AccountId: ptr(Management)})
	RequireAPIError(t, err, "MasterCannotLeaveOrganizationException", "You can't remove the management account from an organization.", "")
	_, err = mgmt.RemoveAccountFromOrganization(ctx, &organizations.RemoveAccountFromOrganizationInput{AccountId: ptr("444444444444")})
	RequireAPIError(t, err, "AccountNotFoundException", "You specified an account that doesn't exist.", "")
	_, err = mgmt.DeleteOrganization(ctx, nil)
	RequireAPIError(t, err, "OrganizationNotEmptyException", "To delete an organization you must first remove all member accounts (except the master).", "")
	_, err = h.Client(Member).DeleteOrganization(ctx, nil)
	RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")

	must(mgmt.RemoveAccountFromOrganization(ctx, &organizations.RemoveAccountFromOrganizationInput{AccountId: ptr(Member)}))(t)
	_, err = h.Client(Member).DescribeOrganization(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
	must(h.Client(Outsider).LeaveOrganization(ctx, nil))(t)
	_, err = mgmt.LeaveOrganization(ctx, nil)
	RequireAPIError(t, err, "MasterCannotLeaveOrganizationException", "You can't remove the management account from an organization.", "")

	must(mgmt.DeleteOrganization(ctx, nil))(t)
	_, err = mgmt.DescribeOrganization(ctx, nil)
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
	must(h.Client(Member).CreateOrganization(ctx, nil))(t) // a former member is free to start its own
}

func testPagination(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	want := []string{Management}
	for i := range 12 {
		acct := "4444444444" + string(rune('1'+i/10)) + string(rune('0'+i%10))
		admit(t, h, mgmt, acct)
		want = append(want, acct)
	}
	var got []string
	var token *string
	pages := 0
	for {
		out := must(mgmt.ListAccounts(ctx, &organizations.ListAccountsInput{MaxResults: ptr(int32(5)), NextToken: token}))(t)
		pages++
		require.LessOrEqual(t, len(out.Accounts), 5)
		require.NotEmpty(t, out.Accounts, "a page is never empty")
		for _, a := range out.Accounts {
			got = append(got, deref(a.Id))
		}
		if out.NextToken == nil {
			break
		}
		require.NotEmpty(t, *out.NextToken)
		token = out.NextToken
		if pages == 1 {
			// A member joining mid-listing appears at the end, nothing repeats.
			admit(t, h, mgmt, "555555555555")
			want = append(want, "555555555555")
		}
	}
	assert.Equal(t, 3, pages)
	assert.Equal(t, want, got)
	assert.False(t, slices.ContainsFunc(got[1:], func(s string) bool { return s == got[0] }))

	first := must(mgmt.ListAccounts(ctx, &organizations.ListAccountsInput{MaxResults: ptr(int32(1))}))(t)
	_, err := mgmt.ListAWSServiceAccessForOrganization(ctx, &organizations.ListAWSServiceAccessForOrganizationInput{NextToken: first.NextToken})
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "INVALID_NEXT_TOKEN")
	other := h.Client(Outsider)
	must(other.CreateOrganization(ctx, nil))(t)
	_, err = other.ListAccounts(ctx, &organizations.ListAccountsInput{NextToken: first.NextToken})
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "INVALID_NEXT_TOKEN")
}

// testParentListingTokens checks that the three listings of a parent's
// children, and ListChildren's two child types, each accept only their own
// NextToken (organizations.md §4).
func testParentListingTokens(t *testing.T, h Harness) {
	mgmt, root := setup(t, h)
	admit(t, h, mgmt, Member)
	for _, name := range []string{"a", "b"} {
		must(mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: &root, Name: ptr(name)}))(t)
	}
	one := ptr(int32(1))
	children := func(typ types.ChildType, token *string) (*organizations.ListChildrenOutput, error) {
		return mgmt.ListChildren(ctx, &organizations.ListChildrenInput{ParentId: &root, ChildType: typ, MaxResults: one, NextToken: token})
	}
	accounts := func(token *string) error {
		_, err := mgmt.ListAccountsForParent(ctx, &organizations.ListAccountsForParentInput{ParentId: &root, MaxResults: one, NextToken: token})
		return err
	}
	ous := func(token *string) error {
		_, err := mgmt.ListOrganizationalUnitsForParent(ctx, &organizations.ListOrganizationalUnitsForParentInput{ParentId: &root, MaxResults: one, NextToken: token})
		return err
	}
	childAccounts := func(token *string) error { _, err := children(types.ChildTypeAccount, token); return err }
	childOUs := func(token *string) error { _, err := children(types.ChildTypeOrganizationalUnit, token); return err }

	tokens := map[string]*string{
		"ListChildren ACCOUNT":             must(children(types.ChildTypeAccount, nil))(t).NextToken,
		"ListChildren ORGANIZATIONAL_UNIT": must(children(types.ChildTypeOrganizationalUnit, nil))(t).NextToken,
		"ListAccountsForParent": must(mgmt.ListAccountsForParent(ctx, &organizations.ListAccountsForParentInput{
			ParentId: &root, MaxResults: one}))(t).NextToken,
		"ListOrganizationalUnitsForParent": must(mgmt.ListOrganizationalUnitsForParent(ctx, &organizations.ListOrganizationalUnitsForParentInput{
			ParentId: &root, MaxResults: one}))(t).NextToken,
	}
	calls := map[string]func(*string) error{
		"ListChildren ACCOUNT":             childAccounts,
		"ListChildren ORGANIZATIONAL_UNIT": childOUs,
		"ListAccountsForParent":            accounts,
		"ListOrganizationalUnitsForParent": ous,
	}
	for issuer, token := range tokens {
		require.NotNil(t, token, "%s has a second page", issuer)
		for caller, call := range calls {
			err := call(token)
			if caller == issuer {
				require.NoError(t, err, "%s continues its own listing", caller)
				continue
			}
			t.Run(issuer+" to "+caller, func(t *testing.T) {
				RequireAPIError(t, err, "InvalidInputException", msgInvalid, "INVALID_NEXT_TOKEN")
			})
		}
	}

	// ListChildren continues where it left off.
	first := must(children(types.ChildTypeOrganizationalUnit, nil))(t)
	rest := must(children(types.ChildTypeOrganizationalUnit, first.NextToken))(t)
	require.Len(t, rest.Children, 1)
	assert.NotEqual(t, deref(first.Children[0].Id), deref(rest.Children[0].Id))
	assert.Nil(t, rest.NextToken)
}

// testInvitationsCountTowardMaxAccounts checks that open invitations take
// their place under MaxAccounts (3 here) before they are accepted, so that
// neither CreateAccount nor accepting can take the organization past it
// (organizations.md §5, §6).
func testInvitationsCountTowardMaxAccounts(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	invite := func(account string) *types.Handshake {
		return must(mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
			Target: &types.HandshakeParty{Id: ptr(account), Type: types.HandshakePartyTypeAccount}}))(t).Handshake
	}
	create := func(name string) error {
		_, err := mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr(name + "@example.com"), AccountName: ptr(name)})
		return err
	}
	members := func() int { return len(must(mgmt.ListAccounts(ctx, nil))(t).Accounts) }
	const msgLimit = "You have exceeded the allowed number of AWS accounts."

	toMember := invite(Member)
	invite(Outsider) // the management account and two invitations: full
	RequireAPIError(t, create("one"), "ConstraintViolationException", msgLimit, "ACCOUNT_NUMBER_LIMIT_EXCEEDED")

	must(h.Client(Member).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: toMember.Id}))(t)
	assert.Equal(t, 2, members())
	RequireAPIError(t, create("one"), "ConstraintViolationException", msgLimit, "ACCOUNT_NUMBER_LIMIT_EXCEEDED")

	h.Advance(t, 15*24*time.Hour) // the invitation to Outsider expires and frees its place
	require.NoError(t, create("one"))
	h.Advance(t, time.Minute)
	assert.Equal(t, 3, members())
}

// testServicePrincipalValidation checks the ServicePrincipal member: the
// model's pattern [\w+=,.@-]* is not anchored (wire.md §4), so it matches
// every string, and anything that is not a service principal sharesim
// accepts is UNRECOGNIZED_SERVICE_PRINCIPAL (organizations.md §5).
func testServicePrincipalValidation(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	const msgPrincipal = "You specified an unrecognized service principal."
	enable := func(p *string) error {
		_, err := mgmt.EnableAWSServiceAccess(ctx, &organizations.EnableAWSServiceAccessInput{ServicePrincipal: p})
		return err
	}
	disable := func(p *string) error {
		_, err := mgmt.DisableAWSServiceAccess(ctx, &organizations.DisableAWSServiceAccessInput{ServicePrincipal: p})
		return err
	}
	for _, call := range []struct {
		name string
		do   func(*string) error
	}{{"enable", enable}, {"disable", disable}} {
		t.Run(call.name, func(t *testing.T) {
			for _, p := range []string{"not a principal", "foo!bar", "RAM.amazonaws.com", "ram.amazonaws.com.evil", "amazonaws.com"} {
				RequireAPIError(t, call.do(ptr(p)), "InvalidInputException", msgPrincipal, "UNRECOGNIZED_SERVICE_PRINCIPAL")
			}
			RequireAPIError(t, call.do(nil), "InvalidInputException", msgInvalid, "INPUT_REQUIRED")
			RequireAPIError(t, call.do(ptr("")), "InvalidInputException", msgInvalid, "INPUT_REQUIRED")
			long := strings.Repeat("a", 129-len(".amazonaws.com")) + ".amazonaws.com"
			RequireAPIError(t, call.do(&long), "InvalidInputException", msgInvalid, "MAX_LENGTH_EXCEEDED")
			require.NoError(t, call.do(ptr("config.amazonaws.com")))
		})
	}
	assert.Empty(t, must(mgmt.ListAWSServiceAccessForOrganization(ctx, nil))(t).EnabledServicePrincipals)

	// The principal is input validation, step 3 of organizations.md §4: it
	// comes before the caller's membership and role (step 4).
	admit(t, h, mgmt, Member)
	for _, account := range []string{Outsider, Member} {
		c := h.Client(account)
		_, err := c.EnableAWSServiceAccess(ctx, &organizations.EnableAWSServiceAccessInput{ServicePrincipal: ptr("foo!bar")})
		RequireAPIError(t, err, "InvalidInputException", msgPrincipal, "UNRECOGNIZED_SERVICE_PRINCIPAL")
		_, err = c.DisableAWSServiceAccess(ctx, &organizations.DisableAWSServiceAccessInput{ServicePrincipal: ptr("not a principal")})
		RequireAPIError(t, err, "InvalidInputException", msgPrincipal, "UNRECOGNIZED_SERVICE_PRINCIPAL")
	}
	_, err := h.Client(Outsider).EnableAWSServiceAccess(ctx, &organizations.EnableAWSServiceAccessInput{ServicePrincipal: ptr("ram.amazonaws.com")})
	RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
	_, err = h.Client(Member).DisableAWSServiceAccess(ctx, &organizations.DisableAWSServiceAccessInput{ServicePrincipal: ptr("ram.amazonaws.com")})
	RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")
}

// testInviteByEmail checks invitations addressed by email: the caller's
// membership and role are checked before the email is looked up
// (organizations.md §4 steps 4 and 5), and only an email the world knows
// names an account.
func testInviteByEmail(t *testing.T, h Harness) {
	mgmt, _ := setup(t, h)
	admit(t, h, mgmt, Member)
	const memberEmail = "account-" + Member + "@example.com"
	invite := func(c API, email string) (*organizations.InviteAccountToOrganizationOutput, error) {
		return c.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
			Target: &types.HandshakeParty{Id: ptr(email), Type: types.HandshakePartyTypeEmail}})
	}
	for _, email := range []string{"nobody@example.com", memberEmail} {
		_, err := invite(h.Client(Outsider), email)
		RequireAPIError(t, err, "AWSOrganizationsNotInUseException", msgNotInUse, "")
		_, err = invite(h.Client(Member), email)
		RequireAPIError(t, err, "AccessDeniedException", msgDenied, "")
	}
	_, err := invite(mgmt, "nobody@example.com")
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "INVALID_EMAIL_ADDRESS_TARGET")
	_, err = invite(mgmt, memberEmail)
	RequireAPIError(t, err, "HandshakeConstraintViolationException", "The provided account is already a member of an organization.", "ALREADY_IN_AN_ORGANIZATION")

	must(mgmt.RemoveAccountFromOrganization(ctx, &organizations.RemoveAccountFromOrganizationInput{AccountId: ptr(Member)}))(t)
	hs := must(invite(mgmt, memberEmail))(t).Handshake
	assert.Contains(t, hs.Parties, types.HandshakeParty{Id: ptr(Member), Type: types.HandshakePartyTypeAccount}, "the email names the account")
	org := must(mgmt.DescribeOrganization(ctx, nil))(t).Organization
	assert.Contains(t, hs.Parties, types.HandshakeParty{Id: org.Id, Type: types.HandshakePartyTypeOrganization}, "the organization's ID, o- and all")
	must(h.Client(Member).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: hs.Id}))(t)
	assert.Len(t, must(mgmt.ListAccounts(ctx, nil))(t).Accounts, 2)
}

// testModelPatterns checks how the model's patterns apply: like Smithy's
// pattern trait, a pattern without ^...$ matches any string that contains a
// match, and one anchored at one end only is anchored there only (wire.md
// §4). The model's maximum lengths apply too (organizations.md §4).
// AccountName is the exception: organizations.md §5 makes every character
// printable ASCII.
func testModelPatterns(t *testing.T, h Harness) {
	mgmt, root := setup(t, h)
	create := func(email, name, role string) error {
		in := &organizations.CreateAccountInput{Email: &email, AccountName: &name}
		if role != "" {
			in.RoleName = &role
		}
		_, err := mgmt.CreateAccount(ctx, in)
		return err
	}
	// Email [^\s@]+@[^\s@]+\.[^\s@]+ and RoleName [\w+=,.@-]{1,64} are not anchored.
	require.NoError(t, create("first last@example.com", "spaced", ""))
	require.NoError(t, create("role@example.com", "role", "Org Access Role"))
	RequireAPIError(t, create("a b c d e f", "x", ""), "InvalidInputException", msgInvalid, "INVALID_EMAIL_ADDRESS_TARGET")
	RequireAPIError(t, create("x@example.com", "x", "!!! ???"), "InvalidInputException", msgInvalid, "INVALID_PATTERN") // organizations.md §4: names, like IDs
	RequireAPIError(t, create("x@example.com", "café", ""), "InvalidInputException", msgInvalid, "INVALID_PATTERN")

	// ParentId ^(r-[0-9a-z]{4,32})|(ou-...)$ is anchored at the start of its
	// first branch only; at most 100 characters.
	_, err := mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: ptr(root + "!"), Name: ptr("x")})
	RequireAPIError(t, err, "ParentNotFoundException", "You specified parent that doesn't exist.", "")
	long := root + strings.Repeat("a", 101-len(root))
	_, err = mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: &long, Name: ptr("x")})
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "MAX_LENGTH_EXCEEDED")
	_, err = mgmt.ListChildren(ctx, &organizations.ListChildrenInput{ParentId: &long, ChildType: types.ChildTypeAccount})
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "MAX_LENGTH_EXCEEDED")
	_, err = mgmt.ListParents(ctx, &organizations.ListParentsInput{ChildId: ptr(Management + strings.Repeat("0", 89))})
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "MAX_LENGTH_EXCEEDED")
	_, err = mgmt.ListParents(ctx, &organizations.ListParentsInput{ChildId: ptr(Management + strings.Repeat("0", 88))})
	RequireAPIError(t, err, "ChildNotFoundException", "You specified a child that doesn't exist.", "")

	// Tags: Key 1–128 characters, Value at most 256; Notes at most 1024.
	// Input checks come before the parent's existence (organizations.md §4).
	tag := func(k, v string) []types.Tag { return []types.Tag{{Key: &k, Value: &v}} }
	for key, reason := range map[string]string{"": "INPUT_REQUIRED", strings.Repeat("k", 129): "MAX_LENGTH_EXCEEDED"} {
		_, err = mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: ptr("t@example.com"), AccountName: ptr("t"), Tags: tag(key, "v")})
		RequireAPIError(t, err, "InvalidInputException", msgInvalid, reason)
	}
	_, err = mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: ptr("r-zzzz"), Name: ptr("x"),
		Tags: tag("k", strings.Repeat("v", 257))})
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "MAX_LENGTH_EXCEEDED")
	_, err = mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
		Target: &types.HandshakeParty{Id: ptr(Outsider), Type: types.HandshakePartyTypeAccount}, Notes: ptr(strings.Repeat("n", 1025))})
	RequireAPIError(t, err, "InvalidInputException", msgInvalid, "MAX_LENGTH_EXCEEDED")
	_, err = mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
		Target: &types.HandshakeParty{Id: ptr(Outsider), Type: types.HandshakePartyTypeAccount}, Notes: ptr(strings.Repeat("n", 1024)), Tags: tag("k", "")})
	require.NoError(t, err, "1024 characters of notes and an empty tag value are fine")
}
