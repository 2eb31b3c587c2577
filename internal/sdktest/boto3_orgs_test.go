package sdktest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// boto3HandshakesResult is what testdata/boto3_orgs_handshakes.py prints.
type boto3HandshakesResult struct {
	Invited struct {
		ID, State string
		Lifetime  float64
	}
	MemberSees          []boto3Handshake
	OutsiderDescribe    *boto3OrgError
	ManagementDecline   *boto3OrgError
	Declined            string
	DeclineAgain        *boto3OrgError
	AcceptDeclined      *boto3OrgError
	ManagementDescribes string
	CanceledID          string `json:"canceledId"`
	Canceled            string
	CancelAgain         *boto3OrgError
	OrganizationSees    []boto3Handshake
	BothFilters         *boto3OrgError
	BadID               *boto3OrgError `json:"badId"`
}

type boto3Handshake struct{ ID, State string }

// boto3OrgError is a botocore ClientError of Organizations, with the
// Reason member botocore parses from modeled errors.
type boto3OrgError struct {
	Code, Message, Reason string
	Status                int
}

// TestBoto3OrganizationsHandshakes drives a started cmd/sharesim with boto3
// through declining and canceling invitations, and checks the handshakes
// and errors as botocore parses them, paginator included.
func TestBoto3OrganizationsHandshakes(t *testing.T) {
	got := runBoto3[boto3HandshakesResult](t, "boto3_orgs_handshakes.py")

	assert.Regexp(t, `^h-[0-9a-f]{32}$`, got.Invited.ID)
	assert.Equal(t, "OPEN", got.Invited.State)
	assert.Equal(t, float64(15*24*60*60), got.Invited.Lifetime, "botocore parses both timestamps")
	assert.Equal(t, []boto3Handshake{{got.Invited.ID, "OPEN"}}, got.MemberSees)

	wantErr := func(name string, e *boto3OrgError, code, message, reason string) {
		t.Helper()
		if assert.NotNil(t, e, "%s succeeded", name) {
			assert.Equal(t, boto3OrgError{Code: code, Message: message, Reason: reason, Status: 400}, *e, name)
		}
	}
	wantErr("outsider describe", got.OutsiderDescribe, "HandshakeNotFoundException", "We can't find a handshake with the HandshakeId that you specified.", "")
	wantErr("management decline", got.ManagementDecline, "AccessDeniedException", "You don't have permissions to access this resource.", "")
	assert.Equal(t, "DECLINED", got.Declined)
	wantErr("decline again", got.DeclineAgain, "HandshakeAlreadyInStateException", "The specified handshake is already in the requested state.", "")
	wantErr("accept declined", got.AcceptDeclined, "InvalidHandshakeTransitionException", "You can't perform the operation on the handshake in its current state.", "")
	assert.Equal(t, "DECLINED", got.ManagementDescribes)
	assert.Equal(t, "CANCELED", got.Canceled)
	wantErr("cancel again", got.CancelAgain, "HandshakeAlreadyInStateException", "The specified handshake is already in the requested state.", "")

	// Both were sent at the world's fixed start time, so they come in ID
	// order; the paginator asked for one a page.
	assert.ElementsMatch(t, []boto3Handshake{{got.Invited.ID, "DECLINED"}, {got.CanceledID, "CANCELED"}}, got.OrganizationSees,
		"the paginator follows NextToken")
	wantErr("both filters", got.BothFilters, "InvalidInputException", "You specified an invalid value.", "MAX_LIMIT_EXCEEDED_FILTER")
	wantErr("bad ID", got.BadID, "InvalidInputException", "You specified an invalid value.", "INVALID_PATTERN")
}
