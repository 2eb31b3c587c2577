// Package amtest is the Audit Manager conformance suite: scenarios that act
// as the sender, then as the recipient, and assert both sides' views. The
// same suite runs in process (package auditmanager's tests), over the wire,
// and through real aws-sdk-go-v2 clients; a front door supplies a
// [HarnessMaker].
//
// Scenarios arrange organizations and time only through [sharetest.World],
// and check errors only through ErrorCode, ErrorMessage and HTTPStatusCode,
// never by concrete type.
package amtest

import (
	"context"
	"testing"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// API is the method set of *auditmanager.Client, which every front door's
// client provides.
type API interface {
	GetAccountStatus(context.Context, *auditmanager.GetAccountStatusInput) (*auditmanager.GetAccountStatusOutput, error)
	RegisterAccount(context.Context, *auditmanager.RegisterAccountInput) (*auditmanager.RegisterAccountOutput, error)
	DeregisterAccount(context.Context, *auditmanager.DeregisterAccountInput) (*auditmanager.DeregisterAccountOutput, error)
	CreateControl(context.Context, *auditmanager.CreateControlInput) (*auditmanager.CreateControlOutput, error)
	GetControl(context.Context, *auditmanager.GetControlInput) (*auditmanager.GetControlOutput, error)
	ListControls(context.Context, *auditmanager.ListControlsInput) (*auditmanager.ListControlsOutput, error)
	UpdateControl(context.Context, *auditmanager.UpdateControlInput) (*auditmanager.UpdateControlOutput, error)
	DeleteControl(context.Context, *auditmanager.DeleteControlInput) (*auditmanager.DeleteControlOutput, error)
	CreateAssessmentFramework(context.Context, *auditmanager.CreateAssessmentFrameworkInput) (*auditmanager.CreateAssessmentFrameworkOutput, error)
	GetAssessmentFramework(context.Context, *auditmanager.GetAssessmentFrameworkInput) (*auditmanager.GetAssessmentFrameworkOutput, error)
	ListAssessmentFrameworks(context.Context, *auditmanager.ListAssessmentFrameworksInput) (*auditmanager.ListAssessmentFrameworksOutput, error)
	UpdateAssessmentFramework(context.Context, *auditmanager.UpdateAssessmentFrameworkInput) (*auditmanager.UpdateAssessmentFrameworkOutput, error)
	DeleteAssessmentFramework(context.Context, *auditmanager.DeleteAssessmentFrameworkInput) (*auditmanager.DeleteAssessmentFrameworkOutput, error)
	StartAssessmentFrameworkShare(context.Context, *auditmanager.StartAssessmentFrameworkShareInput) (*auditmanager.StartAssessmentFrameworkShareOutput, error)
	ListAssessmentFrameworkShareRequests(context.Context, *auditmanager.ListAssessmentFrameworkShareRequestsInput) (*auditmanager.ListAssessmentFrameworkShareRequestsOutput, error)
	UpdateAssessmentFrameworkShare(context.Context, *auditmanager.UpdateAssessmentFrameworkShareInput) (*auditmanager.UpdateAssessmentFrameworkShareOutput, error)
	DeleteAssessmentFrameworkShare(context.Context, *auditmanager.DeleteAssessmentFrameworkShareInput) (*auditmanager.DeleteAssessmentFrameworkShareOutput, error)
}

var _ API = (*auditmanager.Client)(nil)

// Harness is one world behind a front door: organizations and time through
// World, and an Audit Manager client per (account, region).
type Harness interface {
	sharetest.World
	Client(account, region string) API
}

// HarnessMaker builds a fresh, empty world with opts (nil means defaults,
// and the harness may replace the clock and ID source).
type HarnessMaker func(t *testing.T, opts *share.Options) Harness

// Run runs every scenario, each against its own world.
func Run(t *testing.T, mk HarnessMaker) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) { sc.run(t, mk) })
	}
}

type scenario struct {
	name string
	run  func(t *testing.T, mk HarnessMaker)
}

var scenarios = []scenario{
	{"Registration", testRegistration},
	{"RegistrationGate", testRegistrationGate},
	{"ValidationOrder", testValidationOrder},
	{"FailedUpdatesChangeNothing", testFailedUpdatesChangeNothing},
	{"StandardCatalog", testStandardCatalog},
	{"Controls", testControls},
	{"ControlValidation", testControlValidation},
	{"Frameworks", testFrameworks},
	{"FrameworkRules", testFrameworkRules},
	{"ShareAcceptedFromBothSides", testShareAccepted},
	{"ShareExpires", testShareExpires},
	{"DeclineAndRevoke", testDeclineAndRevoke},
	{"SidesAndViews", testSidesAndViews},
	{"ReplicationDelay", testReplicationDelay},
	{"ReplicationFailsWhenRecipientDeregisters", testReplicationFails},
	{"AcceptAfterOriginalDeleted", testAcceptAfterOriginalDeleted},
	{"Resend", testResend},
	{"SendFailsForUnregisteredRecipient", testFailedUnregistered},
	{"SendFailsForManagementAccount", testFailedManagement},
	{"SendCheckDelay", testSendCheckDelay},
	{"StartValidation", testStartValidation},
	{"Pagination", testPagination},
	{"DefaultPageSize", testDefaultPageSize},
	{"Quotas", testQuotas},
	{"Throttling", testThrottling},
}
