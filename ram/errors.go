package ram

import (
	"errors"
	"regexp"
	"strconv"

	"github.com/sharesim/sharesim/invitation"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

// Validation of AWS field constraints (ram.md §A0 prelude) and the one
// mapping from domain errors to RAM exceptions.

func invalid(msg string) error { return &types.InvalidParameterException{Message: ptr(msg)} }

func missing(op, member string) error {
	return invalid("Missing required parameter: " + member + ".")
}

func checkToken(op string, t *string) error {
	if t != nil && (len(*t) < 1 || len(*t) > 64) {
		return &types.InvalidClientTokenException{Message: ptr("The client token " + *t + " is not valid.")}
	}
	return nil
}

// checkOwner validates resourceOwner and reports whether it is OTHER-ACCOUNTS.
func checkOwner(op string, o types.ResourceOwner) (bool, error) {
	switch o {
	case "":
		return false, missing(op, "resourceOwner")
	case types.ResourceOwnerSelf:
		return false, nil
	case types.ResourceOwnerOtherAccounts:
		return true, nil
	}
	return false, invalid(string(o) + " is not a valid resource owner. Specify either SELF or OTHER-ACCOUNTS and try again.")
}

// DefaultMaxResults is the page size of a listing called without maxResults.
const DefaultMaxResults = 500

func checkMax(op string, n *int32) (int, error) {
	if n == nil {
		return DefaultMaxResults, nil
	}
	if *n < 1 || *n > 500 {
		msg := ptr("The value " + strconv.Itoa(int(*n)) + " for maxResults is not valid. Specify a value between 1 and 500.")
		if op == "GetResourceShareInvitations" {
			return 0, &types.InvalidMaxResultsException{Message: msg}
		}
		return 0, &types.InvalidParameterException{Message: msg}
	}
	return int(*n), nil
}

func malformedShare() error {
	return &types.MalformedArnException{Message: ptr("The specified resource share ARN is not valid. Verify the ARN and try again.")}
}

func malformedInvitation() error {
	return &types.MalformedArnException{Message: ptr("The specified resource share invitation ARN is not valid. Verify the ARN and try again.")}
}

func malformedPermission() error {
	return &types.MalformedArnException{Message: ptr("The specified permission ARN is not valid. Verify the ARN and try again.")}
}

func malformedResource(arn string) error {
	return &types.MalformedArnException{Message: ptr("The specified resource ARN " + arn + " is not valid. Verify the ARN and try again.")}
}

func malformedPrincipal(p string) error {
	return invalid("Principal ID " + p + " is malformed. Verify the ID and try again.")
}

func checkShareARNs(arns []string) error {
	for _, a := range arns {
		if !share.ValidResourceShareARN(a) {
			return malformedShare()
		}
	}
	return nil
}

var bareOrgOrOU = regexp.MustCompile(`^(o-[a-z0-9]{10,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$`)

// validPrincipalFilter accepts a principal, or a bare organization or OU ID
// (GetResourceShareAssociations' principal filter).
func validPrincipalFilter(p string) bool {
	if _, ok := share.ParsePrincipal(p); ok {
		return true
	}
	return bareOrgOrOU.MatchString(p)
}

const msgOrgOnly = "The resource you are attempting to share can only be shared within your AWS Organization. This error may also occur if you have not enabled sharing with your AWS organization, or that onboarding process is still in progress."

const msgEnableDenied = "Unable to enable sharing with AWS Organizations. Received AccessDeniedException from AWSOrganizations with the following error message: You don't have permissions to access this resource."

// toException maps a domain error of operation op to the RAM exception AWS
// returns. shareARN is the share the request named, if any. An error it does
// not know becomes ServerInternalException.
func toException(op string, err error, shareARN string) error {
	var e *share.Error
	if !errors.As(err, &e) {
		return internal()
	}
	if op == "EnableSharingWithAwsOrganization" {
		if e.Reason == share.ReasonNotAllFeatures {
			return &types.OperationNotPermittedException{Message: ptr("Unable to enable sharing with AWS Organizations. Your organization does not have all features enabled.")}
		}
		return &types.OperationNotPermittedException{Message: ptr(msgEnableDenied)}
	}
	id := e.ID
	switch {
	case errors.Is(err, share.ErrInvalidToken):
		return &types.InvalidNextTokenException{Message: ptr("The specified value for nextToken is not valid.")}
	case errors.Is(err, share.ErrIdempotencyMismatch):
		return &types.IdempotentParameterMismatchException{Message: ptr("The client token " + id + " was already used with different parameters.")}
	case errors.Is(err, share.ErrLimitExceeded):
		if e.Reason == share.ReasonTagLimit {
			return &types.TagLimitExceededException{Message: ptr("The request would exceed the limit of " + strconv.Itoa(e.Limit) + " tags for the resource.")}
		}
		return &types.ResourceShareLimitExceededException{Message: ptr("The request would exceed the limit of " + strconv.Itoa(e.Limit) + " " + e.Reason + ".")}
	case errors.Is(err, share.ErrNotFound):
		return notFound(e, shareARN)
	case errors.Is(err, share.ErrInvalidTransition):
		return transition(e)
	case errors.Is(err, share.ErrAccessDenied):
		switch e.Reason {
		case share.ReasonOrgSharingRequired:
			return &types.OperationNotPermittedException{Message: ptr(msgOrgOnly)}
		case share.ReasonLeaveThroughOrg:
			return &types.OperationNotPermittedException{Message: ptr("You can't leave a resource share that was shared with you through your organization.")}
		case share.ReasonLeaveUnsupported:
			return &types.OperationNotPermittedException{Message: ptr("The resource share contains resource types that don't support leaving a resource share.")}
		}
	case errors.Is(err, share.ErrInvalidArgument):
		return invalidArgument(e)
	}
	return internal()
}

func internal() error { return &types.ServerInternalException{Message: ptr("Internal error")} }

func notFound(e *share.Error, shareARN string) error {
	switch e.Entity {
	case share.EntityResourceShare:
		return &types.UnknownResourceException{Message: ptr("ResourceShare " + e.ID + " could not be found.")}
	case share.EntityResourceShareInvitation:
		return &types.ResourceShareInvitationArnNotFoundException{Message: ptr("ResourceShareInvitation " + e.ID + " could not be found.")}
	case share.EntityOrganization:
		return &types.UnknownResourceException{Message: ptr("Organization " + e.ID + " could not be found.")}
	case share.EntityOrganizationalUnit:
		return &types.UnknownResourceException{Message: ptr("OrganizationalUnit " + e.ID + " could not be found.")}
	case share.EntityPermission:
		return &types.UnknownResourceException{Message: ptr("Permission " + e.ID + " could not be found.")}
	case share.EntityAssociation:
		return &types.UnknownResourceException{Message: ptr(e.ID + " could not be found in resource share " + shareARN + ".")}
	case share.EntityResource:
		return &types.ResourceArnNotFoundException{Message: ptr("The specified resource ARN " + e.ID + " was not found. Verify the ARN and try again.")}
	}
	return internal()
}

func transition(e *share.Error) error {
	switch {
	case errors.Is(e, invitation.ErrAlreadyAccepted):
		return &types.ResourceShareInvitationAlreadyAcceptedException{Message: ptr("The invitation " + e.ID + " has already been accepted.")}
	case errors.Is(e, invitation.ErrAlreadyRejected):
		return &types.ResourceShareInvitationAlreadyRejectedException{Message: ptr("The invitation " + e.ID + " has already been rejected.")}
	case errors.Is(e, invitation.ErrExpired), errors.Is(e, invitation.ErrRevoked):
		return &types.ResourceShareInvitationExpiredException{Message: ptr("The invitation " + e.ID + " has expired.")}
	}
	switch e.Reason {
	case share.ReasonPropagating:
		return &types.InvalidStateTransitionException{Message: ptr("At least one of the associations in the resource share is in ASSOCIATING status.")}
	case share.ReasonDisassociating:
		return &types.InvalidStateTransitionException{Message: ptr("The association of " + e.ID + " with the resource share is in DISASSOCIATING status.")}
	}
	return internal()
}

func invalidArgument(e *share.Error) error {
	switch e.Reason {
	case share.ReasonMalformedARN:
		switch e.Entity {
		case share.EntityResourceShare:
			return malformedShare()
		case share.EntityResourceShareInvitation:
			return malformedInvitation()
		case share.EntityPermission:
			return malformedPermission()
		case share.EntityResource:
			return malformedResource(e.ID)
		}
	case share.ReasonUnshareableType:
		return &types.MalformedArnException{Message: ptr("You cannot share the selected resource type.")}
	case share.ReasonMalformedPrincipal:
		return malformedPrincipal(e.ID)
	case share.ReasonNotAttachable:
		return invalid("The permission " + e.ID + " can't be attached.")
	case share.ReasonPermissionNotApplies:
		return invalid("The permission " + e.ID + " does not apply to any resource type in the resource share.")
	case share.ReasonPermissionPerType:
		return invalid("You can associate only one permission with each resource type.")
	case share.ReasonMalformedSource:
		return invalid("Source " + e.ID + " is malformed. Verify the ID and try again.")
	case share.ReasonTagMissingKey:
		return invalid("Missing required parameter: key.")
	case share.ReasonTagMissingValue:
		return invalid("Missing required parameter: value.")
	case share.ReasonTagTooLong:
		return invalid("The tag key or value is too long.")
	case share.ReasonTagReserved:
		return &types.TagPolicyViolationException{Message: ptr("The tag key " + e.ID + " is a reserved word and can't be used.")}
	case share.ReasonOrgOnlyType:
		return invalid(msgOrgOnly)
	case share.ReasonNotInYourOrg:
		return invalid("Principal " + e.ID + " is not in your AWS organization. You do not have permission to add external AWS accounts to a resource share.")
	case share.ReasonIAMNotSupported:
		return invalid("The resource share contains resource types that can't be shared with IAM roles and users.")
	case share.ReasonGlobalRegion:
		return invalid("Global resources can be shared only from the US East (N. Virginia) Region (us-east-1).")
	case share.ReasonNameEmpty:
		return invalid("Missing required parameter: name.")
	case share.ReasonNothingToUpdate:
		return &types.MissingRequiredParameterException{Message: ptr("Specify at least one of name or allowExternalPrincipals.")}
	case share.ReasonNothingToAssociate:
		return invalid("Specify at least one of resourceArns, principals or sources.")
	case share.ReasonSourceMustRemain:
		return invalid("At least one source must remain when service principals are present.")
	case share.ReasonLeaveOwnAccountOnly:
		return invalid("You can only remove your own account from a resource share that is shared with you.")
	}
	return internal()
}
