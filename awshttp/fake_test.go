package awshttp

import (
	"context"
	"errors"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/awsmodel"
	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/wellarchitected"
)

// fakeWorld satisfies World for the admin endpoints; its facades are the
// real stubs, replaced by the fakes below through newHandler.
type fakeWorld struct {
	clock  clock.Clock
	mu     sync.Mutex
	resets int
}

func (w *fakeWorld) RAM(a, r string) *ram.Client { return ram.New(nil, a, r) }
func (w *fakeWorld) WellArchitected(a, r string) *wellarchitected.Client {
	return wellarchitected.New(nil, a, r)
}
func (w *fakeWorld) AuditManager(a, r string) *auditmanager.Client {
	return auditmanager.New(nil, a, r)
}
func (w *fakeWorld) Organizations(a string) *organizations.Client { return organizations.New(nil, a) }
func (w *fakeWorld) Clock() clock.Clock                           { return w.clock }
func (w *fakeWorld) Advance(d time.Duration) time.Time {
	switch c := w.clock.(type) {
	case *clock.Fake:
		return c.Advance(d)
	case *clock.Offset:
		return c.Advance(d)
	}
	panic("not advanceable")
}
func (w *fakeWorld) Reset() {
	w.mu.Lock()
	w.resets++
	w.mu.Unlock()
}

var fakeStart = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// newFakeHandler serves small fake facades that echo what they decoded, so
// the tests see the wire machinery and nothing else.
func newFakeHandler() (*Handler, *fakeWorld) {
	w := &fakeWorld{clock: clock.NewFake(fakeStart)}
	fs := facades(w)
	for i := range fs {
		switch fs[i].model {
		case awsmodel.RAM:
			fs[i].client = func(a, r string) any { return &fakeRAM{account: a, region: r} }
		case awsmodel.WellArchitected:
			fs[i].client = func(a, r string) any { return &fakeWA{account: a, region: r} }
		case awsmodel.AuditManager:
			fs[i].client = func(a, r string) any { return &fakeAM{} }
		case awsmodel.Organizations:
			fs[i].client = func(a, _ string) any { return &fakeOrgs{account: a} }
		}
	}
	return newHandler(w, nil, fs), w
}

func str(s string) *string { return &s }

// --- RAM (camelCase, message) ---

type fakeRAM struct{ account, region string }

type fakeTag struct {
	Key   *string `json:"key,omitempty"`
	Value *string `json:"value,omitempty"`
}

type CreateResourceShareInput struct {
	Name                    *string   `json:"name,omitempty"`
	AllowExternalPrincipals *bool     `json:"allowExternalPrincipals,omitempty"`
	Principals              []string  `json:"principals,omitempty"`
	Tags                    []fakeTag `json:"tags,omitempty"`
	ClientToken             *string   `json:"clientToken,omitempty"`
}

type fakeShare struct {
	Name              *string    `json:"name,omitempty"`
	OwningAccountID   *string    `json:"owningAccountId,omitempty"`
	Region            *string    `json:"region,omitempty"`
	CreationTime      *time.Time `json:"creationTime,omitempty"`
	AllowExternal     *bool      `json:"allowExternalPrincipals,omitempty"`
	Principals        []string   `json:"principals,omitempty"`
	Tags              []fakeTag  `json:"tags,omitempty"`
	FeatureSet        string     `json:"featureSet,omitempty"`
	PermissionVersion int32      `json:"permissionVersion,omitempty"`
}

type CreateResourceShareOutput struct {
	ResourceShare *fakeShare `json:"resourceShare,omitempty"`
	ClientToken   *string    `json:"clientToken,omitempty"`
}

func (f *fakeRAM) CreateResourceShare(_ context.Context, in *CreateResourceShareInput) (*CreateResourceShareOutput, error) {
	if in.Name != nil && *in.Name == "exists" {
		return nil, &fakeRAMError{code: "ResourceShareLimitExceededException", Message: str("too many")}
	}
	if in.Name != nil && *in.Name == "boom" {
		panic("facade bug")
	}
	if in.Name != nil && *in.Name == "plain" {
		return nil, errors.New("an unmapped error")
	}
	created := time.Date(2026, 3, 1, 12, 0, 0, 302_000_000, time.UTC)
	return &CreateResourceShareOutput{
		ResourceShare: &fakeShare{Name: in.Name, OwningAccountID: &f.account, Region: &f.region,
			CreationTime: &created, AllowExternal: in.AllowExternalPrincipals, Principals: in.Principals, Tags: in.Tags},
		ClientToken: in.ClientToken,
	}, nil
}

type DeleteResourceShareInput struct {
	ResourceShareArn *string `json:"resourceShareArn,omitempty"`
	ClientToken      *string `json:"clientToken,omitempty"`
}

type DeleteResourceShareOutput struct {
	ReturnValue *bool   `json:"returnValue,omitempty"`
	ClientToken *string `json:"clientToken,omitempty"`
	Arn         *string `json:"arn,omitempty"` // echoes the decoded query value
}

func (f *fakeRAM) DeleteResourceShare(_ context.Context, in *DeleteResourceShareInput) (*DeleteResourceShareOutput, error) {
	t := true
	return &DeleteResourceShareOutput{ReturnValue: &t, ClientToken: in.ClientToken, Arn: in.ResourceShareArn}, nil
}

type GetResourceSharesInput struct {
	ResourceOwner *string `json:"resourceOwner,omitempty"`
	MaxResults    *int32  `json:"maxResults,omitempty"`
	NextToken     *string `json:"nextToken,omitempty"`
}

type GetResourceSharesOutput struct {
	ResourceShares []fakeShare `json:"resourceShares"`
	NextToken      *string     `json:"nextToken,omitempty"`
}

func (f *fakeRAM) GetResourceShares(_ context.Context, in *GetResourceSharesInput) (*GetResourceSharesOutput, error) {
	return &GetResourceSharesOutput{}, nil
}

type fakeRAMError struct {
	code    string
	Message *string `json:"message,omitempty"`
}

func (e *fakeRAMError) Error() string        { return e.code + ": " + *e.Message }
func (e *fakeRAMError) ErrorCode() string    { return e.code }
func (e *fakeRAMError) ErrorMessage() string { return *e.Message }
func (e *fakeRAMError) HTTPStatusCode() int  { return 400 }

// --- Well-Architected (PascalCase, Message, URI labels) ---

type fakeWA struct{ account, region string }

type DeleteTemplateShareInput struct {
	TemplateArn        *string `json:"TemplateArn,omitempty"`
	ShareId            *string `json:"ShareId,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// DeleteTemplateShareOutput is empty on the wire in the model; the fake
// echoes what it decoded so the test can see it.
type DeleteTemplateShareOutput struct {
	TemplateArn        *string `json:"TemplateArn,omitempty"`
	ShareId            *string `json:"ShareId,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

func (f *fakeWA) DeleteTemplateShare(_ context.Context, in *DeleteTemplateShareInput) (*DeleteTemplateShareOutput, error) {
	return &DeleteTemplateShareOutput{TemplateArn: in.TemplateArn, ShareId: in.ShareId, ClientRequestToken: in.ClientRequestToken}, nil
}

type ListProfilesInput struct {
	ProfileNamePrefix *string `json:"ProfileNamePrefix,omitempty"`
	ProfileOwnerType  string  `json:"ProfileOwnerType,omitempty"`
	NextToken         *string `json:"NextToken,omitempty"`
	MaxResults        *int32  `json:"MaxResults,omitempty"`
}

type ListProfilesOutput struct {
	ProfileSummaries []string `json:"ProfileSummaries"`
	NextToken        *string  `json:"NextToken,omitempty"`
}

func (f *fakeWA) ListProfiles(_ context.Context, in *ListProfilesInput) (*ListProfilesOutput, error) {
	out := &ListProfilesOutput{ProfileSummaries: []string{string(in.ProfileOwnerType)}}
	if in.MaxResults != nil && *in.MaxResults == 1 {
		out.NextToken = str("next")
	}
	return out, nil
}

type GetProfileInput struct {
	ProfileArn     *string `json:"ProfileArn,omitempty"`
	ProfileVersion *string `json:"ProfileVersion,omitempty"`
}

type GetProfileOutput struct{}

func (f *fakeWA) GetProfile(_ context.Context, in *GetProfileInput) (*GetProfileOutput, error) {
	return nil, &fakeWANotFound{Message: str("No profile " + *in.ProfileArn), ResourceID: in.ProfileArn, ResourceType: str("PROFILE")}
}

type fakeWANotFound struct {
	Message      *string `json:"Message,omitempty"`
	ResourceID   *string `json:"ResourceId,omitempty"`
	ResourceType *string `json:"ResourceType,omitempty"`
}

func (e *fakeWANotFound) Error() string        { return "ResourceNotFoundException: " + *e.Message }
func (e *fakeWANotFound) ErrorCode() string    { return "ResourceNotFoundException" }
func (e *fakeWANotFound) ErrorMessage() string { return *e.Message }
func (e *fakeWANotFound) HTTPStatusCode() int  { return 404 }

// --- Audit Manager (camelCase, message) ---

type fakeAM struct{}

type ListAssessmentFrameworkShareRequestsInput struct {
	RequestType string `json:"requestType,omitempty"`
	MaxResults  *int32 `json:"maxResults,omitempty"`
}

type ListAssessmentFrameworkShareRequestsOutput struct {
	AssessmentFrameworkShareRequests []string `json:"assessmentFrameworkShareRequests"`
}

func (f *fakeAM) ListAssessmentFrameworkShareRequests(_ context.Context, in *ListAssessmentFrameworkShareRequestsInput) (*ListAssessmentFrameworkShareRequestsOutput, error) {
	return &ListAssessmentFrameworkShareRequestsOutput{AssessmentFrameworkShareRequests: []string{in.RequestType}}, nil
}

// --- Organizations (awsJson1_1, PascalCase, Message) ---

type fakeOrgs struct{ account string }

type DescribeOrganizationInput struct{}

type fakeOrganization struct {
	Id                 *string `json:"Id,omitempty"`
	MasterAccountId    *string `json:"MasterAccountId,omitempty"`
	FeatureSet         string  `json:"FeatureSet,omitempty"`
	AvailablePolicyIDs []string
}

type DescribeOrganizationOutput struct {
	Organization *fakeOrganization `json:"Organization,omitempty"`
}

func (f *fakeOrgs) DescribeOrganization(context.Context, *DescribeOrganizationInput) (*DescribeOrganizationOutput, error) {
	if f.account == "999999999999" {
		return nil, &fakeOrgsError{Message: str("Your account is not a member of an organization.")}
	}
	return &DescribeOrganizationOutput{Organization: &fakeOrganization{Id: str("o-abcdefghij"), MasterAccountId: &f.account, FeatureSet: "ALL"}}, nil
}

type fakeOrgsError struct {
	Message *string `json:"Message,omitempty"`
}

func (e *fakeOrgsError) Error() string        { return *e.Message }
func (e *fakeOrgsError) ErrorCode() string    { return "AWSOrganizationsNotInUseException" }
func (e *fakeOrgsError) ErrorMessage() string { return *e.Message }

type ImportLensInput struct {
	JSONString *string `json:"JSONString,omitempty"`
}

// ImportLensOutput echoes how many characters of JSONString arrived.
type ImportLensOutput struct {
	Characters int `json:"Characters"`
}

func (f *fakeWA) ImportLens(_ context.Context, in *ImportLensInput) (*ImportLensOutput, error) {
	if in.JSONString == nil {
		return &ImportLensOutput{}, nil
	}
	return &ImportLensOutput{Characters: utf8.RuneCountInString(*in.JSONString)}, nil
}

// The invitation operations and EnableSharingWithAwsOrganization model no
// InvalidParameterException: the wire layer's parse failures must take the
// exception they use instead.

type InvitationInput struct {
	ResourceShareInvitationArn *string `json:"resourceShareInvitationArn,omitempty"`
}

type EnableInput struct{}

type emptyOutput struct{}

func (f *fakeRAM) AcceptResourceShareInvitation(context.Context, *InvitationInput) (*emptyOutput, error) {
	return &emptyOutput{}, nil
}

func (f *fakeRAM) RejectResourceShareInvitation(context.Context, *InvitationInput) (*emptyOutput, error) {
	return &emptyOutput{}, nil
}

func (f *fakeRAM) EnableSharingWithAwsOrganization(context.Context, *EnableInput) (*emptyOutput, error) {
	return &emptyOutput{}, nil
}
