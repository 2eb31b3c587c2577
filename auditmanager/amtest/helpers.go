package amtest

import (
	"context"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
)

// The accounts and regions scenarios act as.
const (
	sender    = "111111111111"
	recipient = "222222222222"
	third     = "333333333333"
	region    = "us-east-1"
	region2   = "eu-west-1"
)

const day = 24 * time.Hour

var (
	ctx = context.Background()
	// uuidRE is a lowercase version 4 UUID: the model's UUID pattern, with
	// the version and variant the spec names.
	uuidRE = regexp.MustCompile(`^[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}$`)
)

func p[T any](v T) *T { return &v }

// apiError is what both sharesim's exceptions and the SDK's errors offer.
type apiError interface {
	ErrorCode() string
	ErrorMessage() string
}

type httpStatus interface{ HTTPStatusCode() int }

// wantErr asserts an error's code, HTTP status and, when msg is not empty,
// its exact message.
func wantErr(t *testing.T, err error, code string, status int, msg string) {
	t.Helper()
	require.Error(t, err, "want %s", code)
	var ae apiError
	require.ErrorAs(t, err, &ae, "error %v has no error code", err)
	assert.Equal(t, code, ae.ErrorCode(), "code of %v", err)
	if msg != "" {
		assert.Equal(t, msg, ae.ErrorMessage())
	}
	var hs httpStatus
	if assert.ErrorAs(t, err, &hs, "error %v has no HTTP status", err) {
		assert.Equal(t, status, hs.HTTPStatusCode(), "status of %v", err)
	}
}

func wantValidation(t *testing.T, err error, msg string) {
	t.Helper()
	wantErr(t, err, "ValidationException", 400, msg)
}

func wantNotFound(t *testing.T, err error, resourceType, id string) {
	t.Helper()
	wantErr(t, err, "ResourceNotFoundException", 404, "The "+resourceType+" "+id+" can't be found.")
}

const (
	msgNotRegistered = "Your account isn't registered with Audit Manager. Check the delegated administrator setup on the Audit Manager settings page, and try again."
	msgQuota         = "You've reached your account quota for this resource type. To perform the requested action, delete some existing resources or request a quota increase from the Service Quotas console."
)

func manualSource() types.CreateControlMappingSource {
	return types.CreateControlMappingSource{
		SourceName: p("Manual evidence"), SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping,
		SourceType: types.SourceTypeManual,
	}
}

func createControl(t *testing.T, c API, name string) types.Control {
	t.Helper()
	out, err := c.CreateControl(ctx, &auditmanager.CreateControlInput{
		Name: p(name), ControlMappingSources: []types.CreateControlMappingSource{manualSource()},
		Tags: map[string]string{"team": "audit"},
	})
	require.NoError(t, err)
	return *out.Control
}

func standardControlIDs(t *testing.T, c API) []string {
	t.Helper()
	out, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeStandard})
	require.NoError(t, err)
	var ids []string
	for _, m := range out.ControlMetadataList {
		ids = append(ids, *m.Id)
	}
	require.NotEmpty(t, ids)
	return ids
}

func controls(ids ...string) []types.CreateAssessmentFrameworkControl {
	out := make([]types.CreateAssessmentFrameworkControl, len(ids))
	for i, id := range ids {
		out[i] = types.CreateAssessmentFrameworkControl{Id: p(id)}
	}
	return out
}

// createFramework makes a custom framework of two sets: two custom controls
// with one standard control, and the first custom control again.
func createFramework(t *testing.T, c API, name string) types.Framework {
	t.Helper()
	a := createControl(t, c, name+" control A")
	b := createControl(t, c, name+" control B")
	std := standardControlIDs(t, c)[0]
	out, err := c.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{
		Name: p(name), Description: p("The " + name + " framework"), ComplianceType: p("Internal"),
		ControlSets: []types.CreateAssessmentFrameworkControlSet{
			{Name: p("Access"), Controls: controls(*a.Id, *b.Id, std)},
			{Name: p("Logging"), Controls: controls(*a.Id)},
		},
		Tags: map[string]string{"team": "audit"},
	})
	require.NoError(t, err)
	return *out.Framework
}

func start(t *testing.T, c API, frameworkID, account, destRegion string) types.AssessmentFrameworkShareRequest {
	t.Helper()
	out, err := c.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: p(frameworkID), DestinationAccount: p(account), DestinationRegion: p(destRegion),
		Comment: p("please review"),
	})
	require.NoError(t, err)
	return *out.AssessmentFrameworkShareRequest
}

func list(t *testing.T, c API, side types.ShareRequestType) []types.AssessmentFrameworkShareRequest {
	t.Helper()
	var all []types.AssessmentFrameworkShareRequest
	in := &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: side}
	for {
		out, err := c.ListAssessmentFrameworkShareRequests(ctx, in)
		require.NoError(t, err)
		all = append(all, out.AssessmentFrameworkShareRequests...)
		if out.NextToken == nil {
			return all
		}
		in.NextToken = out.NextToken
	}
}

// find returns the request with id in the caller's view, or nil.
func find(t *testing.T, c API, side types.ShareRequestType, id string) *types.AssessmentFrameworkShareRequest {
	t.Helper()
	for _, r := range list(t, c, side) {
		if *r.Id == id {
			return &r
		}
	}
	return nil
}

// statusOf returns the request's status in the caller's view.
func statusOf(t *testing.T, c API, side types.ShareRequestType, id string) types.ShareRequestStatus {
	t.Helper()
	r := find(t, c, side, id)
	require.NotNil(t, r, "request %s not in the %s view", id, side)
	return r.Status
}

func update(c API, id string, side types.ShareRequestType, action types.ShareRequestAction) (*types.AssessmentFrameworkShareRequest, error) {
	out, err := c.UpdateAssessmentFrameworkShare(ctx, &auditmanager.UpdateAssessmentFrameworkShareInput{
		RequestId: p(id), RequestType: side, Action: action,
	})
	if err != nil {
		return nil, err
	}
	return out.AssessmentFrameworkShareRequest, nil
}

func del(c API, id string, side types.ShareRequestType) error {
	_, err := c.DeleteAssessmentFrameworkShare(ctx, &auditmanager.DeleteAssessmentFrameworkShareInput{
		RequestId: p(id), RequestType: side,
	})
	return err
}

func customFrameworks(t *testing.T, c API) []types.AssessmentFrameworkMetadata {
	t.Helper()
	out, err := c.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeCustom})
	require.NoError(t, err)
	return out.FrameworkMetadataList
}

func customControls(t *testing.T, c API) []types.ControlMetadata {
	t.Helper()
	out, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCustom})
	require.NoError(t, err)
	return out.ControlMetadataList
}

const (
	sent     = types.ShareRequestTypeSent
	received = types.ShareRequestTypeReceived
	accept   = types.ShareRequestActionAccept
	decline  = types.ShareRequestActionDecline
	revoke   = types.ShareRequestActionRevoke
)
