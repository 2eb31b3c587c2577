package watest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

func init() {
	add("LensShareAcceptedThenDeleted", lensShareAcceptedThenDeleted)
	add("LensShareRejected", lensShareRejected)
	add("InvitationExpiresAfterSevenDays", invitationExpires)
	add("UnpublishedAndOfficialLensesCannotBeShared", unshareableLenses)
	add("DuplicateShareConflicts", duplicateShare)
	add("ShareTokenReplaysOriginal", shareTokenReplay)
	add("OnlyOwnerManagesLensShares", onlyOwnerManagesLensShares)
	add("OnlyInviteeAnswersInvitation", onlyInvitee)
	add("SharesStayInTheirRegion", sharesStayInRegion)
	add("ImportLensValidatesJSON", importLensValidates)
	add("DeletingLensRemovesShares", deletingLensRemovesShares)
	add("LensSharePagination", lensSharePagination)
	add("SharedWithIsValidated", sharedWithValidated)
}

func lensShareAcceptedThenDeleted(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	arn := publishedLens(t, own, "Policy ABC")
	shareID := shareLens(t, own, arn, recipient)

	// Owner: the share is pending. Recipient: an invitation, no lens yet.
	assert.Equal(t, types.ShareStatusPending, lensShares(t, own, arn)[recipient].Status)
	inv := onlyInvitation(t, rec)
	assert.Equal(t, types.ShareResourceTypeLens, inv.ShareResourceType)
	assert.Equal(t, owner, *inv.SharedBy)
	assert.Equal(t, recipient, *inv.SharedWith)
	assert.Equal(t, arn, *inv.LensArn)
	assert.Equal(t, "Policy ABC", *inv.LensName)
	assert.Equal(t, types.PermissionTypeReadonly, inv.PermissionType)
	assert.Empty(t, sharedLenses(t, rec))
	_, err := rec.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)

	out, err := rec.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: inv.ShareInvitationId, ShareInvitationAction: types.ShareInvitationActionAccept})
	require.NoError(t, err)
	assert.Equal(t, arn, *out.ShareInvitation.LensArn)
	assert.Equal(t, types.ShareResourceTypeLens, out.ShareInvitation.ShareResourceType)

	// Both sides after ACCEPT.
	assert.Equal(t, types.ShareStatusAccepted, lensShares(t, own, arn)[recipient].Status)
	assert.Empty(t, invitations(t, rec, ""))
	assert.Equal(t, []string{arn}, sharedLenses(t, rec))
	got, err := rec.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	require.NoError(t, err)
	assert.Equal(t, "Policy ABC", *got.Lens.Name)
	assert.Equal(t, "1.0", *got.Lens.LensVersion)
	assert.Equal(t, owner, *got.Lens.Owner)
	assert.Equal(t, *inv.ShareInvitationId, *got.Lens.ShareInvitationId)
	self, err := own.ListLenses(ctx, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomSelf})
	require.NoError(t, err)
	require.Len(t, self.LensSummaries, 1)
	assert.Equal(t, arn, *self.LensSummaries[0].LensAlias)

	// The recipient can use the shared lens in a workload.
	_, err = rec.CreateWorkload(ctx, &wellarchitected.CreateWorkloadInput{
		WorkloadName: s("uses shared lens"), Description: s("desc"), Environment: types.WorkloadEnvironmentPreproduction,
		NonAwsRegions: []string{"on-prem"}, ReviewOwner: s("team@example.com"), Lenses: []string{arn}, ClientRequestToken: s("w1"),
	})
	require.NoError(t, err)

	// The owner deletes the share: it is gone on both sides.
	_, err = own.DeleteLensShare(ctx, &wellarchitected.DeleteLensShareInput{LensAlias: s(arn), ShareId: s(shareID), ClientRequestToken: s("del")})
	require.NoError(t, err)
	assert.Empty(t, lensShares(t, own, arn))
	assert.Empty(t, sharedLenses(t, rec))
	_, err = rec.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "")
	_, err = own.DeleteLensShare(ctx, &wellarchitected.DeleteLensShareInput{LensAlias: s(arn), ShareId: s(shareID), ClientRequestToken: s("del-again")})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No share with ID "+shareID)
}

func lensShareRejected(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	arn := publishedLens(t, own, "Policy ABC")
	shareLens(t, own, arn, recipient)
	inv := onlyInvitation(t, rec)
	answer(t, rec, *inv.ShareInvitationId, types.ShareInvitationActionReject)

	assert.Equal(t, types.ShareStatusRejected, lensShares(t, own, arn)[recipient].Status)
	assert.Empty(t, invitations(t, rec, ""))
	assert.Empty(t, sharedLenses(t, rec))
	for _, action := range []types.ShareInvitationAction{types.ShareInvitationActionAccept, types.ShareInvitationActionReject} {
		_, err := rec.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: inv.ShareInvitationId, ShareInvitationAction: action})
		expectError(t, err, "ConflictException", 409, fmt.Sprintf("[Conflict] Share invitation %s has already been rejected", *inv.ShareInvitationId))
	}

	// Sharing again replaces the rejected share with a new pending one.
	again := shareLens(t, own, arn, recipient)
	shares := lensShares(t, own, arn)
	require.Len(t, shares, 1)
	assert.Equal(t, again, *shares[recipient].ShareId)
	assert.Equal(t, types.ShareStatusPending, shares[recipient].Status)
	assert.NotEqual(t, *inv.ShareInvitationId, *onlyInvitation(t, rec).ShareInvitationId)
}

func invitationExpires(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	arn := publishedLens(t, own, "Policy ABC")
	shareLens(t, own, arn, recipient)
	inv := onlyInvitation(t, rec)

	h.Advance(t, 7*24*time.Hour-time.Second)
	assert.Len(t, invitations(t, rec, ""), 1, "still pending one second before seven days")
	assert.Equal(t, types.ShareStatusPending, lensShares(t, own, arn)[recipient].Status)

	h.Advance(t, time.Second)
	assert.Empty(t, invitations(t, rec, ""), "expired after seven days")
	assert.Equal(t, types.ShareStatusExpired, lensShares(t, own, arn)[recipient].Status)
	_, err := rec.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: inv.ShareInvitationId, ShareInvitationAction: types.ShareInvitationActionAccept})
	expectError(t, err, "ConflictException", 409, fmt.Sprintf("[Conflict] Share invitation %s has expired", *inv.ShareInvitationId))
	assert.Empty(t, sharedLenses(t, rec))

	// An expired share frees its slot: sharing again works.
	shareLens(t, own, arn, recipient)
	assert.Equal(t, types.ShareStatusPending, lensShares(t, own, arn)[recipient].Status)
}

func unshareableLenses(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	draft := draftLens(t, own, "Draft only")
	_, err := own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(draft), SharedWith: s(recipient), ClientRequestToken: s("t1")})
	expectError(t, err, "ValidationException", 400, "[Validation] Lens "+draft+" must be published before it can be shared")

	for _, alias := range []string{"wellarchitected", "arn:aws:wellarchitected::aws:lens/serverless", "arn:aws:wellarchitected:us-east-1::lens/genai"} {
		_, err = own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(alias), SharedWith: s(recipient), ClientRequestToken: s("t-" + alias)})
		expectError(t, err, "ValidationException", 400, "[Validation] AWS official lenses can't be shared")
	}
	// Official lenses are visible to every account.
	got, err := h.Client(recipient, region).GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s("wellarchitected")})
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:wellarchitected::aws:lens/wellarchitected", *got.Lens.LensArn)
	assert.Nil(t, got.Lens.Owner)
	// Nothing was shared.
	assert.Empty(t, invitations(t, h.Client(recipient, region), ""))
	_, err = own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(draft), SharedWith: s(owner), ClientRequestToken: s("t2")})
	expectError(t, err, "ValidationException", 400, "")
}

func duplicateShare(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	arn := publishedLens(t, own, "Policy ABC")
	first := shareLens(t, own, arn, recipient)
	_, err := own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(recipient), ClientRequestToken: s("second")})
	expectError(t, err, "ConflictException", 409, "[Conflict] The lens is already shared with "+recipient)
	_ = first

	// The same holds once accepted.
	answer(t, h.Client(recipient, region), *onlyInvitation(t, h.Client(recipient, region)).ShareInvitationId, types.ShareInvitationActionAccept)
	_, err = own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(recipient), ClientRequestToken: s("third")})
	expectError(t, err, "ConflictException", 409, "")
	assert.Len(t, lensShares(t, own, arn), 1)

	// Sharing with yourself is refused.
	_, err = own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(owner), ClientRequestToken: s("self")})
	expectError(t, err, "ValidationException", 400, "[Validation] You can't share with your own account")
}

func shareTokenReplay(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	arn := publishedLens(t, own, "Policy ABC")
	in := &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(recipient), ClientRequestToken: s("token-1")}
	a, err := own.CreateLensShare(ctx, in)
	require.NoError(t, err)
	b, err := own.CreateLensShare(ctx, in)
	require.NoError(t, err, "a replay returns the original result, not a conflict")
	assert.Equal(t, *a.ShareId, *b.ShareId)
	assert.Len(t, lensShares(t, own, arn), 1)
	assert.Len(t, invitations(t, h.Client(recipient, region), ""), 1)

	_, err = own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(bystander), ClientRequestToken: s("token-1")})
	expectError(t, err, "ConflictException", 409, "[Conflict] The client request token token-1 was already used with different parameters")
	assert.Len(t, lensShares(t, own, arn), 1)
}

func onlyOwnerManagesLensShares(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec, by := h.Client(owner, region), h.Client(recipient, region), h.Client(bystander, region)
	arn := publishedLens(t, own, "Policy ABC")
	shareID := shareLens(t, own, arn, recipient)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)

	// The recipient sees the lens, so it is told it is not the owner.
	_, err := rec.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(bystander), ClientRequestToken: s("r1")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the lens can share it")
	_, err = rec.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn)})
	expectError(t, err, "AccessDeniedException", 403, "")
	_, err = rec.DeleteLensShare(ctx, &wellarchitected.DeleteLensShareInput{LensAlias: s(arn), ShareId: s(shareID), ClientRequestToken: s("r2")})
	expectError(t, err, "AccessDeniedException", 403, "")
	_, err = rec.DeleteLens(ctx, &wellarchitected.DeleteLensInput{LensAlias: s(arn), LensStatus: types.LensStatusTypeAll, ClientRequestToken: s("r3")})
	expectError(t, err, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the lens can delete it")

	// A bystander cannot see it at all.
	_, err = by.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(recipient), ClientRequestToken: s("b1")})
	expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias "+arn)
	_, err = by.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "")
	assert.Len(t, lensShares(t, own, arn), 1)
}

func onlyInvitee(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := h.Client(owner, region), h.Client(recipient, region)
	arn := publishedLens(t, own, "Policy ABC")
	shareLens(t, own, arn, recipient)
	id := *onlyInvitation(t, rec).ShareInvitationId
	for _, api := range []API{own, h.Client(bystander, region)} {
		_, err := api.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: s(id), ShareInvitationAction: types.ShareInvitationActionAccept})
		expectError(t, err, "ResourceNotFoundException", 404, "[ResourceNotFound] No share invitation with ID "+id)
		assert.Empty(t, invitations(t, api, ""))
	}
	assert.Equal(t, types.ShareStatusPending, lensShares(t, own, arn)[recipient].Status)
}

func sharesStayInRegion(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	arn := publishedLens(t, own, "Policy ABC")
	shareLens(t, own, arn, recipient)
	far := h.Client(recipient, otherRegion)
	assert.Empty(t, invitations(t, far, ""))
	id := *onlyInvitation(t, h.Client(recipient, region)).ShareInvitationId
	_, err := far.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: s(id), ShareInvitationAction: types.ShareInvitationActionAccept})
	expectError(t, err, "ResourceNotFoundException", 404, "")
	_, err = h.Client(owner, otherRegion).ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "")
}

func importLensValidates(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	_, err := own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(`{"schemaVersion":`), ClientRequestToken: s("a")})
	expectError(t, err, "ValidationException", 400, "")
	assert.Contains(t, messageOf(err), "[Validation] Invalid lens JSON: ")
	_, err = own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(`{"schemaVersion":"2021-11-01","name":"x","description":"y"}`), ClientRequestToken: s("b")})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid lens JSON: pillars: required")
	noDefault := `{"schemaVersion":"2021-11-01","name":"x","description":"y","pillars":[{"id":"pillar_one","name":"P","questions":[{"id":"question_one","title":"Q",
	  "choices":[{"id":"choice_yes","title":"Yes","improvementPlan":{"displayText":"Do it."}}],"riskRules":[{"condition":"choice_yes","risk":"NO_RISK"}]}]}]}`
	_, err = own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(noDefault), ClientRequestToken: s("c")})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid lens JSON: pillars[0].questions[0].riskRules: exactly one default rule required")
	noPlan := `{"schemaVersion":"2021-11-01","name":"x","description":"y","pillars":[{"id":"pillar_one","name":"P","questions":[{"id":"question_one","title":"Q",
	  "choices":[{"id":"choice_yes","title":"Yes"}],"riskRules":[{"condition":"default","risk":"NO_RISK"}]}]}]}`
	_, err = own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(noPlan), ClientRequestToken: s("d")})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid lens JSON: pillars[0].questions[0].choices[0].improvementPlan: required")

	// Nothing was created.
	self, err := own.ListLenses(ctx, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomSelf})
	require.NoError(t, err)
	assert.Empty(t, self.LensSummaries)

	// A draft is listed as such and publishing twice with one version conflicts.
	arn := draftLens(t, own, "Draft")
	drafts, err := own.ListLenses(ctx, &wellarchitected.ListLensesInput{LensStatus: types.LensStatusTypeDraft})
	require.NoError(t, err)
	require.Len(t, drafts.LensSummaries, 1)
	assert.Nil(t, drafts.LensSummaries[0].LensVersion)
	_, err = own.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s(arn), LensVersion: s("1.0"), ClientRequestToken: s("v1")})
	require.NoError(t, err)
	_, err = own.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s(arn), LensVersion: s("2.0"), ClientRequestToken: s("v2")})
	expectError(t, err, "ConflictException", 409, "[Conflict] Lens "+arn+" has no draft to publish")
	_, err = own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("Draft v2")), LensAlias: s(arn), ClientRequestToken: s("e")})
	require.NoError(t, err)
	_, err = own.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s(arn), LensVersion: s("1.0"), ClientRequestToken: s("v3")})
	expectError(t, err, "ConflictException", 409, "[Conflict] Lens version 1.0 already exists")
	_, err = own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("x")), LensAlias: s("my-lens"), ClientRequestToken: s("f")})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid lens alias my-lens (allowed value as alias is LensARN)")
	// A lens ARN must have the custom-lens form: region, account, 32 hex
	// (wellarchitected.md §1); the rule comes before a token's replay.
	for _, alias := range []string{
		"arn:aws:wellarchitected:" + region + ":" + owner + ":lens/abc",
		"arn:aws:wellarchitected::" + owner + ":lens/" + strings.Repeat("a", 32),
		"arn:aws:wellarchitected:" + region + "::lens/" + strings.Repeat("a", 32),
	} {
		_, err = own.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON("x")), LensAlias: s(alias), ClientRequestToken: s("e")})
		expectError(t, err, "ValidationException", 400, "[Validation] Invalid lens alias "+alias+" (allowed value as alias is LensARN)")
	}
}

func deletingLensRemovesShares(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec, by := h.Client(owner, region), h.Client(recipient, region), h.Client(bystander, region)
	arn := publishedLens(t, own, "Policy ABC")
	shareLens(t, own, arn, recipient)
	shareLens(t, own, arn, bystander)
	answer(t, rec, *onlyInvitation(t, rec).ShareInvitationId, types.ShareInvitationActionAccept)
	_, err := own.DeleteLens(ctx, &wellarchitected.DeleteLensInput{LensAlias: s(arn), LensStatus: types.LensStatusTypeAll, ClientRequestToken: s("del")})
	require.NoError(t, err)
	assert.Empty(t, sharedLenses(t, rec))
	assert.Empty(t, invitations(t, by, ""))
	_, err = own.GetLens(ctx, &wellarchitected.GetLensInput{LensAlias: s(arn)})
	expectError(t, err, "ResourceNotFoundException", 404, "")
}

func lensSharePagination(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	arn := publishedLens(t, own, "Policy ABC")
	targets := []string{"444444444444", "555555555555", "666666666666"}
	for _, a := range targets {
		shareLens(t, own, arn, a)
		h.Advance(t, time.Second)
	}
	p1, err := own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), MaxResults: i32(2)})
	require.NoError(t, err)
	require.Len(t, p1.LensShareSummaries, 2)
	require.NotNil(t, p1.NextToken)
	p2, err := own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), MaxResults: i32(2), NextToken: p1.NextToken})
	require.NoError(t, err)
	require.Len(t, p2.LensShareSummaries, 1)
	assert.Nil(t, p2.NextToken)
	got := []string{*p1.LensShareSummaries[0].SharedWith, *p1.LensShareSummaries[1].SharedWith, *p2.LensShareSummaries[0].SharedWith}
	assert.Equal(t, targets, got, "creation order")

	prefix, err := own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), SharedWithPrefix: s("55")})
	require.NoError(t, err)
	require.Len(t, prefix.LensShareSummaries, 1)
	assert.Equal(t, "555555555555", *prefix.LensShareSummaries[0].SharedWith)

	for _, m := range []int32{0, 51} {
		_, err = own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), MaxResults: i32(m)})
		expectError(t, err, "ValidationException", 400, "")
	}
	_, err = own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), MaxResults: i32(2), NextToken: s("bm90LWEtdG9rZW4tYXQtYWxsLi4uLi4uLi4=")})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid NextToken")
	_, err = own.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn), SharedWithPrefix: s("4"), NextToken: p1.NextToken})
	expectError(t, err, "ValidationException", 400, "[Validation] Invalid NextToken")
}

func sharedWithValidated(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := h.Client(owner, region)
	arn := publishedLens(t, own, "Policy ABC")
	for _, bad := range []string{"12345678901", "arn:aws:iam::222222222222:root", "o-short", "not-a-principal-at-all"} {
		_, err := own.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(bad), ClientRequestToken: s("t-" + bad)})
		expectError(t, err, "ValidationException", 400, "[Validation] Invalid value for SharedWith: "+bad)
	}
	// An IAM user ARN reaches the user's account.
	shareLens(t, own, arn, "arn:aws:iam::222222222222:user/alice")
	inv := onlyInvitation(t, h.Client(recipient, region))
	assert.Equal(t, "arn:aws:iam::222222222222:user/alice", *inv.SharedWith)
}
