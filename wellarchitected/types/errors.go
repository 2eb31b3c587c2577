package types

import "fmt"

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func errorString(code string, msg *string) string { return fmt.Sprintf("%s: %s", code, deref(msg)) }

// ValidationException (HTTP 400): the request is malformed or not allowed.
type ValidationException struct {
	Message *string                    `json:"Message,omitempty"`
	Reason  ValidationExceptionReason  `json:"Reason,omitempty"`
	Fields  []ValidationExceptionField `json:"Fields,omitempty"`
}

// Error implements error.
func (e *ValidationException) Error() string { return errorString(e.ErrorCode(), e.Message) }

// ErrorCode returns the exception's shape name.
func (e *ValidationException) ErrorCode() string { return "ValidationException" }

// ErrorMessage returns the message.
func (e *ValidationException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns the HTTP status AWS answers with.
func (e *ValidationException) HTTPStatusCode() int { return 400 }

// AccessDeniedException (HTTP 403): the caller may not do this.
type AccessDeniedException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements error.
func (e *AccessDeniedException) Error() string { return errorString(e.ErrorCode(), e.Message) }

// ErrorCode returns the exception's shape name.
func (e *AccessDeniedException) ErrorCode() string { return "AccessDeniedException" }

// ErrorMessage returns the message.
func (e *AccessDeniedException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns the HTTP status AWS answers with.
func (e *AccessDeniedException) HTTPStatusCode() int { return 403 }

// ResourceNotFoundException (HTTP 404): the resource does not exist or is not
// visible to the caller.
type ResourceNotFoundException struct {
	Message      *string `json:"Message,omitempty"`
	ResourceId   *string `json:"ResourceId,omitempty"`
	ResourceType *string `json:"ResourceType,omitempty"`
}

// Error implements error.
func (e *ResourceNotFoundException) Error() string { return errorString(e.ErrorCode(), e.Message) }

// ErrorCode returns the exception's shape name.
func (e *ResourceNotFoundException) ErrorCode() string { return "ResourceNotFoundException" }

// ErrorMessage returns the message.
func (e *ResourceNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns the HTTP status AWS answers with.
func (e *ResourceNotFoundException) HTTPStatusCode() int { return 404 }

// ConflictException (HTTP 409): the request collides with the current state.
type ConflictException struct {
	Message      *string `json:"Message,omitempty"`
	ResourceId   *string `json:"ResourceId,omitempty"`
	ResourceType *string `json:"ResourceType,omitempty"`
}

// Error implements error.
func (e *ConflictException) Error() string { return errorString(e.ErrorCode(), e.Message) }

// ErrorCode returns the exception's shape name.
func (e *ConflictException) ErrorCode() string { return "ConflictException" }

// ErrorMessage returns the message.
func (e *ConflictException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns the HTTP status AWS answers with.
func (e *ConflictException) HTTPStatusCode() int { return 409 }

// ServiceQuotaExceededException (HTTP 402): a quota would be exceeded.
type ServiceQuotaExceededException struct {
	Message      *string `json:"Message,omitempty"`
	ResourceId   *string `json:"ResourceId,omitempty"`
	ResourceType *string `json:"ResourceType,omitempty"`
	QuotaCode    *string `json:"QuotaCode,omitempty"`
	ServiceCode  *string `json:"ServiceCode,omitempty"`
}

// Error implements error.
func (e *ServiceQuotaExceededException) Error() string { return errorString(e.ErrorCode(), e.Message) }

// ErrorCode returns the exception's shape name.
func (e *ServiceQuotaExceededException) ErrorCode() string { return "ServiceQuotaExceededException" }

// ErrorMessage returns the message.
func (e *ServiceQuotaExceededException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns the HTTP status AWS answers with.
func (e *ServiceQuotaExceededException) HTTPStatusCode() int { return 402 }

// ThrottlingException (HTTP 429): the request rate is too high. sharesim
// produces it only when injected.
type ThrottlingException struct {
	Message     *string `json:"Message,omitempty"`
	QuotaCode   *string `json:"QuotaCode,omitempty"`
	ServiceCode *string `json:"ServiceCode,omitempty"`
}

// Error implements error.
func (e *ThrottlingException) Error() string { return errorString(e.ErrorCode(), e.Message) }

// ErrorCode returns the exception's shape name.
func (e *ThrottlingException) ErrorCode() string { return "ThrottlingException" }

// ErrorMessage returns the message.
func (e *ThrottlingException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns the HTTP status AWS answers with.
func (e *ThrottlingException) HTTPStatusCode() int { return 429 }

// InternalServerException (HTTP 500): an unexpected failure.
type InternalServerException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements error.
func (e *InternalServerException) Error() string { return errorString(e.ErrorCode(), e.Message) }

// ErrorCode returns the exception's shape name.
func (e *InternalServerException) ErrorCode() string { return "InternalServerException" }

// ErrorMessage returns the message.
func (e *InternalServerException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns the HTTP status AWS answers with.
func (e *InternalServerException) HTTPStatusCode() int { return 500 }
