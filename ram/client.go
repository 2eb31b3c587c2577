// Package ram is the AWS Resource Access Manager (RAM) facade: a client whose
// methods mirror the aws-sdk-go-v2 ram client, backed by a sharesim world.
//
// Build one with [New], or through sharesim.World.RAM. A client acts as one
// account in one region; RAM state is regional.
//
// # Operations
//
// All 35 operations of the current model. Shares: CreateResourceShare,
// UpdateResourceShare, DeleteResourceShare, GetResourceShares,
// AssociateResourceShare, DisassociateResourceShare,
// GetResourceShareAssociations, GetResourceShareInvitations,
// AcceptResourceShareInvitation, RejectResourceShareInvitation,
// EnableSharingWithAwsOrganization, ListPrincipals, ListResources,
// GetResourcePolicies, TagResource and UntagResource. Permissions:
// ListPermissions, GetPermission, CreatePermission, CreatePermissionVersion,
// DeletePermission, DeletePermissionVersion, ListPermissionVersions,
// SetDefaultPermissionVersion, ListResourceSharePermissions,
// AssociateResourceSharePermission, DisassociateResourceSharePermission,
// ListPermissionAssociations, ReplacePermissionAssociations,
// ListReplacePermissionAssociationsWork and
// PromotePermissionCreatedFromPolicy. Registry and sources:
// ListResourceTypes, ListPendingInvitationResources, ListSourceAssociations
// and PromoteResourceShareCreatedFromPolicy. Inputs and outputs carry every
// member of the current model; shapes, enums and exceptions are in package
// [types].
//
// A share gets, per resource type, the default AWS-managed permission
// unless one is named; the attached permission version's actions (and its
// template's Condition) make the policies GetResourcePolicies returns.
// Customer-managed permissions are regional, owned by the account that
// creates them, versioned (up to five versions) and limited per account and
// per resource type. Shares and permissions created from resource-based
// policies (CREATED_FROM_POLICY) exist only when embedding code seeds them
// with share.Store.SeedRAMShareCreatedFromPolicy.
//
// # Behaviour
//
// The owner's view (SELF) and the recipient's (OTHER-ACCOUNTS) are kept
// apart. External accounts, and organization members while organization
// sharing is off, get an invitation that only they can see; it expires on the
// world's clock after 7 days or 12 hours depending on the resource types.
// Organization and OU principals reach every account beneath them, including
// accounts that join later. Associations settle after the world's
// propagation delay (zero by default: the next call sees them settled); a
// deleted share reads DELETED for two hours and is then purged.
//
// Resources are not modeled: any well-formed ARN of a registered type in the
// caller's account and region can be shared, and any other ends as a FAILED
// association; share.RAMOptions.Resolver lets embedding code decide.
//
// # Errors
//
// Every error is one of the exceptions in [types], with the code, message and
// HTTP status AWS uses, checked in AWS's validation order. A failed call
// changes nothing.
//
// All methods are safe for concurrent use.
package ram

import "github.com/sharesim/sharesim/share"

// Client calls AWS Resource Access Manager (RAM) as one account in one region.
type Client struct {
	store  *share.Store
	caller share.Caller
}

// New returns a client acting as account in region against store.
func New(store *share.Store, account, region string) *Client {
	return &Client{store: store, caller: share.Caller{Account: account, Region: region}}
}
