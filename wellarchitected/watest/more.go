package watest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

func init() {
	add("QuotasAreConfigurable", quotas)
	add("WorkloadNamesAreUniqueIgnoringCaseAndSpaces", workloadNames)
	add("CreateTokensReplay", createTokensReplay)
	add("LensVersionsFromBothSides", lensVersions)
}

// quotaCode returns the QuotaCode of a ServiceQuotaExceededException, when
// the front door hands back our exception type.
func quotaCode(err error) (string, bool) {
	var q *types.ServiceQuotaExceededException
	if errorsAs(err, &q) && q.QuotaCode != nil {
		return *q.QuotaCode, true
	}
	return "", false
}

func quotas(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{WellArchitected: share.WAOptions{MaxSharesPerLens: 1, MaxSharesPerTemplate: 1, MaxSharesPerProfile: 1, MaxCustomLenses: 1}})
	own := h.Client(owner, region)
	lens := publishedLens(t, own, "Only lens")
	_, err := own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("Second")), ClientRequestToken: s("second")})
	expectError(t, err, "ServiceQuotaExceededException", 402, "[ServiceQuotaExceeded] You have reached the limit of 1 custom lenses")
	if code, ok := quotaCode(err); ok {
		assert.Equal(t, "L-BAE0003F", code)
	}

	shareLens(t, own, lens, recipient)
	_, err = own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(lens), SharedWith: s(bystander), ClientRequestToken: s("l2")})
	expectError(t, err, "ServiceQuotaExceededException", 402, "[ServiceQuotaExceeded] You have reached the limit of 1 shares per lens")
	if code, ok := quotaCode(err); ok {
		assert.Equal(t, "L-E62A1DE4", code)
	}

	tmpl := template(t, own, "Template")
	_, err = own.CreateTemplateShare(ctx, &wellarchitected.CreateTemplateShareInput{TemplateArn: s(tmpl), SharedWith: s(recipient), ClientRequestToken: s("t1")})
	require.NoError(t, err)
	_, err = own.CreateTemplateShare(ctx, &wellarchitected.CreateTemplateShareInput{TemplateArn: s(tmpl), SharedWith: s(bystander), ClientRequestToken: s("t2")})
	expectError(t, err, "ServiceQuotaExceededException", 402, "[ServiceQuotaExceeded] You have reached the limit of 1 shares per review template")
	if code, ok := quotaCode(err); ok {
		assert.Equal(t, "L-A5DDC022", code)
	}

	prof := profile(t, own, "Profile")
	_, err = own.CreateProfileShare(ctx, &wellarchitected.CreateProfileShareInput{ProfileArn: s(prof), SharedWith: s(recipient), ClientRequestToken: s("p1")})
	require.NoError(t, err)
	_, err = own.CreateProfileShare(ctx, &wellarchitected.CreateProfileShareInput{ProfileArn: s(prof), SharedWith: s(bystander), ClientRequestToken: s("p2")})
	expectError(t, err, "ServiceQuotaExceededException", 402, "")
	assert.Len(t, invitations(t, h.Client(bystander, region), ""), 0, "a refused share leaves no invitation")
}

func workloadNames(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	workload(t, own, "Payments API")
	_, err := own.CreateWorkload(ctx, &wellarchitected.CreateWorkloadInput{
		WorkloadName: s("payments  api"), Description: s("desc"), Environment: types.WorkloadEnvironmentProduction,
		AwsRegions: []string{region}, ReviewOwner: s("owner@example.com"), Lenses: []string{"wellarchitected"}, ClientRequestToken: s("dup"),
	})
	expectError(t, err, "ConflictException", 409, "[Conflict] A workload with the name payments  api already exists")
	// Another account may use the name.
	workload(t, h.Client(recipient, region), "Payments API")

	// Renaming frees the old name and claims the new one.
	id := workload(t, own, "Ledger")
	_, err = own.UpdateWorkload(ctx, &wellarchitected.UpdateWorkloadInput{WorkloadId: s(id), WorkloadName: s("PAYMENTSAPI")})
	expectError(t, err, "ConflictException", 409, "")
	up, err := own.UpdateWorkload(ctx, &wellarchitected.UpdateWorkloadInput{WorkloadId: s(id), WorkloadName: s("General Ledger"), Notes: s("renamed")})
	require.NoError(t, err)
	assert.Equal(t, "General Ledger", *up.Workload.WorkloadName)
	assert.Equal(t, "renamed", *up.Workload.Notes)
	workload(t, own, "Ledger")
}

func createTokensReplay(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	in := &wellarchitected.CreateWorkloadInput{
		WorkloadName: s("Payments"), Description: s("desc"), Environment: types.WorkloadEnvironmentProduction,
		AwsRegions: []string{region}, ReviewOwner: s("owner@example.com"), Lenses: []string{"wellarchitected"}, ClientRequestToken: s("same"),
	}
	a, err := own.CreateWorkload(ctx, in)
	require.NoError(t, err)
	b, err := own.CreateWorkload(ctx, in)
	require.NoError(t, err)
	assert.Equal(t, *a.WorkloadId, *b.WorkloadId)
	assert.Len(t, workloadIDs(t, own), 1)
	in.Description = s("other description")
	_, err = own.CreateWorkload(ctx, in)
	expectError(t, err, "ConflictException", 409, "[Conflict] The client request token same was already used with different parameters")

	// The same token on another operation is unrelated.
	_, err = own.CreateProfile(ctx, &wellarchitected.CreateProfileInput{ProfileName: s("prof"), ProfileDescription: s("desc"),
		ProfileQuestions: []types.ProfileQuestionUpdate{}, ClientRequestToken: s("same")})
	require.NoError(t, err)

	// A delete replays too.
	del := &wellarchitected.DeleteWorkloadInput{WorkloadId: a.WorkloadId, ClientRequestToken: s("del")}
	_, err = own.DeleteWorkload(ctx, del)
	require.NoError(t, err)
	_, err = own.DeleteWorkload(ctx, del)
	require.NoError(t, err, "a replayed delete succeeds again")
	_, err = own.DeleteWorkload(ctx, &wellarchitected.DeleteWorkloadInput{WorkloadId: a.WorkloadId, ClientRequestToken: s("del-2")})
	expectError(t, err, "ResourceNotFoundException", 404, "")
}

func lensVersions(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	arn := publishedLens(t, own, "Lens v1")
	_, err := own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("Lens v2")), LensAlias: s(arn), ClientRequestToken: s("v2")})
	require.NoError(t, err)
	shareLens(t, own, arn, recipient)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)

	// The recipient sees only published versions; the draft stays private.
	got, err := rec.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	require.NoError(t, err)
	assert.Equal(t, "Lens v1", *got.Lens.Name)
	_, err = own.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s(arn), LensVersion: s("2.0"), ClientRequestToken: s("p2")})
	require.NoError(t, err)
	got, err = rec.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	require.NoError(t, err)
	assert.Equal(t, "Lens v2", *got.Lens.Name, "a new version reaches recipients")
	assert.Equal(t, "2.0", *got.Lens.LensVersion)
	old, err := rec.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn), LensVersion: s("1.0")})
	require.NoError(t, err)
	assert.Equal(t, "Lens v1", *old.Lens.Name)
	_, err = rec.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn), LensVersion: s("3.0")})
	expectError(t, err, "ResourceNotFoundException", 404, "")
	_, err = rec.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s(arn), LensVersion: s("9"), ClientRequestToken: s("r")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the lens can publish it")
	_, err = own.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s("wellarchitected"), LensVersion: s("9"), ClientRequestToken: s("o")})
	expectError(t, err, "ValidationException", 400, "[Validation] AWS official lenses can't be versioned")
}
