package wellarchitected

import (
	"context"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// CreateReviewTemplateInput is the input of [Client.CreateReviewTemplate].
type CreateReviewTemplateInput struct {
	TemplateName       *string           `json:"TemplateName,omitempty"`
	Description        *string           `json:"Description,omitempty"`
	Lenses             []string          `json:"Lenses,omitempty"`
	Notes              *string           `json:"Notes,omitempty"`
	Tags               map[string]string `json:"Tags,omitempty"`
	ClientRequestToken *string           `json:"ClientRequestToken,omitempty"`
}

// CreateReviewTemplateOutput is the output of [Client.CreateReviewTemplate].
type CreateReviewTemplateOutput struct {
	TemplateArn *string `json:"TemplateArn,omitempty"`
}

// CreateReviewTemplate creates a review template owned by the caller.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateReviewTemplate.html
func (c *Client) CreateReviewTemplate(ctx context.Context, in *CreateReviewTemplateInput) (_ *CreateReviewTemplateOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("CreateReviewTemplate"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.require("TemplateName", in.TemplateName != nil)
	v.require("Description", in.Description != nil)
	v.require("Lenses", len(in.Lenses) > 0)
	v.token(in.ClientRequestToken)
	v.length("TemplateName", in.TemplateName, 3, 100)
	v.pattern("TemplateName", in.TemplateName, templateTextRE)
	v.length("Description", in.Description, 3, 250)
	v.pattern("Description", in.Description, templateTextRE)
	for _, l := range in.Lenses {
		v.length("Lenses", &l, 1, 128)
	}
	v.length("Notes", in.Notes, 0, 2084)
	v.tags(in.Tags)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	sp := share.WATemplateSpec{Name: *in.TemplateName, Description: *in.Description, Lenses: in.Lenses, Notes: deref(in.Notes)}
	t, err := c.store.WACreateTemplate(c.caller, requestToken(in.ClientRequestToken, fp), sp, share.Tags(in.Tags))
	if err != nil {
		return nil, apiError(err)
	}
	return &CreateReviewTemplateOutput{TemplateArn: ptr(t.ARN)}, nil
}

// GetReviewTemplateInput is the input of [Client.GetReviewTemplate].
type GetReviewTemplateInput struct {
	TemplateArn *string `json:"TemplateArn,omitempty"`
}

// GetReviewTemplateOutput is the output of [Client.GetReviewTemplate].
type GetReviewTemplateOutput struct {
	ReviewTemplate *types.ReviewTemplate `json:"ReviewTemplate,omitempty"`
}

// GetReviewTemplate returns a review template the caller owns or that is
// shared with it.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetReviewTemplate.html
func (c *Client) GetReviewTemplate(ctx context.Context, in *GetReviewTemplateInput) (_ *GetReviewTemplateOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("GetReviewTemplate"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.require("TemplateArn", in.TemplateArn != nil)
	v.templateARN("TemplateArn", in.TemplateArn)
	if err := v.err(); err != nil {
		return nil, err
	}
	t, err := c.store.WAGetTemplate(c.caller, *in.TemplateArn)
	if err != nil {
		return nil, apiError(err)
	}
	return &GetReviewTemplateOutput{ReviewTemplate: &types.ReviewTemplate{
		Description: ptr(t.Description), Lenses: t.Lenses, Notes: optString(t.Notes), Owner: ptr(t.Owner),
		UpdatedAt: timePtr(t.UpdatedAt), TemplateArn: ptr(t.ARN), TemplateName: ptr(t.Name), Tags: optTags(t.Tags),
		UpdateStatus: types.ReviewTemplateUpdateStatusCurrent, ShareInvitationId: optString(t.ShareInvitationID),
	}}, nil
}

// ListReviewTemplatesInput is the input of [Client.ListReviewTemplates].
type ListReviewTemplatesInput struct {
	NextToken  *string `json:"NextToken,omitempty"`
	MaxResults *int32  `json:"MaxResults,omitempty"`
}

// ListReviewTemplatesOutput is the output of [Client.ListReviewTemplates].
type ListReviewTemplatesOutput struct {
	ReviewTemplates []types.ReviewTemplateSummary `json:"ReviewTemplates"`
	NextToken       *string                       `json:"NextToken,omitempty"`
}

// ListReviewTemplates lists the caller's review templates and those shared
// with it, most recently updated first.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListReviewTemplates.html
func (c *Client) ListReviewTemplates(ctx context.Context, in *ListReviewTemplatesInput) (_ *ListReviewTemplatesOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListReviewTemplates"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.maxResults(in.MaxResults)
	if err := v.err(); err != nil {
		return nil, err
	}
	ts, next, err := c.store.WAListTemplates(c.caller, page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListReviewTemplatesOutput{ReviewTemplates: make([]types.ReviewTemplateSummary, 0, len(ts)), NextToken: optString(next)}
	for _, t := range ts {
		out.ReviewTemplates = append(out.ReviewTemplates, types.ReviewTemplateSummary{
			Description: ptr(t.Description), Lenses: t.Lenses, Owner: ptr(t.Owner), UpdatedAt: timePtr(t.UpdatedAt),
			TemplateArn: ptr(t.ARN), TemplateName: ptr(t.Name), UpdateStatus: types.ReviewTemplateUpdateStatusCurrent,
		})
	}
	return out, nil
}

// DeleteReviewTemplateInput is the input of [Client.DeleteReviewTemplate].
type DeleteReviewTemplateInput struct {
	TemplateArn        *string `json:"TemplateArn,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// DeleteReviewTemplateOutput is the output of [Client.DeleteReviewTemplate].
type DeleteReviewTemplateOutput struct{}

// DeleteReviewTemplate deletes a review template the caller owns, with its
// shares.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteReviewTemplate.html
func (c *Client) DeleteReviewTemplate(ctx context.Context, in *DeleteReviewTemplateInput) (_ *DeleteReviewTemplateOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("DeleteReviewTemplate"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.require("TemplateArn", in.TemplateArn != nil)
	v.token(in.ClientRequestToken)
	v.templateARN("TemplateArn", in.TemplateArn)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	if err := c.store.WADeleteTemplate(c.caller, requestToken(in.ClientRequestToken, fp), *in.TemplateArn); err != nil {
		return nil, apiError(err)
	}
	return &DeleteReviewTemplateOutput{}, nil
}
