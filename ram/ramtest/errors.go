package ramtest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

func init() {
	add("Errors/Validation", testValidation)
	add("Errors/OrganizationRules", testOrgRules)
	add("Errors/FailedCallChangesNothing", testAtomic)
	add("Errors/ClientToken", testClientToken)
	add("Errors/Quotas", testQuotas)
	add("EnableSharingWithAwsOrganization", testEnable)
	add("UpdateResourceShare", testUpdate)
	add("TagResource/UntagResource", testTags)
	add("GetResourceShares/Filters", testShareFilters)
	add("GetResourceShares/Pagination", testPagination)
	add("GetResourceShares/RecipientPaginationAcrossGrants", testRecipientPagination)
	add("GetResourceShareAssociations/Filters", testAssociationFilters)
	add("GetResourcePolicies", testPolicies)
	add("ListPrincipals/ListResources/Filters", testListFilters)
}

const badShareARN = "arn:aws:ram:us-east-1:111111111111:share/x"

func testValidation(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(Owner, Region)
	s := as(t, h, Owner).create("s", []string{TGW(Owner, "1")}, nil)
	unknown := "arn:aws:ram:us-east-1:111111111111:resource-share/00000000-0000-4000-8000-000000000000"
	m2 := "The specified resource share ARN is not valid. Verify the ARN and try again."
	m20 := func(n string) string {
		return "The value " + n + " for maxResults is not valid. Specify a value between 1 and 500."
	}
	call := func(f func() error) error { return f() }
	cases := []struct {
		name      string
		err       error
		code, msg string
	}{
		// Cases named "missing ..." omit a member the model marks required.
		{"missing name", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{})
			return err
		}), "InvalidParameterException", "Missing required parameter: name."},
		{"malformed resource ARN", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{"not-an-arn"}})
			return err
		}), "MalformedArnException", "The specified resource ARN not-an-arn is not valid. Verify the ARN and try again."},
		{"resource ARN without an account", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{"arn:aws:s3:::111111111111:bucket/b"}})
			return err
		}), "MalformedArnException", "The specified resource ARN arn:aws:s3:::111111111111:bucket/b is not valid. Verify the ARN and try again."},
		{"unshareable type (s3 bucket)", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{"arn:aws:s3:us-east-1:111111111111:bucket/b"}})
			return err
		}), "MalformedArnException", "You cannot share the selected resource type."},
		{"malformed principal", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), Principals: []string{"o-abcdefghij"}})
			return err
		}), "InvalidParameterException", "Principal ID o-abcdefghij is malformed. Verify the ID and try again."},
		{"root ARN is no principal", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), Principals: []string{"arn:aws:iam::222222222222:root"}})
			return err
		}), "InvalidParameterException", "Principal ID arn:aws:iam::222222222222:root is malformed. Verify the ID and try again."},
		{"malformed share ARN", call(func() error {
			_, err := c.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: p(badShareARN), Principals: []string{Recipient}})
			return err
		}), "MalformedArnException", m2},
		{"unknown share", call(func() error {
			_, err := c.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: p(unknown), Principals: []string{Recipient}})
			return err
		}), "UnknownResourceException", "ResourceShare " + unknown + " could not be found."},
		{"not the owner", call(func() error {
			_, err := h.Client(Recipient, Region).AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Third}})
			return err
		}), "UnknownResourceException", "ResourceShare " + *s.ResourceShareArn + " could not be found."},
		{"not the owner deletes", call(func() error {
			_, err := h.Client(Recipient, Region).DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: s.ResourceShareArn})
			return err
		}), "UnknownResourceException", ""},
		{"associate nothing", call(func() error {
			_, err := c.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn})
			return err
		}), "InvalidParameterException", "Specify at least one of resourceArns, principals or sources."},
		{"missing resourceShareArn", call(func() error {
			_, err := c.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{})
			return err
		}), "InvalidParameterException", "Missing required parameter: resourceShareArn."},
		{"missing resourceOwner", call(func() error {
			_, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{})
			return err
		}), "InvalidParameterException", "Missing required parameter: resourceOwner."},
		{"bad resourceOwner", call(func() error {
			_, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: "ME"})
			return err
		}), "InvalidParameterException", "ME is not a valid resource owner. Specify either SELF or OTHER-ACCOUNTS and try again."},
		{"bad share status", call(func() error {
			_, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, ResourceShareStatus: "GONE"})
			return err
		}), "InvalidParameterException", "GONE is not a valid resource share status."},
		{"maxResults 0", call(func() error {
			_, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, MaxResults: p(int32(0))})
			return err
		}), "InvalidParameterException", m20("0")},
		{"maxResults 501", call(func() error {
			_, err := c.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: self, MaxResults: p(int32(501))})
			return err
		}), "InvalidParameterException", m20("501")},
		{"maxResults on invitations", call(func() error {
			_, err := c.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{MaxResults: p(int32(501))})
			return err
		}), "InvalidMaxResultsException", m20("501")},
		{"forged nextToken", call(func() error {
			_, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, NextToken: p("Zm9yZ2VkLXRva2VuLWZvcmdlZC10b2tlbg==")})
			return err
		}), "InvalidNextTokenException", "The specified value for nextToken is not valid."},
		{"garbage nextToken", call(func() error {
			_, err := c.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: self, NextToken: p("!!")})
			return err
		}), "InvalidNextTokenException", "The specified value for nextToken is not valid."},
		// The token is checked before anything is looked up (ram.md §A0 P6).
		{"bad nextToken before an unknown share", call(func() error {
			_, err := c.ListResourceSharePermissions(ctx, &ram.ListResourceSharePermissionsInput{ResourceShareArn: p(unknown), NextToken: p("!!")})
			return err
		}), "InvalidNextTokenException", "The specified value for nextToken is not valid."},
		{"bad nextToken before an unknown permission", call(func() error {
			_, err := c.ListPermissionVersions(ctx, &ram.ListPermissionVersionsInput{PermissionArn: p("arn:aws:ram:us-east-1:111111111111:permission/nope"), NextToken: p("!!")})
			return err
		}), "InvalidNextTokenException", "The specified value for nextToken is not valid."},
		{"bad nextToken before an unknown invitation", call(func() error {
			_, err := c.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{
				ResourceShareInvitationArn: p("arn:aws:ram:us-east-1:222222222222:resource-share-invitation/nope"), NextToken: p("!!")})
			return err
		}), "InvalidNextTokenException", "The specified value for nextToken is not valid."},
		// Both permission ARNs are checked for syntax before either is
		// looked up.
		{"replace from an unknown permission to a malformed one", call(func() error {
			_, err := c.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{
				FromPermissionArn: p("arn:aws:ram:us-east-1:111111111111:permission/nope"), ToPermissionArn: p("bad")})
			return err
		}), "MalformedArnException", "The specified permission ARN is not valid. Verify the ARN and try again."},
		{"bad association type", call(func() error {
			_, err := c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: "SOURCE"})
			return err
		}), "InvalidParameterException", "SOURCE is not a valid association type. Specify either PRINCIPAL or RESOURCE and try again."},
		{"bad association status", call(func() error {
			_, err := c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: prin, AssociationStatus: "DONE"})
			return err
		}), "InvalidParameterException", "DONE is not a valid association status."},
		{"resourceArn with PRINCIPAL", call(func() error {
			_, err := c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: prin, ResourceArn: p(TGW(Owner, "1"))})
			return err
		}), "InvalidParameterException", "You cannot specify a resource ARN when the association type is PRINCIPAL."},
		{"principal with RESOURCE", call(func() error {
			_, err := c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: res, Principal: p(Recipient)})
			return err
		}), "InvalidParameterException", "You cannot specify a principal when the association type is RESOURCE."},
		{"bad region scope", call(func() error {
			_, err := c.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: self, ResourceRegionScope: "LOCAL"})
			return err
		}), "InvalidParameterException", "LOCAL is not a valid resource region scope value. Specify a valid value and try again."},
		{"bad resource type (ListResources)", call(func() error {
			_, err := c.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: self, ResourceType: p("ec2:Bucket")})
			return err
		}), "InvalidResourceTypeException", "The specified resource type ec2:Bucket is not valid."},
		{"bad resource type (ListPrincipals)", call(func() error {
			_, err := c.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: self, ResourceType: p("ec2:Bucket")})
			return err
		}), "InvalidParameterException", "Invalid resource type: ec2:Bucket"},
		{"tag filters with OTHER-ACCOUNTS", call(func() error {
			_, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: other, TagFilters: []types.TagFilter{{TagKey: p("k")}}})
			return err
		}), "InvalidParameterException", "You cannot use resourceOwner set to OTHER-ACCOUNTS and tagFilters in one request. Specify one parameter and try again."},
		{"malformed invitation ARN", call(func() error {
			_, err := c.AcceptResourceShareInvitation(ctx, &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: p("arn:aws:ram:us-east-1:111111111111:invitation/x")})
			return err
		}), "MalformedArnException", "The specified resource share invitation ARN is not valid. Verify the ARN and try again."},
		{"missing invitation ARN", call(func() error {
			_, err := c.RejectResourceShareInvitation(ctx, &ram.RejectResourceShareInvitationInput{})
			return err
		}), "MalformedArnException", "The specified resource share invitation ARN is not valid. Verify the ARN and try again."},
		{"unknown invitation", call(func() error {
			_, err := c.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{ResourceShareInvitationArns: []string{"arn:aws:ram:us-east-1:111111111111:resource-share-invitation/abc"}})
			return err
		}), "ResourceShareInvitationArnNotFoundException", "ResourceShareInvitation arn:aws:ram:us-east-1:111111111111:resource-share-invitation/abc could not be found."},
		{"malformed permission ARN", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{TGW(Owner, "1")}, PermissionArns: []string{"arn:aws:ram::aws:perm/x"}})
			return err
		}), "MalformedArnException", "The specified permission ARN is not valid. Verify the ARN and try again."},
		{"unknown permission", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{TGW(Owner, "1")}, PermissionArns: []string{"arn:aws:ram::aws:permission/Nope"}})
			return err
		}), "UnknownResourceException", "Permission arn:aws:ram::aws:permission/Nope could not be found."},
		{"permission for another type", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{TGW(Owner, "1")}, PermissionArns: []string{"arn:aws:ram::aws:permission/AWSRAMPermissionGlueTableReadWrite"}})
			return err
		}), "InvalidParameterException", "The permission arn:aws:ram::aws:permission/AWSRAMPermissionGlueTableReadWrite does not apply to any resource type in the resource share."},
		{"missing resourceArns", call(func() error {
			_, err := c.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{})
			return err
		}), "InvalidParameterException", "Missing required parameter: resourceArns."},
		{"malformed source", call(func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), Sources: []string{"nope"}})
			return err
		}), "InvalidParameterException", "Source nope is malformed. Verify the ID and try again."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if strings.HasPrefix(tc.name, "missing ") {
				requireMissing(t, h, tc.err, tc.code, tc.msg)
				return
			}
			requireError(t, tc.err, tc.code, tc.msg)
		})
	}
}

func testOrgRules(t *testing.T, mk HarnessMaker) {
	msgM9 := "The resource you are attempting to share can only be shared within your AWS Organization. This error may also occur if you have not enabled sharing with your AWS organization, or that onboarding process is still in progress."
	no := false

	// Standalone owner, allowExternalPrincipals=false: nothing can be shared.
	h := mk(t, nil)
	c := h.Client(Owner, Region)
	_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), AllowExternalPrincipals: &no, Principals: []string{Recipient}})
	requireError(t, err, "OperationNotPermittedException", msgM9)
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), AllowExternalPrincipals: &no, ResourceArns: []string{TGW(Owner, "1")}})
	requireError(t, err, "OperationNotPermittedException", msgM9)
	// An organization-only type cannot be shared without organization sharing.
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{Subnet(Owner, "1")}})
	requireError(t, err, "InvalidParameterException", msgM9)
	// Organization principals need organization sharing.
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), Principals: []string{OrgARN(Owner, "o-abcdefghij")}})
	requireError(t, err, "UnknownResourceException", "Organization o-abcdefghij could not be found.")
	// IAM principals and types that do not support them.
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"),
		ResourceArns: []string{"arn:aws:glue:us-east-1:111111111111:database/db1"}, Principals: []string{"arn:aws:iam::222222222222:role/app"}})
	requireError(t, err, "InvalidParameterException", "The resource share contains resource types that can't be shared with IAM roles and users.")
	// Global resources only from us-east-1.
	_, err = h.Client(Owner, "eu-west-1").CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"),
		ResourceArns: []string{"arn:aws:networkmanager::111111111111:core-network/core-network-1"}})
	requireError(t, err, "InvalidParameterException", "Global resources can be shared only from the US East (N. Virginia) Region (us-east-1).")

	// In an organization with sharing on.
	h = mk(t, nil)
	orgWithSharing(t, h)
	c = h.Client(Owner, Region)
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), AllowExternalPrincipals: &no, Principals: []string{Member, Recipient}})
	requireError(t, err, "InvalidParameterException", "Principal "+Recipient+" is not in your AWS organization. You do not have permission to add external AWS accounts to a resource share.")
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{Subnet(Owner, "1")}, Principals: []string{Recipient}})
	requireError(t, err, "InvalidParameterException", msgM9)
	s := as(t, h, Owner).create("x", []string{TGW(Owner, "1")}, []string{Recipient})
	_, err = c.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, ResourceArns: []string{Subnet(Owner, "1")}})
	requireError(t, err, "InvalidParameterException", msgM9)
	_, err = c.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: s.ResourceShareArn, AllowExternalPrincipals: &no})
	requireError(t, err, "OperationNotPermittedException", msgM9)

	// external is computed: an in-org member is internal, the owner itself too.
	s2 := as(t, h, Owner).create("y", []string{TGW(Owner, "2")}, []string{Member, Owner})
	as2 := as(t, h, Owner).associations(prin, *s2.ResourceShareArn)
	assert.False(t, *as2[Member].External)
	assert.False(t, *as2[Owner].External)
	assert.True(t, *as(t, h, Owner).associations(prin, *s.ResourceShareArn)[Recipient].External)
}

func testAtomic(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner := as(t, h, Owner)
	_, err := owner.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{TGW(Owner, "1")}, Principals: []string{Recipient, "bogus"}})
	requireError(t, err, "InvalidParameterException", "")
	assert.Empty(t, owner.shares(self))
	assert.Empty(t, as(t, h, Recipient).invitations())

	s := owner.create("s", []string{TGW(Owner, "1")}, nil)
	_, err = owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn,
		ResourceArns: []string{TGW(Owner, "2"), Subnet(Owner, "1")}, Principals: []string{Recipient}})
	requireError(t, err, "InvalidParameterException", "")
	assert.Len(t, owner.associations(res, ""), 1)
	assert.Empty(t, owner.associations(prin, ""))
	assert.Empty(t, as(t, h, Recipient).invitations())
	sameTime(t, *s.LastUpdatedTime, *owner.shares(self)[0].LastUpdatedTime)
}

func testClientToken(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(Owner, Region)
	in := &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{TGW(Owner, "1")}, ClientToken: p("token-1")}
	a, err := c.CreateResourceShare(ctx, in)
	require.NoError(t, err)
	assert.Equal(t, "token-1", *a.ClientToken)
	b, err := c.CreateResourceShare(ctx, in)
	require.NoError(t, err)
	assert.Equal(t, *a.ResourceShare.ResourceShareArn, *b.ResourceShare.ResourceShareArn, "a replay returns the first result")
	assert.Len(t, as(t, h, Owner).shares(self), 1, "and creates nothing")

	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("y"), ResourceArns: []string{TGW(Owner, "1")}, ClientToken: p("token-1")})
	requireError(t, err, "IdempotentParameterMismatchException", "The client token token-1 was already used with different parameters.")
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("y"), ClientToken: p(strings.Repeat("t", 65))})
	requireError(t, err, "InvalidClientTokenException", "The client token "+strings.Repeat("t", 65)+" is not valid.")
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("y"), ClientToken: p("")})
	requireError(t, err, "InvalidClientTokenException", "The client token  is not valid.")
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("y"), ClientToken: p(strings.Repeat("é", 64))})
	require.NoError(t, err, "a client token of 64 characters is valid, whatever its bytes")

	// Another account's token space is its own.
	_, err = h.Client(Recipient, Region).CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("y"), ClientToken: p("token-1")})
	require.NoError(t, err)
	// A failed call does not consume its token.
	_, err = c.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: a.ResourceShare.ResourceShareArn, Name: p(""), ClientToken: p("token-2")})
	requireError(t, err, "InvalidParameterException", "Missing required parameter: name.")
	u, err := c.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: a.ResourceShare.ResourceShareArn, Name: p("z"), ClientToken: p("token-2")})
	require.NoError(t, err)
	assert.Equal(t, "z", *u.ResourceShare.Name)

	// Accept replays too.
	as(t, h, Owner).create("s", []string{TGW(Owner, "1")}, []string{Recipient})
	rc := h.Client(Recipient, Region)
	inv := as(t, h, Recipient).onlyInvitation()
	ain := &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: inv.ResourceShareInvitationArn, ClientToken: p("acc")}
	_, err = rc.AcceptResourceShareInvitation(ctx, ain)
	require.NoError(t, err)
	again, err := rc.AcceptResourceShareInvitation(ctx, ain)
	require.NoError(t, err, "the same token replays the success")
	assert.Equal(t, types.ResourceShareInvitationStatusAccepted, again.ResourceShareInvitation.Status)
}

func testQuotas(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{RAM: share.RAMOptions{MaxPendingInvitationsPerSharingAccount: 2, MaxSharesPerRegion: 2}})
	c := h.Client(Owner, Region)
	_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{TGW(Owner, "1")},
		Principals: []string{Recipient, Third, "555555555555"}})
	requireError(t, err, "ResourceShareLimitExceededException", "The request would exceed the limit of 2 pending invitations per sharing account.")
	as(t, h, Owner).create("a", nil, nil)
	as(t, h, Owner).create("b", nil, nil)
	_, err = c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("c")})
	requireError(t, err, "ResourceShareLimitExceededException", "The request would exceed the limit of 2 resource shares per account.")

	_, err = h.Client(Recipient, Region).CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("d"), ResourceArns: manyTGWs(101)})
	requireError(t, err, "ResourceShareLimitExceededException", "The request would exceed the limit of 100 resources per call.")
}

func testEnable(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	msg := "Unable to enable sharing with AWS Organizations. Received AccessDeniedException from AWSOrganizations with the following error message: You don't have permissions to access this resource."
	_, err := h.Client(Owner, Region).EnableSharingWithAwsOrganization(ctx, &ram.EnableSharingWithAwsOrganizationInput{})
	requireError(t, err, "OperationNotPermittedException", msg)
	orgWithSharing(t, h)
	_, err = h.Client(Member, Region).EnableSharingWithAwsOrganization(ctx, &ram.EnableSharingWithAwsOrganizationInput{})
	requireError(t, err, "OperationNotPermittedException", msg)
	out, err := h.Client(Owner, "eu-west-1").EnableSharingWithAwsOrganization(ctx, nil)
	require.NoError(t, err, "enabling again is harmless")
	assert.True(t, *out.ReturnValue)
	// Enabled in every region at once: a member is reached without invitation.
	s, err := h.Client(Owner, "eu-west-1").CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), Principals: []string{Member}})
	require.NoError(t, err)
	list, err := h.Client(Owner, "eu-west-1").GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: prin, ResourceShareArns: []string{*s.ResourceShare.ResourceShareArn}})
	require.NoError(t, err)
	require.Len(t, list.ResourceShareAssociations, 1)
	assert.Equal(t, types.ResourceShareAssociationStatusAssociated, list.ResourceShareAssociations[0].Status)
}

func testUpdate(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner := as(t, h, Owner)
	s := owner.create("before", nil, nil)
	later := h.Advance(t, 60e9)
	out, err := owner.api.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Name: p("after")})
	require.NoError(t, err)
	assert.Equal(t, "after", *out.ResourceShare.Name)
	sameTime(t, later, *out.ResourceShare.LastUpdatedTime)
	sameTime(t, *s.CreationTime, *out.ResourceShare.CreationTime)
	assert.Empty(t, out.ResourceShare.FeatureSet)
	assert.Equal(t, "after", *owner.shares(self)[0].Name)

	_, err = owner.api.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: s.ResourceShareArn})
	requireError(t, err, "MissingRequiredParameterException", "Specify at least one of name or allowExternalPrincipals.")
	_, err = owner.api.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{Name: p("x")})
	requireMissing(t, h, err, "MissingRequiredParameterException", "Missing required parameter: resourceShareArn.")
	_, err = owner.api.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: p(badShareARN), Name: p("x")})
	requireError(t, err, "MalformedArnException", "The specified resource share ARN is not valid. Verify the ARN and try again.")
	_, err = h.Client(Recipient, Region).UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Name: p("x")})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*s.ResourceShareArn+" could not be found.")
	assert.Equal(t, "after", *owner.shares(self)[0].Name, "failed updates change nothing")
}

func testTags(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	out, err := owner.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("s"), ResourceArns: []string{TGW(Owner, "1")},
		Principals: []string{Recipient}, Tags: []types.Tag{{Key: p("env"), Value: p("prod")}}})
	require.NoError(t, err)
	arn := out.ResourceShare.ResourceShareArn
	assert.Equal(t, []types.Tag{{Key: p("env"), Value: p("prod")}}, out.ResourceShare.Tags)
	_, err = rcpt.accept(*rcpt.onlyInvitation().ResourceShareInvitationArn)
	require.NoError(t, err)

	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn, Tags: []types.Tag{{Key: p("team"), Value: p("net")}, {Key: p("env"), Value: p("dev")}}})
	require.NoError(t, err)
	assert.Equal(t, []types.Tag{{Key: p("env"), Value: p("dev")}, {Key: p("team"), Value: p("net")}}, owner.shares(self)[0].Tags)
	assert.Nil(t, rcpt.shares(other)[0].Tags, "recipients never see the owner's tags")
	_, err = owner.api.UntagResource(ctx, &ram.UntagResourceInput{ResourceShareArn: arn, TagKeys: []string{"env", "absent"}})
	require.NoError(t, err)
	assert.Equal(t, []types.Tag{{Key: p("team"), Value: p("net")}}, owner.shares(self)[0].Tags)

	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn, Tags: []types.Tag{{Key: p("aws:owner"), Value: p("x")}}})
	requireError(t, err, "TagPolicyViolationException", "The tag key aws:owner is a reserved word and can't be used.")
	many := make([]types.Tag, 50)
	for i := range many {
		many[i] = types.Tag{Key: p("k" + strings.Repeat("x", i)), Value: p("v")}
	}
	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn, Tags: many})
	requireError(t, err, "TagLimitExceededException", "The request would exceed the limit of 50 tags for the resource.")
	assert.Len(t, owner.shares(self)[0].Tags, 1, "a refused tag call changes nothing")
	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{Tags: many[:1]})
	requireError(t, err, "InvalidParameterException", "Specify either resourceShareArn or resourceArn, but not both.")
	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn})
	requireMissing(t, h, err, "InvalidParameterException", "Missing required parameter: tags.")
	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceArn: p("arn:aws:ram::aws:permission/AWSRAMDefaultPermissionTransitGateway"), Tags: many[:1]})
	requireError(t, err, "InvalidParameterException", "You can't tag an AWS managed permission.")
	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn, Tags: []types.Tag{{Key: p("k")}}})
	requireError(t, err, "InvalidParameterException", "Missing required parameter: value.")
	_, err = rcpt.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn, Tags: many[:1]})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*arn+" could not be found.")
	_, err = owner.api.UntagResource(ctx, &ram.UntagResourceInput{ResourceShareArn: arn})
	requireMissing(t, h, err, "InvalidParameterException", "Missing required parameter: tagKeys.")

	// Lengths count characters, not bytes (ram.md §C.11).
	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn,
		Tags: []types.Tag{{Key: p(strings.Repeat("é", 128)), Value: p(strings.Repeat("é", 256))}}})
	require.NoError(t, err, "128 and 256 two-byte characters are within the limits")
	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn, Tags: []types.Tag{{Key: p(strings.Repeat("k", 129)), Value: p("")}}})
	requireError(t, err, "InvalidParameterException", "The tag key or value is too long.")
	_, err = owner.api.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: arn, Tags: []types.Tag{{Key: p("k"), Value: p(strings.Repeat("v", 257))}}})
	requireError(t, err, "InvalidParameterException", "The tag key or value is too long.")
}

func testShareFilters(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner := as(t, h, Owner)
	c := owner.api
	a, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("a"), ResourceArns: []string{TGW(Owner, "1")}, Tags: []types.Tag{{Key: p("env"), Value: p("prod")}}})
	require.NoError(t, err)
	b, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("b"), Tags: []types.Tag{{Key: p("env"), Value: p("dev")}}})
	require.NoError(t, err)
	get := func(in *ram.GetResourceSharesInput) []string {
		t.Helper()
		in.ResourceOwner = self
		out, err := c.GetResourceShares(ctx, in)
		require.NoError(t, err)
		var names []string
		for _, s := range out.ResourceShares {
			names = append(names, *s.Name)
		}
		return names
	}
	assert.Equal(t, []string{"a", "b"}, get(&ram.GetResourceSharesInput{}))
	assert.Equal(t, []string{"b"}, get(&ram.GetResourceSharesInput{Name: p("b")}))
	assert.Equal(t, []string{"a"}, get(&ram.GetResourceSharesInput{TagFilters: []types.TagFilter{{TagKey: p("env"), TagValues: []string{"prod"}}}}))
	assert.Equal(t, []string{"a", "b"}, get(&ram.GetResourceSharesInput{TagFilters: []types.TagFilter{{TagKey: p("env")}}}))
	assert.Equal(t, []string{"b"}, get(&ram.GetResourceSharesInput{ResourceShareArns: []string{*b.ResourceShare.ResourceShareArn}}))
	assert.Equal(t, []string{"a"}, get(&ram.GetResourceSharesInput{PermissionArn: p("arn:aws:ram::aws:permission/AWSRAMDefaultPermissionTransitGateway")}))
	_, err = c.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: a.ResourceShare.ResourceShareArn})
	require.NoError(t, err)
	assert.Equal(t, []string{"a"}, get(&ram.GetResourceSharesInput{ResourceShareStatus: types.ResourceShareStatusDeleted}))
	assert.Equal(t, []string{"b"}, get(&ram.GetResourceSharesInput{ResourceShareStatus: types.ResourceShareStatusActive}))
	_, err = h.Client(Recipient, Region).GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: other, ResourceShareArns: []string{*b.ResourceShare.ResourceShareArn}})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*b.ResourceShare.ResourceShareArn+" could not be found.")
}

func testPagination(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner := as(t, h, Owner)
	var want []string
	for i := range 7 {
		s := owner.create("s"+string(rune('0'+i)), []string{TGW(Owner, "1")}, nil)
		want = append(want, *s.ResourceShareArn)
		h.Advance(t, 1e9)
	}
	var got []string
	var tok *string
	pages := 0
	for {
		out, err := owner.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, MaxResults: p(int32(3)), NextToken: tok})
		require.NoError(t, err)
		pages++
		for _, s := range out.ResourceShares {
			got = append(got, *s.ResourceShareArn)
		}
		if pages == 1 {
			// A share created between pages comes after the token and is listed once.
			s := owner.create("late", nil, nil)
			want = append(want, *s.ResourceShareArn)
			_, err := h.Client(Recipient, Region).GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, NextToken: out.NextToken})
			requireError(t, err, "InvalidNextTokenException", "The specified value for nextToken is not valid.")
			_, err = owner.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, Name: p("s1"), NextToken: out.NextToken})
			requireError(t, err, "InvalidNextTokenException", "")
			_, err = owner.api.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: self, NextToken: out.NextToken})
			requireError(t, err, "InvalidNextTokenException", "")
		}
		if out.NextToken == nil {
			assert.NotEmpty(t, out.ResourceShares, "no empty last page")
			break
		}
		require.Len(t, out.ResourceShares, 3)
		tok = out.NextToken
	}
	assert.Equal(t, want, got, "every share exactly once, in creation order")
	assert.Equal(t, 3, pages)

	// A token is bound to its tag filters exactly, whatever characters the
	// keys and values hold.
	for range 2 {
		owner.create("tagged", nil, nil, types.Tag{Key: p("a"), Value: p("b=c,d")})
	}
	tagged := func(filters ...types.TagFilter) (*string, error) {
		out, err := owner.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, TagFilters: filters, MaxResults: p(int32(1))})
		if err != nil {
			return nil, err
		}
		return out.NextToken, err
	}
	tok, err := tagged(types.TagFilter{TagKey: p("a"), TagValues: []string{"b=c,d"}})
	require.NoError(t, err)
	require.NotNil(t, tok)
	for _, other := range [][]types.TagFilter{
		{{TagKey: p("a=b"), TagValues: []string{"c,d"}}},
		{{TagKey: p("a"), TagValues: []string{"b=c", "d"}}},
	} {
		_, err := owner.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, TagFilters: other, NextToken: tok})
		requireError(t, err, "InvalidNextTokenException", "The specified value for nextToken is not valid.")
	}

	var resources []string
	tok = nil
	for {
		out, err := owner.api.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: self, MaxResults: p(int32(2)), NextToken: tok})
		require.NoError(t, err)
		for _, r := range out.Resources {
			resources = append(resources, *r.ResourceShareArn)
		}
		if tok = out.NextToken; tok == nil {
			break
		}
	}
	assert.Equal(t, want[:7], resources, "one item per (resource, share)")
}

func testAssociationFilters(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, _ := orgWithSharing(t, h)
	owner := as(t, h, Owner)
	s := owner.create("s", []string{TGW(Owner, "1"), TGW(Owner, "2")}, []string{Member, Recipient, OrgARN(Owner, orgID)})
	c := owner.api
	list := func(in *ram.GetResourceShareAssociationsInput) []string {
		t.Helper()
		out, err := c.GetResourceShareAssociations(ctx, in)
		require.NoError(t, err)
		var e []string
		for _, a := range out.ResourceShareAssociations {
			e = append(e, *a.AssociatedEntity)
			assert.Equal(t, *s.ResourceShareArn, *a.ResourceShareArn)
			assert.Equal(t, "s", *a.ResourceShareName)
			assert.NotNil(t, a.CreationTime)
		}
		return e
	}
	assert.Equal(t, []string{Recipient, Member, OrgARN(Owner, orgID)}, list(&ram.GetResourceShareAssociationsInput{AssociationType: prin}))
	assert.Equal(t, []string{Member}, list(&ram.GetResourceShareAssociationsInput{AssociationType: prin, Principal: p(Member)}))
	assert.Equal(t, []string{OrgARN(Owner, orgID)}, list(&ram.GetResourceShareAssociationsInput{AssociationType: prin, Principal: p(orgID)}))
	assert.Equal(t, []string{Recipient}, list(&ram.GetResourceShareAssociationsInput{AssociationType: prin, AssociationStatus: types.ResourceShareAssociationStatusAssociating}))
	assert.Equal(t, []string{TGW(Owner, "2")}, list(&ram.GetResourceShareAssociationsInput{AssociationType: res, ResourceArn: p(TGW(Owner, "2"))}))
	assert.Equal(t, []string{TGW(Owner, "1"), TGW(Owner, "2")}, list(&ram.GetResourceShareAssociationsInput{AssociationType: res, ResourceShareArns: []string{*s.ResourceShareArn}}))
	_, err := h.Client(Recipient, Region).GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: prin, ResourceShareArns: []string{*s.ResourceShareArn}})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*s.ResourceShareArn+" could not be found.")
	out, err := h.Client(Recipient, Region).GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: prin})
	require.NoError(t, err)
	assert.Empty(t, out.ResourceShareAssociations, "only the caller's own shares are searched")

	// A bare organization ID selects organization associations only, not
	// an IAM role whose name happens to end the same way, whether or not
	// the role's share also holds the organization.
	role := "arn:aws:iam::" + Member + ":role/" + orgID
	owner.create("role", nil, []string{role})
	both := owner.create("both", nil, []string{role, OrgARN(Owner, orgID)})
	out, err = c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: prin, Principal: p(orgID)})
	require.NoError(t, err)
	var got []string
	for _, a := range out.ResourceShareAssociations {
		got = append(got, *a.ResourceShareArn+" "+*a.AssociatedEntity)
	}
	assert.Equal(t, []string{*s.ResourceShareArn + " " + OrgARN(Owner, orgID), *both.ResourceShareArn + " " + OrgARN(Owner, orgID)}, got)
}

func testPolicies(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, _ := orgWithSharing(t, h)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	r := Mesh(Owner, "m1")
	owner.create("direct", []string{r}, []string{Member, Recipient, "arn:aws:iam::" + Member + ":role/app"})
	_, err := rcpt.accept(*rcpt.onlyInvitation().ResourceShareInvitationArn)
	require.NoError(t, err)
	h.Advance(t, time.Minute)
	owner.create("org", []string{r}, []string{OrgARN(Owner, orgID)})

	out, err := owner.api.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{r}})
	require.NoError(t, err)
	require.Len(t, out.Policies, 1)
	want := `{"Version":"2008-10-17","Statement":[` +
		`{"Sid":"RamStatement1","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::222222222222:root","arn:aws:iam::444444444444:root","arn:aws:iam::444444444444:role/app"]},"Action":["appmesh:UseSharedResource"],"Resource":"` + r + `"},` +
		`{"Sid":"RamStatement2","Effect":"Allow","Principal":"*","Action":["appmesh:UseSharedResource"],"Resource":"` + r + `","Condition":{"StringEquals":{"aws:PrincipalOrgID":"` + orgID + `"}}}]}`
	assert.Equal(t, want, out.Policies[0], "compact, keys in a fixed order")
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(out.Policies[0]), &doc), "a JSON string")

	out, err = owner.api.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{r}, Principal: p(Recipient)})
	require.NoError(t, err)
	require.Len(t, out.Policies, 1)
	assert.JSONEq(t, `{"Version":"2008-10-17","Statement":[{"Sid":"RamStatement1","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::222222222222:root"]},"Action":["appmesh:UseSharedResource"],"Resource":"`+r+`"}]}`, out.Policies[0])

	_, err = owner.api.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{r, TGW(Owner, "9")}})
	requireError(t, err, "ResourceArnNotFoundException", "The specified resource ARN "+TGW(Owner, "9")+" was not found. Verify the ARN and try again.")
	_, err = rcpt.api.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{r}})
	requireError(t, err, "ResourceArnNotFoundException", "")
	_, err = owner.api.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{"arn:bad"}})
	requireError(t, err, "MalformedArnException", "The specified resource ARN arn:bad is not valid. Verify the ARN and try again.")

	// The subnet's default permission carries its real actions.
	s := Subnet(Owner, "1")
	owner.create("subnet", []string{s}, []string{Member})
	out, err = owner.api.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{s}})
	require.NoError(t, err)
	assert.Contains(t, out.Policies[0], `"Action":["ec2:RunInstances","ec2:CreateNetworkInterface","ec2:DescribeSubnets"]`)

	// Pages of one: a resource that yields no policy for the principal
	// does not earn the previous page a token (no empty last page).
	in := &ram.GetResourcePoliciesInput{ResourceArns: []string{r, s}, Principal: p(Recipient), MaxResults: p(int32(1))}
	out, err = owner.api.GetResourcePolicies(ctx, in)
	require.NoError(t, err)
	assert.Len(t, out.Policies, 1)
	assert.Nil(t, out.NextToken, "the subnet is not shared with the recipient")
	in.Principal = p(Member)
	out, err = owner.api.GetResourcePolicies(ctx, in)
	require.NoError(t, err)
	require.Len(t, out.Policies, 1)
	require.NotNil(t, out.NextToken, "both are shared with the member")
	in.NextToken = out.NextToken
	out, err = owner.api.GetResourcePolicies(ctx, in)
	require.NoError(t, err)
	assert.Len(t, out.Policies, 1)
	assert.Contains(t, out.Policies[0], s)
	assert.Nil(t, out.NextToken)
}

func testListFilters(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgWithSharing(t, h)
	owner, member := as(t, h, Owner), as(t, h, Member)
	a := owner.create("a", []string{TGW(Owner, "1"), Mesh(Owner, "m")}, []string{Member})
	owner.create("b", []string{Subnet(Owner, "1")}, []string{Member})

	lr := func(c API, in *ram.ListResourcesInput) []string {
		t.Helper()
		out, err := c.ListResources(ctx, in)
		require.NoError(t, err)
		var arns []string
		for _, r := range out.Resources {
			arns = append(arns, *r.Arn)
		}
		return arns
	}
	assert.Equal(t, []string{Mesh(Owner, "m"), TGW(Owner, "1"), Subnet(Owner, "1")}, lr(owner.api, &ram.ListResourcesInput{ResourceOwner: self}))
	assert.Equal(t, []string{Subnet(Owner, "1")}, lr(member.api, &ram.ListResourcesInput{ResourceOwner: other, ResourceType: p("EC2:subnet")}))
	assert.Equal(t, []string{TGW(Owner, "1")}, lr(member.api, &ram.ListResourcesInput{ResourceOwner: other, ResourceArns: []string{TGW(Owner, "1")}}))
	assert.Equal(t, []string{Mesh(Owner, "m"), TGW(Owner, "1")}, lr(member.api, &ram.ListResourcesInput{ResourceOwner: other, ResourceShareArns: []string{*a.ResourceShareArn}}))
	assert.Empty(t, lr(member.api, &ram.ListResourcesInput{ResourceOwner: other, Principal: p(Third)}))
	assert.Len(t, lr(member.api, &ram.ListResourcesInput{ResourceOwner: other, Principal: p(Owner)}), 3)
	assert.Empty(t, lr(member.api, &ram.ListResourcesInput{ResourceOwner: other, ResourceRegionScope: types.ResourceRegionScopeFilterGlobal}))
	assert.Len(t, lr(owner.api, &ram.ListResourcesInput{ResourceOwner: self, Principal: p(Member)}), 3)

	out, err := owner.api.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: self, ResourceType: p("ec2:Subnet")})
	require.NoError(t, err)
	require.Len(t, out.Principals, 1)
	assert.Equal(t, Member, *out.Principals[0].Id)
	out, err = member.api.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: other})
	require.NoError(t, err)
	assert.Len(t, out.Principals, 2, "one item per share shared with the caller")
	out, err = member.api.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: other, ResourceArn: p(Mesh(Owner, "m"))})
	require.NoError(t, err)
	require.Len(t, out.Principals, 1)
	assert.Equal(t, *a.ResourceShareArn, *out.Principals[0].ResourceShareArn)
	_, err = member.api.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: other, Principals: []string{"bad"}})
	requireError(t, err, "InvalidParameterException", "Principal ID bad is malformed. Verify the ID and try again.")
}

// testRecipientPagination pages a recipient's view whose shares reach it in
// three ways (its account, its organization, its OU): every share once, in
// creation order, whatever the page size.
func testRecipientPagination(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, rootID := orgWithSharing(t, h)
	apps := h.CreateOU(t, Owner, rootID, "apps")
	h.Move(t, Owner, Member, rootID, apps)
	owner := as(t, h, Owner)
	grants := []string{Member, OrgARN(Owner, orgID), OUARN(Owner, orgID, apps)}
	var want []string
	for i := range 100 { // more than one merge round of each index
		principals := []string{grants[i%3]}
		if i%4 == 0 {
			principals = grants // reached three ways: listed once
		}
		s := owner.create("s", []string{TGW(Owner, fmt.Sprint(i))}, principals)
		want = append(want, *s.ResourceShareArn)
		h.Advance(t, time.Second)
	}
	member := as(t, h, Member)
	for _, size := range []int32{1, 2, 3, 5, 500} {
		var got []string
		var tok *string
		for {
			out, err := member.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: other, MaxResults: p(size), NextToken: tok})
			require.NoError(t, err)
			for _, s := range out.ResourceShares {
				got = append(got, *s.ResourceShareArn)
			}
			if tok = out.NextToken; tok == nil {
				break
			}
		}
		assert.Equal(t, want, got, "page size %d", size)
	}
	var resources []string
	var tok *string
	for {
		out, err := member.api.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: other, MaxResults: p(int32(4)), NextToken: tok})
		require.NoError(t, err)
		for _, r := range out.Resources {
			resources = append(resources, *r.ResourceShareArn)
		}
		if tok = out.NextToken; tok == nil {
			break
		}
	}
	assert.Equal(t, want, resources)
}
