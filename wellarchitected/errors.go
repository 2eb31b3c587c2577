package wellarchitected

import (
	"errors"
	"fmt"
	"strings"

	"github.com/sharesim/sharesim/invitation"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// ServiceCode is the ServiceCode of every ServiceQuotaExceededException.
const ServiceCode = "wellarchitected"

// Exception resource types (the ResourceType member).
const (
	resourceWorkload   = "WORKLOAD"
	resourceLens       = "LENS"
	resourceProfile    = "PROFILE"
	resourceTemplate   = "REVIEW_TEMPLATE"
	resourceShare      = "SHARE"
	resourceInvitation = "SHARE_INVITATION"
	resourceToken      = "CLIENT_REQUEST_TOKEN"
)

// entities maps a domain entity to its exception resource type, its word in
// messages and its not-found message format.
var entities = map[string]struct{ resourceType, word, notFound string }{
	share.EntityWAWorkload:   {resourceWorkload, "workload", "No workload with ID %s"},
	share.EntityWALens:       {resourceLens, "lens", "No lens with alias %s"},
	share.EntityWALensVer:    {resourceLens, "lens", ""}, // conflicts only: an unknown version is "No lens with alias"
	share.EntityWAProfile:    {resourceProfile, "profile", "No profile with ARN %s"},
	share.EntityWATemplate:   {resourceTemplate, "review template", "No review template with ARN %s"},
	share.EntityWAShare:      {resourceShare, "share", "No share with ID %s"},
	share.EntityWAInvitation: {resourceInvitation, "share invitation", "No share invitation with ID %s"},
}

// quotas maps a domain quota to its name in messages and its QuotaCode.
var quotas = map[string]struct{ name, code string }{
	share.WAQuotaSharesPerLens:     {"shares per lens", "L-E62A1DE4"},
	share.WAQuotaSharesPerWorkload: {"shares per workload", "L-7E98904D"},
	share.WAQuotaSharesPerProfile:  {"shares per profile", "PROFILE_SHARES"},
	share.WAQuotaSharesPerTemplate: {"shares per review template", "L-A5DDC022"},
	share.WAQuotaCustomLenses:      {"custom lenses", "L-BAE0003F"},
	share.WAQuotaLensVersions:      {"versions per lens", "LENS_VERSIONS"},
	share.WAQuotaWorkloads:         {"workloads", "L-ACECEBBD"},
	share.WAQuotaReviewTemplates:   {"review templates", "L-D69BFA30"},
}

// ownerActions is what W9 says the caller tried to do, per operation.
var ownerActions = map[string]string{
	"CreateLensShare": "share", "CreateWorkloadShare": "share", "CreateProfileShare": "share", "CreateTemplateShare": "share",
	"ListLensShares": "list the shares of", "ListWorkloadShares": "list the shares of",
	"ListProfileShares": "list the shares of", "ListTemplateShares": "list the shares of",
	"DeleteLensShare": "unshare", "DeleteWorkloadShare": "unshare", "DeleteProfileShare": "unshare", "DeleteTemplateShare": "unshare",
	"UpdateWorkloadShare": "change the shares of",
	"ImportLens":          "update", "CreateLensVersion": "publish", "DeleteLens": "delete", "ExportLens": "export",
	"UpdateWorkload": "update", "DeleteWorkload": "delete", "DeleteProfile": "delete", "DeleteReviewTemplate": "delete",
}

// officialActions completes "AWS official lenses can't be ...".
var officialActions = map[string]string{
	"ImportLens": "imported", "CreateLensVersion": "versioned", "DeleteLens": "deleted", "ExportLens": "exported",
}

func other(msg string) *types.ValidationException {
	return &types.ValidationException{Message: ptr("[Validation] " + msg), Reason: types.ValidationExceptionReasonOther}
}

// invalidField is W1 with a message of its own: FIELD_VALIDATION_FAILED,
// naming the member at fault.
func invalidField(member, msg string) *types.ValidationException {
	return &types.ValidationException{
		Message: ptr("[Validation] " + msg),
		Reason:  types.ValidationExceptionReasonFieldValidationFailed,
		Fields:  []types.ValidationExceptionField{{Name: ptr(member), Message: ptr(msg)}},
	}
}

// apiError maps a domain error to the Well-Architected exception AWS returns.
// It is the facade's only mapping; an error it does not know becomes an
// InternalServerException.
func apiError(err error) error {
	if err == nil {
		return nil
	}
	var e *share.Error
	if !errors.As(err, &e) {
		return &types.InternalServerException{Message: ptr("[InternalServer] " + err.Error())}
	}
	ent := entities[e.Entity]
	switch {
	case errors.Is(err, share.ErrNotFound):
		if ent.notFound == "" {
			break
		}
		return &types.ResourceNotFoundException{
			Message:    ptr("[ResourceNotFound] " + fmt.Sprintf(ent.notFound, e.ID)),
			ResourceId: ptr(e.ID), ResourceType: ptr(ent.resourceType),
		}
	case errors.Is(err, share.ErrAccessDenied):
		if e.Entity == share.EntityAccount {
			return &types.AccessDeniedException{Message: ptr("[AccessDenied] Only the management account of an organization can change organization sharing")}
		}
		action := ownerActions[e.Op]
		if action == "" || ent.word == "" {
			break
		}
		return &types.AccessDeniedException{Message: ptr(fmt.Sprintf("[AccessDenied] Only the owner of the %s can %s it", ent.word, action))}
	case errors.Is(err, share.ErrIdempotencyMismatch):
		return &types.ConflictException{
			Message:    ptr(fmt.Sprintf("[Conflict] The client request token %s was already used with different parameters", e.ID)),
			ResourceId: ptr(e.ID), ResourceType: ptr(resourceToken),
		}
	case errors.Is(err, share.ErrInvalidToken):
		return other("Invalid NextToken")
	case errors.Is(err, share.ErrNotInOrganization):
		return other("Your account is not a member of an organization")
	case errors.Is(err, share.ErrLimitExceeded):
		q, ok := quotas[e.Reason]
		if !ok {
			break
		}
		return &types.ServiceQuotaExceededException{
			Message:    ptr(fmt.Sprintf("[ServiceQuotaExceeded] You have reached the limit of %d %s", e.Limit, q.name)),
			ResourceId: optString(e.ID), ResourceType: optString(ent.resourceType),
			QuotaCode: ptr(q.code), ServiceCode: ptr(ServiceCode),
		}
	case errors.Is(err, share.ErrInvalidArgument):
		return invalidArgument(e)
	case errors.Is(err, share.ErrConflict):
		return conflict(e, "")
	case errors.Is(err, share.ErrInvalidTransition):
		return invalidTransition(e)
	}
	return &types.InternalServerException{Message: ptr("[InternalServer] " + err.Error())}
}

func invalidArgument(e *share.Error) error {
	switch e.Reason {
	case share.ReasonWAOfficialLens:
		action := officialActions[e.Op]
		if action == "" {
			action = "shared"
		}
		return other("AWS official lenses can't be " + action)
	case share.ReasonWANotLensARN:
		return &types.ValidationException{
			Message: ptr(fmt.Sprintf("[Validation] Invalid lens alias %s (allowed value as alias is LensARN)", e.ID)),
			Reason:  types.ValidationExceptionReasonFieldValidationFailed,
			Fields:  []types.ValidationExceptionField{{Name: ptr("LensAlias"), Message: ptr("allowed value as alias is LensARN")}},
		}
	case share.ReasonWANotPublished:
		if strings.HasPrefix(e.Op, "Create") && strings.HasSuffix(e.Op, "Share") {
			return invalidField("LensAlias", fmt.Sprintf("Lens %s must be published before it can be shared", e.ID))
		}
		return invalidField("Lenses", fmt.Sprintf("Lens %s is not published", e.ID))
	case share.ReasonWAOwnAccount:
		return invalidField("SharedWith", "You can't share with your own account")
	case share.ReasonWAOrgSharingOff:
		return other("Organization sharing is not enabled")
	case share.ReasonWANotInOrg:
		return invalidField("SharedWith", fmt.Sprintf("%s is not in your organization", e.ID))
	case share.ReasonWATooManyLenses:
		return invalidValue("Lenses", fmt.Sprintf("at most %d lenses are allowed", e.Limit))
	case "":
		if e.Entity == share.EntityWASharedWith {
			return invalidValue("SharedWith", e.ID)
		}
	}
	return &types.InternalServerException{Message: ptr("[InternalServer] " + e.Error())}
}

// conflict maps ErrConflict; sharedWith completes the already-shared message.
func conflict(e *share.Error, sharedWith string) error {
	msg := ""
	resourceType := entities[e.Entity].resourceType
	switch e.Reason {
	case share.ReasonWAAlreadyShared:
		kind := strings.TrimSuffix(strings.TrimPrefix(e.Op, "Create"), "Share")
		word := map[string]string{"Lens": "lens", "Workload": "workload", "Profile": "profile", "Template": "review template"}[kind]
		msg = fmt.Sprintf("The %s is already shared with %s", word, sharedWith)
	case share.ReasonWANoDraft:
		msg = fmt.Sprintf("Lens %s has no draft to publish", e.ID)
	case share.ReasonWAVersionExists:
		msg = fmt.Sprintf("Lens version %s already exists", e.ID)
	case share.ReasonWANameExists:
		msg = fmt.Sprintf("A %s with the name %s already exists", entities[e.Entity].word, e.ID)
	default:
		return &types.InternalServerException{Message: ptr("[InternalServer] " + e.Error())}
	}
	return &types.ConflictException{Message: ptr("[Conflict] " + msg), ResourceId: ptr(e.ID), ResourceType: ptr(resourceType)}
}

func invalidTransition(e *share.Error) error {
	switch {
	case e.Reason == share.ReasonWAShareTerminal:
		st, _ := share.WAStatusOf(e)
		return &types.ConflictException{
			Message:    ptr(fmt.Sprintf("[Conflict] Share %s is %s and can't be updated", e.ID, st)),
			ResourceId: ptr(e.ID), ResourceType: ptr(resourceShare),
		}
	case e.Reason == share.ReasonWANotAllFeatures:
		return invalidField("OrganizationSharingStatus", "Your organization must have all features enabled")
	case e.Entity == share.EntityWAInvitation:
		var msg string
		switch {
		case errors.Is(e, invitation.ErrAlreadyAccepted):
			msg = "has already been accepted"
		case errors.Is(e, invitation.ErrAlreadyRejected):
			msg = "has already been rejected"
		case errors.Is(e, invitation.ErrExpired):
			msg = "has expired"
		default:
			return &types.InternalServerException{Message: ptr("[InternalServer] " + e.Error())}
		}
		return &types.ConflictException{
			Message:    ptr(fmt.Sprintf("[Conflict] Share invitation %s %s", e.ID, msg)),
			ResourceId: ptr(e.ID), ResourceType: ptr(resourceInvitation),
		}
	}
	return &types.InternalServerException{Message: ptr("[InternalServer] " + e.Error())}
}

// shareError maps the error of a Create*Share call, whose conflict message
// names the target.
func shareError(err error, sharedWith string) error {
	var e *share.Error
	if errors.As(err, &e) && errors.Is(err, share.ErrConflict) && e.Reason == share.ReasonWAAlreadyShared {
		return conflict(e, sharedWith)
	}
	return apiError(err)
}

// recoverInternal turns a panic in a call into the InternalServerException
// AWS answers an unexpected failure with, so a bug in sharesim fails the
// call instead of the caller's process. The store's locks are released by
// their own defers.
func recoverInternal(err *error) {
	if r := recover(); r != nil {
		*err = &types.InternalServerException{Message: ptr(fmt.Sprintf("[InternalServer] %v", r))}
	}
}
