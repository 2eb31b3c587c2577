package share

import (
	"errors"
	"strings"
)

// Sentinel errors, the Kind of every [*Error] the domain returns.
var (
	// ErrNotFound is returned when the named thing does not exist, or is not
	// visible to the caller.
	ErrNotFound = errors.New("share: not found")
	// ErrAlreadyExists is returned when a thing with the same identity exists.
	ErrAlreadyExists = errors.New("share: already exists")
	// ErrInvalidArgument is returned when a value is malformed or not allowed.
	ErrInvalidArgument = errors.New("share: invalid argument")
	// ErrInvalidTransition is returned when an operation does not apply to the
	// current state of the thing it names.
	ErrInvalidTransition = errors.New("share: invalid state transition")
	// ErrAccessDenied is returned when the caller may not perform the
	// operation, for example when it is not the owner or not the management
	// account.
	ErrAccessDenied = errors.New("share: access denied")
	// ErrLimitExceeded is returned when the operation would exceed a quota.
	ErrLimitExceeded = errors.New("share: limit exceeded")
	// ErrConflict is returned when the operation collides with existing state.
	ErrConflict = errors.New("share: conflict")
	// ErrInvalidToken is returned for a pagination token this world did not
	// issue for the same operation, caller, region and filters.
	ErrInvalidToken = errors.New("share: invalid pagination token")
	// ErrIdempotencyMismatch is returned when a client token is reused with
	// different parameters.
	ErrIdempotencyMismatch = errors.New("share: client token reused with different parameters")
	// ErrNotInOrganization is returned when the caller must belong to an
	// organization and does not.
	ErrNotInOrganization = errors.New("share: not in an organization")
	// ErrAlreadyInOrganization is returned when an account that must be
	// standalone already belongs to an organization.
	ErrAlreadyInOrganization = errors.New("share: already in an organization")
	// ErrNotEmpty is returned when a container must be empty and is not.
	ErrNotEmpty = errors.New("share: not empty")
)

// Error describes a failed domain operation. It unwraps to its Kind and, when
// set, to Err, so both errors.Is(err, share.ErrNotFound) and errors.Is(err,
// invitation.ErrExpired) work on the same value.
type Error struct {
	// Op is the domain operation that failed, e.g. "CreateOrganizationalUnit".
	Op string
	// Kind is one of the package's sentinel errors.
	Kind error
	// Entity names the kind of thing concerned, e.g. EntityParent.
	Entity string
	// ID is the offending identifier or value, if any.
	ID string
	// Reason is a short machine-readable detail that facades use to pick
	// their message, e.g. "ou-depth".
	Reason string
	// Limit is the quota that was exceeded, for ErrLimitExceeded.
	Limit int
	// Err is an underlying cause, if any.
	Err error
}

// Entities named in errors.
const (
	EntityAccount             = "account"
	EntityOrganization        = "organization"
	EntityOrganizationalUnit  = "organizational-unit"
	EntityParent              = "parent"
	EntitySourceParent        = "source-parent"
	EntityDestinationParent   = "destination-parent"
	EntityChild               = "child"
	EntityCreateAccountStatus = "create-account-status"
	EntityServicePrincipal    = "service-principal"
	EntityToken               = "token"
	EntityClientToken         = "client-token"
)

// Error describes the failure: "share: <op>: <entity> <id>: <kind> (<reason>): <cause>".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("share: ")
	if e.Op != "" {
		b.WriteString(e.Op)
		b.WriteString(": ")
	}
	if e.Entity != "" {
		b.WriteString(e.Entity)
		if e.ID != "" {
			b.WriteString(" ")
			b.WriteString(e.ID)
		}
		b.WriteString(": ")
	}
	b.WriteString(strings.TrimPrefix(e.Kind.Error(), "share: "))
	if e.Reason != "" {
		b.WriteString(" (")
		b.WriteString(e.Reason)
		b.WriteString(")")
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns Kind and, when set, Err.
func (e *Error) Unwrap() []error {
	if e.Err != nil {
		return []error{e.Kind, e.Err}
	}
	return []error{e.Kind}
}

// errorf builds an *Error; a helper for the common fields.
func newError(op string, kind error, entity, id string) *Error {
	return &Error{Op: op, Kind: kind, Entity: entity, ID: id}
}

func (e *Error) because(reason string) *Error {
	e.Reason = reason
	return e
}
