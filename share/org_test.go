package share

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	mgmtAcct  = "111111111111"
	member1   = "222222222222"
	member2   = "333333333333"
	outsider  = "444444444444"
	ramSvc    = "ram.amazonaws.com"
	waService = "wellarchitected.amazonaws.com"
)

func view(t *testing.T, s *Store, fn func(tx *Tx)) {
	t.Helper()
	require.NoError(t, s.View(func(tx *Tx) error { fn(tx); return nil }))
}

func TestMembershipQueriesFollowTheTreeNow(t *testing.T) {
	s, _ := newTestStore(nil)
	org, err := s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	roots, _, err := s.ListRoots(mgmtAcct, PageRequest{Limit: 1})
	require.NoError(t, err)
	root := roots[0].ID
	prod, err := s.CreateOrganizationalUnit(mgmtAcct, root, "prod")
	require.NoError(t, err)
	web, err := s.CreateOrganizationalUnit(mgmtAcct, prod.ID, "web")
	require.NoError(t, err)
	_, err = s.AdmitAccount(mgmtAcct, member1)
	require.NoError(t, err)
	require.NoError(t, s.MoveAccount(mgmtAcct, member1, root, web.ID))
	_, err = s.AdmitAccount(mgmtAcct, member2)
	require.NoError(t, err)

	view(t, s, func(tx *Tx) {
		got, ok := tx.OrgOf(member1)
		assert.True(t, ok)
		assert.Equal(t, org.ID, got.ID)
		_, ok = tx.OrgOf(outsider)
		assert.False(t, ok)
		assert.True(t, tx.SameOrg(member1, member2))
		assert.True(t, tx.SameOrg(mgmtAcct, member1))
		assert.False(t, tx.SameOrg(member1, outsider))
		assert.False(t, tx.SameOrg(outsider, "555555555555"), "two standalone accounts share no organization")
		assert.Equal(t, []string{web.ID, prod.ID, root}, tx.Ancestors(member1))
		assert.True(t, tx.UnderOU(member1, prod.ID), "an OU reaches accounts in nested OUs")
		assert.False(t, tx.UnderOU(member2, prod.ID))
		assert.True(t, tx.OUExists(org.ID, web.ID))
		assert.False(t, tx.OUExists(org.ID, "ou-zzzz-zzzzzzzz"))
		assert.True(t, tx.IsManagementAccount(mgmtAcct))
		assert.False(t, tx.IsManagementAccount(member1))
		assert.False(t, tx.ServiceAccessEnabled(org.ID, ramSvc))
	})

	require.NoError(t, s.MoveAccount(mgmtAcct, member1, web.ID, root))
	view(t, s, func(tx *Tx) { assert.False(t, tx.UnderOU(member1, prod.ID), "moving out ends OU reach at once") })

	require.NoError(t, s.EnableServiceAccess(mgmtAcct, ramSvc))
	view(t, s, func(tx *Tx) {
		assert.True(t, tx.ServiceAccessEnabled(org.ID, ramSvc))
		assert.False(t, tx.ServiceAccessEnabled(org.ID, waService))
	})
	require.NoError(t, s.RemoveAccount(mgmtAcct, member2))
	view(t, s, func(tx *Tx) {
		assert.False(t, tx.SameOrg(mgmtAcct, member2))
		assert.Nil(t, tx.Ancestors(member2))
	})
}

func TestFailedOrganizationCallsChangeNothing(t *testing.T) {
	s, _ := newTestStore(&Options{Organizations: OrgLimits{MaxOUs: 1}})
	_, err := s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	roots, _, _ := s.ListRoots(mgmtAcct, PageRequest{Limit: 1})
	root := roots[0].ID
	_, err = s.CreateOrganizationalUnit(mgmtAcct, root, "a")
	require.NoError(t, err)
	_, err = s.CreateOrganizationalUnit(mgmtAcct, root, "b")
	var de *Error
	require.ErrorAs(t, err, &de)
	assert.ErrorIs(t, err, ErrLimitExceeded)
	assert.Equal(t, "ous", de.Reason)
	assert.Equal(t, 1, de.Limit)
	ous, _, err := s.ListOrganizationalUnitsForParent(mgmtAcct, root, PageRequest{Limit: 10})
	require.NoError(t, err)
	assert.Len(t, ous, 1)

	_, err = s.CreateOrganization(mgmtAcct, FeatureSetAll)
	assert.ErrorIs(t, err, ErrAlreadyInOrganization)
	err = s.MoveAccount(mgmtAcct, mgmtAcct, root, root)
	assert.ErrorIs(t, err, ErrAlreadyExists)
	members, _, err := s.ListAccounts(mgmtAcct, PageRequest{Limit: 10})
	require.NoError(t, err)
	assert.Len(t, members, 1)
	assert.Equal(t, root, members[0].ParentID)
}

func TestCreateAccountSettlesAfterThePropagationDelay(t *testing.T) {
	s, c := newTestStore(&Options{PropagationDelay: time.Minute})
	_, err := s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	car, err := s.CreateAccount(mgmtAcct, CreateAccountInput{Email: "new@example.com", Name: "new"})
	require.NoError(t, err)
	c.Advance(59 * time.Second)
	got, err := s.DescribeCreateAccountStatus(mgmtAcct, car.ID)
	require.NoError(t, err)
	assert.Equal(t, CreateAccountInProgress, got.State)
	c.Advance(time.Second)
	got, err = s.DescribeCreateAccountStatus(mgmtAcct, car.ID)
	require.NoError(t, err)
	assert.Equal(t, CreateAccountSucceeded, got.State)
	assert.Equal(t, t0.Add(time.Minute), got.CompletedAt, "stamped with its due time")
	assert.NotEqual(t, DefaultAccount, got.AccountID)
	info := s.AccountInfo(got.AccountID)
	assert.Equal(t, AccountInfo{Name: "new", Email: "new@example.com"}, info)
}

func TestErrorUnwrapsToKindAndCause(t *testing.T) {
	s, c := newTestStore(nil)
	h := createOrgAndInvite(t, s)
	c.Advance(HandshakeLifetime)
	_, err := s.AcceptHandshake(member1, h.ID)
	assert.ErrorIs(t, err, ErrInvalidTransition)
	assert.Contains(t, err.Error(), "share: AcceptHandshake: handshake "+h.ID+": invalid state transition: invitation: expired")
}

func TestListingsOrderTiesByID(t *testing.T) {
	s, _ := newTestStore(&Options{Organizations: OrgLimits{MaxAccounts: 5}})
	_, err := s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	// Three accounts join at the same instant, in descending ID order.
	for _, a := range []string{member2, member1, "200000000000"} {
		_, err := s.AdmitAccount(mgmtAcct, a)
		require.NoError(t, err)
	}
	members, _, err := s.ListAccounts(mgmtAcct, PageRequest{Limit: 10})
	require.NoError(t, err)
	var ids []string
	for _, m := range members {
		ids = append(ids, m.Account)
	}
	assert.Equal(t, []string{mgmtAcct, "200000000000", member1, member2}, ids, "join time, then ID")

	for _, p := range []string{waService, ramSvc} {
		require.NoError(t, s.EnableServiceAccess(mgmtAcct, p))
	}
	svcs, _, err := s.ListServiceAccess(mgmtAcct, PageRequest{Limit: 10})
	require.NoError(t, err)
	assert.Equal(t, ramSvc, svcs[0].Principal, "same date: by name")
	require.NoError(t, s.DisableServiceAccess(mgmtAcct, ramSvc))
	svcs, _, err = s.ListServiceAccess(mgmtAcct, PageRequest{Limit: 10})
	require.NoError(t, err)
	assert.Equal(t, []ServiceAccess{{Principal: waService, EnabledAt: t0}}, svcs)
}

func TestRemovalWaitsForTheMinimumAccountAge(t *testing.T) {
	s, c := newTestStore(&Options{Organizations: OrgLimits{MinAccountAgeForRemoval: 7 * 24 * time.Hour}})
	_, err := s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	car, err := s.CreateAccount(mgmtAcct, CreateAccountInput{Email: "young@example.com", Name: "young"})
	require.NoError(t, err)
	c.Advance(time.Hour)
	got, err := s.DescribeCreateAccountStatus(mgmtAcct, car.ID)
	require.NoError(t, err)
	err = s.RemoveAccount(mgmtAcct, got.AccountID)
	var de *Error
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "account-too-young", de.Reason)
	c.Advance(7 * 24 * time.Hour)
	require.NoError(t, s.RemoveAccount(mgmtAcct, got.AccountID))
	// An invited account is not held back.
	_, err = s.AdmitAccount(mgmtAcct, member1)
	require.NoError(t, err)
	require.NoError(t, s.RemoveAccount(mgmtAcct, member1))
}

func TestListChildrenTakesAccountsOrOUs(t *testing.T) {
	s, _ := newTestStore(nil)
	_, err := s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	roots, _, err := s.ListRoots(mgmtAcct, PageRequest{Limit: 1})
	require.NoError(t, err)
	root := roots[0].ID
	ou, err := s.CreateOrganizationalUnit(mgmtAcct, root, "prod")
	require.NoError(t, err)

	kids, next, err := s.ListChildren(mgmtAcct, root, ChildAccount, PageRequest{Limit: 10})
	require.NoError(t, err)
	assert.Equal(t, []Child{{ID: mgmtAcct, Type: ChildAccount}}, kids)
	assert.Empty(t, next)
	kids, _, err = s.ListChildren(mgmtAcct, root, ParentOrganizationalUnit, PageRequest{Limit: 10})
	require.NoError(t, err)
	assert.Equal(t, []Child{{ID: ou.ID, Type: ParentOrganizationalUnit}}, kids)
	_, _, err = s.ListChildren(mgmtAcct, root, ParentRoot, PageRequest{Limit: 10})
	assert.ErrorIs(t, err, ErrInvalidArgument, "a root is never a child")
	_, _, err = s.ListChildren(member1, root, ParentRoot, PageRequest{Limit: 10})
	assert.ErrorIs(t, err, ErrInvalidArgument, "the child type is checked before the caller")
}

func TestOpenInvitationsHoldTheirPlaceUnderMaxAccounts(t *testing.T) {
	s, _ := newTestStore(&Options{Organizations: OrgLimits{MaxAccounts: 2}})
	h := createOrgAndInvite(t, s)

	_, err := s.CreateAccount(mgmtAcct, CreateAccountInput{Email: "new@example.com", Name: "new"})
	var de *Error
	require.ErrorAs(t, err, &de)
	assert.ErrorIs(t, err, ErrLimitExceeded)
	assert.Equal(t, "accounts", de.Reason)
	_, err = s.AdmitAccount(mgmtAcct, member2)
	assert.ErrorIs(t, err, ErrLimitExceeded)

	_, err = s.AcceptHandshake(member1, h.ID)
	require.NoError(t, err)
	members, _, err := s.ListAccounts(mgmtAcct, PageRequest{Limit: 10})
	require.NoError(t, err)
	assert.Len(t, members, 2, "the invitation's place, now a member's")
}

func TestInviteByEmailChecksTheCallerFirst(t *testing.T) {
	s, _ := newTestStore(nil)
	_, err := s.CreateOrganization(mgmtAcct, "")
	require.NoError(t, err)
	_, err = s.AdmitAccount(mgmtAcct, member1)
	require.NoError(t, err)
	s.SetAccountInfo(member2, AccountInfo{Email: "two@example.com"})

	_, err = s.InviteAccountByEmail(outsider, "nobody@example.com")
	assert.ErrorIs(t, err, ErrNotInOrganization)
	_, err = s.InviteAccountByEmail(member1, "nobody@example.com")
	assert.ErrorIs(t, err, ErrAccessDenied)
	_, err = s.InviteAccountByEmail(mgmtAcct, "nobody@example.com")
	var de *Error
	require.ErrorAs(t, err, &de)
	assert.ErrorIs(t, err, ErrNotFound)
	assert.Equal(t, EntityEmail, de.Entity)

	h, err := s.InviteAccountByEmail(mgmtAcct, "two@example.com")
	require.NoError(t, err)
	assert.Equal(t, member2, h.Account)
}
