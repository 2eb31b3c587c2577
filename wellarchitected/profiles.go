package wellarchitected

import (
	"context"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// CreateProfileInput is the input of [Client.CreateProfile].
type CreateProfileInput struct {
	ProfileName        *string                       `json:"ProfileName,omitempty"`
	ProfileDescription *string                       `json:"ProfileDescription,omitempty"`
	ProfileQuestions   []types.ProfileQuestionUpdate `json:"ProfileQuestions,omitempty"`
	ClientRequestToken *string                       `json:"ClientRequestToken,omitempty"`
	Tags               map[string]string             `json:"Tags,omitempty"`
}

// CreateProfileOutput is the output of [Client.CreateProfile].
type CreateProfileOutput struct {
	ProfileArn     *string `json:"ProfileArn,omitempty"`
	ProfileVersion *string `json:"ProfileVersion,omitempty"`
}

// CreateProfile creates a profile owned by the caller. The questions are
// stored as given.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateProfile.html
func (c *Client) CreateProfile(ctx context.Context, in *CreateProfileInput) (_ *CreateProfileOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("CreateProfile"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.require("ProfileName", in.ProfileName != nil)
	v.require("ProfileDescription", in.ProfileDescription != nil)
	v.require("ProfileQuestions", in.ProfileQuestions != nil)
	v.token(in.ClientRequestToken)
	v.length("ProfileName", in.ProfileName, 3, 100)
	v.length("ProfileDescription", in.ProfileDescription, 3, 100)
	qs := make([]share.WAProfileQuestion, 0, len(in.ProfileQuestions))
	for _, q := range in.ProfileQuestions {
		// QuestionId is optional in the model: stored as given.
		v.length("ProfileQuestions.QuestionId", q.QuestionId, 1, 128)
		for _, ch := range q.SelectedChoiceIds {
			v.length("ProfileQuestions.SelectedChoiceIds", &ch, 1, 64)
		}
		qs = append(qs, share.WAProfileQuestion{QuestionID: deref(q.QuestionId), SelectedChoiceIDs: q.SelectedChoiceIds})
	}
	v.tags(in.Tags)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	sp := share.WAProfileSpec{Name: *in.ProfileName, Description: *in.ProfileDescription, Questions: qs}
	p, err := c.store.WACreateProfile(c.caller, requestToken(in.ClientRequestToken, fp), sp, share.Tags(in.Tags))
	if err != nil {
		return nil, apiError(err)
	}
	return &CreateProfileOutput{ProfileArn: ptr(p.ARN), ProfileVersion: ptr(p.Version)}, nil
}

// GetProfileInput is the input of [Client.GetProfile].
type GetProfileInput struct {
	ProfileArn     *string `json:"ProfileArn,omitempty"`
	ProfileVersion *string `json:"ProfileVersion,omitempty"`
}

// GetProfileOutput is the output of [Client.GetProfile].
type GetProfileOutput struct {
	Profile *types.Profile `json:"Profile,omitempty"`
}

// GetProfile returns a profile the caller owns or that is shared with it.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetProfile.html
func (c *Client) GetProfile(ctx context.Context, in *GetProfileInput) (_ *GetProfileOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("GetProfile"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.require("ProfileArn", in.ProfileArn != nil)
	v.profileARN("ProfileArn", in.ProfileArn)
	v.length("ProfileVersion", in.ProfileVersion, 1, 32)
	v.pattern("ProfileVersion", in.ProfileVersion, profileVerRE)
	if err := v.err(); err != nil {
		return nil, err
	}
	p, err := c.store.WAGetProfile(c.caller, *in.ProfileArn, deref(in.ProfileVersion))
	if err != nil {
		return nil, apiError(err)
	}
	out := &types.Profile{
		ProfileArn: ptr(p.ARN), ProfileVersion: ptr(p.Version), ProfileName: ptr(p.Name), ProfileDescription: ptr(p.Description),
		ProfileQuestions: make([]types.ProfileQuestion, 0, len(p.Questions)), Owner: ptr(p.Owner),
		CreatedAt: timePtr(p.CreatedAt), UpdatedAt: timePtr(p.UpdatedAt), ShareInvitationId: optString(p.ShareInvitationID), Tags: optTags(p.Tags),
	}
	for _, q := range p.Questions {
		out.ProfileQuestions = append(out.ProfileQuestions, types.ProfileQuestion{QuestionId: optString(q.QuestionID), SelectedChoiceIds: q.SelectedChoiceIDs})
	}
	return &GetProfileOutput{Profile: out}, nil
}

// ListProfilesInput is the input of [Client.ListProfiles].
type ListProfilesInput struct {
	ProfileNamePrefix *string                `json:"ProfileNamePrefix,omitempty"`
	ProfileOwnerType  types.ProfileOwnerType `json:"ProfileOwnerType,omitempty"`
	NextToken         *string                `json:"NextToken,omitempty"`
	MaxResults        *int32                 `json:"MaxResults,omitempty"`
}

// ListProfilesOutput is the output of [Client.ListProfiles].
type ListProfilesOutput struct {
	ProfileSummaries []types.ProfileSummary `json:"ProfileSummaries"`
	NextToken        *string                `json:"NextToken,omitempty"`
}

// ListProfiles lists the caller's profiles and those shared with it.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListProfiles.html
func (c *Client) ListProfiles(ctx context.Context, in *ListProfilesInput) (_ *ListProfilesOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListProfiles"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.length("ProfileNamePrefix", in.ProfileNamePrefix, 0, 100)
	enum(v, "ProfileOwnerType", in.ProfileOwnerType, types.ProfileOwnerType("").Values())
	v.maxResults(in.MaxResults)
	if err := v.err(); err != nil {
		return nil, err
	}
	ps, next, err := c.store.WAListProfiles(c.caller, deref(in.ProfileNamePrefix), share.WAProfileOwnerType(in.ProfileOwnerType), page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListProfilesOutput{ProfileSummaries: make([]types.ProfileSummary, 0, len(ps)), NextToken: optString(next)}
	for _, p := range ps {
		out.ProfileSummaries = append(out.ProfileSummaries, types.ProfileSummary{
			ProfileArn: ptr(p.ARN), ProfileVersion: ptr(p.Version), ProfileName: ptr(p.Name), ProfileDescription: ptr(p.Description),
			Owner: ptr(p.Owner), CreatedAt: timePtr(p.CreatedAt), UpdatedAt: timePtr(p.UpdatedAt),
		})
	}
	return out, nil
}

// DeleteProfileInput is the input of [Client.DeleteProfile].
type DeleteProfileInput struct {
	ProfileArn         *string `json:"ProfileArn,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// DeleteProfileOutput is the output of [Client.DeleteProfile].
type DeleteProfileOutput struct{}

// DeleteProfile deletes a profile the caller owns, with its shares.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteProfile.html
func (c *Client) DeleteProfile(ctx context.Context, in *DeleteProfileInput) (_ *DeleteProfileOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("DeleteProfile"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.require("ProfileArn", in.ProfileArn != nil)
	v.token(in.ClientRequestToken)
	v.profileARN("ProfileArn", in.ProfileArn)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	if err := c.store.WADeleteProfile(c.caller, requestToken(in.ClientRequestToken, fp), *in.ProfileArn); err != nil {
		return nil, apiError(err)
	}
	return &DeleteProfileOutput{}, nil
}
