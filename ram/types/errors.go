package types

// Exceptions: one type per error shape of the RAM model, named exactly as the
// shape. Each carries the AWS message and knows its error code and HTTP
// status, so callers can assert errors through the interfaces
// interface{ ErrorCode() string; ErrorMessage() string } and
// interface{ HTTPStatusCode() int }, which aws-sdk-go-v2 errors satisfy too.

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// IdempotentParameterMismatchException is returned when the client token was already used with different parameters (HTTP 400).
type IdempotentParameterMismatchException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *IdempotentParameterMismatchException) Error() string {
	return "IdempotentParameterMismatchException: " + deref(e.Message)
}

// ErrorCode returns "IdempotentParameterMismatchException".
func (e *IdempotentParameterMismatchException) ErrorCode() string {
	return "IdempotentParameterMismatchException"
}

// ErrorMessage returns the AWS message.
func (e *IdempotentParameterMismatchException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *IdempotentParameterMismatchException) HTTPStatusCode() int { return 400 }

// InvalidClientTokenException is returned when the client token is not valid (HTTP 400).
type InvalidClientTokenException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *InvalidClientTokenException) Error() string {
	return "InvalidClientTokenException: " + deref(e.Message)
}

// ErrorCode returns "InvalidClientTokenException".
func (e *InvalidClientTokenException) ErrorCode() string { return "InvalidClientTokenException" }

// ErrorMessage returns the AWS message.
func (e *InvalidClientTokenException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidClientTokenException) HTTPStatusCode() int { return 400 }

// InvalidMaxResultsException is returned when maxResults is out of range (GetResourceShareInvitations) (HTTP 400).
type InvalidMaxResultsException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *InvalidMaxResultsException) Error() string {
	return "InvalidMaxResultsException: " + deref(e.Message)
}

// ErrorCode returns "InvalidMaxResultsException".
func (e *InvalidMaxResultsException) ErrorCode() string { return "InvalidMaxResultsException" }

// ErrorMessage returns the AWS message.
func (e *InvalidMaxResultsException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidMaxResultsException) HTTPStatusCode() int { return 400 }

// InvalidNextTokenException is returned when the pagination token is not valid (HTTP 400).
type InvalidNextTokenException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *InvalidNextTokenException) Error() string {
	return "InvalidNextTokenException: " + deref(e.Message)
}

// ErrorCode returns "InvalidNextTokenException".
func (e *InvalidNextTokenException) ErrorCode() string { return "InvalidNextTokenException" }

// ErrorMessage returns the AWS message.
func (e *InvalidNextTokenException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidNextTokenException) HTTPStatusCode() int { return 400 }

// InvalidParameterException is returned when a parameter is not valid (HTTP 400).
type InvalidParameterException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *InvalidParameterException) Error() string {
	return "InvalidParameterException: " + deref(e.Message)
}

// ErrorCode returns "InvalidParameterException".
func (e *InvalidParameterException) ErrorCode() string { return "InvalidParameterException" }

// ErrorMessage returns the AWS message.
func (e *InvalidParameterException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidParameterException) HTTPStatusCode() int { return 400 }

// InvalidPolicyException is returned when a policy is not valid (HTTP 400).
type InvalidPolicyException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *InvalidPolicyException) Error() string { return "InvalidPolicyException: " + deref(e.Message) }

// ErrorCode returns "InvalidPolicyException".
func (e *InvalidPolicyException) ErrorCode() string { return "InvalidPolicyException" }

// ErrorMessage returns the AWS message.
func (e *InvalidPolicyException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidPolicyException) HTTPStatusCode() int { return 400 }

// InvalidResourceTypeException is returned when the resource type is not valid (HTTP 400).
type InvalidResourceTypeException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *InvalidResourceTypeException) Error() string {
	return "InvalidResourceTypeException: " + deref(e.Message)
}

// ErrorCode returns "InvalidResourceTypeException".
func (e *InvalidResourceTypeException) ErrorCode() string { return "InvalidResourceTypeException" }

// ErrorMessage returns the AWS message.
func (e *InvalidResourceTypeException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidResourceTypeException) HTTPStatusCode() int { return 400 }

// InvalidStateTransitionException is returned when the request does not apply to the current state (HTTP 400).
type InvalidStateTransitionException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *InvalidStateTransitionException) Error() string {
	return "InvalidStateTransitionException: " + deref(e.Message)
}

// ErrorCode returns "InvalidStateTransitionException".
func (e *InvalidStateTransitionException) ErrorCode() string {
	return "InvalidStateTransitionException"
}

// ErrorMessage returns the AWS message.
func (e *InvalidStateTransitionException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidStateTransitionException) HTTPStatusCode() int { return 400 }

// MalformedArnException is returned when an ARN is malformed (HTTP 400).
type MalformedArnException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *MalformedArnException) Error() string { return "MalformedArnException: " + deref(e.Message) }

// ErrorCode returns "MalformedArnException".
func (e *MalformedArnException) ErrorCode() string { return "MalformedArnException" }

// ErrorMessage returns the AWS message.
func (e *MalformedArnException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *MalformedArnException) HTTPStatusCode() int { return 400 }

// MalformedPolicyTemplateException is returned when a policy template is malformed (HTTP 400).
type MalformedPolicyTemplateException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *MalformedPolicyTemplateException) Error() string {
	return "MalformedPolicyTemplateException: " + deref(e.Message)
}

// ErrorCode returns "MalformedPolicyTemplateException".
func (e *MalformedPolicyTemplateException) ErrorCode() string {
	return "MalformedPolicyTemplateException"
}

// ErrorMessage returns the AWS message.
func (e *MalformedPolicyTemplateException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *MalformedPolicyTemplateException) HTTPStatusCode() int { return 400 }

// MissingRequiredParameterException is returned when a required parameter is missing (HTTP 400).
type MissingRequiredParameterException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *MissingRequiredParameterException) Error() string {
	return "MissingRequiredParameterException: " + deref(e.Message)
}

// ErrorCode returns "MissingRequiredParameterException".
func (e *MissingRequiredParameterException) ErrorCode() string {
	return "MissingRequiredParameterException"
}

// ErrorMessage returns the AWS message.
func (e *MissingRequiredParameterException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *MissingRequiredParameterException) HTTPStatusCode() int { return 400 }

// OperationNotPermittedException is returned when the operation is not permitted (HTTP 400).
type OperationNotPermittedException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *OperationNotPermittedException) Error() string {
	return "OperationNotPermittedException: " + deref(e.Message)
}

// ErrorCode returns "OperationNotPermittedException".
func (e *OperationNotPermittedException) ErrorCode() string { return "OperationNotPermittedException" }

// ErrorMessage returns the AWS message.
func (e *OperationNotPermittedException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *OperationNotPermittedException) HTTPStatusCode() int { return 400 }

// PermissionAlreadyExistsException is returned when a permission with that name exists (HTTP 409).
type PermissionAlreadyExistsException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *PermissionAlreadyExistsException) Error() string {
	return "PermissionAlreadyExistsException: " + deref(e.Message)
}

// ErrorCode returns "PermissionAlreadyExistsException".
func (e *PermissionAlreadyExistsException) ErrorCode() string {
	return "PermissionAlreadyExistsException"
}

// ErrorMessage returns the AWS message.
func (e *PermissionAlreadyExistsException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 409.
func (e *PermissionAlreadyExistsException) HTTPStatusCode() int { return 409 }

// PermissionLimitExceededException is returned when the permission quota would be exceeded (HTTP 400).
type PermissionLimitExceededException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *PermissionLimitExceededException) Error() string {
	return "PermissionLimitExceededException: " + deref(e.Message)
}

// ErrorCode returns "PermissionLimitExceededException".
func (e *PermissionLimitExceededException) ErrorCode() string {
	return "PermissionLimitExceededException"
}

// ErrorMessage returns the AWS message.
func (e *PermissionLimitExceededException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *PermissionLimitExceededException) HTTPStatusCode() int { return 400 }

// PermissionVersionsLimitExceededException is returned when the permission version quota would be exceeded (HTTP 400).
type PermissionVersionsLimitExceededException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *PermissionVersionsLimitExceededException) Error() string {
	return "PermissionVersionsLimitExceededException: " + deref(e.Message)
}

// ErrorCode returns "PermissionVersionsLimitExceededException".
func (e *PermissionVersionsLimitExceededException) ErrorCode() string {
	return "PermissionVersionsLimitExceededException"
}

// ErrorMessage returns the AWS message.
func (e *PermissionVersionsLimitExceededException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *PermissionVersionsLimitExceededException) HTTPStatusCode() int { return 400 }

// ResourceArnNotFoundException is returned when the resource ARN was not found (HTTP 400).
type ResourceArnNotFoundException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ResourceArnNotFoundException) Error() string {
	return "ResourceArnNotFoundException: " + deref(e.Message)
}

// ErrorCode returns "ResourceArnNotFoundException".
func (e *ResourceArnNotFoundException) ErrorCode() string { return "ResourceArnNotFoundException" }

// ErrorMessage returns the AWS message.
func (e *ResourceArnNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *ResourceArnNotFoundException) HTTPStatusCode() int { return 400 }

// ResourceShareInvitationAlreadyAcceptedException is returned when the invitation was already accepted (HTTP 400).
type ResourceShareInvitationAlreadyAcceptedException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ResourceShareInvitationAlreadyAcceptedException) Error() string {
	return "ResourceShareInvitationAlreadyAcceptedException: " + deref(e.Message)
}

// ErrorCode returns "ResourceShareInvitationAlreadyAcceptedException".
func (e *ResourceShareInvitationAlreadyAcceptedException) ErrorCode() string {
	return "ResourceShareInvitationAlreadyAcceptedException"
}

// ErrorMessage returns the AWS message.
func (e *ResourceShareInvitationAlreadyAcceptedException) ErrorMessage() string {
	return deref(e.Message)
}

// HTTPStatusCode returns 400.
func (e *ResourceShareInvitationAlreadyAcceptedException) HTTPStatusCode() int { return 400 }

// ResourceShareInvitationAlreadyRejectedException is returned when the invitation was already rejected (HTTP 400).
type ResourceShareInvitationAlreadyRejectedException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ResourceShareInvitationAlreadyRejectedException) Error() string {
	return "ResourceShareInvitationAlreadyRejectedException: " + deref(e.Message)
}

// ErrorCode returns "ResourceShareInvitationAlreadyRejectedException".
func (e *ResourceShareInvitationAlreadyRejectedException) ErrorCode() string {
	return "ResourceShareInvitationAlreadyRejectedException"
}

// ErrorMessage returns the AWS message.
func (e *ResourceShareInvitationAlreadyRejectedException) ErrorMessage() string {
	return deref(e.Message)
}

// HTTPStatusCode returns 400.
func (e *ResourceShareInvitationAlreadyRejectedException) HTTPStatusCode() int { return 400 }

// ResourceShareInvitationArnNotFoundException is returned when the invitation was not found (HTTP 400).
type ResourceShareInvitationArnNotFoundException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ResourceShareInvitationArnNotFoundException) Error() string {
	return "ResourceShareInvitationArnNotFoundException: " + deref(e.Message)
}

// ErrorCode returns "ResourceShareInvitationArnNotFoundException".
func (e *ResourceShareInvitationArnNotFoundException) ErrorCode() string {
	return "ResourceShareInvitationArnNotFoundException"
}

// ErrorMessage returns the AWS message.
func (e *ResourceShareInvitationArnNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *ResourceShareInvitationArnNotFoundException) HTTPStatusCode() int { return 400 }

// ResourceShareInvitationExpiredException is returned when the invitation has expired (HTTP 400).
type ResourceShareInvitationExpiredException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ResourceShareInvitationExpiredException) Error() string {
	return "ResourceShareInvitationExpiredException: " + deref(e.Message)
}

// ErrorCode returns "ResourceShareInvitationExpiredException".
func (e *ResourceShareInvitationExpiredException) ErrorCode() string {
	return "ResourceShareInvitationExpiredException"
}

// ErrorMessage returns the AWS message.
func (e *ResourceShareInvitationExpiredException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *ResourceShareInvitationExpiredException) HTTPStatusCode() int { return 400 }

// ResourceShareLimitExceededException is returned when a resource share quota would be exceeded (HTTP 400).
type ResourceShareLimitExceededException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ResourceShareLimitExceededException) Error() string {
	return "ResourceShareLimitExceededException: " + deref(e.Message)
}

// ErrorCode returns "ResourceShareLimitExceededException".
func (e *ResourceShareLimitExceededException) ErrorCode() string {
	return "ResourceShareLimitExceededException"
}

// ErrorMessage returns the AWS message.
func (e *ResourceShareLimitExceededException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *ResourceShareLimitExceededException) HTTPStatusCode() int { return 400 }

// ServerInternalException is returned when the service failed internally (HTTP 500).
type ServerInternalException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ServerInternalException) Error() string {
	return "ServerInternalException: " + deref(e.Message)
}

// ErrorCode returns "ServerInternalException".
func (e *ServerInternalException) ErrorCode() string { return "ServerInternalException" }

// ErrorMessage returns the AWS message.
func (e *ServerInternalException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 500.
func (e *ServerInternalException) HTTPStatusCode() int { return 500 }

// ServiceUnavailableException is returned when the service is unavailable (HTTP 503).
type ServiceUnavailableException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ServiceUnavailableException) Error() string {
	return "ServiceUnavailableException: " + deref(e.Message)
}

// ErrorCode returns "ServiceUnavailableException".
func (e *ServiceUnavailableException) ErrorCode() string { return "ServiceUnavailableException" }

// ErrorMessage returns the AWS message.
func (e *ServiceUnavailableException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 503.
func (e *ServiceUnavailableException) HTTPStatusCode() int { return 503 }

// TagLimitExceededException is returned when the tag quota would be exceeded (HTTP 400).
type TagLimitExceededException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *TagLimitExceededException) Error() string {
	return "TagLimitExceededException: " + deref(e.Message)
}

// ErrorCode returns "TagLimitExceededException".
func (e *TagLimitExceededException) ErrorCode() string { return "TagLimitExceededException" }

// ErrorMessage returns the AWS message.
func (e *TagLimitExceededException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *TagLimitExceededException) HTTPStatusCode() int { return 400 }

// TagPolicyViolationException is returned when a tag breaks the tag rules (HTTP 400).
type TagPolicyViolationException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *TagPolicyViolationException) Error() string {
	return "TagPolicyViolationException: " + deref(e.Message)
}

// ErrorCode returns "TagPolicyViolationException".
func (e *TagPolicyViolationException) ErrorCode() string { return "TagPolicyViolationException" }

// ErrorMessage returns the AWS message.
func (e *TagPolicyViolationException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *TagPolicyViolationException) HTTPStatusCode() int { return 400 }

// ThrottlingException is returned when the request was throttled (HTTP 429).
type ThrottlingException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *ThrottlingException) Error() string { return "ThrottlingException: " + deref(e.Message) }

// ErrorCode returns "ThrottlingException".
func (e *ThrottlingException) ErrorCode() string { return "ThrottlingException" }

// ErrorMessage returns the AWS message.
func (e *ThrottlingException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 429.
func (e *ThrottlingException) HTTPStatusCode() int { return 429 }

// UnknownResourceException is returned when a named resource was not found (HTTP 400).
type UnknownResourceException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *UnknownResourceException) Error() string {
	return "UnknownResourceException: " + deref(e.Message)
}

// ErrorCode returns "UnknownResourceException".
func (e *UnknownResourceException) ErrorCode() string { return "UnknownResourceException" }

// ErrorMessage returns the AWS message.
func (e *UnknownResourceException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *UnknownResourceException) HTTPStatusCode() int { return 400 }

// UnmatchedPolicyPermissionException is returned when a policy does not match a permission (HTTP 400).
type UnmatchedPolicyPermissionException struct {
	Message *string `json:"message,omitempty"`
}

// Error returns the code and message.
func (e *UnmatchedPolicyPermissionException) Error() string {
	return "UnmatchedPolicyPermissionException: " + deref(e.Message)
}

// ErrorCode returns "UnmatchedPolicyPermissionException".
func (e *UnmatchedPolicyPermissionException) ErrorCode() string {
	return "UnmatchedPolicyPermissionException"
}

// ErrorMessage returns the AWS message.
func (e *UnmatchedPolicyPermissionException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *UnmatchedPolicyPermissionException) HTTPStatusCode() int { return 400 }

// Exceptions lists a zero value of every exception type, for tests and the
// wire layer's error tables.
var Exceptions = []interface {
	error
	ErrorCode() string
	ErrorMessage() string
	HTTPStatusCode() int
}{
	&IdempotentParameterMismatchException{},
	&InvalidClientTokenException{},
	&InvalidMaxResultsException{},
	&InvalidNextTokenException{},
	&InvalidParameterException{},
	&InvalidPolicyException{},
	&InvalidResourceTypeException{},
	&InvalidStateTransitionException{},
	&MalformedArnException{},
	&MalformedPolicyTemplateException{},
	&MissingRequiredParameterException{},
	&OperationNotPermittedException{},
	&PermissionAlreadyExistsException{},
	&PermissionLimitExceededException{},
	&PermissionVersionsLimitExceededException{},
	&ResourceArnNotFoundException{},
	&ResourceShareInvitationAlreadyAcceptedException{},
	&ResourceShareInvitationAlreadyRejectedException{},
	&ResourceShareInvitationArnNotFoundException{},
	&ResourceShareInvitationExpiredException{},
	&ResourceShareLimitExceededException{},
	&ServerInternalException{},
	&ServiceUnavailableException{},
	&TagLimitExceededException{},
	&TagPolicyViolationException{},
	&ThrottlingException{},
	&UnknownResourceException{},
	&UnmatchedPolicyPermissionException{},
}
