package watest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// Scenarios pinning spec facts the first suite left open: exact messages,
// validation order, reasons, and the model members sharesim stores as given.
func init() {
	add("UnknownLensVersionIsLensNotFound", unknownLensVersion)
	add("WorkloadLensesExistBeforeTheyArePublished", workloadLensOrder)
	add("TooManyLensesIsValidation", tooManyLenses)
	add("WorkloadSettingsRoundTrip", workloadSettingsRoundTrip)
	add("WorkloadMembersValidated", workloadMembersValidated)
	add("QuotaMessagesNameTheQuota", quotaMessages)
	add("OfficialLensesAreReadOnly", officialLensesReadOnly)
	add("ProfileNamesAndVersions", profileNamesAndVersions)
	add("AnsweredInvitationConflicts", answeredInvitation)
	add("OnlyOwnerManagesTemplates", onlyOwnerManagesTemplates)
	add("ValidationReasons", validationReasons)
}

// reasonOf returns the Reason of a ValidationException, when the front door
// hands back our exception type.
func reasonOf(err error) (types.ValidationExceptionReason, bool) {
	var v *types.ValidationException
	if errorsAs(err, &v) {
		return v.Reason, true
	}
	return "", false
}

// expectReason checks the Reason of a ValidationException where it can be seen.
func expectReason(t *testing.T, err error, want types.ValidationExceptionReason) {
	t.Helper()
	if r, ok := reasonOf(err); ok {
		assert.Equal(t, want, r, "reason of %v", err)
	}
}

func workloadInput(name string, lenses ...string) *wellarchitected.CreateWorkloadInput {
	return &wellarchitected.CreateWorkloadInput{
		WorkloadName: s(name), Description: s("A workload."), Environment: types.WorkloadEnvironmentProduction,
		AwsRegions: []string{region}, ReviewOwner: s("owner@example.com"), Lenses: lenses,
		ClientRequestToken: s(fmt.Sprintf("wl-%d", tokens.Add(1))),
	}
}

func unknownLensVersion(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	_, err := own.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s("wellarchitected"), LensVersion: s("1999-01-01")})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias wellarchitected")

	arn := publishedLens(t, own, "Policy ABC")
	shareLens(t, own, arn, recipient)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)
	for _, api := range []API{own, rec} {
		_, err = api.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn), LensVersion: s("9.9")})
		expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)
		var nf *types.ResourceNotFoundException
		if errorsAs(err, &nf) {
			assert.Equal(t, "LENS", *nf.ResourceType)
			assert.Equal(t, arn, *nf.ResourceId)
		}
	}
}

func workloadLensOrder(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	draft := draftLens(t, own, "Draft only")
	foreign := publishedLens(t, h.Client(bystander, region), "Not shared")

	// An invisible lens is reported before an unpublished one, wherever it sits.
	_, err := own.CreateWorkload(ctx, workloadInput("Payments", draft, foreign))
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+foreign)
	_, err = own.CreateReviewTemplate(ctx, &wellarchitected.CreateReviewTemplateInput{TemplateName: s("Template"), Description: s("A template."),
		Lenses: []string{draft, foreign}, ClientRequestToken: s("t1")})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+foreign)

	_, err = own.CreateWorkload(ctx, workloadInput("Payments", "wellarchitected", draft))
	expectError(t, err, "ValidationException", 400, "[Validation] Lens "+draft+" is not published")
	expectReason(t, err, types.ValidationExceptionReasonFieldValidationFailed)
	_, err = own.CreateReviewTemplate(ctx, &wellarchitected.CreateReviewTemplateInput{TemplateName: s("Template"), Description: s("A template."),
		Lenses: []string{draft}, ClientRequestToken: s("t2")})
	expectError(t, err, "ValidationException", 400, "[Validation] Lens "+draft+" is not published")

	// Nothing was created.
	assert.Empty(t, workloadIDs(t, own))
	tmpls, err := own.ListReviewTemplates(ctx, &wellarchitected.ListReviewTemplatesInput{})
	require.NoError(t, err)
	assert.Empty(t, tmpls.ReviewTemplates)
}

func tooManyLenses(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{WellArchitected: share.WAOptions{MaxLensesPerWorkload: 2}})
	own := h.Client(owner, region)
	tmpl := template(t, own, "Two lenses", "wellarchitected", "serverless")

	// The template's lenses count, de-duplicated.
	in := workloadInput("Payments", "serverless")
	in.ReviewTemplateArns = []string{tmpl}
	out, err := own.CreateWorkload(ctx, in)
	require.NoError(t, err)
	got, err := own.GetWorkload(ctx, &wellarchitected.GetWorkloadInput{WorkloadId: out.WorkloadId})
	require.NoError(t, err)
	assert.Equal(t, []string{"serverless", "wellarchitected"}, got.Workload.Lenses)

	in = workloadInput("Ledger", "genai")
	in.ReviewTemplateArns = []string{tmpl}
	_, err = own.CreateWorkload(ctx, in)
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid value for Lenses: at most 2 lenses are allowed")
	expectReason(t, err, types.ValidationExceptionReasonFieldValidationFailed)
	_, err = own.CreateReviewTemplate(ctx, &wellarchitected.CreateReviewTemplateInput{TemplateName: s("Three"), Description: s("Three lenses."),
		Lenses: []string{"wellarchitected", "serverless", "genai"}, ClientRequestToken: s("three")})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid value for Lenses: at most 2 lenses are allowed")
	assert.Equal(t, []string{*out.WorkloadId}, workloadIDs(t, own))
}

func workloadSettingsRoundTrip(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	in := workloadInput("Payments", "wellarchitected")
	in.PillarPriorities = []string{"security", "reliability"}
	in.Applications = []string{"arn:aws:servicecatalog:us-east-1:111111111111:/applications/0abc123"}
	in.DiscoveryConfig = &types.WorkloadDiscoveryConfig{
		TrustedAdvisorIntegrationStatus: types.TrustedAdvisorIntegrationStatusEnabled,
		WorkloadResourceDefinition:      []types.DefinitionType{types.DefinitionTypeAppRegistry},
	}
	in.JiraConfiguration = &types.WorkloadJiraConfigurationInput{
		IssueManagementStatus: types.WorkloadIssueManagementStatusEnabled, IssueManagementType: types.IssueManagementTypeManual, JiraProjectKey: s("PAY_1"),
	}
	out, err := own.CreateWorkload(ctx, in)
	require.NoError(t, err)
	got, err := own.GetWorkload(ctx, &wellarchitected.GetWorkloadInput{WorkloadId: out.WorkloadId})
	require.NoError(t, err)
	w := got.Workload
	assert.Equal(t, in.PillarPriorities, w.PillarPriorities)
	assert.Equal(t, in.Applications, w.Applications)
	assert.Equal(t, in.DiscoveryConfig, w.DiscoveryConfig)
	require.NotNil(t, w.JiraConfiguration)
	assert.Equal(t, types.WorkloadIssueManagementStatusEnabled, w.JiraConfiguration.IssueManagementStatus)
	assert.Equal(t, types.IssueManagementTypeManual, w.JiraConfiguration.IssueManagementType)
	assert.Equal(t, "PAY_1", *w.JiraConfiguration.JiraProjectKey)
	require.NotNil(t, w.IsReviewOwnerUpdateAcknowledged)
	assert.False(t, *w.IsReviewOwnerUpdateAcknowledged)

	// UpdateWorkload sets what is given, false included, and leaves the rest.
	up, err := own.UpdateWorkload(ctx, &wellarchitected.UpdateWorkloadInput{WorkloadId: out.WorkloadId, IsReviewOwnerUpdateAcknowledged: boolPtr(true),
		DiscoveryConfig: &types.WorkloadDiscoveryConfig{TrustedAdvisorIntegrationStatus: types.TrustedAdvisorIntegrationStatusDisabled}})
	require.NoError(t, err)
	assert.True(t, *up.Workload.IsReviewOwnerUpdateAcknowledged)
	assert.Equal(t, types.TrustedAdvisorIntegrationStatusDisabled, up.Workload.DiscoveryConfig.TrustedAdvisorIntegrationStatus)
	assert.Equal(t, "PAY_1", *up.Workload.JiraConfiguration.JiraProjectKey)
	up, err = own.UpdateWorkload(ctx, &wellarchitected.UpdateWorkloadInput{WorkloadId: out.WorkloadId, IsReviewOwnerUpdateAcknowledged: boolPtr(false)})
	require.NoError(t, err)
	assert.False(t, *up.Workload.IsReviewOwnerUpdateAcknowledged)

	// A lens version published as major.
	arn := draftLens(t, own, "Major")
	v, err := own.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s(arn), LensVersion: s("2.0"), IsMajorVersion: boolPtr(true), ClientRequestToken: s("major")})
	require.NoError(t, err)
	assert.Equal(t, "2.0", *v.LensVersion)
	assert.Equal(t, arn, *v.LensArn)

	// Jira settings of the account are accepted and ignored.
	_, err = own.UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{JiraConfiguration: &types.AccountJiraConfigurationInput{
		IssueManagementStatus: types.AccountJiraIssueManagementStatusEnabled, IssueManagementType: types.IssueManagementTypeAuto, JiraProjectKey: s("PAY")}})
	require.NoError(t, err)
	g, err := own.GetGlobalSettings(ctx, &wellarchitected.GetGlobalSettingsInput{})
	require.NoError(t, err)
	assert.Nil(t, g.JiraConfiguration)
}

func boolPtr(b bool) *bool { return &b }

func workloadMembersValidated(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	cases := []struct {
		edit func(*wellarchitected.CreateWorkloadInput)
		msg  string
	}{
		{func(in *wellarchitected.CreateWorkloadInput) { in.PillarPriorities = []string{""} },
			"[Validation] Invalid value for PillarPriorities: items must be between 1 and 64 characters"},
		{func(in *wellarchitected.CreateWorkloadInput) { in.Applications = []string{"arn:aws:s3:::bucket"} },
			"[Validation] Invalid value for Applications: must match pattern arn:aws[-a-z]*:servicecatalog:[a-z]{2}(-gov)?-[a-z]+-\\d:\\d{12}:/applications/[a-z0-9]+"},
		{func(in *wellarchitected.CreateWorkloadInput) {
			in.DiscoveryConfig = &types.WorkloadDiscoveryConfig{TrustedAdvisorIntegrationStatus: "MAYBE"}
		}, "[Validation] Invalid value for DiscoveryConfig.TrustedAdvisorIntegrationStatus: must be one of [ENABLED DISABLED]"},
		{func(in *wellarchitected.CreateWorkloadInput) {
			in.DiscoveryConfig = &types.WorkloadDiscoveryConfig{WorkloadResourceDefinition: []types.DefinitionType{"TAGS"}}
		}, "[Validation] Invalid value for DiscoveryConfig.WorkloadResourceDefinition: must be one of [WORKLOAD_METADATA APP_REGISTRY]"},
		{func(in *wellarchitected.CreateWorkloadInput) {
			in.JiraConfiguration = &types.WorkloadJiraConfigurationInput{JiraProjectKey: s("pay")}
		}, "[Validation] Invalid value for JiraConfiguration.JiraProjectKey: must match pattern ^[A-Z][A-Z0-9_]*$"},
		{func(in *wellarchitected.CreateWorkloadInput) { in.AwsRegions = nil },
			"[Validation] Either AwsRegions or NonAwsRegions must be specified"},
	}
	for _, c := range cases {
		in := workloadInput("Payments", "wellarchitected")
		c.edit(in)
		_, err := own.CreateWorkload(ctx, in)
		expectError(t, err, "ValidationException", 400, c.msg)
	}
	_, err := own.UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{JiraConfiguration: &types.AccountJiraConfigurationInput{IntegrationStatus: "CONFIGURED"}})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid value for JiraConfiguration.IntegrationStatus: must be one of [NOT_CONFIGURED]")
	assert.Empty(t, workloadIDs(t, own))
}

func quotaMessages(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{WellArchitected: share.WAOptions{MaxWorkloads: 1, MaxReviewTemplates: 1, MaxVersionsPerLens: 1, MaxSharesPerProfile: 1}})
	own := h.Client(owner, region)
	workload(t, own, "Only")
	_, err := own.CreateWorkload(ctx, workloadInput("Second", "wellarchitected"))
	expectError(t, err, "ServiceQuotaExceededException", 402, "[ServiceQuotaExceeded] You have reached the limit of 1 workloads")
	if code, ok := quotaCode(err); ok {
		assert.Equal(t, "L-ACECEBBD", code)
	}

	template(t, own, "Only")
	_, err = own.CreateReviewTemplate(ctx, &wellarchitected.CreateReviewTemplateInput{TemplateName: s("Second"), Description: s("A template."),
		Lenses: []string{"wellarchitected"}, ClientRequestToken: s("second")})
	expectError(t, err, "ServiceQuotaExceededException", 402, "[ServiceQuotaExceeded] You have reached the limit of 1 review templates")
	if code, ok := quotaCode(err); ok {
		assert.Equal(t, "L-D69BFA30", code)
	}

	arn := publishedLens(t, own, "One version")
	_, err = own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("Next")), LensAlias: s(arn), ClientRequestToken: s("next")})
	require.NoError(t, err)
	_, err = own.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s(arn), LensVersion: s("2.0"), ClientRequestToken: s("v2")})
	expectError(t, err, "ServiceQuotaExceededException", 402, "[ServiceQuotaExceeded] You have reached the limit of 1 versions per lens")
	if code, ok := quotaCode(err); ok {
		assert.Equal(t, "LENS_VERSIONS", code)
	}

	prof := profile(t, own, "Profile")
	_, err = own.CreateProfileShare(ctx, &wellarchitected.CreateProfileShareInput{ProfileArn: s(prof), SharedWith: s(recipient), ClientRequestToken: s("p1")})
	require.NoError(t, err)
	_, err = own.CreateProfileShare(ctx, &wellarchitected.CreateProfileShareInput{ProfileArn: s(prof), SharedWith: s(bystander), ClientRequestToken: s("p2")})
	expectError(t, err, "ServiceQuotaExceededException", 402, "[ServiceQuotaExceeded] You have reached the limit of 1 shares per profile")
	if code, ok := quotaCode(err); ok {
		assert.Equal(t, "PROFILE_SHARES", code)
	}
}

func officialLensesReadOnly(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	for _, alias := range []string{"wellarchitected", "arn:aws:wellarchitected::aws:lens/serverless"} {
		_, err := own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("Mine")), LensAlias: s(alias), ClientRequestToken: s("i-" + alias)})
		expectError(t, err, "ValidationException", 400, "[Validation] AWS official lenses can't be imported")
		expectReason(t, err, types.ValidationExceptionReasonOther)
		_, err = own.DeleteLens(ctx, &wellarchitected.DeleteLensInput{LensAlias: s(alias), LensStatus: types.LensStatusTypeAll, ClientRequestToken: s("d-" + alias)})
		expectError(t, err, "ValidationException", 400, "[Validation] AWS official lenses can't be deleted")
		expectReason(t, err, types.ValidationExceptionReasonOther)
		_, err = own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(alias)})
		expectError(t, err, "ValidationException", 400, "[Validation] AWS official lenses can't be shared")
	}
	// The rule comes before the replay of a token already used
	// (wellarchitected.md §0).
	_, err := own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("Mine")), ClientRequestToken: s("used")})
	require.NoError(t, err)
	_, err = own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("Mine")), LensAlias: s("serverless"), ClientRequestToken: s("used")})
	expectError(t, err, "ValidationException", 400, "[Validation] AWS official lenses can't be imported")
	_, err = own.DeleteLens(ctx, &wellarchitected.DeleteLensInput{LensAlias: s("serverless"), LensStatus: types.LensStatusTypeAll, ClientRequestToken: s("used")})
	expectError(t, err, "ValidationException", 400, "[Validation] AWS official lenses can't be deleted")
	// Still there, for everyone.
	got, err := h.Client(recipient, region).GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s("serverless")})
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:wellarchitected::aws:lens/serverless", *got.Lens.LensArn)
	self, err := own.ListLenses(ctx, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomSelf})
	require.NoError(t, err)
	assert.Len(t, self.LensSummaries, 1, "a refused import creates nothing")
}

func profileNamesAndVersions(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	arn := profile(t, own, "Baseline")
	_, err := own.CreateProfile(ctx, &wellarchitected.CreateProfileInput{ProfileName: s("Baseline"), ProfileDescription: s("Again."),
		ProfileQuestions: []types.ProfileQuestionUpdate{}, ClientRequestToken: s("again")})
	expectError(t, err, "ConflictException", 409, "[Conflict] A profile with the name Baseline already exists")
	var c *types.ConflictException
	if errorsAs(err, &c) {
		assert.Equal(t, "PROFILE", *c.ResourceType)
	}
	// The name is exact: another case is another profile.
	profile(t, own, "baseline")

	got, err := own.GetProfile(ctx, &wellarchitected.GetProfileInput{ProfileArn: s(arn), ProfileVersion: s("1")})
	require.NoError(t, err)
	assert.Equal(t, "Baseline", *got.Profile.ProfileName)
	_, err = own.GetProfile(ctx, &wellarchitected.GetProfileInput{ProfileArn: s(arn), ProfileVersion: s("2")})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No profile with ARN "+arn)

	// A question's QuestionId is optional: the questions are stored as
	// given (wellarchitected.md §3.12).
	out, err := own.CreateProfile(ctx, &wellarchitected.CreateProfileInput{ProfileName: s("Loose"), ProfileDescription: s("No IDs."),
		ProfileQuestions: []types.ProfileQuestionUpdate{{SelectedChoiceIds: []string{"choice_yes"}}}, ClientRequestToken: s("loose")})
	require.NoError(t, err)
	got, err = own.GetProfile(ctx, &wellarchitected.GetProfileInput{ProfileArn: out.ProfileArn})
	require.NoError(t, err)
	require.Len(t, got.Profile.ProfileQuestions, 1)
	assert.Nil(t, got.Profile.ProfileQuestions[0].QuestionId)
	assert.Equal(t, []string{"choice_yes"}, got.Profile.ProfileQuestions[0].SelectedChoiceIds)
}

func answeredInvitation(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	id := workload(t, own, "Payments")
	_, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(recipient), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("ws")})
	require.NoError(t, err)
	inv := *onlyInvitation(t, rec).ShareInvitationId
	answer(t, rec, inv, types.ShareInvitationActionAccept)
	for _, action := range []types.ShareInvitationAction{types.ShareInvitationActionAccept, types.ShareInvitationActionReject} {
		_, err = rec.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: s(inv), ShareInvitationAction: action})
		expectError(t, err, "ConflictException", 409, "[Conflict] Share invitation "+inv+" has already been accepted")
		var c *types.ConflictException
		if errorsAs(err, &c) {
			assert.Equal(t, "SHARE_INVITATION", *c.ResourceType)
			assert.Equal(t, inv, *c.ResourceId)
		}
	}
	// The refused REJECT changed nothing: the recipient keeps access.
	assert.Equal(t, []string{id}, workloadIDs(t, rec))
	list, err := own.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: s(id)})
	require.NoError(t, err)
	require.Len(t, list.WorkloadShareSummaries, 1)
	assert.Equal(t, types.ShareStatusAccepted, list.WorkloadShareSummaries[0].Status)
}

func onlyOwnerManagesTemplates(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	arn := template(t, own, "Template")
	out, err := own.CreateTemplateShare(ctx, &wellarchitected.CreateTemplateShareInput{TemplateArn: s(arn), SharedWith: s(recipient), ClientRequestToken: s("ts")})
	require.NoError(t, err)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)

	_, err = rec.CreateTemplateShare(ctx, &wellarchitected.CreateTemplateShareInput{TemplateArn: s(arn), SharedWith: s(bystander), ClientRequestToken: s("r1")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the review template can share it")
	_, err = rec.DeleteTemplateShare(ctx, &wellarchitected.DeleteTemplateShareInput{TemplateArn: s(arn), ShareId: out.ShareId, ClientRequestToken: s("r2")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the review template can unshare it")
	_, err = rec.DeleteReviewTemplate(ctx, &wellarchitected.DeleteReviewTemplateInput{TemplateArn: s(arn), ClientRequestToken: s("r3")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the review template can delete it")

	// The recipient still sees it; a bystander is told it does not exist.
	_, err = rec.GetReviewTemplate(ctx, &wellarchitected.GetReviewTemplateInput{TemplateArn: s(arn)})
	require.NoError(t, err)
	_, err = h.Client(bystander, region).DeleteReviewTemplate(ctx, &wellarchitected.DeleteReviewTemplateInput{TemplateArn: s(arn), ClientRequestToken: s("b")})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No review template with ARN "+arn)
}

func validationReasons(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	_, _, ouID := orgWithSharing(t, h)
	draft := draftLens(t, own, "Draft")
	_, err := own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(draft), SharedWith: s(recipient), ClientRequestToken: s("a")})
	expectError(t, err, "ValidationException", 400, "[Validation] Lens "+draft+" must be published before it can be shared")
	expectReason(t, err, types.ValidationExceptionReasonFieldValidationFailed)

	id := workload(t, own, "Payments")
	_, err = own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s("arn:aws:iam::" + owner + ":role/Admin"),
		PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("b")})
	expectError(t, err, "ValidationException", 400, "[Validation] You can't share with your own account")
	expectReason(t, err, types.ValidationExceptionReasonFieldValidationFailed)

	foreignOU := ouID[:len(ouID)-1] + "z"
	if foreignOU == ouID {
		foreignOU = ouID[:len(ouID)-1] + "y"
	}
	_, err = own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(foreignOU),
		PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("c")})
	expectError(t, err, "ValidationException", 400, "[Validation] "+foreignOU+" is not in your organization")
	expectReason(t, err, types.ValidationExceptionReasonFieldValidationFailed)

	_, err = own.ListWorkloads(ctx, &wellarchitected.ListWorkloadsInput{NextToken: s("garbage")})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid NextToken")
	expectReason(t, err, types.ValidationExceptionReasonOther)

	list, err := own.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: s(id)})
	require.NoError(t, err)
	assert.Empty(t, list.WorkloadShareSummaries, "refused shares leave nothing behind")
}

func init() {
	add("DeleteLensByStatus", deleteLensByStatus)
	add("ListLensesFilters", listLensesFilters)
}

func deleteLensByStatus(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	arn := publishedLens(t, own, "Lens v1")
	del := func(status types.LensStatusType) error {
		_, err := own.DeleteLens(ctx, &wellarchitected.DeleteLensInput{LensAlias: s(arn), LensStatus: status, ClientRequestToken: s(fmt.Sprintf("del-%d", tokens.Add(1)))})
		return err
	}
	importDraft := func(name string) {
		_, err := own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON(name)), LensAlias: s(arn), ClientRequestToken: s(fmt.Sprintf("imp-%d", tokens.Add(1)))})
		require.NoError(t, err)
	}

	// DRAFT removes only the draft; without one it is not found.
	expectError(t, del(types.LensStatusTypeDraft), "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)
	importDraft("Lens v2 draft")
	require.NoError(t, del(types.LensStatusTypeDraft))
	got, err := own.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	require.NoError(t, err)
	assert.Equal(t, "Lens v1", *got.Lens.Name)
	drafts, err := own.ListLenses(ctx, &wellarchitected.ListLensesInput{LensStatus: types.LensStatusTypeDraft})
	require.NoError(t, err)
	assert.Empty(t, drafts.LensSummaries)

	// PUBLISHED removes the versions: recipients lose the lens, the owner keeps its draft and shares.
	importDraft("Lens v2 draft")
	shareLens(t, own, arn, recipient)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)
	accepted, err := own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), Status: types.ShareStatusAccepted})
	require.NoError(t, err)
	assert.Len(t, accepted.LensShareSummaries, 1)
	pending, err := own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), Status: types.ShareStatusPending})
	require.NoError(t, err)
	assert.Empty(t, pending.LensShareSummaries)
	_, err = own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), Status: "GONE"})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid value for Status: must be one of [ACCEPTED REJECTED PENDING REVOKED EXPIRED ASSOCIATING ASSOCIATED FAILED]")

	require.NoError(t, del(types.LensStatusTypePublished))
	_, err = rec.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)
	assert.Empty(t, sharedLenses(t, rec))
	_, err = rec.CreateWorkload(ctx, workloadInput("Uses it", arn))
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)
	got, err = own.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	require.NoError(t, err)
	assert.Equal(t, "Lens v2 draft", *got.Lens.Name)
	assert.Nil(t, got.Lens.LensVersion, "a draft has no version")
	assert.Len(t, lensShares(t, own, arn), 1)
	// Nothing published: to the recipient the lens does not exist.
	_, err = rec.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("Hijack")), LensAlias: s(arn), ClientRequestToken: s("hijack")})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)
	_, err = rec.DeleteLens(ctx, &wellarchitected.DeleteLensInput{LensAlias: s(arn), LensStatus: types.LensStatusTypeAll, ClientRequestToken: s("r-del")})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)
	expectError(t, del(types.LensStatusTypePublished), "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)

	// Nothing left: the lens and its shares are gone.
	require.NoError(t, del(types.LensStatusTypeAll))
	_, err = own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)
}

func listLensesFilters(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	draftLens(t, own, "Draft")
	h.Advance(t, time.Second)
	pub := publishedLens(t, own, "Published")
	shareLens(t, own, pub, recipient)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)

	names := func(api API, in *wellarchitected.ListLensesInput) []string {
		t.Helper()
		var out []string
		for {
			page, err := api.ListLenses(ctx, in)
			require.NoError(t, err)
			for _, l := range page.LensSummaries {
				out = append(out, *l.LensName)
			}
			if page.NextToken == nil {
				return out
			}
			in.NextToken = page.NextToken
		}
	}
	official := []string{"AWS Well-Architected Framework", "Serverless Lens", "SaaS Lens", "Container Build Lens",
		"Machine Learning Lens", "DevOps Guidance", "Healthcare Industry Lens", "Generative AI Lens"}

	// Official lenses in table order, then custom ones by creation, across pages.
	assert.Equal(t, append(slices.Clone(official), "Draft", "Published"), names(own, &wellarchitected.ListLensesInput{MaxResults: i32(3)}))
	assert.Equal(t, official, names(own, &wellarchitected.ListLensesInput{LensType: types.LensTypeAwsOfficial}))
	assert.Equal(t, append(slices.Clone(official), "Published"), names(own, &wellarchitected.ListLensesInput{LensStatus: types.LensStatusTypePublished}))
	assert.Equal(t, []string{"Draft"}, names(own, &wellarchitected.ListLensesInput{LensStatus: types.LensStatusTypeDraft}))
	assert.Equal(t, []string{"Published"}, names(own, &wellarchitected.ListLensesInput{LensName: s("Published")}))
	assert.Empty(t, names(own, &wellarchitected.ListLensesInput{LensName: s("published")}), "the name matches exactly")
	assert.Equal(t, []string{"Serverless Lens"}, names(own, &wellarchitected.ListLensesInput{LensName: s("Serverless Lens")}))

	// The recipient sees the published lens as shared, never the draft.
	assert.Equal(t, []string{"Published"}, names(rec, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomShared}))
	assert.Empty(t, names(rec, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomSelf}))
	assert.Empty(t, names(rec, &wellarchitected.ListLensesInput{LensStatus: types.LensStatusTypeDraft}))
	out, err := rec.ListLenses(ctx, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomShared})
	require.NoError(t, err)
	require.Len(t, out.LensSummaries, 1)
	l := out.LensSummaries[0]
	assert.Equal(t, pub, *l.LensAlias)
	assert.Equal(t, pub, *l.LensArn)
	assert.Equal(t, owner, *l.Owner)
	assert.Equal(t, "1.0", *l.LensVersion)
	assert.Equal(t, types.LensStatusCurrent, l.LensStatus)
	assert.Equal(t, types.LensTypeCustomShared, l.LensType)

	// A token is bound to its filters.
	p1, err := own.ListLenses(ctx, &wellarchitected.ListLensesInput{MaxResults: i32(1)})
	require.NoError(t, err)
	_, err = own.ListLenses(ctx, &wellarchitected.ListLensesInput{MaxResults: i32(1), LensType: types.LensTypeCustomSelf, NextToken: p1.NextToken})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid NextToken")
}

func init() { add("ConflictsNameTheirResource", conflictsNameTheirResource) }

func conflictsNameTheirResource(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	id := workload(t, own, "Payments")
	in := &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(recipient), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("first")}
	first, err := own.CreateWorkloadShare(ctx, in)
	require.NoError(t, err)

	// The same target again: the conflict names the existing share.
	in.ClientRequestToken = s("second")
	_, err = own.CreateWorkloadShare(ctx, in)
	expectError(t, err, "ConflictException", 409, "[Conflict] The workload is already shared with "+recipient)
	var c *types.ConflictException
	if errorsAs(err, &c) {
		assert.Equal(t, *first.ShareId, *c.ResourceId)
		assert.Equal(t, "SHARE", *c.ResourceType)
	}

	// A token reused with other parameters: the conflict names the token.
	in.ClientRequestToken, in.PermissionType = s("first"), types.PermissionTypeContributor
	_, err = own.CreateWorkloadShare(ctx, in)
	expectError(t, err, "ConflictException", 409, "[Conflict] The client request token first was already used with different parameters")
	if errorsAs(err, &c) {
		assert.Equal(t, "first", *c.ResourceId)
		assert.Equal(t, "CLIENT_REQUEST_TOKEN", *c.ResourceType)
	}

	// A share in a terminal state cannot be updated.
	h.Advance(t, 7*24*time.Hour)
	_, err = own.UpdateWorkloadShare(ctx, &wellarchitected.UpdateWorkloadShareInput{WorkloadId: s(id), ShareId: first.ShareId, PermissionType: types.PermissionTypeContributor})
	expectError(t, err, "ConflictException", 409, "[Conflict] Share "+*first.ShareId+" is EXPIRED and can't be updated")
	if errorsAs(err, &c) {
		assert.Equal(t, *first.ShareId, *c.ResourceId)
		assert.Equal(t, "SHARE", *c.ResourceType)
	}
	list, err := own.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: s(id)})
	require.NoError(t, err)
	require.Len(t, list.WorkloadShareSummaries, 1)
	assert.Equal(t, types.PermissionTypeReadonly, list.WorkloadShareSummaries[0].PermissionType, "the refused update changed nothing")
}

func init() { add("InvitationTypeFilterPages", invitationTypeFilterPages) }

func invitationTypeFilterPages(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	var profiles []string
	for i := 0; i < 3; i++ {
		id := workload(t, own, fmt.Sprintf("Workload %d", i))
		_, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(recipient), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s(fmt.Sprint("w", i))})
		require.NoError(t, err)
		arn := profile(t, own, fmt.Sprintf("Profile %d", i))
		_, err = own.CreateProfileShare(ctx, &wellarchitected.CreateProfileShareInput{ProfileArn: s(arn), SharedWith: s(recipient), ClientRequestToken: s(fmt.Sprint("p", i))})
		require.NoError(t, err)
		profiles = append(profiles, arn)
		h.Advance(t, time.Second)
	}
	list := func(in *wellarchitected.ListShareInvitationsInput) []types.ShareInvitationSummary {
		t.Helper()
		var out []types.ShareInvitationSummary
		for {
			page, err := rec.ListShareInvitations(ctx, in)
			require.NoError(t, err)
			out = append(out, page.ShareInvitationSummaries...)
			if page.NextToken == nil {
				return out
			}
			in.NextToken = page.NextToken
		}
	}
	got := list(&wellarchitected.ListShareInvitationsInput{ShareResourceType: types.ShareResourceTypeProfile, MaxResults: i32(2)})
	require.Len(t, got, 3)
	for i, inv := range got {
		assert.Equal(t, types.ShareResourceTypeProfile, inv.ShareResourceType)
		assert.Equal(t, profiles[i], *inv.ProfileArn, "invitation order")
		assert.Equal(t, fmt.Sprintf("Profile %d", i), *inv.ProfileName)
	}
	assert.Len(t, list(&wellarchitected.ListShareInvitationsInput{ProfileNamePrefix: s("Profile 1")}), 1)
	assert.Empty(t, list(&wellarchitected.ListShareInvitationsInput{ShareResourceType: types.ShareResourceTypeLens, WorkloadNamePrefix: s("Workload")}),
		"a prefix of another type keeps nothing")

	// Answered invitations leave the typed listing too.
	answer(t, rec, *got[0].ShareInvitationId, types.ShareInvitationActionAccept)
	answer(t, rec, *got[1].ShareInvitationId, types.ShareInvitationActionReject)
	left := list(&wellarchitected.ListShareInvitationsInput{ShareResourceType: types.ShareResourceTypeProfile})
	require.Len(t, left, 1)
	assert.Equal(t, profiles[2], *left[0].ProfileArn)
	assert.Len(t, list(&wellarchitected.ListShareInvitationsInput{}), 4)
	h.Advance(t, 7*24*time.Hour)
	assert.Empty(t, list(&wellarchitected.ListShareInvitationsInput{ShareResourceType: types.ShareResourceTypeProfile}), "expired")
	assert.Empty(t, list(&wellarchitected.ListShareInvitationsInput{}))
}
