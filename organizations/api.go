package organizations

import (
	"context"
	"time"

	"github.com/sharesim/sharesim/organizations/types"
	"github.com/sharesim/sharesim/share"
)

func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func ts(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func policyTypes(fs share.FeatureSet) []types.PolicyTypeSummary {
	if fs == share.FeatureSetAll {
		return []types.PolicyTypeSummary{{Type: types.PolicyTypeServiceControlPolicy, Status: types.PolicyTypeStatusEnabled}}
	}
	return []types.PolicyTypeSummary{}
}

func orgOut(o share.Organization) *types.Organization {
	return &types.Organization{
		Id: str(o.ID), Arn: str(o.ARN), FeatureSet: types.OrganizationFeatureSet(o.FeatureSet),
		MasterAccountArn: str(o.ManagementAccountARN), MasterAccountId: str(o.ManagementAccount),
		MasterAccountEmail: str(o.ManagementEmail), AvailablePolicyTypes: policyTypes(o.FeatureSet),
	}
}

func accountOut(m share.Member) types.Account {
	return types.Account{
		Id: str(m.Account), Arn: str(m.ARN), Email: str(m.Email), Name: str(m.Name),
		Status: types.AccountStatusActive, State: types.AccountStateActive, Paths: []string{m.Path},
		JoinedMethod: types.AccountJoinedMethod(m.JoinedMethod), JoinedTimestamp: ts(m.JoinedAt),
	}
}

func accountsOut(ms []share.Member) []types.Account {
	out := make([]types.Account, 0, len(ms))
	for _, m := range ms {
		out = append(out, accountOut(m))
	}
	return out
}

func ouOut(ou share.OrganizationalUnit) types.OrganizationalUnit {
	return types.OrganizationalUnit{Id: str(ou.ID), Arn: str(ou.ARN), Name: str(ou.Name), Path: str(ou.Path)}
}

func carOut(c share.CreateAccountStatus) *types.CreateAccountStatus {
	return &types.CreateAccountStatus{
		Id: str(c.ID), AccountName: str(c.AccountName), State: types.CreateAccountState(c.State),
		RequestedTimestamp: ts(c.RequestedAt), CompletedTimestamp: ts(c.CompletedAt),
		AccountId: str(c.AccountID), FailureReason: types.CreateAccountFailureReason(c.FailureReason),
	}
}

func handshakeOut(h share.Handshake) *types.Handshake {
	return &types.Handshake{
		Id: str(h.ID), Arn: str(h.ARN), State: types.HandshakeState(h.State), Action: types.ActionTypeInvite,
		RequestedTimestamp: ts(h.RequestedAt), ExpirationTimestamp: ts(h.ExpiresAt),
		Parties: []types.HandshakeParty{
			{Id: str(h.Org.ID), Type: types.HandshakePartyTypeOrganization}, // o-…, as in ORG-EX
			{Id: str(h.Account), Type: types.HandshakePartyTypeAccount},
		},
		Resources: []types.HandshakeResource{{
			Value: str(h.Org.ID), Type: types.HandshakeResourceTypeOrganization,
			Resources: []types.HandshakeResource{
				{Value: str(h.Org.ManagementEmail), Type: types.HandshakeResourceTypeMasterEmail},
				{Value: str(h.ManagementName), Type: types.HandshakeResourceTypeMasterName},
				{Value: str(string(h.Org.FeatureSet)), Type: types.HandshakeResourceTypeOrganizationFeatureSet},
			},
		}, {Value: str(h.Account), Type: types.HandshakeResourceTypeAccount}},
	}
}

func handshakesOut(hs []share.Handshake) []types.Handshake {
	out := make([]types.Handshake, 0, len(hs))
	for _, h := range hs {
		out = append(out, *handshakeOut(h))
	}
	return out
}

func page(token *string, limit int) share.PageRequest {
	r := share.PageRequest{Limit: limit}
	if token != nil {
		r.Token = *token
	}
	return r
}

// CreateOrganizationInput is the input of [Client.CreateOrganization].
type CreateOrganizationInput struct {
	FeatureSet types.OrganizationFeatureSet `json:"FeatureSet,omitempty"`
}

// CreateOrganizationOutput is the output of [Client.CreateOrganization].
type CreateOrganizationOutput struct {
	Organization *types.Organization `json:"Organization,omitempty"`
}

// CreateOrganization makes the caller the management account of a new
// organization, ALL features unless FeatureSet says otherwise.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html
func (c *Client) CreateOrganization(ctx context.Context, in *CreateOrganizationInput) (*CreateOrganizationOutput, error) {
	if in == nil {
		in = &CreateOrganizationInput{}
	}
	switch in.FeatureSet {
	case "", types.OrganizationFeatureSetAll, types.OrganizationFeatureSetConsolidatedBilling:
	default:
		return nil, invalidInput(types.InvalidInputExceptionReasonInvalidEnum)
	}
	o, err := c.store.CreateOrganization(c.account, share.FeatureSet(in.FeatureSet))
	if err != nil {
		return nil, apiError(err)
	}
	return &CreateOrganizationOutput{Organization: orgOut(o)}, nil
}

// DescribeOrganizationInput is the input of [Client.DescribeOrganization].
type DescribeOrganizationInput struct{}

// DescribeOrganizationOutput is the output of [Client.DescribeOrganization].
type DescribeOrganizationOutput struct {
	Organization *types.Organization `json:"Organization,omitempty"`
}

// DescribeOrganization returns the caller's organization; any member may call it.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganization.html
func (c *Client) DescribeOrganization(ctx context.Context, in *DescribeOrganizationInput) (*DescribeOrganizationOutput, error) {
	o, err := c.store.DescribeOrganization(c.account)
	if err != nil {
		return nil, apiError(err)
	}
	return &DescribeOrganizationOutput{Organization: orgOut(o)}, nil
}

// DeleteOrganizationInput is the input of [Client.DeleteOrganization].
type DeleteOrganizationInput struct{}

// DeleteOrganizationOutput is the output of [Client.DeleteOrganization].
type DeleteOrganizationOutput struct{}

// DeleteOrganization deletes the caller's organization, which must have no
// member but the management account.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeleteOrganization.html
func (c *Client) DeleteOrganization(ctx context.Context, in *DeleteOrganizationInput) (*DeleteOrganizationOutput, error) {
	if err := c.store.DeleteOrganization(c.account); err != nil {
		return nil, apiError(err)
	}
	return &DeleteOrganizationOutput{}, nil
}

// CreateAccountInput is the input of [Client.CreateAccount].
type CreateAccountInput struct {
	Email                  *string                      `json:"Email,omitempty"`
	AccountName            *string                      `json:"AccountName,omitempty"`
	RoleName               *string                      `json:"RoleName,omitempty"`
	IamUserAccessToBilling types.IAMUserAccessToBilling `json:"IamUserAccessToBilling,omitempty"`
	Tags                   []types.Tag                  `json:"Tags,omitempty"`
}

// CreateAccountOutput is the output of [Client.CreateAccount].
type CreateAccountOutput struct {
	CreateAccountStatus *types.CreateAccountStatus `json:"CreateAccountStatus,omitempty"`
}

// CreateAccount starts creating a member account. The request is
// IN_PROGRESS until the world's propagation delay has passed; then
// DescribeCreateAccountStatus reports SUCCEEDED with the new account ID, or
// FAILED with EMAIL_ALREADY_EXISTS.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html
func (c *Client) CreateAccount(ctx context.Context, in *CreateAccountInput) (*CreateAccountOutput, error) {
	if in == nil {
		in = &CreateAccountInput{}
	}
	var v checker
	v.required(in.Email)
	v.required(in.AccountName)
	v.str(in.Email, 6, 64, emailRE, types.InvalidInputExceptionReasonInvalidEmailAddressTarget)
	v.str(in.AccountName, 1, 50, accountNameRE, types.InvalidInputExceptionReasonInvalidPattern)
	v.str(in.RoleName, 0, 64, roleNameRE, types.InvalidInputExceptionReasonInvalidPattern)
	v.tags(in.Tags)
	switch in.IamUserAccessToBilling {
	case "", types.IAMUserAccessToBillingAllow, types.IAMUserAccessToBillingDeny:
	default:
		v.fail(types.InvalidInputExceptionReasonInvalidEnum)
	}
	if v.err != nil {
		return nil, v.err
	}
	car, err := c.store.CreateAccount(c.account, share.CreateAccountInput{Email: *in.Email, Name: *in.AccountName})
	if err != nil {
		return nil, apiError(err)
	}
	return &CreateAccountOutput{CreateAccountStatus: carOut(car)}, nil
}

// DescribeCreateAccountStatusInput is the input of [Client.DescribeCreateAccountStatus].
type DescribeCreateAccountStatusInput struct {
	CreateAccountRequestId *string `json:"CreateAccountRequestId,omitempty"`
}

// DescribeCreateAccountStatusOutput is the output of [Client.DescribeCreateAccountStatus].
type DescribeCreateAccountStatusOutput struct {
	CreateAccountStatus *types.CreateAccountStatus `json:"CreateAccountStatus,omitempty"`
}

// DescribeCreateAccountStatus reports the progress of a CreateAccount request.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeCreateAccountStatus.html
func (c *Client) DescribeCreateAccountStatus(ctx context.Context, in *DescribeCreateAccountStatusInput) (*DescribeCreateAccountStatusOutput, error) {
	if in == nil {
		in = &DescribeCreateAccountStatusInput{}
	}
	var v checker
	if v.required(in.CreateAccountRequestId) {
		v.pattern(in.CreateAccountRequestId, carIDRE)
	}
	if v.err != nil {
		return nil, v.err
	}
	car, err := c.store.DescribeCreateAccountStatus(c.account, *in.CreateAccountRequestId)
	if err != nil {
		return nil, apiError(err)
	}
	return &DescribeCreateAccountStatusOutput{CreateAccountStatus: carOut(car)}, nil
}

// ListAccountsInput is the input of [Client.ListAccounts].
type ListAccountsInput struct {
	NextToken  *string `json:"NextToken,omitempty"`
	MaxResults *int32  `json:"MaxResults,omitempty"`
}

// ListAccountsOutput is the output of [Client.ListAccounts].
type ListAccountsOutput struct {
	Accounts  []types.Account `json:"Accounts"`
	NextToken *string         `json:"NextToken,omitempty"`
}

// ListAccounts lists every member, management account included, in the
// order they joined.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html
func (c *Client) ListAccounts(ctx context.Context, in *ListAccountsInput) (*ListAccountsOutput, error) {
	if in == nil {
		in = &ListAccountsInput{}
	}
	var v checker
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	ms, next, err := c.store.ListAccounts(c.account, page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	return &ListAccountsOutput{Accounts: accountsOut(ms), NextToken: str(next)}, nil
}

// DescribeAccountInput is the input of [Client.DescribeAccount].
type DescribeAccountInput struct {
	AccountId *string `json:"AccountId,omitempty"`
}

// DescribeAccountOutput is the output of [Client.DescribeAccount].
type DescribeAccountOutput struct {
	Account *types.Account `json:"Account,omitempty"`
}

// DescribeAccount returns a member of the caller's organization.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html
func (c *Client) DescribeAccount(ctx context.Context, in *DescribeAccountInput) (*DescribeAccountOutput, error) {
	if in == nil {
		in = &DescribeAccountInput{}
	}
	var v checker
	if v.required(in.AccountId) {
		v.pattern(in.AccountId, accountIDRE)
	}
	if v.err != nil {
		return nil, v.err
	}
	m, err := c.store.DescribeAccount(c.account, *in.AccountId)
	if err != nil {
		return nil, apiError(err)
	}
	a := accountOut(m)
	return &DescribeAccountOutput{Account: &a}, nil
}

// ListRootsInput is the input of [Client.ListRoots].
type ListRootsInput struct {
	NextToken  *string `json:"NextToken,omitempty"`
	MaxResults *int32  `json:"MaxResults,omitempty"`
}

// ListRootsOutput is the output of [Client.ListRoots].
type ListRootsOutput struct {
	Roots     []types.Root `json:"Roots"`
	NextToken *string      `json:"NextToken,omitempty"`
}

// ListRoots returns the organization's one root.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListRoots.html
func (c *Client) ListRoots(ctx context.Context, in *ListRootsInput) (*ListRootsOutput, error) {
	if in == nil {
		in = &ListRootsInput{}
	}
	var v checker
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	roots, next, err := c.store.ListRoots(c.account, page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListRootsOutput{Roots: make([]types.Root, 0, len(roots)), NextToken: str(next)}
	for _, r := range roots {
		out.Roots = append(out.Roots, types.Root{Id: str(r.ID), Arn: str(r.ARN), Name: str(r.Name), PolicyTypes: policyTypes(r.FeatureSet)})
	}
	return out, nil
}

// CreateOrganizationalUnitInput is the input of [Client.CreateOrganizationalUnit].
type CreateOrganizationalUnitInput struct {
	ParentId *string     `json:"ParentId,omitempty"`
	Name     *string     `json:"Name,omitempty"`
	Tags     []types.Tag `json:"Tags,omitempty"`
}

// CreateOrganizationalUnitOutput is the output of [Client.CreateOrganizationalUnit].
type CreateOrganizationalUnitOutput struct {
	OrganizationalUnit *types.OrganizationalUnit `json:"OrganizationalUnit,omitempty"`
}

// CreateOrganizationalUnit creates an OU under a root or another OU, up to
// five levels deep.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganizationalUnit.html
func (c *Client) CreateOrganizationalUnit(ctx context.Context, in *CreateOrganizationalUnitInput) (*CreateOrganizationalUnitOutput, error) {
	if in == nil {
		in = &CreateOrganizationalUnitInput{}
	}
	var v checker
	v.required(in.ParentId)
	v.required(in.Name)
	v.parentID(in.ParentId)
	v.str(in.Name, 1, 128, nil, "")
	v.tags(in.Tags)
	if v.err != nil {
		return nil, v.err
	}
	ou, err := c.store.CreateOrganizationalUnit(c.account, *in.ParentId, *in.Name)
	if err != nil {
		return nil, apiError(err)
	}
	o := ouOut(ou)
	return &CreateOrganizationalUnitOutput{OrganizationalUnit: &o}, nil
}

// ListOrganizationalUnitsForParentInput is the input of [Client.ListOrganizationalUnitsForParent].
type ListOrganizationalUnitsForParentInput struct {
	ParentId   *string `json:"ParentId,omitempty"`
	NextToken  *string `json:"NextToken,omitempty"`
	MaxResults *int32  `json:"MaxResults,omitempty"`
}

// ListOrganizationalUnitsForParentOutput is the output of [Client.ListOrganizationalUnitsForParent].
type ListOrganizationalUnitsForParentOutput struct {
	OrganizationalUnits []types.OrganizationalUnit `json:"OrganizationalUnits"`
	NextToken           *string                    `json:"NextToken,omitempty"`
}

// ListOrganizationalUnitsForParent lists the OUs directly under a parent.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListOrganizationalUnitsForParent.html
func (c *Client) ListOrganizationalUnitsForParent(ctx context.Context, in *ListOrganizationalUnitsForParentInput) (*ListOrganizationalUnitsForParentOutput, error) {
	if in == nil {
		in = &ListOrganizationalUnitsForParentInput{}
	}
	var v checker
	v.required(in.ParentId)
	v.parentID(in.ParentId)
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	ous, next, err := c.store.ListOrganizationalUnitsForParent(c.account, *in.ParentId, page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListOrganizationalUnitsForParentOutput{OrganizationalUnits: make([]types.OrganizationalUnit, 0, len(ous)), NextToken: str(next)}
	for _, ou := range ous {
		out.OrganizationalUnits = append(out.OrganizationalUnits, ouOut(ou))
	}
	return out, nil
}

// DescribeOrganizationalUnitInput is the input of [Client.DescribeOrganizationalUnit].
type DescribeOrganizationalUnitInput struct {
	OrganizationalUnitId *string `json:"OrganizationalUnitId,omitempty"`
}

// DescribeOrganizationalUnitOutput is the output of [Client.DescribeOrganizationalUnit].
type DescribeOrganizationalUnitOutput struct {
	OrganizationalUnit *types.OrganizationalUnit `json:"OrganizationalUnit,omitempty"`
}

// DescribeOrganizationalUnit returns an OU.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganizationalUnit.html
func (c *Client) DescribeOrganizationalUnit(ctx context.Context, in *DescribeOrganizationalUnitInput) (*DescribeOrganizationalUnitOutput, error) {
	if in == nil {
		in = &DescribeOrganizationalUnitInput{}
	}
	var v checker
	if v.required(in.OrganizationalUnitId) {
		v.pattern(in.OrganizationalUnitId, ouIDRE)
	}
	if v.err != nil {
		return nil, v.err
	}
	ou, err := c.store.DescribeOrganizationalUnit(c.account, *in.OrganizationalUnitId)
	if err != nil {
		return nil, apiError(err)
	}
	o := ouOut(ou)
	return &DescribeOrganizationalUnitOutput{OrganizationalUnit: &o}, nil
}

// MoveAccountInput is the input of [Client.MoveAccount].
type MoveAccountInput struct {
	AccountId           *string `json:"AccountId,omitempty"`
	SourceParentId      *string `json:"SourceParentId,omitempty"`
	DestinationParentId *string `json:"DestinationParentId,omitempty"`
}

// MoveAccountOutput is the output of [Client.MoveAccount].
type MoveAccountOutput struct{}

// MoveAccount moves a member between parents. Access through OU principals
// follows at once.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_MoveAccount.html
func (c *Client) MoveAccount(ctx context.Context, in *MoveAccountInput) (*MoveAccountOutput, error) {
	if in == nil {
		in = &MoveAccountInput{}
	}
	var v checker
	v.required(in.AccountId)
	v.required(in.SourceParentId)
	v.required(in.DestinationParentId)
	v.pattern(in.AccountId, accountIDRE)
	v.parentID(in.SourceParentId)
	v.parentID(in.DestinationParentId)
	if v.err != nil {
		return nil, v.err
	}
	if err := c.store.MoveAccount(c.account, *in.AccountId, *in.SourceParentId, *in.DestinationParentId); err != nil {
		return nil, apiError(err)
	}
	return &MoveAccountOutput{}, nil
}

// ListParentsInput is the input of [Client.ListParents].
type ListParentsInput struct {
	ChildId    *string `json:"ChildId,omitempty"`
	NextToken  *string `json:"NextToken,omitempty"`
	MaxResults *int32  `json:"MaxResults,omitempty"`
}

// ListParentsOutput is the output of [Client.ListParents].
type ListParentsOutput struct {
	Parents   []types.Parent `json:"Parents"`
	NextToken *string        `json:"NextToken,omitempty"`
}

// ListParents returns the one parent of an account or OU.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListParents.html
func (c *Client) ListParents(ctx context.Context, in *ListParentsInput) (*ListParentsOutput, error) {
	if in == nil {
		in = &ListParentsInput{}
	}
	var v checker
	v.required(in.ChildId)
	v.childID(in.ChildId)
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	ps, next, err := c.store.ListParents(c.account, *in.ChildId, page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListParentsOutput{Parents: make([]types.Parent, 0, len(ps)), NextToken: str(next)}
	for _, p := range ps {
		out.Parents = append(out.Parents, types.Parent{Id: str(p.ID), Type: types.ParentType(p.Type)})
	}
	return out, nil
}

// ListChildrenInput is the input of [Client.ListChildren].
type ListChildrenInput struct {
	ParentId   *string         `json:"ParentId,omitempty"`
	ChildType  types.ChildType `json:"ChildType,omitempty"`
	NextToken  *string         `json:"NextToken,omitempty"`
	MaxResults *int32          `json:"MaxResults,omitempty"`
}

// ListChildrenOutput is the output of [Client.ListChildren].
type ListChildrenOutput struct {
	Children  []types.Child `json:"Children"`
	NextToken *string       `json:"NextToken,omitempty"`
}

// ListChildren lists the accounts or OUs directly under a parent.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListChildren.html
func (c *Client) ListChildren(ctx context.Context, in *ListChildrenInput) (*ListChildrenOutput, error) {
	if in == nil {
		in = &ListChildrenInput{}
	}
	var v checker
	v.required(in.ParentId)
	if in.ChildType == "" {
		v.required(nil)
	}
	v.parentID(in.ParentId)
	switch in.ChildType {
	case "", types.ChildTypeAccount, types.ChildTypeOrganizationalUnit:
	default:
		v.fail(types.InvalidInputExceptionReasonInvalidEnum)
	}
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	kids, next, err := c.store.ListChildren(c.account, *in.ParentId, share.ParentType(in.ChildType), page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListChildrenOutput{Children: make([]types.Child, 0, len(kids)), NextToken: str(next)}
	for _, k := range kids {
		out.Children = append(out.Children, types.Child{Id: str(k.ID), Type: types.ChildType(k.Type)})
	}
	return out, nil
}

// ListAccountsForParentInput is the input of [Client.ListAccountsForParent].
type ListAccountsForParentInput struct {
	ParentId   *string `json:"ParentId,omitempty"`
	NextToken  *string `json:"NextToken,omitempty"`
	MaxResults *int32  `json:"MaxResults,omitempty"`
}

// ListAccountsForParentOutput is the output of [Client.ListAccountsForParent].
type ListAccountsForParentOutput struct {
	Accounts  []types.Account `json:"Accounts"`
	NextToken *string         `json:"NextToken,omitempty"`
}

// ListAccountsForParent lists the accounts directly under a parent.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccountsForParent.html
func (c *Client) ListAccountsForParent(ctx context.Context, in *ListAccountsForParentInput) (*ListAccountsForParentOutput, error) {
	if in == nil {
		in = &ListAccountsForParentInput{}
	}
	var v checker
	v.required(in.ParentId)
	v.parentID(in.ParentId)
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	ms, next, err := c.store.ListAccountsForParent(c.account, *in.ParentId, page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	return &ListAccountsForParentOutput{Accounts: accountsOut(ms), NextToken: str(next)}, nil
}

// EnableAWSServiceAccessInput is the input of [Client.EnableAWSServiceAccess].
type EnableAWSServiceAccessInput struct {
	ServicePrincipal *string `json:"ServicePrincipal,omitempty"`
}

// EnableAWSServiceAccessOutput is the output of [Client.EnableAWSServiceAccess].
type EnableAWSServiceAccessOutput struct{}

// EnableAWSServiceAccess gives a service principal trusted access.
// Enabling ram.amazonaws.com or wellarchitected.amazonaws.com turns on that
// service's organization sharing.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_EnableAWSServiceAccess.html
func (c *Client) EnableAWSServiceAccess(ctx context.Context, in *EnableAWSServiceAccessInput) (*EnableAWSServiceAccessOutput, error) {
	p, err := servicePrincipal(in)
	if err != nil {
		return nil, err
	}
	if err := c.store.EnableServiceAccess(c.account, p); err != nil {
		return nil, apiError(err)
	}
	return &EnableAWSServiceAccessOutput{}, nil
}

func servicePrincipal(in *EnableAWSServiceAccessInput) (string, error) {
	if in == nil {
		in = &EnableAWSServiceAccessInput{}
	}
	var v checker
	v.required(in.ServicePrincipal)
	// The model's pattern, [\w+=,.@-]*, is not anchored (wire.md §4) and so
	// matches every string: only the length is checked here. The domain
	// recognizes service principals (UNRECOGNIZED_SERVICE_PRINCIPAL,
	// organizations.md §5).
	v.str(in.ServicePrincipal, 1, 128, nil, "")
	if v.err != nil {
		return "", v.err
	}
	return *in.ServicePrincipal, nil
}

// DisableAWSServiceAccessInput is the input of [Client.DisableAWSServiceAccess].
type DisableAWSServiceAccessInput struct {
	ServicePrincipal *string `json:"ServicePrincipal,omitempty"`
}

// DisableAWSServiceAccessOutput is the output of [Client.DisableAWSServiceAccess].
type DisableAWSServiceAccessOutput struct{}

// DisableAWSServiceAccess takes a service principal's trusted access away;
// RAM and Well-Architected organization shares stop working.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DisableAWSServiceAccess.html
func (c *Client) DisableAWSServiceAccess(ctx context.Context, in *DisableAWSServiceAccessInput) (*DisableAWSServiceAccessOutput, error) {
	var p string
	var err error
	if in != nil {
		p, err = servicePrincipal(&EnableAWSServiceAccessInput{ServicePrincipal: in.ServicePrincipal})
	} else {
		p, err = servicePrincipal(nil)
	}
	if err != nil {
		return nil, err
	}
	if err := c.store.DisableServiceAccess(c.account, p); err != nil {
		return nil, apiError(err)
	}
	return &DisableAWSServiceAccessOutput{}, nil
}

// ListAWSServiceAccessForOrganizationInput is the input of [Client.ListAWSServiceAccessForOrganization].
type ListAWSServiceAccessForOrganizationInput struct {
	NextToken  *string `json:"NextToken,omitempty"`
	MaxResults *int32  `json:"MaxResults,omitempty"`
}

// ListAWSServiceAccessForOrganizationOutput is the output of [Client.ListAWSServiceAccessForOrganization].
type ListAWSServiceAccessForOrganizationOutput struct {
	EnabledServicePrincipals []types.EnabledServicePrincipal `json:"EnabledServicePrincipals"`
	NextToken                *string                         `json:"NextToken,omitempty"`
}

// ListAWSServiceAccessForOrganization lists the principals with trusted
// access, in the order they were enabled.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAWSServiceAccessForOrganization.html
func (c *Client) ListAWSServiceAccessForOrganization(ctx context.Context, in *ListAWSServiceAccessForOrganizationInput) (*ListAWSServiceAccessForOrganizationOutput, error) {
	if in == nil {
		in = &ListAWSServiceAccessForOrganizationInput{}
	}
	var v checker
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	ps, next, err := c.store.ListServiceAccess(c.account, page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	out := &ListAWSServiceAccessForOrganizationOutput{EnabledServicePrincipals: make([]types.EnabledServicePrincipal, 0, len(ps)), NextToken: str(next)}
	for _, p := range ps {
		out.EnabledServicePrincipals = append(out.EnabledServicePrincipals, types.EnabledServicePrincipal{ServicePrincipal: str(p.Principal), DateEnabled: ts(p.EnabledAt)})
	}
	return out, nil
}

// InviteAccountToOrganizationInput is the input of [Client.InviteAccountToOrganization].
type InviteAccountToOrganizationInput struct {
	Target *types.HandshakeParty `json:"Target,omitempty"`
	Notes  *string               `json:"Notes,omitempty"`
	Tags   []types.Tag           `json:"Tags,omitempty"`
}

// InviteAccountToOrganizationOutput is the output of [Client.InviteAccountToOrganization].
type InviteAccountToOrganizationOutput struct {
	Handshake *types.Handshake `json:"Handshake,omitempty"`
}

// InviteAccountToOrganization invites a standalone account, named by its ID
// (Type ACCOUNT) or by an email the world knows (Type EMAIL). The handshake
// stays OPEN for 15 days.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_InviteAccountToOrganization.html
func (c *Client) InviteAccountToOrganization(ctx context.Context, in *InviteAccountToOrganizationInput) (*InviteAccountToOrganizationOutput, error) {
	if in == nil || in.Target == nil {
		return nil, errInputMissing
	}
	var v checker
	v.required(in.Target.Id)
	if in.Target.Type == "" {
		v.required(nil)
	}
	if v.err != nil {
		return nil, v.err
	}
	target := *in.Target.Id
	switch in.Target.Type {
	case types.HandshakePartyTypeAccount:
		v.pattern(&target, accountIDRE)
	case types.HandshakePartyTypeEmail:
		v.str(&target, 6, 64, emailRE, types.InvalidInputExceptionReasonInvalidEmailAddressTarget)
	case types.HandshakePartyTypeOrganization:
		v.fail(types.InvalidInputExceptionReasonInvalidPartyTypeTarget)
	default:
		v.fail(types.InvalidInputExceptionReasonInvalidEnum)
	}
	v.str(in.Notes, 0, 1024, nil, "")
	v.tags(in.Tags)
	if v.err != nil {
		return nil, v.err
	}
	var h share.Handshake
	var err error
	if in.Target.Type == types.HandshakePartyTypeEmail {
		// The domain looks the email up after checking the caller.
		h, err = c.store.InviteAccountByEmail(c.account, target)
	} else {
		h, err = c.store.InviteAccount(c.account, target)
	}
	if err != nil {
		return nil, apiError(err)
	}
	return &InviteAccountToOrganizationOutput{Handshake: handshakeOut(h)}, nil
}

// AcceptHandshakeInput is the input of [Client.AcceptHandshake].
type AcceptHandshakeInput struct {
	HandshakeId *string `json:"HandshakeId,omitempty"`
}

// AcceptHandshakeOutput is the output of [Client.AcceptHandshake].
type AcceptHandshakeOutput struct {
	Handshake *types.Handshake `json:"Handshake,omitempty"`
}

// AcceptHandshake accepts an invitation addressed to the caller, who joins
// the organization under its root. The management account that sent it gets
// AccessDeniedException, any other account HandshakeNotFoundException. A
// handshake already accepted is HandshakeAlreadyInStateException; one
// declined, canceled or expired, InvalidHandshakeTransitionException.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_AcceptHandshake.html
func (c *Client) AcceptHandshake(ctx context.Context, in *AcceptHandshakeInput) (*AcceptHandshakeOutput, error) {
	if in == nil {
		in = &AcceptHandshakeInput{}
	}
	h, err := c.onHandshake(in.HandshakeId, c.store.AcceptHandshake)
	if err != nil {
		return nil, err
	}
	return &AcceptHandshakeOutput{Handshake: h}, nil
}

// handshakeID checks the required HandshakeId member of the handshake
// operations.
func handshakeID(id *string) (string, error) {
	var v checker
	if v.required(id) {
		v.handshakeID(id)
	}
	if v.err != nil {
		return "", v.err
	}
	return *id, nil
}

// onHandshake validates a handshake ID and applies op to it for the caller:
// what AcceptHandshake, DeclineHandshake, CancelHandshake and
// DescribeHandshake share.
func (c *Client) onHandshake(id *string, op func(caller, id string) (share.Handshake, error)) (*types.Handshake, error) {
	hid, err := handshakeID(id)
	if err != nil {
		return nil, err
	}
	h, err := op(c.account, hid)
	if err != nil {
		return nil, apiError(err)
	}
	return handshakeOut(h), nil
}

// DeclineHandshakeInput is the input of [Client.DeclineHandshake].
type DeclineHandshakeInput struct {
	HandshakeId *string `json:"HandshakeId,omitempty"`
}

// DeclineHandshakeOutput is the output of [Client.DeclineHandshake].
type DeclineHandshakeOutput struct {
	Handshake *types.Handshake `json:"Handshake,omitempty"`
}

// DeclineHandshake declines an invitation addressed to the caller. The
// handshake becomes DECLINED and stops holding a place under the account
// quota; the organization can send a new one. Only the invited account may
// decline: the management account that sent it gets AccessDeniedException,
// any other account HandshakeNotFoundException. A handshake already
// declined is HandshakeAlreadyInStateException; one accepted, canceled or
// expired, InvalidHandshakeTransitionException.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeclineHandshake.html
func (c *Client) DeclineHandshake(ctx context.Context, in *DeclineHandshakeInput) (*DeclineHandshakeOutput, error) {
	if in == nil {
		in = &DeclineHandshakeInput{}
	}
	h, err := c.onHandshake(in.HandshakeId, c.store.DeclineHandshake)
	if err != nil {
		return nil, err
	}
	return &DeclineHandshakeOutput{Handshake: h}, nil
}

// CancelHandshakeInput is the input of [Client.CancelHandshake].
type CancelHandshakeInput struct {
	HandshakeId *string `json:"HandshakeId,omitempty"`
}

// CancelHandshakeOutput is the output of [Client.CancelHandshake].
type CancelHandshakeOutput struct {
	Handshake *types.Handshake `json:"Handshake,omitempty"`
}

// CancelHandshake cancels an invitation the caller's organization sent. The
// handshake becomes CANCELED, stops holding a place under the account quota,
// and the invited account can no longer answer it. Only the management
// account of the organization that sent it may cancel: the invited account
// gets AccessDeniedException, any other account HandshakeNotFoundException.
// A handshake already canceled is HandshakeAlreadyInStateException; one
// accepted, declined or expired, InvalidHandshakeTransitionException.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_CancelHandshake.html
func (c *Client) CancelHandshake(ctx context.Context, in *CancelHandshakeInput) (*CancelHandshakeOutput, error) {
	if in == nil {
		in = &CancelHandshakeInput{}
	}
	h, err := c.onHandshake(in.HandshakeId, c.store.CancelHandshake)
	if err != nil {
		return nil, err
	}
	return &CancelHandshakeOutput{Handshake: h}, nil
}

// DescribeHandshakeInput is the input of [Client.DescribeHandshake].
type DescribeHandshakeInput struct {
	HandshakeId *string `json:"HandshakeId,omitempty"`
}

// DescribeHandshakeOutput is the output of [Client.DescribeHandshake].
type DescribeHandshakeOutput struct {
	Handshake *types.Handshake `json:"Handshake,omitempty"`
}

// DescribeHandshake returns a handshake to either of its parties: the
// invited account, which need not belong to an organization, or the
// management account of the organization that sent it. To any other account,
// and 30 days after the handshake was accepted, declined, canceled or
// expired, it is HandshakeNotFoundException.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeHandshake.html
func (c *Client) DescribeHandshake(ctx context.Context, in *DescribeHandshakeInput) (*DescribeHandshakeOutput, error) {
	if in == nil {
		in = &DescribeHandshakeInput{}
	}
	h, err := c.onHandshake(in.HandshakeId, c.store.DescribeHandshake)
	if err != nil {
		return nil, err
	}
	return &DescribeHandshakeOutput{Handshake: h}, nil
}

// ListHandshakesForAccountInput is the input of [Client.ListHandshakesForAccount].
type ListHandshakesForAccountInput struct {
	Filter     *types.HandshakeFilter `json:"Filter,omitempty"`
	NextToken  *string                `json:"NextToken,omitempty"`
	MaxResults *int32                 `json:"MaxResults,omitempty"`
}

// ListHandshakesForAccountOutput is the output of [Client.ListHandshakesForAccount].
type ListHandshakesForAccountOutput struct {
	Handshakes []types.Handshake `json:"Handshakes"`
	NextToken  *string           `json:"NextToken,omitempty"`
}

// ListHandshakesForAccount lists the handshakes addressed to the caller, in
// any state, in the order they were requested; ended ones for 30 days. Any
// account may call it, in an organization or not. Filter keeps one action
// (every handshake sharesim makes is an INVITE) or the children of one
// handshake (an invitation has none).
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListHandshakesForAccount.html
func (c *Client) ListHandshakesForAccount(ctx context.Context, in *ListHandshakesForAccountInput) (*ListHandshakesForAccountOutput, error) {
	if in == nil {
		in = &ListHandshakesForAccountInput{}
	}
	var v checker
	f := v.handshakeFilter(in.Filter)
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	hs, next, err := c.store.ListHandshakesForAccount(c.account, f, page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	return &ListHandshakesForAccountOutput{Handshakes: handshakesOut(hs), NextToken: str(next)}, nil
}

// ListHandshakesForOrganizationInput is the input of [Client.ListHandshakesForOrganization].
type ListHandshakesForOrganizationInput struct {
	Filter     *types.HandshakeFilter `json:"Filter,omitempty"`
	NextToken  *string                `json:"NextToken,omitempty"`
	MaxResults *int32                 `json:"MaxResults,omitempty"`
}

// ListHandshakesForOrganizationOutput is the output of [Client.ListHandshakesForOrganization].
type ListHandshakesForOrganizationOutput struct {
	Handshakes []types.Handshake `json:"Handshakes"`
	NextToken  *string           `json:"NextToken,omitempty"`
}

// ListHandshakesForOrganization lists the handshakes the caller's
// organization sent, as [Client.ListHandshakesForAccount] lists those an
// account received. Only the management account may call it.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListHandshakesForOrganization.html
func (c *Client) ListHandshakesForOrganization(ctx context.Context, in *ListHandshakesForOrganizationInput) (*ListHandshakesForOrganizationOutput, error) {
	if in == nil {
		in = &ListHandshakesForOrganizationInput{}
	}
	var v checker
	f := v.handshakeFilter(in.Filter)
	limit := v.maxResults(in.MaxResults)
	if v.err != nil {
		return nil, v.err
	}
	hs, next, err := c.store.ListHandshakesForOrganization(c.account, f, page(in.NextToken, limit))
	if err != nil {
		return nil, apiError(err)
	}
	return &ListHandshakesForOrganizationOutput{Handshakes: handshakesOut(hs), NextToken: str(next)}, nil
}

// RemoveAccountFromOrganizationInput is the input of [Client.RemoveAccountFromOrganization].
type RemoveAccountFromOrganizationInput struct {
	AccountId *string `json:"AccountId,omitempty"`
}

// RemoveAccountFromOrganizationOutput is the output of [Client.RemoveAccountFromOrganization].
type RemoveAccountFromOrganizationOutput struct{}

// RemoveAccountFromOrganization makes a member standalone. Access it had
// through organization and OU shares ends at once.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_RemoveAccountFromOrganization.html
func (c *Client) RemoveAccountFromOrganization(ctx context.Context, in *RemoveAccountFromOrganizationInput) (*RemoveAccountFromOrganizationOutput, error) {
	if in == nil {
		in = &RemoveAccountFromOrganizationInput{}
	}
	var v checker
	if v.required(in.AccountId) {
		v.pattern(in.AccountId, accountIDRE)
	}
	if v.err != nil {
		return nil, v.err
	}
	if err := c.store.RemoveAccount(c.account, *in.AccountId); err != nil {
		return nil, apiError(err)
	}
	return &RemoveAccountFromOrganizationOutput{}, nil
}

// LeaveOrganizationInput is the input of [Client.LeaveOrganization].
type LeaveOrganizationInput struct{}

// LeaveOrganizationOutput is the output of [Client.LeaveOrganization].
type LeaveOrganizationOutput struct{}

// LeaveOrganization takes the calling member out of its organization.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_LeaveOrganization.html
func (c *Client) LeaveOrganization(ctx context.Context, in *LeaveOrganizationInput) (*LeaveOrganizationOutput, error) {
	if err := c.store.LeaveOrganization(c.account); err != nil {
		return nil, apiError(err)
	}
	return &LeaveOrganizationOutput{}, nil
}
