package ram

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

// The 19 later RAM operations (ram.md Part B): permissions, permission
// associations, resource types, pending invitation resources, sources and
// the promotion of objects created from resource-based policies.

// AssociateResourceSharePermissionInput is the input of
// [Client.AssociateResourceSharePermission].
type AssociateResourceSharePermissionInput struct {
	ResourceShareArn  *string `json:"resourceShareArn,omitempty"`
	PermissionArn     *string `json:"permissionArn,omitempty"`
	Replace           *bool   `json:"replace,omitempty"`
	ClientToken       *string `json:"clientToken,omitempty"`
	PermissionVersion *int32  `json:"permissionVersion,omitempty"`
}

// AssociateResourceSharePermissionOutput is the output of
// [Client.AssociateResourceSharePermission].
type AssociateResourceSharePermissionOutput struct {
	ReturnValue *bool   `json:"returnValue,omitempty"`
	ClientToken *string `json:"clientToken,omitempty"`
}

// DisassociateResourceSharePermissionInput is the input of
// [Client.DisassociateResourceSharePermission].
type DisassociateResourceSharePermissionInput struct {
	ResourceShareArn *string `json:"resourceShareArn,omitempty"`
	PermissionArn    *string `json:"permissionArn,omitempty"`
	ClientToken      *string `json:"clientToken,omitempty"`
}

// DisassociateResourceSharePermissionOutput is the output of
// [Client.DisassociateResourceSharePermission].
type DisassociateResourceSharePermissionOutput struct {
	ReturnValue *bool   `json:"returnValue,omitempty"`
	ClientToken *string `json:"clientToken,omitempty"`
}

// ListResourceSharePermissionsInput is the input of
// [Client.ListResourceSharePermissions].
type ListResourceSharePermissionsInput struct {
	ResourceShareArn *string `json:"resourceShareArn,omitempty"`
	NextToken        *string `json:"nextToken,omitempty"`
	MaxResults       *int32  `json:"maxResults,omitempty"`
}

// ListResourceSharePermissionsOutput is the output of
// [Client.ListResourceSharePermissions].
type ListResourceSharePermissionsOutput struct {
	Permissions []types.ResourceSharePermissionSummary `json:"permissions"`
	NextToken   *string                                `json:"nextToken,omitempty"`
}

// ListPermissionsInput is the input of [Client.ListPermissions].
type ListPermissionsInput struct {
	ResourceType   *string                    `json:"resourceType,omitempty"`
	NextToken      *string                    `json:"nextToken,omitempty"`
	MaxResults     *int32                     `json:"maxResults,omitempty"`
	PermissionType types.PermissionTypeFilter `json:"permissionType,omitempty"`
}

// ListPermissionsOutput is the output of [Client.ListPermissions].
type ListPermissionsOutput struct {
	Permissions []types.ResourceSharePermissionSummary `json:"permissions"`
	NextToken   *string                                `json:"nextToken,omitempty"`
}

// GetPermissionInput is the input of [Client.GetPermission].
type GetPermissionInput struct {
	PermissionArn     *string `json:"permissionArn,omitempty"`
	PermissionVersion *int32  `json:"permissionVersion,omitempty"`
}

// GetPermissionOutput is the output of [Client.GetPermission].
type GetPermissionOutput struct {
	Permission *types.ResourceSharePermissionDetail `json:"permission,omitempty"`
}

// CreatePermissionInput is the input of [Client.CreatePermission].
type CreatePermissionInput struct {
	Name           *string     `json:"name,omitempty"`
	ResourceType   *string     `json:"resourceType,omitempty"`
	PolicyTemplate *string     `json:"policyTemplate,omitempty"`
	ClientToken    *string     `json:"clientToken,omitempty"`
	Tags           []types.Tag `json:"tags,omitempty"`
}

// CreatePermissionOutput is the output of [Client.CreatePermission].
type CreatePermissionOutput struct {
	Permission  *types.ResourceSharePermissionSummary `json:"permission,omitempty"`
	ClientToken *string                               `json:"clientToken,omitempty"`
}

// CreatePermissionVersionInput is the input of
// [Client.CreatePermissionVersion].
type CreatePermissionVersionInput struct {
	PermissionArn  *string `json:"permissionArn,omitempty"`
	PolicyTemplate *string `json:"policyTemplate,omitempty"`
	ClientToken    *string `json:"clientToken,omitempty"`
}

// CreatePermissionVersionOutput is the output of
// [Client.CreatePermissionVersion].
type CreatePermissionVersionOutput struct {
	Permission  *types.ResourceSharePermissionDetail `json:"permission,omitempty"`
	ClientToken *string                              `json:"clientToken,omitempty"`
}

// DeletePermissionInput is the input of [Client.DeletePermission]. Both
// members travel in the query string.
type DeletePermissionInput struct {
	PermissionArn *string `json:"permissionArn,omitempty"`
	ClientToken   *string `json:"clientToken,omitempty"`
}

// DeletePermissionOutput is the output of [Client.DeletePermission].
type DeletePermissionOutput struct {
	ReturnValue      *bool                  `json:"returnValue,omitempty"`
	ClientToken      *string                `json:"clientToken,omitempty"`
	PermissionStatus types.PermissionStatus `json:"permissionStatus,omitempty"`
}

// DeletePermissionVersionInput is the input of
// [Client.DeletePermissionVersion]. Every member travels in the query string.
type DeletePermissionVersionInput struct {
	PermissionArn     *string `json:"permissionArn,omitempty"`
	PermissionVersion *int32  `json:"permissionVersion,omitempty"`
	ClientToken       *string `json:"clientToken,omitempty"`
}

// DeletePermissionVersionOutput is the output of
// [Client.DeletePermissionVersion].
type DeletePermissionVersionOutput struct {
	ReturnValue      *bool                  `json:"returnValue,omitempty"`
	ClientToken      *string                `json:"clientToken,omitempty"`
	PermissionStatus types.PermissionStatus `json:"permissionStatus,omitempty"`
}

// ListPermissionVersionsInput is the input of [Client.ListPermissionVersions].
type ListPermissionVersionsInput struct {
	PermissionArn *string `json:"permissionArn,omitempty"`
	NextToken     *string `json:"nextToken,omitempty"`
	MaxResults    *int32  `json:"maxResults,omitempty"`
}

// ListPermissionVersionsOutput is the output of
// [Client.ListPermissionVersions].
type ListPermissionVersionsOutput struct {
	Permissions []types.ResourceSharePermissionSummary `json:"permissions"`
	NextToken   *string                                `json:"nextToken,omitempty"`
}

// SetDefaultPermissionVersionInput is the input of
// [Client.SetDefaultPermissionVersion].
type SetDefaultPermissionVersionInput struct {
	PermissionArn     *string `json:"permissionArn,omitempty"`
	PermissionVersion *int32  `json:"permissionVersion,omitempty"`
	ClientToken       *string `json:"clientToken,omitempty"`
}

// SetDefaultPermissionVersionOutput is the output of
// [Client.SetDefaultPermissionVersion].
type SetDefaultPermissionVersionOutput struct {
	ReturnValue *bool   `json:"returnValue,omitempty"`
	ClientToken *string `json:"clientToken,omitempty"`
}

// ListPermissionAssociationsInput is the input of
// [Client.ListPermissionAssociations].
type ListPermissionAssociationsInput struct {
	PermissionArn     *string                              `json:"permissionArn,omitempty"`
	PermissionVersion *int32                               `json:"permissionVersion,omitempty"`
	AssociationStatus types.ResourceShareAssociationStatus `json:"associationStatus,omitempty"`
	ResourceType      *string                              `json:"resourceType,omitempty"`
	FeatureSet        types.PermissionFeatureSet           `json:"featureSet,omitempty"`
	DefaultVersion    *bool                                `json:"defaultVersion,omitempty"`
	NextToken         *string                              `json:"nextToken,omitempty"`
	MaxResults        *int32                               `json:"maxResults,omitempty"`
}

// ListPermissionAssociationsOutput is the output of
// [Client.ListPermissionAssociations].
type ListPermissionAssociationsOutput struct {
	Permissions []types.AssociatedPermission `json:"permissions"`
	NextToken   *string                      `json:"nextToken,omitempty"`
}

// ReplacePermissionAssociationsInput is the input of
// [Client.ReplacePermissionAssociations].
type ReplacePermissionAssociationsInput struct {
	FromPermissionArn     *string `json:"fromPermissionArn,omitempty"`
	FromPermissionVersion *int32  `json:"fromPermissionVersion,omitempty"`
	ToPermissionArn       *string `json:"toPermissionArn,omitempty"`
	ClientToken           *string `json:"clientToken,omitempty"`
}

// ReplacePermissionAssociationsOutput is the output of
// [Client.ReplacePermissionAssociations].
type ReplacePermissionAssociationsOutput struct {
	ReplacePermissionAssociationsWork *types.ReplacePermissionAssociationsWork `json:"replacePermissionAssociationsWork,omitempty"`
	ClientToken                       *string                                  `json:"clientToken,omitempty"`
}

// ListReplacePermissionAssociationsWorkInput is the input of
// [Client.ListReplacePermissionAssociationsWork].
type ListReplacePermissionAssociationsWorkInput struct {
	WorkIds    []string                                      `json:"workIds,omitempty"`
	Status     types.ReplacePermissionAssociationsWorkStatus `json:"status,omitempty"`
	NextToken  *string                                       `json:"nextToken,omitempty"`
	MaxResults *int32                                        `json:"maxResults,omitempty"`
}

// ListReplacePermissionAssociationsWorkOutput is the output of
// [Client.ListReplacePermissionAssociationsWork].
type ListReplacePermissionAssociationsWorkOutput struct {
	ReplacePermissionAssociationsWorks []types.ReplacePermissionAssociationsWork `json:"replacePermissionAssociationsWorks"`
	NextToken                          *string                                   `json:"nextToken,omitempty"`
}

// ListResourceTypesInput is the input of [Client.ListResourceTypes].
type ListResourceTypesInput struct {
	NextToken           *string                         `json:"nextToken,omitempty"`
	MaxResults          *int32                          `json:"maxResults,omitempty"`
	ResourceRegionScope types.ResourceRegionScopeFilter `json:"resourceRegionScope,omitempty"`
}

// ListResourceTypesOutput is the output of [Client.ListResourceTypes].
type ListResourceTypesOutput struct {
	ResourceTypes []types.ServiceNameAndResourceType `json:"resourceTypes"`
	NextToken     *string                            `json:"nextToken,omitempty"`
}

// ListPendingInvitationResourcesInput is the input of
// [Client.ListPendingInvitationResources].
type ListPendingInvitationResourcesInput struct {
	ResourceShareInvitationArn *string                         `json:"resourceShareInvitationArn,omitempty"`
	NextToken                  *string                         `json:"nextToken,omitempty"`
	MaxResults                 *int32                          `json:"maxResults,omitempty"`
	ResourceRegionScope        types.ResourceRegionScopeFilter `json:"resourceRegionScope,omitempty"`
}

// ListPendingInvitationResourcesOutput is the output of
// [Client.ListPendingInvitationResources].
type ListPendingInvitationResourcesOutput struct {
	Resources []types.Resource `json:"resources"`
	NextToken *string          `json:"nextToken,omitempty"`
}

// ListSourceAssociationsInput is the input of [Client.ListSourceAssociations].
type ListSourceAssociationsInput struct {
	ResourceShareArns []string                             `json:"resourceShareArns,omitempty"`
	SourceId          *string                              `json:"sourceId,omitempty"`
	SourceType        *string                              `json:"sourceType,omitempty"`
	AssociationStatus types.ResourceShareAssociationStatus `json:"associationStatus,omitempty"`
	NextToken         *string                              `json:"nextToken,omitempty"`
	MaxResults        *int32                               `json:"maxResults,omitempty"`
}

// ListSourceAssociationsOutput is the output of
// [Client.ListSourceAssociations].
type ListSourceAssociationsOutput struct {
	SourceAssociations []types.AssociatedSource `json:"sourceAssociations"`
	NextToken          *string                  `json:"nextToken,omitempty"`
}

// PromotePermissionCreatedFromPolicyInput is the input of
// [Client.PromotePermissionCreatedFromPolicy].
type PromotePermissionCreatedFromPolicyInput struct {
	PermissionArn *string `json:"permissionArn,omitempty"`
	Name          *string `json:"name,omitempty"`
	ClientToken   *string `json:"clientToken,omitempty"`
}

// PromotePermissionCreatedFromPolicyOutput is the output of
// [Client.PromotePermissionCreatedFromPolicy].
type PromotePermissionCreatedFromPolicyOutput struct {
	Permission  *types.ResourceSharePermissionSummary `json:"permission,omitempty"`
	ClientToken *string                               `json:"clientToken,omitempty"`
}

// PromoteResourceShareCreatedFromPolicyInput is the input of
// [Client.PromoteResourceShareCreatedFromPolicy]; its member travels in the
// query string.
type PromoteResourceShareCreatedFromPolicyInput struct {
	ResourceShareArn *string `json:"resourceShareArn,omitempty"`
}

// PromoteResourceShareCreatedFromPolicyOutput is the output of
// [Client.PromoteResourceShareCreatedFromPolicy].
type PromoteResourceShareCreatedFromPolicyOutput struct {
	ReturnValue *bool `json:"returnValue,omitempty"`
}

// --- conversions ---

func summaryOut(p share.RAMPermissionSummary) types.ResourceSharePermissionSummary {
	return types.ResourceSharePermissionSummary{
		Arn: ptr(p.ARN), Version: ptr(strconv.Itoa(p.Version)), DefaultVersion: ptr(p.DefaultVersion), Name: ptr(p.Name),
		ResourceType: ptr(p.ResourceType), Status: ptr(p.Status), CreationTime: ptr(p.CreatedAt), LastUpdatedTime: ptr(p.UpdatedAt),
		IsResourceTypeDefault: ptr(p.IsResourceTypeDefault), PermissionType: types.PermissionType(p.Type),
		FeatureSet: types.PermissionFeatureSet(p.FeatureSet), Tags: tagsOut(p.Tags),
	}
}

func detailOut(p share.RAMPermissionSummary) *types.ResourceSharePermissionDetail {
	return &types.ResourceSharePermissionDetail{
		Arn: ptr(p.ARN), Version: ptr(strconv.Itoa(p.Version)), DefaultVersion: ptr(p.DefaultVersion), Name: ptr(p.Name),
		ResourceType: ptr(p.ResourceType), Permission: ptr(p.Template), CreationTime: ptr(p.CreatedAt), LastUpdatedTime: ptr(p.UpdatedAt),
		IsResourceTypeDefault: ptr(p.IsResourceTypeDefault), PermissionType: types.PermissionType(p.Type),
		FeatureSet: types.PermissionFeatureSet(p.FeatureSet), Status: types.PermissionStatus(p.Status), Tags: tagsOut(p.Tags),
	}
}

// summariesOut converts a listing page, pointing into list, which must be the
// call's own copy: a page costs a few allocations, not one per field.
func summariesOut(list []share.RAMPermissionSummary) []types.ResourceSharePermissionSummary {
	out := make([]types.ResourceSharePermissionSummary, len(list))
	versions := make([]string, len(list))
	for i := range list {
		p := &list[i]
		versions[i] = strconv.Itoa(p.Version)
		out[i] = types.ResourceSharePermissionSummary{
			Arn: &p.ARN, Version: &versions[i], DefaultVersion: &p.DefaultVersion, Name: &p.Name,
			ResourceType: &p.ResourceType, Status: &p.Status, CreationTime: &p.CreatedAt, LastUpdatedTime: &p.UpdatedAt,
			IsResourceTypeDefault: &p.IsResourceTypeDefault, PermissionType: types.PermissionType(p.Type),
			FeatureSet: types.PermissionFeatureSet(p.FeatureSet), Tags: tagsOut(p.Tags),
		}
	}
	return out
}

func workOut(w share.RAMReplaceWork) types.ReplacePermissionAssociationsWork {
	out := types.ReplacePermissionAssociationsWork{
		Id: ptr(w.ID), FromPermissionArn: ptr(w.FromARN), ToPermissionArn: ptr(w.ToARN), ToPermissionVersion: ptr(strconv.Itoa(w.ToVersion)),
		Status: types.ReplacePermissionAssociationsWorkStatus(w.Status), CreationTime: ptr(w.CreatedAt), LastUpdatedTime: ptr(w.UpdatedAt),
	}
	if w.FromVersion != nil {
		out.FromPermissionVersion = ptr(strconv.Itoa(*w.FromVersion))
	}
	return out
}

func resourceOut(r share.RAMSharedResource) types.Resource {
	scope := types.ResourceRegionScopeRegional
	if r.Global {
		scope = types.ResourceRegionScopeGlobal
	}
	return types.Resource{Arn: ptr(r.ARN), Type: ptr(r.Type), ResourceShareArn: ptr(r.ShareARN), Status: types.ResourceStatusAvailable,
		CreationTime: ptr(r.CreatedAt), LastUpdatedTime: ptr(r.UpdatedAt), ResourceRegionScope: scope}
}

func intPtr(n *int32) *int {
	if n == nil {
		return nil
	}
	v := int(*n)
	return &v
}

func page(token *string, limit int) share.PageRequest {
	return share.PageRequest{Token: str(token), Limit: limit}
}

func checkRegionScope(s types.ResourceRegionScopeFilter) error {
	if s != "" && !slices.Contains(types.ResourceRegionScopeFilter("").Values(), s) {
		return invalid(string(s) + " is not a valid resource region scope value. Specify a valid value and try again.")
	}
	return nil
}

func checkAssociationStatus(s types.ResourceShareAssociationStatus) error {
	if s != "" && !slices.Contains(types.ResourceShareAssociationStatus("").Values(), s) {
		return invalid(string(s) + " is not a valid association status.")
	}
	return nil
}

// resourceType resolves a type name, compared case-insensitively (M17).
func (c *Client) resourceType(name *string) (string, error) {
	if name == nil {
		return "", nil
	}
	t, ok := c.store.RAMResourceTypeNamed(*name)
	if !ok {
		return "", invalid("Invalid resource type: " + *name)
	}
	return t.Type, nil
}

func missingRequired(member string) error {
	return &types.MissingRequiredParameterException{Message: ptr("Missing required parameter: " + member + ".")}
}

// --- operations ---

// AssociateResourceSharePermission attaches a permission to one of the
// caller's shares, for the permission's resource type, or replaces the one
// attached. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_AssociateResourceSharePermission.html.
func (c *Client) AssociateResourceSharePermission(ctx context.Context, in *AssociateResourceSharePermissionInput) (_ *AssociateResourceSharePermissionOutput, err error) {
	const op = "AssociateResourceSharePermission"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &AssociateResourceSharePermissionInput{}
	}
	if str(in.ResourceShareArn) == "" {
		return nil, missing(op, "resourceShareArn")
	}
	if str(in.PermissionArn) == "" {
		return nil, missing(op, "permissionArn")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	tok, err := c.store.AssociateResourceSharePermission(c.caller, share.RAMSharePermissionInput{
		ShareARN: *in.ResourceShareArn, PermissionARN: *in.PermissionArn, Replace: in.Replace != nil && *in.Replace,
		Version:     intPtr(in.PermissionVersion),
		Idempotency: idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }),
	})
	if err != nil {
		return nil, toException(op, err, *in.ResourceShareArn)
	}
	return &AssociateResourceSharePermissionOutput{ReturnValue: ptr(true), ClientToken: ptr(tok)}, nil
}

// DisassociateResourceSharePermission detaches a permission from one of the
// caller's shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_DisassociateResourceSharePermission.html.
func (c *Client) DisassociateResourceSharePermission(ctx context.Context, in *DisassociateResourceSharePermissionInput) (_ *DisassociateResourceSharePermissionOutput, err error) {
	const op = "DisassociateResourceSharePermission"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &DisassociateResourceSharePermissionInput{}
	}
	if str(in.ResourceShareArn) == "" {
		return nil, missing(op, "resourceShareArn")
	}
	if str(in.PermissionArn) == "" {
		return nil, missing(op, "permissionArn")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	tok, err := c.store.DisassociateResourceSharePermission(c.caller, share.RAMSharePermissionInput{
		ShareARN: *in.ResourceShareArn, PermissionARN: *in.PermissionArn,
		Idempotency: idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }),
	})
	if err != nil {
		return nil, toException(op, err, *in.ResourceShareArn)
	}
	return &DisassociateResourceSharePermissionOutput{ReturnValue: ptr(true), ClientToken: ptr(tok)}, nil
}

// ListResourceSharePermissions lists the permissions attached to a share the
// caller owns or that is shared with it. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListResourceSharePermissions.html.
func (c *Client) ListResourceSharePermissions(ctx context.Context, in *ListResourceSharePermissionsInput) (_ *ListResourceSharePermissionsOutput, err error) {
	const op = "ListResourceSharePermissions"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListResourceSharePermissionsInput{}
	}
	if str(in.ResourceShareArn) == "" {
		return nil, missing(op, "resourceShareArn")
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	list, next, err := c.store.ListResourceSharePermissions(c.caller, *in.ResourceShareArn, page(in.NextToken, limit))
	if err != nil {
		return nil, toException(op, err, *in.ResourceShareArn)
	}
	return &ListResourceSharePermissionsOutput{Permissions: summariesOut(list), NextToken: token(next)}, nil
}

// ListPermissions lists the AWS-managed permissions and the caller's
// customer-managed ones. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPermissions.html.
func (c *Client) ListPermissions(ctx context.Context, in *ListPermissionsInput) (_ *ListPermissionsOutput, err error) {
	const op = "ListPermissions"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListPermissionsInput{}
	}
	var kind string
	switch in.PermissionType {
	case "", types.PermissionTypeFilterAll:
	case types.PermissionTypeFilterAwsManaged, "AWS":
		kind = share.RAMAWSManaged
	case types.PermissionTypeFilterCustomerManaged, "LOCAL":
		kind = share.RAMCustomerManaged
	default:
		return nil, invalid(string(in.PermissionType) + " is not a valid scope. Must be one of: ALL, AWS, LOCAL.")
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	typ, err := c.resourceType(in.ResourceType)
	if err != nil {
		return nil, err
	}
	list, next, err := c.store.ListRAMPermissions(c.caller, share.RAMPermissionQuery{ResourceType: typ, Type: kind, Page: page(in.NextToken, limit)})
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &ListPermissionsOutput{Permissions: summariesOut(list), NextToken: token(next)}, nil
}

// GetPermission returns a version of a permission, its default version when
// none is named. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_GetPermission.html.
func (c *Client) GetPermission(ctx context.Context, in *GetPermissionInput) (_ *GetPermissionOutput, err error) {
	const op = "GetPermission"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &GetPermissionInput{}
	}
	if str(in.PermissionArn) == "" {
		return nil, missing(op, "permissionArn")
	}
	p, err := c.store.GetRAMPermission(c.caller, *in.PermissionArn, intPtr(in.PermissionVersion))
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &GetPermissionOutput{Permission: detailOut(p)}, nil
}

// CreatePermission creates a customer-managed permission. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_CreatePermission.html.
func (c *Client) CreatePermission(ctx context.Context, in *CreatePermissionInput) (_ *CreatePermissionOutput, err error) {
	const op = "CreatePermission"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &CreatePermissionInput{}
	}
	for _, m := range []struct {
		name string
		v    *string
	}{{"name", in.Name}, {"resourceType", in.ResourceType}, {"policyTemplate", in.PolicyTemplate}} {
		if str(m.v) == "" {
			return nil, missing(op, m.name)
		}
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.CreateRAMPermission(c.caller, share.RAMCreatePermissionInput{
		Name: *in.Name, ResourceType: *in.ResourceType, Template: *in.PolicyTemplate, Tags: tagsIn(in.Tags),
		Idempotency: idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }),
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	s := summaryOut(r.Permission)
	return &CreatePermissionOutput{Permission: &s, ClientToken: ptr(r.ClientToken)}, nil
}

// CreatePermissionVersion adds a version to one of the caller's
// customer-managed permissions; it becomes the default. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_CreatePermissionVersion.html.
func (c *Client) CreatePermissionVersion(ctx context.Context, in *CreatePermissionVersionInput) (_ *CreatePermissionVersionOutput, err error) {
	const op = "CreatePermissionVersion"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &CreatePermissionVersionInput{}
	}
	if str(in.PermissionArn) == "" {
		return nil, missing(op, "permissionArn")
	}
	if str(in.PolicyTemplate) == "" {
		return nil, missing(op, "policyTemplate")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.CreateRAMPermissionVersion(c.caller, *in.PermissionArn, *in.PolicyTemplate,
		idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }))
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &CreatePermissionVersionOutput{Permission: detailOut(r.Permission), ClientToken: ptr(r.ClientToken)}, nil
}

// DeletePermission deletes one of the caller's customer-managed permissions
// that no share uses. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_DeletePermission.html.
func (c *Client) DeletePermission(ctx context.Context, in *DeletePermissionInput) (_ *DeletePermissionOutput, err error) {
	const op = "DeletePermission"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &DeletePermissionInput{}
	}
	if str(in.PermissionArn) == "" {
		return nil, malformedPermission()
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	tok, err := c.store.DeleteRAMPermission(c.caller, *in.PermissionArn, idem(in.ClientToken, func() string { return *in.PermissionArn }))
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &DeletePermissionOutput{ReturnValue: ptr(true), ClientToken: ptr(tok), PermissionStatus: types.PermissionStatusDeleted}, nil
}

// DeletePermissionVersion deletes a version, neither the default nor in
// use, of one of the caller's customer-managed permissions. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_DeletePermissionVersion.html.
func (c *Client) DeletePermissionVersion(ctx context.Context, in *DeletePermissionVersionInput) (_ *DeletePermissionVersionOutput, err error) {
	const op = "DeletePermissionVersion"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &DeletePermissionVersionInput{}
	}
	if str(in.PermissionArn) == "" {
		return nil, missing(op, "permissionArn")
	}
	if in.PermissionVersion == nil {
		return nil, missing(op, "permissionVersion")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	tok, err := c.store.DeleteRAMPermissionVersion(c.caller, *in.PermissionArn, int(*in.PermissionVersion),
		idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }))
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &DeletePermissionVersionOutput{ReturnValue: ptr(true), ClientToken: ptr(tok), PermissionStatus: types.PermissionStatusAttachable}, nil
}

// ListPermissionVersions lists every version of a permission. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPermissionVersions.html.
func (c *Client) ListPermissionVersions(ctx context.Context, in *ListPermissionVersionsInput) (_ *ListPermissionVersionsOutput, err error) {
	const op = "ListPermissionVersions"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListPermissionVersionsInput{}
	}
	if str(in.PermissionArn) == "" {
		return nil, missing(op, "permissionArn")
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	list, next, err := c.store.ListRAMPermissionVersions(c.caller, *in.PermissionArn, page(in.NextToken, limit))
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &ListPermissionVersionsOutput{Permissions: summariesOut(list), NextToken: token(next)}, nil
}

// SetDefaultPermissionVersion makes a version the default of one of the
// caller's customer-managed permissions. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_SetDefaultPermissionVersion.html.
func (c *Client) SetDefaultPermissionVersion(ctx context.Context, in *SetDefaultPermissionVersionInput) (_ *SetDefaultPermissionVersionOutput, err error) {
	const op = "SetDefaultPermissionVersion"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &SetDefaultPermissionVersionInput{}
	}
	if str(in.PermissionArn) == "" {
		return nil, missing(op, "permissionArn")
	}
	if in.PermissionVersion == nil {
		return nil, missing(op, "permissionVersion")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	tok, err := c.store.SetDefaultRAMPermissionVersion(c.caller, *in.PermissionArn, int(*in.PermissionVersion),
		idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }))
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &SetDefaultPermissionVersionOutput{ReturnValue: ptr(true), ClientToken: ptr(tok)}, nil
}

// ListPermissionAssociations lists the permissions attached to the caller's
// shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPermissionAssociations.html.
func (c *Client) ListPermissionAssociations(ctx context.Context, in *ListPermissionAssociationsInput) (_ *ListPermissionAssociationsOutput, err error) {
	const op = "ListPermissionAssociations"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListPermissionAssociationsInput{}
	}
	if err := checkAssociationStatus(in.AssociationStatus); err != nil {
		return nil, err
	}
	if f := in.FeatureSet; f != "" && !slices.Contains(types.PermissionFeatureSet("").Values(), f) {
		return nil, invalid(string(f) + " is not a valid feature set.")
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	if in.PermissionArn != nil && !share.ValidPermissionARN(*in.PermissionArn) {
		return nil, malformedPermission()
	}
	typ, err := c.resourceType(in.ResourceType)
	if err != nil {
		return nil, err
	}
	list, next, err := c.store.ListPermissionAssociations(c.caller, share.RAMPermissionAssociationQuery{
		PermissionARN: str(in.PermissionArn), Version: intPtr(in.PermissionVersion), Status: string(in.AssociationStatus),
		ResourceType: typ, FeatureSet: string(in.FeatureSet), DefaultVersion: in.DefaultVersion, Page: page(in.NextToken, limit),
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &ListPermissionAssociationsOutput{Permissions: make([]types.AssociatedPermission, len(list)), NextToken: token(next)}
	versions := make([]string, len(list))
	for i := range list {
		a := &list[i] // list is this call's own copy
		versions[i] = strconv.Itoa(a.Version)
		out.Permissions[i] = types.AssociatedPermission{
			Arn: &a.ARN, PermissionVersion: &versions[i], DefaultVersion: &a.DefaultVersion,
			ResourceType: &a.ResourceType, Status: &a.Status, FeatureSet: types.PermissionFeatureSet(a.FeatureSet),
			LastUpdatedTime: &a.UpdatedAt, ResourceShareArn: &a.ShareARN,
		}
	}
	return out, nil
}

// ReplacePermissionAssociations switches every share of the caller that uses
// one permission to the default version of another. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ReplacePermissionAssociations.html.
func (c *Client) ReplacePermissionAssociations(ctx context.Context, in *ReplacePermissionAssociationsInput) (_ *ReplacePermissionAssociationsOutput, err error) {
	const op = "ReplacePermissionAssociations"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ReplacePermissionAssociationsInput{}
	}
	if str(in.FromPermissionArn) == "" {
		return nil, missing(op, "fromPermissionArn")
	}
	if str(in.ToPermissionArn) == "" {
		return nil, missing(op, "toPermissionArn")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.ReplacePermissionAssociations(c.caller, share.RAMReplaceInput{
		From: *in.FromPermissionArn, FromVersion: intPtr(in.FromPermissionVersion), To: *in.ToPermissionArn,
		Idempotency: idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }),
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	w := workOut(r.Work)
	return &ReplacePermissionAssociationsOutput{ReplacePermissionAssociationsWork: &w, ClientToken: ptr(r.ClientToken)}, nil
}

// ListReplacePermissionAssociationsWork lists the caller's
// ReplacePermissionAssociations work records. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListReplacePermissionAssociationsWork.html.
func (c *Client) ListReplacePermissionAssociationsWork(ctx context.Context, in *ListReplacePermissionAssociationsWorkInput) (_ *ListReplacePermissionAssociationsWorkOutput, err error) {
	const op = "ListReplacePermissionAssociationsWork"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListReplacePermissionAssociationsWorkInput{}
	}
	if s := in.Status; s != "" && !slices.Contains(types.ReplacePermissionAssociationsWorkStatus("").Values(), s) {
		return nil, invalid(string(s) + " is not a valid status.")
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	list, next, err := c.store.ListReplacePermissionAssociationsWork(c.caller, in.WorkIds, string(in.Status), page(in.NextToken, limit))
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &ListReplacePermissionAssociationsWorkOutput{ReplacePermissionAssociationsWorks: make([]types.ReplacePermissionAssociationsWork, len(list)), NextToken: token(next)}
	for i, w := range list {
		out.ReplacePermissionAssociationsWorks[i] = workOut(w)
	}
	return out, nil
}

// ListResourceTypes lists the resource types RAM can share. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListResourceTypes.html.
func (c *Client) ListResourceTypes(ctx context.Context, in *ListResourceTypesInput) (_ *ListResourceTypesOutput, err error) {
	const op = "ListResourceTypes"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListResourceTypesInput{}
	}
	if err := checkRegionScope(in.ResourceRegionScope); err != nil {
		return nil, err
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	list, next, err := c.store.ListRAMResourceTypes(c.caller, string(in.ResourceRegionScope), page(in.NextToken, limit))
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &ListResourceTypesOutput{ResourceTypes: make([]types.ServiceNameAndResourceType, len(list)), NextToken: token(next)}
	for i, t := range list {
		scope := types.ResourceRegionScopeRegional
		if t.Global {
			scope = types.ResourceRegionScopeGlobal
		}
		service, _, _ := strings.Cut(t.Type, ":")
		out.ResourceTypes[i] = types.ServiceNameAndResourceType{ResourceType: ptr(t.Type), ServiceName: ptr(service), ResourceRegionScope: scope}
	}
	return out, nil
}

// ListPendingInvitationResources lists the resources of the share behind a
// pending invitation addressed to the caller. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPendingInvitationResources.html.
func (c *Client) ListPendingInvitationResources(ctx context.Context, in *ListPendingInvitationResourcesInput) (_ *ListPendingInvitationResourcesOutput, err error) {
	const op = "ListPendingInvitationResources"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListPendingInvitationResourcesInput{}
	}
	if str(in.ResourceShareInvitationArn) == "" {
		return nil, missingRequired("resourceShareInvitationArn")
	}
	if err := checkRegionScope(in.ResourceRegionScope); err != nil {
		return nil, err
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	list, next, err := c.store.ListPendingInvitationResources(c.caller, *in.ResourceShareInvitationArn, string(in.ResourceRegionScope), page(in.NextToken, limit))
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &ListPendingInvitationResourcesOutput{Resources: make([]types.Resource, len(list)), NextToken: token(next)}
	for i, r := range list {
		out.Resources[i] = resourceOut(r)
	}
	return out, nil
}

// ListSourceAssociations lists the sources associated with the caller's
// shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListSourceAssociations.html.
func (c *Client) ListSourceAssociations(ctx context.Context, in *ListSourceAssociationsInput) (_ *ListSourceAssociationsOutput, err error) {
	const op = "ListSourceAssociations"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListSourceAssociationsInput{}
	}
	if err := checkAssociationStatus(in.AssociationStatus); err != nil {
		return nil, err
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	if err := checkShareARNs(in.ResourceShareArns); err != nil {
		return nil, err
	}
	list, next, err := c.store.ListSourceAssociations(c.caller, share.RAMSourceQuery{
		ShareARNs: in.ResourceShareArns, SourceID: str(in.SourceId), SourceType: str(in.SourceType),
		Status: share.RAMAssociationStatus(in.AssociationStatus), Page: page(in.NextToken, limit),
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &ListSourceAssociationsOutput{SourceAssociations: make([]types.AssociatedSource, len(list)), NextToken: token(next)}
	for i, s := range list {
		out.SourceAssociations[i] = types.AssociatedSource{ResourceShareArn: ptr(s.ShareARN), SourceId: ptr(s.SourceID),
			SourceType: ptr(s.SourceType), Status: ptr(string(s.Status)), CreationTime: ptr(s.CreatedAt), LastUpdatedTime: ptr(s.UpdatedAt)}
	}
	return out, nil
}

// PromotePermissionCreatedFromPolicy copies a permission that RAM created
// from a resource-based policy into a customer-managed permission. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_PromotePermissionCreatedFromPolicy.html.
func (c *Client) PromotePermissionCreatedFromPolicy(ctx context.Context, in *PromotePermissionCreatedFromPolicyInput) (_ *PromotePermissionCreatedFromPolicyOutput, err error) {
	const op = "PromotePermissionCreatedFromPolicy"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &PromotePermissionCreatedFromPolicyInput{}
	}
	if str(in.PermissionArn) == "" {
		return nil, missingRequired("permissionArn")
	}
	if str(in.Name) == "" {
		return nil, missingRequired("name")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.PromotePermissionCreatedFromPolicy(c.caller, *in.PermissionArn, *in.Name,
		idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }))
	if err != nil {
		return nil, toException(op, err, "")
	}
	s := summaryOut(r.Permission)
	return &PromotePermissionCreatedFromPolicyOutput{Permission: &s, ClientToken: ptr(r.ClientToken)}, nil
}

// PromoteResourceShareCreatedFromPolicy turns a share that RAM created from
// a resource-based policy into a standard one. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_PromoteResourceShareCreatedFromPolicy.html.
func (c *Client) PromoteResourceShareCreatedFromPolicy(ctx context.Context, in *PromoteResourceShareCreatedFromPolicyInput) (_ *PromoteResourceShareCreatedFromPolicyOutput, err error) {
	const op = "PromoteResourceShareCreatedFromPolicy"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &PromoteResourceShareCreatedFromPolicyInput{}
	}
	if str(in.ResourceShareArn) == "" {
		return nil, missingRequired("resourceShareArn")
	}
	if err := c.store.PromoteResourceShareCreatedFromPolicy(c.caller, *in.ResourceShareArn); err != nil {
		return nil, toException(op, err, *in.ResourceShareArn)
	}
	return &PromoteResourceShareCreatedFromPolicyOutput{ReturnValue: ptr(true)}, nil
}
