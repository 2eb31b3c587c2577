package wellarchitected

import (
	"context"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// CreateWorkloadInput is the input of [Client.CreateWorkload].
// DiscoveryConfig and JiraConfiguration are stored as given.
type CreateWorkloadInput struct {
	WorkloadName        *string                               `json:"WorkloadName,omitempty"`
	Description         *string                               `json:"Description,omitempty"`
	Environment         types.WorkloadEnvironment             `json:"Environment,omitempty"`
	AccountIds          []string                              `json:"AccountIds,omitempty"`
	AwsRegions          []string                              `json:"AwsRegions,omitempty"`
	NonAwsRegions       []string                              `json:"NonAwsRegions,omitempty"`
	PillarPriorities    []string                              `json:"PillarPriorities,omitempty"`
	ArchitecturalDesign *string                               `json:"ArchitecturalDesign,omitempty"`
	ReviewOwner         *string                               `json:"ReviewOwner,omitempty"`
	IndustryType        *string                               `json:"IndustryType,omitempty"`
	Industry            *string                               `json:"Industry,omitempty"`
	Lenses              []string                              `json:"Lenses,omitempty"`
	Notes               *string                               `json:"Notes,omitempty"`
	ClientRequestToken  *string                               `json:"ClientRequestToken,omitempty"`
	Tags                map[string]string                     `json:"Tags,omitempty"`
	Applications        []string                              `json:"Applications,omitempty"`
	ProfileArns         []string                              `json:"ProfileArns,omitempty"`
	ReviewTemplateArns  []string                              `json:"ReviewTemplateArns,omitempty"`
	DiscoveryConfig     *types.WorkloadDiscoveryConfig        `json:"DiscoveryConfig,omitempty"`
	JiraConfiguration   *types.WorkloadJiraConfigurationInput `json:"JiraConfiguration,omitempty"`
}

// CreateWorkloadOutput is the output of [Client.CreateWorkload].
type CreateWorkloadOutput struct {
	WorkloadId  *string `json:"WorkloadId,omitempty"`
	WorkloadArn *string `json:"WorkloadArn,omitempty"`
}

// workloadAttrs checks the members CreateWorkload and UpdateWorkload share.
func (v *check) workloadAttrs(name, desc, arch, owner, industryType, industry, notes *string, accounts, regions, nonAWS, pillars, apps []string,
	discovery *types.WorkloadDiscoveryConfig, jira *types.WorkloadJiraConfigurationInput) {
	v.length("WorkloadName", name, 3, 100)
	v.length("Description", desc, 3, 250)
	if len(accounts) > 100 {
		v.fail("AccountIds", "must have at most 100 items")
	}
	for _, a := range accounts {
		if !accountRE.MatchString(a) {
			v.fail("AccountIds", a)
		}
	}
	if len(regions) > 50 {
		v.fail("AwsRegions", "must have at most 50 items")
	}
	for _, r := range regions {
		if utf8.RuneCountInString(r) > 100 {
			v.fail("AwsRegions", "items must be at most 100 characters")
		}
	}
	if len(nonAWS) > 5 {
		v.fail("NonAwsRegions", "must have at most 5 items")
	}
	for _, r := range nonAWS {
		if n := utf8.RuneCountInString(r); n < 3 || n > 25 {
			v.fail("NonAwsRegions", "items must be between 3 and 25 characters")
		}
	}
	for _, p := range pillars {
		if n := utf8.RuneCountInString(p); n < 1 || n > 64 {
			v.fail("PillarPriorities", "items must be between 1 and 64 characters")
		}
	}
	v.length("ArchitecturalDesign", arch, 0, 2048)
	v.pattern("ArchitecturalDesign", arch, archDesignRE)
	v.length("ReviewOwner", owner, 3, 255)
	v.length("IndustryType", industryType, 0, 100)
	v.length("Industry", industry, 0, 100)
	v.length("Notes", notes, 0, 2084)
	if len(apps) > 1 {
		v.fail("Applications", "must have at most 1 item")
	}
	for _, a := range apps {
		v.length("Applications", &a, 0, 2084)
		v.pattern("Applications", &a, applicationARNRE)
	}
	if discovery != nil {
		enum(v, "DiscoveryConfig.TrustedAdvisorIntegrationStatus", discovery.TrustedAdvisorIntegrationStatus, types.TrustedAdvisorIntegrationStatus("").Values())
		for _, d := range discovery.WorkloadResourceDefinition {
			if !slices.Contains(types.DefinitionType("").Values(), d) {
				v.fail("DiscoveryConfig.WorkloadResourceDefinition", fmt.Sprintf("must be one of %v", types.DefinitionType("").Values()))
			}
		}
	}
	if jira != nil {
		enum(v, "JiraConfiguration.IssueManagementStatus", jira.IssueManagementStatus, types.WorkloadIssueManagementStatus("").Values())
		enum(v, "JiraConfiguration.IssueManagementType", jira.IssueManagementType, types.IssueManagementType("").Values())
		v.length("JiraConfiguration.JiraProjectKey", jira.JiraProjectKey, 1, 100)
		v.pattern("JiraConfiguration.JiraProjectKey", jira.JiraProjectKey, jiraProjectKeyRE)
	}
}

// discoverySpec and jiraSpec are the domain's copies of the workload settings
// it stores as given.
func discoverySpec(d *types.WorkloadDiscoveryConfig) *share.WAWorkloadDiscovery {
	if d == nil {
		return nil
	}
	out := &share.WAWorkloadDiscovery{TrustedAdvisorIntegration: string(d.TrustedAdvisorIntegrationStatus)}
	for _, r := range d.WorkloadResourceDefinition {
		out.ResourceDefinitions = append(out.ResourceDefinitions, string(r))
	}
	return out
}

func jiraSpec(j *types.WorkloadJiraConfigurationInput) *share.WAWorkloadJira {
	if j == nil {
		return nil
	}
	return &share.WAWorkloadJira{IssueManagementStatus: string(j.IssueManagementStatus), IssueManagementType: string(j.IssueManagementType), ProjectKey: deref(j.JiraProjectKey)}
}

func discoveryShape(d *share.WAWorkloadDiscovery) *types.WorkloadDiscoveryConfig {
	if d == nil {
		return nil
	}
	out := &types.WorkloadDiscoveryConfig{TrustedAdvisorIntegrationStatus: types.TrustedAdvisorIntegrationStatus(d.TrustedAdvisorIntegration)}
	for _, r := range d.ResourceDefinitions {
		out.WorkloadResourceDefinition = append(out.WorkloadResourceDefinition, types.DefinitionType(r))
	}
	return out
}

func jiraShape(j *share.WAWorkloadJira) *types.WorkloadJiraConfigurationOutput {
	if j == nil {
		return nil
	}
	return &types.WorkloadJiraConfigurationOutput{
		IssueManagementStatus: types.WorkloadIssueManagementStatus(j.IssueManagementStatus),
		IssueManagementType:   types.IssueManagementType(j.IssueManagementType), JiraProjectKey: optString(j.ProjectKey),
	}
}

// CreateWorkload creates a workload owned by the caller.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateWorkload.html
func (c *Client) CreateWorkload(ctx context.Context, in *CreateWorkloadInput) (_ *CreateWorkloadOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("CreateWorkload"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.require("WorkloadName", in.WorkloadName != nil)
	v.require("Description", in.Description != nil)
	v.require("Environment", in.Environment != "")
	v.require("Lenses", len(in.Lenses) > 0)
	v.require("ClientRequestToken", in.ClientRequestToken != nil)
	v.require("ReviewOwner", in.ReviewOwner != nil)
	v.workloadAttrs(in.WorkloadName, in.Description, in.ArchitecturalDesign, in.ReviewOwner, in.IndustryType, in.Industry, in.Notes,
		in.AccountIds, in.AwsRegions, in.NonAwsRegions, in.PillarPriorities, in.Applications, in.DiscoveryConfig, in.JiraConfiguration)
	enum(v, "Environment", in.Environment, types.WorkloadEnvironment("").Values())
	for _, l := range in.Lenses {
		v.length("Lenses", &l, 1, 128)
	}
	v.length("ClientRequestToken", in.ClientRequestToken, 1, 2048)
	v.tags(in.Tags)
	if len(in.ProfileArns) > 1 {
		v.fail("ProfileArns", "must have at most 1 item")
	}
	for _, a := range in.ProfileArns {
		v.profileARN("ProfileArns", &a)
	}
	if len(in.ReviewTemplateArns) > 1 {
		v.fail("ReviewTemplateArns", "must have at most 1 item")
	}
	for _, a := range in.ReviewTemplateArns {
		v.templateARN("ReviewTemplateArns", &a)
	}
	if err := v.err(); err != nil {
		return nil, err
	}
	if len(in.AwsRegions) == 0 && len(in.NonAwsRegions) == 0 {
		return nil, other("Either AwsRegions or NonAwsRegions must be specified")
	}
	fp := *in
	fp.ClientRequestToken = nil
	sp := share.WAWorkloadSpec{
		Name: *in.WorkloadName, Description: *in.Description, Environment: string(in.Environment),
		AccountIDs: in.AccountIds, AWSRegions: in.AwsRegions, NonAWSRegions: in.NonAwsRegions, PillarPriorities: in.PillarPriorities,
		ArchitecturalDesign: deref(in.ArchitecturalDesign), ReviewOwner: deref(in.ReviewOwner), IndustryType: deref(in.IndustryType),
		Industry: deref(in.Industry), Notes: deref(in.Notes), Applications: in.Applications, Lenses: in.Lenses,
		ProfileARNs: in.ProfileArns, ReviewTemplateARNs: in.ReviewTemplateArns,
		Discovery: discoverySpec(in.DiscoveryConfig), Jira: jiraSpec(in.JiraConfiguration),
	}
	w, err := c.store.WACreateWorkload(c.caller, requestToken(in.ClientRequestToken, fp), sp, share.Tags(in.Tags))
	if err != nil {
		return nil, apiError(err)
	}
	return &CreateWorkloadOutput{WorkloadId: ptr(w.ID), WorkloadArn: ptr(w.ARN)}, nil
}

func workloadProfiles(arns []string) []types.WorkloadProfile {
	var out []types.WorkloadProfile
	for _, a := range arns {
		out = append(out, types.WorkloadProfile{ProfileArn: ptr(a), ProfileVersion: ptr(share.WAProfileVersion)})
	}
	return out
}

func workloadShape(w share.WAWorkload) *types.Workload {
	return &types.Workload{
		WorkloadId: ptr(w.ID), WorkloadArn: ptr(w.ARN), WorkloadName: ptr(w.Name), Description: ptr(w.Description),
		Environment: types.WorkloadEnvironment(w.Environment), UpdatedAt: timePtr(w.UpdatedAt),
		AccountIds: w.AccountIDs, AwsRegions: w.AWSRegions, NonAwsRegions: w.NonAWSRegions,
		ArchitecturalDesign: optString(w.ArchitecturalDesign), ReviewOwner: optString(w.ReviewOwner),
		IsReviewOwnerUpdateAcknowledged: ptr(w.IsReviewOwnerUpdateAcknowledged),
		IndustryType:                    optString(w.IndustryType), Industry: optString(w.Industry), Notes: optString(w.Notes),
		ImprovementStatus: types.WorkloadImprovementStatus(w.ImprovementStatus), PillarPriorities: w.PillarPriorities,
		Lenses: w.Lenses, Owner: ptr(w.Owner), ShareInvitationId: optString(w.ShareInvitationID), Tags: optTags(w.Tags),
		Applications: w.Applications, Profiles: workloadProfiles(w.ProfileARNs),
		DiscoveryConfig: discoveryShape(w.Discovery), JiraConfiguration: jiraShape(w.Jira),
	}
}

// GetWorkloadInput is the input of [Client.GetWorkload].
type GetWorkloadInput struct {
	WorkloadId *string `json:"WorkloadId,omitempty"`
}

// GetWorkloadOutput is the output of [Client.GetWorkload].
type GetWorkloadOutput struct {
	Workload *types.Workload `json:"Workload,omitempty"`
}

// GetWorkload returns a workload the caller owns or that is shared with it.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetWorkload.html
func (c *Client) GetWorkload(ctx context.Context, in *GetWorkloadInput) (_ *GetWorkloadOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("GetWorkload"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.workloadID(in.WorkloadId)
	if err := v.err(); err != nil {
		return nil, err
	}
	w, err := c.store.WAGetWorkload(c.caller, *in.WorkloadId)
	if err != nil {
		return nil, apiError(err)
	}
	return &GetWorkloadOutput{Workload: workloadShape(w)}, nil
}

// ListWorkloadsInput is the input of [Client.ListWorkloads].
type ListWorkloadsInput struct {
	WorkloadNamePrefix *string `json:"WorkloadNamePrefix,omitempty"`
	NextToken          *string `json:"NextToken,omitempty"`
	MaxResults         *int32  `json:"MaxResults,omitempty"`
}

// ListWorkloadsOutput is the output of [Client.ListWorkloads].
type ListWorkloadsOutput struct {
	WorkloadSummaries []types.WorkloadSummary `json:"WorkloadSummaries"`
	NextToken         *string                 `json:"NextToken,omitempty"`
}

// ListWorkloads lists the caller's workloads and those shared with it, most
// recently updated first.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListWorkloads.html
func (c *Client) ListWorkloads(ctx context.Context, in *ListWorkloadsInput) (_ *ListWorkloadsOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListWorkloads"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.length("WorkloadNamePrefix", in.WorkloadNamePrefix, 0, 100)
	v.maxResults(in.MaxResults)
	if err := v.err(); err != nil {
		return nil, err
	}
	ws, next, err := c.store.WAListWorkloads(c.caller, deref(in.WorkloadNamePrefix), page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListWorkloadsOutput{WorkloadSummaries: make([]types.WorkloadSummary, 0, len(ws)), NextToken: optString(next)}
	for _, w := range ws {
		out.WorkloadSummaries = append(out.WorkloadSummaries, types.WorkloadSummary{
			WorkloadId: ptr(w.ID), WorkloadArn: ptr(w.ARN), WorkloadName: ptr(w.Name), Owner: ptr(w.Owner),
			UpdatedAt: timePtr(w.UpdatedAt), Lenses: w.Lenses, ImprovementStatus: types.WorkloadImprovementStatus(w.ImprovementStatus),
			Profiles: workloadProfiles(w.ProfileARNs),
		})
	}
	return out, nil
}

// UpdateWorkloadInput is the input of [Client.UpdateWorkload].
type UpdateWorkloadInput struct {
	WorkloadId                      *string                               `json:"WorkloadId,omitempty"`
	WorkloadName                    *string                               `json:"WorkloadName,omitempty"`
	Description                     *string                               `json:"Description,omitempty"`
	Environment                     types.WorkloadEnvironment             `json:"Environment,omitempty"`
	AccountIds                      []string                              `json:"AccountIds,omitempty"`
	AwsRegions                      []string                              `json:"AwsRegions,omitempty"`
	NonAwsRegions                   []string                              `json:"NonAwsRegions,omitempty"`
	PillarPriorities                []string                              `json:"PillarPriorities,omitempty"`
	ArchitecturalDesign             *string                               `json:"ArchitecturalDesign,omitempty"`
	ReviewOwner                     *string                               `json:"ReviewOwner,omitempty"`
	IsReviewOwnerUpdateAcknowledged *bool                                 `json:"IsReviewOwnerUpdateAcknowledged,omitempty"`
	IndustryType                    *string                               `json:"IndustryType,omitempty"`
	Industry                        *string                               `json:"Industry,omitempty"`
	Notes                           *string                               `json:"Notes,omitempty"`
	ImprovementStatus               types.WorkloadImprovementStatus       `json:"ImprovementStatus,omitempty"`
	Applications                    []string                              `json:"Applications,omitempty"`
	DiscoveryConfig                 *types.WorkloadDiscoveryConfig        `json:"DiscoveryConfig,omitempty"`
	JiraConfiguration               *types.WorkloadJiraConfigurationInput `json:"JiraConfiguration,omitempty"`
}

// UpdateWorkloadOutput is the output of [Client.UpdateWorkload].
type UpdateWorkloadOutput struct {
	Workload *types.Workload `json:"Workload,omitempty"`
}

// UpdateWorkload changes the members given of a workload the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateWorkload.html
func (c *Client) UpdateWorkload(ctx context.Context, in *UpdateWorkloadInput) (_ *UpdateWorkloadOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("UpdateWorkload"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.workloadID(in.WorkloadId)
	v.workloadAttrs(in.WorkloadName, in.Description, in.ArchitecturalDesign, in.ReviewOwner, in.IndustryType, in.Industry, in.Notes,
		in.AccountIds, in.AwsRegions, in.NonAwsRegions, in.PillarPriorities, in.Applications, in.DiscoveryConfig, in.JiraConfiguration)
	enum(v, "Environment", in.Environment, types.WorkloadEnvironment("").Values())
	enum(v, "ImprovementStatus", in.ImprovementStatus, types.WorkloadImprovementStatus("").Values())
	if err := v.err(); err != nil {
		return nil, err
	}
	u := share.WAWorkloadUpdate{
		Name: in.WorkloadName, Description: in.Description, ArchitecturalDesign: in.ArchitecturalDesign,
		ReviewOwner: in.ReviewOwner, IndustryType: in.IndustryType, Industry: in.Industry, Notes: in.Notes,
		AccountIDs: in.AccountIds, AWSRegions: in.AwsRegions, NonAWSRegions: in.NonAwsRegions,
		PillarPriorities: in.PillarPriorities, Applications: in.Applications,
		IsReviewOwnerUpdateAcknowledged: in.IsReviewOwnerUpdateAcknowledged,
		Discovery:                       discoverySpec(in.DiscoveryConfig), Jira: jiraSpec(in.JiraConfiguration),
	}
	if in.Environment != "" {
		u.Environment = ptr(string(in.Environment))
	}
	if in.ImprovementStatus != "" {
		u.ImprovementStatus = ptr(string(in.ImprovementStatus))
	}
	w, err := c.store.WAUpdateWorkload(c.caller, *in.WorkloadId, u)
	if err != nil {
		return nil, apiError(err)
	}
	return &UpdateWorkloadOutput{Workload: workloadShape(w)}, nil
}

// DeleteWorkloadInput is the input of [Client.DeleteWorkload].
type DeleteWorkloadInput struct {
	WorkloadId         *string `json:"WorkloadId,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// DeleteWorkloadOutput is the output of [Client.DeleteWorkload].
type DeleteWorkloadOutput struct{}

// DeleteWorkload deletes a workload the caller owns, with its shares.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteWorkload.html
func (c *Client) DeleteWorkload(ctx context.Context, in *DeleteWorkloadInput) (_ *DeleteWorkloadOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("DeleteWorkload"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.workloadID(in.WorkloadId)
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	if err := c.store.WADeleteWorkload(c.caller, requestToken(in.ClientRequestToken, fp), *in.WorkloadId); err != nil {
		return nil, apiError(err)
	}
	return &DeleteWorkloadOutput{}, nil
}
