// The exception types below mirror the error shapes of the Organizations model
// (shared/reference/aws-models/organizations/service-2.json): names, members
// and HTTP statuses; internal/wireclient tests check them against the model.

package types

import "net/http"

// AWSOrganizationsNotInUseException is the Organizations AWSOrganizationsNotInUseException error (HTTP 400).
type AWSOrganizationsNotInUseException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *AWSOrganizationsNotInUseException) Error() string {
	return "AWSOrganizationsNotInUseException: " + e.ErrorMessage()
}

// ErrorCode returns "AWSOrganizationsNotInUseException".
func (e *AWSOrganizationsNotInUseException) ErrorCode() string {
	return "AWSOrganizationsNotInUseException"
}

// ErrorMessage returns the message.
func (e *AWSOrganizationsNotInUseException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *AWSOrganizationsNotInUseException) HTTPStatusCode() int { return http.StatusBadRequest }

// AccessDeniedException is the Organizations AccessDeniedException error (HTTP 400).
type AccessDeniedException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *AccessDeniedException) Error() string { return "AccessDeniedException: " + e.ErrorMessage() }

// ErrorCode returns "AccessDeniedException".
func (e *AccessDeniedException) ErrorCode() string { return "AccessDeniedException" }

// ErrorMessage returns the message.
func (e *AccessDeniedException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *AccessDeniedException) HTTPStatusCode() int { return http.StatusBadRequest }

// AccountNotFoundException is the Organizations AccountNotFoundException error (HTTP 400).
type AccountNotFoundException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *AccountNotFoundException) Error() string {
	return "AccountNotFoundException: " + e.ErrorMessage()
}

// ErrorCode returns "AccountNotFoundException".
func (e *AccountNotFoundException) ErrorCode() string { return "AccountNotFoundException" }

// ErrorMessage returns the message.
func (e *AccountNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *AccountNotFoundException) HTTPStatusCode() int { return http.StatusBadRequest }

// AlreadyInOrganizationException is the Organizations AlreadyInOrganizationException error (HTTP 400).
type AlreadyInOrganizationException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *AlreadyInOrganizationException) Error() string {
	return "AlreadyInOrganizationException: " + e.ErrorMessage()
}

// ErrorCode returns "AlreadyInOrganizationException".
func (e *AlreadyInOrganizationException) ErrorCode() string { return "AlreadyInOrganizationException" }

// ErrorMessage returns the message.
func (e *AlreadyInOrganizationException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *AlreadyInOrganizationException) HTTPStatusCode() int { return http.StatusBadRequest }

// ChildNotFoundException is the Organizations ChildNotFoundException error (HTTP 400).
type ChildNotFoundException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *ChildNotFoundException) Error() string { return "ChildNotFoundException: " + e.ErrorMessage() }

// ErrorCode returns "ChildNotFoundException".
func (e *ChildNotFoundException) ErrorCode() string { return "ChildNotFoundException" }

// ErrorMessage returns the message.
func (e *ChildNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *ChildNotFoundException) HTTPStatusCode() int { return http.StatusBadRequest }

// ConstraintViolationException is the Organizations ConstraintViolationException error (HTTP 400).
type ConstraintViolationException struct {
	Message *string                            `json:"Message,omitempty"`
	Reason  ConstraintViolationExceptionReason `json:"Reason,omitempty"`
}

// Error implements the error interface.
func (e *ConstraintViolationException) Error() string {
	return "ConstraintViolationException: " + e.ErrorMessage()
}

// ErrorCode returns "ConstraintViolationException".
func (e *ConstraintViolationException) ErrorCode() string { return "ConstraintViolationException" }

// ErrorMessage returns the message.
func (e *ConstraintViolationException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *ConstraintViolationException) HTTPStatusCode() int { return http.StatusBadRequest }

// CreateAccountStatusNotFoundException is the Organizations CreateAccountStatusNotFoundException error (HTTP 400).
type CreateAccountStatusNotFoundException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *CreateAccountStatusNotFoundException) Error() string {
	return "CreateAccountStatusNotFoundException: " + e.ErrorMessage()
}

// ErrorCode returns "CreateAccountStatusNotFoundException".
func (e *CreateAccountStatusNotFoundException) ErrorCode() string {
	return "CreateAccountStatusNotFoundException"
}

// ErrorMessage returns the message.
func (e *CreateAccountStatusNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *CreateAccountStatusNotFoundException) HTTPStatusCode() int { return http.StatusBadRequest }

// DestinationParentNotFoundException is the Organizations DestinationParentNotFoundException error (HTTP 400).
type DestinationParentNotFoundException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *DestinationParentNotFoundException) Error() string {
	return "DestinationParentNotFoundException: " + e.ErrorMessage()
}

// ErrorCode returns "DestinationParentNotFoundException".
func (e *DestinationParentNotFoundException) ErrorCode() string {
	return "DestinationParentNotFoundException"
}

// ErrorMessage returns the message.
func (e *DestinationParentNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *DestinationParentNotFoundException) HTTPStatusCode() int { return http.StatusBadRequest }

// DuplicateAccountException is the Organizations DuplicateAccountException error (HTTP 400).
type DuplicateAccountException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *DuplicateAccountException) Error() string {
	return "DuplicateAccountException: " + e.ErrorMessage()
}

// ErrorCode returns "DuplicateAccountException".
func (e *DuplicateAccountException) ErrorCode() string { return "DuplicateAccountException" }

// ErrorMessage returns the message.
func (e *DuplicateAccountException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *DuplicateAccountException) HTTPStatusCode() int { return http.StatusBadRequest }

// DuplicateHandshakeException is the Organizations DuplicateHandshakeException error (HTTP 400).
type DuplicateHandshakeException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *DuplicateHandshakeException) Error() string {
	return "DuplicateHandshakeException: " + e.ErrorMessage()
}

// ErrorCode returns "DuplicateHandshakeException".
func (e *DuplicateHandshakeException) ErrorCode() string { return "DuplicateHandshakeException" }

// ErrorMessage returns the message.
func (e *DuplicateHandshakeException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *DuplicateHandshakeException) HTTPStatusCode() int { return http.StatusBadRequest }

// DuplicateOrganizationalUnitException is the Organizations DuplicateOrganizationalUnitException error (HTTP 400).
type DuplicateOrganizationalUnitException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *DuplicateOrganizationalUnitException) Error() string {
	return "DuplicateOrganizationalUnitException: " + e.ErrorMessage()
}

// ErrorCode returns "DuplicateOrganizationalUnitException".
func (e *DuplicateOrganizationalUnitException) ErrorCode() string {
	return "DuplicateOrganizationalUnitException"
}

// ErrorMessage returns the message.
func (e *DuplicateOrganizationalUnitException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *DuplicateOrganizationalUnitException) HTTPStatusCode() int { return http.StatusBadRequest }

// HandshakeAlreadyInStateException is the Organizations HandshakeAlreadyInStateException error (HTTP 400).
type HandshakeAlreadyInStateException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *HandshakeAlreadyInStateException) Error() string {
	return "HandshakeAlreadyInStateException: " + e.ErrorMessage()
}

// ErrorCode returns "HandshakeAlreadyInStateException".
func (e *HandshakeAlreadyInStateException) ErrorCode() string {
	return "HandshakeAlreadyInStateException"
}

// ErrorMessage returns the message.
func (e *HandshakeAlreadyInStateException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *HandshakeAlreadyInStateException) HTTPStatusCode() int { return http.StatusBadRequest }

// HandshakeConstraintViolationException is the Organizations HandshakeConstraintViolationException error (HTTP 400).
type HandshakeConstraintViolationException struct {
	Message *string                                     `json:"Message,omitempty"`
	Reason  HandshakeConstraintViolationExceptionReason `json:"Reason,omitempty"`
}

// Error implements the error interface.
func (e *HandshakeConstraintViolationException) Error() string {
	return "HandshakeConstraintViolationException: " + e.ErrorMessage()
}

// ErrorCode returns "HandshakeConstraintViolationException".
func (e *HandshakeConstraintViolationException) ErrorCode() string {
	return "HandshakeConstraintViolationException"
}

// ErrorMessage returns the message.
func (e *HandshakeConstraintViolationException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *HandshakeConstraintViolationException) HTTPStatusCode() int { return http.StatusBadRequest }

// HandshakeNotFoundException is the Organizations HandshakeNotFoundException error (HTTP 400).
type HandshakeNotFoundException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *HandshakeNotFoundException) Error() string {
	return "HandshakeNotFoundException: " + e.ErrorMessage()
}

// ErrorCode returns "HandshakeNotFoundException".
func (e *HandshakeNotFoundException) ErrorCode() string { return "HandshakeNotFoundException" }

// ErrorMessage returns the message.
func (e *HandshakeNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *HandshakeNotFoundException) HTTPStatusCode() int { return http.StatusBadRequest }

// InvalidHandshakeTransitionException is the Organizations InvalidHandshakeTransitionException error (HTTP 400).
type InvalidHandshakeTransitionException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *InvalidHandshakeTransitionException) Error() string {
	return "InvalidHandshakeTransitionException: " + e.ErrorMessage()
}

// ErrorCode returns "InvalidHandshakeTransitionException".
func (e *InvalidHandshakeTransitionException) ErrorCode() string {
	return "InvalidHandshakeTransitionException"
}

// ErrorMessage returns the message.
func (e *InvalidHandshakeTransitionException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidHandshakeTransitionException) HTTPStatusCode() int { return http.StatusBadRequest }

// InvalidInputException is the Organizations InvalidInputException error (HTTP 400).
type InvalidInputException struct {
	Message *string                     `json:"Message,omitempty"`
	Reason  InvalidInputExceptionReason `json:"Reason,omitempty"`
}

// Error implements the error interface.
func (e *InvalidInputException) Error() string { return "InvalidInputException: " + e.ErrorMessage() }

// ErrorCode returns "InvalidInputException".
func (e *InvalidInputException) ErrorCode() string { return "InvalidInputException" }

// ErrorMessage returns the message.
func (e *InvalidInputException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *InvalidInputException) HTTPStatusCode() int { return http.StatusBadRequest }

// MasterCannotLeaveOrganizationException is the Organizations MasterCannotLeaveOrganizationException error (HTTP 400).
type MasterCannotLeaveOrganizationException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *MasterCannotLeaveOrganizationException) Error() string {
	return "MasterCannotLeaveOrganizationException: " + e.ErrorMessage()
}

// ErrorCode returns "MasterCannotLeaveOrganizationException".
func (e *MasterCannotLeaveOrganizationException) ErrorCode() string {
	return "MasterCannotLeaveOrganizationException"
}

// ErrorMessage returns the message.
func (e *MasterCannotLeaveOrganizationException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *MasterCannotLeaveOrganizationException) HTTPStatusCode() int { return http.StatusBadRequest }

// OrganizationNotEmptyException is the Organizations OrganizationNotEmptyException error (HTTP 400).
type OrganizationNotEmptyException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *OrganizationNotEmptyException) Error() string {
	return "OrganizationNotEmptyException: " + e.ErrorMessage()
}

// ErrorCode returns "OrganizationNotEmptyException".
func (e *OrganizationNotEmptyException) ErrorCode() string { return "OrganizationNotEmptyException" }

// ErrorMessage returns the message.
func (e *OrganizationNotEmptyException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *OrganizationNotEmptyException) HTTPStatusCode() int { return http.StatusBadRequest }

// OrganizationalUnitNotFoundException is the Organizations OrganizationalUnitNotFoundException error (HTTP 400).
type OrganizationalUnitNotFoundException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *OrganizationalUnitNotFoundException) Error() string {
	return "OrganizationalUnitNotFoundException: " + e.ErrorMessage()
}

// ErrorCode returns "OrganizationalUnitNotFoundException".
func (e *OrganizationalUnitNotFoundException) ErrorCode() string {
	return "OrganizationalUnitNotFoundException"
}

// ErrorMessage returns the message.
func (e *OrganizationalUnitNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *OrganizationalUnitNotFoundException) HTTPStatusCode() int { return http.StatusBadRequest }

// ParentNotFoundException is the Organizations ParentNotFoundException error (HTTP 400).
type ParentNotFoundException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *ParentNotFoundException) Error() string {
	return "ParentNotFoundException: " + e.ErrorMessage()
}

// ErrorCode returns "ParentNotFoundException".
func (e *ParentNotFoundException) ErrorCode() string { return "ParentNotFoundException" }

// ErrorMessage returns the message.
func (e *ParentNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *ParentNotFoundException) HTTPStatusCode() int { return http.StatusBadRequest }

// ServiceException is the Organizations ServiceException error (HTTP 500).
type ServiceException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *ServiceException) Error() string { return "ServiceException: " + e.ErrorMessage() }

// ErrorCode returns "ServiceException".
func (e *ServiceException) ErrorCode() string { return "ServiceException" }

// ErrorMessage returns the message.
func (e *ServiceException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 500: the model marks it a fault.
func (e *ServiceException) HTTPStatusCode() int { return http.StatusInternalServerError }

// SourceParentNotFoundException is the Organizations SourceParentNotFoundException error (HTTP 400).
type SourceParentNotFoundException struct {
	Message *string `json:"Message,omitempty"`
}

// Error implements the error interface.
func (e *SourceParentNotFoundException) Error() string {
	return "SourceParentNotFoundException: " + e.ErrorMessage()
}

// ErrorCode returns "SourceParentNotFoundException".
func (e *SourceParentNotFoundException) ErrorCode() string { return "SourceParentNotFoundException" }

// ErrorMessage returns the message.
func (e *SourceParentNotFoundException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *SourceParentNotFoundException) HTTPStatusCode() int { return http.StatusBadRequest }

// TooManyRequestsException is the Organizations TooManyRequestsException error (HTTP 400).
type TooManyRequestsException struct {
	Message *string `json:"Message,omitempty"`
	Type    *string `json:"Type,omitempty"`
}

// Error implements the error interface.
func (e *TooManyRequestsException) Error() string {
	return "TooManyRequestsException: " + e.ErrorMessage()
}

// ErrorCode returns "TooManyRequestsException".
func (e *TooManyRequestsException) ErrorCode() string { return "TooManyRequestsException" }

// ErrorMessage returns the message.
func (e *TooManyRequestsException) ErrorMessage() string { return deref(e.Message) }

// HTTPStatusCode returns 400.
func (e *TooManyRequestsException) HTTPStatusCode() int { return http.StatusBadRequest }

// ConstraintViolationExceptionReason says why a request was refused.
type ConstraintViolationExceptionReason string

// The values of ConstraintViolationExceptionReason.
const (
	ConstraintViolationExceptionReasonAccountNumberLimitExceeded                             ConstraintViolationExceptionReason = "ACCOUNT_NUMBER_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonHandshakeRateLimitExceeded                             ConstraintViolationExceptionReason = "HANDSHAKE_RATE_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonOuNumberLimitExceeded                                  ConstraintViolationExceptionReason = "OU_NUMBER_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonOuDepthLimitExceeded                                   ConstraintViolationExceptionReason = "OU_DEPTH_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonPolicyNumberLimitExceeded                              ConstraintViolationExceptionReason = "POLICY_NUMBER_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonPolicyContentLimitExceeded                             ConstraintViolationExceptionReason = "POLICY_CONTENT_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonMaxPolicyTypeAttachmentLimitExceeded                   ConstraintViolationExceptionReason = "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonMinPolicyTypeAttachmentLimitExceeded                   ConstraintViolationExceptionReason = "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonAccountCannotLeaveOrganization                         ConstraintViolationExceptionReason = "ACCOUNT_CANNOT_LEAVE_ORGANIZATION"
	ConstraintViolationExceptionReasonAccountCannotLeaveWithoutEula                          ConstraintViolationExceptionReason = "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA"
	ConstraintViolationExceptionReasonAccountCannotLeaveWithoutPhoneVerification             ConstraintViolationExceptionReason = "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION"
	ConstraintViolationExceptionReasonMasterAccountPaymentInstrumentRequired                 ConstraintViolationExceptionReason = "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED"
	ConstraintViolationExceptionReasonMemberAccountPaymentInstrumentRequired                 ConstraintViolationExceptionReason = "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED"
	ConstraintViolationExceptionReasonAccountCreationRateLimitExceeded                       ConstraintViolationExceptionReason = "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonMasterAccountAddressDoesNotMatchMarketplace            ConstraintViolationExceptionReason = "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE"
	ConstraintViolationExceptionReasonMasterAccountMissingContactInfo                        ConstraintViolationExceptionReason = "MASTER_ACCOUNT_MISSING_CONTACT_INFO"
	ConstraintViolationExceptionReasonMasterAccountNotGovcloudEnabled                        ConstraintViolationExceptionReason = "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED"
	ConstraintViolationExceptionReasonOrganizationNotInAllFeaturesMode                       ConstraintViolationExceptionReason = "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE"
	ConstraintViolationExceptionReasonCreateOrganizationInBillingModeUnsupportedRegion       ConstraintViolationExceptionReason = "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION"
	ConstraintViolationExceptionReasonEmailVerificationCodeExpired                           ConstraintViolationExceptionReason = "EMAIL_VERIFICATION_CODE_EXPIRED"
	ConstraintViolationExceptionReasonWaitPeriodActive                                       ConstraintViolationExceptionReason = "WAIT_PERIOD_ACTIVE"
	ConstraintViolationExceptionReasonMaxTagLimitExceeded                                    ConstraintViolationExceptionReason = "MAX_TAG_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonTagPolicyViolation                                     ConstraintViolationExceptionReason = "TAG_POLICY_VIOLATION"
	ConstraintViolationExceptionReasonMaxDelegatedAdministratorsForServiceLimitExceeded      ConstraintViolationExceptionReason = "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonCannotRegisterMasterAsDelegatedAdministrator           ConstraintViolationExceptionReason = "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR"
	ConstraintViolationExceptionReasonCannotRemoveDelegatedAdministratorFromOrg              ConstraintViolationExceptionReason = "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG"
	ConstraintViolationExceptionReasonDelegatedAdministratorExistsForThisService             ConstraintViolationExceptionReason = "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE"
	ConstraintViolationExceptionReasonPolicyTypeEnabledForThisService                        ConstraintViolationExceptionReason = "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE"
	ConstraintViolationExceptionReasonMasterAccountMissingBusinessLicense                    ConstraintViolationExceptionReason = "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE"
	ConstraintViolationExceptionReasonCannotCloseManagementAccount                           ConstraintViolationExceptionReason = "CANNOT_CLOSE_MANAGEMENT_ACCOUNT"
	ConstraintViolationExceptionReasonCloseAccountQuotaExceeded                              ConstraintViolationExceptionReason = "CLOSE_ACCOUNT_QUOTA_EXCEEDED"
	ConstraintViolationExceptionReasonCloseAccountRequestsLimitExceeded                      ConstraintViolationExceptionReason = "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonServiceAccessNotEnabled                                ConstraintViolationExceptionReason = "SERVICE_ACCESS_NOT_ENABLED"
	ConstraintViolationExceptionReasonInvalidPaymentInstrument                               ConstraintViolationExceptionReason = "INVALID_PAYMENT_INSTRUMENT"
	ConstraintViolationExceptionReasonAccountCreationNotComplete                             ConstraintViolationExceptionReason = "ACCOUNT_CREATION_NOT_COMPLETE"
	ConstraintViolationExceptionReasonCannotRegisterSuspendedAccountAsDelegatedAdministrator ConstraintViolationExceptionReason = "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR"
	ConstraintViolationExceptionReasonAllFeaturesMigrationOrganizationSizeLimitExceeded      ConstraintViolationExceptionReason = "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED"
	ConstraintViolationExceptionReasonResponsibilityTransferMaxLevelViolation                ConstraintViolationExceptionReason = "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION"
	ConstraintViolationExceptionReasonResponsibilityTransferMaxInboundQuotaViolation         ConstraintViolationExceptionReason = "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION"
	ConstraintViolationExceptionReasonResponsibilityTransferMaxOutboundQuotaViolation        ConstraintViolationExceptionReason = "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION"
	ConstraintViolationExceptionReasonResponsibilityTransferMaxTransfersQuotaViolation       ConstraintViolationExceptionReason = "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION"
	ConstraintViolationExceptionReasonActiveResponsibilityTransferProcess                    ConstraintViolationExceptionReason = "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS"
	ConstraintViolationExceptionReasonTransferResponsibilityTargetDeletionInProgress         ConstraintViolationExceptionReason = "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS"
	ConstraintViolationExceptionReasonTransferResponsibilitySourceDeletionInProgress         ConstraintViolationExceptionReason = "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS"
	ConstraintViolationExceptionReasonUnsupportedPricing                                     ConstraintViolationExceptionReason = "UNSUPPORTED_PRICING"
)

// InvalidInputExceptionReason says why a request was refused.
type InvalidInputExceptionReason string

// The values of InvalidInputExceptionReason.
const (
	InvalidInputExceptionReasonInvalidPartyTypeTarget                    InvalidInputExceptionReason = "INVALID_PARTY_TYPE_TARGET"
	InvalidInputExceptionReasonInvalidSyntaxOrganizationArn              InvalidInputExceptionReason = "INVALID_SYNTAX_ORGANIZATION_ARN"
	InvalidInputExceptionReasonInvalidSyntaxPolicyId                     InvalidInputExceptionReason = "INVALID_SYNTAX_POLICY_ID"
	InvalidInputExceptionReasonInvalidEnum                               InvalidInputExceptionReason = "INVALID_ENUM"
	InvalidInputExceptionReasonInvalidEnumPolicyType                     InvalidInputExceptionReason = "INVALID_ENUM_POLICY_TYPE"
	InvalidInputExceptionReasonInvalidListMember                         InvalidInputExceptionReason = "INVALID_LIST_MEMBER"
	InvalidInputExceptionReasonMaxLengthExceeded                         InvalidInputExceptionReason = "MAX_LENGTH_EXCEEDED"
	InvalidInputExceptionReasonMaxValueExceeded                          InvalidInputExceptionReason = "MAX_VALUE_EXCEEDED"
	InvalidInputExceptionReasonMinLengthExceeded                         InvalidInputExceptionReason = "MIN_LENGTH_EXCEEDED"
	InvalidInputExceptionReasonMinValueExceeded                          InvalidInputExceptionReason = "MIN_VALUE_EXCEEDED"
	InvalidInputExceptionReasonImmutablePolicy                           InvalidInputExceptionReason = "IMMUTABLE_POLICY"
	InvalidInputExceptionReasonInvalidPattern                            InvalidInputExceptionReason = "INVALID_PATTERN"
	InvalidInputExceptionReasonInvalidPatternTargetId                    InvalidInputExceptionReason = "INVALID_PATTERN_TARGET_ID"
	InvalidInputExceptionReasonInputRequired                             InvalidInputExceptionReason = "INPUT_REQUIRED"
	InvalidInputExceptionReasonInvalidNextToken                          InvalidInputExceptionReason = "INVALID_NEXT_TOKEN"
	InvalidInputExceptionReasonMaxLimitExceededFilter                    InvalidInputExceptionReason = "MAX_LIMIT_EXCEEDED_FILTER"
	InvalidInputExceptionReasonMovingAccountBetweenDifferentRoots        InvalidInputExceptionReason = "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS"
	InvalidInputExceptionReasonInvalidFullNameTarget                     InvalidInputExceptionReason = "INVALID_FULL_NAME_TARGET"
	InvalidInputExceptionReasonUnrecognizedServicePrincipal              InvalidInputExceptionReason = "UNRECOGNIZED_SERVICE_PRINCIPAL"
	InvalidInputExceptionReasonInvalidRoleName                           InvalidInputExceptionReason = "INVALID_ROLE_NAME"
	InvalidInputExceptionReasonInvalidSystemTagsParameter                InvalidInputExceptionReason = "INVALID_SYSTEM_TAGS_PARAMETER"
	InvalidInputExceptionReasonDuplicateTagKey                           InvalidInputExceptionReason = "DUPLICATE_TAG_KEY"
	InvalidInputExceptionReasonTargetNotSupported                        InvalidInputExceptionReason = "TARGET_NOT_SUPPORTED"
	InvalidInputExceptionReasonInvalidEmailAddressTarget                 InvalidInputExceptionReason = "INVALID_EMAIL_ADDRESS_TARGET"
	InvalidInputExceptionReasonInvalidResourcePolicyJson                 InvalidInputExceptionReason = "INVALID_RESOURCE_POLICY_JSON"
	InvalidInputExceptionReasonInvalidPrincipal                          InvalidInputExceptionReason = "INVALID_PRINCIPAL"
	InvalidInputExceptionReasonUnsupportedActionInResourcePolicy         InvalidInputExceptionReason = "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY"
	InvalidInputExceptionReasonUnsupportedPolicyTypeInResourcePolicy     InvalidInputExceptionReason = "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY"
	InvalidInputExceptionReasonUnsupportedResourceInResourcePolicy       InvalidInputExceptionReason = "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY"
	InvalidInputExceptionReasonNonDetachablePolicy                       InvalidInputExceptionReason = "NON_DETACHABLE_POLICY"
	InvalidInputExceptionReasonCallerRequiredFieldMissing                InvalidInputExceptionReason = "CALLER_REQUIRED_FIELD_MISSING"
	InvalidInputExceptionReasonUnsupportedActionInResponsibilityTransfer InvalidInputExceptionReason = "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER"
	InvalidInputExceptionReasonStartDateNotBeginningOfMonth              InvalidInputExceptionReason = "START_DATE_NOT_BEGINNING_OF_MONTH"
	InvalidInputExceptionReasonStartDateNotBeginningOfDay                InvalidInputExceptionReason = "START_DATE_NOT_BEGINNING_OF_DAY"
	InvalidInputExceptionReasonStartDateTooEarly                         InvalidInputExceptionReason = "START_DATE_TOO_EARLY"
	InvalidInputExceptionReasonStartDateTooLate                          InvalidInputExceptionReason = "START_DATE_TOO_LATE"
	InvalidInputExceptionReasonInvalidStartDate                          InvalidInputExceptionReason = "INVALID_START_DATE"
	InvalidInputExceptionReasonEndDateNotEndOfMonth                      InvalidInputExceptionReason = "END_DATE_NOT_END_OF_MONTH"
	InvalidInputExceptionReasonEndDateTooEarly                           InvalidInputExceptionReason = "END_DATE_TOO_EARLY"
	InvalidInputExceptionReasonInvalidEndDate                            InvalidInputExceptionReason = "INVALID_END_DATE"
)

// HandshakeConstraintViolationExceptionReason says why a request was refused.
type HandshakeConstraintViolationExceptionReason string

// The values of HandshakeConstraintViolationExceptionReason.
const (
	HandshakeConstraintViolationExceptionReasonAccountNumberLimitExceeded                       HandshakeConstraintViolationExceptionReason = "ACCOUNT_NUMBER_LIMIT_EXCEEDED"
	HandshakeConstraintViolationExceptionReasonHandshakeRateLimitExceeded                       HandshakeConstraintViolationExceptionReason = "HANDSHAKE_RATE_LIMIT_EXCEEDED"
	HandshakeConstraintViolationExceptionReasonAlreadyInAnOrganization                          HandshakeConstraintViolationExceptionReason = "ALREADY_IN_AN_ORGANIZATION"
	HandshakeConstraintViolationExceptionReasonOrganizationAlreadyHasAllFeatures                HandshakeConstraintViolationExceptionReason = "ORGANIZATION_ALREADY_HAS_ALL_FEATURES"
	HandshakeConstraintViolationExceptionReasonOrganizationIsAlreadyPendingAllFeaturesMigration HandshakeConstraintViolationExceptionReason = "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION"
	HandshakeConstraintViolationExceptionReasonInviteDisabledDuringEnableAllFeatures            HandshakeConstraintViolationExceptionReason = "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES"
	HandshakeConstraintViolationExceptionReasonPaymentInstrumentRequired                        HandshakeConstraintViolationExceptionReason = "PAYMENT_INSTRUMENT_REQUIRED"
	HandshakeConstraintViolationExceptionReasonOrganizationFromDifferentSellerOfRecord          HandshakeConstraintViolationExceptionReason = "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD"
	HandshakeConstraintViolationExceptionReasonOrganizationMembershipChangeRateLimitExceeded    HandshakeConstraintViolationExceptionReason = "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED"
	HandshakeConstraintViolationExceptionReasonManagementAccountEmailNotVerified                HandshakeConstraintViolationExceptionReason = "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED"
	HandshakeConstraintViolationExceptionReasonResponsibilityTransferAlreadyExists              HandshakeConstraintViolationExceptionReason = "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS"
	HandshakeConstraintViolationExceptionReasonSourceAndTargetCannotMatch                       HandshakeConstraintViolationExceptionReason = "SOURCE_AND_TARGET_CANNOT_MATCH"
	HandshakeConstraintViolationExceptionReasonUnusedPrepaymentBalance                          HandshakeConstraintViolationExceptionReason = "UNUSED_PREPAYMENT_BALANCE"
	HandshakeConstraintViolationExceptionReasonLegacyPermissionsStillInUse                      HandshakeConstraintViolationExceptionReason = "LEGACY_PERMISSIONS_STILL_IN_USE"
)

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
