package wellarchitected

import (
	"context"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// ListShareInvitationsInput is the input of [Client.ListShareInvitations].
type ListShareInvitationsInput struct {
	WorkloadNamePrefix *string                 `json:"WorkloadNamePrefix,omitempty"`
	LensNamePrefix     *string                 `json:"LensNamePrefix,omitempty"`
	ShareResourceType  types.ShareResourceType `json:"ShareResourceType,omitempty"`
	NextToken          *string                 `json:"NextToken,omitempty"`
	MaxResults         *int32                  `json:"MaxResults,omitempty"`
	ProfileNamePrefix  *string                 `json:"ProfileNamePrefix,omitempty"`
	TemplateNamePrefix *string                 `json:"TemplateNamePrefix,omitempty"`
}

// ListShareInvitationsOutput is the output of [Client.ListShareInvitations].
type ListShareInvitationsOutput struct {
	ShareInvitationSummaries []types.ShareInvitationSummary `json:"ShareInvitationSummaries"`
	NextToken                *string                        `json:"NextToken,omitempty"`
}

// ListShareInvitations lists the caller's pending share invitations.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListShareInvitations.html
func (c *Client) ListShareInvitations(ctx context.Context, in *ListShareInvitationsInput) (_ *ListShareInvitationsOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListShareInvitations"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	enum(v, "ShareResourceType", in.ShareResourceType, types.ShareResourceType("").Values())
	v.length("WorkloadNamePrefix", in.WorkloadNamePrefix, 0, 100)
	v.length("LensNamePrefix", in.LensNamePrefix, 0, 100)
	v.length("ProfileNamePrefix", in.ProfileNamePrefix, 0, 100)
	v.length("TemplateNamePrefix", in.TemplateNamePrefix, 0, 100)
	v.pattern("TemplateNamePrefix", in.TemplateNamePrefix, templateTextRE)
	v.maxResults(in.MaxResults)
	if err := v.err(); err != nil {
		return nil, err
	}
	f := share.WAInvitationFilter{ResourceType: share.WAResourceType(in.ShareResourceType)}
	var given []string
	for _, p := range []struct {
		member string
		prefix *string
		kind   share.WAResourceType
	}{
		{"WorkloadNamePrefix", in.WorkloadNamePrefix, share.WAKindWorkload}, {"LensNamePrefix", in.LensNamePrefix, share.WAKindLens},
		{"ProfileNamePrefix", in.ProfileNamePrefix, share.WAKindProfile}, {"TemplateNamePrefix", in.TemplateNamePrefix, share.WAKindTemplate},
	} {
		if p.prefix != nil {
			given = append(given, p.member)
			f.NamePrefix, f.NamePrefixType = *p.prefix, p.kind
		}
	}
	if len(given) > 1 {
		// W1 names the second prefix given: the first that conflicts.
		return nil, invalidField(given[1], "WorkloadNamePrefix, LensNamePrefix, ProfileNamePrefix and TemplateNamePrefix are mutually exclusive")
	}
	invs, next, err := c.store.WAListShareInvitations(c.caller, f, page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListShareInvitationsOutput{ShareInvitationSummaries: make([]types.ShareInvitationSummary, 0, len(invs)), NextToken: optString(next)}
	for _, i := range invs {
		s := types.ShareInvitationSummary{
			ShareInvitationId: ptr(i.ID), SharedBy: ptr(i.Owner), SharedWith: ptr(i.SharedWith),
			PermissionType: types.PermissionType(i.Permission), ShareResourceType: types.ShareResourceType(i.ResourceType),
		}
		switch i.ResourceType {
		case share.WAKindWorkload:
			s.WorkloadName, s.WorkloadId = ptr(i.ResourceName), ptr(i.ResourceID)
		case share.WAKindLens:
			s.LensName, s.LensArn = ptr(i.ResourceName), ptr(i.ResourceARN)
		case share.WAKindProfile:
			s.ProfileName, s.ProfileArn = ptr(i.ResourceName), ptr(i.ResourceARN)
		case share.WAKindTemplate:
			s.TemplateName, s.TemplateArn = ptr(i.ResourceName), ptr(i.ResourceARN)
		}
		out.ShareInvitationSummaries = append(out.ShareInvitationSummaries, s)
	}
	return out, nil
}

// UpdateShareInvitationInput is the input of [Client.UpdateShareInvitation].
type UpdateShareInvitationInput struct {
	ShareInvitationId     *string                     `json:"ShareInvitationId,omitempty"`
	ShareInvitationAction types.ShareInvitationAction `json:"ShareInvitationAction,omitempty"`
}

// UpdateShareInvitationOutput is the output of [Client.UpdateShareInvitation].
type UpdateShareInvitationOutput struct {
	ShareInvitation *types.ShareInvitation `json:"ShareInvitation,omitempty"`
}

// UpdateShareInvitation accepts or rejects a share invitation addressed to
// the caller.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateShareInvitation.html
func (c *Client) UpdateShareInvitation(ctx context.Context, in *UpdateShareInvitationInput) (_ *UpdateShareInvitationOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("UpdateShareInvitation"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.require("ShareInvitationId", in.ShareInvitationId != nil)
	v.require("ShareInvitationAction", in.ShareInvitationAction != "")
	v.pattern("ShareInvitationId", in.ShareInvitationId, hex32RE)
	enum(v, "ShareInvitationAction", in.ShareInvitationAction, types.ShareInvitationAction("").Values())
	if err := v.err(); err != nil {
		return nil, err
	}
	i, err := c.store.WAUpdateShareInvitation(c.caller, *in.ShareInvitationId, in.ShareInvitationAction == types.ShareInvitationActionAccept)
	if err != nil {
		return nil, apiError(err)
	}
	out := &types.ShareInvitation{ShareInvitationId: ptr(i.ID), ShareResourceType: types.ShareResourceType(i.ResourceType)}
	switch i.ResourceType {
	case share.WAKindWorkload:
		out.WorkloadId = ptr(i.ResourceID)
	case share.WAKindLens:
		out.LensAlias, out.LensArn = ptr(i.ResourceARN), ptr(i.ResourceARN)
	case share.WAKindProfile:
		out.ProfileArn = ptr(i.ResourceARN)
	case share.WAKindTemplate:
		out.TemplateArn = ptr(i.ResourceARN)
	}
	return &UpdateShareInvitationOutput{ShareInvitation: out}, nil
}
