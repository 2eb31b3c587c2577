package auditmanager

import (
	"context"
	"fmt"

	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

// CreateControlInput is the input of CreateControl.
type CreateControlInput struct {
	Name                   *string                            `json:"name,omitempty"`
	Description            *string                            `json:"description,omitempty"`
	TestingInformation     *string                            `json:"testingInformation,omitempty"`
	ActionPlanTitle        *string                            `json:"actionPlanTitle,omitempty"`
	ActionPlanInstructions *string                            `json:"actionPlanInstructions,omitempty"`
	ControlMappingSources  []types.CreateControlMappingSource `json:"controlMappingSources,omitempty"`
	Tags                   map[string]string                  `json:"tags,omitempty"`
}

// CreateControlOutput is the output of CreateControl.
type CreateControlOutput struct {
	Control *types.Control `json:"control,omitempty"`
}

// CreateControl creates a custom control in the caller's control library.
func (c *Client) CreateControl(ctx context.Context, in *CreateControlInput) (*CreateControlOutput, error) {
	if in == nil {
		in = &CreateControlInput{}
	}
	var v validator
	v.str("name", in.Name, true, 1, 300, &patName)
	v.str("description", in.Description, false, 0, 1000, nil)
	v.str("testingInformation", in.TestingInformation, false, 0, 1000, nil)
	v.str("actionPlanTitle", in.ActionPlanTitle, false, 0, 300, nil)
	v.str("actionPlanInstructions", in.ActionPlanInstructions, false, 0, 1000, nil)
	v.list("controlMappingSources", len(in.ControlMappingSources), in.ControlMappingSources != nil, true, 1)
	sources := make([]share.AMMappingSource, 0, len(in.ControlMappingSources))
	for i, s := range in.ControlMappingSources {
		sources = append(sources, v.mappingSource(i, nil, types.ControlMappingSource{
			SourceName: s.SourceName, SourceDescription: s.SourceDescription, SourceSetUpOption: s.SourceSetUpOption,
			SourceType: s.SourceType, SourceKeyword: s.SourceKeyword, SourceFrequency: s.SourceFrequency,
			TroubleshootingText: s.TroubleshootingText,
		}))
	}
	v.tags("tags", in.Tags)
	if err := v.result(); err != nil {
		return nil, err
	}
	ctl, err := c.store.AMCreateControl(c.caller, share.AMControlInput{
		Name: optional(in.Name), Description: optional(in.Description),
		TestingInformation: optional(in.TestingInformation), ActionPlanTitle: optional(in.ActionPlanTitle),
		ActionPlanInstructions: optional(in.ActionPlanInstructions), MappingSources: sources, Tags: in.Tags,
	})
	if err != nil {
		return nil, toException(err)
	}
	return &CreateControlOutput{Control: toControl(ctl, true)}, nil
}

// mappingSource checks the i-th mapping source (sourceId only on update)
// and converts it.
func (v *validator) mappingSource(i int, sourceID *string, s types.ControlMappingSource) share.AMMappingSource {
	m := fmt.Sprintf("controlMappingSources.%d.member.", i+1)
	v.str(m+"sourceId", sourceID, false, 36, 36, &patUUID)
	v.str(m+"sourceName", s.SourceName, true, 1, 300, nil)
	v.str(m+"sourceDescription", s.SourceDescription, false, 0, 1000, nil)
	enum(v, m+"sourceSetUpOption", s.SourceSetUpOption, true, types.SourceSetUpOption("").Values())
	enum(v, m+"sourceType", s.SourceType, true, types.SourceType("").Values())
	var kw *share.AMSourceKeyword
	if k := s.SourceKeyword; k != nil {
		enum(v, m+"sourceKeyword.keywordInputType", k.KeywordInputType, false, types.KeywordInputType("").Values())
		v.str(m+"sourceKeyword.keywordValue", k.KeywordValue, false, 1, 100, &patKeywordValue)
		kw = &share.AMSourceKeyword{InputType: string(k.KeywordInputType), Value: optional(k.KeywordValue)}
	}
	enum(v, m+"sourceFrequency", s.SourceFrequency, false, types.SourceFrequency("").Values())
	v.str(m+"troubleshootingText", s.TroubleshootingText, false, 0, 1000, nil)
	return share.AMMappingSource{
		SourceID: optional(sourceID), Name: optional(s.SourceName), Description: optional(s.SourceDescription),
		SetUpOption: string(s.SourceSetUpOption), Type: string(s.SourceType), Keyword: kw,
		Frequency: string(s.SourceFrequency), TroubleshootingText: optional(s.TroubleshootingText),
	}
}

// UpdateControlInput is the input of UpdateControl.
type UpdateControlInput struct {
	ControlId              *string                      `json:"controlId,omitempty"`
	Name                   *string                      `json:"name,omitempty"`
	Description            *string                      `json:"description,omitempty"`
	TestingInformation     *string                      `json:"testingInformation,omitempty"`
	ActionPlanTitle        *string                      `json:"actionPlanTitle,omitempty"`
	ActionPlanInstructions *string                      `json:"actionPlanInstructions,omitempty"`
	ControlMappingSources  []types.ControlMappingSource `json:"controlMappingSources,omitempty"`
}

// UpdateControlOutput is the output of UpdateControl.
type UpdateControlOutput struct {
	Control *types.Control `json:"control,omitempty"`
}

// UpdateControl replaces a custom control's name, texts and mapping
// sources. Sources given with an existing sourceId keep it.
func (c *Client) UpdateControl(ctx context.Context, in *UpdateControlInput) (*UpdateControlOutput, error) {
	if in == nil {
		in = &UpdateControlInput{}
	}
	var v validator
	v.str("controlId", in.ControlId, true, 36, 36, &patUUID)
	v.str("name", in.Name, true, 1, 300, &patName)
	v.str("description", in.Description, false, 0, 1000, nil)
	v.str("testingInformation", in.TestingInformation, false, 0, 1000, nil)
	v.str("actionPlanTitle", in.ActionPlanTitle, false, 0, 300, nil)
	v.str("actionPlanInstructions", in.ActionPlanInstructions, false, 0, 1000, nil)
	v.list("controlMappingSources", len(in.ControlMappingSources), in.ControlMappingSources != nil, true, 1)
	sources := make([]share.AMMappingSource, 0, len(in.ControlMappingSources))
	for i, s := range in.ControlMappingSources {
		sources = append(sources, v.mappingSource(i, s.SourceId, s))
	}
	if err := v.result(); err != nil {
		return nil, err
	}
	ctl, err := c.store.AMUpdateControl(c.caller, *in.ControlId, share.AMControlInput{
		Name: optional(in.Name), Description: optional(in.Description),
		TestingInformation: optional(in.TestingInformation), ActionPlanTitle: optional(in.ActionPlanTitle),
		ActionPlanInstructions: optional(in.ActionPlanInstructions), MappingSources: sources,
	})
	if err != nil {
		return nil, toException(err)
	}
	return &UpdateControlOutput{Control: toControl(ctl, true)}, nil
}

// toControl converts a domain control; full adds mapping sources and tags.
func toControl(c share.AMControl, full bool) *types.Control {
	out := &types.Control{
		Arn: ptr(c.ARN), Id: ptr(c.ID), Type: types.ControlType(c.Type), Name: ptr(c.Name),
		Description: nonEmpty(c.Description), TestingInformation: nonEmpty(c.TestingInformation),
		ActionPlanTitle: nonEmpty(c.ActionPlanTitle), ActionPlanInstructions: nonEmpty(c.ActionPlanInstructions),
		CreatedAt: timePtr(c.CreatedAt), LastUpdatedAt: timePtr(c.LastUpdatedAt),
		CreatedBy: nonEmpty(c.CreatedBy), LastUpdatedBy: nonEmpty(c.LastUpdatedBy),
		State: types.ControlStateActive,
	}
	if !full {
		return out
	}
	for _, s := range c.MappingSources {
		src := types.ControlMappingSource{
			SourceId: ptr(s.SourceID), SourceName: ptr(s.Name), SourceDescription: nonEmpty(s.Description),
			SourceSetUpOption: types.SourceSetUpOption(s.SetUpOption), SourceType: types.SourceType(s.Type),
			SourceFrequency: types.SourceFrequency(s.Frequency), TroubleshootingText: nonEmpty(s.TroubleshootingText),
		}
		if s.Keyword != nil {
			src.SourceKeyword = &types.SourceKeyword{
				KeywordInputType: types.KeywordInputType(s.Keyword.InputType), KeywordValue: nonEmpty(s.Keyword.Value),
			}
		}
		out.ControlMappingSources = append(out.ControlMappingSources, src)
	}
	if len(c.Tags) > 0 {
		out.Tags = c.Tags.Clone()
	}
	return out
}

// GetControlInput is the input of GetControl.
type GetControlInput struct {
	ControlId *string `json:"controlId,omitempty"`
}

// GetControlOutput is the output of GetControl.
type GetControlOutput struct {
	Control *types.Control `json:"control,omitempty"`
}

// GetControl returns a standard control or one of the caller's custom
// controls.
func (c *Client) GetControl(ctx context.Context, in *GetControlInput) (*GetControlOutput, error) {
	if in == nil {
		in = &GetControlInput{}
	}
	var v validator
	v.str("controlId", in.ControlId, true, 36, 36, &patUUID)
	if err := v.result(); err != nil {
		return nil, err
	}
	ctl, err := c.store.AMGetControl(c.caller, *in.ControlId)
	if err != nil {
		return nil, toException(err)
	}
	return &GetControlOutput{Control: toControl(ctl, true)}, nil
}

// ListControlsInput is the input of ListControls.
type ListControlsInput struct {
	ControlType      types.ControlType `json:"controlType,omitempty"`
	NextToken        *string           `json:"nextToken,omitempty"`
	MaxResults       *int32            `json:"maxResults,omitempty"`
	ControlCatalogId *string           `json:"controlCatalogId,omitempty"`
}

// ListControlsOutput is the output of ListControls.
type ListControlsOutput struct {
	ControlMetadataList []types.ControlMetadata `json:"controlMetadataList"`
	NextToken           *string                 `json:"nextToken,omitempty"`
}

// ListControls lists standard controls, the caller's custom controls
// (received copies included) or, for Core, none.
func (c *Client) ListControls(ctx context.Context, in *ListControlsInput) (*ListControlsOutput, error) {
	if in == nil {
		in = &ListControlsInput{}
	}
	var v validator
	enum(&v, "controlType", in.ControlType, true, types.ControlType("").Values())
	v.page(in.NextToken, in.MaxResults)
	v.str("controlCatalogId", in.ControlCatalogId, false, 13, 2048, &patCatalogID)
	if err := v.result(); err != nil {
		return nil, err
	}
	items, next, err := c.store.AMListControls(c.caller, share.AMType(in.ControlType), pageRequest(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, toException(err)
	}
	out := &ListControlsOutput{ControlMetadataList: make([]types.ControlMetadata, 0, len(items)), NextToken: nextToken(next)}
	for _, ctl := range items {
		out.ControlMetadataList = append(out.ControlMetadataList, types.ControlMetadata{
			Arn: ptr(ctl.ARN), Id: ptr(ctl.ID), Name: ptr(ctl.Name),
			CreatedAt: timePtr(ctl.CreatedAt), LastUpdatedAt: timePtr(ctl.LastUpdatedAt),
		})
	}
	return out, nil
}

// DeleteControlInput is the input of DeleteControl.
type DeleteControlInput struct {
	ControlId *string `json:"controlId,omitempty"`
}

// DeleteControlOutput is the output of DeleteControl.
type DeleteControlOutput struct{}

// DeleteControl deletes one of the caller's custom controls and removes it
// from the caller's frameworks.
func (c *Client) DeleteControl(ctx context.Context, in *DeleteControlInput) (*DeleteControlOutput, error) {
	if in == nil {
		in = &DeleteControlInput{}
	}
	var v validator
	v.str("controlId", in.ControlId, true, 36, 36, &patUUID)
	if err := v.result(); err != nil {
		return nil, err
	}
	if err := c.store.AMDeleteControl(c.caller, *in.ControlId); err != nil {
		return nil, toException(err)
	}
	return &DeleteControlOutput{}, nil
}
