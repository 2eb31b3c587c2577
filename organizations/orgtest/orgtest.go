// Package orgtest is the conformance suite of the AWS Organizations facade.
// It is written once against the [API] interface and run against every front
// door: the in-process client, the HTTP handler, and real aws-sdk-go-v2
// clients.
package orgtest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// API is the method set of [organizations.Client] the suite exercises.
type API interface {
	CreateOrganization(context.Context, *organizations.CreateOrganizationInput) (*organizations.CreateOrganizationOutput, error)
	DescribeOrganization(context.Context, *organizations.DescribeOrganizationInput) (*organizations.DescribeOrganizationOutput, error)
	DeleteOrganization(context.Context, *organizations.DeleteOrganizationInput) (*organizations.DeleteOrganizationOutput, error)
	CreateAccount(context.Context, *organizations.CreateAccountInput) (*organizations.CreateAccountOutput, error)
	DescribeCreateAccountStatus(context.Context, *organizations.DescribeCreateAccountStatusInput) (*organizations.DescribeCreateAccountStatusOutput, error)
	ListAccounts(context.Context, *organizations.ListAccountsInput) (*organizations.ListAccountsOutput, error)
	DescribeAccount(context.Context, *organizations.DescribeAccountInput) (*organizations.DescribeAccountOutput, error)
	ListRoots(context.Context, *organizations.ListRootsInput) (*organizations.ListRootsOutput, error)
	CreateOrganizationalUnit(context.Context, *organizations.CreateOrganizationalUnitInput) (*organizations.CreateOrganizationalUnitOutput, error)
	ListOrganizationalUnitsForParent(context.Context, *organizations.ListOrganizationalUnitsForParentInput) (*organizations.ListOrganizationalUnitsForParentOutput, error)
	DescribeOrganizationalUnit(context.Context, *organizations.DescribeOrganizationalUnitInput) (*organizations.DescribeOrganizationalUnitOutput, error)
	MoveAccount(context.Context, *organizations.MoveAccountInput) (*organizations.MoveAccountOutput, error)
	ListParents(context.Context, *organizations.ListParentsInput) (*organizations.ListParentsOutput, error)
	ListChildren(context.Context, *organizations.ListChildrenInput) (*organizations.ListChildrenOutput, error)
	ListAccountsForParent(context.Context, *organizations.ListAccountsForParentInput) (*organizations.ListAccountsForParentOutput, error)
	EnableAWSServiceAccess(context.Context, *organizations.EnableAWSServiceAccessInput) (*organizations.EnableAWSServiceAccessOutput, error)
	DisableAWSServiceAccess(context.Context, *organizations.DisableAWSServiceAccessInput) (*organizations.DisableAWSServiceAccessOutput, error)
	ListAWSServiceAccessForOrganization(context.Context, *organizations.ListAWSServiceAccessForOrganizationInput) (*organizations.ListAWSServiceAccessForOrganizationOutput, error)
	InviteAccountToOrganization(context.Context, *organizations.InviteAccountToOrganizationInput) (*organizations.InviteAccountToOrganizationOutput, error)
	AcceptHandshake(context.Context, *organizations.AcceptHandshakeInput) (*organizations.AcceptHandshakeOutput, error)
	DeclineHandshake(context.Context, *organizations.DeclineHandshakeInput) (*organizations.DeclineHandshakeOutput, error)
	CancelHandshake(context.Context, *organizations.CancelHandshakeInput) (*organizations.CancelHandshakeOutput, error)
	DescribeHandshake(context.Context, *organizations.DescribeHandshakeInput) (*organizations.DescribeHandshakeOutput, error)
	ListHandshakesForAccount(context.Context, *organizations.ListHandshakesForAccountInput) (*organizations.ListHandshakesForAccountOutput, error)
	ListHandshakesForOrganization(context.Context, *organizations.ListHandshakesForOrganizationInput) (*organizations.ListHandshakesForOrganizationOutput, error)
	RemoveAccountFromOrganization(context.Context, *organizations.RemoveAccountFromOrganizationInput) (*organizations.RemoveAccountFromOrganizationOutput, error)
	LeaveOrganization(context.Context, *organizations.LeaveOrganizationInput) (*organizations.LeaveOrganizationOutput, error)
}

var _ API = (*organizations.Client)(nil)

// Harness is one front door to a fresh world.
type Harness interface {
	sharetest.World
	// Client returns an API acting as account.
	Client(account string) API
}

// HarnessMaker builds a harness over a new, empty world configured with
// opts (nil for defaults). The world's clock must be controllable through
// Advance.
type HarnessMaker func(t *testing.T, opts *share.Options) Harness

// Accounts the scenarios act as.
const (
	Management = "111111111111"
	Member     = "222222222222"
	Outsider   = "333333333333"
)

// APIError is what every front door's errors satisfy.
type APIError interface {
	ErrorCode() string
	ErrorMessage() string
}

// RequireAPIError fails the test unless err is an AWS error with the given
// code and message, and, when reason is not empty, a Reason member holding it.
func RequireAPIError(t testing.TB, err error, code, message, reason string) {
	t.Helper()
	var ae APIError
	if !errors.As(err, &ae) {
		t.Fatalf("want %s error, got %v", code, err)
	}
	if ae.ErrorCode() != code || ae.ErrorMessage() != message {
		t.Fatalf("want %s %q, got %s %q", code, message, ae.ErrorCode(), ae.ErrorMessage())
	}
	if reason != "" {
		if got := fieldString(ae, "Reason"); got != reason {
			t.Fatalf("want %s reason %q, got %q", code, reason, got)
		}
	}
	var hs interface{ HTTPStatusCode() int }
	if errors.As(err, &hs) && hs.HTTPStatusCode() != 400 && code != "ServiceException" {
		t.Fatalf("want HTTP 400 for %s, got %d", code, hs.HTTPStatusCode())
	}
}

// fieldString reads a string-kinded field of the struct behind v.
func fieldString(v any, name string) string {
	rv := reflect.Indirect(reflect.ValueOf(v))
	if rv.Kind() != reflect.Struct {
		return ""
	}
	f := rv.FieldByName(name)
	if !f.IsValid() {
		return ""
	}
	f = reflect.Indirect(f)
	if f.Kind() != reflect.String {
		return ""
	}
	return f.String()
}

// must returns a check that fails the test on err and otherwise yields v:
// must(c.Op(ctx, in))(t).
func must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return v
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Run runs every scenario against the front door mk builds.
func Run(t *testing.T, mk HarnessMaker) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			sc.run(t, mk(t, sc.opts))
		})
	}
}

// A scenario is one test of the suite: it runs against a fresh world
// configured with opts (nil for defaults).
type scenario struct {
	name string
	opts *share.Options
	run  func(t *testing.T, h Harness)
}

// scenarios is the suite, in the order Run runs it.
var scenarios = []scenario{
	{"CreateOrganization", nil, testCreateOrganization},
	{"NotInUse", nil, testNotInUse},
	{"InvalidInput", nil, testInvalidInput},
	{"ModelPatterns", nil, testModelPatterns},
	{"CreateAccount", nil, testCreateAccount},
	{"CreateAccountQuota", maxAccounts(2), testCreateAccountQuota},
	{"InvitationsCountTowardMaxAccounts", maxAccounts(3), testInvitationsCountTowardMaxAccounts},
	{"OrganizationalUnits", nil, testOrganizationalUnits},
	{"MoveAccount", nil, testMoveAccount},
	{"Handshakes", nil, testHandshakes},
	{"InviteByEmail", nil, testInviteByEmail},
	{"ServiceAccess", nil, testServiceAccess},
	{"ServicePrincipalValidation", nil, testServicePrincipalValidation},
	{"ConsolidatedBilling", nil, testConsolidatedBilling},
	{"RemoveAndDelete", nil, testRemoveAndDelete},
	{"Pagination", maxAccounts(30), testPagination},
	{"ParentListingTokens", nil, testParentListingTokens},
	{"HandshakeDecline", nil, testHandshakeDecline},
	{"HandshakeCancel", nil, testHandshakeCancel},
	{"HandshakeParties", nil, testHandshakeParties},
	{"HandshakeExpiry", nil, testHandshakeExpiry},
	{"AnsweredInvitationsFreeTheirPlace", maxAccounts(3), testAnsweredInvitationsFreeTheirPlace},
	{"HandshakeTransitions", maxAccounts(50), testHandshakeTransitions},
	{"HandshakePagination", nil, testHandshakePagination},
	{"HandshakeValidation", nil, testHandshakeValidation},
}

// maxAccounts returns options that let an organization hold at most n
// accounts.
func maxAccounts(n int) *share.Options {
	return &share.Options{Organizations: share.OrgLimits{MaxAccounts: n}}
}

var ctx = context.Background()

func ptr[T any](v T) *T { return &v }
