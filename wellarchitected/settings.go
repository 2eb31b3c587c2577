package wellarchitected

import (
	"context"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// GetGlobalSettingsInput is the input of [Client.GetGlobalSettings].
type GetGlobalSettingsInput struct{}

// GetGlobalSettingsOutput is the output of [Client.GetGlobalSettings].
// JiraConfiguration is always nil: sharesim has no Jira integration.
type GetGlobalSettingsOutput struct {
	OrganizationSharingStatus  types.OrganizationSharingStatus       `json:"OrganizationSharingStatus,omitempty"`
	DiscoveryIntegrationStatus types.DiscoveryIntegrationStatus      `json:"DiscoveryIntegrationStatus,omitempty"`
	JiraConfiguration          *types.AccountJiraConfigurationOutput `json:"JiraConfiguration,omitempty"`
}

func status[T ~string](on bool) T {
	if on {
		return "ENABLED"
	}
	return "DISABLED"
}

// GetGlobalSettings returns whether the caller's organization shares through
// Well-Architected, and the caller's discovery integration status.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetGlobalSettings.html
func (c *Client) GetGlobalSettings(ctx context.Context, in *GetGlobalSettingsInput) (_ *GetGlobalSettingsOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("GetGlobalSettings"); err != nil {
		return nil, err
	}
	g := c.store.WAGetGlobalSettings(c.caller)
	return &GetGlobalSettingsOutput{
		OrganizationSharingStatus:  status[types.OrganizationSharingStatus](g.OrganizationSharing),
		DiscoveryIntegrationStatus: status[types.DiscoveryIntegrationStatus](g.DiscoveryIntegration),
	}, nil
}

// UpdateGlobalSettingsInput is the input of [Client.UpdateGlobalSettings].
// JiraConfiguration is checked against the model, then ignored.
type UpdateGlobalSettingsInput struct {
	OrganizationSharingStatus  types.OrganizationSharingStatus      `json:"OrganizationSharingStatus,omitempty"`
	DiscoveryIntegrationStatus types.DiscoveryIntegrationStatus     `json:"DiscoveryIntegrationStatus,omitempty"`
	JiraConfiguration          *types.AccountJiraConfigurationInput `json:"JiraConfiguration,omitempty"`
}

// UpdateGlobalSettingsOutput is the output of [Client.UpdateGlobalSettings].
type UpdateGlobalSettingsOutput struct{}

// UpdateGlobalSettings turns organization sharing on or off (management
// account only) and sets the discovery integration status.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateGlobalSettings.html
func (c *Client) UpdateGlobalSettings(ctx context.Context, in *UpdateGlobalSettingsInput) (_ *UpdateGlobalSettingsOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("UpdateGlobalSettings"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	enum(v, "OrganizationSharingStatus", in.OrganizationSharingStatus, types.OrganizationSharingStatus("").Values())
	enum(v, "DiscoveryIntegrationStatus", in.DiscoveryIntegrationStatus, types.DiscoveryIntegrationStatus("").Values())
	if j := in.JiraConfiguration; j != nil {
		enum(v, "JiraConfiguration.IssueManagementStatus", j.IssueManagementStatus, types.AccountJiraIssueManagementStatus("").Values())
		enum(v, "JiraConfiguration.IssueManagementType", j.IssueManagementType, types.IssueManagementType("").Values())
		v.length("JiraConfiguration.JiraProjectKey", j.JiraProjectKey, 1, 100)
		v.pattern("JiraConfiguration.JiraProjectKey", j.JiraProjectKey, jiraProjectKeyRE)
		enum(v, "JiraConfiguration.IntegrationStatus", j.IntegrationStatus, types.IntegrationStatusInput("").Values())
	}
	if err := v.err(); err != nil {
		return nil, err
	}
	var u share.WAGlobalSettingsUpdate
	if in.OrganizationSharingStatus != "" {
		u.OrganizationSharing = ptr(in.OrganizationSharingStatus == types.OrganizationSharingStatusEnabled)
	}
	if in.DiscoveryIntegrationStatus != "" {
		u.DiscoveryIntegration = ptr(in.DiscoveryIntegrationStatus == types.DiscoveryIntegrationStatusEnabled)
	}
	if err := c.store.WAUpdateGlobalSettings(c.caller, u); err != nil {
		return nil, apiError(err)
	}
	return &UpdateGlobalSettingsOutput{}, nil
}
