package wellarchitected

import (
	"context"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// shareFilter is the domain filter of a List*Shares call.
func shareFilter(prefix *string, status types.ShareStatus) share.WAShareFilter {
	return share.WAShareFilter{SharedWithPrefix: deref(prefix), Status: share.WAShareStatus(status)}
}

// createShare runs a Create*Share call after its input was checked.
func (c *Client) createShare(kind share.WAResourceType, token *string, fingerprint any, id, sharedWith string, perm share.WAPermission) (share.WAShare, error) {
	sh, err := c.store.WACreateShare(c.caller, requestToken(token, fingerprint), kind, id, sharedWith, perm)
	if err != nil {
		return share.WAShare{}, shareError(err, sharedWith)
	}
	return sh, nil
}

// CreateLensShareInput is the input of [Client.CreateLensShare].
type CreateLensShareInput struct {
	LensAlias          *string `json:"LensAlias,omitempty"`
	SharedWith         *string `json:"SharedWith,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// CreateLensShareOutput is the output of [Client.CreateLensShare].
type CreateLensShareOutput struct {
	ShareId *string `json:"ShareId,omitempty"`
}

// CreateLensShare shares a published custom lens the caller owns with an
// account, IAM user or role, organization or OU.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateLensShare.html
func (c *Client) CreateLensShare(ctx context.Context, in *CreateLensShareInput) (_ *CreateLensShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("CreateLensShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.lensAlias(in.LensAlias)
	v.sharedWith(in.SharedWith)
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	sh, err := c.createShare(share.WAKindLens, in.ClientRequestToken, fp, *in.LensAlias, *in.SharedWith, share.WAReadOnly)
	if err != nil {
		return nil, err
	}
	return &CreateLensShareOutput{ShareId: ptr(sh.ID)}, nil
}

// ListLensSharesInput is the input of [Client.ListLensShares].
type ListLensSharesInput struct {
	LensAlias        *string           `json:"LensAlias,omitempty"`
	SharedWithPrefix *string           `json:"SharedWithPrefix,omitempty"`
	NextToken        *string           `json:"NextToken,omitempty"`
	MaxResults       *int32            `json:"MaxResults,omitempty"`
	Status           types.ShareStatus `json:"Status,omitempty"`
}

// ListLensSharesOutput is the output of [Client.ListLensShares].
type ListLensSharesOutput struct {
	LensShareSummaries []types.LensShareSummary `json:"LensShareSummaries"`
	NextToken          *string                  `json:"NextToken,omitempty"`
}

// ListLensShares lists the shares of a lens the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListLensShares.html
func (c *Client) ListLensShares(ctx context.Context, in *ListLensSharesInput) (_ *ListLensSharesOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListLensShares"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.lensAlias(in.LensAlias)
	v.shareListFilters(in.SharedWithPrefix, in.Status, in.MaxResults)
	if err := v.err(); err != nil {
		return nil, err
	}
	shs, next, err := c.store.WAListShares(c.caller, share.WAKindLens, *in.LensAlias, shareFilter(in.SharedWithPrefix, in.Status), page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListLensSharesOutput{LensShareSummaries: make([]types.LensShareSummary, 0, len(shs)), NextToken: optString(next)}
	for _, s := range shs {
		out.LensShareSummaries = append(out.LensShareSummaries, types.LensShareSummary{
			ShareId: ptr(s.ID), SharedWith: ptr(s.SharedWith), Status: types.ShareStatus(s.Status), StatusMessage: optString(s.StatusMessage),
		})
	}
	return out, nil
}

// DeleteLensShareInput is the input of [Client.DeleteLensShare].
type DeleteLensShareInput struct {
	ShareId            *string `json:"ShareId,omitempty"`
	LensAlias          *string `json:"LensAlias,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// DeleteLensShareOutput is the output of [Client.DeleteLensShare].
type DeleteLensShareOutput struct{}

// DeleteLensShare removes a share of a lens the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteLensShare.html
func (c *Client) DeleteLensShare(ctx context.Context, in *DeleteLensShareInput) (_ *DeleteLensShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("DeleteLensShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.shareID(in.ShareId)
	v.lensAlias(in.LensAlias)
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	if err := c.store.WADeleteShare(c.caller, requestToken(in.ClientRequestToken, fp), share.WAKindLens, *in.LensAlias, *in.ShareId); err != nil {
		return nil, apiError(err)
	}
	return &DeleteLensShareOutput{}, nil
}

// CreateWorkloadShareInput is the input of [Client.CreateWorkloadShare].
type CreateWorkloadShareInput struct {
	WorkloadId         *string              `json:"WorkloadId,omitempty"`
	SharedWith         *string              `json:"SharedWith,omitempty"`
	PermissionType     types.PermissionType `json:"PermissionType,omitempty"`
	ClientRequestToken *string              `json:"ClientRequestToken,omitempty"`
}

// CreateWorkloadShareOutput is the output of [Client.CreateWorkloadShare].
type CreateWorkloadShareOutput struct {
	WorkloadId *string `json:"WorkloadId,omitempty"`
	ShareId    *string `json:"ShareId,omitempty"`
}

// CreateWorkloadShare shares a workload the caller owns, READONLY or
// CONTRIBUTOR.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateWorkloadShare.html
func (c *Client) CreateWorkloadShare(ctx context.Context, in *CreateWorkloadShareInput) (_ *CreateWorkloadShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("CreateWorkloadShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.workloadID(in.WorkloadId)
	v.sharedWith(in.SharedWith)
	v.require("PermissionType", in.PermissionType != "")
	enum(v, "PermissionType", in.PermissionType, types.PermissionType("").Values())
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	sh, err := c.createShare(share.WAKindWorkload, in.ClientRequestToken, fp, *in.WorkloadId, *in.SharedWith, share.WAPermission(in.PermissionType))
	if err != nil {
		return nil, err
	}
	return &CreateWorkloadShareOutput{WorkloadId: ptr(sh.ResourceID), ShareId: ptr(sh.ID)}, nil
}

// UpdateWorkloadShareInput is the input of [Client.UpdateWorkloadShare].
type UpdateWorkloadShareInput struct {
	ShareId        *string              `json:"ShareId,omitempty"`
	WorkloadId     *string              `json:"WorkloadId,omitempty"`
	PermissionType types.PermissionType `json:"PermissionType,omitempty"`
}

// UpdateWorkloadShareOutput is the output of [Client.UpdateWorkloadShare].
type UpdateWorkloadShareOutput struct {
	WorkloadId    *string              `json:"WorkloadId,omitempty"`
	WorkloadShare *types.WorkloadShare `json:"WorkloadShare,omitempty"`
}

// UpdateWorkloadShare changes the permission of a workload share. A pending
// invitation is sent again with a fresh seven days.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateWorkloadShare.html
func (c *Client) UpdateWorkloadShare(ctx context.Context, in *UpdateWorkloadShareInput) (_ *UpdateWorkloadShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("UpdateWorkloadShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.shareID(in.ShareId)
	v.workloadID(in.WorkloadId)
	v.require("PermissionType", in.PermissionType != "")
	enum(v, "PermissionType", in.PermissionType, types.PermissionType("").Values())
	if err := v.err(); err != nil {
		return nil, err
	}
	sh, err := c.store.WAUpdateWorkloadShare(c.caller, *in.WorkloadId, *in.ShareId, share.WAPermission(in.PermissionType))
	if err != nil {
		return nil, apiError(err)
	}
	return &UpdateWorkloadShareOutput{WorkloadId: ptr(sh.ResourceID), WorkloadShare: &types.WorkloadShare{
		ShareId: ptr(sh.ID), SharedBy: ptr(sh.Owner), SharedWith: ptr(sh.SharedWith), PermissionType: types.PermissionType(sh.Permission),
		Status: types.ShareStatus(sh.Status), WorkloadName: ptr(sh.ResourceName), WorkloadId: ptr(sh.ResourceID),
	}}, nil
}

// ListWorkloadSharesInput is the input of [Client.ListWorkloadShares].
type ListWorkloadSharesInput struct {
	WorkloadId       *string           `json:"WorkloadId,omitempty"`
	SharedWithPrefix *string           `json:"SharedWithPrefix,omitempty"`
	NextToken        *string           `json:"NextToken,omitempty"`
	MaxResults       *int32            `json:"MaxResults,omitempty"`
	Status           types.ShareStatus `json:"Status,omitempty"`
}

// ListWorkloadSharesOutput is the output of [Client.ListWorkloadShares].
type ListWorkloadSharesOutput struct {
	WorkloadId             *string                      `json:"WorkloadId,omitempty"`
	WorkloadShareSummaries []types.WorkloadShareSummary `json:"WorkloadShareSummaries"`
	NextToken              *string                      `json:"NextToken,omitempty"`
}

// ListWorkloadShares lists the shares of a workload the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListWorkloadShares.html
func (c *Client) ListWorkloadShares(ctx context.Context, in *ListWorkloadSharesInput) (_ *ListWorkloadSharesOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListWorkloadShares"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.workloadID(in.WorkloadId)
	v.shareListFilters(in.SharedWithPrefix, in.Status, in.MaxResults)
	if err := v.err(); err != nil {
		return nil, err
	}
	shs, next, err := c.store.WAListShares(c.caller, share.WAKindWorkload, *in.WorkloadId, shareFilter(in.SharedWithPrefix, in.Status), page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListWorkloadSharesOutput{WorkloadId: in.WorkloadId, WorkloadShareSummaries: make([]types.WorkloadShareSummary, 0, len(shs)), NextToken: optString(next)}
	for _, s := range shs {
		out.WorkloadShareSummaries = append(out.WorkloadShareSummaries, types.WorkloadShareSummary{
			ShareId: ptr(s.ID), SharedWith: ptr(s.SharedWith), PermissionType: types.PermissionType(s.Permission),
			Status: types.ShareStatus(s.Status), StatusMessage: optString(s.StatusMessage),
		})
	}
	return out, nil
}

// DeleteWorkloadShareInput is the input of [Client.DeleteWorkloadShare].
type DeleteWorkloadShareInput struct {
	ShareId            *string `json:"ShareId,omitempty"`
	WorkloadId         *string `json:"WorkloadId,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// DeleteWorkloadShareOutput is the output of [Client.DeleteWorkloadShare].
type DeleteWorkloadShareOutput struct{}

// DeleteWorkloadShare removes a share of a workload the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteWorkloadShare.html
func (c *Client) DeleteWorkloadShare(ctx context.Context, in *DeleteWorkloadShareInput) (_ *DeleteWorkloadShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("DeleteWorkloadShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.shareID(in.ShareId)
	v.workloadID(in.WorkloadId)
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	if err := c.store.WADeleteShare(c.caller, requestToken(in.ClientRequestToken, fp), share.WAKindWorkload, *in.WorkloadId, *in.ShareId); err != nil {
		return nil, apiError(err)
	}
	return &DeleteWorkloadShareOutput{}, nil
}

// CreateProfileShareInput is the input of [Client.CreateProfileShare].
type CreateProfileShareInput struct {
	ProfileArn         *string `json:"ProfileArn,omitempty"`
	SharedWith         *string `json:"SharedWith,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// CreateProfileShareOutput is the output of [Client.CreateProfileShare].
type CreateProfileShareOutput struct {
	ShareId    *string `json:"ShareId,omitempty"`
	ProfileArn *string `json:"ProfileArn,omitempty"`
}

// CreateProfileShare shares a profile the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateProfileShare.html
func (c *Client) CreateProfileShare(ctx context.Context, in *CreateProfileShareInput) (_ *CreateProfileShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("CreateProfileShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.require("ProfileArn", in.ProfileArn != nil)
	v.profileARN("ProfileArn", in.ProfileArn)
	v.sharedWith(in.SharedWith)
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	sh, err := c.createShare(share.WAKindProfile, in.ClientRequestToken, fp, *in.ProfileArn, *in.SharedWith, share.WAReadOnly)
	if err != nil {
		return nil, err
	}
	return &CreateProfileShareOutput{ShareId: ptr(sh.ID), ProfileArn: ptr(sh.ResourceARN)}, nil
}

// ListProfileSharesInput is the input of [Client.ListProfileShares].
type ListProfileSharesInput struct {
	ProfileArn       *string           `json:"ProfileArn,omitempty"`
	SharedWithPrefix *string           `json:"SharedWithPrefix,omitempty"`
	NextToken        *string           `json:"NextToken,omitempty"`
	MaxResults       *int32            `json:"MaxResults,omitempty"`
	Status           types.ShareStatus `json:"Status,omitempty"`
}

// ListProfileSharesOutput is the output of [Client.ListProfileShares].
type ListProfileSharesOutput struct {
	ProfileShareSummaries []types.ProfileShareSummary `json:"ProfileShareSummaries"`
	NextToken             *string                     `json:"NextToken,omitempty"`
}

// ListProfileShares lists the shares of a profile the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListProfileShares.html
func (c *Client) ListProfileShares(ctx context.Context, in *ListProfileSharesInput) (_ *ListProfileSharesOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListProfileShares"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.require("ProfileArn", in.ProfileArn != nil)
	v.profileARN("ProfileArn", in.ProfileArn)
	v.shareListFilters(in.SharedWithPrefix, in.Status, in.MaxResults)
	if err := v.err(); err != nil {
		return nil, err
	}
	shs, next, err := c.store.WAListShares(c.caller, share.WAKindProfile, *in.ProfileArn, shareFilter(in.SharedWithPrefix, in.Status), page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListProfileSharesOutput{ProfileShareSummaries: make([]types.ProfileShareSummary, 0, len(shs)), NextToken: optString(next)}
	for _, s := range shs {
		out.ProfileShareSummaries = append(out.ProfileShareSummaries, types.ProfileShareSummary{
			ShareId: ptr(s.ID), SharedWith: ptr(s.SharedWith), Status: types.ShareStatus(s.Status), StatusMessage: optString(s.StatusMessage),
		})
	}
	return out, nil
}

// DeleteProfileShareInput is the input of [Client.DeleteProfileShare].
type DeleteProfileShareInput struct {
	ShareId            *string `json:"ShareId,omitempty"`
	ProfileArn         *string `json:"ProfileArn,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// DeleteProfileShareOutput is the output of [Client.DeleteProfileShare].
type DeleteProfileShareOutput struct{}

// DeleteProfileShare removes a share of a profile the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteProfileShare.html
func (c *Client) DeleteProfileShare(ctx context.Context, in *DeleteProfileShareInput) (_ *DeleteProfileShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("DeleteProfileShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.shareID(in.ShareId)
	v.require("ProfileArn", in.ProfileArn != nil)
	v.profileARN("ProfileArn", in.ProfileArn)
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	if err := c.store.WADeleteShare(c.caller, requestToken(in.ClientRequestToken, fp), share.WAKindProfile, *in.ProfileArn, *in.ShareId); err != nil {
		return nil, apiError(err)
	}
	return &DeleteProfileShareOutput{}, nil
}

// CreateTemplateShareInput is the input of [Client.CreateTemplateShare].
type CreateTemplateShareInput struct {
	TemplateArn        *string `json:"TemplateArn,omitempty"`
	SharedWith         *string `json:"SharedWith,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// CreateTemplateShareOutput is the output of [Client.CreateTemplateShare].
type CreateTemplateShareOutput struct {
	TemplateArn *string `json:"TemplateArn,omitempty"`
	ShareId     *string `json:"ShareId,omitempty"`
}

// CreateTemplateShare shares a review template the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateTemplateShare.html
func (c *Client) CreateTemplateShare(ctx context.Context, in *CreateTemplateShareInput) (_ *CreateTemplateShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("CreateTemplateShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.require("TemplateArn", in.TemplateArn != nil)
	v.templateARN("TemplateArn", in.TemplateArn)
	v.sharedWith(in.SharedWith)
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	sh, err := c.createShare(share.WAKindTemplate, in.ClientRequestToken, fp, *in.TemplateArn, *in.SharedWith, share.WAReadOnly)
	if err != nil {
		return nil, err
	}
	return &CreateTemplateShareOutput{TemplateArn: ptr(sh.ResourceARN), ShareId: ptr(sh.ID)}, nil
}

// ListTemplateSharesInput is the input of [Client.ListTemplateShares].
type ListTemplateSharesInput struct {
	TemplateArn      *string           `json:"TemplateArn,omitempty"`
	SharedWithPrefix *string           `json:"SharedWithPrefix,omitempty"`
	NextToken        *string           `json:"NextToken,omitempty"`
	MaxResults       *int32            `json:"MaxResults,omitempty"`
	Status           types.ShareStatus `json:"Status,omitempty"`
}

// ListTemplateSharesOutput is the output of [Client.ListTemplateShares].
type ListTemplateSharesOutput struct {
	TemplateArn            *string                      `json:"TemplateArn,omitempty"`
	TemplateShareSummaries []types.TemplateShareSummary `json:"TemplateShareSummaries"`
	NextToken              *string                      `json:"NextToken,omitempty"`
}

// ListTemplateShares lists the shares of a review template the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListTemplateShares.html
func (c *Client) ListTemplateShares(ctx context.Context, in *ListTemplateSharesInput) (_ *ListTemplateSharesOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListTemplateShares"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.require("TemplateArn", in.TemplateArn != nil)
	v.templateARN("TemplateArn", in.TemplateArn)
	v.shareListFilters(in.SharedWithPrefix, in.Status, in.MaxResults)
	if err := v.err(); err != nil {
		return nil, err
	}
	shs, next, err := c.store.WAListShares(c.caller, share.WAKindTemplate, *in.TemplateArn, shareFilter(in.SharedWithPrefix, in.Status), page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListTemplateSharesOutput{TemplateArn: in.TemplateArn, TemplateShareSummaries: make([]types.TemplateShareSummary, 0, len(shs)), NextToken: optString(next)}
	for _, s := range shs {
		out.TemplateShareSummaries = append(out.TemplateShareSummaries, types.TemplateShareSummary{
			ShareId: ptr(s.ID), SharedWith: ptr(s.SharedWith), Status: types.ShareStatus(s.Status), StatusMessage: optString(s.StatusMessage),
		})
	}
	return out, nil
}

// DeleteTemplateShareInput is the input of [Client.DeleteTemplateShare].
type DeleteTemplateShareInput struct {
	ShareId            *string `json:"ShareId,omitempty"`
	TemplateArn        *string `json:"TemplateArn,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// DeleteTemplateShareOutput is the output of [Client.DeleteTemplateShare].
type DeleteTemplateShareOutput struct{}

// DeleteTemplateShare removes a share of a review template the caller owns.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteTemplateShare.html
func (c *Client) DeleteTemplateShare(ctx context.Context, in *DeleteTemplateShareInput) (_ *DeleteTemplateShareOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("DeleteTemplateShare"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.shareID(in.ShareId)
	v.require("TemplateArn", in.TemplateArn != nil)
	v.templateARN("TemplateArn", in.TemplateArn)
	v.token(in.ClientRequestToken)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	if err := c.store.WADeleteShare(c.caller, requestToken(in.ClientRequestToken, fp), share.WAKindTemplate, *in.TemplateArn, *in.ShareId); err != nil {
		return nil, apiError(err)
	}
	return &DeleteTemplateShareOutput{}, nil
}
