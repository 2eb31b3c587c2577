package watest

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

func init() {
	add("WorkloadShareContributorAndUpdate", workloadShareContributor)
	add("WorkloadShareQuota", workloadShareQuota)
	add("UpdateWorkloadShareRenewsPendingInvitation", updateRenewsInvitation)
	add("ProfileShareFromBothSides", profileShare)
	add("TemplateShareFromBothSides", templateShare)
	add("InvitationFilters", invitationFilters)
	add("OrganizationSharingSettings", orgSharingSettings)
	add("OrganizationUnitShareReachesMembers", ouShare)
	add("DisablingOrganizationSharingFailsShares", disablingOrgSharing)
	add("OwnerLeavingFailsItsOrganizationShares", ownerLeavingFailsItsOrgShares)
	add("DeletingWorkloadRemovesAccess", deletingWorkload)
	add("RecipientListingPagesOwnAndShared", recipientListingPages)
}

func recipientListingPages(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	_, _, ouID := orgWithSharing(t, h)
	var want []string
	for i := 0; i < 3; i++ {
		id := workload(t, own, fmt.Sprintf("Shared %d", i))
		with := recipient
		if i == 1 {
			with = ouID
		}
		_, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(with), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s(fmt.Sprint("p", i))})
		require.NoError(t, err)
		want = append(want, id)
		h.Advance(t, time.Second)
		want = append(want, workload(t, rec, fmt.Sprintf("Own %d", i)))
		h.Advance(t, time.Second)
	}
	for _, inv := range invitations(t, rec, "") {
		answer(t, rec, *inv.ShareInvitationId, types.ShareInvitationActionAccept)
	}
	// Most recently updated first, one item per page, across both sources.
	var got []string
	var owners []string
	in := &wellarchitected.ListWorkloadsInput{MaxResults: i32(1)}
	for {
		out, err := rec.ListWorkloads(ctx, in)
		require.NoError(t, err)
		require.LessOrEqual(t, len(out.WorkloadSummaries), 1)
		for _, w := range out.WorkloadSummaries {
			got = append(got, *w.WorkloadId)
			owners = append(owners, *w.Owner)
		}
		if out.NextToken == nil {
			break
		}
		in.NextToken = out.NextToken
	}
	for i, j := 0, len(want)-1; i < j; i, j = i+1, j-1 {
		want[i], want[j] = want[j], want[i]
	}
	assert.Equal(t, want, got)
	assert.Equal(t, []string{recipient, owner, recipient, owner, recipient, owner}, owners)
}

func workloadShareContributor(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	id := workload(t, own, "Payments")
	out, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(recipient), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("ws")})
	require.NoError(t, err)
	assert.Equal(t, id, *out.WorkloadId)

	inv := onlyInvitation(t, rec)
	assert.Equal(t, types.ShareResourceTypeWorkload, inv.ShareResourceType)
	assert.Equal(t, "Payments", *inv.WorkloadName)
	assert.Equal(t, id, *inv.WorkloadId)
	assert.NotContains(t, workloadIDs(t, rec), id)
	answer(t, rec, *inv.ShareInvitationId, types.ShareInvitationActionAccept)

	assert.Equal(t, []string{id}, workloadIDs(t, rec))
	got, err := rec.GetWorkload(ctx, &wellarchitected.GetWorkloadInput{WorkloadId: s(id)})
	require.NoError(t, err)
	assert.Equal(t, owner, *got.Workload.Owner)
	assert.Equal(t, *inv.ShareInvitationId, *got.Workload.ShareInvitationId)

	// The owner raises the permission; the share stays accepted.
	up, err := own.UpdateWorkloadShare(ctx, &wellarchitected.UpdateWorkloadShareInput{WorkloadId: s(id), ShareId: out.ShareId, PermissionType: types.PermissionTypeContributor})
	require.NoError(t, err)
	assert.Equal(t, types.ShareStatusAccepted, up.WorkloadShare.Status)
	assert.Equal(t, types.PermissionTypeContributor, up.WorkloadShare.PermissionType)
	assert.Equal(t, owner, *up.WorkloadShare.SharedBy)
	assert.Equal(t, "Payments", *up.WorkloadShare.WorkloadName)
	list, err := own.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: s(id)})
	require.NoError(t, err)
	require.Len(t, list.WorkloadShareSummaries, 1)
	assert.Equal(t, types.PermissionTypeContributor, list.WorkloadShareSummaries[0].PermissionType)
	assert.Equal(t, id, *list.WorkloadId)

	// Even a contributor cannot update, delete or share the workload.
	_, err = rec.UpdateWorkload(ctx, &wellarchitected.UpdateWorkloadInput{WorkloadId: s(id), Notes: s("mine now")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the workload can update it")
	_, err = rec.DeleteWorkload(ctx, &wellarchitected.DeleteWorkloadInput{WorkloadId: s(id), ClientRequestToken: s("d")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the workload can delete it")
	_, err = rec.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(bystander), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("x")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the workload can share it")
	_, err = h.Client(bystander, region).GetWorkload(ctx, &wellarchitected.GetWorkloadInput{WorkloadId: s(id)})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No workload with ID "+id)

	// Permission is required and checked.
	_, err = own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(bystander), ClientRequestToken: s("y")})
	expectError(t, err, "ValidationException", 400, "[Validation] PermissionType is required")
	_, err = own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(bystander), PermissionType: "OWNER", ClientRequestToken: s("z")})
	expectError(t, err, "ValidationException", 400, "")

	// After the owner deletes the share the workload is gone for the recipient.
	_, err = own.DeleteWorkloadShare(ctx, &wellarchitected.DeleteWorkloadShareInput{WorkloadId: s(id), ShareId: out.ShareId, ClientRequestToken: s("del")})
	require.NoError(t, err)
	assert.Empty(t, workloadIDs(t, rec))
	_, err = rec.GetWorkload(ctx, &wellarchitected.GetWorkloadInput{WorkloadId: s(id)})
	expectError(t, err, "ResourceNotFoundException", 404, "")
}

func workloadShareQuota(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{WellArchitected: share.WAOptions{MaxSharesPerWorkload: 2}})
	own := h.Client(owner, region)
	id := workload(t, own, "Payments")
	create := func(with string) error {
		_, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(with), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("q-" + with)})
		return err
	}
	require.NoError(t, create(recipient))
	require.NoError(t, create(bystander))
	err := create("444444444444")
	expectError(t, err, "ServiceQuotaExceededException", 402, "[ServiceQuotaExceeded] You have reached the limit of 2 shares per workload")
	var q *types.ServiceQuotaExceededException
	if assertAs(t, err, &q) {
		assert.Equal(t, "L-7E98904D", *q.QuotaCode)
		assert.Equal(t, "wellarchitected", *q.ServiceCode)
	}
	// A rejected share frees its slot.
	rec := h.Client(recipient, region)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionReject)
	require.NoError(t, create("444444444444"))
}

// assertAs is errors.As for our own exception types: a front door that
// hands back SDK errors does not produce them, so their absence is no
// failure.
func assertAs[T any](t *testing.T, err error, target *T) bool {
	t.Helper()
	return errorsAs(err, target)
}

func updateRenewsInvitation(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	id := workload(t, own, "Payments")
	out, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(recipient), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("ws")})
	require.NoError(t, err)
	first := onlyInvitation(t, rec)

	h.Advance(t, 6*24*time.Hour)
	up, err := own.UpdateWorkloadShare(ctx, &wellarchitected.UpdateWorkloadShareInput{WorkloadId: s(id), ShareId: out.ShareId, PermissionType: types.PermissionTypeContributor})
	require.NoError(t, err)
	assert.Equal(t, types.ShareStatusPending, up.WorkloadShare.Status)
	again := onlyInvitation(t, rec)
	assert.Equal(t, *first.ShareInvitationId, *again.ShareInvitationId, "the same invitation is re-issued")
	assert.Equal(t, types.PermissionTypeContributor, again.PermissionType)

	// Seven days from the update, not from the share.
	h.Advance(t, 2*24*time.Hour)
	assert.Len(t, invitations(t, rec, ""), 1)
	h.Advance(t, 5*24*time.Hour)
	assert.Empty(t, invitations(t, rec, ""))
	_, err = own.UpdateWorkloadShare(ctx, &wellarchitected.UpdateWorkloadShareInput{WorkloadId: s(id), ShareId: out.ShareId, PermissionType: types.PermissionTypeReadonly})
	expectError(t, err, "ConflictException", 409, fmt.Sprintf("[Conflict] Share %s is EXPIRED and can't be updated", *out.ShareId))
}

func profileShare(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	arn := profile(t, own, "Startup profile")
	out, err := own.CreateProfileShare(ctx, &wellarchitected.CreateProfileShareInput{ProfileArn: s(arn), SharedWith: s(recipient), ClientRequestToken: s("ps")})
	require.NoError(t, err)
	assert.Equal(t, arn, *out.ProfileArn)

	inv := onlyInvitation(t, rec)
	assert.Equal(t, types.ShareResourceTypeProfile, inv.ShareResourceType)
	assert.Equal(t, "Startup profile", *inv.ProfileName)
	shared, err := rec.ListProfiles(ctx, &wellarchitected.ListProfilesInput{ProfileOwnerType: types.ProfileOwnerTypeShared})
	require.NoError(t, err)
	assert.Empty(t, shared.ProfileSummaries)
	answer(t, rec, *inv.ShareInvitationId, types.ShareInvitationActionAccept)

	shared, err = rec.ListProfiles(ctx, &wellarchitected.ListProfilesInput{ProfileOwnerType: types.ProfileOwnerTypeShared})
	require.NoError(t, err)
	require.Len(t, shared.ProfileSummaries, 1)
	assert.Equal(t, owner, *shared.ProfileSummaries[0].Owner)
	self, err := rec.ListProfiles(ctx, &wellarchitected.ListProfilesInput{ProfileOwnerType: types.ProfileOwnerTypeSelf})
	require.NoError(t, err)
	assert.Empty(t, self.ProfileSummaries)
	got, err := rec.GetProfile(ctx, &wellarchitected.GetProfileInput{ProfileArn: s(arn)})
	require.NoError(t, err)
	assert.Equal(t, *inv.ShareInvitationId, *got.Profile.ShareInvitationId)
	require.Len(t, got.Profile.ProfileQuestions, 1)
	assert.Nil(t, got.Profile.Tags)

	ps, err := own.ListProfileShares(ctx, &wellarchitected.ListProfileSharesInput{ProfileArn: s(arn), Status: types.ShareStatusAccepted})
	require.NoError(t, err)
	require.Len(t, ps.ProfileShareSummaries, 1)
	_, err = rec.DeleteProfile(ctx, &wellarchitected.DeleteProfileInput{ProfileArn: s(arn), ClientRequestToken: s("d")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the profile can delete it")

	_, err = own.DeleteProfileShare(ctx, &wellarchitected.DeleteProfileShareInput{ProfileArn: s(arn), ShareId: out.ShareId, ClientRequestToken: s("del")})
	require.NoError(t, err)
	_, err = rec.GetProfile(ctx, &wellarchitected.GetProfileInput{ProfileArn: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No profile with ARN "+arn)
}

func templateShare(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	lens := publishedLens(t, own, "Policy ABC")
	arn := template(t, own, "Quarterly review", "wellarchitected", lens)
	out, err := own.CreateTemplateShare(ctx, &wellarchitected.CreateTemplateShareInput{TemplateArn: s(arn), SharedWith: s(recipient), ClientRequestToken: s("ts")})
	require.NoError(t, err)
	assert.Equal(t, arn, *out.TemplateArn)

	inv := onlyInvitation(t, rec)
	assert.Equal(t, types.ShareResourceTypeTemplate, inv.ShareResourceType)
	assert.Equal(t, "Quarterly review", *inv.TemplateName)
	answer(t, rec, *inv.ShareInvitationId, types.ShareInvitationActionAccept)

	list, err := rec.ListReviewTemplates(ctx, &wellarchitected.ListReviewTemplatesInput{})
	require.NoError(t, err)
	require.Len(t, list.ReviewTemplates, 1)
	assert.Equal(t, arn, *list.ReviewTemplates[0].TemplateArn)
	got, err := rec.GetReviewTemplate(ctx, &wellarchitected.GetReviewTemplateInput{TemplateArn: s(arn)})
	require.NoError(t, err)
	assert.Equal(t, []string{"wellarchitected", lens}, got.ReviewTemplate.Lenses)

	ts, err := own.ListTemplateShares(ctx, &wellarchitected.ListTemplateSharesInput{TemplateArn: s(arn)})
	require.NoError(t, err)
	require.Len(t, ts.TemplateShareSummaries, 1)
	assert.Equal(t, types.ShareStatusAccepted, ts.TemplateShareSummaries[0].Status)
	assert.Equal(t, arn, *ts.TemplateArn)

	// The template's custom lens is not shared with the recipient, so a
	// workload from the template is refused until the lens is shared too.
	mkWorkload := func(token string) error {
		_, err := rec.CreateWorkload(ctx, &wellarchitected.CreateWorkloadInput{
			WorkloadName: s("From template " + token), Description: s("desc"), Environment: types.WorkloadEnvironmentProduction,
			AwsRegions: []string{region}, ReviewOwner: s("team@example.com"), Lenses: []string{"serverless"}, ReviewTemplateArns: []string{arn},
			ClientRequestToken: s(token),
		})
		return err
	}
	expectError(t, mkWorkload("w1"), "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+lens)
	shareLens(t, own, lens, recipient)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)
	require.NoError(t, mkWorkload("w2"))

	_, err = own.DeleteTemplateShare(ctx, &wellarchitected.DeleteTemplateShareInput{TemplateArn: s(arn), ShareId: out.ShareId, ClientRequestToken: s("del")})
	require.NoError(t, err)
	list, err = rec.ListReviewTemplates(ctx, &wellarchitected.ListReviewTemplatesInput{})
	require.NoError(t, err)
	assert.Empty(t, list.ReviewTemplates)
	_, err = rec.GetReviewTemplate(ctx, &wellarchitected.GetReviewTemplateInput{TemplateArn: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No review template with ARN "+arn)
}

func invitationFilters(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	lens := publishedLens(t, own, "Alpha lens")
	shareLens(t, own, lens, recipient)
	id := workload(t, own, "Alpha workload")
	_, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(recipient), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("w")})
	require.NoError(t, err)
	id2 := workload(t, own, "Beta workload")
	_, err = own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id2), SharedWith: s(recipient), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("w2")})
	require.NoError(t, err)

	assert.Len(t, invitations(t, rec, ""), 3)
	assert.Len(t, invitations(t, rec, types.ShareResourceTypeWorkload), 2)
	assert.Len(t, invitations(t, rec, types.ShareResourceTypeLens), 1)
	assert.Empty(t, invitations(t, rec, types.ShareResourceTypeProfile))
	byName, err := rec.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{WorkloadNamePrefix: s("Alpha")})
	require.NoError(t, err)
	require.Len(t, byName.ShareInvitationSummaries, 1)
	assert.Equal(t, id, *byName.ShareInvitationSummaries[0].WorkloadId)
	_, err = rec.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{WorkloadNamePrefix: s("A"), LensNamePrefix: s("A")})
	expectError(t, err, "ValidationException", 400, "[Validation] WorkloadNamePrefix, LensNamePrefix, ProfileNamePrefix and TemplateNamePrefix are mutually exclusive")
	_, err = rec.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{ShareResourceType: "BUCKET"})
	expectError(t, err, "ValidationException", 400, "")

	p1, err := rec.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{MaxResults: i32(2)})
	require.NoError(t, err)
	require.Len(t, p1.ShareInvitationSummaries, 2)
	p2, err := rec.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{MaxResults: i32(2), NextToken: p1.NextToken})
	require.NoError(t, err)
	require.Len(t, p2.ShareInvitationSummaries, 1)
	assert.Nil(t, p2.NextToken)
}

func orgSharingSettings(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	enable := &wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusEnabled}

	_, err := own.UpdateGlobalSettings(ctx, enable)
	expectError(t, err, "ValidationException", 400, "[Validation] Your account is not a member of an organization")

	_, rootID := h.CreateOrganization(t, owner)
	h.Admit(t, owner, recipient, rootID)
	get := func(api API) types.OrganizationSharingStatus {
		g, err := api.GetGlobalSettings(ctx, &wellarchitected.GetGlobalSettingsInput{})
		require.NoError(t, err)
		return g.OrganizationSharingStatus
	}
	assert.Equal(t, types.OrganizationSharingStatusDisabled, get(own))

	_, err = rec.UpdateGlobalSettings(ctx, enable)
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the management account of an organization can change organization sharing")
	assert.Equal(t, types.OrganizationSharingStatusDisabled, get(own))

	_, err = own.UpdateGlobalSettings(ctx, enable)
	require.NoError(t, err)
	assert.Equal(t, types.OrganizationSharingStatusEnabled, get(own))
	assert.Equal(t, types.OrganizationSharingStatusEnabled, get(rec), "every account of the organization sees the setting")
	assert.Equal(t, types.OrganizationSharingStatusDisabled, get(h.Client(bystander, region)))

	// Turning on trusted access through Organizations is the same switch.
	_, err = own.UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusDisabled})
	require.NoError(t, err)
	assert.Equal(t, types.OrganizationSharingStatusDisabled, get(rec))
	h.EnableServiceAccess(t, owner, "wellarchitected.amazonaws.com")
	assert.Equal(t, types.OrganizationSharingStatusEnabled, get(rec))
}

func ouShare(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{PropagationDelay: time.Minute})
	own, rec, by := h.Client(owner, region), h.Client(recipient, region), h.Client(bystander, region)
	orgID, rootID := h.CreateOrganization(t, owner)
	ouID := h.CreateOU(t, owner, rootID, "reviewers")
	h.Admit(t, owner, recipient, ouID)
	h.Admit(t, owner, bystander, rootID)
	arn := publishedLens(t, own, "Policy ABC")

	// Refused while organization sharing is off.
	_, err := own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(ouID), ClientRequestToken: s("off")})
	expectError(t, err, "ValidationException", 400, "[Validation] Organization sharing is not enabled")
	_, err = own.UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusEnabled})
	require.NoError(t, err)
	_, err = own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s("o-zzzzzzzzzz"), ClientRequestToken: s("foreign")})
	expectError(t, err, "ValidationException", 400, "[Validation] o-zzzzzzzzzz is not in your organization")

	shareLens(t, own, arn, ouID)
	assert.Equal(t, types.ShareStatusAssociating, lensShares(t, own, arn)[ouID].Status)
	assert.Empty(t, sharedLenses(t, rec), "not before the association settles")
	h.Advance(t, time.Minute)
	assert.Equal(t, types.ShareStatusAssociated, lensShares(t, own, arn)[ouID].Status)

	// Members of the OU see the lens without an invitation; others do not.
	assert.Empty(t, invitations(t, rec, ""))
	assert.Equal(t, []string{arn}, sharedLenses(t, rec))
	assert.Empty(t, sharedLenses(t, by))

	// Moving accounts moves access.
	h.Move(t, owner, recipient, ouID, rootID)
	h.Move(t, owner, bystander, rootID, ouID)
	assert.Empty(t, sharedLenses(t, rec))
	assert.Equal(t, []string{arn}, sharedLenses(t, by))

	// A share with the whole organization reaches everyone in it.
	shareLens(t, own, arn, orgID)
	h.Advance(t, time.Minute)
	assert.Equal(t, []string{arn}, sharedLenses(t, rec))
	assert.Equal(t, []string{arn}, sharedLenses(t, by), "listed once though shared twice")
	h.Remove(t, owner, recipient)
	assert.Empty(t, sharedLenses(t, rec), "an account that leaves loses access")
}

func disablingOrgSharing(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	_, _, ouID := orgWithSharing(t, h)
	id := workload(t, own, "Payments")
	_, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(ouID), PermissionType: types.PermissionTypeContributor, ClientRequestToken: s("ou")})
	require.NoError(t, err)
	assert.Equal(t, []string{id}, workloadIDs(t, rec))

	_, err = own.UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusDisabled})
	require.NoError(t, err)
	list, err := own.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: s(id)})
	require.NoError(t, err)
	require.Len(t, list.WorkloadShareSummaries, 1)
	assert.Equal(t, types.ShareStatusFailed, list.WorkloadShareSummaries[0].Status)
	assert.Equal(t, "Organization sharing is disabled.", *list.WorkloadShareSummaries[0].StatusMessage)
	assert.Empty(t, workloadIDs(t, rec))

	// A failed share is replaced when sharing again.
	_, err = own.UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusEnabled})
	require.NoError(t, err)
	_, err = own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(ouID), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("ou2")})
	require.NoError(t, err)
	assert.Equal(t, []string{id}, workloadIDs(t, rec))
}

// ownerLeavingFailsItsOrgShares: a member that shared with its
// organization leaves it; its organization share fails, as when sharing is
// disabled, and the members still in the organization lose access.
func ownerLeavingFailsItsOrgShares(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, _, _ := orgWithSharing(t, h)
	member, by := h.Client(recipient, region), h.Client(bystander, region)
	id := workload(t, member, "Payments")
	_, err := member.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(orgID), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("org")})
	require.NoError(t, err)
	require.Equal(t, []string{id}, workloadIDs(t, by))

	h.Remove(t, owner, recipient)
	list, err := member.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: s(id)})
	require.NoError(t, err)
	require.Len(t, list.WorkloadShareSummaries, 1)
	assert.Equal(t, types.ShareStatusFailed, list.WorkloadShareSummaries[0].Status)
	assert.Equal(t, "Organization sharing is disabled.", *list.WorkloadShareSummaries[0].StatusMessage)
	assert.Empty(t, workloadIDs(t, by))
}

func deletingWorkload(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec, by := h.Client(owner, region), h.Client(recipient, region), h.Client(bystander, region)
	id := workload(t, own, "Payments")
	for _, with := range []string{recipient, bystander} {
		_, err := own.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: s(id), SharedWith: s(with), PermissionType: types.PermissionTypeReadonly, ClientRequestToken: s("w-" + with)})
		require.NoError(t, err)
	}
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)
	_, err := own.DeleteWorkload(ctx, &wellarchitected.DeleteWorkloadInput{WorkloadId: s(id), ClientRequestToken: s("del")})
	require.NoError(t, err)
	assert.Empty(t, workloadIDs(t, rec))
	assert.Empty(t, invitations(t, by, ""))
	_, err = own.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: s(id)})
	expectError(t, err, "ResourceNotFoundException", 404, "")
}
