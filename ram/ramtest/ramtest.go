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

// API is the method set of *ram.Client: the 16 core RAM operations.
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
