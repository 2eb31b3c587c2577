package ram

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/invitation"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

// TestToException walks every sentinel, entity and reason the RAM domain
// returns and checks the exception, message and status each becomes.
func TestToException(t *testing.T) {
	const arn = "arn:aws:ram:us-east-1:111111111111:resource-share/x"
	const inv = "arn:aws:ram:us-east-1:111111111111:resource-share-invitation/y"
	const perm = "arn:aws:ram:us-east-1:111111111111:permission/P"
	e := func(kind error, entity, id, reason string) *share.Error {
		return &share.Error{Op: "Op", Kind: kind, Entity: entity, ID: id, Reason: reason}
	}
	cases := []struct {
		op        string
		err       error
		code, msg string
	}{
		{"GetResourceShares", e(share.ErrInvalidToken, share.EntityToken, "", ""), "InvalidNextTokenException", "The specified value for nextToken is not valid."},
		{"CreateResourceShare", e(share.ErrIdempotencyMismatch, share.EntityClientToken, "tok", ""), "IdempotentParameterMismatchException", "The client token tok was already used with different parameters."},
		{"TagResource", &share.Error{Kind: share.ErrLimitExceeded, Reason: share.ReasonTagLimit, Limit: 50}, "TagLimitExceededException", "The request would exceed the limit of 50 tags for the resource."},
		{"CreateResourceShare", &share.Error{Kind: share.ErrLimitExceeded, Reason: share.ReasonQuotaPendingInvites, Limit: 20}, "ResourceShareLimitExceededException", "The request would exceed the limit of 20 pending invitations per sharing account."},
		{"CreateResourceShare", &share.Error{Kind: share.ErrLimitExceeded, Reason: share.ReasonQuotaShares, Limit: 5}, "ResourceShareLimitExceededException", "The request would exceed the limit of 5 resource shares per account."},
		{"CreateResourceShare", &share.Error{Kind: share.ErrLimitExceeded, Reason: share.ReasonQuotaResourcesShare, Limit: 5}, "ResourceShareLimitExceededException", "The request would exceed the limit of 5 resources per resource share."},
		{"CreateResourceShare", &share.Error{Kind: share.ErrLimitExceeded, Reason: share.ReasonQuotaPrincipalsShare, Limit: 5}, "ResourceShareLimitExceededException", "The request would exceed the limit of 5 principals per resource share."},
		{"CreateResourceShare", &share.Error{Kind: share.ErrLimitExceeded, Reason: share.ReasonQuotaResourcesRegion, Limit: 5}, "ResourceShareLimitExceededException", "The request would exceed the limit of 5 resource associations per account."},
		{"CreateResourceShare", &share.Error{Kind: share.ErrLimitExceeded, Reason: share.ReasonQuotaPrincipalsRegion, Limit: 5}, "ResourceShareLimitExceededException", "The request would exceed the limit of 5 principal associations per account."},
		{"CreateResourceShare", &share.Error{Kind: share.ErrLimitExceeded, Reason: share.ReasonQuotaResourcesPerCall, Limit: 100}, "ResourceShareLimitExceededException", "The request would exceed the limit of 100 resources per call."},
		{"UpdateResourceShare", e(share.ErrNotFound, share.EntityResourceShare, arn, ""), "UnknownResourceException", "ResourceShare " + arn + " could not be found."},
		{"AcceptResourceShareInvitation", e(share.ErrNotFound, share.EntityResourceShareInvitation, inv, ""), "ResourceShareInvitationArnNotFoundException", "ResourceShareInvitation " + inv + " could not be found."},
		{"CreateResourceShare", e(share.ErrNotFound, share.EntityOrganization, "o-1234567890", ""), "UnknownResourceException", "Organization o-1234567890 could not be found."},
		{"CreateResourceShare", e(share.ErrNotFound, share.EntityOrganizationalUnit, "ou-ab12-12345678", ""), "UnknownResourceException", "OrganizationalUnit ou-ab12-12345678 could not be found."},
		{"CreateResourceShare", e(share.ErrNotFound, share.EntityPermission, "arn:aws:ram::aws:permission/X", ""), "UnknownResourceException", "Permission arn:aws:ram::aws:permission/X could not be found."},
		{"DisassociateResourceShare", e(share.ErrNotFound, share.EntityAssociation, "222222222222", share.ReasonNeverAssociated), "UnknownResourceException", "222222222222 could not be found in resource share " + arn + "."},
		{"GetResourcePolicies", e(share.ErrNotFound, share.EntityResource, "arn:aws:ec2:us-east-1:111111111111:subnet/s", share.ReasonResourceNotShared), "ResourceArnNotFoundException", "The specified resource ARN arn:aws:ec2:us-east-1:111111111111:subnet/s was not found. Verify the ARN and try again."},
		{"AcceptResourceShareInvitation", &share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityResourceShareInvitation, ID: inv, Err: invitation.ErrAlreadyAccepted}, "ResourceShareInvitationAlreadyAcceptedException", "The invitation " + inv + " has already been accepted."},
		{"RejectResourceShareInvitation", &share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityResourceShareInvitation, ID: inv, Err: invitation.ErrAlreadyRejected}, "ResourceShareInvitationAlreadyRejectedException", "The invitation " + inv + " has already been rejected."},
		{"AcceptResourceShareInvitation", &share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityResourceShareInvitation, ID: inv, Err: invitation.ErrExpired}, "ResourceShareInvitationExpiredException", "The invitation " + inv + " has expired."},
		{"AcceptResourceShareInvitation", &share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityResourceShareInvitation, ID: inv, Err: invitation.ErrRevoked}, "ResourceShareInvitationExpiredException", "The invitation " + inv + " has expired."},
		{"DisassociateResourceShare", e(share.ErrInvalidTransition, share.EntityAssociation, "x", share.ReasonPropagating), "InvalidStateTransitionException", "At least one of the associations in the resource share is in ASSOCIATING status."},
		{"AssociateResourceShare", e(share.ErrInvalidTransition, share.EntityAssociation, "222222222222", share.ReasonDisassociating), "InvalidStateTransitionException", "The association of 222222222222 with the resource share is in DISASSOCIATING status."},
		{"CreateResourceShare", e(share.ErrAccessDenied, share.EntityPrincipal, "x", share.ReasonOrgSharingRequired), "OperationNotPermittedException", msgOrgOnly},
		{"DisassociateResourceShare", e(share.ErrAccessDenied, share.EntityPrincipal, "x", share.ReasonLeaveThroughOrg), "OperationNotPermittedException", "You can't leave a resource share that was shared with you through your organization."},
		{"DisassociateResourceShare", e(share.ErrAccessDenied, share.EntityResource, "x", share.ReasonLeaveUnsupported), "OperationNotPermittedException", "The resource share contains resource types that don't support leaving a resource share."},
		{"UpdateResourceShare", e(share.ErrInvalidArgument, share.EntityResourceShare, "bad", share.ReasonMalformedARN), "MalformedArnException", "The specified resource share ARN is not valid. Verify the ARN and try again."},
		{"AcceptResourceShareInvitation", e(share.ErrInvalidArgument, share.EntityResourceShareInvitation, "bad", share.ReasonMalformedARN), "MalformedArnException", "The specified resource share invitation ARN is not valid. Verify the ARN and try again."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityPermission, "bad", share.ReasonMalformedARN), "MalformedArnException", "The specified permission ARN is not valid. Verify the ARN and try again."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityResource, "bad", share.ReasonMalformedARN), "MalformedArnException", "The specified resource ARN bad is not valid. Verify the ARN and try again."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityResource, "x", share.ReasonUnshareableType), "MalformedArnException", "You cannot share the selected resource type."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityPrincipal, "p", share.ReasonMalformedPrincipal), "InvalidParameterException", "Principal ID p is malformed. Verify the ID and try again."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityPermission, "pa", share.ReasonNotAttachable), "InvalidParameterException", "The permission pa can't be attached."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityPermission, "pa", share.ReasonPermissionNotApplies), "InvalidParameterException", "The permission pa does not apply to any resource type in the resource share."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityPermission, "pa", share.ReasonPermissionPerType), "InvalidParameterException", "You can associate only one permission with each resource type."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntitySource, "s", share.ReasonMalformedSource), "InvalidParameterException", "Source s is malformed. Verify the ID and try again."},
		{"TagResource", e(share.ErrInvalidArgument, share.EntityTag, "", share.ReasonTagMissingKey), "InvalidParameterException", "Missing required parameter: key."},
		{"TagResource", e(share.ErrInvalidArgument, share.EntityTag, "k", share.ReasonTagMissingValue), "InvalidParameterException", "Missing required parameter: value."},
		{"TagResource", e(share.ErrInvalidArgument, share.EntityTag, "k", share.ReasonTagTooLong), "InvalidParameterException", "The tag key or value is too long."},
		{"TagResource", e(share.ErrInvalidArgument, share.EntityTag, "aws:k", share.ReasonTagReserved), "TagPolicyViolationException", "The tag key aws:k is a reserved word and can't be used."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityResource, "x", share.ReasonOrgOnlyType), "InvalidParameterException", msgOrgOnly},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityPrincipal, "222222222222", share.ReasonNotInYourOrg), "InvalidParameterException", "Principal 222222222222 is not in your AWS organization. You do not have permission to add external AWS accounts to a resource share."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityPrincipal, "x", share.ReasonIAMNotSupported), "InvalidParameterException", "The resource share contains resource types that can't be shared with IAM roles and users."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityResource, "x", share.ReasonGlobalRegion), "InvalidParameterException", "Global resources can be shared only from the US East (N. Virginia) Region (us-east-1)."},
		{"CreateResourceShare", e(share.ErrInvalidArgument, share.EntityResourceShare, "", share.ReasonNameEmpty), "InvalidParameterException", "Missing required parameter: name."},
		{"UpdateResourceShare", e(share.ErrInvalidArgument, share.EntityResourceShare, arn, share.ReasonNothingToUpdate), "MissingRequiredParameterException", "Specify at least one of name or allowExternalPrincipals."},
		{"AssociateResourceShare", e(share.ErrInvalidArgument, share.EntityResourceShare, arn, share.ReasonNothingToAssociate), "InvalidParameterException", "Specify at least one of resourceArns, principals or sources."},
		{"DisassociateResourceShare", e(share.ErrInvalidArgument, share.EntitySource, "", share.ReasonSourceMustRemain), "InvalidParameterException", "At least one source must remain when service principals are present."},
		{"DisassociateResourceShare", e(share.ErrInvalidArgument, share.EntityPrincipal, "x", share.ReasonLeaveOwnAccountOnly), "InvalidParameterException", "You can only remove your own account from a resource share that is shared with you."},
		{"EnableSharingWithAwsOrganization", e(share.ErrNotInOrganization, share.EntityAccount, "1", ""), "OperationNotPermittedException", msgEnableDenied},
		{"EnableSharingWithAwsOrganization", e(share.ErrAccessDenied, share.EntityAccount, "1", ""), "OperationNotPermittedException", msgEnableDenied},
		{"EnableSharingWithAwsOrganization", e(share.ErrInvalidTransition, share.EntityOrganization, "o", share.ReasonNotAllFeatures), "OperationNotPermittedException", "Unable to enable sharing with AWS Organizations. Your organization does not have all features enabled."},
		// Permissions (ram.md Part B).
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityPermission, "bad name", share.ReasonPermissionName), "InvalidParameterException", "The permission name bad name is not valid."},
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityResource, "s3:Bucket", share.ReasonUnknownResourceType), "InvalidParameterException", "Invalid resource type: s3:Bucket"},
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityResource, "ec2:Subnet", share.ReasonNoCustomerPermissions), "InvalidParameterException", "The resource type ec2:Subnet doesn't support customer managed permissions."},
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityPermission, share.RAMTemplateNotObject, share.ReasonMalformedTemplate), "MalformedPolicyTemplateException", "The policy template is not valid: the template must be a JSON object."},
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityPermission, share.RAMTemplateResourceOrPrincipal, share.ReasonMalformedTemplate), "MalformedPolicyTemplateException", "The policy template is not valid: the template must not contain Resource or Principal."},
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityPermission, share.RAMTemplateUnknownKey+"Sid", share.ReasonMalformedTemplate), "MalformedPolicyTemplateException", "The policy template is not valid: the element Sid is not allowed."},
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityPermission, share.RAMTemplateEffect, share.ReasonMalformedTemplate), "MalformedPolicyTemplateException", "The policy template is not valid: Effect must be Allow."},
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityPermission, share.RAMTemplateAction, share.ReasonMalformedTemplate), "MalformedPolicyTemplateException", "The policy template is not valid: Action must be an action or a non-empty list of actions."},
		{"CreatePermission", e(share.ErrInvalidArgument, share.EntityPermission, share.RAMTemplateCondition, share.ReasonMalformedTemplate), "MalformedPolicyTemplateException", "The policy template is not valid: Condition must be a JSON object."},
		{"CreatePermission", withDetail(e(share.ErrInvalidArgument, share.EntityPermission, "ec2:X", share.ReasonActionNotSupported), share.RAMErrorDetail{Action: "ec2:X", ResourceType: "codebuild:Project"}), "InvalidPolicyException", "The action ec2:X is not supported by resource type codebuild:Project."},
		{"CreatePermission", e(share.ErrAlreadyExists, share.EntityPermission, "Read", ""), "PermissionAlreadyExistsException", "A permission with the name Read already exists in this Region."},
		{"CreatePermission", &share.Error{Kind: share.ErrLimitExceeded, Entity: share.EntityPermission, Reason: share.ReasonQuotaPermissions, Limit: 10}, "PermissionLimitExceededException", "The request would exceed the limit of 10 customer managed permissions."},
		{"CreatePermissionVersion", &share.Error{Kind: share.ErrLimitExceeded, Entity: share.EntityPermission, ID: perm, Reason: share.ReasonQuotaPermissionVersions, Limit: 5}, "PermissionVersionsLimitExceededException", "The permission " + perm + " already has the maximum of 5 versions."},
		{"CreatePermissionVersion", e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonAWSManagedVersion), "InvalidParameterException", "You can't create versions of an AWS managed permission."},
		{"GetPermission", withDetail(e(share.ErrNotFound, share.EntityPermission, perm, share.ReasonVersionNotFound), share.RAMErrorDetail{Version: 3}), "UnknownResourceException", "Permission " + perm + " version 3 could not be found."},
		{"DeletePermission", e(share.ErrAccessDenied, share.EntityPermission, perm, share.ReasonAWSManagedDelete), "OperationNotPermittedException", "You can't delete an AWS managed permission."},
		{"DeletePermission", e(share.ErrAccessDenied, share.EntityPermission, perm, share.ReasonPermissionInUse), "OperationNotPermittedException", "The permission " + perm + " is associated with one or more resource shares."},
		{"DeletePermissionVersion", withDetail(e(share.ErrAccessDenied, share.EntityPermission, perm, share.ReasonVersionInUse), share.RAMErrorDetail{Version: 2}), "OperationNotPermittedException", "Version 2 of permission " + perm + " is associated with one or more resource shares."},
		{"DeletePermissionVersion", withDetail(e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonVersionMissing), share.RAMErrorDetail{Version: 4}), "InvalidParameterException", "Version 4 of permission " + perm + " does not exist."},
		{"DeletePermissionVersion", e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonDeleteDefaultVersion), "InvalidParameterException", "You can't delete the default version of a permission."},
		{"DeletePermissionVersion", e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonDeleteOnlyVersion), "InvalidParameterException", "You can't delete the only version of a permission."},
		{"SetDefaultPermissionVersion", e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonAWSManagedDefault), "InvalidParameterException", "You can't change the default version of an AWS managed permission."},
		{"TagResource", e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonAWSManagedTag), "InvalidParameterException", "You can't tag an AWS managed permission."},
		{"TagResource", e(share.ErrNotFound, share.EntityPermission, perm, ""), "ResourceArnNotFoundException", "The specified resource ARN " + perm + " was not found. Verify the ARN and try again."},
		{"UntagResource", e(share.ErrNotFound, share.EntityPermission, perm, ""), "UnknownResourceException", "Permission " + perm + " could not be found."},
		{"AssociateResourceSharePermission", e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonOnlyDefaultVersion), "InvalidParameterException", "You can specify only the default version of the permission."},
		{"AssociateResourceSharePermission", withDetail(e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonTypeHasPermission), share.RAMErrorDetail{ResourceType: "glue:Table"}), "InvalidParameterException", "The resource share already has a permission for resource type glue:Table. Set replace to true to replace it."},
		{"AssociateResourceSharePermission", e(share.ErrAccessDenied, share.EntityResourceShare, arn, share.ReasonCreatedFromPolicy), "OperationNotPermittedException", "You can't modify a resource share that was created from a resource-based policy. Promote it first."},
		{"DisassociateResourceSharePermission", e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonPermissionNotAttached), "InvalidParameterException", "The permission " + perm + " is not associated with the resource share."},
		{"DisassociateResourceSharePermission", withDetail(e(share.ErrInvalidTransition, share.EntityPermission, perm, share.ReasonTypeStillShared), share.RAMErrorDetail{ResourceType: "glue:Table"}), "InvalidStateTransitionException", "You can't remove the permission for resource type glue:Table while the resource share contains resources of that type."},
		{"ReplacePermissionAssociations", withDetail(e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonDifferentTypes), share.RAMErrorDetail{Other: "to"}), "InvalidParameterException", "The permissions " + perm + " and to apply to different resource types."},
		{"PromotePermissionCreatedFromPolicy", e(share.ErrInvalidArgument, share.EntityPermission, perm, share.ReasonNotFromPolicy), "InvalidParameterException", "The permission " + perm + " was not created from a policy."},
		{"PromoteResourceShareCreatedFromPolicy", e(share.ErrInvalidTransition, share.EntityResourceShare, arn, share.ReasonShareNotFromPolicy), "InvalidStateTransitionException", "The resource share " + arn + " is not a CREATED_FROM_POLICY resource share."},
		{"PromoteResourceShareCreatedFromPolicy", e(share.ErrInvalidArgument, share.EntityResourceShare, arn, share.ReasonUnmatchedPolicy), "UnmatchedPolicyPermissionException", "No managed permission matches the permission of resource share " + arn + "."},
		{"ListPendingInvitationResources", e(share.ErrInvalidArgument, share.EntityResourceShareInvitation, inv, share.ReasonInvitationNotPending), "InvalidParameterException", "The invitation " + inv + " is not pending."},
		// Anything else is a bug, reported as the service's internal error.
		{"CreateResourceShare", errors.New("boom"), "ServerInternalException", "Internal error"},
		{"CreateResourceShare", e(share.ErrConflict, "", "", ""), "ServerInternalException", "Internal error"},
		{"CreateResourceShare", e(share.ErrInvalidArgument, "", "", "unknown-reason"), "ServerInternalException", "Internal error"},
	}
	for _, tc := range cases {
		got := toException(tc.op, tc.err, arn)
		var ex interface {
			ErrorCode() string
			ErrorMessage() string
			HTTPStatusCode() int
		}
		if !assert.True(t, errors.As(got, &ex), "%v", tc.err) {
			continue
		}
		assert.Equal(t, tc.code, ex.ErrorCode(), "%s: %v", tc.op, tc.err)
		assert.Equal(t, tc.msg, ex.ErrorMessage(), "%s: %v", tc.op, tc.err)
		want := 400
		switch tc.code {
		case "ServerInternalException":
			want = 500
		case "PermissionAlreadyExistsException":
			want = 409
		}
		assert.Equal(t, want, ex.HTTPStatusCode())
	}
}

// TestNilInputs: a nil input means an empty one, which every operation
// answers with an AWS exception or a success, never a panic.
func TestNilInputs(t *testing.T) {
	c := New(share.NewStore(nil), "111111111111", "us-east-1")
	ctx := context.Background()
	calls := map[string]func() error{
		"CreateResourceShare":          func() error { _, err := c.CreateResourceShare(ctx, nil); return err },
		"UpdateResourceShare":          func() error { _, err := c.UpdateResourceShare(ctx, nil); return err },
		"DeleteResourceShare":          func() error { _, err := c.DeleteResourceShare(ctx, nil); return err },
		"GetResourceShares":            func() error { _, err := c.GetResourceShares(ctx, nil); return err },
		"AssociateResourceShare":       func() error { _, err := c.AssociateResourceShare(ctx, nil); return err },
		"DisassociateResourceShare":    func() error { _, err := c.DisassociateResourceShare(ctx, nil); return err },
		"GetResourceShareAssociations": func() error { _, err := c.GetResourceShareAssociations(ctx, nil); return err },
		"AcceptResourceShareInvitation": func() error {
			_, err := c.AcceptResourceShareInvitation(ctx, nil)
			return err
		},
		"RejectResourceShareInvitation": func() error {
			_, err := c.RejectResourceShareInvitation(ctx, nil)
			return err
		},
		"EnableSharingWithAwsOrganization": func() error { _, err := c.EnableSharingWithAwsOrganization(ctx, nil); return err },
		"ListPrincipals":                   func() error { _, err := c.ListPrincipals(ctx, nil); return err },
		"ListResources":                    func() error { _, err := c.ListResources(ctx, nil); return err },
		"GetResourcePolicies":              func() error { _, err := c.GetResourcePolicies(ctx, nil); return err },
		"TagResource":                      func() error { _, err := c.TagResource(ctx, nil); return err },
		"UntagResource":                    func() error { _, err := c.UntagResource(ctx, nil); return err },
	}
	for op, call := range map[string]func() error{
		"AssociateResourceSharePermission": func() error { _, err := c.AssociateResourceSharePermission(ctx, nil); return err },
		"DisassociateResourceSharePermission": func() error {
			_, err := c.DisassociateResourceSharePermission(ctx, nil)
			return err
		},
		"ListResourceSharePermissions":          func() error { _, err := c.ListResourceSharePermissions(ctx, nil); return err },
		"GetPermission":                         func() error { _, err := c.GetPermission(ctx, nil); return err },
		"CreatePermission":                      func() error { _, err := c.CreatePermission(ctx, nil); return err },
		"CreatePermissionVersion":               func() error { _, err := c.CreatePermissionVersion(ctx, nil); return err },
		"DeletePermission":                      func() error { _, err := c.DeletePermission(ctx, nil); return err },
		"DeletePermissionVersion":               func() error { _, err := c.DeletePermissionVersion(ctx, nil); return err },
		"ListPermissionVersions":                func() error { _, err := c.ListPermissionVersions(ctx, nil); return err },
		"SetDefaultPermissionVersion":           func() error { _, err := c.SetDefaultPermissionVersion(ctx, nil); return err },
		"ReplacePermissionAssociations":         func() error { _, err := c.ReplacePermissionAssociations(ctx, nil); return err },
		"ListPendingInvitationResources":        func() error { _, err := c.ListPendingInvitationResources(ctx, nil); return err },
		"PromotePermissionCreatedFromPolicy":    func() error { _, err := c.PromotePermissionCreatedFromPolicy(ctx, nil); return err },
		"PromoteResourceShareCreatedFromPolicy": func() error { _, err := c.PromoteResourceShareCreatedFromPolicy(ctx, nil); return err },
	} {
		calls[op] = call
	}
	for op, call := range calls {
		err := call()
		var ex interface{ ErrorCode() string }
		if assert.True(t, errors.As(err, &ex), "%s: %v", op, err) {
			assert.NotEqual(t, "ServerInternalException", ex.ErrorCode(), op)
		}
	}
	out, err := c.GetResourceShareInvitations(ctx, nil)
	assert.NoError(t, err)
	assert.NotNil(t, out.ResourceShareInvitations, "top-level lists are never nil")
	lp, err := c.ListPermissions(ctx, nil)
	assert.NoError(t, err)
	assert.NotEmpty(t, lp.Permissions)
	lrt, err := c.ListResourceTypes(ctx, nil)
	assert.NoError(t, err)
	assert.NotEmpty(t, lrt.ResourceTypes)
	lpa, err := c.ListPermissionAssociations(ctx, nil)
	assert.NoError(t, err)
	assert.NotNil(t, lpa.Permissions, "top-level lists are never nil")
	lw, err := c.ListReplacePermissionAssociationsWork(ctx, nil)
	assert.NoError(t, err)
	assert.NotNil(t, lw.ReplacePermissionAssociationsWorks, "top-level lists are never nil")
	ls, err := c.ListSourceAssociations(ctx, nil)
	assert.NoError(t, err)
	assert.NotNil(t, ls.SourceAssociations, "top-level lists are never nil")
}

func withDetail(e *share.Error, d share.RAMErrorDetail) *share.Error {
	e.Err = &d
	return e
}

// TestOnlyModeled: an exception an operation does not model is replaced as
// ram.md §C.16 says, keeping its message.
func TestOnlyModeled(t *testing.T) {
	msg := ptr("m")
	cases := []struct {
		op   string
		in   error
		code string
	}{
		{"AssociateResourceSharePermission", &types.IdempotentParameterMismatchException{Message: msg}, "InvalidClientTokenException"},
		{"DisassociateResourceSharePermission", &types.IdempotentParameterMismatchException{Message: msg}, "InvalidClientTokenException"},
		{"PromotePermissionCreatedFromPolicy", &types.InvalidClientTokenException{Message: msg}, "InvalidParameterException"},
		{"PromotePermissionCreatedFromPolicy", &types.IdempotentParameterMismatchException{Message: msg}, "InvalidParameterException"},
		{"PromotePermissionCreatedFromPolicy", &types.PermissionAlreadyExistsException{Message: msg}, "InvalidParameterException"},
		{"CreatePermission", &types.TagPolicyViolationException{Message: msg}, "InvalidParameterException"},
		{"CreatePermission", &types.TagLimitExceededException{Message: msg}, "InvalidParameterException"},
		{"CreatePermission", &types.PermissionAlreadyExistsException{Message: msg}, "PermissionAlreadyExistsException"},
		{"ListPendingInvitationResources", &types.ResourceShareInvitationExpiredException{Message: msg}, "ResourceShareInvitationExpiredException"},
		{"GetResourceShares", &types.TagPolicyViolationException{Message: msg}, "InvalidParameterException"},
		{"UntagResource", &types.TagPolicyViolationException{Message: msg}, "InvalidParameterException"},
		{"ListPendingInvitationResources", &types.ResourceShareInvitationAlreadyAcceptedException{Message: msg}, "InvalidParameterException"},
		{"GetResourceShares", &types.ServerInternalException{Message: msg}, "ServerInternalException"},
	}
	for _, tc := range cases {
		var ex interface {
			ErrorCode() string
			ErrorMessage() string
		}
		if assert.True(t, errors.As(onlyModeled(tc.op, tc.in), &ex)) {
			assert.Equal(t, tc.code, ex.ErrorCode(), "%s %T", tc.op, tc.in)
			assert.Equal(t, "m", ex.ErrorMessage())
		}
	}
	// Operations that do not model InvalidParameterException answer a bad
	// request with their own exception and message.
	for _, tc := range []struct{ op, code, msg string }{
		{"AcceptResourceShareInvitation", "MalformedArnException", "The specified resource share invitation ARN is not valid. Verify the ARN and try again."},
		{"RejectResourceShareInvitation", "MalformedArnException", "The specified resource share invitation ARN is not valid. Verify the ARN and try again."},
		{"DeletePermission", "MalformedArnException", "The specified permission ARN is not valid. Verify the ARN and try again."},
		{"EnableSharingWithAwsOrganization", "OperationNotPermittedException", "m"},
	} {
		var ex interface {
			ErrorCode() string
			ErrorMessage() string
		}
		if assert.True(t, errors.As(onlyModeled(tc.op, &types.InvalidParameterException{Message: msg}), &ex)) {
			assert.Equal(t, tc.code, ex.ErrorCode(), tc.op)
			assert.Equal(t, tc.msg, ex.ErrorMessage(), tc.op)
		}
	}
}

// TestModeledTable: the table of modeled exceptions has exactly one entry
// per operation of the client, and every name in it is an exception of
// package types.
func TestModeledTable(t *testing.T) {
	ct := reflect.TypeOf(&Client{})
	assert.Len(t, modeled, ct.NumMethod())
	for i := 0; i < ct.NumMethod(); i++ {
		assert.Contains(t, modeled, ct.Method(i).Name)
	}
	codes := map[string]bool{}
	for _, ex := range allExceptions(ptr("m")) {
		codes[strings.TrimSuffix(ex.ErrorCode(), "Exception")] = true
	}
	for op, list := range modeled {
		for _, code := range list {
			assert.True(t, codes[code], "%s: %s is no exception of package types", op, code)
		}
	}
}

// TestEveryOperationAnswersOnlyModeledExceptions: whatever exception an
// operation's validation or domain produces, the client returns one its
// model declares (ram.md §C.16), keeping the message where the exception is
// only renamed.
func TestEveryOperationAnswersOnlyModeledExceptions(t *testing.T) {
	for op, list := range modeled {
		for _, ex := range allExceptions(ptr("m")) {
			var got interface {
				ErrorCode() string
				ErrorMessage() string
			}
			if !assert.True(t, errors.As(onlyModeled(op, ex), &got)) {
				continue
			}
			code := strings.TrimSuffix(got.ErrorCode(), "Exception")
			assert.Contains(t, list, code, "%s turned %s into %s", op, ex.ErrorCode(), got.ErrorCode())
			if slices.Contains(list, strings.TrimSuffix(ex.ErrorCode(), "Exception")) {
				assert.Equal(t, ex.ErrorCode(), got.ErrorCode(), "%s models %s: kept", op, ex.ErrorCode())
			}
		}
	}
	assert.NoError(t, onlyModeled("GetResourceShares", nil))
}

func allExceptions(msg *string) []interface {
	error
	ErrorCode() string
	ErrorMessage() string
} {
	return []interface {
		error
		ErrorCode() string
		ErrorMessage() string
	}{
		&types.IdempotentParameterMismatchException{Message: msg},
		&types.InvalidClientTokenException{Message: msg},
		&types.InvalidMaxResultsException{Message: msg},
		&types.InvalidNextTokenException{Message: msg},
		&types.InvalidParameterException{Message: msg},
		&types.InvalidPolicyException{Message: msg},
		&types.InvalidResourceTypeException{Message: msg},
		&types.InvalidStateTransitionException{Message: msg},
		&types.MalformedArnException{Message: msg},
		&types.MalformedPolicyTemplateException{Message: msg},
		&types.MissingRequiredParameterException{Message: msg},
		&types.OperationNotPermittedException{Message: msg},
		&types.PermissionAlreadyExistsException{Message: msg},
		&types.PermissionLimitExceededException{Message: msg},
		&types.PermissionVersionsLimitExceededException{Message: msg},
		&types.ResourceArnNotFoundException{Message: msg},
		&types.ResourceShareInvitationAlreadyAcceptedException{Message: msg},
		&types.ResourceShareInvitationAlreadyRejectedException{Message: msg},
		&types.ResourceShareInvitationArnNotFoundException{Message: msg},
		&types.ResourceShareInvitationExpiredException{Message: msg},
		&types.ResourceShareLimitExceededException{Message: msg},
		&types.ServerInternalException{Message: msg},
		&types.ServiceUnavailableException{Message: msg},
		&types.TagLimitExceededException{Message: msg},
		&types.TagPolicyViolationException{Message: msg},
		&types.ThrottlingException{Message: msg},
		&types.UnknownResourceException{Message: msg},
		&types.UnmatchedPolicyPermissionException{Message: msg},
	}
}

// TestRequiredMembers: an input that omits, or leaves empty, a member the
// model marks required gets the exception ram.md P2 names for the operation
// (with §C.16's substitutions), whatever the other members hold.
func TestRequiredMembers(t *testing.T) {
	required := map[string][]string{
		"AcceptResourceShareInvitation":         {"resourceShareInvitationArn"},
		"AssociateResourceShare":                {"resourceShareArn"},
		"AssociateResourceSharePermission":      {"resourceShareArn", "permissionArn"},
		"CreatePermission":                      {"name", "resourceType", "policyTemplate"},
		"CreatePermissionVersion":               {"permissionArn", "policyTemplate"},
		"CreateResourceShare":                   {"name"},
		"DeletePermission":                      {"permissionArn"},
		"DeletePermissionVersion":               {"permissionArn", "permissionVersion"},
		"DeleteResourceShare":                   {"resourceShareArn"},
		"DisassociateResourceShare":             {"resourceShareArn"},
		"DisassociateResourceSharePermission":   {"resourceShareArn", "permissionArn"},
		"GetPermission":                         {"permissionArn"},
		"GetResourcePolicies":                   {"resourceArns"},
		"GetResourceShareAssociations":          {"associationType"},
		"GetResourceShares":                     {"resourceOwner"},
		"ListPendingInvitationResources":        {"resourceShareInvitationArn"},
		"ListPermissionVersions":                {"permissionArn"},
		"ListPrincipals":                        {"resourceOwner"},
		"ListResourceSharePermissions":          {"resourceShareArn"},
		"ListResources":                         {"resourceOwner"},
		"PromotePermissionCreatedFromPolicy":    {"permissionArn", "name"},
		"PromoteResourceShareCreatedFromPolicy": {"resourceShareArn"},
		"RejectResourceShareInvitation":         {"resourceShareInvitationArn"},
		"ReplacePermissionAssociations":         {"fromPermissionArn", "toPermissionArn"},
		"SetDefaultPermissionVersion":           {"permissionArn", "permissionVersion"},
		"TagResource":                           {"tags"},
		"UntagResource":                         {"tagKeys"},
		"UpdateResourceShare":                   {"resourceShareArn"},
	}
	present := map[string]any{
		"permissionVersion": 1, "resourceArns": []string{"x"}, "tags": []map[string]string{{"key": "k", "value": "v"}},
		"tagKeys": []string{"k"}, "resourceOwner": "SELF", "associationType": "PRINCIPAL",
	}
	c := New(share.NewStore(nil), "111111111111", "us-east-1")
	cv := reflect.ValueOf(c)
	for op, members := range required {
		m := cv.MethodByName(op)
		for _, missingMember := range members {
			for _, empty := range []bool{false, true} {
				body := map[string]any{}
				for _, other := range members {
					v, ok := present[other]
					if !ok {
						v = "x"
					}
					if other == missingMember {
						if _, isString := v.(string); !empty || !isString {
							continue
						}
						v = ""
					}
					body[other] = v
				}
				if op == "TagResource" || op == "UntagResource" {
					body["resourceShareArn"] = "arn:aws:ram:us-east-1:111111111111:resource-share/x"
				}
				in := reflect.New(m.Type().In(1).Elem())
				raw, _ := json.Marshal(body)
				if err := json.Unmarshal(raw, in.Interface()); err != nil {
					t.Fatal(err)
				}
				res := m.Call([]reflect.Value{reflect.ValueOf(context.Background()), in})
				var ex interface {
					ErrorCode() string
					ErrorMessage() string
				}
				err, _ := res[1].Interface().(error)
				if !assert.True(t, errors.As(err, &ex), "%s without %s (%s): %v", op, missingMember, raw, err) {
					continue
				}
				code, msg := "InvalidParameterException", "Missing required parameter: "+missingMember+"."
				switch op {
				case "AcceptResourceShareInvitation", "RejectResourceShareInvitation":
					code, msg = "MalformedArnException", "The specified resource share invitation ARN is not valid. Verify the ARN and try again."
				case "DeletePermission":
					code, msg = "MalformedArnException", "The specified permission ARN is not valid. Verify the ARN and try again."
				case "UpdateResourceShare", "ListPendingInvitationResources", "PromotePermissionCreatedFromPolicy", "PromoteResourceShareCreatedFromPolicy":
					code = "MissingRequiredParameterException"
				case "GetResourceShareAssociations":
					msg = " is not a valid association type. Specify either PRINCIPAL or RESOURCE and try again."
				}
				assert.Equal(t, code, ex.ErrorCode(), "%s without %s (%s)", op, missingMember, raw)
				assert.Equal(t, msg, ex.ErrorMessage(), "%s without %s (%s)", op, missingMember, raw)
			}
		}
	}
}

// TestClientTokenTellsAnEmptyListFromNone: an explicit empty list is another
// request than one without the member (ram.md §C.12), in process, where the
// client sends the input as it is.
func TestClientTokenTellsAnEmptyListFromNone(t *testing.T) {
	ctx := context.Background()
	c := New(share.NewStore(nil), "111111111111", "us-east-1")
	_, err := c.CreateResourceShare(ctx, &CreateResourceShareInput{Name: ptr("a"), ClientToken: ptr("k")})
	require.NoError(t, err)
	_, err = c.CreateResourceShare(ctx, &CreateResourceShareInput{Name: ptr("a"), ClientToken: ptr("k")})
	require.NoError(t, err, "the same request replays")
	_, err = c.CreateResourceShare(ctx, &CreateResourceShareInput{Name: ptr("a"), Principals: []string{}, ClientToken: ptr("k")})
	var mismatch *types.IdempotentParameterMismatchException
	require.ErrorAs(t, err, &mismatch)
}
