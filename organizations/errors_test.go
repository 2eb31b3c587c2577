package organizations

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sharesim/sharesim/invitation"
	"github.com/sharesim/sharesim/share"
)

// TestEveryDomainErrorHasAnException walks every (kind, entity, reason) the
// organizations domain returns and checks that each maps to a modeled
// exception, never to the internal-error fallback.
func TestEveryDomainErrorHasAnException(t *testing.T) {
	cases := []struct {
		err  *share.Error
		code string
	}{
		{&share.Error{Op: "ListAccounts", Kind: share.ErrNotInOrganization}, "AWSOrganizationsNotInUseException"},
		{&share.Error{Op: "ListAccounts", Kind: share.ErrAccessDenied}, "AccessDeniedException"},
		{&share.Error{Op: "CreateOrganization", Kind: share.ErrAlreadyInOrganization}, "AlreadyInOrganizationException"},
		{&share.Error{Op: "InviteAccountToOrganization", Kind: share.ErrAlreadyInOrganization}, "HandshakeConstraintViolationException"},
		{&share.Error{Op: "AcceptHandshake", Kind: share.ErrAlreadyInOrganization}, "HandshakeConstraintViolationException"},
		{&share.Error{Op: "DeleteOrganization", Kind: share.ErrNotEmpty}, "OrganizationNotEmptyException"},
		{&share.Error{Op: "ListAccounts", Kind: share.ErrInvalidToken}, "InvalidInputException"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityAccount}, "AccountNotFoundException"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityParent}, "ParentNotFoundException"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntitySourceParent}, "SourceParentNotFoundException"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityDestinationParent}, "DestinationParentNotFoundException"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityChild}, "ChildNotFoundException"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityCreateAccountStatus}, "CreateAccountStatusNotFoundException"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityOrganizationalUnit}, "OrganizationalUnitNotFoundException"},
		{&share.Error{Kind: share.ErrNotFound, Entity: share.EntityHandshake}, "HandshakeNotFoundException"},
		{&share.Error{Op: "InviteAccountToOrganization", Kind: share.ErrNotFound, Entity: share.EntityEmail}, "InvalidInputException"},
		{&share.Error{Kind: share.ErrAlreadyExists, Entity: share.EntityOrganizationalUnit}, "DuplicateOrganizationalUnitException"},
		{&share.Error{Kind: share.ErrAlreadyExists, Entity: share.EntityAccount}, "DuplicateAccountException"},
		{&share.Error{Kind: share.ErrAlreadyExists, Entity: share.EntityHandshake}, "DuplicateHandshakeException"},
		{&share.Error{Op: "CreateAccount", Kind: share.ErrLimitExceeded, Reason: "accounts"}, "ConstraintViolationException"},
		{&share.Error{Op: "InviteAccountToOrganization", Kind: share.ErrLimitExceeded, Reason: "accounts"}, "HandshakeConstraintViolationException"},
		{&share.Error{Kind: share.ErrLimitExceeded, Reason: "ou-depth"}, "ConstraintViolationException"},
		{&share.Error{Kind: share.ErrLimitExceeded, Reason: "ous"}, "ConstraintViolationException"},
		{&share.Error{Kind: share.ErrInvalidArgument, Entity: share.EntityServicePrincipal}, "InvalidInputException"},
		{&share.Error{Op: "ListChildren", Kind: share.ErrInvalidArgument, Entity: share.EntityChild}, "InvalidInputException"},
		{&share.Error{Kind: share.ErrInvalidTransition, Reason: "not-all-features"}, "ConstraintViolationException"},
		{&share.Error{Kind: share.ErrInvalidTransition, Reason: "management-account"}, "MasterCannotLeaveOrganizationException"},
		{&share.Error{Kind: share.ErrInvalidTransition, Reason: "account-too-young"}, "ConstraintViolationException"},
		{&share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityHandshake, Err: invitation.ErrAlreadyAccepted, Reason: share.ReasonHandshakeInState}, "HandshakeAlreadyInStateException"},
		{&share.Error{Op: "DeclineHandshake", Kind: share.ErrInvalidTransition, Entity: share.EntityHandshake, Err: invitation.ErrAlreadyRejected, Reason: share.ReasonHandshakeInState}, "HandshakeAlreadyInStateException"},
		{&share.Error{Op: "CancelHandshake", Kind: share.ErrInvalidTransition, Entity: share.EntityHandshake, Err: invitation.ErrRevoked, Reason: share.ReasonHandshakeInState}, "HandshakeAlreadyInStateException"},
		{&share.Error{Op: "DeclineHandshake", Kind: share.ErrInvalidTransition, Entity: share.EntityHandshake, Err: invitation.ErrAlreadyAccepted}, "InvalidHandshakeTransitionException"},
		{&share.Error{Kind: share.ErrInvalidTransition, Entity: share.EntityHandshake, Err: invitation.ErrExpired}, "InvalidHandshakeTransitionException"},
		{&share.Error{Op: "CancelHandshake", Kind: share.ErrAccessDenied, Entity: share.EntityHandshake}, "AccessDeniedException"},
		{&share.Error{Op: "ListHandshakesForOrganization", Kind: share.ErrNotInOrganization}, "AWSOrganizationsNotInUseException"},
		{&share.Error{Op: "ListHandshakesForAccount", Kind: share.ErrInvalidToken}, "InvalidInputException"},
	}
	for _, c := range cases {
		got := apiError(c.err)
		var ae interface{ ErrorCode() string }
		if assert.True(t, errors.As(got, &ae), c.err.Error()) {
			assert.Equal(t, c.code, ae.ErrorCode(), c.err.Error())
		}
	}
	var ae interface{ ErrorCode() string }
	assert.True(t, errors.As(apiError(errors.New("boom")), &ae))
	assert.Equal(t, "ServiceException", ae.ErrorCode(), "anything unmapped is the internal error")
	assert.Nil(t, apiError(nil))
}
