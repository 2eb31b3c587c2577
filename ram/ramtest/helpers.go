package ramtest

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
)

// The accounts and region scenarios use.
const (
	Owner     = "111111111111"
	Recipient = "222222222222"
	Third     = "333333333333"
	Member    = "444444444444"
	Region    = "us-east-1"
)

var ctx = context.Background()

func p[T any](v T) *T { return &v }

// awsError is what both sharesim's exceptions and aws-sdk-go-v2's errors
// satisfy.
type awsError interface {
	ErrorCode() string
	ErrorMessage() string
}

// requireError asserts an AWS error by code, message (when msg != "") and
// HTTP status 400.
func requireError(t *testing.T, err error, code, msg string) {
	t.Helper()
	requireErrorStatus(t, err, code, msg, http.StatusBadRequest)
}

func requireErrorStatus(t *testing.T, err error, code, msg string, status int) {
	t.Helper()
	require.Error(t, err, "want %s", code)
	var ae awsError
	require.True(t, errors.As(err, &ae), "error %v (%T) has no ErrorCode", err, err)
	assert.Equal(t, code, ae.ErrorCode(), "error code (message %q)", ae.ErrorMessage())
	if msg != "" {
		assert.Equal(t, msg, ae.ErrorMessage())
	}
	var hs interface{ HTTPStatusCode() int }
	if errors.As(err, &hs) {
		assert.Equal(t, status, hs.HTTPStatusCode())
	}
}

// requireMissing asserts the error of a call that omits a required member:
// the service's exception, or, when the harness's clients check required
// members themselves, any error.
func requireMissing(t *testing.T, h Harness, err error, code, msg string) {
	t.Helper()
	if c, ok := h.(RequiredMemberChecker); ok && c.ChecksRequiredMembers() {
		require.Error(t, err, "a request without a required member must fail")
		return
	}
	requireError(t, err, code, msg)
}

// sameTime asserts two instants are equal, whatever their location: front
// doors decode timestamps differently.
func sameTime(t *testing.T, want, got time.Time) {
	t.Helper()
	assert.True(t, want.Equal(got), "want %v, got %v", want, got)
}

// TGW is a transit gateway ARN (a 7-day, shareable-outside-the-org type).
func TGW(account, id string) string {
	return "arn:aws:ec2:" + Region + ":" + account + ":transit-gateway/tgw-" + id
}

// manyTGWs returns n distinct transit gateway ARNs of the owner.
func manyTGWs(n int) []string {
	arns := make([]string, n)
	for i := range arns {
		arns[i] = TGW(Owner, "many"+strconv.Itoa(i))
	}
	return arns
}

// Mesh is an App Mesh ARN (a 12-hour type that IAM principals may get).
func Mesh(account, name string) string {
	return "arn:aws:appmesh:" + Region + ":" + account + ":mesh/" + name
}

// Subnet is a subnet ARN (an organization-only type).
func Subnet(account, id string) string {
	return "arn:aws:ec2:" + Region + ":" + account + ":subnet/subnet-" + id
}

// OrgARN is the principal of an organization.
func OrgARN(management, orgID string) string {
	return "arn:aws:organizations::" + management + ":organization/" + orgID
}

// OUARN is the principal of an OU.
func OUARN(management, orgID, ouID string) string {
	return "arn:aws:organizations::" + management + ":ou/" + orgID + "/" + ouID
}

type actor struct {
	t   *testing.T
	api API
}

func as(t *testing.T, h Harness, account string) actor {
	return actor{t, h.Client(account, Region)}
}

func (a actor) create(name string, resources, principals []string, tags ...types.Tag) *types.ResourceShare {
	a.t.Helper()
	out, err := a.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p(name), ResourceArns: resources, Principals: principals, Tags: tags})
	require.NoError(a.t, err)
	require.NotNil(a.t, out.ResourceShare)
	return out.ResourceShare
}

func (a actor) shares(owner types.ResourceOwner) []types.ResourceShare {
	a.t.Helper()
	out, err := a.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: owner})
	require.NoError(a.t, err)
	return out.ResourceShares
}

func (a actor) invitations() []types.ResourceShareInvitation {
	a.t.Helper()
	out, err := a.api.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{})
	require.NoError(a.t, err)
	return out.ResourceShareInvitations
}

func (a actor) onlyInvitation() types.ResourceShareInvitation {
	a.t.Helper()
	invs := a.invitations()
	require.Len(a.t, invs, 1)
	return invs[0]
}

func (a actor) accept(arn string) (*ram.AcceptResourceShareInvitationOutput, error) {
	return a.api.AcceptResourceShareInvitation(ctx, &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: p(arn)})
}

func (a actor) reject(arn string) (*ram.RejectResourceShareInvitationOutput, error) {
	return a.api.RejectResourceShareInvitation(ctx, &ram.RejectResourceShareInvitationInput{ResourceShareInvitationArn: p(arn)})
}

// associations lists the associations of one type of the caller's shares,
// keyed by entity.
func (a actor) associations(typ types.ResourceShareAssociationType, shareARN string) map[string]types.ResourceShareAssociation {
	a.t.Helper()
	in := &ram.GetResourceShareAssociationsInput{AssociationType: typ}
	if shareARN != "" {
		in.ResourceShareArns = []string{shareARN}
	}
	out, err := a.api.GetResourceShareAssociations(ctx, in)
	require.NoError(a.t, err)
	m := map[string]types.ResourceShareAssociation{}
	for _, as := range out.ResourceShareAssociations {
		m[*as.AssociatedEntity] = as
	}
	return m
}

func (a actor) resources(owner types.ResourceOwner) []string {
	a.t.Helper()
	out, err := a.api.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: owner})
	require.NoError(a.t, err)
	var arns []string
	for _, r := range out.Resources {
		arns = append(arns, *r.Arn)
	}
	return arns
}

func (a actor) principals(owner types.ResourceOwner) []types.Principal {
	a.t.Helper()
	out, err := a.api.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: owner})
	require.NoError(a.t, err)
	return out.Principals
}

// orgWithSharing makes Owner the management account of an organization with
// RAM sharing enabled (through RAM's own operation) and Member a member under
// the root.
func orgWithSharing(t *testing.T, h Harness) (orgID, rootID string) {
	t.Helper()
	orgID, rootID = h.CreateOrganization(t, Owner)
	_, err := h.Client(Owner, Region).EnableSharingWithAwsOrganization(ctx, &ram.EnableSharingWithAwsOrganizationInput{})
	require.NoError(t, err)
	h.Admit(t, Owner, Member, rootID)
	return orgID, rootID
}
