// Package types holds the shapes, enums and exceptions of the AWS
// Organizations facade. Names, fields and JSON member names mirror the
// aws-sdk-go-v2 organizations/types package and the service model.
package types

import "time"

// OrganizationFeatureSet is an organization's feature set.
type OrganizationFeatureSet string

// The feature sets.
const (
	OrganizationFeatureSetAll                 OrganizationFeatureSet = "ALL"
	OrganizationFeatureSetConsolidatedBilling OrganizationFeatureSet = "CONSOLIDATED_BILLING"
)

// AccountJoinedMethod is how an account joined.
type AccountJoinedMethod string

// The ways an account joins.
const (
	AccountJoinedMethodInvited AccountJoinedMethod = "INVITED"
	AccountJoinedMethodCreated AccountJoinedMethod = "CREATED"
)

// AccountStatus is an account's status; sharesim always reports ACTIVE.
type AccountStatus string

// AccountStatusActive is the only status sharesim produces.
const AccountStatusActive AccountStatus = "ACTIVE"

// AccountState is an account's state; sharesim always reports ACTIVE.
type AccountState string

// AccountStateActive is the only state sharesim produces.
const AccountStateActive AccountState = "ACTIVE"

// CreateAccountState is the progress of a CreateAccount request.
type CreateAccountState string

// The CreateAccount states.
const (
	CreateAccountStateInProgress CreateAccountState = "IN_PROGRESS"
	CreateAccountStateSucceeded  CreateAccountState = "SUCCEEDED"
	CreateAccountStateFailed     CreateAccountState = "FAILED"
)

// CreateAccountFailureReason says why a CreateAccount request failed.
type CreateAccountFailureReason string

// CreateAccountFailureReasonEmailAlreadyExists is the failure sharesim produces.
const CreateAccountFailureReasonEmailAlreadyExists CreateAccountFailureReason = "EMAIL_ALREADY_EXISTS"

// IAMUserAccessToBilling is the CreateAccount billing-access choice.
type IAMUserAccessToBilling string

// The billing-access choices.
const (
	IAMUserAccessToBillingAllow IAMUserAccessToBilling = "ALLOW"
	IAMUserAccessToBillingDeny  IAMUserAccessToBilling = "DENY"
)

// ParentType is the kind of a parent.
type ParentType string

// The parent kinds.
const (
	ParentTypeRoot               ParentType = "ROOT"
	ParentTypeOrganizationalUnit ParentType = "ORGANIZATIONAL_UNIT"
)

// ChildType is the kind of a child.
type ChildType string

// The child kinds.
const (
	ChildTypeAccount            ChildType = "ACCOUNT"
	ChildTypeOrganizationalUnit ChildType = "ORGANIZATIONAL_UNIT"
)

// PolicyType is a kind of organization policy.
type PolicyType string

// PolicyTypeServiceControlPolicy is the policy type an all-features
// organization has available.
const PolicyTypeServiceControlPolicy PolicyType = "SERVICE_CONTROL_POLICY"

// PolicyTypeStatus is whether a policy type is enabled.
type PolicyTypeStatus string

// PolicyTypeStatusEnabled means the policy type is enabled.
const PolicyTypeStatusEnabled PolicyTypeStatus = "ENABLED"

// HandshakeState is the state of a handshake.
type HandshakeState string

// The handshake states.
const (
	HandshakeStateOpen     HandshakeState = "OPEN"
	HandshakeStateAccepted HandshakeState = "ACCEPTED"
	HandshakeStateDeclined HandshakeState = "DECLINED"
	HandshakeStateCanceled HandshakeState = "CANCELED"
	HandshakeStateExpired  HandshakeState = "EXPIRED"
)

// HandshakePartyType is the kind of a handshake party.
type HandshakePartyType string

// The handshake party kinds.
const (
	HandshakePartyTypeAccount      HandshakePartyType = "ACCOUNT"
	HandshakePartyTypeOrganization HandshakePartyType = "ORGANIZATION"
	HandshakePartyTypeEmail        HandshakePartyType = "EMAIL"
)

// HandshakeResourceType is the kind of a handshake resource.
type HandshakeResourceType string

// The handshake resource kinds sharesim reports.
const (
	HandshakeResourceTypeOrganization           HandshakeResourceType = "ORGANIZATION"
	HandshakeResourceTypeOrganizationFeatureSet HandshakeResourceType = "ORGANIZATION_FEATURE_SET"
	HandshakeResourceTypeMasterEmail            HandshakeResourceType = "MASTER_EMAIL"
	HandshakeResourceTypeMasterName             HandshakeResourceType = "MASTER_NAME"
	HandshakeResourceTypeAccount                HandshakeResourceType = "ACCOUNT"
)

// ActionType is what a handshake asks for.
type ActionType string

// The handshake actions of the model. sharesim makes invitations only; the
// others are valid in a HandshakeFilter and match nothing.
const (
	// ActionTypeInvite asks an account to join an organization.
	ActionTypeInvite ActionType = "INVITE"
	// ActionTypeInviteAccountToOrganization is ActionTypeInvite under the
	// aws-sdk-go-v2 name.
	ActionTypeInviteAccountToOrganization ActionType = ActionTypeInvite
	// ActionTypeEnableAllFeatures asks a member to agree to all features.
	ActionTypeEnableAllFeatures ActionType = "ENABLE_ALL_FEATURES"
	// ActionTypeApproveAllFeatures tells the management account that every
	// member agreed to all features.
	ActionTypeApproveAllFeatures ActionType = "APPROVE_ALL_FEATURES"
	// ActionTypeAddOrganizationsServiceLinkedRole is the model's
	// ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE.
	ActionTypeAddOrganizationsServiceLinkedRole ActionType = "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE"
	// ActionTypeTransferResponsibility asks another organization to take on
	// responsibilities such as billing.
	ActionTypeTransferResponsibility ActionType = "TRANSFER_RESPONSIBILITY"
)

// Values returns every ActionType of the model, as the SDK's enums do.
func (ActionType) Values() []ActionType {
	return []ActionType{ActionTypeInvite, ActionTypeEnableAllFeatures, ActionTypeApproveAllFeatures,
		ActionTypeAddOrganizationsServiceLinkedRole, ActionTypeTransferResponsibility}
}

// PolicyTypeSummary is a policy type and its status.
type PolicyTypeSummary struct {
	Type   PolicyType       `json:"Type,omitempty"`
	Status PolicyTypeStatus `json:"Status,omitempty"`
}

// Organization is an organization.
type Organization struct {
	Id                   *string                `json:"Id,omitempty"`
	Arn                  *string                `json:"Arn,omitempty"`
	FeatureSet           OrganizationFeatureSet `json:"FeatureSet,omitempty"`
	MasterAccountArn     *string                `json:"MasterAccountArn,omitempty"`
	MasterAccountId      *string                `json:"MasterAccountId,omitempty"`
	MasterAccountEmail   *string                `json:"MasterAccountEmail,omitempty"`
	AvailablePolicyTypes []PolicyTypeSummary    `json:"AvailablePolicyTypes"`
}

// Account is a member account.
type Account struct {
	Id              *string             `json:"Id,omitempty"`
	Arn             *string             `json:"Arn,omitempty"`
	Email           *string             `json:"Email,omitempty"`
	Name            *string             `json:"Name,omitempty"`
	Status          AccountStatus       `json:"Status,omitempty"`
	State           AccountState        `json:"State,omitempty"`
	Paths           []string            `json:"Paths,omitempty"`
	JoinedMethod    AccountJoinedMethod `json:"JoinedMethod,omitempty"`
	JoinedTimestamp *time.Time          `json:"JoinedTimestamp,omitempty"`
}

// Root is an organization's root.
type Root struct {
	Id          *string             `json:"Id,omitempty"`
	Arn         *string             `json:"Arn,omitempty"`
	Name        *string             `json:"Name,omitempty"`
	PolicyTypes []PolicyTypeSummary `json:"PolicyTypes"`
}

// OrganizationalUnit is an OU.
type OrganizationalUnit struct {
	Id   *string `json:"Id,omitempty"`
	Arn  *string `json:"Arn,omitempty"`
	Name *string `json:"Name,omitempty"`
	Path *string `json:"Path,omitempty"`
}

// CreateAccountStatus is the record of a CreateAccount request.
type CreateAccountStatus struct {
	Id                 *string                    `json:"Id,omitempty"`
	AccountName        *string                    `json:"AccountName,omitempty"`
	State              CreateAccountState         `json:"State,omitempty"`
	RequestedTimestamp *time.Time                 `json:"RequestedTimestamp,omitempty"`
	CompletedTimestamp *time.Time                 `json:"CompletedTimestamp,omitempty"`
	AccountId          *string                    `json:"AccountId,omitempty"`
	GovCloudAccountId  *string                    `json:"GovCloudAccountId,omitempty"`
	FailureReason      CreateAccountFailureReason `json:"FailureReason,omitempty"`
}

// EnabledServicePrincipal is a service with trusted access.
type EnabledServicePrincipal struct {
	ServicePrincipal *string    `json:"ServicePrincipal,omitempty"`
	DateEnabled      *time.Time `json:"DateEnabled,omitempty"`
}

// Parent is a root or OU that has children.
type Parent struct {
	Id   *string    `json:"Id,omitempty"`
	Type ParentType `json:"Type,omitempty"`
}

// Child is an account or OU under a parent.
type Child struct {
	Id   *string   `json:"Id,omitempty"`
	Type ChildType `json:"Type,omitempty"`
}

// HandshakeParty is a party to a handshake.
type HandshakeParty struct {
	Id   *string            `json:"Id,omitempty"`
	Type HandshakePartyType `json:"Type,omitempty"`
}

// HandshakeResource is something a handshake is about.
type HandshakeResource struct {
	Value     *string               `json:"Value,omitempty"`
	Type      HandshakeResourceType `json:"Type,omitempty"`
	Resources []HandshakeResource   `json:"Resources,omitempty"`
}

// Handshake is an invitation to join an organization.
type Handshake struct {
	Id                  *string             `json:"Id,omitempty"`
	Arn                 *string             `json:"Arn,omitempty"`
	Parties             []HandshakeParty    `json:"Parties,omitempty"`
	State               HandshakeState      `json:"State,omitempty"`
	RequestedTimestamp  *time.Time          `json:"RequestedTimestamp,omitempty"`
	ExpirationTimestamp *time.Time          `json:"ExpirationTimestamp,omitempty"`
	Action              ActionType          `json:"Action,omitempty"`
	Resources           []HandshakeResource `json:"Resources,omitempty"`
}

// HandshakeFilter narrows ListHandshakesForAccount and
// ListHandshakesForOrganization. At most one of its members may be set.
type HandshakeFilter struct {
	ActionType        ActionType `json:"ActionType,omitempty"`
	ParentHandshakeId *string    `json:"ParentHandshakeId,omitempty"`
}

// Tag is a key-value label.
type Tag struct {
	Key   *string `json:"Key,omitempty"`
	Value *string `json:"Value,omitempty"`
}
