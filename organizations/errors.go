package organizations

import (
	"errors"

	"github.com/sharesim/sharesim/organizations/types"
	"github.com/sharesim/sharesim/share"
)

// Messages, from organizations.md §3; those marked [decision] there are
// sharesim's wording. The spec gives no text for the OU quota, the removal
// age, and the four handshake refusals (msgOULimit, msgTooYoung,
// msgHandshake*, msgDuplicateInvite): those are sharesim's wording too,
// modelled on the service model's descriptions of the same exceptions.
// Decision: DeclineHandshake, CancelHandshake and DescribeHandshake reuse
// the three msgHandshake* texts, and a handshake operation refused to the
// other party reuses msgAccessDenied; no source gives AWS's own wording for
// them. A HandshakeFilter with both members is InvalidInputException with
// msgInvalid, as every other invalid value is (organizations.md §4).
const (
	msgNotInUse          = "Your account is not a member of an organization."
	msgAlreadyInOrg      = "The provided account is already a member of an organization."
	msgAccessDenied      = "You don't have permissions to access this resource."
	msgAccountNotFound   = "You specified an account that doesn't exist."
	msgNotEmpty          = "To delete an organization you must first remove all member accounts (except the master)."
	msgDuplicateOU       = "An OU with the same name already exists."
	msgParentNotFound    = "You specified parent that doesn't exist."
	msgOUNotFound        = "You specified an organizational unit that doesn't exist."
	msgBadPrincipal      = "You specified an unrecognized service principal."
	msgInvalid           = "You specified an invalid value."
	msgSourceNotFound    = "You specified a source parent that doesn't exist."
	msgDestNotFound      = "You specified a destination parent that doesn't exist."
	msgDuplicateAccount  = "That account is already present in the specified destination."
	msgChildNotFound     = "You specified a child that doesn't exist."
	msgCARNotFound       = "You specified a create account request that doesn't exist."
	msgMasterCannotLeave = "You can't remove the management account from an organization."
	msgAccountLimit      = "You have exceeded the allowed number of AWS accounts."
	msgOUDepth           = "You have exceeded the maximum OU depth."
	msgOULimit           = "You have exceeded the allowed number of organizational units."
	msgNotAllFeatures    = "The organization must have all features enabled."
	msgTooYoung          = "The account can't be removed until it has been a member for the minimum period."
	msgHandshakeNotFound = "We can't find a handshake with the HandshakeId that you specified."
	msgHandshakeInState  = "The specified handshake is already in the requested state."
	msgHandshakeBadState = "You can't perform the operation on the handshake in its current state."
	msgDuplicateInvite   = "A handshake with the same action and target already exists."
	msgInternal          = "Internal error"
)

func invalidInput(reason types.InvalidInputExceptionReason) error {
	return &types.InvalidInputException{Message: new(msgInvalid), Reason: reason}
}

// apiError maps a domain error to the Organizations exception a caller sees.
// This is the facade's one mapping table.
func apiError(err error) error {
	if err == nil {
		return nil
	}
	var de *share.Error
	if !errors.As(err, &de) {
		return &types.ServiceException{Message: new(msgInternal)}
	}
	handshakeOp := de.Op == "InviteAccountToOrganization" || de.Op == "AcceptHandshake"
	switch {
	case errors.Is(err, share.ErrNotInOrganization):
		return &types.AWSOrganizationsNotInUseException{Message: new(msgNotInUse)}
	case errors.Is(err, share.ErrAccessDenied):
		return &types.AccessDeniedException{Message: new(msgAccessDenied)}
	case errors.Is(err, share.ErrAlreadyInOrganization):
		if handshakeOp {
			return &types.HandshakeConstraintViolationException{Message: new(msgAlreadyInOrg),
				Reason: types.HandshakeConstraintViolationExceptionReasonAlreadyInAnOrganization}
		}
		return &types.AlreadyInOrganizationException{Message: new(msgAlreadyInOrg)}
	case errors.Is(err, share.ErrNotEmpty):
		return &types.OrganizationNotEmptyException{Message: new(msgNotEmpty)}
	case errors.Is(err, share.ErrInvalidToken):
		return invalidInput(types.InvalidInputExceptionReasonInvalidNextToken)
	case errors.Is(err, share.ErrNotFound):
		return notFound(de.Entity)
	case errors.Is(err, share.ErrAlreadyExists):
		switch de.Entity {
		case share.EntityOrganizationalUnit:
			return &types.DuplicateOrganizationalUnitException{Message: new(msgDuplicateOU)}
		case share.EntityAccount:
			return &types.DuplicateAccountException{Message: new(msgDuplicateAccount)}
		case share.EntityHandshake:
			return &types.DuplicateHandshakeException{Message: new(msgDuplicateInvite)}
		}
	case errors.Is(err, share.ErrLimitExceeded):
		switch de.Reason {
		case "accounts":
			if handshakeOp {
				return &types.HandshakeConstraintViolationException{Message: new(msgAccountLimit),
					Reason: types.HandshakeConstraintViolationExceptionReasonAccountNumberLimitExceeded}
			}
			return constraint(msgAccountLimit, types.ConstraintViolationExceptionReasonAccountNumberLimitExceeded)
		case "ou-depth":
			return constraint(msgOUDepth, types.ConstraintViolationExceptionReasonOuDepthLimitExceeded)
		case "ous":
			return constraint(msgOULimit, types.ConstraintViolationExceptionReasonOuNumberLimitExceeded)
		}
	case errors.Is(err, share.ErrInvalidArgument):
		if de.Entity == share.EntityServicePrincipal {
			return &types.InvalidInputException{Message: new(msgBadPrincipal),
				Reason: types.InvalidInputExceptionReasonUnrecognizedServicePrincipal}
		}
		if de.Entity == share.EntityChild {
			return invalidInput(types.InvalidInputExceptionReasonInvalidEnum)
		}
		return invalidInput(types.InvalidInputExceptionReasonInvalidPattern)
	case errors.Is(err, share.ErrInvalidTransition):
		switch {
		case de.Reason == "not-all-features":
			return constraint(msgNotAllFeatures, types.ConstraintViolationExceptionReasonOrganizationNotInAllFeaturesMode)
		case de.Reason == "management-account":
			return &types.MasterCannotLeaveOrganizationException{Message: new(msgMasterCannotLeave)}
		case de.Reason == "account-too-young":
			return constraint(msgTooYoung, types.ConstraintViolationExceptionReasonAccountCannotLeaveOrganization)
		case de.Reason == share.ReasonHandshakeInState:
			// Accepting an accepted handshake, declining a declined one,
			// canceling a canceled one: the model's example of this
			// exception is the first ("you can't accept a handshake that
			// was already accepted").
			return &types.HandshakeAlreadyInStateException{Message: new(msgHandshakeInState)}
		case de.Entity == share.EntityHandshake:
			// Any other move out of a state that is not OPEN: the model's
			// examples are canceling an accepted handshake and accepting a
			// declined one.

			return &types.InvalidHandshakeTransitionException{Message: new(msgHandshakeBadState)}
		}
	}
	return &types.ServiceException{Message: new(msgInternal)}
}

func notFound(entity string) error {
	switch entity {
	case share.EntityAccount:
		return &types.AccountNotFoundException{Message: new(msgAccountNotFound)}
	case share.EntityParent:
		return &types.ParentNotFoundException{Message: new(msgParentNotFound)}
	case share.EntitySourceParent:
		return &types.SourceParentNotFoundException{Message: new(msgSourceNotFound)}
	case share.EntityDestinationParent:
		return &types.DestinationParentNotFoundException{Message: new(msgDestNotFound)}
	case share.EntityChild:
		return &types.ChildNotFoundException{Message: new(msgChildNotFound)}
	case share.EntityCreateAccountStatus:
		return &types.CreateAccountStatusNotFoundException{Message: new(msgCARNotFound)}
	case share.EntityOrganizationalUnit:
		return &types.OrganizationalUnitNotFoundException{Message: new(msgOUNotFound)}
	case share.EntityHandshake:
		return &types.HandshakeNotFoundException{Message: new(msgHandshakeNotFound)}
	case share.EntityEmail:
		// An invitation's EMAIL target the world knows no account by.
		return invalidInput(types.InvalidInputExceptionReasonInvalidEmailAddressTarget)
	}
	return &types.ServiceException{Message: new(msgInternal)}
}

func constraint(msg string, reason types.ConstraintViolationExceptionReason) error {
	return &types.ConstraintViolationException{Message: new(msg), Reason: reason}
}
