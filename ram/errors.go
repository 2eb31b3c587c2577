package ram

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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
	if n := utf8.RuneCountInString(str(t)); t != nil && (n < 1 || n > 64) {
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
		switch e.Reason {
		case share.ReasonTagLimit:
			return &types.TagLimitExceededException{Message: ptr("The request would exceed the limit of " + strconv.Itoa(e.Limit) + " tags for the resource.")}
		case share.ReasonQuotaPermissions:
			return &types.PermissionLimitExceededException{Message: ptr("The request would exceed the limit of " + strconv.Itoa(e.Limit) + " customer managed permissions.")}
		case share.ReasonQuotaPermissionVersions:
			return &types.PermissionVersionsLimitExceededException{Message: ptr("The permission " + id + " already has the maximum of " + strconv.Itoa(e.Limit) + " versions.")}
		}
		return &types.ResourceShareLimitExceededException{Message: ptr("The request would exceed the limit of " + strconv.Itoa(e.Limit) + " " + e.Reason + ".")}
	case errors.Is(err, share.ErrAlreadyExists):
		if e.Entity == share.EntityPermission {
			return &types.PermissionAlreadyExistsException{Message: ptr("A permission with the name " + id + " already exists in this Region.")}
		}
	case errors.Is(err, share.ErrNotFound):
		if e.Entity == share.EntityPermission && op == "TagResource" {
			return &types.ResourceArnNotFoundException{Message: ptr("The specified resource ARN " + id + " was not found. Verify the ARN and try again.")}
		}
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
		case share.ReasonCreatedFromPolicy:
			return &types.OperationNotPermittedException{Message: ptr("You can't modify a resource share that was created from a resource-based policy. Promote it first.")}
		case share.ReasonAWSManagedDelete:
			return &types.OperationNotPermittedException{Message: ptr("You can't delete an AWS managed permission.")}
		case share.ReasonPermissionInUse:
			return &types.OperationNotPermittedException{Message: ptr("The permission " + id + " is associated with one or more resource shares.")}
		case share.ReasonVersionInUse:
			return &types.OperationNotPermittedException{Message: ptr("Version " + strconv.Itoa(detail(e).Version) + " of permission " + id + " is associated with one or more resource shares.")}
		}
	case errors.Is(err, share.ErrInvalidArgument):
		return invalidArgument(e)
	}
	return internal()
}

func internal() error { return &types.ServerInternalException{Message: ptr("Internal error")} }

// detail returns the values an error's message names besides its ID.
func detail(e *share.Error) *share.RAMErrorDetail {
	var d *share.RAMErrorDetail
	if errors.As(e, &d) {
		return d
	}
	return &share.RAMErrorDetail{}
}

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
		if e.Reason == share.ReasonVersionNotFound {
			return &types.UnknownResourceException{Message: ptr("Permission " + e.ID + " version " + strconv.Itoa(detail(e).Version) + " could not be found.")}
		}
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
	case share.ReasonTypeStillShared:
		return &types.InvalidStateTransitionException{Message: ptr("You can't remove the permission for resource type " + detail(e).ResourceType + " while the resource share contains resources of that type.")}
	case share.ReasonShareNotFromPolicy:
		return &types.InvalidStateTransitionException{Message: ptr("The resource share " + e.ID + " is not a CREATED_FROM_POLICY resource share.")}
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
	case share.ReasonPermissionName:
		return invalid("The permission name " + e.ID + " is not valid.")
	case share.ReasonUnknownResourceType:
		return invalid("Invalid resource type: " + e.ID)
	case share.ReasonNoCustomerPermissions:
		return invalid("The resource type " + e.ID + " doesn't support customer managed permissions.")
	case share.ReasonMalformedTemplate:
		return &types.MalformedPolicyTemplateException{Message: ptr("The policy template is not valid: " + templateProblem(e.ID) + ".")}
	case share.ReasonActionNotSupported:
		d := detail(e)
		return &types.InvalidPolicyException{Message: ptr("The action " + d.Action + " is not supported by resource type " + d.ResourceType + ".")}
	case share.ReasonVersionMissing:
		return invalid("Version " + strconv.Itoa(detail(e).Version) + " of permission " + e.ID + " does not exist.")
	case share.ReasonOnlyDefaultVersion:
		return invalid("You can specify only the default version of the permission.")
	case share.ReasonTypeHasPermission:
		return invalid("The resource share already has a permission for resource type " + detail(e).ResourceType + ". Set replace to true to replace it.")
	case share.ReasonPermissionNotAttached:
		return invalid("The permission " + e.ID + " is not associated with the resource share.")
	case share.ReasonAWSManagedVersion:
		return invalid("You can't create versions of an AWS managed permission.")
	case share.ReasonAWSManagedDefault:
		return invalid("You can't change the default version of an AWS managed permission.")
	case share.ReasonAWSManagedTag:
		return invalid("You can't tag an AWS managed permission.")
	case share.ReasonDeleteDefaultVersion:
		return invalid("You can't delete the default version of a permission.")
	case share.ReasonDeleteOnlyVersion:
		return invalid("You can't delete the only version of a permission.")
	case share.ReasonDifferentTypes:
		return invalid("The permissions " + e.ID + " and " + detail(e).Other + " apply to different resource types.")
	case share.ReasonNotFromPolicy:
		return invalid("The permission " + e.ID + " was not created from a policy.")
	case share.ReasonUnmatchedPolicy:
		return &types.UnmatchedPolicyPermissionException{Message: ptr("No managed permission matches the permission of resource share " + e.ID + ".")}
	case share.ReasonInvitationNotPending:
		return invalid("The invitation " + e.ID + " is not pending.")
	}
	return internal()
}

// templateProblem words a policy template problem.
func templateProblem(p share.RAMTemplateProblem) string {
	switch p {
	case share.RAMTemplateNotObject:
		return "the template must be a JSON object"
	case share.RAMTemplateResourceOrPrincipal:
		return "the template must not contain Resource or Principal"
	case share.RAMTemplateEffect:
		return "Effect must be Allow"
	case share.RAMTemplateAction:
		return "Action must be an action or a non-empty list of actions"
	case share.RAMTemplateCondition:
		return "Condition must be a JSON object"
	}
	if k, ok := strings.CutPrefix(p, share.RAMTemplateUnknownKey); ok {
		return "the element " + k + " is not allowed"
	}
	return p
}

// modeled lists, for every operation, the exceptions its model declares
// (names without the "Exception" suffix), from
// aws-models/ram/service-2.json. aws-sdk-go-v2 decodes any other code as a
// generic error, so an operation answers only with these (ram.md §C.16).
var modeled = map[string][]string{
	"AcceptResourceShareInvitation":         {"MalformedArn", "OperationNotPermitted", "ResourceShareInvitationArnNotFound", "ResourceShareInvitationAlreadyAccepted", "ResourceShareInvitationAlreadyRejected", "ResourceShareInvitationExpired", "ServerInternal", "ServiceUnavailable", "InvalidClientToken", "IdempotentParameterMismatch"},
	"AssociateResourceShare":                {"IdempotentParameterMismatch", "UnknownResource", "InvalidStateTransition", "ResourceShareLimitExceeded", "MalformedArn", "InvalidClientToken", "InvalidParameter", "OperationNotPermitted", "ServerInternal", "ServiceUnavailable", "Throttling"},
	"AssociateResourceSharePermission":      {"MalformedArn", "UnknownResource", "InvalidParameter", "InvalidClientToken", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted"},
	"CreatePermission":                      {"InvalidParameter", "InvalidPolicy", "OperationNotPermitted", "ServerInternal", "ServiceUnavailable", "PermissionAlreadyExists", "MalformedPolicyTemplate", "InvalidClientToken", "PermissionLimitExceeded", "IdempotentParameterMismatch"},
	"CreatePermissionVersion":               {"InvalidParameter", "InvalidPolicy", "ServerInternal", "ServiceUnavailable", "UnknownResource", "MalformedPolicyTemplate", "MalformedArn", "InvalidClientToken", "IdempotentParameterMismatch", "PermissionVersionsLimitExceeded"},
	"CreateResourceShare":                   {"IdempotentParameterMismatch", "InvalidStateTransition", "UnknownResource", "MalformedArn", "InvalidClientToken", "InvalidParameter", "OperationNotPermitted", "ResourceShareLimitExceeded", "TagPolicyViolation", "TagLimitExceeded", "ServerInternal", "ServiceUnavailable", "Throttling"},
	"DeletePermission":                      {"MalformedArn", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted", "UnknownResource", "InvalidClientToken", "IdempotentParameterMismatch"},
	"DeletePermissionVersion":               {"MalformedArn", "InvalidParameter", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted", "UnknownResource", "InvalidClientToken", "IdempotentParameterMismatch"},
	"DeleteResourceShare":                   {"OperationNotPermitted", "IdempotentParameterMismatch", "InvalidStateTransition", "UnknownResource", "MalformedArn", "InvalidClientToken", "InvalidParameter", "ServerInternal", "ServiceUnavailable", "Throttling"},
	"DisassociateResourceShare":             {"IdempotentParameterMismatch", "ResourceShareLimitExceeded", "MalformedArn", "InvalidStateTransition", "InvalidClientToken", "InvalidParameter", "OperationNotPermitted", "ServerInternal", "ServiceUnavailable", "UnknownResource", "Throttling"},
	"DisassociateResourceSharePermission":   {"MalformedArn", "UnknownResource", "InvalidParameter", "InvalidClientToken", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted", "InvalidStateTransition"},
	"EnableSharingWithAwsOrganization":      {"OperationNotPermitted", "ServerInternal", "ServiceUnavailable"},
	"GetPermission":                         {"InvalidParameter", "MalformedArn", "UnknownResource", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted"},
	"GetResourcePolicies":                   {"MalformedArn", "InvalidNextToken", "InvalidParameter", "ResourceArnNotFound", "ServerInternal", "ServiceUnavailable"},
	"GetResourceShareAssociations":          {"UnknownResource", "MalformedArn", "InvalidNextToken", "InvalidParameter", "OperationNotPermitted", "ServerInternal", "ServiceUnavailable"},
	"GetResourceShareInvitations":           {"ResourceShareInvitationArnNotFound", "InvalidMaxResults", "MalformedArn", "UnknownResource", "InvalidNextToken", "InvalidParameter", "ServerInternal", "ServiceUnavailable"},
	"GetResourceShares":                     {"UnknownResource", "MalformedArn", "InvalidNextToken", "InvalidParameter", "ServerInternal", "ServiceUnavailable"},
	"ListPendingInvitationResources":        {"MalformedArn", "InvalidNextToken", "InvalidParameter", "ServerInternal", "ServiceUnavailable", "ResourceShareInvitationArnNotFound", "MissingRequiredParameter", "ResourceShareInvitationAlreadyRejected", "ResourceShareInvitationExpired"},
	"ListPermissionAssociations":            {"InvalidParameter", "MalformedArn", "InvalidNextToken", "ServerInternal", "ServiceUnavailable"},
	"ListPermissionVersions":                {"MalformedArn", "UnknownResource", "InvalidNextToken", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted", "InvalidParameter"},
	"ListPermissions":                       {"InvalidParameter", "InvalidNextToken", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted"},
	"ListPrincipals":                        {"MalformedArn", "UnknownResource", "InvalidNextToken", "InvalidParameter", "ServerInternal", "ServiceUnavailable"},
	"ListReplacePermissionAssociationsWork": {"ServerInternal", "ServiceUnavailable", "InvalidNextToken", "InvalidParameter"},
	"ListResourceSharePermissions":          {"InvalidParameter", "MalformedArn", "UnknownResource", "InvalidNextToken", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted"},
	"ListResourceTypes":                     {"InvalidNextToken", "InvalidParameter", "ServerInternal", "ServiceUnavailable"},
	"ListResources":                         {"InvalidResourceType", "UnknownResource", "MalformedArn", "InvalidNextToken", "InvalidParameter", "ServerInternal", "ServiceUnavailable"},
	"ListSourceAssociations":                {"UnknownResource", "MalformedArn", "InvalidNextToken", "InvalidParameter", "ServerInternal", "ServiceUnavailable"},
	"PromotePermissionCreatedFromPolicy":    {"MalformedArn", "InvalidPolicy", "OperationNotPermitted", "InvalidParameter", "MissingRequiredParameter", "ServerInternal", "ServiceUnavailable", "UnknownResource"},
	"PromoteResourceShareCreatedFromPolicy": {"MalformedArn", "ResourceShareLimitExceeded", "OperationNotPermitted", "InvalidParameter", "MissingRequiredParameter", "ServerInternal", "ServiceUnavailable", "UnknownResource", "InvalidStateTransition", "UnmatchedPolicyPermission"},
	"RejectResourceShareInvitation":         {"MalformedArn", "OperationNotPermitted", "ResourceShareInvitationArnNotFound", "ResourceShareInvitationAlreadyAccepted", "ResourceShareInvitationAlreadyRejected", "ResourceShareInvitationExpired", "ServerInternal", "ServiceUnavailable", "InvalidClientToken", "IdempotentParameterMismatch"},
	"ReplacePermissionAssociations":         {"MalformedArn", "InvalidParameter", "ServerInternal", "ServiceUnavailable", "OperationNotPermitted", "UnknownResource", "InvalidClientToken", "IdempotentParameterMismatch"},
	"SetDefaultPermissionVersion":           {"InvalidParameter", "MalformedArn", "ServerInternal", "ServiceUnavailable", "UnknownResource", "InvalidClientToken", "IdempotentParameterMismatch"},
	"TagResource":                           {"InvalidParameter", "MalformedArn", "UnknownResource", "TagLimitExceeded", "ResourceArnNotFound", "TagPolicyViolation", "ServerInternal", "ServiceUnavailable"},
	"UntagResource":                         {"UnknownResource", "InvalidParameter", "MalformedArn", "ServerInternal", "ServiceUnavailable"},
	"UpdateResourceShare":                   {"IdempotentParameterMismatch", "MissingRequiredParameter", "UnknownResource", "MalformedArn", "InvalidClientToken", "InvalidParameter", "OperationNotPermitted", "ServerInternal", "ServiceUnavailable"},
}

// onlyModeled applies the substitution table of ram.md §C.16 to an error of
// operation op: an exception the operation does not model becomes, with the
// same message, InvalidClientTokenException (a reused client token, where
// that is modeled), InvalidParameterException, or, where that is not
// modeled either, the exception the operation uses for a bad request: M22
// for the invitation operations, M25 for DeletePermission, M19's exception
// for EnableSharingWithAwsOrganization. A nil error stays nil.
func onlyModeled(op string, err error) error {
	if err == nil {
		return nil
	}
	return substitute(op, err)
}

// ModeledError returns err as operation op returns it: an exception (any
// error with ErrorCode and ErrorMessage methods) that op's model does not
// list becomes the one op returns instead (ram.md §C.16); any other error is
// returned as it is. The Client applies it to its own errors; a wire layer
// applies it to those it raises before calling the Client, such as a body
// that does not parse.
func ModeledError(op string, err error) error { return onlyModeled(op, err) }

func substitute(op string, err error) error {
	var ex interface {
		ErrorCode() string
		ErrorMessage() string
	}
	if !errors.As(err, &ex) {
		return err
	}
	allowed := modeled[op]
	is := func(code string) bool { return slices.Contains(allowed, strings.TrimSuffix(code, "Exception")) }
	if is(ex.ErrorCode()) {
		return err
	}
	msg := ptr(ex.ErrorMessage())
	switch {
	case ex.ErrorCode() == "IdempotentParameterMismatchException" && is("InvalidClientToken"):
		return &types.InvalidClientTokenException{Message: msg}
	case is("InvalidParameter"):
		return &types.InvalidParameterException{Message: msg}
	case op == "AcceptResourceShareInvitation" || op == "RejectResourceShareInvitation":
		return malformedInvitation()
	case op == "DeletePermission":
		return malformedPermission()
	case is("OperationNotPermitted"):
		return &types.OperationNotPermittedException{Message: msg}
	}
	return internal()
}
