package wellarchitected

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/invitation"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

type exception interface {
	error
	ErrorCode() string
	ErrorMessage() string
	HTTPStatusCode() int
}

// TestAPIErrorMapsEveryDomainError walks every sentinel and reason the
// Well-Architected domain returns.
func TestAPIErrorMapsEveryDomainError(t *testing.T) {
	withLimit := func(e *share.Error, n int) *share.Error { e.Limit = n; return e }
	terminal := &share.Error{Op: "UpdateWorkloadShare", Kind: share.ErrInvalidTransition, Entity: share.EntityWAShare, ID: "s1", Reason: share.ReasonWAShareTerminal}
	// WAStatusOf reads the status from the wrapped error; build one the way the domain does.
	terminal.Err = statusErr(t)

	cases := []struct {
		err    error
		code   string
		status int
		msg    string
	}{
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityWAWorkload, ID: "w1"}, "ResourceNotFoundException", 404, "[ResourceNotFound] No workload with ID w1"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityWALens, ID: "l1"}, "ResourceNotFoundException", 404, "[ResourceNotFound] No lens with alias l1"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityWAProfile, ID: "p1"}, "ResourceNotFoundException", 404, "[ResourceNotFound] No profile with ARN p1"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityWATemplate, ID: "t1"}, "ResourceNotFoundException", 404, "[ResourceNotFound] No review template with ARN t1"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityWAShare, ID: "s1"}, "ResourceNotFoundException", 404, "[ResourceNotFound] No share with ID s1"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityWAInvitation, ID: "i1"}, "ResourceNotFoundException", 404, "[ResourceNotFound] No share invitation with ID i1"},
		{&share.Error{Op: "CreateTemplateShare", Kind: share.ErrAccessDenied, Entity: share.EntityWATemplate}, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the review template can share it"},
		{&share.Error{Op: "ListWorkloadShares", Kind: share.ErrAccessDenied, Entity: share.EntityWAWorkload}, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the workload can list the shares of it"},
		{&share.Error{Op: "CreateLensVersion", Kind: share.ErrAccessDenied, Entity: share.EntityWALens}, "AccessDeniedException", 403, "[AccessDenied] Only the owner of the lens can publish it"},
		{&share.Error{Op: "EnableAWSServiceAccess", Kind: share.ErrAccessDenied, Entity: share.EntityAccount}, "AccessDeniedException", 403, "[AccessDenied] Only the management account of an organization can change organization sharing"},
		{&share.Error{Kind: share.ErrIdempotencyMismatch, Entity: share.EntityClientToken, ID: "tok"}, "ConflictException", 409, "[Conflict] The client request token tok was already used with different parameters"},
		{&share.Error{Kind: share.ErrInvalidToken, Entity: share.EntityToken}, "ValidationException", 400, "[Validation] Invalid NextToken"},
		{&share.Error{Kind: share.ErrNotInOrganization, Entity: share.EntityAccount}, "ValidationException", 400, "[Validation] Your account is not a member of an organization"},
		{&share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityOrganization, Reason: share.ReasonWANotAllFeatures}, "ValidationException", 400, "[Validation] Your organization must have all features enabled"},
		{&share.Error{Op: "CreateLensShare", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, Reason: share.ReasonWAOfficialLens}, "ValidationException", 400, "[Validation] AWS official lenses can't be shared"},
		{&share.Error{Op: "DeleteLens", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, Reason: share.ReasonWAOfficialLens}, "ValidationException", 400, "[Validation] AWS official lenses can't be deleted"},
		{&share.Error{Op: "ImportLens", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, ID: "x", Reason: share.ReasonWANotLensARN}, "ValidationException", 400, "[Validation] Invalid lens alias x (allowed value as alias is LensARN)"},
		{&share.Error{Op: "CreateLensShare", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, ID: "a", Reason: share.ReasonWANotPublished}, "ValidationException", 400, "[Validation] Lens a must be published before it can be shared"},
		{&share.Error{Op: "CreateWorkload", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, ID: "a", Reason: share.ReasonWANotPublished}, "ValidationException", 400, "[Validation] Lens a is not published"},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityWASharedWith, Reason: share.ReasonWAOwnAccount}, "ValidationException", 400, "[Validation] You can't share with your own account"},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityWASharedWith, Reason: share.ReasonWAOrgSharingOff}, "ValidationException", 400, "[Validation] Organization sharing is not enabled"},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityWASharedWith, ID: "ou-x", Reason: share.ReasonWANotInOrg}, "ValidationException", 400, "[Validation] ou-x is not in your organization"},
		{withLimit(&share.Error{Kind: share.ErrInvalidArgument, Reason: share.ReasonWATooManyLenses}, 20), "ValidationException", 400, "[Validation] Invalid value for Lenses: at most 20 lenses are allowed"},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityWASharedWith, ID: "bad"}, "ValidationException", 400, "[Validation] Invalid value for SharedWith: bad"},
		{&share.Error{Kind: share.ErrConflict, Entity: share.EntityWALens, ID: "a", Reason: share.ReasonWANoDraft}, "ConflictException", 409, "[Conflict] Lens a has no draft to publish"},
		{&share.Error{Kind: share.ErrConflict, Entity: share.EntityWALensVer, ID: "1", Reason: share.ReasonWAVersionExists}, "ConflictException", 409, "[Conflict] Lens version 1 already exists"},
		{&share.Error{Kind: share.ErrConflict, Entity: share.EntityWAWorkload, ID: "W", Reason: share.ReasonWANameExists}, "ConflictException", 409, "[Conflict] A workload with the name W already exists"},
		{&share.Error{Kind: share.ErrConflict, Entity: share.EntityWAProfile, ID: "P", Reason: share.ReasonWANameExists}, "ConflictException", 409, "[Conflict] A profile with the name P already exists"},
		{terminal, "ConflictException", 409, "[Conflict] Share s1 is EXPIRED and can't be updated"},
		{&share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityWAInvitation, ID: "i", Err: invitation.ErrAlreadyAccepted}, "ConflictException", 409, "[Conflict] Share invitation i has already been accepted"},
		{&share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityWAInvitation, ID: "i", Err: invitation.ErrAlreadyRejected}, "ConflictException", 409, "[Conflict] Share invitation i has already been rejected"},
		{&share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityWAInvitation, ID: "i", Err: invitation.ErrExpired}, "ConflictException", 409, "[Conflict] Share invitation i has expired"},
		{errors.New("boom"), "InternalServerException", 500, "[InternalServer] boom"},
		{&share.Error{Kind: share.ErrNotEmpty}, "InternalServerException", 500, ""},
	}
	quotas := map[string]string{
		share.WAQuotaSharesPerLens: "L-E62A1DE4", share.WAQuotaSharesPerWorkload: "L-7E98904D", share.WAQuotaSharesPerProfile: "PROFILE_SHARES",
		share.WAQuotaSharesPerTemplate: "L-A5DDC022", share.WAQuotaCustomLenses: "L-BAE0003F", share.WAQuotaLensVersions: "LENS_VERSIONS",
		share.WAQuotaWorkloads: "L-ACECEBBD", share.WAQuotaReviewTemplates: "L-D69BFA30",
	}
	for quota, code := range quotas {
		err := apiError(withLimit(&share.Error{Kind: share.ErrLimitExceeded, Entity: share.EntityWALens, ID: "r", Reason: quota}, 7))
		var q *types.ServiceQuotaExceededException
		require.ErrorAs(t, err, &q, quota)
		assert.Equal(t, 402, q.HTTPStatusCode())
		assert.Equal(t, code, *q.QuotaCode)
		assert.Equal(t, "wellarchitected", *q.ServiceCode)
		assert.Contains(t, q.ErrorMessage(), "[ServiceQuotaExceeded] You have reached the limit of 7 ")
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.err), func(t *testing.T) {
			var ex exception
			require.ErrorAs(t, apiError(c.err), &ex)
			assert.Equal(t, c.code, ex.ErrorCode())
			assert.Equal(t, c.status, ex.HTTPStatusCode())
			if c.msg != "" {
				assert.Equal(t, c.msg, ex.ErrorMessage())
			}
		})
	}
}

// TestValidationReasons pins the Reason and Fields of every
// ValidationException the domain's errors map to: plain W1 messages are
// FIELD_VALIDATION_FAILED and name the member; those the spec marks OTHER
// carry no field.
func TestValidationReasons(t *testing.T) {
	field := types.ValidationExceptionReasonFieldValidationFailed
	cases := []struct {
		err    *share.Error
		reason types.ValidationExceptionReason
		member string
	}{
		{&share.Error{Op: "CreateLensShare", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, ID: "a", Reason: share.ReasonWANotPublished}, field, "LensAlias"},
		{&share.Error{Op: "CreateWorkload", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, ID: "a", Reason: share.ReasonWANotPublished}, field, "Lenses"},
		{&share.Error{Op: "CreateReviewTemplate", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, ID: "a", Reason: share.ReasonWANotPublished}, field, "Lenses"},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityWASharedWith, Reason: share.ReasonWAOwnAccount}, field, "SharedWith"},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityWASharedWith, ID: "ou-x", Reason: share.ReasonWANotInOrg}, field, "SharedWith"},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityWASharedWith, ID: "bad"}, field, "SharedWith"},
		{&share.Error{Kind: share.ErrInvalidArgument, Reason: share.ReasonWATooManyLenses, Limit: 20}, field, "Lenses"},
		{&share.Error{Op: "ImportLens", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, ID: "x", Reason: share.ReasonWANotLensARN}, field, "LensAlias"},
		{&share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityOrganization, Reason: share.ReasonWANotAllFeatures}, field, "OrganizationSharingStatus"},
		{&share.Error{Op: "CreateLensShare", Kind: share.ErrInvalidArgument, Entity: share.EntityWALens, Reason: share.ReasonWAOfficialLens}, types.ValidationExceptionReasonOther, ""},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityWASharedWith, Reason: share.ReasonWAOrgSharingOff}, types.ValidationExceptionReasonOther, ""},
		{&share.Error{Kind: share.ErrNotInOrganization, Entity: share.EntityAccount}, types.ValidationExceptionReasonOther, ""},
		{&share.Error{Kind: share.ErrInvalidToken, Entity: share.EntityToken}, types.ValidationExceptionReasonOther, ""},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.err), func(t *testing.T) {
			var v *types.ValidationException
			require.ErrorAs(t, apiError(c.err), &v)
			assert.Equal(t, c.reason, v.Reason)
			if c.member == "" {
				assert.Empty(t, v.Fields)
				return
			}
			require.Len(t, v.Fields, 1)
			assert.Equal(t, c.member, *v.Fields[0].Name)
			assert.Contains(t, v.ErrorMessage(), *v.Fields[0].Message, "the field message says what the message says")
		})
	}
}

// TestExclusivePrefixesNameAField: two name prefixes are W1, which names a
// member at fault (wellarchitected.md §3.18, §0.1).
func TestExclusivePrefixesNameAField(t *testing.T) {
	store, _ := sharetest.NewStore(nil)
	c := New(store, "111111111111", "us-east-1")
	_, err := c.ListShareInvitations(context.Background(), &ListShareInvitationsInput{WorkloadNamePrefix: ptr("a"), TemplateNamePrefix: ptr("b")})
	var v *types.ValidationException
	require.ErrorAs(t, err, &v)
	assert.Equal(t, types.ValidationExceptionReasonFieldValidationFailed, v.Reason)
	require.Len(t, v.Fields, 1)
	assert.Equal(t, "TemplateNamePrefix", *v.Fields[0].Name)
	assert.Equal(t, "[Validation] "+*v.Fields[0].Message, v.ErrorMessage())
}

// statusErr returns a real terminal-share error from the domain's wrapper.
func statusErr(t *testing.T) error {
	t.Helper()
	store, clk := sharetest.NewStore(nil)
	c := New(store, "111111111111", "us-east-1")
	w, err := c.CreateWorkload(context.Background(), &CreateWorkloadInput{WorkloadName: ptr("Payments"), Description: ptr("desc"),
		Environment: types.WorkloadEnvironmentProduction, AwsRegions: []string{"us-east-1"}, ReviewOwner: ptr("owner"), Lenses: []string{"wellarchitected"}})
	require.NoError(t, err)
	sh, err := c.CreateWorkloadShare(context.Background(), &CreateWorkloadShareInput{WorkloadId: w.WorkloadId, SharedWith: ptr("222222222222"), PermissionType: types.PermissionTypeReadonly})
	require.NoError(t, err)
	clk.Advance(8 * 24 * 60 * 60 * 1e9)
	_, err = store.WAUpdateWorkloadShare(share.Caller{Account: "111111111111", Region: "us-east-1"}, *w.WorkloadId, *sh.ShareId, share.WAContributor)
	var e *share.Error
	require.ErrorAs(t, err, &e)
	st, ok := share.WAStatusOf(err)
	require.True(t, ok)
	require.Equal(t, share.WAShareExpired, st)
	return e.Err
}

func TestStrictClientRequiresToken(t *testing.T) {
	store, _ := sharetest.NewStore(nil)
	c := New(store, "111111111111", "us-east-1").Strict()
	_, err := c.ImportLens(context.Background(), &ImportLensInput{JSONString: ptr("{}")})
	var v *types.ValidationException
	require.ErrorAs(t, err, &v)
	assert.Equal(t, "[Validation] ClientRequestToken is required", v.ErrorMessage())
	assert.Equal(t, types.ValidationExceptionReasonFieldValidationFailed, v.Reason)
	assert.Equal(t, "ClientRequestToken", *v.Fields[0].Name)

	// The lenient client fills it in, like the SDK.
	_, err = New(store, "111111111111", "us-east-1").CreateProfile(context.Background(), &CreateProfileInput{
		ProfileName: ptr("prof"), ProfileDescription: ptr("desc"), ProfileQuestions: []types.ProfileQuestionUpdate{}})
	require.NoError(t, err)
}

func TestValidationOrder(t *testing.T) {
	store, _ := sharetest.NewStore(nil)
	c := New(store, "111111111111", "us-east-1")
	ctx := context.Background()
	// Required members come before constraints.
	_, err := c.CreateWorkloadShare(ctx, &CreateWorkloadShareInput{WorkloadId: ptr("not-hex"), PermissionType: "BAD"})
	assert.Equal(t, "[Validation] SharedWith is required", err.(exception).ErrorMessage())
	_, err = c.CreateWorkloadShare(ctx, &CreateWorkloadShareInput{WorkloadId: ptr("not-hex"), SharedWith: ptr("222222222222"), PermissionType: "BAD"})
	assert.Equal(t, "[Validation] Invalid value for WorkloadId: length must be between 32 and 32", err.(exception).ErrorMessage())
	// A nil input is an empty one.
	_, err = c.GetWorkload(ctx, nil)
	assert.Equal(t, "[Validation] WorkloadId is required", err.(exception).ErrorMessage())
	_, err = c.CreateWorkload(ctx, &CreateWorkloadInput{WorkloadName: ptr("Payments"), Description: ptr("desc"),
		Environment: types.WorkloadEnvironmentProduction, ReviewOwner: ptr("owner"), Lenses: []string{"wellarchitected"}})
	assert.Equal(t, "[Validation] Either AwsRegions or NonAwsRegions must be specified", err.(exception).ErrorMessage())
	_, err = c.ListWorkloads(ctx, &ListWorkloadsInput{MaxResults: ptr(int32(51))})
	assert.Equal(t, "[Validation] Invalid value for MaxResults: must be between 1 and 50", err.(exception).ErrorMessage())
	_, err = c.CreateWorkload(ctx, &CreateWorkloadInput{WorkloadName: ptr("wl"), Description: ptr("desc"), Environment: types.WorkloadEnvironmentProduction,
		AwsRegions: []string{"us-east-1"}, ReviewOwner: ptr("owner"), Lenses: []string{"nosuchlens"}})
	assert.Equal(t, "[Validation] Invalid value for WorkloadName: length must be between 3 and 100", err.(exception).ErrorMessage())
}

func TestLensJSONValidation(t *testing.T) {
	good := `{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"pil","name":"P","questions":[{"id":"q_1","title":"Q",
	"choices":[{"id":"c_a","title":"A","improvementPlan":{"displayText":"x","url":"https://example.com"}},{"id":"c_no","title":"None"}],
	"riskRules":[{"condition":"c_a && !c_no","risk":"NO_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`
	doc, err := parseLensJSON(good)
	require.NoError(t, err)
	assert.Equal(t, "N", doc.Name)
	assert.Equal(t, "D", doc.Description)

	cases := map[string]string{
		`[]`:             "", // not an object: a parse error
		`{"name":`:       "", // not JSON
		`{"name":5}`:     "name: must be a string",
		`{"pillars":{}}`: "pillars: must be an array",
		`{"pillars":[{"questions":[{"title":true}]}]}`:                             "pillars[0].questions[0].title: must be a string",
		`{"pillars":[{"questions":[{"id":"q"},{"id":5}]}]}`:                        "pillars[0].questions[1].id: must be a string",
		`{"SchemaVersion":"2021-11-01","NAME":"N","description":"D","pillars":[]}`: "schemaVersion: required", // keys match exactly
		`{"name":"N"} {}`: "", // data after the document
		`{"schemaVersion":"2020-01-01","name":"N","description":"D","pillars":[]}`:                                       "schemaVersion: must be 2021-11-01",
		`{"schemaVersion":"2021-11-01","description":"D","pillars":[]}`:                                                  "name: required",
		`{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[]}`:                                       "pillars: at least 1 item required",
		`{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"p"}]}`:                             "pillars[0].id: length must be between 3 and 128",
		`{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"pil","name":"P","questions":[]}]}`: "pillars[0].questions: at least 1 item required",
		`{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"pil","name":"P","questions":[{"id":"q_1","title":"Q","choices":[{"id":"c_a","title":"A","improvementPlan":{"displayText":"x","url":"ftp://x"}}],"riskRules":[{"condition":"default","risk":"NO_RISK"}]}]}]}`:                                                                               "pillars[0].questions[0].choices[0].improvementPlan.url: must start with http:// or https://",
		`{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"pil","name":"P","questions":[{"id":"q_1","title":"Q","choices":[{"id":"c_no","title":"A"}],"riskRules":[{"condition":"c_x","risk":"NO_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`:                                                                                             "pillars[0].questions[0].riskRules[0].condition: unknown choice c_x",
		`{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"pil","name":"P","questions":[{"id":"q_1","title":"Q","choices":[{"id":"c_no","title":"A"}],"riskRules":[{"condition":"c_no","risk":"HIGH_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`:                                                                                          "pillars[0].questions[0].riskRules[1].risk: duplicate risk HIGH_RISK",
		`{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"pil","name":"P","questions":[{"id":"q_1","title":"Q","choices":[{"id":"c_no","title":"A"}],"riskRules":[{"condition":"default","risk":"HIGH_RISK"},{"condition":"default","risk":"HIGH_RISK"},{"condition":"default","risk":"HIGH_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`: "pillars[0].questions[0].riskRules: at most 3 items allowed",
		`{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"pil","name":"P","questions":[{"id":"q_1","title":"Q","choices":[{"id":"c_no","title":"A"},{"id":"c_no","title":"B"}],"riskRules":[{"condition":"default","risk":"HIGH_RISK"}]}]}]}`:                                                                                                        "pillars[0].questions[0].choices[1].id: duplicate id c_no",
	}
	for in, problem := range cases {
		_, err := parseLensJSON(in)
		var v *types.ValidationException
		require.ErrorAs(t, err, &v, in)
		if problem == "" {
			assert.Equal(t, types.ValidationExceptionReasonCannotParse, v.Reason)
			continue
		}
		assert.Equal(t, types.ValidationExceptionReasonFieldValidationFailed, v.Reason)
		assert.Equal(t, "[Validation] Invalid lens JSON: "+problem, v.ErrorMessage())
	}
}

func TestThrottleIsInjectable(t *testing.T) {
	calls := 0
	store, _ := sharetest.NewStore(&share.Options{WellArchitected: share.WAOptions{Throttle: func(c share.Caller, op string) bool {
		calls++
		return c.Account == "222222222222" && op == "ListLenses"
	}}})
	_, err := New(store, "222222222222", "us-east-1").ListLenses(context.Background(), nil)
	var th *types.ThrottlingException
	require.ErrorAs(t, err, &th)
	assert.Equal(t, "ThrottlingException", th.ErrorCode())
	assert.Equal(t, 429, th.HTTPStatusCode())
	_, err = New(store, "111111111111", "us-east-1").ListLenses(context.Background(), nil)
	require.NoError(t, err)
	_, err = New(store, "222222222222", "us-east-1").GetGlobalSettings(context.Background(), nil)
	require.NoError(t, err)
	assert.Equal(t, 3, calls)
}

// Risk-rule conditions are boolean expressions over the question's choices.
func TestLensConditionSyntax(t *testing.T) {
	doc := func(cond string) string {
		return `{"schemaVersion":"2021-11-01","name":"N","description":"D","pillars":[{"id":"pil","name":"P","questions":[{"id":"q_1","title":"Q",
	"choices":[{"id":"c_a","title":"A","improvementPlan":{"displayText":"x"}},{"id":"c_b","title":"B","improvementPlan":{"displayText":"y"}},{"id":"c_no","title":"None"}],
	"riskRules":[{"condition":` + fmt.Sprintf("%q", cond) + `,"risk":"NO_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`
	}
	for _, ok := range []string{"c_a", "!c_no", "c_a && c_b", "(c_a || c_b) && !c_no", "!(c_a&&c_b)", " c_a "} {
		_, err := parseLensJSON(doc(ok))
		assert.NoError(t, err, ok)
	}
	const bad = "must be default or an expression of choice IDs with &&, || and !"
	for cond, problem := range map[string]string{
		"c_a c_b":    bad,
		"c_a &&":     bad,
		"(c_a":       bad,
		"c_a)":       bad,
		"c_a & c_b":  bad,
		"c_a ; c_b":  bad,
		"":           bad,
		"c_a || c_z": "unknown choice c_z",
	} {
		_, err := parseLensJSON(doc(cond))
		var v *types.ValidationException
		require.ErrorAs(t, err, &v, cond)
		assert.Equal(t, "[Validation] Invalid lens JSON: pillars[0].questions[0].riskRules[0].condition: "+problem, v.ErrorMessage(), cond)
	}
}

// A panic inside a call becomes an InternalServerException, the only way
// sharesim produces one (spec §0.1).
func TestPanicIsInternalServerException(t *testing.T) {
	store, _ := sharetest.NewStore(&share.Options{WellArchitected: share.WAOptions{Throttle: func(c share.Caller, op string) bool {
		if op == "ListLenses" {
			panic("injected failure")
		}
		return false
	}}})
	c := New(store, "111111111111", "us-east-1")
	out, err := c.ListLenses(context.Background(), nil)
	assert.Nil(t, out)
	var ise *types.InternalServerException
	require.ErrorAs(t, err, &ise)
	assert.Equal(t, "[InternalServer] injected failure", ise.ErrorMessage())
	assert.Equal(t, 500, ise.HTTPStatusCode())
	_, err = c.GetGlobalSettings(context.Background(), nil)
	require.NoError(t, err, "the client keeps working")
}
