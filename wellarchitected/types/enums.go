// Package types holds the shapes, enums and exceptions of the Well-Architected
// Tool facade, named as in aws-sdk-go-v2's wellarchitected/types. Every field
// carries a JSON tag with the model's (PascalCase) member name, which the wire
// layer uses.
package types

// ShareStatus is the status of a share.
type ShareStatus string

// ShareStatus values.
const (
	ShareStatusAccepted    ShareStatus = "ACCEPTED"
	ShareStatusRejected    ShareStatus = "REJECTED"
	ShareStatusPending     ShareStatus = "PENDING"
	ShareStatusRevoked     ShareStatus = "REVOKED"
	ShareStatusExpired     ShareStatus = "EXPIRED"
	ShareStatusAssociating ShareStatus = "ASSOCIATING"
	ShareStatusAssociated  ShareStatus = "ASSOCIATED"
	ShareStatusFailed      ShareStatus = "FAILED"
)

// Values returns every ShareStatus value.
func (ShareStatus) Values() []ShareStatus {
	return []ShareStatus{"ACCEPTED", "REJECTED", "PENDING", "REVOKED", "EXPIRED", "ASSOCIATING", "ASSOCIATED", "FAILED"}
}

// PermissionType is the permission a workload share grants.
type PermissionType string

// PermissionType values.
const (
	PermissionTypeReadonly    PermissionType = "READONLY"
	PermissionTypeContributor PermissionType = "CONTRIBUTOR"
)

// Values returns every PermissionType value.
func (PermissionType) Values() []PermissionType { return []PermissionType{"READONLY", "CONTRIBUTOR"} }

// ShareResourceType is the kind of a shared resource.
type ShareResourceType string

// ShareResourceType values.
const (
	ShareResourceTypeWorkload ShareResourceType = "WORKLOAD"
	ShareResourceTypeLens     ShareResourceType = "LENS"
	ShareResourceTypeProfile  ShareResourceType = "PROFILE"
	ShareResourceTypeTemplate ShareResourceType = "TEMPLATE"
)

// Values returns every ShareResourceType value.
func (ShareResourceType) Values() []ShareResourceType {
	return []ShareResourceType{"WORKLOAD", "LENS", "PROFILE", "TEMPLATE"}
}

// ShareInvitationAction answers a share invitation.
type ShareInvitationAction string

// ShareInvitationAction values.
const (
	ShareInvitationActionAccept ShareInvitationAction = "ACCEPT"
	ShareInvitationActionReject ShareInvitationAction = "REJECT"
)

// Values returns every ShareInvitationAction value.
func (ShareInvitationAction) Values() []ShareInvitationAction {
	return []ShareInvitationAction{"ACCEPT", "REJECT"}
}

// LensType says whose a lens is.
type LensType string

// LensType values.
const (
	LensTypeAwsOfficial  LensType = "AWS_OFFICIAL"
	LensTypeCustomShared LensType = "CUSTOM_SHARED"
	LensTypeCustomSelf   LensType = "CUSTOM_SELF"
)

// Values returns every LensType value.
func (LensType) Values() []LensType {
	return []LensType{"AWS_OFFICIAL", "CUSTOM_SHARED", "CUSTOM_SELF"}
}

// LensStatus is the status of a lens in a summary.
type LensStatus string

// LensStatus values.
const (
	LensStatusCurrent    LensStatus = "CURRENT"
	LensStatusNotCurrent LensStatus = "NOT_CURRENT"
	LensStatusDeprecated LensStatus = "DEPRECATED"
	LensStatusDeleted    LensStatus = "DELETED"
	LensStatusUnshared   LensStatus = "UNSHARED"
)

// LensStatusType selects draft or published lens versions.
type LensStatusType string

// LensStatusType values.
const (
	LensStatusTypeAll       LensStatusType = "ALL"
	LensStatusTypeDraft     LensStatusType = "DRAFT"
	LensStatusTypePublished LensStatusType = "PUBLISHED"
)

// Values returns every LensStatusType value.
func (LensStatusType) Values() []LensStatusType { return []LensStatusType{"ALL", "DRAFT", "PUBLISHED"} }

// ImportLensStatus is the status of a lens import.
type ImportLensStatus string

// ImportLensStatus values.
const (
	ImportLensStatusInProgress ImportLensStatus = "IN_PROGRESS"
	ImportLensStatusComplete   ImportLensStatus = "COMPLETE"
	ImportLensStatusError      ImportLensStatus = "ERROR"
)

// WorkloadEnvironment is a workload's environment.
type WorkloadEnvironment string

// WorkloadEnvironment values.
const (
	WorkloadEnvironmentProduction    WorkloadEnvironment = "PRODUCTION"
	WorkloadEnvironmentPreproduction WorkloadEnvironment = "PREPRODUCTION"
)

// Values returns every WorkloadEnvironment value.
func (WorkloadEnvironment) Values() []WorkloadEnvironment {
	return []WorkloadEnvironment{"PRODUCTION", "PREPRODUCTION"}
}

// WorkloadImprovementStatus is a workload's improvement status.
type WorkloadImprovementStatus string

// WorkloadImprovementStatus values.
const (
	WorkloadImprovementStatusNotApplicable    WorkloadImprovementStatus = "NOT_APPLICABLE"
	WorkloadImprovementStatusNotStarted       WorkloadImprovementStatus = "NOT_STARTED"
	WorkloadImprovementStatusInProgress       WorkloadImprovementStatus = "IN_PROGRESS"
	WorkloadImprovementStatusComplete         WorkloadImprovementStatus = "COMPLETE"
	WorkloadImprovementStatusRiskAcknowledged WorkloadImprovementStatus = "RISK_ACKNOWLEDGED"
)

// Values returns every WorkloadImprovementStatus value.
func (WorkloadImprovementStatus) Values() []WorkloadImprovementStatus {
	return []WorkloadImprovementStatus{"NOT_APPLICABLE", "NOT_STARTED", "IN_PROGRESS", "COMPLETE", "RISK_ACKNOWLEDGED"}
}

// OrganizationSharingStatus is whether organization sharing is on.
type OrganizationSharingStatus string

// OrganizationSharingStatus values.
const (
	OrganizationSharingStatusEnabled  OrganizationSharingStatus = "ENABLED"
	OrganizationSharingStatusDisabled OrganizationSharingStatus = "DISABLED"
)

// Values returns every OrganizationSharingStatus value.
func (OrganizationSharingStatus) Values() []OrganizationSharingStatus {
	return []OrganizationSharingStatus{"ENABLED", "DISABLED"}
}

// DiscoveryIntegrationStatus is whether discovery integration is on.
type DiscoveryIntegrationStatus string

// DiscoveryIntegrationStatus values.
const (
	DiscoveryIntegrationStatusEnabled  DiscoveryIntegrationStatus = "ENABLED"
	DiscoveryIntegrationStatusDisabled DiscoveryIntegrationStatus = "DISABLED"
)

// Values returns every DiscoveryIntegrationStatus value.
func (DiscoveryIntegrationStatus) Values() []DiscoveryIntegrationStatus {
	return []DiscoveryIntegrationStatus{"ENABLED", "DISABLED"}
}

// ProfileOwnerType selects own or shared profiles.
type ProfileOwnerType string

// ProfileOwnerType values.
const (
	ProfileOwnerTypeSelf   ProfileOwnerType = "SELF"
	ProfileOwnerTypeShared ProfileOwnerType = "SHARED"
)

// Values returns every ProfileOwnerType value.
func (ProfileOwnerType) Values() []ProfileOwnerType { return []ProfileOwnerType{"SELF", "SHARED"} }

// ReviewTemplateUpdateStatus says whether a template's lenses are current.
type ReviewTemplateUpdateStatus string

// ReviewTemplateUpdateStatus values.
const (
	ReviewTemplateUpdateStatusCurrent        ReviewTemplateUpdateStatus = "CURRENT"
	ReviewTemplateUpdateStatusLensNotCurrent ReviewTemplateUpdateStatus = "LENS_NOT_CURRENT"
)

// ValidationExceptionReason says why a request is invalid.
type ValidationExceptionReason string

// ValidationExceptionReason values.
const (
	ValidationExceptionReasonUnknownOperation      ValidationExceptionReason = "UNKNOWN_OPERATION"
	ValidationExceptionReasonCannotParse           ValidationExceptionReason = "CANNOT_PARSE"
	ValidationExceptionReasonFieldValidationFailed ValidationExceptionReason = "FIELD_VALIDATION_FAILED"
	ValidationExceptionReasonOther                 ValidationExceptionReason = "OTHER"
)

// Values returns every LensStatus value.
func (LensStatus) Values() []LensStatus {
	return []LensStatus{"CURRENT", "NOT_CURRENT", "DEPRECATED", "DELETED", "UNSHARED"}
}

// Values returns every ImportLensStatus value.
func (ImportLensStatus) Values() []ImportLensStatus {
	return []ImportLensStatus{"IN_PROGRESS", "COMPLETE", "ERROR"}
}

// Values returns every ReviewTemplateUpdateStatus value.
func (ReviewTemplateUpdateStatus) Values() []ReviewTemplateUpdateStatus {
	return []ReviewTemplateUpdateStatus{"CURRENT", "LENS_NOT_CURRENT"}
}

// Values returns every ValidationExceptionReason value.
func (ValidationExceptionReason) Values() []ValidationExceptionReason {
	return []ValidationExceptionReason{"UNKNOWN_OPERATION", "CANNOT_PARSE", "FIELD_VALIDATION_FAILED", "OTHER"}
}

// TrustedAdvisorIntegrationStatus is whether Trusted Advisor checks a workload's resources.
type TrustedAdvisorIntegrationStatus string

// TrustedAdvisorIntegrationStatus values.
const (
	TrustedAdvisorIntegrationStatusEnabled  TrustedAdvisorIntegrationStatus = "ENABLED"
	TrustedAdvisorIntegrationStatusDisabled TrustedAdvisorIntegrationStatus = "DISABLED"
)

// Values returns every TrustedAdvisorIntegrationStatus value.
func (TrustedAdvisorIntegrationStatus) Values() []TrustedAdvisorIntegrationStatus {
	return []TrustedAdvisorIntegrationStatus{"ENABLED", "DISABLED"}
}

// DefinitionType is how a workload's resources are found.
type DefinitionType string

// DefinitionType values.
const (
	DefinitionTypeWorkloadMetadata DefinitionType = "WORKLOAD_METADATA"
	DefinitionTypeAppRegistry      DefinitionType = "APP_REGISTRY"
)

// Values returns every DefinitionType value.
func (DefinitionType) Values() []DefinitionType {
	return []DefinitionType{"WORKLOAD_METADATA", "APP_REGISTRY"}
}

// WorkloadIssueManagementStatus is whether a workload syncs with Jira.
type WorkloadIssueManagementStatus string

// WorkloadIssueManagementStatus values.
const (
	WorkloadIssueManagementStatusEnabled  WorkloadIssueManagementStatus = "ENABLED"
	WorkloadIssueManagementStatusDisabled WorkloadIssueManagementStatus = "DISABLED"
	WorkloadIssueManagementStatusInherit  WorkloadIssueManagementStatus = "INHERIT"
)

// Values returns every WorkloadIssueManagementStatus value.
func (WorkloadIssueManagementStatus) Values() []WorkloadIssueManagementStatus {
	return []WorkloadIssueManagementStatus{"ENABLED", "DISABLED", "INHERIT"}
}

// IssueManagementType is how improvement items reach Jira.
type IssueManagementType string

// IssueManagementType values.
const (
	IssueManagementTypeAuto   IssueManagementType = "AUTO"
	IssueManagementTypeManual IssueManagementType = "MANUAL"
)

// Values returns every IssueManagementType value.
func (IssueManagementType) Values() []IssueManagementType {
	return []IssueManagementType{"AUTO", "MANUAL"}
}

// AccountJiraIssueManagementStatus is whether an account syncs with Jira.
type AccountJiraIssueManagementStatus string

// AccountJiraIssueManagementStatus values.
const (
	AccountJiraIssueManagementStatusEnabled  AccountJiraIssueManagementStatus = "ENABLED"
	AccountJiraIssueManagementStatusDisabled AccountJiraIssueManagementStatus = "DISABLED"
)

// Values returns every AccountJiraIssueManagementStatus value.
func (AccountJiraIssueManagementStatus) Values() []AccountJiraIssueManagementStatus {
	return []AccountJiraIssueManagementStatus{"ENABLED", "DISABLED"}
}

// IntegrationStatus is whether an account's Jira integration is configured.
type IntegrationStatus string

// IntegrationStatus values.
const (
	IntegrationStatusConfigured    IntegrationStatus = "CONFIGURED"
	IntegrationStatusNotConfigured IntegrationStatus = "NOT_CONFIGURED"
)

// Values returns every IntegrationStatus value.
func (IntegrationStatus) Values() []IntegrationStatus {
	return []IntegrationStatus{"CONFIGURED", "NOT_CONFIGURED"}
}

// IntegrationStatusInput is the Jira integration status an update may set.
type IntegrationStatusInput string

// IntegrationStatusInput values.
const (
	IntegrationStatusInputNotConfigured IntegrationStatusInput = "NOT_CONFIGURED"
)

// Values returns every IntegrationStatusInput value.
func (IntegrationStatusInput) Values() []IntegrationStatusInput {
	return []IntegrationStatusInput{"NOT_CONFIGURED"}
}
