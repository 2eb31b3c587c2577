package types

import "time"

// LensShareSummary is one share of a lens.
type LensShareSummary struct {
	ShareId       *string     `json:"ShareId,omitempty"`
	SharedWith    *string     `json:"SharedWith,omitempty"`
	Status        ShareStatus `json:"Status,omitempty"`
	StatusMessage *string     `json:"StatusMessage,omitempty"`
}

// WorkloadShareSummary is one share of a workload.
type WorkloadShareSummary struct {
	ShareId        *string        `json:"ShareId,omitempty"`
	SharedWith     *string        `json:"SharedWith,omitempty"`
	PermissionType PermissionType `json:"PermissionType,omitempty"`
	Status         ShareStatus    `json:"Status,omitempty"`
	StatusMessage  *string        `json:"StatusMessage,omitempty"`
}

// ProfileShareSummary is one share of a profile.
type ProfileShareSummary struct {
	ShareId       *string     `json:"ShareId,omitempty"`
	SharedWith    *string     `json:"SharedWith,omitempty"`
	Status        ShareStatus `json:"Status,omitempty"`
	StatusMessage *string     `json:"StatusMessage,omitempty"`
}

// TemplateShareSummary is one share of a review template.
type TemplateShareSummary struct {
	ShareId       *string     `json:"ShareId,omitempty"`
	SharedWith    *string     `json:"SharedWith,omitempty"`
	Status        ShareStatus `json:"Status,omitempty"`
	StatusMessage *string     `json:"StatusMessage,omitempty"`
}

// WorkloadShare is a workload share after an update.
type WorkloadShare struct {
	ShareId        *string        `json:"ShareId,omitempty"`
	SharedBy       *string        `json:"SharedBy,omitempty"`
	SharedWith     *string        `json:"SharedWith,omitempty"`
	PermissionType PermissionType `json:"PermissionType,omitempty"`
	Status         ShareStatus    `json:"Status,omitempty"`
	WorkloadName   *string        `json:"WorkloadName,omitempty"`
	WorkloadId     *string        `json:"WorkloadId,omitempty"`
}

// ShareInvitationSummary is a pending share invitation.
type ShareInvitationSummary struct {
	ShareInvitationId *string           `json:"ShareInvitationId,omitempty"`
	SharedBy          *string           `json:"SharedBy,omitempty"`
	SharedWith        *string           `json:"SharedWith,omitempty"`
	PermissionType    PermissionType    `json:"PermissionType,omitempty"`
	ShareResourceType ShareResourceType `json:"ShareResourceType,omitempty"`
	WorkloadName      *string           `json:"WorkloadName,omitempty"`
	WorkloadId        *string           `json:"WorkloadId,omitempty"`
	LensName          *string           `json:"LensName,omitempty"`
	LensArn           *string           `json:"LensArn,omitempty"`
	ProfileName       *string           `json:"ProfileName,omitempty"`
	ProfileArn        *string           `json:"ProfileArn,omitempty"`
	TemplateName      *string           `json:"TemplateName,omitempty"`
	TemplateArn       *string           `json:"TemplateArn,omitempty"`
}

// ShareInvitation is an invitation after it was answered.
type ShareInvitation struct {
	ShareInvitationId *string           `json:"ShareInvitationId,omitempty"`
	ShareResourceType ShareResourceType `json:"ShareResourceType,omitempty"`
	WorkloadId        *string           `json:"WorkloadId,omitempty"`
	LensAlias         *string           `json:"LensAlias,omitempty"`
	LensArn           *string           `json:"LensArn,omitempty"`
	ProfileArn        *string           `json:"ProfileArn,omitempty"`
	TemplateArn       *string           `json:"TemplateArn,omitempty"`
}

// Lens is a lens version.
type Lens struct {
	LensArn           *string           `json:"LensArn,omitempty"`
	LensVersion       *string           `json:"LensVersion,omitempty"`
	Name              *string           `json:"Name,omitempty"`
	Description       *string           `json:"Description,omitempty"`
	Owner             *string           `json:"Owner,omitempty"`
	ShareInvitationId *string           `json:"ShareInvitationId,omitempty"`
	Tags              map[string]string `json:"Tags,omitempty"`
}

// LensSummary is a lens in a listing.
type LensSummary struct {
	LensArn     *string    `json:"LensArn,omitempty"`
	LensAlias   *string    `json:"LensAlias,omitempty"`
	LensName    *string    `json:"LensName,omitempty"`
	LensType    LensType   `json:"LensType,omitempty"`
	Description *string    `json:"Description,omitempty"`
	CreatedAt   *time.Time `json:"CreatedAt,omitempty"`
	UpdatedAt   *time.Time `json:"UpdatedAt,omitempty"`
	LensVersion *string    `json:"LensVersion,omitempty"`
	Owner       *string    `json:"Owner,omitempty"`
	LensStatus  LensStatus `json:"LensStatus,omitempty"`
}

// WorkloadProfile is a profile applied to a workload.
type WorkloadProfile struct {
	ProfileArn     *string `json:"ProfileArn,omitempty"`
	ProfileVersion *string `json:"ProfileVersion,omitempty"`
}

// Workload is a workload.
type Workload struct {
	WorkloadId                      *string                          `json:"WorkloadId,omitempty"`
	WorkloadArn                     *string                          `json:"WorkloadArn,omitempty"`
	WorkloadName                    *string                          `json:"WorkloadName,omitempty"`
	Description                     *string                          `json:"Description,omitempty"`
	Environment                     WorkloadEnvironment              `json:"Environment,omitempty"`
	UpdatedAt                       *time.Time                       `json:"UpdatedAt,omitempty"`
	AccountIds                      []string                         `json:"AccountIds,omitempty"`
	AwsRegions                      []string                         `json:"AwsRegions,omitempty"`
	NonAwsRegions                   []string                         `json:"NonAwsRegions,omitempty"`
	ArchitecturalDesign             *string                          `json:"ArchitecturalDesign,omitempty"`
	ReviewOwner                     *string                          `json:"ReviewOwner,omitempty"`
	ReviewRestrictionDate           *time.Time                       `json:"ReviewRestrictionDate,omitempty"`
	IsReviewOwnerUpdateAcknowledged *bool                            `json:"IsReviewOwnerUpdateAcknowledged,omitempty"`
	IndustryType                    *string                          `json:"IndustryType,omitempty"`
	Industry                        *string                          `json:"Industry,omitempty"`
	Notes                           *string                          `json:"Notes,omitempty"`
	ImprovementStatus               WorkloadImprovementStatus        `json:"ImprovementStatus,omitempty"`
	RiskCounts                      map[string]int32                 `json:"RiskCounts,omitempty"`
	PillarPriorities                []string                         `json:"PillarPriorities,omitempty"`
	Lenses                          []string                         `json:"Lenses,omitempty"`
	Owner                           *string                          `json:"Owner,omitempty"`
	ShareInvitationId               *string                          `json:"ShareInvitationId,omitempty"`
	Tags                            map[string]string                `json:"Tags,omitempty"`
	DiscoveryConfig                 *WorkloadDiscoveryConfig         `json:"DiscoveryConfig,omitempty"`
	Applications                    []string                         `json:"Applications,omitempty"`
	Profiles                        []WorkloadProfile                `json:"Profiles,omitempty"`
	PrioritizedRiskCounts           map[string]int32                 `json:"PrioritizedRiskCounts,omitempty"`
	JiraConfiguration               *WorkloadJiraConfigurationOutput `json:"JiraConfiguration,omitempty"`
}

// WorkloadSummary is a workload in a listing.
type WorkloadSummary struct {
	WorkloadId            *string                   `json:"WorkloadId,omitempty"`
	WorkloadArn           *string                   `json:"WorkloadArn,omitempty"`
	WorkloadName          *string                   `json:"WorkloadName,omitempty"`
	Owner                 *string                   `json:"Owner,omitempty"`
	UpdatedAt             *time.Time                `json:"UpdatedAt,omitempty"`
	Lenses                []string                  `json:"Lenses,omitempty"`
	RiskCounts            map[string]int32          `json:"RiskCounts,omitempty"`
	ImprovementStatus     WorkloadImprovementStatus `json:"ImprovementStatus,omitempty"`
	Profiles              []WorkloadProfile         `json:"Profiles,omitempty"`
	PrioritizedRiskCounts map[string]int32          `json:"PrioritizedRiskCounts,omitempty"`
}

// ProfileQuestionUpdate is a profile's answer to a question, as given.
type ProfileQuestionUpdate struct {
	QuestionId        *string  `json:"QuestionId,omitempty"`
	SelectedChoiceIds []string `json:"SelectedChoiceIds,omitempty"`
}

// ProfileQuestion is a profile's answer to a question, as returned. sharesim
// stores no profile template, so only QuestionId and SelectedChoiceIds are
// filled in.
type ProfileQuestion struct {
	QuestionId          *string         `json:"QuestionId,omitempty"`
	QuestionTitle       *string         `json:"QuestionTitle,omitempty"`
	QuestionDescription *string         `json:"QuestionDescription,omitempty"`
	QuestionChoices     []ProfileChoice `json:"QuestionChoices,omitempty"`
	SelectedChoiceIds   []string        `json:"SelectedChoiceIds,omitempty"`
	MinSelectedChoices  *int32          `json:"MinSelectedChoices,omitempty"`
	MaxSelectedChoices  *int32          `json:"MaxSelectedChoices,omitempty"`
}

// ProfileChoice is one choice of a profile question.
type ProfileChoice struct {
	ChoiceId          *string `json:"ChoiceId,omitempty"`
	ChoiceTitle       *string `json:"ChoiceTitle,omitempty"`
	ChoiceDescription *string `json:"ChoiceDescription,omitempty"`
}

// Profile is a profile.
type Profile struct {
	ProfileArn         *string           `json:"ProfileArn,omitempty"`
	ProfileVersion     *string           `json:"ProfileVersion,omitempty"`
	ProfileName        *string           `json:"ProfileName,omitempty"`
	ProfileDescription *string           `json:"ProfileDescription,omitempty"`
	ProfileQuestions   []ProfileQuestion `json:"ProfileQuestions,omitempty"`
	Owner              *string           `json:"Owner,omitempty"`
	CreatedAt          *time.Time        `json:"CreatedAt,omitempty"`
	UpdatedAt          *time.Time        `json:"UpdatedAt,omitempty"`
	ShareInvitationId  *string           `json:"ShareInvitationId,omitempty"`
	Tags               map[string]string `json:"Tags,omitempty"`
}

// ProfileSummary is a profile in a listing.
type ProfileSummary struct {
	ProfileArn         *string    `json:"ProfileArn,omitempty"`
	ProfileVersion     *string    `json:"ProfileVersion,omitempty"`
	ProfileName        *string    `json:"ProfileName,omitempty"`
	ProfileDescription *string    `json:"ProfileDescription,omitempty"`
	Owner              *string    `json:"Owner,omitempty"`
	CreatedAt          *time.Time `json:"CreatedAt,omitempty"`
	UpdatedAt          *time.Time `json:"UpdatedAt,omitempty"`
}

// ReviewTemplate is a review template.
type ReviewTemplate struct {
	Description       *string                    `json:"Description,omitempty"`
	Lenses            []string                   `json:"Lenses,omitempty"`
	Notes             *string                    `json:"Notes,omitempty"`
	QuestionCounts    map[string]int32           `json:"QuestionCounts,omitempty"`
	Owner             *string                    `json:"Owner,omitempty"`
	UpdatedAt         *time.Time                 `json:"UpdatedAt,omitempty"`
	TemplateArn       *string                    `json:"TemplateArn,omitempty"`
	TemplateName      *string                    `json:"TemplateName,omitempty"`
	Tags              map[string]string          `json:"Tags,omitempty"`
	UpdateStatus      ReviewTemplateUpdateStatus `json:"UpdateStatus,omitempty"`
	ShareInvitationId *string                    `json:"ShareInvitationId,omitempty"`
}

// ReviewTemplateSummary is a review template in a listing.
type ReviewTemplateSummary struct {
	Description  *string                    `json:"Description,omitempty"`
	Lenses       []string                   `json:"Lenses,omitempty"`
	Owner        *string                    `json:"Owner,omitempty"`
	UpdatedAt    *time.Time                 `json:"UpdatedAt,omitempty"`
	TemplateArn  *string                    `json:"TemplateArn,omitempty"`
	TemplateName *string                    `json:"TemplateName,omitempty"`
	UpdateStatus ReviewTemplateUpdateStatus `json:"UpdateStatus,omitempty"`
}

// ValidationExceptionField names one invalid member.
type ValidationExceptionField struct {
	Name    *string `json:"Name,omitempty"`
	Message *string `json:"Message,omitempty"`
}

// WorkloadDiscoveryConfig says how a workload's resources are discovered.
type WorkloadDiscoveryConfig struct {
	TrustedAdvisorIntegrationStatus TrustedAdvisorIntegrationStatus `json:"TrustedAdvisorIntegrationStatus,omitempty"`
	WorkloadResourceDefinition      []DefinitionType                `json:"WorkloadResourceDefinition,omitempty"`
}

// WorkloadJiraConfigurationInput is a workload's Jira settings, as given.
type WorkloadJiraConfigurationInput struct {
	IssueManagementStatus WorkloadIssueManagementStatus `json:"IssueManagementStatus,omitempty"`
	IssueManagementType   IssueManagementType           `json:"IssueManagementType,omitempty"`
	JiraProjectKey        *string                       `json:"JiraProjectKey,omitempty"`
}

// WorkloadJiraConfigurationOutput is a workload's Jira settings, as returned.
type WorkloadJiraConfigurationOutput struct {
	IssueManagementStatus WorkloadIssueManagementStatus `json:"IssueManagementStatus,omitempty"`
	IssueManagementType   IssueManagementType           `json:"IssueManagementType,omitempty"`
	JiraProjectKey        *string                       `json:"JiraProjectKey,omitempty"`
	StatusMessage         *string                       `json:"StatusMessage,omitempty"`
}

// AccountJiraConfigurationInput is an account's Jira settings, as given.
type AccountJiraConfigurationInput struct {
	IssueManagementStatus AccountJiraIssueManagementStatus `json:"IssueManagementStatus,omitempty"`
	IssueManagementType   IssueManagementType              `json:"IssueManagementType,omitempty"`
	JiraProjectKey        *string                          `json:"JiraProjectKey,omitempty"`
	IntegrationStatus     IntegrationStatusInput           `json:"IntegrationStatus,omitempty"`
}

// AccountJiraConfigurationOutput is an account's Jira settings, as returned.
type AccountJiraConfigurationOutput struct {
	IntegrationStatus     IntegrationStatus                `json:"IntegrationStatus,omitempty"`
	IssueManagementStatus AccountJiraIssueManagementStatus `json:"IssueManagementStatus,omitempty"`
	IssueManagementType   IssueManagementType              `json:"IssueManagementType,omitempty"`
	Subdomain             *string                          `json:"Subdomain,omitempty"`
	JiraProjectKey        *string                          `json:"JiraProjectKey,omitempty"`
	StatusMessage         *string                          `json:"StatusMessage,omitempty"`
}
