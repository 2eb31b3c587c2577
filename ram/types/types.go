// Package types holds the shapes, enums and exceptions of the RAM facade,
// named as in aws-sdk-go-v2's service/ram/types. Every field carries a JSON
// tag with the model's member name, which the wire layer uses.
package types

import "time"

// ResourceOwner selects whose shares a listing returns.
type ResourceOwner string

// ResourceOwner values.
const (
	ResourceOwnerSelf          ResourceOwner = "SELF"
	ResourceOwnerOtherAccounts ResourceOwner = "OTHER-ACCOUNTS"
)

// Values returns every ResourceOwner value.
func (ResourceOwner) Values() []ResourceOwner {
	return []ResourceOwner{ResourceOwnerSelf, ResourceOwnerOtherAccounts}
}

// ResourceShareStatus is the status of a resource share.
type ResourceShareStatus string

// ResourceShareStatus values.
const (
	ResourceShareStatusPending  ResourceShareStatus = "PENDING"
	ResourceShareStatusActive   ResourceShareStatus = "ACTIVE"
	ResourceShareStatusFailed   ResourceShareStatus = "FAILED"
	ResourceShareStatusDeleting ResourceShareStatus = "DELETING"
	ResourceShareStatusDeleted  ResourceShareStatus = "DELETED"
)

// Values returns every ResourceShareStatus value.
func (ResourceShareStatus) Values() []ResourceShareStatus {
	return []ResourceShareStatus{ResourceShareStatusPending, ResourceShareStatusActive, ResourceShareStatusFailed,
		ResourceShareStatusDeleting, ResourceShareStatusDeleted}
}

// ResourceShareFeatureSet says how a share was created.
type ResourceShareFeatureSet string

// ResourceShareFeatureSet values.
const (
	ResourceShareFeatureSetCreatedFromPolicy   ResourceShareFeatureSet = "CREATED_FROM_POLICY"
	ResourceShareFeatureSetPromotingToStandard ResourceShareFeatureSet = "PROMOTING_TO_STANDARD"
	ResourceShareFeatureSetStandard            ResourceShareFeatureSet = "STANDARD"
)

// ResourceShareAssociationType is what an association links to a share.
type ResourceShareAssociationType string

// ResourceShareAssociationType values.
const (
	ResourceShareAssociationTypePrincipal ResourceShareAssociationType = "PRINCIPAL"
	ResourceShareAssociationTypeResource  ResourceShareAssociationType = "RESOURCE"
	ResourceShareAssociationTypeSource    ResourceShareAssociationType = "SOURCE"
)

// Values returns every ResourceShareAssociationType value.
func (ResourceShareAssociationType) Values() []ResourceShareAssociationType {
	return []ResourceShareAssociationType{ResourceShareAssociationTypePrincipal, ResourceShareAssociationTypeResource,
		ResourceShareAssociationTypeSource}
}

// ResourceShareAssociationStatus is the status of an association.
type ResourceShareAssociationStatus string

// ResourceShareAssociationStatus values.
const (
	ResourceShareAssociationStatusAssociating    ResourceShareAssociationStatus = "ASSOCIATING"
	ResourceShareAssociationStatusAssociated     ResourceShareAssociationStatus = "ASSOCIATED"
	ResourceShareAssociationStatusFailed         ResourceShareAssociationStatus = "FAILED"
	ResourceShareAssociationStatusDisassociating ResourceShareAssociationStatus = "DISASSOCIATING"
	ResourceShareAssociationStatusDisassociated  ResourceShareAssociationStatus = "DISASSOCIATED"
	ResourceShareAssociationStatusSuspended      ResourceShareAssociationStatus = "SUSPENDED"
	ResourceShareAssociationStatusSuspending     ResourceShareAssociationStatus = "SUSPENDING"
	ResourceShareAssociationStatusRestoring      ResourceShareAssociationStatus = "RESTORING"
)

// Values returns every ResourceShareAssociationStatus value.
func (ResourceShareAssociationStatus) Values() []ResourceShareAssociationStatus {
	return []ResourceShareAssociationStatus{ResourceShareAssociationStatusAssociating, ResourceShareAssociationStatusAssociated,
		ResourceShareAssociationStatusFailed, ResourceShareAssociationStatusDisassociating, ResourceShareAssociationStatusDisassociated,
		ResourceShareAssociationStatusSuspended, ResourceShareAssociationStatusSuspending, ResourceShareAssociationStatusRestoring}
}

// ResourceShareInvitationStatus is the status of an invitation.
type ResourceShareInvitationStatus string

// ResourceShareInvitationStatus values.
const (
	ResourceShareInvitationStatusPending  ResourceShareInvitationStatus = "PENDING"
	ResourceShareInvitationStatusAccepted ResourceShareInvitationStatus = "ACCEPTED"
	ResourceShareInvitationStatusRejected ResourceShareInvitationStatus = "REJECTED"
	ResourceShareInvitationStatusExpired  ResourceShareInvitationStatus = "EXPIRED"
)

// ResourceStatus is the status of a shared resource.
type ResourceStatus string

// ResourceStatus values.
const (
	ResourceStatusAvailable                 ResourceStatus = "AVAILABLE"
	ResourceStatusZonalResourceInaccessible ResourceStatus = "ZONAL_RESOURCE_INACCESSIBLE"
	ResourceStatusLimitExceeded             ResourceStatus = "LIMIT_EXCEEDED"
	ResourceStatusUnavailable               ResourceStatus = "UNAVAILABLE"
	ResourceStatusPending                   ResourceStatus = "PENDING"
)

// ResourceRegionScope says whether a resource is regional or global.
type ResourceRegionScope string

// ResourceRegionScope values.
const (
	ResourceRegionScopeRegional ResourceRegionScope = "REGIONAL"
	ResourceRegionScopeGlobal   ResourceRegionScope = "GLOBAL"
)

// ResourceRegionScopeFilter filters ListResources by region scope.
type ResourceRegionScopeFilter string

// ResourceRegionScopeFilter values.
const (
	ResourceRegionScopeFilterAll      ResourceRegionScopeFilter = "ALL"
	ResourceRegionScopeFilterRegional ResourceRegionScopeFilter = "REGIONAL"
	ResourceRegionScopeFilterGlobal   ResourceRegionScopeFilter = "GLOBAL"
)

// Values returns every ResourceRegionScopeFilter value.
func (ResourceRegionScopeFilter) Values() []ResourceRegionScopeFilter {
	return []ResourceRegionScopeFilter{ResourceRegionScopeFilterAll, ResourceRegionScopeFilterRegional, ResourceRegionScopeFilterGlobal}
}

// Tag is a key-value label on a resource share.
type Tag struct {
	Key   *string `json:"key,omitempty"`
	Value *string `json:"value,omitempty"`
}

// TagFilter selects shares by tag key and, optionally, values.
type TagFilter struct {
	TagKey    *string  `json:"tagKey,omitempty"`
	TagValues []string `json:"tagValues,omitempty"`
}

// ResourceShareConfiguration holds a share's optional settings.
type ResourceShareConfiguration struct {
	RetainSharingOnAccountLeaveOrganization *bool `json:"retainSharingOnAccountLeaveOrganization,omitempty"`
}

// ResourceShare describes a resource share.
type ResourceShare struct {
	ResourceShareArn           *string                     `json:"resourceShareArn,omitempty"`
	Name                       *string                     `json:"name,omitempty"`
	OwningAccountId            *string                     `json:"owningAccountId,omitempty"`
	AllowExternalPrincipals    *bool                       `json:"allowExternalPrincipals,omitempty"`
	Status                     ResourceShareStatus         `json:"status,omitempty"`
	StatusMessage              *string                     `json:"statusMessage,omitempty"`
	Tags                       []Tag                       `json:"tags,omitempty"`
	CreationTime               *time.Time                  `json:"creationTime,omitempty"`
	LastUpdatedTime            *time.Time                  `json:"lastUpdatedTime,omitempty"`
	FeatureSet                 ResourceShareFeatureSet     `json:"featureSet,omitempty"`
	ResourceShareConfiguration *ResourceShareConfiguration `json:"resourceShareConfiguration,omitempty"`
}

// ResourceShareAssociation links a share with a principal, resource or
// source.
type ResourceShareAssociation struct {
	ResourceShareArn  *string                        `json:"resourceShareArn,omitempty"`
	ResourceShareName *string                        `json:"resourceShareName,omitempty"`
	AssociatedEntity  *string                        `json:"associatedEntity,omitempty"`
	AssociationType   ResourceShareAssociationType   `json:"associationType,omitempty"`
	Status            ResourceShareAssociationStatus `json:"status,omitempty"`
	StatusMessage     *string                        `json:"statusMessage,omitempty"`
	CreationTime      *time.Time                     `json:"creationTime,omitempty"`
	LastUpdatedTime   *time.Time                     `json:"lastUpdatedTime,omitempty"`
	External          *bool                          `json:"external,omitempty"`
}

// ResourceShareInvitation is an invitation to a share, seen by its receiver.
type ResourceShareInvitation struct {
	ResourceShareInvitationArn *string                       `json:"resourceShareInvitationArn,omitempty"`
	ResourceShareName          *string                       `json:"resourceShareName,omitempty"`
	ResourceShareArn           *string                       `json:"resourceShareArn,omitempty"`
	SenderAccountId            *string                       `json:"senderAccountId,omitempty"`
	ReceiverAccountId          *string                       `json:"receiverAccountId,omitempty"`
	InvitationTimestamp        *time.Time                    `json:"invitationTimestamp,omitempty"`
	Status                     ResourceShareInvitationStatus `json:"status,omitempty"`
	// Deprecated: never set; use GetResourceShareAssociations.
	ResourceShareAssociations []ResourceShareAssociation `json:"resourceShareAssociations,omitempty"`
	ReceiverArn               *string                    `json:"receiverArn,omitempty"`
}

// Principal is a ListPrincipals item.
type Principal struct {
	Id               *string    `json:"id,omitempty"`
	ResourceShareArn *string    `json:"resourceShareArn,omitempty"`
	CreationTime     *time.Time `json:"creationTime,omitempty"`
	LastUpdatedTime  *time.Time `json:"lastUpdatedTime,omitempty"`
	External         *bool      `json:"external,omitempty"`
}

// Resource is a ListResources item.
type Resource struct {
	Arn                 *string             `json:"arn,omitempty"`
	Type                *string             `json:"type,omitempty"`
	ResourceShareArn    *string             `json:"resourceShareArn,omitempty"`
	ResourceGroupArn    *string             `json:"resourceGroupArn,omitempty"`
	Status              ResourceStatus      `json:"status,omitempty"`
	StatusMessage       *string             `json:"statusMessage,omitempty"`
	CreationTime        *time.Time          `json:"creationTime,omitempty"`
	LastUpdatedTime     *time.Time          `json:"lastUpdatedTime,omitempty"`
	ResourceRegionScope ResourceRegionScope `json:"resourceRegionScope,omitempty"`
}

// PermissionType says who manages a permission.
type PermissionType string

// PermissionType values.
const (
	PermissionTypeCustomerManaged PermissionType = "CUSTOMER_MANAGED"
	PermissionTypeAwsManaged      PermissionType = "AWS_MANAGED"
)

// PermissionTypeFilter filters ListPermissions by permission type.
type PermissionTypeFilter string

// PermissionTypeFilter values.
const (
	PermissionTypeFilterAll             PermissionTypeFilter = "ALL"
	PermissionTypeFilterAwsManaged      PermissionTypeFilter = "AWS_MANAGED"
	PermissionTypeFilterCustomerManaged PermissionTypeFilter = "CUSTOMER_MANAGED"
)

// Values returns every PermissionTypeFilter value.
func (PermissionTypeFilter) Values() []PermissionTypeFilter {
	return []PermissionTypeFilter{PermissionTypeFilterAll, PermissionTypeFilterAwsManaged, PermissionTypeFilterCustomerManaged}
}

// PermissionStatus is the status of a permission.
type PermissionStatus string

// PermissionStatus values.
const (
	PermissionStatusAttachable   PermissionStatus = "ATTACHABLE"
	PermissionStatusUnattachable PermissionStatus = "UNATTACHABLE"
	PermissionStatusDeleting     PermissionStatus = "DELETING"
	PermissionStatusDeleted      PermissionStatus = "DELETED"
)

// PermissionFeatureSet says how a permission, or the share it is attached
// to, was created.
type PermissionFeatureSet string

// PermissionFeatureSet values.
const (
	PermissionFeatureSetCreatedFromPolicy   PermissionFeatureSet = "CREATED_FROM_POLICY"
	PermissionFeatureSetPromotingToStandard PermissionFeatureSet = "PROMOTING_TO_STANDARD"
	PermissionFeatureSetStandard            PermissionFeatureSet = "STANDARD"
)

// Values returns every PermissionFeatureSet value.
func (PermissionFeatureSet) Values() []PermissionFeatureSet {
	return []PermissionFeatureSet{PermissionFeatureSetCreatedFromPolicy, PermissionFeatureSetPromotingToStandard,
		PermissionFeatureSetStandard}
}

// ReplacePermissionAssociationsWorkStatus is the status of a
// ReplacePermissionAssociations work record.
type ReplacePermissionAssociationsWorkStatus string

// ReplacePermissionAssociationsWorkStatus values.
const (
	ReplacePermissionAssociationsWorkStatusInProgress ReplacePermissionAssociationsWorkStatus = "IN_PROGRESS"
	ReplacePermissionAssociationsWorkStatusCompleted  ReplacePermissionAssociationsWorkStatus = "COMPLETED"
	ReplacePermissionAssociationsWorkStatusFailed     ReplacePermissionAssociationsWorkStatus = "FAILED"
)

// Values returns every ReplacePermissionAssociationsWorkStatus value.
func (ReplacePermissionAssociationsWorkStatus) Values() []ReplacePermissionAssociationsWorkStatus {
	return []ReplacePermissionAssociationsWorkStatus{ReplacePermissionAssociationsWorkStatusInProgress,
		ReplacePermissionAssociationsWorkStatusCompleted, ReplacePermissionAssociationsWorkStatusFailed}
}

// ResourceSharePermissionSummary describes one version of a permission.
type ResourceSharePermissionSummary struct {
	Arn                   *string              `json:"arn,omitempty"`
	Version               *string              `json:"version,omitempty"`
	DefaultVersion        *bool                `json:"defaultVersion,omitempty"`
	Name                  *string              `json:"name,omitempty"`
	ResourceType          *string              `json:"resourceType,omitempty"`
	Status                *string              `json:"status,omitempty"`
	CreationTime          *time.Time           `json:"creationTime,omitempty"`
	LastUpdatedTime       *time.Time           `json:"lastUpdatedTime,omitempty"`
	IsResourceTypeDefault *bool                `json:"isResourceTypeDefault,omitempty"`
	PermissionType        PermissionType       `json:"permissionType,omitempty"`
	FeatureSet            PermissionFeatureSet `json:"featureSet,omitempty"`
	Tags                  []Tag                `json:"tags,omitempty"`
}

// ResourceSharePermissionDetail describes one version of a permission with
// its policy template.
type ResourceSharePermissionDetail struct {
	Arn                   *string              `json:"arn,omitempty"`
	Version               *string              `json:"version,omitempty"`
	DefaultVersion        *bool                `json:"defaultVersion,omitempty"`
	Name                  *string              `json:"name,omitempty"`
	ResourceType          *string              `json:"resourceType,omitempty"`
	Permission            *string              `json:"permission,omitempty"`
	CreationTime          *time.Time           `json:"creationTime,omitempty"`
	LastUpdatedTime       *time.Time           `json:"lastUpdatedTime,omitempty"`
	IsResourceTypeDefault *bool                `json:"isResourceTypeDefault,omitempty"`
	PermissionType        PermissionType       `json:"permissionType,omitempty"`
	FeatureSet            PermissionFeatureSet `json:"featureSet,omitempty"`
	Status                PermissionStatus     `json:"status,omitempty"`
	Tags                  []Tag                `json:"tags,omitempty"`
}

// AssociatedPermission is a permission attached to one of the caller's
// shares.
type AssociatedPermission struct {
	Arn               *string              `json:"arn,omitempty"`
	PermissionVersion *string              `json:"permissionVersion,omitempty"`
	DefaultVersion    *bool                `json:"defaultVersion,omitempty"`
	ResourceType      *string              `json:"resourceType,omitempty"`
	Status            *string              `json:"status,omitempty"`
	FeatureSet        PermissionFeatureSet `json:"featureSet,omitempty"`
	LastUpdatedTime   *time.Time           `json:"lastUpdatedTime,omitempty"`
	ResourceShareArn  *string              `json:"resourceShareArn,omitempty"`
}

// ReplacePermissionAssociationsWork is a record of a
// ReplacePermissionAssociations call.
type ReplacePermissionAssociationsWork struct {
	Id                    *string                                 `json:"id,omitempty"`
	FromPermissionArn     *string                                 `json:"fromPermissionArn,omitempty"`
	FromPermissionVersion *string                                 `json:"fromPermissionVersion,omitempty"`
	ToPermissionArn       *string                                 `json:"toPermissionArn,omitempty"`
	ToPermissionVersion   *string                                 `json:"toPermissionVersion,omitempty"`
	Status                ReplacePermissionAssociationsWorkStatus `json:"status,omitempty"`
	StatusMessage         *string                                 `json:"statusMessage,omitempty"`
	CreationTime          *time.Time                              `json:"creationTime,omitempty"`
	LastUpdatedTime       *time.Time                              `json:"lastUpdatedTime,omitempty"`
}

// ServiceNameAndResourceType is a shareable resource type.
type ServiceNameAndResourceType struct {
	ResourceType        *string             `json:"resourceType,omitempty"`
	ServiceName         *string             `json:"serviceName,omitempty"`
	ResourceRegionScope ResourceRegionScope `json:"resourceRegionScope,omitempty"`
}

// AssociatedSource is a source associated with one of the caller's shares.
type AssociatedSource struct {
	ResourceShareArn *string    `json:"resourceShareArn,omitempty"`
	SourceId         *string    `json:"sourceId,omitempty"`
	SourceType       *string    `json:"sourceType,omitempty"`
	Status           *string    `json:"status,omitempty"`
	LastUpdatedTime  *time.Time `json:"lastUpdatedTime,omitempty"`
	CreationTime     *time.Time `json:"creationTime,omitempty"`
	StatusMessage    *string    `json:"statusMessage,omitempty"`
}
