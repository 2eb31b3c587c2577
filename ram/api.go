package ram

import (
	"context"
	"slices"
	"time"

	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

// CreateResourceShareInput is the input of [Client.CreateResourceShare].
type CreateResourceShareInput struct {
	Name                       *string                           `json:"name,omitempty"`
	ResourceArns               []string                          `json:"resourceArns,omitempty"`
	Principals                 []string                          `json:"principals,omitempty"`
	Tags                       []types.Tag                       `json:"tags,omitempty"`
	AllowExternalPrincipals    *bool                             `json:"allowExternalPrincipals,omitempty"`
	ClientToken                *string                           `json:"clientToken,omitempty"`
	PermissionArns             []string                          `json:"permissionArns,omitempty"`
	Sources                    []string                          `json:"sources,omitempty"`
	ResourceShareConfiguration *types.ResourceShareConfiguration `json:"resourceShareConfiguration,omitempty"`
}

// CreateResourceShareOutput is the output of [Client.CreateResourceShare].
type CreateResourceShareOutput struct {
	ResourceShare *types.ResourceShare `json:"resourceShare,omitempty"`
	ClientToken   *string              `json:"clientToken,omitempty"`
}

// UpdateResourceShareInput is the input of [Client.UpdateResourceShare].
type UpdateResourceShareInput struct {
	ResourceShareArn        *string `json:"resourceShareArn,omitempty"`
	Name                    *string `json:"name,omitempty"`
	AllowExternalPrincipals *bool   `json:"allowExternalPrincipals,omitempty"`
	ClientToken             *string `json:"clientToken,omitempty"`
}

// UpdateResourceShareOutput is the output of [Client.UpdateResourceShare].
type UpdateResourceShareOutput struct {
	ResourceShare *types.ResourceShare `json:"resourceShare,omitempty"`
	ClientToken   *string              `json:"clientToken,omitempty"`
}

// DeleteResourceShareInput is the input of [Client.DeleteResourceShare]. Both
// members travel in the query string.
type DeleteResourceShareInput struct {
	ResourceShareArn *string `json:"resourceShareArn,omitempty"`
	ClientToken      *string `json:"clientToken,omitempty"`
}

// DeleteResourceShareOutput is the output of [Client.DeleteResourceShare].
type DeleteResourceShareOutput struct {
	ReturnValue *bool   `json:"returnValue,omitempty"`
	ClientToken *string `json:"clientToken,omitempty"`
}

// GetResourceSharesInput is the input of [Client.GetResourceShares].
type GetResourceSharesInput struct {
	ResourceShareArns   []string                  `json:"resourceShareArns,omitempty"`
	ResourceShareStatus types.ResourceShareStatus `json:"resourceShareStatus,omitempty"`
	ResourceOwner       types.ResourceOwner       `json:"resourceOwner,omitempty"`
	Name                *string                   `json:"name,omitempty"`
	TagFilters          []types.TagFilter         `json:"tagFilters,omitempty"`
	NextToken           *string                   `json:"nextToken,omitempty"`
	MaxResults          *int32                    `json:"maxResults,omitempty"`
	PermissionArn       *string                   `json:"permissionArn,omitempty"`
	PermissionVersion   *int32                    `json:"permissionVersion,omitempty"`
}

// GetResourceSharesOutput is the output of [Client.GetResourceShares].
type GetResourceSharesOutput struct {
	ResourceShares []types.ResourceShare `json:"resourceShares"`
	NextToken      *string               `json:"nextToken,omitempty"`
}

// AssociateResourceShareInput is the input of [Client.AssociateResourceShare].
type AssociateResourceShareInput struct {
	ResourceShareArn *string  `json:"resourceShareArn,omitempty"`
	ResourceArns     []string `json:"resourceArns,omitempty"`
	Principals       []string `json:"principals,omitempty"`
	ClientToken      *string  `json:"clientToken,omitempty"`
	Sources          []string `json:"sources,omitempty"`
}

// AssociateResourceShareOutput is the output of [Client.AssociateResourceShare].
type AssociateResourceShareOutput struct {
	ResourceShareAssociations []types.ResourceShareAssociation `json:"resourceShareAssociations"`
	ClientToken               *string                          `json:"clientToken,omitempty"`
}

// DisassociateResourceShareInput is the input of
// [Client.DisassociateResourceShare].
type DisassociateResourceShareInput struct {
	ResourceShareArn *string  `json:"resourceShareArn,omitempty"`
	ResourceArns     []string `json:"resourceArns,omitempty"`
	Principals       []string `json:"principals,omitempty"`
	ClientToken      *string  `json:"clientToken,omitempty"`
	Sources          []string `json:"sources,omitempty"`
}

// DisassociateResourceShareOutput is the output of
// [Client.DisassociateResourceShare].
type DisassociateResourceShareOutput struct {
	ResourceShareAssociations []types.ResourceShareAssociation `json:"resourceShareAssociations"`
	ClientToken               *string                          `json:"clientToken,omitempty"`
}

// GetResourceShareAssociationsInput is the input of
// [Client.GetResourceShareAssociations].
type GetResourceShareAssociationsInput struct {
	AssociationType   types.ResourceShareAssociationType   `json:"associationType,omitempty"`
	ResourceShareArns []string                             `json:"resourceShareArns,omitempty"`
	ResourceArn       *string                              `json:"resourceArn,omitempty"`
	Principal         *string                              `json:"principal,omitempty"`
	AssociationStatus types.ResourceShareAssociationStatus `json:"associationStatus,omitempty"`
	NextToken         *string                              `json:"nextToken,omitempty"`
	MaxResults        *int32                               `json:"maxResults,omitempty"`
}

// GetResourceShareAssociationsOutput is the output of
// [Client.GetResourceShareAssociations].
type GetResourceShareAssociationsOutput struct {
	ResourceShareAssociations []types.ResourceShareAssociation `json:"resourceShareAssociations"`
	NextToken                 *string                          `json:"nextToken,omitempty"`
}

// GetResourceShareInvitationsInput is the input of
// [Client.GetResourceShareInvitations].
type GetResourceShareInvitationsInput struct {
	ResourceShareInvitationArns []string `json:"resourceShareInvitationArns,omitempty"`
	ResourceShareArns           []string `json:"resourceShareArns,omitempty"`
	NextToken                   *string  `json:"nextToken,omitempty"`
	MaxResults                  *int32   `json:"maxResults,omitempty"`
}

// GetResourceShareInvitationsOutput is the output of
// [Client.GetResourceShareInvitations].
type GetResourceShareInvitationsOutput struct {
	ResourceShareInvitations []types.ResourceShareInvitation `json:"resourceShareInvitations"`
	NextToken                *string                         `json:"nextToken,omitempty"`
}

// AcceptResourceShareInvitationInput is the input of
// [Client.AcceptResourceShareInvitation].
type AcceptResourceShareInvitationInput struct {
	ResourceShareInvitationArn *string `json:"resourceShareInvitationArn,omitempty"`
	ClientToken                *string `json:"clientToken,omitempty"`
}

// AcceptResourceShareInvitationOutput is the output of
// [Client.AcceptResourceShareInvitation].
type AcceptResourceShareInvitationOutput struct {
	ResourceShareInvitation *types.ResourceShareInvitation `json:"resourceShareInvitation,omitempty"`
	ClientToken             *string                        `json:"clientToken,omitempty"`
}

// RejectResourceShareInvitationInput is the input of
// [Client.RejectResourceShareInvitation].
type RejectResourceShareInvitationInput struct {
	ResourceShareInvitationArn *string `json:"resourceShareInvitationArn,omitempty"`
	ClientToken                *string `json:"clientToken,omitempty"`
}

// RejectResourceShareInvitationOutput is the output of
// [Client.RejectResourceShareInvitation].
type RejectResourceShareInvitationOutput struct {
	ResourceShareInvitation *types.ResourceShareInvitation `json:"resourceShareInvitation,omitempty"`
	ClientToken             *string                        `json:"clientToken,omitempty"`
}

// EnableSharingWithAwsOrganizationInput is the (empty) input of
// [Client.EnableSharingWithAwsOrganization].
type EnableSharingWithAwsOrganizationInput struct{}

// EnableSharingWithAwsOrganizationOutput is the output of
// [Client.EnableSharingWithAwsOrganization].
type EnableSharingWithAwsOrganizationOutput struct {
	ReturnValue *bool `json:"returnValue,omitempty"`
}

// ListPrincipalsInput is the input of [Client.ListPrincipals].
type ListPrincipalsInput struct {
	ResourceOwner     types.ResourceOwner `json:"resourceOwner,omitempty"`
	ResourceArn       *string             `json:"resourceArn,omitempty"`
	Principals        []string            `json:"principals,omitempty"`
	ResourceType      *string             `json:"resourceType,omitempty"`
	ResourceShareArns []string            `json:"resourceShareArns,omitempty"`
	NextToken         *string             `json:"nextToken,omitempty"`
	MaxResults        *int32              `json:"maxResults,omitempty"`
}

// ListPrincipalsOutput is the output of [Client.ListPrincipals].
type ListPrincipalsOutput struct {
	Principals []types.Principal `json:"principals"`
	NextToken  *string           `json:"nextToken,omitempty"`
}

// ListResourcesInput is the input of [Client.ListResources].
type ListResourcesInput struct {
	ResourceOwner       types.ResourceOwner             `json:"resourceOwner,omitempty"`
	Principal           *string                         `json:"principal,omitempty"`
	ResourceType        *string                         `json:"resourceType,omitempty"`
	ResourceArns        []string                        `json:"resourceArns,omitempty"`
	ResourceShareArns   []string                        `json:"resourceShareArns,omitempty"`
	NextToken           *string                         `json:"nextToken,omitempty"`
	MaxResults          *int32                          `json:"maxResults,omitempty"`
	ResourceRegionScope types.ResourceRegionScopeFilter `json:"resourceRegionScope,omitempty"`
}

// ListResourcesOutput is the output of [Client.ListResources].
type ListResourcesOutput struct {
	Resources []types.Resource `json:"resources"`
	NextToken *string          `json:"nextToken,omitempty"`
}

// GetResourcePoliciesInput is the input of [Client.GetResourcePolicies].
type GetResourcePoliciesInput struct {
	ResourceArns []string `json:"resourceArns,omitempty"`
	Principal    *string  `json:"principal,omitempty"`
	NextToken    *string  `json:"nextToken,omitempty"`
	MaxResults   *int32   `json:"maxResults,omitempty"`
}

// GetResourcePoliciesOutput is the output of [Client.GetResourcePolicies].
type GetResourcePoliciesOutput struct {
	Policies  []string `json:"policies"`
	NextToken *string  `json:"nextToken,omitempty"`
}

// TagResourceInput is the input of [Client.TagResource].
type TagResourceInput struct {
	ResourceShareArn *string     `json:"resourceShareArn,omitempty"`
	Tags             []types.Tag `json:"tags,omitempty"`
	ResourceArn      *string     `json:"resourceArn,omitempty"`
}

// TagResourceOutput is the (empty) output of [Client.TagResource].
type TagResourceOutput struct{}

// UntagResourceInput is the input of [Client.UntagResource].
type UntagResourceInput struct {
	ResourceShareArn *string  `json:"resourceShareArn,omitempty"`
	TagKeys          []string `json:"tagKeys,omitempty"`
	ResourceArn      *string  `json:"resourceArn,omitempty"`
}

// UntagResourceOutput is the (empty) output of [Client.UntagResource].
type UntagResourceOutput struct{}

// --- helpers ---

func ptr[T any](v T) *T { return &v }

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// fingerprint renders every input member but the client token canonically.
func fingerprint(v any) string { return share.Fingerprint(v) }

func idem(token *string, fp func() string) share.RAMIdempotency {
	if token == nil {
		return share.RAMIdempotency{}
	}
	return share.RAMIdempotency{Token: *token, Fingerprint: fp()}
}

func tagsOut(t share.Tags) []types.Tag {
	if len(t) == 0 {
		return nil
	}
	out := make([]types.Tag, 0, len(t))
	for _, k := range t.Keys() {
		out = append(out, types.Tag{Key: ptr(k), Value: ptr(t[k])})
	}
	return out
}

// shareFields holds the members a types.ResourceShare points to: a copy of
// the few its pointers need, smaller than a whole share.ResourceShare.
type shareFields struct {
	arn, name, owner, msg string
	created, updated      time.Time
	allowExternal         bool
}

// shareInto converts s into dst, with dst's pointers into f, which must be
// the caller's own; withFeatureSet is false for Create and Update, whose
// outputs omit featureSet. A listing page allocates its outputs and their
// fields in one slice each.
func shareInto(dst *types.ResourceShare, f *shareFields, s *share.ResourceShare, withFeatureSet bool) {
	*f = shareFields{arn: s.ARN, name: s.Name, owner: s.Owner, msg: s.StatusMessage,
		created: s.CreatedAt, updated: s.UpdatedAt, allowExternal: s.AllowExternalPrincipals}
	*dst = types.ResourceShare{
		ResourceShareArn: &f.arn, Name: &f.name, OwningAccountId: &f.owner, AllowExternalPrincipals: &f.allowExternal,
		Status: types.ResourceShareStatus(s.Status), Tags: tagsOut(s.Tags), CreationTime: &f.created, LastUpdatedTime: &f.updated,
	}
	if f.msg != "" {
		dst.StatusMessage = &f.msg
	}
	if withFeatureSet {
		dst.FeatureSet = types.ResourceShareFeatureSet(s.FeatureSet)
	}
	if s.RetainSharingOnAccountLeave != nil {
		dst.ResourceShareConfiguration = &types.ResourceShareConfiguration{RetainSharingOnAccountLeaveOrganization: s.RetainSharingOnAccountLeave}
	}
}

func shareOut(s share.ResourceShare, withFeatureSet bool) *types.ResourceShare {
	box := &struct {
		out types.ResourceShare
		f   shareFields
	}{}
	shareInto(&box.out, &box.f, &s, withFeatureSet)
	return &box.out
}

// assocInto converts *a into dst, pointing into *a, the caller's own copy;
// full adds the members that listings return and that Associate and
// Disassociate omit.
func assocInto(dst *types.ResourceShareAssociation, a *share.RAMAssociation, full bool) {
	*dst = types.ResourceShareAssociation{
		ResourceShareArn: &a.ShareARN, AssociatedEntity: &a.Entity,
		AssociationType: types.ResourceShareAssociationType(a.Type), Status: types.ResourceShareAssociationStatus(a.Status),
		External: &a.External,
	}
	if full {
		dst.ResourceShareName = &a.ShareName
		dst.CreationTime, dst.LastUpdatedTime = &a.CreatedAt, &a.UpdatedAt
		if a.StatusMessage != "" {
			dst.StatusMessage = &a.StatusMessage
		}
	}
}

func assocsOut(list []share.RAMAssociation, full bool) []types.ResourceShareAssociation {
	list = slices.Clone(list) // the caller's result may be remembered for replays
	out := make([]types.ResourceShareAssociation, len(list))
	for i := range list {
		assocInto(&out[i], &list[i], full)
	}
	return out
}

func invitationOut(i share.RAMInvitation) *types.ResourceShareInvitation {
	out := &types.ResourceShareInvitation{
		ResourceShareInvitationArn: ptr(i.ARN), ResourceShareName: ptr(i.ShareName), ResourceShareArn: ptr(i.ShareARN),
		SenderAccountId: ptr(i.Sender), ReceiverAccountId: ptr(i.Receiver), InvitationTimestamp: timePtr(i.SentAt),
		Status: types.ResourceShareInvitationStatus(share.RAMInvitationStatusString(i.Status)),
	}
	if i.ReceiverARN != "" {
		out.ReceiverArn = ptr(i.ReceiverARN)
	}
	return out
}

func tagsIn(tags []types.Tag) []share.RAMTag {
	out := make([]share.RAMTag, len(tags))
	for i, t := range tags {
		out[i] = share.RAMTag{Key: t.Key, Value: t.Value}
	}
	return out
}

// --- operations ---

// CreateResourceShare creates a resource share owned by the caller, with the
// given resources and principals. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_CreateResourceShare.html.
func (c *Client) CreateResourceShare(ctx context.Context, in *CreateResourceShareInput) (_ *CreateResourceShareOutput, err error) {
	const op = "CreateResourceShare"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &CreateResourceShareInput{}
	}
	if in.Name == nil {
		return nil, missing(op, "name")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	din := share.RAMCreateInput{
		Name: *in.Name, ResourceARNs: in.ResourceArns, Principals: in.Principals, PermissionARNs: in.PermissionArns,
		Sources: in.Sources, Tags: tagsIn(in.Tags), AllowExternalPrincipals: in.AllowExternalPrincipals,
		Idempotency: idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }),
	}
	if in.ResourceShareConfiguration != nil {
		din.RetainSharingOnAccountLeave = in.ResourceShareConfiguration.RetainSharingOnAccountLeaveOrganization
	}
	r, err := c.store.CreateResourceShare(c.caller, din)
	if err != nil {
		return nil, toException(op, err, "")
	}
	// One allocation for the output and everything it points to.
	box := &struct {
		out CreateResourceShareOutput
		rs  types.ResourceShare
		f   shareFields
		tok string
	}{tok: r.ClientToken}
	shareInto(&box.rs, &box.f, &r.Share, false)
	box.out = CreateResourceShareOutput{ResourceShare: &box.rs, ClientToken: &box.tok}
	return &box.out, nil
}

// UpdateResourceShare changes the name or allowExternalPrincipals of one of
// the caller's shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_UpdateResourceShare.html.
func (c *Client) UpdateResourceShare(ctx context.Context, in *UpdateResourceShareInput) (_ *UpdateResourceShareOutput, err error) {
	const op = "UpdateResourceShare"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &UpdateResourceShareInput{}
	}
	if str(in.ResourceShareArn) == "" {
		return nil, &types.MissingRequiredParameterException{Message: ptr("Missing required parameter: resourceShareArn.")}
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.UpdateResourceShare(c.caller, share.RAMUpdateInput{
		ARN: *in.ResourceShareArn, Name: in.Name, AllowExternalPrincipals: in.AllowExternalPrincipals,
		Idempotency: idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }),
	})
	if err != nil {
		return nil, toException(op, err, *in.ResourceShareArn)
	}
	return &UpdateResourceShareOutput{ResourceShare: shareOut(r.Share, false), ClientToken: ptr(r.ClientToken)}, nil
}

// DeleteResourceShare deletes one of the caller's shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_DeleteResourceShare.html.
func (c *Client) DeleteResourceShare(ctx context.Context, in *DeleteResourceShareInput) (_ *DeleteResourceShareOutput, err error) {
	const op = "DeleteResourceShare"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &DeleteResourceShareInput{}
	}
	if str(in.ResourceShareArn) == "" {
		return nil, missing(op, "resourceShareArn")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	tok, err := c.store.DeleteResourceShare(c.caller, *in.ResourceShareArn,
		idem(in.ClientToken, func() string { return *in.ResourceShareArn }))
	if err != nil {
		return nil, toException(op, err, *in.ResourceShareArn)
	}
	return &DeleteResourceShareOutput{ReturnValue: ptr(true), ClientToken: ptr(tok)}, nil
}

// GetResourceShares lists the caller's shares (SELF) or the shares others
// share with it (OTHER-ACCOUNTS). See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_GetResourceShares.html.
func (c *Client) GetResourceShares(ctx context.Context, in *GetResourceSharesInput) (_ *GetResourceSharesOutput, err error) {
	const op = "GetResourceShares"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &GetResourceSharesInput{}
	}
	other, err := checkOwner(op, in.ResourceOwner)
	if err != nil {
		return nil, err
	}
	if in.ResourceShareStatus != "" && !slices.Contains(types.ResourceShareStatus("").Values(), in.ResourceShareStatus) {
		return nil, invalid(string(in.ResourceShareStatus) + " is not a valid resource share status.")
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	if len(in.TagFilters) > 0 && other {
		return nil, invalid("You cannot use resourceOwner set to OTHER-ACCOUNTS and tagFilters in one request. Specify one parameter and try again.")
	}
	q := share.RAMShareQuery{OtherAccounts: other, ARNs: in.ResourceShareArns, Status: share.RAMShareStatus(in.ResourceShareStatus),
		Name: in.Name, Page: share.PageRequest{Token: str(in.NextToken), Limit: limit}}
	for _, f := range in.TagFilters {
		if str(f.TagKey) == "" {
			return nil, missing(op, "tagKey")
		}
		q.TagFilters = append(q.TagFilters, share.RAMTagFilter{Key: *f.TagKey, Values: f.TagValues})
	}
	if err := checkShareARNs(in.ResourceShareArns); err != nil {
		return nil, err
	}
	if in.PermissionArn != nil {
		if !share.ValidPermissionARN(*in.PermissionArn) {
			return nil, malformedPermission()
		}
		q.PermissionARN = *in.PermissionArn
	}
	if in.PermissionVersion != nil {
		if in.PermissionArn == nil {
			return nil, invalid("You must specify permissionArn with permissionVersion.")
		}
		v := int(*in.PermissionVersion)
		q.PermissionVersion = &v
	}
	out := &GetResourceSharesOutput{ResourceShares: []types.ResourceShare{}}
	var fields []shareFields
	next, err := c.store.GetResourceSharesFunc(c.caller, q, func(i, n int, v share.ResourceShare) {
		if i == 0 {
			out.ResourceShares, fields = make([]types.ResourceShare, n), make([]shareFields, n)
		}
		shareInto(&out.ResourceShares[i], &fields[i], &v, true)
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	out.NextToken = token(next)
	return out, nil
}

// AssociateResourceShare adds resources, principals or sources to one of the
// caller's shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_AssociateResourceShare.html.
func (c *Client) AssociateResourceShare(ctx context.Context, in *AssociateResourceShareInput) (_ *AssociateResourceShareOutput, err error) {
	const op = "AssociateResourceShare"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &AssociateResourceShareInput{}
	}
	if str(in.ResourceShareArn) == "" {
		return nil, missing(op, "resourceShareArn")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.AssociateResourceShare(c.caller, share.RAMAssociateInput{
		ARN: *in.ResourceShareArn, ResourceARNs: in.ResourceArns, Principals: in.Principals, Sources: in.Sources,
		Idempotency: idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }),
	})
	if err != nil {
		return nil, toException(op, err, *in.ResourceShareArn)
	}
	return &AssociateResourceShareOutput{ResourceShareAssociations: assocsOut(r.Associations, false), ClientToken: ptr(r.ClientToken)}, nil
}

// DisassociateResourceShare removes resources, principals or sources from one
// of the caller's shares, or, called by a recipient with its own account ID,
// leaves a share. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_DisassociateResourceShare.html.
func (c *Client) DisassociateResourceShare(ctx context.Context, in *DisassociateResourceShareInput) (_ *DisassociateResourceShareOutput, err error) {
	const op = "DisassociateResourceShare"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &DisassociateResourceShareInput{}
	}
	if str(in.ResourceShareArn) == "" {
		return nil, missing(op, "resourceShareArn")
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.DisassociateResourceShare(c.caller, share.RAMAssociateInput{
		ARN: *in.ResourceShareArn, ResourceARNs: in.ResourceArns, Principals: in.Principals, Sources: in.Sources,
		Idempotency: idem(in.ClientToken, func() string { cp := *in; cp.ClientToken = nil; return fingerprint(cp) }),
	})
	if err != nil {
		return nil, toException(op, err, *in.ResourceShareArn)
	}
	return &DisassociateResourceShareOutput{ResourceShareAssociations: assocsOut(r.Associations, false), ClientToken: ptr(r.ClientToken)}, nil
}

// GetResourceShareAssociations lists the principal or resource associations
// of the caller's shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_GetResourceShareAssociations.html.
func (c *Client) GetResourceShareAssociations(ctx context.Context, in *GetResourceShareAssociationsInput) (_ *GetResourceShareAssociationsOutput, err error) {
	const op = "GetResourceShareAssociations"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &GetResourceShareAssociationsInput{}
	}
	t := in.AssociationType
	if t != types.ResourceShareAssociationTypePrincipal && t != types.ResourceShareAssociationTypeResource {
		return nil, invalid(string(t) + " is not a valid association type. Specify either PRINCIPAL or RESOURCE and try again.")
	}
	if s := in.AssociationStatus; s != "" && !slices.Contains(types.ResourceShareAssociationStatus("").Values(), s) {
		return nil, invalid(string(s) + " is not a valid association status.")
	}
	if in.ResourceArn != nil && t == types.ResourceShareAssociationTypePrincipal {
		return nil, invalid("You cannot specify a resource ARN when the association type is PRINCIPAL.")
	}
	if in.Principal != nil && t == types.ResourceShareAssociationTypeResource {
		return nil, invalid("You cannot specify a principal when the association type is RESOURCE.")
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	if err := checkShareARNs(in.ResourceShareArns); err != nil {
		return nil, err
	}
	if in.ResourceArn != nil && !share.ValidResourceARN(*in.ResourceArn) {
		return nil, malformedResource(*in.ResourceArn)
	}
	if p := str(in.Principal); in.Principal != nil && !validPrincipalFilter(p) {
		return nil, malformedPrincipal(p)
	}
	list, next, err := c.store.GetResourceShareAssociations(c.caller, share.RAMAssociationQuery{
		Type: share.RAMAssociationType(t), ShareARNs: in.ResourceShareArns, ResourceARN: str(in.ResourceArn),
		Principal: str(in.Principal), Status: share.RAMAssociationStatus(in.AssociationStatus),
		Page: share.PageRequest{Token: str(in.NextToken), Limit: limit},
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &GetResourceShareAssociationsOutput{ResourceShareAssociations: make([]types.ResourceShareAssociation, len(list)), NextToken: token(next)}
	for i := range list {
		assocInto(&out.ResourceShareAssociations[i], &list[i], true) // list is this call's own copy
	}
	return out, nil
}

// GetResourceShareInvitations lists the invitations the caller received. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_GetResourceShareInvitations.html.
func (c *Client) GetResourceShareInvitations(ctx context.Context, in *GetResourceShareInvitationsInput) (_ *GetResourceShareInvitationsOutput, err error) {
	const op = "GetResourceShareInvitations"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &GetResourceShareInvitationsInput{}
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	for _, a := range in.ResourceShareInvitationArns {
		if !share.ValidInvitationARN(a) {
			return nil, malformedInvitation()
		}
	}
	if err := checkShareARNs(in.ResourceShareArns); err != nil {
		return nil, err
	}
	list, next, err := c.store.GetResourceShareInvitations(c.caller, share.RAMInvitationQuery{
		ARNs: in.ResourceShareInvitationArns, ShareARNs: in.ResourceShareArns,
		Page: share.PageRequest{Token: str(in.NextToken), Limit: limit},
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &GetResourceShareInvitationsOutput{ResourceShareInvitations: make([]types.ResourceShareInvitation, 0, len(list)), NextToken: token(next)}
	for _, i := range list {
		out.ResourceShareInvitations = append(out.ResourceShareInvitations, *invitationOut(i))
	}
	return out, nil
}

// AcceptResourceShareInvitation accepts an invitation addressed to the
// caller. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_AcceptResourceShareInvitation.html.
func (c *Client) AcceptResourceShareInvitation(ctx context.Context, in *AcceptResourceShareInvitationInput) (_ *AcceptResourceShareInvitationOutput, err error) {
	const op = "AcceptResourceShareInvitation"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &AcceptResourceShareInvitationInput{}
	}
	if str(in.ResourceShareInvitationArn) == "" {
		return nil, malformedInvitation()
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.AcceptResourceShareInvitation(c.caller, *in.ResourceShareInvitationArn,
		idem(in.ClientToken, func() string { return *in.ResourceShareInvitationArn }))
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &AcceptResourceShareInvitationOutput{ResourceShareInvitation: invitationOut(r.Invitation), ClientToken: ptr(r.ClientToken)}, nil
}

// RejectResourceShareInvitation rejects an invitation addressed to the
// caller. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_RejectResourceShareInvitation.html.
func (c *Client) RejectResourceShareInvitation(ctx context.Context, in *RejectResourceShareInvitationInput) (_ *RejectResourceShareInvitationOutput, err error) {
	const op = "RejectResourceShareInvitation"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &RejectResourceShareInvitationInput{}
	}
	if str(in.ResourceShareInvitationArn) == "" {
		return nil, malformedInvitation()
	}
	if err := checkToken(op, in.ClientToken); err != nil {
		return nil, err
	}
	r, err := c.store.RejectResourceShareInvitation(c.caller, *in.ResourceShareInvitationArn,
		idem(in.ClientToken, func() string { return *in.ResourceShareInvitationArn }))
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &RejectResourceShareInvitationOutput{ResourceShareInvitation: invitationOut(r.Invitation), ClientToken: ptr(r.ClientToken)}, nil
}

// EnableSharingWithAwsOrganization enables sharing with the caller's
// organization; the caller must be its management account. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_EnableSharingWithAwsOrganization.html.
func (c *Client) EnableSharingWithAwsOrganization(ctx context.Context, in *EnableSharingWithAwsOrganizationInput) (_ *EnableSharingWithAwsOrganizationOutput, err error) {
	const op = "EnableSharingWithAwsOrganization"
	defer func() { err = onlyModeled(op, err) }()
	if err := c.store.EnableSharingWithAwsOrganization(c.caller); err != nil {
		return nil, toException(op, err, "")
	}
	return &EnableSharingWithAwsOrganizationOutput{ReturnValue: ptr(true)}, nil
}

// ListPrincipals lists the principals the caller shares with (SELF) or the
// accounts that share with it (OTHER-ACCOUNTS). See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListPrincipals.html.
func (c *Client) ListPrincipals(ctx context.Context, in *ListPrincipalsInput) (_ *ListPrincipalsOutput, err error) {
	const op = "ListPrincipals"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListPrincipalsInput{}
	}
	other, err := checkOwner(op, in.ResourceOwner)
	if err != nil {
		return nil, err
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	if in.ResourceArn != nil && !share.ValidResourceARN(*in.ResourceArn) {
		return nil, malformedResource(*in.ResourceArn)
	}
	for _, p := range in.Principals {
		if _, ok := share.ParsePrincipal(p); !ok {
			return nil, malformedPrincipal(p)
		}
	}
	var typ string
	if in.ResourceType != nil {
		t, ok := c.store.RAMResourceTypeNamed(*in.ResourceType)
		if !ok {
			return nil, invalid("Invalid resource type: " + *in.ResourceType)
		}
		typ = t.Type
	}
	if err := checkShareARNs(in.ResourceShareArns); err != nil {
		return nil, err
	}
	list, next, err := c.store.ListPrincipals(c.caller, share.RAMPrincipalQuery{
		OtherAccounts: other, ResourceARN: str(in.ResourceArn), Principals: in.Principals, ResourceType: typ,
		ShareARNs: in.ResourceShareArns, Page: share.PageRequest{Token: str(in.NextToken), Limit: limit},
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &ListPrincipalsOutput{Principals: make([]types.Principal, len(list)), NextToken: token(next)}
	for i := range list {
		p := &list[i] // list is this call's own copy

		out.Principals[i] = types.Principal{Id: &p.ID, ResourceShareArn: &p.ShareARN,
			CreationTime: &p.CreatedAt, LastUpdatedTime: &p.UpdatedAt, External: &p.External}
	}
	return out, nil
}

// ListResources lists the resources the caller shares (SELF) or that are
// shared with it (OTHER-ACCOUNTS). See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_ListResources.html.
func (c *Client) ListResources(ctx context.Context, in *ListResourcesInput) (_ *ListResourcesOutput, err error) {
	const op = "ListResources"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &ListResourcesInput{}
	}
	other, err := checkOwner(op, in.ResourceOwner)
	if err != nil {
		return nil, err
	}
	if s := in.ResourceRegionScope; s != "" && !slices.Contains(types.ResourceRegionScopeFilter("").Values(), s) {
		return nil, invalid(string(s) + " is not a valid resource region scope value. Specify a valid value and try again.")
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	var typ string
	if in.ResourceType != nil {
		t, ok := c.store.RAMResourceTypeNamed(*in.ResourceType)
		if !ok {
			return nil, &types.InvalidResourceTypeException{Message: ptr("The specified resource type " + *in.ResourceType + " is not valid.")}
		}
		typ = t.Type
	}
	for _, a := range in.ResourceArns {
		if !share.ValidResourceARN(a) {
			return nil, malformedResource(a)
		}
	}
	if err := checkShareARNs(in.ResourceShareArns); err != nil {
		return nil, err
	}
	if p := str(in.Principal); in.Principal != nil {
		if _, ok := share.ParsePrincipal(p); !ok {
			return nil, malformedPrincipal(p)
		}
	}
	list, next, err := c.store.ListResources(c.caller, share.RAMResourceQuery{
		OtherAccounts: other, Principal: str(in.Principal), ResourceType: typ, ResourceARNs: in.ResourceArns,
		ShareARNs: in.ResourceShareArns, RegionScope: string(in.ResourceRegionScope),
		Page: share.PageRequest{Token: str(in.NextToken), Limit: limit},
	})
	if err != nil {
		return nil, toException(op, err, "")
	}
	out := &ListResourcesOutput{Resources: make([]types.Resource, len(list)), NextToken: token(next)}
	for i := range list {
		r := &list[i] // list is this call's own copy

		scope := types.ResourceRegionScopeRegional
		if r.Global {
			scope = types.ResourceRegionScopeGlobal
		}
		out.Resources[i] = types.Resource{Arn: &r.ARN, Type: &r.Type, ResourceShareArn: &r.ShareARN,
			Status: types.ResourceStatusAvailable, CreationTime: &r.CreatedAt, LastUpdatedTime: &r.UpdatedAt,
			ResourceRegionScope: scope}
	}
	return out, nil
}

// GetResourcePolicies returns the resource policies RAM keeps for resources
// the caller shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_GetResourcePolicies.html.
func (c *Client) GetResourcePolicies(ctx context.Context, in *GetResourcePoliciesInput) (_ *GetResourcePoliciesOutput, err error) {
	const op = "GetResourcePolicies"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &GetResourcePoliciesInput{}
	}
	if len(in.ResourceArns) == 0 {
		return nil, missing(op, "resourceArns")
	}
	for _, a := range in.ResourceArns {
		if !share.ValidResourceARN(a) {
			return nil, malformedResource(a)
		}
	}
	if p := str(in.Principal); in.Principal != nil {
		if _, ok := share.ParsePrincipal(p); !ok {
			return nil, malformedPrincipal(p)
		}
	}
	limit, err := checkMax(op, in.MaxResults)
	if err != nil {
		return nil, err
	}
	list, next, err := c.store.GetResourcePolicies(c.caller, in.ResourceArns, str(in.Principal),
		share.PageRequest{Token: str(in.NextToken), Limit: limit})
	if err != nil {
		return nil, toException(op, err, "")
	}
	return &GetResourcePoliciesOutput{Policies: list, NextToken: token(next)}, nil
}

// TagResource adds tags to one of the caller's shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_TagResource.html.
func (c *Client) TagResource(ctx context.Context, in *TagResourceInput) (_ *TagResourceOutput, err error) {
	const op = "TagResource"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &TagResourceInput{}
	}
	arn, err := tagTarget(op, in.ResourceShareArn, in.ResourceArn)
	if err != nil {
		return nil, err
	}
	if len(in.Tags) == 0 {
		return nil, missing(op, "tags")
	}
	if in.ResourceArn != nil {
		if !share.ValidPermissionARN(arn) {
			return nil, malformedPermission()
		}
		if err := c.store.TagRAMPermission(c.caller, arn, tagsIn(in.Tags)); err != nil {
			return nil, toException(op, err, "")
		}
		return &TagResourceOutput{}, nil
	}
	if err := c.store.TagResourceShare(c.caller, arn, tagsIn(in.Tags)); err != nil {
		return nil, toException(op, err, arn)
	}
	return &TagResourceOutput{}, nil
}

// UntagResource removes tags from one of the caller's shares. See
// https://docs.aws.amazon.com/ram/latest/APIReference/API_UntagResource.html.
func (c *Client) UntagResource(ctx context.Context, in *UntagResourceInput) (_ *UntagResourceOutput, err error) {
	const op = "UntagResource"
	defer func() { err = onlyModeled(op, err) }()
	if in == nil {
		in = &UntagResourceInput{}
	}
	arn, err := tagTarget(op, in.ResourceShareArn, in.ResourceArn)
	if err != nil {
		return nil, err
	}
	if len(in.TagKeys) == 0 {
		return nil, missing(op, "tagKeys")
	}
	if in.ResourceArn != nil {
		if !share.ValidPermissionARN(arn) {
			return nil, malformedPermission()
		}
		if err := c.store.UntagRAMPermission(c.caller, arn, in.TagKeys); err != nil {
			return nil, toException(op, err, "")
		}
		return &UntagResourceOutput{}, nil
	}
	if err := c.store.UntagResourceShare(c.caller, arn, in.TagKeys); err != nil {
		return nil, toException(op, err, arn)
	}
	return &UntagResourceOutput{}, nil
}

func tagTarget(op string, shareARN, permARN *string) (string, error) {
	if (shareARN == nil) == (permARN == nil) {
		return "", invalid("Specify either resourceShareArn or resourceArn, but not both.")
	}
	if shareARN != nil {
		return *shareARN, nil
	}
	return *permARN, nil
}

func token(next string) *string {
	if next == "" {
		return nil
	}
	return &next
}
