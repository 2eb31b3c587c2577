package auditmanager

import (
	"context"
	"fmt"

	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

// CreateAssessmentFrameworkInput is the input of CreateAssessmentFramework.
type CreateAssessmentFrameworkInput struct {
	Name           *string                                     `json:"name,omitempty"`
	Description    *string                                     `json:"description,omitempty"`
	ComplianceType *string                                     `json:"complianceType,omitempty"`
	ControlSets    []types.CreateAssessmentFrameworkControlSet `json:"controlSets,omitempty"`
	Tags           map[string]string                           `json:"tags,omitempty"`
}

// CreateAssessmentFrameworkOutput is the output of CreateAssessmentFramework.
type CreateAssessmentFrameworkOutput struct {
	Framework *types.Framework `json:"framework,omitempty"`
}

// frameworkFields checks the members create and update share.
func (v *validator) frameworkFields(name, description, complianceType *string) {
	v.str("name", name, true, 1, 300, &patName)
	v.str("description", description, false, 1, 1000, nil)
	v.str("complianceType", complianceType, false, 0, 100, nil)
}

func (v *validator) controlSet(i int, id, name *string, controls []types.CreateAssessmentFrameworkControl) share.AMControlSetInput {
	m := fmt.Sprintf("controlSets.%d.member.", i+1)
	if id != nil {
		v.str(m+"id", id, false, 1, 300, &patControlSetName)
	}
	v.str(m+"name", name, true, 1, 300, &patControlSetName)
	v.list(m+"controls", len(controls), controls != nil, true, 1)
	set := share.AMControlSetInput{ID: optional(id), Name: optional(name)}
	for j, ctl := range controls {
		v.str(fmt.Sprintf("%scontrols.%d.member.id", m, j+1), ctl.Id, true, 36, 36, &patUUID)
		set.ControlIDs = append(set.ControlIDs, optional(ctl.Id))
	}
	return set
}

// CreateAssessmentFramework creates a custom framework from standard
// controls and the caller's custom controls.
func (c *Client) CreateAssessmentFramework(ctx context.Context, in *CreateAssessmentFrameworkInput) (*CreateAssessmentFrameworkOutput, error) {
	if in == nil {
		in = &CreateAssessmentFrameworkInput{}
	}
	var v validator
	v.frameworkFields(in.Name, in.Description, in.ComplianceType)
	v.list("controlSets", len(in.ControlSets), in.ControlSets != nil, true, 1)
	var sets []share.AMControlSetInput
	for i, s := range in.ControlSets {
		sets = append(sets, v.controlSet(i, nil, s.Name, s.Controls))
	}
	v.tags("tags", in.Tags)
	if err := v.result(); err != nil {
		return nil, err
	}
	f, err := c.store.AMCreateFramework(c.caller, share.AMFrameworkInput{
		Name: optional(in.Name), Description: optional(in.Description),
		ComplianceType: optional(in.ComplianceType), ControlSets: sets, Tags: in.Tags,
	})
	if err != nil {
		return nil, toException(err)
	}
	return &CreateAssessmentFrameworkOutput{Framework: toFramework(f)}, nil
}

func toFramework(f share.AMFramework) *types.Framework {
	out := &types.Framework{
		Arn: ptr(f.ARN), Id: ptr(f.ID), Name: ptr(f.Name), Type: types.FrameworkType(f.Type),
		ComplianceType: nonEmpty(f.ComplianceType), Description: nonEmpty(f.Description),
		ControlSets: make([]types.ControlSet, 0, len(f.ControlSets)),
		CreatedAt:   timePtr(f.CreatedAt), LastUpdatedAt: timePtr(f.LastUpdatedAt),
		CreatedBy: nonEmpty(f.CreatedBy), LastUpdatedBy: nonEmpty(f.LastUpdatedBy),
	}
	for _, s := range f.ControlSets {
		set := types.ControlSet{Id: ptr(s.ID), Name: ptr(s.Name), Controls: make([]types.Control, 0, len(s.Controls))}
		for _, ctl := range s.Controls {
			set.Controls = append(set.Controls, *toControl(ctl, false))
		}
		out.ControlSets = append(out.ControlSets, set)
	}
	if len(f.Tags) > 0 {
		out.Tags = f.Tags.Clone()
	}
	return out
}

// GetAssessmentFrameworkInput is the input of GetAssessmentFramework.
type GetAssessmentFrameworkInput struct {
	FrameworkId *string `json:"frameworkId,omitempty"`
}

// GetAssessmentFrameworkOutput is the output of GetAssessmentFramework.
type GetAssessmentFrameworkOutput struct {
	Framework *types.Framework `json:"framework,omitempty"`
}

// GetAssessmentFramework returns a standard framework or one of the
// caller's custom frameworks, received copies included.
func (c *Client) GetAssessmentFramework(ctx context.Context, in *GetAssessmentFrameworkInput) (*GetAssessmentFrameworkOutput, error) {
	if in == nil {
		in = &GetAssessmentFrameworkInput{}
	}
	var v validator
	v.str("frameworkId", in.FrameworkId, true, 36, 36, &patUUID)
	if err := v.result(); err != nil {
		return nil, err
	}
	f, err := c.store.AMGetFramework(c.caller, *in.FrameworkId)
	if err != nil {
		return nil, toException(err)
	}
	return &GetAssessmentFrameworkOutput{Framework: toFramework(f)}, nil
}

// ListAssessmentFrameworksInput is the input of ListAssessmentFrameworks.
type ListAssessmentFrameworksInput struct {
	FrameworkType types.FrameworkType `json:"frameworkType,omitempty"`
	NextToken     *string             `json:"nextToken,omitempty"`
	MaxResults    *int32              `json:"maxResults,omitempty"`
}

// ListAssessmentFrameworksOutput is the output of ListAssessmentFrameworks.
type ListAssessmentFrameworksOutput struct {
	FrameworkMetadataList []types.AssessmentFrameworkMetadata `json:"frameworkMetadataList"`
	NextToken             *string                             `json:"nextToken,omitempty"`
}

// ListAssessmentFrameworks lists the standard frameworks, or the caller's
// custom frameworks including copies received through shares.
func (c *Client) ListAssessmentFrameworks(ctx context.Context, in *ListAssessmentFrameworksInput) (*ListAssessmentFrameworksOutput, error) {
	if in == nil {
		in = &ListAssessmentFrameworksInput{}
	}
	var v validator
	enum(&v, "frameworkType", in.FrameworkType, true, types.FrameworkType("").Values())
	v.page(in.NextToken, in.MaxResults)
	if err := v.result(); err != nil {
		return nil, err
	}
	items, next, err := c.store.AMListFrameworks(c.caller, share.AMType(in.FrameworkType), pageRequest(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, toException(err)
	}
	out := &ListAssessmentFrameworksOutput{
		FrameworkMetadataList: make([]types.AssessmentFrameworkMetadata, 0, len(items)), NextToken: nextToken(next),
	}
	for _, f := range items {
		out.FrameworkMetadataList = append(out.FrameworkMetadataList, types.AssessmentFrameworkMetadata{
			Arn: ptr(f.ARN), Id: ptr(f.ID), Type: types.FrameworkType(f.Type), Name: ptr(f.Name),
			Description: nonEmpty(f.Description), ComplianceType: nonEmpty(f.ComplianceType),
			ControlsCount: int32(f.ControlsCount), ControlSetsCount: int32(f.ControlSetsCount),
			CreatedAt: timePtr(f.CreatedAt), LastUpdatedAt: timePtr(f.LastUpdatedAt),
		})
	}
	return out, nil
}

// UpdateAssessmentFrameworkInput is the input of UpdateAssessmentFramework.
type UpdateAssessmentFrameworkInput struct {
	FrameworkId    *string                                     `json:"frameworkId,omitempty"`
	Name           *string                                     `json:"name,omitempty"`
	Description    *string                                     `json:"description,omitempty"`
	ComplianceType *string                                     `json:"complianceType,omitempty"`
	ControlSets    []types.UpdateAssessmentFrameworkControlSet `json:"controlSets,omitempty"`
}

// UpdateAssessmentFrameworkOutput is the output of UpdateAssessmentFramework.
type UpdateAssessmentFrameworkOutput struct {
	Framework *types.Framework `json:"framework,omitempty"`
}

// UpdateAssessmentFramework replaces a custom framework's name,
// description, compliance type and control sets.
func (c *Client) UpdateAssessmentFramework(ctx context.Context, in *UpdateAssessmentFrameworkInput) (*UpdateAssessmentFrameworkOutput, error) {
	if in == nil {
		in = &UpdateAssessmentFrameworkInput{}
	}
	var v validator
	v.str("frameworkId", in.FrameworkId, true, 36, 36, &patUUID)
	v.frameworkFields(in.Name, in.Description, in.ComplianceType)
	v.list("controlSets", len(in.ControlSets), in.ControlSets != nil, true, 1)
	var sets []share.AMControlSetInput
	for i, s := range in.ControlSets {
		sets = append(sets, v.controlSet(i, s.Id, s.Name, s.Controls))
	}
	if err := v.result(); err != nil {
		return nil, err
	}
	f, err := c.store.AMUpdateFramework(c.caller, *in.FrameworkId, share.AMFrameworkInput{
		Name: optional(in.Name), Description: optional(in.Description),
		ComplianceType: optional(in.ComplianceType), ControlSets: sets,
	})
	if err != nil {
		return nil, toException(err)
	}
	return &UpdateAssessmentFrameworkOutput{Framework: toFramework(f)}, nil
}

// DeleteAssessmentFrameworkInput is the input of DeleteAssessmentFramework.
type DeleteAssessmentFrameworkInput struct {
	FrameworkId *string `json:"frameworkId,omitempty"`
}

// DeleteAssessmentFrameworkOutput is the output of DeleteAssessmentFramework.
type DeleteAssessmentFrameworkOutput struct{}

// DeleteAssessmentFramework deletes one of the caller's custom frameworks.
// Share requests and copies already made are unaffected.
func (c *Client) DeleteAssessmentFramework(ctx context.Context, in *DeleteAssessmentFrameworkInput) (*DeleteAssessmentFrameworkOutput, error) {
	if in == nil {
		in = &DeleteAssessmentFrameworkInput{}
	}
	var v validator
	v.str("frameworkId", in.FrameworkId, true, 36, 36, &patUUID)
	if err := v.result(); err != nil {
		return nil, err
	}
	if err := c.store.AMDeleteFramework(c.caller, *in.FrameworkId); err != nil {
		return nil, toException(err)
	}
	return &DeleteAssessmentFrameworkOutput{}, nil
}
