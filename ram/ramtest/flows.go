package ramtest

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

const (
	self  = types.ResourceOwnerSelf
	other = types.ResourceOwnerOtherAccounts
	prin  = types.ResourceShareAssociationTypePrincipal
	res   = types.ResourceShareAssociationTypeResource
)

func init() {
	add("CreateResourceShare/OwnerView", testCreateOwnerView)
	add("Flow/OrganizationMemberNeedsNoInvitation", testOrgMember)
	add("Flow/ExternalAccountAcceptsInvitation", testExternalAccept)
	add("Flow/RejectEndsTheAssociation", testReject)
	add("Flow/InvitationExpiresAfterSevenDays", testExpiryLong)
	add("Flow/InvitationExpiresAfterTwelveHours", testExpiryShort)
	add("Flow/DisassociatePrincipal", testDisassociate)
	add("Flow/DisassociateWithdrawsPendingInvitation", testWithdraw)
	add("Flow/DeleteThenPurge", testDeletePurge)
	add("Flow/AccountJoiningSharedOU", testOUJoinLater)
	add("Flow/OrganizationPrincipalReachesEveryMember", testOrgPrincipal)
	add("Flow/RecipientLeaves", testLeave)
	add("Flow/ForeignResourceFails", testForeignResource)
	add("Flow/PropagationDelay", testPropagationDelay)
	add("Flow/OrganizationSharingDisabledLater", testOrgDisabled)
	add("Flow/RegionsAreSeparate", testRegions)
	add("Flow/AnsweredInvitationsArePurgedAfterSevenDays", testInvitationRetention)
	add("Flow/AccountLeavingOrganizationLosesAccess", testAccountLeaves)
	add("Flow/RetainSharingOnAccountLeave", testRetainOnLeave)
	add("Flow/OwnerLeavingOrganizationEndsItsOrganizationSharing", testOwnerLeaves)
}

func testRetainOnLeave(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, rootID := orgWithSharing(t, h)
	apps := h.CreateOU(t, Owner, rootID, "apps")
	h.Admit(t, Owner, Third, apps)
	owner := as(t, h, Owner)
	yes := true
	h.Advance(t, time.Hour)
	kept, err := owner.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("kept"), ResourceArns: []string{TGW(Owner, "1")},
		Principals: []string{OUARN(Owner, orgID, apps)}, ResourceShareConfiguration: &types.ResourceShareConfiguration{RetainSharingOnAccountLeaveOrganization: &yes}})
	require.NoError(t, err)
	began := h.Now(t)
	h.Advance(t, time.Hour)
	assert.True(t, *kept.ResourceShare.ResourceShareConfiguration.RetainSharingOnAccountLeaveOrganization)
	owner.create("dropped", []string{TGW(Owner, "2")}, []string{OrgARN(Owner, orgID)})
	require.Len(t, as(t, h, Third).shares(other), 2)

	h.Remove(t, Owner, Third)
	got := as(t, h, Third).shares(other)
	require.Len(t, got, 1, "only the share configured to retain sharing stays")
	assert.Equal(t, *kept.ResourceShare.ResourceShareArn, *got[0].ResourceShareArn)
	assert.Equal(t, []string{TGW(Owner, "1")}, as(t, h, Third).resources(other))
	assert.Len(t, owner.associations(prin, *kept.ResourceShare.ResourceShareArn), 1, "the owner's association list does not show the retained account")
	ps := as(t, h, Third).principals(other)
	require.Len(t, ps, 1)
	sameTime(t, began, *ps[0].CreationTime)

	_, err = owner.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: kept.ResourceShare.ResourceShareArn})
	require.NoError(t, err)
	assert.Empty(t, as(t, h, Third).shares(other))
}

func testInvitationRetention(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	owner.create("s", []string{Mesh(Owner, "m")}, []string{Recipient})
	arn := *rcpt.onlyInvitation().ResourceShareInvitationArn
	_, err := rcpt.accept(arn)
	require.NoError(t, err)
	h.Advance(t, 7*24*time.Hour-time.Second)
	assert.Len(t, rcpt.invitations(), 1, "an accepted invitation stays listed for seven days")
	h.Advance(t, time.Second)
	assert.Empty(t, rcpt.invitations())
	_, err = rcpt.accept(arn)
	requireError(t, err, "ResourceShareInvitationArnNotFoundException", "ResourceShareInvitation "+arn+" could not be found.")
	assert.Len(t, rcpt.shares(other), 1, "the purge does not end the access")
}

func testAccountLeaves(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, _ := orgWithSharing(t, h)
	as(t, h, Owner).create("s", []string{Subnet(Owner, "1")}, []string{OrgARN(Owner, orgID)})
	require.Len(t, as(t, h, Member).shares(other), 1)
	h.Remove(t, Owner, Member)
	assert.Empty(t, as(t, h, Member).shares(other))
	assert.Empty(t, as(t, h, Member).resources(other))
	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, as(t, h, Owner).associations(prin, "")[OrgARN(Owner, orgID)].Status,
		"the organization stays associated")
}

// testOwnerLeaves: a member that shared with its organization leaves it;
// the organization association ends (ram.md §C.3, "account removal") and
// the members still in the organization lose access.
func testOwnerLeaves(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, rootID := orgWithSharing(t, h)
	h.Admit(t, Owner, Third, rootID)
	member, third := as(t, h, Member), as(t, h, Third)
	s := member.create("from-member", []string{TGW(Member, "1")}, []string{OrgARN(Owner, orgID), Recipient})
	require.Len(t, third.shares(other), 1)
	_, err := as(t, h, Recipient).accept(*as(t, h, Recipient).onlyInvitation().ResourceShareInvitationArn)
	require.NoError(t, err)

	h.Remove(t, Owner, Member)
	a := member.associations(prin, *s.ResourceShareArn)
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, a[OrgARN(Owner, orgID)].Status)
	assert.Equal(t, "Sharing with AWS Organizations has been disabled.", *a[OrgARN(Owner, orgID)].StatusMessage)
	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, a[Recipient].Status, "an account principal is unaffected")
	assert.Empty(t, third.shares(other), "members still in the organization lose access")
	assert.Len(t, as(t, h, Recipient).shares(other), 1)
}

func testCreateOwnerView(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner := as(t, h, Owner)
	out, err := owner.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{
		Name: p("network"), ResourceArns: []string{TGW(Owner, "1")},
	})
	require.NoError(t, err)
	s := out.ResourceShare
	assert.True(t, strings.HasPrefix(*s.ResourceShareArn, "arn:aws:ram:us-east-1:111111111111:resource-share/"), *s.ResourceShareArn)
	assert.Equal(t, "network", *s.Name)
	assert.Equal(t, Owner, *s.OwningAccountId)
	assert.True(t, *s.AllowExternalPrincipals)
	assert.Equal(t, types.ResourceShareStatusActive, s.Status)
	assert.Empty(t, s.FeatureSet, "create omits featureSet")
	sameTime(t, h.Now(t), *s.CreationTime)
	sameTime(t, *s.CreationTime, *s.LastUpdatedTime)
	require.NotNil(t, out.ClientToken)
	assert.Len(t, *out.ClientToken, 36, "a generated UUID")

	list := owner.shares(self)
	require.Len(t, list, 1)
	assert.Equal(t, *s.ResourceShareArn, *list[0].ResourceShareArn)
	assert.Equal(t, types.ResourceShareFeatureSetStandard, list[0].FeatureSet)

	as := owner.associations(res, "")[TGW(Owner, "1")]
	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, as.Status, "settled on the next read")
	assert.Equal(t, "network", *as.ResourceShareName)

	r, err := owner.api.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: self})
	require.NoError(t, err)
	require.Len(t, r.Resources, 1)
	assert.Equal(t, "ec2:TransitGateway", *r.Resources[0].Type)
	assert.Equal(t, types.ResourceStatusAvailable, r.Resources[0].Status)
	assert.Equal(t, types.ResourceRegionScopeRegional, r.Resources[0].ResourceRegionScope)
	assert.Equal(t, *s.ResourceShareArn, *r.Resources[0].ResourceShareArn)
}

func testOrgMember(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgWithSharing(t, h)
	owner, member := as(t, h, Owner), as(t, h, Member)
	s := owner.create("to-member", []string{Subnet(Owner, "1")}, []string{Member})

	assert.Empty(t, member.invitations(), "members get no invitation")
	got := member.shares(other)
	require.Len(t, got, 1)
	assert.Equal(t, *s.ResourceShareArn, *got[0].ResourceShareArn)
	assert.Equal(t, []string{Subnet(Owner, "1")}, member.resources(other))
	ps := member.principals(other)
	require.Len(t, ps, 1)
	assert.Equal(t, Owner, *ps[0].Id)
	assert.False(t, *ps[0].External)

	a := owner.associations(prin, "")[Member]
	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, a.Status)
	assert.False(t, *a.External)
	ps = owner.principals(self)
	require.Len(t, ps, 1)
	assert.Equal(t, Member, *ps[0].Id)
	assert.Empty(t, owner.shares(other), "the owner is no recipient of its own share")
}

func testExternalAccept(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	s := owner.create("to-partner", []string{TGW(Owner, "1")}, []string{Recipient})
	arn := *s.ResourceShareArn

	a := owner.associations(prin, "")[Recipient]
	assert.Equal(t, types.ResourceShareAssociationStatusAssociating, a.Status, "waits for the invitation")
	assert.True(t, *a.External)
	assert.Empty(t, owner.principals(self), "only ASSOCIATED principals are listed")
	assert.Empty(t, owner.invitations(), "senders cannot list what they sent")

	assert.Empty(t, rcpt.shares(other), "a pending invitation grants nothing")
	assert.Empty(t, rcpt.resources(other))
	inv := rcpt.onlyInvitation()
	assert.Equal(t, types.ResourceShareInvitationStatusPending, inv.Status)
	assert.Equal(t, Owner, *inv.SenderAccountId)
	assert.Equal(t, Recipient, *inv.ReceiverAccountId)
	assert.Equal(t, arn, *inv.ResourceShareArn)
	assert.Equal(t, "to-partner", *inv.ResourceShareName)
	assert.Nil(t, inv.ReceiverArn)
	assert.True(t, strings.HasPrefix(*inv.ResourceShareInvitationArn, "arn:aws:ram:us-east-1:111111111111:resource-share-invitation/"))

	_, err := as(t, h, Third).accept(*inv.ResourceShareInvitationArn)
	requireError(t, err, "ResourceShareInvitationArnNotFoundException", "ResourceShareInvitation "+*inv.ResourceShareInvitationArn+" could not be found.")

	out, err := rcpt.accept(*inv.ResourceShareInvitationArn)
	require.NoError(t, err)
	assert.Equal(t, types.ResourceShareInvitationStatusAccepted, out.ResourceShareInvitation.Status)

	got := rcpt.shares(other)
	require.Len(t, got, 1)
	assert.Equal(t, arn, *got[0].ResourceShareArn)
	assert.Equal(t, types.ResourceShareStatusActive, got[0].Status)
	assert.Equal(t, []string{TGW(Owner, "1")}, rcpt.resources(other))
	ps := rcpt.principals(other)
	require.Len(t, ps, 1)
	assert.Equal(t, Owner, *ps[0].Id)
	assert.True(t, *ps[0].External)
	assert.Equal(t, types.ResourceShareInvitationStatusAccepted, rcpt.onlyInvitation().Status)

	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, owner.associations(prin, "")[Recipient].Status)
	ps = owner.principals(self)
	require.Len(t, ps, 1)
	assert.Equal(t, Recipient, *ps[0].Id)
	assert.True(t, *ps[0].External)
	assert.Empty(t, as(t, h, Third).shares(other), "a third account sees nothing")

	_, err = rcpt.accept(*inv.ResourceShareInvitationArn)
	requireError(t, err, "ResourceShareInvitationAlreadyAcceptedException", "The invitation "+*inv.ResourceShareInvitationArn+" has already been accepted.")
	_, err = rcpt.reject(*inv.ResourceShareInvitationArn)
	requireError(t, err, "ResourceShareInvitationAlreadyAcceptedException", "")
}

func testReject(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	s := owner.create("s", []string{TGW(Owner, "1")}, []string{Recipient})
	inv := rcpt.onlyInvitation()
	out, err := rcpt.reject(*inv.ResourceShareInvitationArn)
	require.NoError(t, err)
	assert.Equal(t, types.ResourceShareInvitationStatusRejected, out.ResourceShareInvitation.Status)

	a := owner.associations(prin, "")[Recipient]
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, a.Status)
	assert.Equal(t, "The invitation was rejected by the receiving account.", *a.StatusMessage)
	assert.Empty(t, rcpt.shares(other))
	assert.Empty(t, rcpt.resources(other))
	_, err = rcpt.accept(*inv.ResourceShareInvitationArn)
	requireError(t, err, "ResourceShareInvitationAlreadyRejectedException", "The invitation "+*inv.ResourceShareInvitationArn+" has already been rejected.")

	// Associating again sends a fresh invitation; the rejected one stays listed.
	h.Advance(t, time.Minute)
	_, err = owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Recipient}})
	require.NoError(t, err)
	invs := rcpt.invitations()
	require.Len(t, invs, 2)
	assert.Equal(t, types.ResourceShareInvitationStatusRejected, invs[0].Status)
	assert.Equal(t, types.ResourceShareInvitationStatusPending, invs[1].Status)
}

func testExpiryLong(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	owner.create("s", []string{TGW(Owner, "1")}, []string{Recipient})
	arn := *rcpt.onlyInvitation().ResourceShareInvitationArn

	h.Advance(t, 7*24*time.Hour-time.Second)
	assert.Equal(t, types.ResourceShareInvitationStatusPending, rcpt.onlyInvitation().Status)
	expiry := h.Advance(t, time.Second)
	assert.Equal(t, types.ResourceShareInvitationStatusExpired, rcpt.onlyInvitation().Status)
	_, err := rcpt.accept(arn)
	requireError(t, err, "ResourceShareInvitationExpiredException", "The invitation "+arn+" has expired.")
	a := owner.associations(prin, "")[Recipient]
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, a.Status)
	assert.Equal(t, "The invitation expired before the receiving account accepted it.", *a.StatusMessage)
	sameTime(t, expiry, *a.LastUpdatedTime) // stamped with the expiry time
	assert.Empty(t, rcpt.shares(other))
}

func testExpiryShort(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	owner.create("s", []string{Mesh(Owner, "m1")}, []string{Recipient})
	arn := *rcpt.onlyInvitation().ResourceShareInvitationArn
	h.Advance(t, 12*time.Hour-time.Second)
	assert.Equal(t, types.ResourceShareInvitationStatusPending, rcpt.onlyInvitation().Status)
	h.Advance(t, time.Second)
	_, err := rcpt.accept(arn)
	requireError(t, err, "ResourceShareInvitationExpiredException", "")
	_, err = rcpt.reject(arn)
	requireError(t, err, "ResourceShareInvitationExpiredException", "")
}

func testDisassociate(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgWithSharing(t, h)
	owner, member := as(t, h, Owner), as(t, h, Member)
	s := owner.create("s", []string{Subnet(Owner, "1")}, []string{Member})
	require.Len(t, member.shares(other), 1)

	out, err := owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Member}})
	require.NoError(t, err)
	require.Len(t, out.ResourceShareAssociations, 1)
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociating, out.ResourceShareAssociations[0].Status)
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, owner.associations(prin, "")[Member].Status)
	assert.Empty(t, member.shares(other))
	assert.Empty(t, member.resources(other))

	out, err = owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Member}})
	require.NoError(t, err, "disassociating a disassociated entity is idempotent")
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, out.ResourceShareAssociations[0].Status)

	_, err = owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Third}})
	requireError(t, err, "UnknownResourceException", Third+" could not be found in resource share "+*s.ResourceShareArn+".")

	_, err = owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, ResourceArns: []string{Subnet(Owner, "1")}})
	require.NoError(t, err)
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, owner.associations(res, "")[Subnet(Owner, "1")].Status)
	assert.Empty(t, owner.resources(self))
}

func testWithdraw(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	s := owner.create("s", []string{TGW(Owner, "1")}, []string{Recipient})
	arn := *rcpt.onlyInvitation().ResourceShareInvitationArn
	_, err := owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Recipient}})
	require.NoError(t, err)
	assert.Equal(t, types.ResourceShareInvitationStatusExpired, rcpt.onlyInvitation().Status)
	_, err = rcpt.accept(arn)
	requireError(t, err, "ResourceShareInvitationExpiredException", "")
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, owner.associations(prin, "")[Recipient].Status)
}

func testDeletePurge(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	s := owner.create("s", []string{TGW(Owner, "1")}, []string{Recipient})
	_, err := rcpt.accept(*rcpt.onlyInvitation().ResourceShareInvitationArn)
	require.NoError(t, err)
	require.Len(t, rcpt.shares(other), 1)

	h.Advance(t, time.Minute)
	del, err := owner.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: s.ResourceShareArn})
	require.NoError(t, err)
	assert.True(t, *del.ReturnValue)
	deletedAt := h.Now(t)

	list := owner.shares(self)
	require.Len(t, list, 1)
	assert.Equal(t, types.ResourceShareStatusDeleted, list[0].Status)
	sameTime(t, deletedAt, *list[0].LastUpdatedTime)
	assert.Empty(t, rcpt.shares(other), "recipients lose the share at once")
	assert.Empty(t, rcpt.resources(other))
	assert.Empty(t, owner.resources(self))
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, owner.associations(prin, *s.ResourceShareArn)[Recipient].Status)

	_, err = owner.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: s.ResourceShareArn})
	require.NoError(t, err, "deleting a deleted share succeeds")
	_, err = owner.api.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Name: p("x")})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*s.ResourceShareArn+" could not be found.")
	_, err = owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Third}})
	requireError(t, err, "UnknownResourceException", "")

	h.Advance(t, 2*time.Hour-time.Second)
	require.Len(t, owner.shares(self), 1, "kept two hours")
	h.Advance(t, time.Second)
	assert.Empty(t, owner.shares(self), "purged")
	_, err = owner.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, ResourceShareArns: []string{*s.ResourceShareArn}})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*s.ResourceShareArn+" could not be found.")
	_, err = owner.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: s.ResourceShareArn})
	requireError(t, err, "UnknownResourceException", "")
	assert.Empty(t, rcpt.invitations(), "its invitations are purged with it")
}

func testOUJoinLater(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, rootID := orgWithSharing(t, h)
	apps := h.CreateOU(t, Owner, rootID, "apps")
	team := h.CreateOU(t, Owner, apps, "team")
	owner := as(t, h, Owner)
	s := owner.create("to-apps", []string{Subnet(Owner, "1")}, []string{OUARN(Owner, orgID, apps)})
	a := owner.associations(prin, "")[OUARN(Owner, orgID, apps)]
	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, a.Status)
	assert.False(t, *a.External)

	joiner := as(t, h, Third)
	assert.Empty(t, joiner.shares(other))
	h.Advance(t, time.Hour)
	h.Admit(t, Owner, Third, team)
	joined := h.Now(t)
	got := joiner.shares(other)
	require.Len(t, got, 1, "an account joining a nested OU later gets the share")
	assert.Equal(t, *s.ResourceShareArn, *got[0].ResourceShareArn)
	assert.Empty(t, joiner.invitations())
	assert.Equal(t, []string{Subnet(Owner, "1")}, joiner.resources(other))
	assert.Empty(t, as(t, h, Member).shares(other), "a member outside the OU sees nothing")
	// The recipient's principal view dates its access from when it began:
	// the join, not the share (ram.md §A12); a move within the OU keeps it.
	since := func() time.Time {
		ps := joiner.principals(other)
		require.Len(t, ps, 1)
		assert.Equal(t, Owner, *ps[0].Id)
		return *ps[0].CreationTime
	}
	sameTime(t, joined, since())
	h.Advance(t, time.Hour)
	h.Move(t, Owner, Third, team, apps)
	sameTime(t, joined, since())

	h.Move(t, Owner, Third, apps, rootID)
	assert.Empty(t, joiner.shares(other), "moving out of the OU ends access")
	h.Advance(t, time.Hour)
	h.Move(t, Owner, Third, rootID, team)
	sameTime(t, h.Now(t), since())
}

func testOrgPrincipal(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, rootID := orgWithSharing(t, h)
	owner := as(t, h, Owner)
	owner.create("to-org", []string{Subnet(Owner, "1")}, []string{OrgARN(Owner, orgID)})
	assert.Len(t, as(t, h, Member).shares(other), 1)
	assert.Empty(t, as(t, h, Third).shares(other))
	h.Admit(t, Owner, Third, rootID)
	assert.Len(t, as(t, h, Third).shares(other), 1, "an account joining later gets the share")

	_, err := owner.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), Principals: []string{OrgARN(Owner, "o-aaaaaaaaaa")}})
	requireError(t, err, "UnknownResourceException", "Organization o-aaaaaaaaaa could not be found.")
	_, err = owner.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), Principals: []string{OUARN(Owner, orgID, "ou-abcd-12345678")}})
	requireError(t, err, "UnknownResourceException", "OrganizationalUnit ou-abcd-12345678 could not be found.")
}

func testLeave(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	s := owner.create("s", []string{TGW(Owner, "1")}, []string{Recipient})
	_, err := rcpt.accept(*rcpt.onlyInvitation().ResourceShareInvitationArn)
	require.NoError(t, err)

	// A recipient's call takes the leave path's checks, before the
	// owner's: no "specify at least one", no limit of resources per call.
	// An account the share does not reach gets "not found" first.
	onlyOwn := "You can only remove your own account from a resource share that is shared with you."
	for _, in := range []*ram.DisassociateResourceShareInput{
		{Principals: []string{Third}},
		{},
		{Principals: []string{Recipient}, ResourceArns: manyTGWs(101)},
		{Principals: []string{Recipient}, Sources: []string{Recipient}},
	} {
		in.ResourceShareArn = s.ResourceShareArn
		_, err = rcpt.api.DisassociateResourceShare(ctx, in)
		requireError(t, err, "InvalidParameterException", onlyOwn)
		_, err = as(t, h, Third).api.DisassociateResourceShare(ctx, in)
		requireError(t, err, "UnknownResourceException", "ResourceShare "+*s.ResourceShareArn+" could not be found.")
	}
	out, err := rcpt.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Recipient}})
	require.NoError(t, err)
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociating, out.ResourceShareAssociations[0].Status)
	assert.Empty(t, rcpt.shares(other))
	a := owner.associations(prin, "")[Recipient]
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, a.Status)
	assert.Equal(t, "The principal left the resource share.", *a.StatusMessage)
	_, err = rcpt.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Recipient}})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*s.ResourceShareArn+" could not be found.")

	// Access through the organization cannot be left.
	h2 := mk(t, nil)
	orgID, _ := orgWithSharing(t, h2)
	s2 := as(t, h2, Owner).create("org", []string{Subnet(Owner, "1")}, []string{OrgARN(Owner, orgID)})
	_, err = as(t, h2, Member).api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s2.ResourceShareArn, Principals: []string{Member}})
	requireError(t, err, "OperationNotPermittedException", "You can't leave a resource share that was shared with you through your organization.")
}

func testForeignResource(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner := as(t, h, Owner)
	s := owner.create("s", nil, nil)
	out, err := owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, ResourceArns: []string{TGW(Third, "9"), TGW(Owner, "1")}})
	require.NoError(t, err)
	require.Len(t, out.ResourceShareAssociations, 2)
	assert.Equal(t, types.ResourceShareAssociationStatusAssociating, out.ResourceShareAssociations[0].Status)
	assert.Equal(t, TGW(Third, "9"), *out.ResourceShareAssociations[0].AssociatedEntity)
	as := owner.associations(res, "")
	assert.Equal(t, types.ResourceShareAssociationStatusFailed, as[TGW(Third, "9")].Status)
	assert.Equal(t, "The specified resource could not be found in your AWS account", *as[TGW(Third, "9")].StatusMessage)
	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, as[TGW(Owner, "1")].Status)
	assert.Equal(t, []string{TGW(Owner, "1")}, owner.resources(self))
}

func testPropagationDelay(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{PropagationDelay: time.Minute})
	orgWithSharing(t, h)
	owner, member := as(t, h, Owner), as(t, h, Member)
	s := owner.create("s", []string{Subnet(Owner, "1")}, []string{Member})
	assert.Equal(t, types.ResourceShareAssociationStatusAssociating, owner.associations(prin, "")[Member].Status)
	assert.Empty(t, member.shares(other))
	_, err := owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Member}})
	requireError(t, err, "InvalidStateTransitionException", "At least one of the associations in the resource share is in ASSOCIATING status.")

	h.Advance(t, time.Minute)
	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, owner.associations(prin, "")[Member].Status)
	assert.Len(t, member.shares(other), 1)

	_, err = owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Member}})
	require.NoError(t, err)
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociating, owner.associations(prin, "")[Member].Status)
	_, err = owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Member}})
	requireError(t, err, "InvalidStateTransitionException", "The association of "+Member+" with the resource share is in DISASSOCIATING status.")
	h.Advance(t, time.Minute)
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, owner.associations(prin, "")[Member].Status)

	// Source associations propagate like the others (ram.md §C.5 rows 9
	// and 16).
	out, err := owner.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("svc"), ResourceArns: []string{Project(Owner, "p")},
		Principals: []string{"codebuild.amazonaws.com"}, Sources: []string{Recipient}})
	require.NoError(t, err)
	svc := out.ResourceShare.ResourceShareArn
	h.Advance(t, time.Minute)
	_, err = owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: svc, Sources: []string{Third}})
	require.NoError(t, err)
	_, err = owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: svc, ResourceArns: []string{Project(Owner, "p")}})
	requireError(t, err, "InvalidStateTransitionException", "At least one of the associations in the resource share is in ASSOCIATING status.")
	h.Advance(t, time.Minute)
	_, err = owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: svc, Sources: []string{Third}})
	require.NoError(t, err)
	_, err = owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: svc, Sources: []string{Third}})
	requireError(t, err, "InvalidStateTransitionException", "The association of "+Third+" with the resource share is in DISASSOCIATING status.")
	h.Advance(t, time.Minute)
	_, err = owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: svc, Sources: []string{Third}})
	require.NoError(t, err)
	_, err = owner.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: svc})
	require.NoError(t, err)
	h.Advance(t, time.Minute)

	_, err = owner.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: s.ResourceShareArn})
	require.NoError(t, err)
	assert.Equal(t, types.ResourceShareStatusDeleting, owner.shares(self)[0].Status)
	permissionShares := func() int {
		t.Helper()
		out, err := owner.api.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{})
		require.NoError(t, err)
		return len(out.Permissions)
	}
	assert.Equal(t, 1, permissionShares(), "ListPermissionAssociations lists shares until they are DELETED")
	h.Advance(t, time.Minute)
	assert.Equal(t, types.ResourceShareStatusDeleted, owner.shares(self)[0].Status)
	assert.Zero(t, permissionShares())
}

func testOrgDisabled(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, _ := orgWithSharing(t, h)
	owner := as(t, h, Owner)
	owner.create("s", []string{Subnet(Owner, "1")}, []string{OrgARN(Owner, orgID)})
	require.Len(t, as(t, h, Member).shares(other), 1)
	h.DisableServiceAccess(t, Owner, "ram.amazonaws.com")
	a := owner.associations(prin, "")[OrgARN(Owner, orgID)]
	assert.Equal(t, types.ResourceShareAssociationStatusDisassociated, a.Status)
	assert.Equal(t, "Sharing with AWS Organizations has been disabled.", *a.StatusMessage)
	assert.Empty(t, as(t, h, Member).shares(other))
}

func testRegions(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s := as(t, h, Owner).create("s", []string{TGW(Owner, "1")}, nil)
	west := h.Client(Owner, "us-west-2")
	out, err := west.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self})
	require.NoError(t, err)
	assert.Empty(t, out.ResourceShares)
	_, err = west.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Name: p("x")})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*s.ResourceShareArn+" could not be found.")
}
