package wellarchitected

import (
	"context"
	"time"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// ImportLensInput is the input of [Client.ImportLens].
type ImportLensInput struct {
	JSONString         *string           `json:"JSONString,omitempty"`
	ClientRequestToken *string           `json:"ClientRequestToken,omitempty"`
	LensAlias          *string           `json:"LensAlias,omitempty"`
	Tags               map[string]string `json:"Tags,omitempty"`
}

// ImportLensOutput is the output of [Client.ImportLens].
type ImportLensOutput struct {
	LensArn *string                `json:"LensArn,omitempty"`
	Status  types.ImportLensStatus `json:"Status,omitempty"`
}

// ImportLens imports a custom lens as a draft, or replaces the draft of the
// caller's lens named by LensAlias (its ARN). The import is synchronous.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ImportLens.html
func (c *Client) ImportLens(ctx context.Context, in *ImportLensInput) (_ *ImportLensOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ImportLens"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.require("JSONString", in.JSONString != nil)
	v.token(in.ClientRequestToken)
	v.length("JSONString", in.JSONString, 2, 500000)
	v.length("LensAlias", in.LensAlias, 1, 128)
	v.tags(in.Tags)
	if err := v.err(); err != nil {
		return nil, err
	}
	doc, err := parseLensJSON(*in.JSONString)
	if err != nil {
		return nil, err
	}
	tok := requestToken(in.ClientRequestToken, ImportLensInput{JSONString: in.JSONString, LensAlias: in.LensAlias, Tags: in.Tags})
	l, err := c.store.WAImportLens(c.caller, tok, deref(in.LensAlias), doc, share.Tags(in.Tags))
	if err != nil {
		return nil, apiError(err)
	}
	return &ImportLensOutput{LensArn: ptr(l.ARN), Status: types.ImportLensStatusComplete}, nil
}

// CreateLensVersionInput is the input of [Client.CreateLensVersion].
type CreateLensVersionInput struct {
	LensAlias          *string `json:"LensAlias,omitempty"`
	LensVersion        *string `json:"LensVersion,omitempty"`
	IsMajorVersion     *bool   `json:"IsMajorVersion,omitempty"`
	ClientRequestToken *string `json:"ClientRequestToken,omitempty"`
}

// CreateLensVersionOutput is the output of [Client.CreateLensVersion].
type CreateLensVersionOutput struct {
	LensArn     *string `json:"LensArn,omitempty"`
	LensVersion *string `json:"LensVersion,omitempty"`
}

// CreateLensVersion publishes the draft of the caller's custom lens.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateLensVersion.html
func (c *Client) CreateLensVersion(ctx context.Context, in *CreateLensVersionInput) (_ *CreateLensVersionOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("CreateLensVersion"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.lensAlias(in.LensAlias)
	v.require("LensVersion", in.LensVersion != nil)
	v.token(in.ClientRequestToken)
	v.length("LensVersion", in.LensVersion, 1, 32)
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	l, err := c.store.WACreateLensVersion(c.caller, requestToken(in.ClientRequestToken, fp), *in.LensAlias, *in.LensVersion, in.IsMajorVersion != nil && *in.IsMajorVersion)
	if err != nil {
		return nil, apiError(err)
	}
	return &CreateLensVersionOutput{LensArn: ptr(l.ARN), LensVersion: ptr(*in.LensVersion)}, nil
}

// GetLensInput is the input of [Client.GetLens].
type GetLensInput struct {
	LensAlias   *string `json:"LensAlias,omitempty"`
	LensVersion *string `json:"LensVersion,omitempty"`
}

// GetLensOutput is the output of [Client.GetLens].
type GetLensOutput struct {
	Lens *types.Lens `json:"Lens,omitempty"`
}

// GetLens returns an official lens, one of the caller's custom lenses, or a
// lens shared with the caller.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetLens.html
func (c *Client) GetLens(ctx context.Context, in *GetLensInput) (_ *GetLensOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("GetLens"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.lensAlias(in.LensAlias)
	v.length("LensVersion", in.LensVersion, 1, 32)
	if err := v.err(); err != nil {
		return nil, err
	}
	l, err := c.store.WAGetLens(c.caller, *in.LensAlias, deref(in.LensVersion))
	if err != nil {
		return nil, apiError(err)
	}
	return &GetLensOutput{Lens: &types.Lens{
		LensArn: ptr(l.ARN), LensVersion: optString(l.Version), Name: ptr(l.Name), Description: optString(l.Description),
		Owner: optString(l.Owner), ShareInvitationId: optString(l.ShareInvitationID), Tags: optTags(l.Tags),
	}}, nil
}

// ListLensesInput is the input of [Client.ListLenses].
type ListLensesInput struct {
	NextToken  *string              `json:"NextToken,omitempty"`
	MaxResults *int32               `json:"MaxResults,omitempty"`
	LensType   types.LensType       `json:"LensType,omitempty"`
	LensStatus types.LensStatusType `json:"LensStatus,omitempty"`
	LensName   *string              `json:"LensName,omitempty"`
}

// ListLensesOutput is the output of [Client.ListLenses].
type ListLensesOutput struct {
	LensSummaries []types.LensSummary `json:"LensSummaries"`
	NextToken     *string             `json:"NextToken,omitempty"`
}

// ListLenses lists the official lenses, the caller's custom lenses and the
// lenses shared with it.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListLenses.html
func (c *Client) ListLenses(ctx context.Context, in *ListLensesInput) (_ *ListLensesOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ListLenses"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.maxResults(in.MaxResults)
	enum(v, "LensType", in.LensType, types.LensType("").Values())
	enum(v, "LensStatus", in.LensStatus, types.LensStatusType("").Values())
	v.length("LensName", in.LensName, 1, 128)
	if err := v.err(); err != nil {
		return nil, err
	}
	f := share.WALensFilter{Type: share.WALensType(in.LensType), Status: share.WALensStatus(in.LensStatus), Name: deref(in.LensName)}
	ls, next, err := c.store.WAListLenses(c.caller, f, page(in.NextToken, in.MaxResults))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListLensesOutput{LensSummaries: make([]types.LensSummary, 0, len(ls)), NextToken: optString(next)}
	for _, l := range ls {
		out.LensSummaries = append(out.LensSummaries, types.LensSummary{
			LensArn: ptr(l.ARN), LensAlias: ptr(l.Alias), LensName: ptr(l.Name), LensType: types.LensType(l.Type),
			Description: optString(l.Description), CreatedAt: timePtr(l.CreatedAt), UpdatedAt: timePtr(l.UpdatedAt),
			LensVersion: optString(l.LatestVersion), Owner: optString(l.Owner), LensStatus: types.LensStatusCurrent,
		})
	}
	return out, nil
}

// DeleteLensInput is the input of [Client.DeleteLens].
type DeleteLensInput struct {
	LensAlias          *string              `json:"LensAlias,omitempty"`
	ClientRequestToken *string              `json:"ClientRequestToken,omitempty"`
	LensStatus         types.LensStatusType `json:"LensStatus,omitempty"`
}

// DeleteLensOutput is the output of [Client.DeleteLens].
type DeleteLensOutput struct{}

// DeleteLens deletes the draft, the published versions, or both, of the
// caller's custom lens; a lens left with neither is deleted with its shares.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteLens.html
func (c *Client) DeleteLens(ctx context.Context, in *DeleteLensInput) (_ *DeleteLensOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("DeleteLens"); err != nil {
		return nil, err
	}
	in = clone(in)
	c.token(&in.ClientRequestToken)
	v := &check{}
	v.lensAlias(in.LensAlias)
	v.token(in.ClientRequestToken)
	v.require("LensStatus", in.LensStatus != "")
	enum(v, "LensStatus", in.LensStatus, types.LensStatusType("").Values())
	if err := v.err(); err != nil {
		return nil, err
	}
	fp := *in
	fp.ClientRequestToken = nil
	err = c.store.WADeleteLens(c.caller, requestToken(in.ClientRequestToken, fp), *in.LensAlias, share.WALensStatus(in.LensStatus))
	if err != nil {
		return nil, apiError(err)
	}
	return &DeleteLensOutput{}, nil
}

// ExportLensInput is the input of [Client.ExportLens].
type ExportLensInput struct {
	LensAlias   *string `json:"LensAlias,omitempty"`
	LensVersion *string `json:"LensVersion,omitempty"`
}

// ExportLensOutput is the output of [Client.ExportLens].
type ExportLensOutput struct {
	LensJSON *string `json:"LensJSON,omitempty"`
}

// ExportLens returns the lens document of the caller's custom lens: the
// version given, else the latest published one, else the draft. Only the
// owner may export a lens, and never an official one.
//
// https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ExportLens.html
func (c *Client) ExportLens(ctx context.Context, in *ExportLensInput) (_ *ExportLensOutput, err error) {
	defer recoverInternal(&err)
	if err := c.throttle("ExportLens"); err != nil {
		return nil, err
	}
	in = clone(in)
	v := &check{}
	v.lensAlias(in.LensAlias)
	v.length("LensVersion", in.LensVersion, 1, 32)
	if err := v.err(); err != nil {
		return nil, err
	}
	doc, err := c.store.WAExportLens(c.caller, *in.LensAlias, deref(in.LensVersion))
	if err != nil {
		return nil, apiError(err)
	}
	return &ExportLensOutput{LensJSON: ptr(doc)}, nil
}

// clone returns a shallow copy of *in, or a new zero value for nil, so the
// client never writes to its caller's input.
func clone[T any](in *T) *T {
	var cp T
	if in != nil {
		cp = *in
	}
	return &cp
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}
