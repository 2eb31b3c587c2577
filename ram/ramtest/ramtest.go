// Package ramtest is the conformance suite of the RAM facade: scenarios that
// act as an owner, then as a recipient, and assert both views, written once
// and run against every front door (the in-process client, the wire
// protocol, real aws-sdk-go-v2 clients).
//
// A front door provides a [HarnessMaker]; [Run] runs every scenario against
// fresh harnesses. Scenarios arrange organizations only through
// [sharetest.World], move time only with Advance, and assert errors only
// through the ErrorCode, ErrorMessage and HTTPStatusCode methods.
package ramtest

import (
	"context"
	"testing"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// API is the method set of *ram.Client: the 35 RAM operations.
type API interface {
	CreateResourceShare(context.Context, *ram.CreateResourceShareInput) (*ram.CreateResourceShareOutput, error)
	UpdateResourceShare(context.Context, *ram.UpdateResourceShareInput) (*ram.UpdateResourceShareOutput, error)
	DeleteResourceShare(context.Context, *ram.DeleteResourceShareInput) (*ram.DeleteResourceShareOutput, error)
	GetResourceShares(context.Context, *ram.GetResourceSharesInput) (*ram.GetResourceSharesOutput, error)
	AssociateResourceShare(context.Context, *ram.AssociateResourceShareInput) (*ram.AssociateResourceShareOutput, error)
	DisassociateResourceShare(context.Context, *ram.DisassociateResourceShareInput) (*ram.DisassociateResourceShareOutput, error)
	GetResourceShareAssociations(context.Context, *ram.GetResourceShareAssociationsInput) (*ram.GetResourceShareAssociationsOutput, error)
	GetResourceShareInvitations(context.Context, *ram.GetResourceShareInvitationsInput) (*ram.GetResourceShareInvitationsOutput, error)
	AcceptResourceShareInvitation(context.Context, *ram.AcceptResourceShareInvitationInput) (*ram.AcceptResourceShareInvitationOutput, error)
	RejectResourceShareInvitation(context.Context, *ram.RejectResourceShareInvitationInput) (*ram.RejectResourceShareInvitationOutput, error)
	EnableSharingWithAwsOrganization(context.Context, *ram.EnableSharingWithAwsOrganizationInput) (*ram.EnableSharingWithAwsOrganizationOutput, error)
	ListPrincipals(context.Context, *ram.ListPrincipalsInput) (*ram.ListPrincipalsOutput, error)
	ListResources(context.Context, *ram.ListResourcesInput) (*ram.ListResourcesOutput, error)
	GetResourcePolicies(context.Context, *ram.GetResourcePoliciesInput) (*ram.GetResourcePoliciesOutput, error)
	TagResource(context.Context, *ram.TagResourceInput) (*ram.TagResourceOutput, error)
	UntagResource(context.Context, *ram.UntagResourceInput) (*ram.UntagResourceOutput, error)

	AssociateResourceSharePermission(context.Context, *ram.AssociateResourceSharePermissionInput) (*ram.AssociateResourceSharePermissionOutput, error)
	DisassociateResourceSharePermission(context.Context, *ram.DisassociateResourceSharePermissionInput) (*ram.DisassociateResourceSharePermissionOutput, error)
	ListResourceSharePermissions(context.Context, *ram.ListResourceSharePermissionsInput) (*ram.ListResourceSharePermissionsOutput, error)
	ListPermissions(context.Context, *ram.ListPermissionsInput) (*ram.ListPermissionsOutput, error)
	GetPermission(context.Context, *ram.GetPermissionInput) (*ram.GetPermissionOutput, error)
	CreatePermission(context.Context, *ram.CreatePermissionInput) (*ram.CreatePermissionOutput, error)
	CreatePermissionVersion(context.Context, *ram.CreatePermissionVersionInput) (*ram.CreatePermissionVersionOutput, error)
	DeletePermission(context.Context, *ram.DeletePermissionInput) (*ram.DeletePermissionOutput, error)
	DeletePermissionVersion(context.Context, *ram.DeletePermissionVersionInput) (*ram.DeletePermissionVersionOutput, error)
	ListPermissionVersions(context.Context, *ram.ListPermissionVersionsInput) (*ram.ListPermissionVersionsOutput, error)
	SetDefaultPermissionVersion(context.Context, *ram.SetDefaultPermissionVersionInput) (*ram.SetDefaultPermissionVersionOutput, error)
	ListPermissionAssociations(context.Context, *ram.ListPermissionAssociationsInput) (*ram.ListPermissionAssociationsOutput, error)
	ReplacePermissionAssociations(context.Context, *ram.ReplacePermissionAssociationsInput) (*ram.ReplacePermissionAssociationsOutput, error)
	ListReplacePermissionAssociationsWork(context.Context, *ram.ListReplacePermissionAssociationsWorkInput) (*ram.ListReplacePermissionAssociationsWorkOutput, error)
	ListResourceTypes(context.Context, *ram.ListResourceTypesInput) (*ram.ListResourceTypesOutput, error)
	ListPendingInvitationResources(context.Context, *ram.ListPendingInvitationResourcesInput) (*ram.ListPendingInvitationResourcesOutput, error)
	ListSourceAssociations(context.Context, *ram.ListSourceAssociationsInput) (*ram.ListSourceAssociationsOutput, error)
	PromotePermissionCreatedFromPolicy(context.Context, *ram.PromotePermissionCreatedFromPolicyInput) (*ram.PromotePermissionCreatedFromPolicyOutput, error)
	PromoteResourceShareCreatedFromPolicy(context.Context, *ram.PromoteResourceShareCreatedFromPolicyInput) (*ram.PromoteResourceShareCreatedFromPolicyOutput, error)
}

var _ API = (*ram.Client)(nil)

// Harness is one fresh world behind a front door.
type Harness interface {
	sharetest.World
	// Client returns an API acting as account in region.
	Client(account, region string) API
}

// RequiredMemberChecker is an optional capability of a harness whose clients
// refuse, before sending, a request that lacks a member the model marks
// required, as real aws-sdk-go-v2 clients do. For such harnesses the
// scenarios that omit a required member only check that the call fails; the
// server's answer is covered by the other front doors.
type RequiredMemberChecker interface {
	ChecksRequiredMembers() bool
}

// PolicyShareSeeder is an optional capability of a harness that can plant
// what a resource service creates when a resource-based policy is attached
// outside RAM: a CREATED_FROM_POLICY share owned by account in region, with
// the given resources and principals, and per resource type a
// CREATED_FROM_POLICY permission with the given policy template (see
// share.Store.SeedRAMShareCreatedFromPolicy). The promotion scenarios need
// it; without it they check only the refusals that need no such share.
type PolicyShareSeeder interface {
	SeedShareCreatedFromPolicy(t *testing.T, account, region, name string, resourceARNs, principals []string, template string) (shareARN string, permissionARNs []string)
}

// HarnessMaker builds a fresh, empty world configured with opts (nil means
// defaults). The world's clock starts at [sharetest.Start].
type HarnessMaker func(t *testing.T, opts *share.Options) Harness

// Run runs every scenario against worlds made by mk.
func Run(t *testing.T, mk HarnessMaker) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) { sc.run(t, mk) })
	}
}

type scenario struct {
	name string
	run  func(t *testing.T, mk HarnessMaker)
}

var scenarios []scenario

func add(name string, run func(t *testing.T, mk HarnessMaker)) {
	scenarios = append(scenarios, scenario{name, run})
}
