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

// toShareRequest converts a domain request. The output's pointers point
// into one heap copy of r, so a listing costs a few allocations per item
// rather than one per member.
func toShareRequest(r share.AMShareRequest) *types.AssessmentFrameworkShareRequest {
	held := &struct {
		r           share.AMShareRequest
		std, custom int32
		out         types.AssessmentFrameworkShareRequest
	}{r: r, std: int32(r.StandardControlsCount), custom: int32(r.CustomControlsCount)}
	h := &held.r
	held.out = types.AssessmentFrameworkShareRequest{
		Id: &h.ID, FrameworkId: &h.FrameworkID, FrameworkName: &h.FrameworkName,
		Status: types.ShareRequestStatus(h.Status), SourceAccount: &h.SourceAccount,
		DestinationAccount: &h.DestinationAccount, DestinationRegion: &h.DestinationRegion,
		ExpirationTime: &h.ExpirationTime, CreationTime: &h.CreationTime, LastUpdated: &h.LastUpdated,
		StandardControlsCount: &held.std, CustomControlsCount: &held.custom,
	}
	if h.FrameworkDescription != "" {
		held.out.FrameworkDescription = &h.FrameworkDescription
	}
	if h.Comment != "" {
		held.out.Comment = &h.Comment
	}
	if h.ComplianceType != "" {
		held.out.ComplianceType = &h.ComplianceType
	}
	return &held.out
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
