package watest

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// The accounts and regions of the scenarios.
const (
	owner       = "111111111111" // owns the resources; manages the organization
	recipient   = "222222222222"
	bystander   = "333333333333"
	region      = "us-east-1"
	otherRegion = "eu-west-1"
)

var ctx = context.Background()

// tokens numbers the client request tokens of helpers that may repeat a call.
var tokens atomic.Int64

type scenario struct {
	name string
	run  func(t *testing.T, mk HarnessMaker)
}

var scenarios []scenario

func add(name string, run func(t *testing.T, mk HarnessMaker)) {
	scenarios = append(scenarios, scenario{name, run})
}

// apiError is how the suite sees an error: our exceptions and the SDK's
// errors both satisfy it.
type apiError interface {
	error
	ErrorCode() string
	ErrorMessage() string
}

type httpStatus interface{ HTTPStatusCode() int }

// expectError checks an error's code and HTTP status, and its message when
// message is not empty.
func expectError(t *testing.T, err error, code string, status int, message string) {
	t.Helper()
	require.Error(t, err)
	var ae apiError
	require.ErrorAs(t, err, &ae, "error %v has no ErrorCode", err)
	assert.Equal(t, code, ae.ErrorCode(), "code of %v", err)
	if message != "" {
		assert.Equal(t, message, ae.ErrorMessage())
	}
	var hs httpStatus
	if assert.ErrorAs(t, err, &hs, "error %v has no HTTPStatusCode", err) {
		assert.Equal(t, status, hs.HTTPStatusCode(), "status of %v", err)
	}
}

func s(v string) *string { return &v }

func i32(v int32) *int32 { return &v }

// lensJSON is the smallest lens document ImportLens accepts, named name.
func lensJSON(name string) string {
	return fmt.Sprintf(`{"schemaVersion":"2021-11-01","name":%q,"description":"Checks policy ABC.",
 "pillars":[{"id":"pillar_one","name":"Pillar one","questions":[{"id":"question_one","title":"Do you follow ABC?",
   "choices":[{"id":"choice_yes","title":"Yes","improvementPlan":{"displayText":"Adopt ABC."}},
              {"id":"choice_no","title":"None of these"}],
   "riskRules":[{"condition":"choice_yes","risk":"NO_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`, name)
}

// draftLens imports a lens and returns its ARN.
func draftLens(t *testing.T, api API, name string) string {
	t.Helper()
	out, err := api.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: s(lensJSON(name)), ClientRequestToken: s("import-" + name)})
	require.NoError(t, err)
	require.Equal(t, types.ImportLensStatusComplete, out.Status)
	return *out.LensArn
}

// publishedLens imports a lens, publishes it as version 1.0 and returns its ARN.
func publishedLens(t *testing.T, api API, name string) string {
	t.Helper()
	arn := draftLens(t, api, name)
	_, err := api.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: s(arn), LensVersion: s("1.0"), ClientRequestToken: s("publish-" + name)})
	require.NoError(t, err)
	return arn
}

// workload creates a workload using the Framework lens and returns its ID.
func workload(t *testing.T, api API, name string) string {
	t.Helper()
	out, err := api.CreateWorkload(ctx, &wellarchitected.CreateWorkloadInput{
		WorkloadName: s(name), Description: s("A workload to share."), Environment: types.WorkloadEnvironmentProduction,
		AwsRegions: []string{region}, ReviewOwner: s("owner@example.com"), Lenses: []string{"wellarchitected"},
		ClientRequestToken: s("workload-" + name),
	})
	require.NoError(t, err)
	return *out.WorkloadId
}

// profile creates a profile and returns its ARN.
func profile(t *testing.T, api API, name string) string {
	t.Helper()
	out, err := api.CreateProfile(ctx, &wellarchitected.CreateProfileInput{
		ProfileName: s(name), ProfileDescription: s("A profile to share."),
		ProfileQuestions:   []types.ProfileQuestionUpdate{{QuestionId: s("question_one"), SelectedChoiceIds: []string{"choice_yes"}}},
		ClientRequestToken: s("profile-" + name),
	})
	require.NoError(t, err)
	require.Equal(t, "1", *out.ProfileVersion)
	return *out.ProfileArn
}

// template creates a review template over lenses and returns its ARN.
func template(t *testing.T, api API, name string, lenses ...string) string {
	t.Helper()
	if len(lenses) == 0 {
		lenses = []string{"wellarchitected"}
	}
	out, err := api.CreateReviewTemplate(ctx, &wellarchitected.CreateReviewTemplateInput{
		TemplateName: s(name), Description: s("A template to share."), Lenses: lenses, ClientRequestToken: s("template-" + name),
	})
	require.NoError(t, err)
	return *out.TemplateArn
}

func shareLens(t *testing.T, api API, arn, with string) string {
	t.Helper()
	out, err := api.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: s(arn), SharedWith: s(with), ClientRequestToken: s(fmt.Sprintf("share-%d", tokens.Add(1)))})
	require.NoError(t, err)
	return *out.ShareId
}

// invitations returns the caller's pending invitations of a type (all
// types when typ is empty).
func invitations(t *testing.T, api API, typ types.ShareResourceType) []types.ShareInvitationSummary {
	t.Helper()
	out, err := api.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{ShareResourceType: typ})
	require.NoError(t, err)
	return out.ShareInvitationSummaries
}

// onlyInvitation returns the ID of the caller's single pending invitation.
func onlyInvitation(t *testing.T, api API) types.ShareInvitationSummary {
	t.Helper()
	inv := invitations(t, api, "")
	require.Len(t, inv, 1)
	return inv[0]
}

func answer(t *testing.T, api API, id string, action types.ShareInvitationAction) {
	t.Helper()
	_, err := api.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: s(id), ShareInvitationAction: action})
	require.NoError(t, err)
}

func lensShares(t *testing.T, api API, arn string) map[string]types.LensShareSummary {
	t.Helper()
	out, err := api.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: s(arn)})
	require.NoError(t, err)
	m := map[string]types.LensShareSummary{}
	for _, sh := range out.LensShareSummaries {
		m[*sh.SharedWith] = sh
	}
	return m
}

// sharedLenses returns the ARNs of the lenses shared with the caller.
func sharedLenses(t *testing.T, api API) []string {
	t.Helper()
	out, err := api.ListLenses(ctx, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomShared})
	require.NoError(t, err)
	arns := []string{}
	for _, l := range out.LensSummaries {
		arns = append(arns, *l.LensArn)
	}
	return arns
}

func workloadIDs(t *testing.T, api API) []string {
	t.Helper()
	out, err := api.ListWorkloads(ctx, &wellarchitected.ListWorkloadsInput{})
	require.NoError(t, err)
	ids := []string{}
	for _, w := range out.WorkloadSummaries {
		ids = append(ids, *w.WorkloadId)
	}
	return ids
}

// orgWithSharing creates an organization managed by owner with an OU
// holding recipient, bystander left under the root, and turns on
// Well-Architected organization sharing.
func orgWithSharing(t *testing.T, h Harness) (orgID, rootID, ouID string) {
	t.Helper()
	orgID, rootID = h.CreateOrganization(t, owner)
	ouID = h.CreateOU(t, owner, rootID, "reviewers")
	h.Admit(t, owner, recipient, ouID)
	h.Admit(t, owner, bystander, rootID)
	_, err := h.Client(owner, region).UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusEnabled})
	require.NoError(t, err)
	return orgID, rootID, ouID
}

func errorsAs[T any](err error, target *T) bool { return errors.As(err, target) }

// messageOf returns the ErrorMessage of an API error.
func messageOf(err error) string {
	var ae apiError
	if errors.As(err, &ae) {
		return ae.ErrorMessage()
	}
	return ""
}
