// Package types holds the Audit Manager shapes, enums and exceptions the
// auditmanager facade uses, named as in aws-sdk-go-v2's
// service/auditmanager/types. JSON tags carry the service's camelCase member
// names, so the wire layer can encode these values as they are.
package types

import "time"

// AccountStatus is whether Audit Manager is registered for an account.
type AccountStatus string

// Account statuses.
const (
	AccountStatusActive            AccountStatus = "ACTIVE"
	AccountStatusInactive          AccountStatus = "INACTIVE"
	AccountStatusPendingActivation AccountStatus = "PENDING_ACTIVATION"
)

// Values returns every account status.
func (AccountStatus) Values() []AccountStatus {
	return []AccountStatus{"ACTIVE", "INACTIVE", "PENDING_ACTIVATION"}
}

// ShareRequestStatus is where a framework share request stands.
type ShareRequestStatus string

// Share request statuses.
const (
	ShareRequestStatusActive      ShareRequestStatus = "ACTIVE"
	ShareRequestStatusReplicating ShareRequestStatus = "REPLICATING"
	ShareRequestStatusShared      ShareRequestStatus = "SHARED"
	ShareRequestStatusExpiring    ShareRequestStatus = "EXPIRING"
	ShareRequestStatusFailed      ShareRequestStatus = "FAILED"
	ShareRequestStatusExpired     ShareRequestStatus = "EXPIRED"
	ShareRequestStatusDeclined    ShareRequestStatus = "DECLINED"
	ShareRequestStatusRevoked     ShareRequestStatus = "REVOKED"
)

// Values returns every share request status.
func (ShareRequestStatus) Values() []ShareRequestStatus {
	return []ShareRequestStatus{"ACTIVE", "REPLICATING", "SHARED", "EXPIRING", "FAILED", "EXPIRED", "DECLINED", "REVOKED"}
}

// ShareRequestType is a side of a share request.
type ShareRequestType string

// Share request types.
const (
	ShareRequestTypeSent     ShareRequestType = "SENT"
	ShareRequestTypeReceived ShareRequestType = "RECEIVED"
)

// Values returns every share request type.
func (ShareRequestType) Values() []ShareRequestType { return []ShareRequestType{"SENT", "RECEIVED"} }

// ShareRequestAction is what UpdateAssessmentFrameworkShare does.
type ShareRequestAction string

// Share request actions.
const (
	ShareRequestActionAccept  ShareRequestAction = "ACCEPT"
	ShareRequestActionDecline ShareRequestAction = "DECLINE"
	ShareRequestActionRevoke  ShareRequestAction = "REVOKE"
)

// Values returns every share request action.
func (ShareRequestAction) Values() []ShareRequestAction {
	return []ShareRequestAction{"ACCEPT", "DECLINE", "REVOKE"}
}

// ControlType tells standard, custom and core controls apart.
type ControlType string

// Control types.
const (
	ControlTypeStandard ControlType = "Standard"
	ControlTypeCustom   ControlType = "Custom"
	ControlTypeCore     ControlType = "Core"
)

// Values returns every control type.
func (ControlType) Values() []ControlType { return []ControlType{"Standard", "Custom", "Core"} }

// ControlState is a control's support state.
type ControlState string

// Control states.
const (
	ControlStateActive       ControlState = "ACTIVE"
	ControlStateEndOfSupport ControlState = "END_OF_SUPPORT"
)

// Values returns every control state.
func (ControlState) Values() []ControlState { return []ControlState{"ACTIVE", "END_OF_SUPPORT"} }

// FrameworkType tells standard frameworks from custom ones.
type FrameworkType string

// Framework types.
const (
	FrameworkTypeStandard FrameworkType = "Standard"
	FrameworkTypeCustom   FrameworkType = "Custom"
)

// Values returns every framework type.
func (FrameworkType) Values() []FrameworkType { return []FrameworkType{"Standard", "Custom"} }

// SourceSetUpOption is how a mapping source collects evidence.
type SourceSetUpOption string

// Source set-up options.
const (
	SourceSetUpOptionSystemControlsMapping     SourceSetUpOption = "System_Controls_Mapping"
	SourceSetUpOptionProceduralControlsMapping SourceSetUpOption = "Procedural_Controls_Mapping"
)

// Values returns every source set-up option.
func (SourceSetUpOption) Values() []SourceSetUpOption {
	return []SourceSetUpOption{"System_Controls_Mapping", "Procedural_Controls_Mapping"}
}

// SourceType is where a mapping source's evidence comes from.
type SourceType string

// Source types.
const (
	SourceTypeAwsCloudtrail  SourceType = "AWS_Cloudtrail"
	SourceTypeAwsConfig      SourceType = "AWS_Config"
	SourceTypeAwsSecurityHub SourceType = "AWS_Security_Hub"
	SourceTypeAwsApiCall     SourceType = "AWS_API_Call"
	SourceTypeManual         SourceType = "MANUAL"
	SourceTypeCommonControl  SourceType = "Common_Control"
	SourceTypeCoreControl    SourceType = "Core_Control"
)

// Values returns every source type.
func (SourceType) Values() []SourceType {
	return []SourceType{"AWS_Cloudtrail", "AWS_Config", "AWS_Security_Hub", "AWS_API_Call", "MANUAL", "Common_Control", "Core_Control"}
}

// SourceFrequency is how often evidence is collected.
type SourceFrequency string

// Source frequencies.
const (
	SourceFrequencyDaily   SourceFrequency = "DAILY"
	SourceFrequencyWeekly  SourceFrequency = "WEEKLY"
	SourceFrequencyMonthly SourceFrequency = "MONTHLY"
)

// Values returns every source frequency.
func (SourceFrequency) Values() []SourceFrequency {
	return []SourceFrequency{"DAILY", "WEEKLY", "MONTHLY"}
}

// KeywordInputType is how a source keyword was given.
type KeywordInputType string

// Keyword input types.
const (
	KeywordInputTypeSelectFromList KeywordInputType = "SELECT_FROM_LIST"
	KeywordInputTypeUploadFile     KeywordInputType = "UPLOAD_FILE"
	KeywordInputTypeInputText      KeywordInputType = "INPUT_TEXT"
)

// Values returns every keyword input type.
func (KeywordInputType) Values() []KeywordInputType {
	return []KeywordInputType{"SELECT_FROM_LIST", "UPLOAD_FILE", "INPUT_TEXT"}
}

// ValidationExceptionReason says why a request was invalid.
type ValidationExceptionReason string

// Validation exception reasons.
const (
	ValidationExceptionReasonUnknownOperation      ValidationExceptionReason = "unknownOperation"
	ValidationExceptionReasonCannotParse           ValidationExceptionReason = "cannotParse"
	ValidationExceptionReasonFieldValidationFailed ValidationExceptionReason = "fieldValidationFailed"
	ValidationExceptionReasonOther                 ValidationExceptionReason = "other"
)

// Values returns every validation exception reason.
func (ValidationExceptionReason) Values() []ValidationExceptionReason {
	return []ValidationExceptionReason{"unknownOperation", "cannotParse", "fieldValidationFailed", "other"}
}

// AssessmentFrameworkShareRequest is a framework share request, as either
// side sees it.
type AssessmentFrameworkShareRequest struct {
	Id                    *string            `json:"id,omitempty"`
	FrameworkId           *string            `json:"frameworkId,omitempty"`
	FrameworkName         *string            `json:"frameworkName,omitempty"`
	FrameworkDescription  *string            `json:"frameworkDescription,omitempty"`
	Status                ShareRequestStatus `json:"status,omitempty"`
	SourceAccount         *string            `json:"sourceAccount,omitempty"`
	DestinationAccount    *string            `json:"destinationAccount,omitempty"`
	DestinationRegion     *string            `json:"destinationRegion,omitempty"`
	ExpirationTime        *time.Time         `json:"expirationTime,omitempty"`
	CreationTime          *time.Time         `json:"creationTime,omitempty"`
	LastUpdated           *time.Time         `json:"lastUpdated,omitempty"`
	Comment               *string            `json:"comment,omitempty"`
	StandardControlsCount *int32             `json:"standardControlsCount,omitempty"`
	CustomControlsCount   *int32             `json:"customControlsCount,omitempty"`
	ComplianceType        *string            `json:"complianceType,omitempty"`
}

// SourceKeyword is the rule a system mapping source collects evidence by.
type SourceKeyword struct {
	KeywordInputType KeywordInputType `json:"keywordInputType,omitempty"`
	KeywordValue     *string          `json:"keywordValue,omitempty"`
}

// ControlMappingSource is a control's source of evidence.
type ControlMappingSource struct {
	SourceId            *string           `json:"sourceId,omitempty"`
	SourceName          *string           `json:"sourceName,omitempty"`
	SourceDescription   *string           `json:"sourceDescription,omitempty"`
	SourceSetUpOption   SourceSetUpOption `json:"sourceSetUpOption,omitempty"`
	SourceType          SourceType        `json:"sourceType,omitempty"`
	SourceKeyword       *SourceKeyword    `json:"sourceKeyword,omitempty"`
	SourceFrequency     SourceFrequency   `json:"sourceFrequency,omitempty"`
	TroubleshootingText *string           `json:"troubleshootingText,omitempty"`
}

// CreateControlMappingSource is a mapping source given to CreateControl.
type CreateControlMappingSource struct {
	SourceName          *string           `json:"sourceName,omitempty"`
	SourceDescription   *string           `json:"sourceDescription,omitempty"`
	SourceSetUpOption   SourceSetUpOption `json:"sourceSetUpOption,omitempty"`
	SourceType          SourceType        `json:"sourceType,omitempty"`
	SourceKeyword       *SourceKeyword    `json:"sourceKeyword,omitempty"`
	SourceFrequency     SourceFrequency   `json:"sourceFrequency,omitempty"`
	TroubleshootingText *string           `json:"troubleshootingText,omitempty"`
}

// Control is a control. Framework operations return it partially, without
// mapping sources and tags.
type Control struct {
	Arn                    *string                `json:"arn,omitempty"`
	Id                     *string                `json:"id,omitempty"`
	Type                   ControlType            `json:"type,omitempty"`
	Name                   *string                `json:"name,omitempty"`
	Description            *string                `json:"description,omitempty"`
	TestingInformation     *string                `json:"testingInformation,omitempty"`
	ActionPlanTitle        *string                `json:"actionPlanTitle,omitempty"`
	ActionPlanInstructions *string                `json:"actionPlanInstructions,omitempty"`
	ControlSources         *string                `json:"controlSources,omitempty"`
	ControlMappingSources  []ControlMappingSource `json:"controlMappingSources,omitempty"`
	CreatedAt              *time.Time             `json:"createdAt,omitempty"`
	LastUpdatedAt          *time.Time             `json:"lastUpdatedAt,omitempty"`
	CreatedBy              *string                `json:"createdBy,omitempty"`
	LastUpdatedBy          *string                `json:"lastUpdatedBy,omitempty"`
	Tags                   map[string]string      `json:"tags,omitempty"`
	State                  ControlState           `json:"state,omitempty"`
}

// ControlMetadata is a control as ListControls shows it.
type ControlMetadata struct {
	Arn            *string    `json:"arn,omitempty"`
	Id             *string    `json:"id,omitempty"`
	Name           *string    `json:"name,omitempty"`
	ControlSources *string    `json:"controlSources,omitempty"`
	CreatedAt      *time.Time `json:"createdAt,omitempty"`
	LastUpdatedAt  *time.Time `json:"lastUpdatedAt,omitempty"`
}

// ControlSet is a framework's group of controls; its Id is its name.
type ControlSet struct {
	Id       *string   `json:"id,omitempty"`
	Name     *string   `json:"name,omitempty"`
	Controls []Control `json:"controls,omitempty"`
}

// Framework is an assessment framework.
type Framework struct {
	Arn            *string           `json:"arn,omitempty"`
	Id             *string           `json:"id,omitempty"`
	Name           *string           `json:"name,omitempty"`
	Type           FrameworkType     `json:"type,omitempty"`
	ComplianceType *string           `json:"complianceType,omitempty"`
	Description    *string           `json:"description,omitempty"`
	Logo           *string           `json:"logo,omitempty"`
	ControlSources *string           `json:"controlSources,omitempty"`
	ControlSets    []ControlSet      `json:"controlSets,omitempty"`
	CreatedAt      *time.Time        `json:"createdAt,omitempty"`
	LastUpdatedAt  *time.Time        `json:"lastUpdatedAt,omitempty"`
	CreatedBy      *string           `json:"createdBy,omitempty"`
	LastUpdatedBy  *string           `json:"lastUpdatedBy,omitempty"`
	Tags           map[string]string `json:"tags,omitempty"`
}

// AssessmentFrameworkMetadata is a framework as ListAssessmentFrameworks
// shows it.
type AssessmentFrameworkMetadata struct {
	Arn              *string       `json:"arn,omitempty"`
	Id               *string       `json:"id,omitempty"`
	Type             FrameworkType `json:"type,omitempty"`
	Name             *string       `json:"name,omitempty"`
	Description      *string       `json:"description,omitempty"`
	Logo             *string       `json:"logo,omitempty"`
	ComplianceType   *string       `json:"complianceType,omitempty"`
	ControlsCount    int32         `json:"controlsCount"`
	ControlSetsCount int32         `json:"controlSetsCount"`
	CreatedAt        *time.Time    `json:"createdAt,omitempty"`
	LastUpdatedAt    *time.Time    `json:"lastUpdatedAt,omitempty"`
}

// CreateAssessmentFrameworkControl names a control for a control set.
type CreateAssessmentFrameworkControl struct {
	Id *string `json:"id,omitempty"`
}

// CreateAssessmentFrameworkControlSet is a control set given to
// CreateAssessmentFramework.
type CreateAssessmentFrameworkControlSet struct {
	Name     *string                            `json:"name,omitempty"`
	Controls []CreateAssessmentFrameworkControl `json:"controls,omitempty"`
}

// UpdateAssessmentFrameworkControlSet is a control set given to
// UpdateAssessmentFramework; Id names the existing set it replaces.
type UpdateAssessmentFrameworkControlSet struct {
	Id       *string                            `json:"id,omitempty"`
	Name     *string                            `json:"name,omitempty"`
	Controls []CreateAssessmentFrameworkControl `json:"controls,omitempty"`
}

// ValidationExceptionField names an invalid member and why.
type ValidationExceptionField struct {
	Name    *string `json:"name,omitempty"`
	Message *string `json:"message,omitempty"`
}
