package types

import "fmt"

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func format(code string, msg *string) string { return fmt.Sprintf("%s: %s", code, deref(msg)) }

// ValidationException: the request failed to satisfy a constraint (HTTP 400).
type ValidationException struct {
	Message *string                    `json:"message,omitempty"`
	Reason  ValidationExceptionReason  `json:"reason,omitempty"`
	Fields  []ValidationExceptionField `json:"fields,omitempty"`
}

// Error implements error.
func (e *ValidationException) Error() string { return format(e.ErrorCode(), e.Message) }

// ErrorCode is the exception's shape name.
func (e *ValidationException) ErrorCode() string { return "ValidationException" }

// ErrorMessage is the exception's message.
func (e *ValidationException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode is the status the service answers with.
func (e *ValidationException) HTTPStatusCode() int { return 400 }

// AccessDeniedException: the caller may not do this (HTTP 403).
type AccessDeniedException struct {
	Message *string `json:"message,omitempty"`
}

// Error implements error.
func (e *AccessDeniedException) Error() string { return format(e.ErrorCode(), e.Message) }

// ErrorCode is the exception's shape name.
func (e *AccessDeniedException) ErrorCode() string { return "AccessDeniedException" }

// ErrorMessage is the exception's message.
func (e *AccessDeniedException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode is the status the service answers with.
func (e *AccessDeniedException) HTTPStatusCode() int { return 403 }

// ResourceNotFoundException: the named resource does not exist (HTTP 404).
type ResourceNotFoundException struct {
	Message      *string `json:"message,omitempty"`
	ResourceId   *string `json:"resourceId,omitempty"`
	ResourceType *string `json:"resourceType,omitempty"`
}

// Error implements error.
func (e *ResourceNotFoundException) Error() string { return format(e.ErrorCode(), e.Message) }

// ErrorCode is the exception's shape name.
func (e *ResourceNotFoundException) ErrorCode() string { return "ResourceNotFoundException" }

// ErrorMessage is the exception's message.
func (e *ResourceNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode is the status the service answers with.
func (e *ResourceNotFoundException) HTTPStatusCode() int { return 404 }

// ServiceQuotaExceededException: a quota would be exceeded (HTTP 402).
type ServiceQuotaExceededException struct {
	Message *string `json:"message,omitempty"`
}

// Error implements error.
func (e *ServiceQuotaExceededException) Error() string { return format(e.ErrorCode(), e.Message) }

// ErrorCode is the exception's shape name.
func (e *ServiceQuotaExceededException) ErrorCode() string { return "ServiceQuotaExceededException" }

// ErrorMessage is the exception's message.
func (e *ServiceQuotaExceededException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode is the status the service answers with.
func (e *ServiceQuotaExceededException) HTTPStatusCode() int { return 402 }

// ThrottlingException: the request was throttled (HTTP 429).
type ThrottlingException struct {
	Message *string `json:"message,omitempty"`
}

// Error implements error.
func (e *ThrottlingException) Error() string { return format(e.ErrorCode(), e.Message) }

// ErrorCode is the exception's shape name.
func (e *ThrottlingException) ErrorCode() string { return "ThrottlingException" }

// ErrorMessage is the exception's message.
func (e *ThrottlingException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode is the status the service answers with.
func (e *ThrottlingException) HTTPStatusCode() int { return 429 }

// InternalServerException: the service failed (HTTP 500).
type InternalServerException struct {
	Message *string `json:"message,omitempty"`
}

// Error implements error.
func (e *InternalServerException) Error() string { return format(e.ErrorCode(), e.Message) }

// ErrorCode is the exception's shape name.
func (e *InternalServerException) ErrorCode() string { return "InternalServerException" }

// ErrorMessage is the exception's message.
func (e *InternalServerException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode is the status the service answers with.
func (e *InternalServerException) HTTPStatusCode() int { return 500 }
