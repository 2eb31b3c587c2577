package auditmanager

import (
	"context"

	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

// StartAssessmentFrameworkShareInput is the input of
// StartAssessmentFrameworkShare.
type StartAssessmentFrameworkShareInput struct {
	FrameworkId        *string `json:"frameworkId,omitempty"`
	DestinationAccount *string `json:"destinationAccount,omitempty"`
	DestinationRegion  *string `json:"destinationRegion,omitempty"`
	Comment            *string `json:"comment,omitempty"`
}

// StartAssessmentFrameworkShareOutput is the output of
// StartAssessmentFrameworkShare.
type StartAssessmentFrameworkShareOutput struct {
	AssessmentFrameworkShareRequest *types.AssessmentFrameworkShareRequest `json:"assessmentFrameworkShareRequest,omitempty"`
}

// StartAssessmentFrameworkShare sends a snapshot of one of the caller's
// custom frameworks to another account and region, or resends it.
func (c *Client) StartAssessmentFrameworkShare(ctx context.Context, in *StartAssessmentFrameworkShareInput) (*StartAssessmentFrameworkShareOutput, error) {
	if in == nil {
		in = &StartAssessmentFrameworkShareInput{}
	}
	var v validator
	v.str("frameworkId", in.FrameworkId, true, 36, 36, &patUUID)
	v.str("destinationAccount", in.DestinationAccount, true, 12, 12, &patAccount)
	v.str("destinationRegion", in.DestinationRegion, true, 0, 0, &patRegion)
	v.str("comment", in.Comment, false, 0, 500, nil)
	if err := v.result(); err != nil {
		return nil, err
	}
	r, err := c.store.AMStartShare(c.caller, share.AMShareInput{
		FrameworkID: *in.FrameworkId, DestinationAccount: *in.DestinationAccount,
		DestinationRegion: *in.DestinationRegion, Comment: in.Comment,
	})
	if err != nil {
		return nil, toException(err)
	}
	return &StartAssessmentFrameworkShareOutput{AssessmentFrameworkShareRequest: toShareRequest(r)}, nil
}

func toShareRequest(r share.AMShareRequest) *types.AssessmentFrameworkShareRequest {
	return &types.AssessmentFrameworkShareRequest{
		Id: ptr(r.ID), FrameworkId: ptr(r.FrameworkID), FrameworkName: ptr(r.FrameworkName),
		FrameworkDescription: nonEmpty(r.FrameworkDescription), Status: types.ShareRequestStatus(r.Status),
		SourceAccount: ptr(r.SourceAccount), DestinationAccount: ptr(r.DestinationAccount),
		DestinationRegion: ptr(r.DestinationRegion), ExpirationTime: timePtr(r.ExpirationTime),
		CreationTime: timePtr(r.CreationTime), LastUpdated: timePtr(r.LastUpdated), Comment: nonEmpty(r.Comment),
		StandardControlsCount: ptr(int32(r.StandardControlsCount)), CustomControlsCount: ptr(int32(r.CustomControlsCount)),
		ComplianceType: nonEmpty(r.ComplianceType),
	}
}

// ListAssessmentFrameworkShareRequestsInput is the input of
// ListAssessmentFrameworkShareRequests.
type ListAssessmentFrameworkShareRequestsInput struct {
	RequestType types.ShareRequestType `json:"requestType,omitempty"`
	NextToken   *string                `json:"nextToken,omitempty"`
	MaxResults  *int32                 `json:"maxResults,omitempty"`
}

// ListAssessmentFrameworkShareRequestsOutput is the output of
// ListAssessmentFrameworkShareRequests.
type ListAssessmentFrameworkShareRequestsOutput struct {
	AssessmentFrameworkShareRequests []types.AssessmentFrameworkShareRequest `json:"assessmentFrameworkShareRequests"`
	NextToken                        *string                                 `json:"nextToken,omitempty"`
}

// ListAssessmentFrameworkShareRequests lists the share requests the caller
// sent from this region (SENT) or received in it (RECEIVED).
func (c *Client) ListAssessmentFrameworkShareRequests(ctx context.Context, in *ListAssessmentFrameworkShareRequestsInput) (*ListAssessmentFrameworkShareRequestsOutput, error) {
	if in == nil {
		in = &ListAssessmentFrameworkShareRequestsInput{}
	}
	var v validator
	enum(&v, "requestType", in.RequestType, true, types.ShareRequestType("").Values())
	v.page(in.NextToken, in.MaxResults)
	if err := v.result(); err != nil {
		return nil, err
	}
	items, next, err := c.store.AMListShareRequests(c.caller, share.AMRequestType(in.RequestType), pageRequest(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, toException(err)
	}
	out := &ListAssessmentFrameworkShareRequestsOutput{
		AssessmentFrameworkShareRequests: make([]types.AssessmentFrameworkShareRequest, 0, len(items)),
		NextToken:                        nextToken(next),
	}
	for _, r := range items {
		out.AssessmentFrameworkShareRequests = append(out.AssessmentFrameworkShareRequests, *toShareRequest(r))
	}
	return out, nil
}

// UpdateAssessmentFrameworkShareInput is the input of
// UpdateAssessmentFrameworkShare.
type UpdateAssessmentFrameworkShareInput struct {
	RequestId   *string                  `json:"requestId,omitempty"`
	RequestType types.ShareRequestType   `json:"requestType,omitempty"`
	Action      types.ShareRequestAction `json:"action,omitempty"`
}

// UpdateAssessmentFrameworkShareOutput is the output of
// UpdateAssessmentFrameworkShare.
type UpdateAssessmentFrameworkShareOutput struct {
	AssessmentFrameworkShareRequest *types.AssessmentFrameworkShareRequest `json:"assessmentFrameworkShareRequest,omitempty"`
}

// UpdateAssessmentFrameworkShare accepts or declines a received request, or
// revokes a sent one.
func (c *Client) UpdateAssessmentFrameworkShare(ctx context.Context, in *UpdateAssessmentFrameworkShareInput) (*UpdateAssessmentFrameworkShareOutput, error) {
	if in == nil {
		in = &UpdateAssessmentFrameworkShareInput{}
	}
	var v validator
	v.str("requestId", in.RequestId, true, 36, 36, &patUUID)
	enum(&v, "requestType", in.RequestType, true, types.ShareRequestType("").Values())
	enum(&v, "action", in.Action, true, types.ShareRequestAction("").Values())
	if err := v.result(); err != nil {
		return nil, err
	}
	r, err := c.store.AMUpdateShare(c.caller, *in.RequestId, share.AMRequestType(in.RequestType), share.AMShareAction(in.Action))
	if err != nil {
		return nil, toException(err)
	}
	return &UpdateAssessmentFrameworkShareOutput{AssessmentFrameworkShareRequest: toShareRequest(r)}, nil
}

// DeleteAssessmentFrameworkShareInput is the input of
// DeleteAssessmentFrameworkShare.
type DeleteAssessmentFrameworkShareInput struct {
	RequestId   *string                `json:"requestId,omitempty"`
	RequestType types.ShareRequestType `json:"requestType,omitempty"`
}

// DeleteAssessmentFrameworkShareOutput is the output of
// DeleteAssessmentFrameworkShare.
type DeleteAssessmentFrameworkShareOutput struct{}

// DeleteAssessmentFrameworkShare removes a finished share request from the
// caller's side; the other side and any copy remain.
func (c *Client) DeleteAssessmentFrameworkShare(ctx context.Context, in *DeleteAssessmentFrameworkShareInput) (*DeleteAssessmentFrameworkShareOutput, error) {
	if in == nil {
		in = &DeleteAssessmentFrameworkShareInput{}
	}
	var v validator
	v.str("requestId", in.RequestId, true, 36, 36, &patUUID)
	enum(&v, "requestType", in.RequestType, true, types.ShareRequestType("").Values())
	if err := v.result(); err != nil {
		return nil, err
	}
	if err := c.store.AMDeleteShare(c.caller, *in.RequestId, share.AMRequestType(in.RequestType)); err != nil {
		return nil, toException(err)
	}
	return &DeleteAssessmentFrameworkShareOutput{}, nil
}
