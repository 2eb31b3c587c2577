package share

import (
	"fmt"
	"regexp"
	"slices"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
)

// FeatureSet is an organization's feature set.
type FeatureSet string

// The feature sets of an organization.
const (
	FeatureSetAll                 FeatureSet = "ALL"
	FeatureSetConsolidatedBilling FeatureSet = "CONSOLIDATED_BILLING"
)

// JoinedMethod is how an account became a member.
type JoinedMethod string

// The ways an account joins an organization.
const (
	JoinedInvited JoinedMethod = "INVITED"
	JoinedCreated JoinedMethod = "CREATED"
)

// CreateAccountState is the progress of an account creation request.
type CreateAccountState string

// The states of a create-account request.
const (
	CreateAccountInProgress CreateAccountState = "IN_PROGRESS"
	CreateAccountSucceeded  CreateAccountState = "SUCCEEDED"
	CreateAccountFailed     CreateAccountState = "FAILED"
)

// CreateAccountFailureEmailExists is the failure reason of a request whose
// email already belongs to a known account.
const CreateAccountFailureEmailExists = "EMAIL_ALREADY_EXISTS"

// ParentType is the kind of a parent in the organization tree.
type ParentType string

// The kinds of parent and child in the organization tree.
const (
	ParentRoot               ParentType = "ROOT"
	ParentOrganizationalUnit ParentType = "ORGANIZATIONAL_UNIT"
	ChildAccount             ParentType = "ACCOUNT"
)

// OrgLimits are the AWS Organizations quotas. Zero fields take AWS defaults.
type OrgLimits struct {
	// MaxAccounts counts members, management included, account creations in
	// progress and open invitations. Default 10.
	MaxAccounts int
	// MaxOUs is the most OUs in one organization. Default 2000.
	MaxOUs int
	// MaxOUDepth is how many levels of OUs may sit below the root. Default 5.
	MaxOUDepth int
	// MinAccountAgeForRemoval is how long a created account must be a member
	// before it can be removed. Default 0 (AWS: 7 days).
	MinAccountAgeForRemoval time.Duration
}

func (l OrgLimits) withDefaults() OrgLimits {
	if l.MaxAccounts == 0 {
		l.MaxAccounts = 10
	}
	if l.MaxOUs == 0 {
		l.MaxOUs = 2000
	}
	if l.MaxOUDepth == 0 {
		l.MaxOUDepth = 5
	}
	return l
}

// Organization is an AWS organization.
type Organization struct {
	ID                   string
	ARN                  string
	FeatureSet           FeatureSet
	ManagementAccount    string
	ManagementAccountARN string
	ManagementEmail      string
	CreatedAt            time.Time
}

// Root is an organization's root.
type Root struct {
	ID   string
	ARN  string
	Name string
	// FeatureSet is the organization's, which decides the root's policy types.
	FeatureSet FeatureSet
}

// OrganizationalUnit is an OU.
type OrganizationalUnit struct {
	ID        string
	ARN       string
	Name      string
	ParentID  string
	Path      string
	CreatedAt time.Time
}

// Member is an account in an organization.
type Member struct {
	Account      string
	ARN          string
	Email        string
	Name         string
	ParentID     string
	JoinedMethod JoinedMethod
	JoinedAt     time.Time
	Path         string
}

// CreateAccountStatus is the record of a CreateAccount request.
type CreateAccountStatus struct {
	ID            string
	AccountName   string
	State         CreateAccountState
	RequestedAt   time.Time
	CompletedAt   time.Time // zero while in progress
	AccountID     string    // set when succeeded
	FailureReason string    // set when failed
}

// ServiceAccess is a service principal with trusted access.
type ServiceAccess struct {
	Principal string
	EnabledAt time.Time
}

// Parent is a node of the organization tree that has children.
type Parent struct {
	ID   string
	Type ParentType
}

// Child is an account or OU directly under a parent: Type is ChildAccount
// or ParentOrganizationalUnit.
type Child struct {
	ID   string
	Type ParentType
}

// AccountInfo is the name and email the world knows an account by.
type AccountInfo struct {
	Name  string
	Email string
}

// OrgEventKind is a membership change other services react to.
type OrgEventKind int

// The organization events services are told about.
const (
	// OrgServiceAccessDisabled: trusted access for Principal was disabled.
	OrgServiceAccessDisabled OrgEventKind = iota + 1
	// OrgDeleted: the organization is gone; it was deleted.
	OrgDeleted
	// OrgAccountLeft: Account left or was removed from the organization.
	OrgAccountLeft
)

// OrgEvent tells a service about a membership change, inside the operation
// that made it.
type OrgEvent struct {
	Kind      OrgEventKind
	Org       Organization
	Account   string
	Principal string
	// Ancestors are, for OrgAccountLeft, the IDs of the OUs and the root the
	// account sat under before it left, nearest first.
	Ancestors []string
	// Since is, for OrgAccountLeft, when the account came beneath each of
	// Ancestors; Joined, when it joined the organization.
	Since  []time.Time
	Joined time.Time
}

// orgListener is what each service's state implements to hear OrgEvents.
type orgListener interface {
	orgChanged(tx *Tx, ev OrgEvent)
}

type orgUnit struct {
	OrganizationalUnit
	key string // TimeKey(CreatedAt, ID): creation order, then ID
}

type member struct {
	Member
	key string // TimeKey(JoinedAt, Account): join order, then ID
	// since is when the account came beneath each of its parent's chain
	// (o.chain(ParentID)): when it joined, or when the move that took it
	// there happened.
	since []time.Time
}

type children struct {
	ous      ordered.Map[string] // creation key -> OU ID
	accounts ordered.Map[string] // join key -> account ID
}

type org struct {
	Organization
	root       Root
	ous        map[string]*orgUnit
	members    map[string]*member
	byJoin     ordered.Map[string] // join key -> account ID
	kids       map[string]*children
	services   map[string]time.Time
	svcOrder   ordered.Map[string] // enable key -> principal
	creates    map[string]*CreateAccountStatus
	inProgress int
	invites    map[string]*orgHandshake // this organization's readable handshakes, by ID
	sent       ordered.Map[string]      // the same, TimeKey(RequestedAt, ID) -> ID
}

type orgState struct {
	orgs     map[string]*org   // by organization ID
	memberOf map[string]string // account -> organization ID
	info     map[string]AccountInfo
	emails   map[string]string // email -> account
	// handshakes are invitations to join, by ID. One that has ended stays
	// readable for HandshakeRetention, and is then dropped from here and
	// from the indexes below.
	handshakes map[string]*orgHandshake
	// received indexes the readable handshakes addressed to each account,
	// TimeKey(RequestedAt, ID) -> ID.
	received map[string]*ordered.Map[string]
}

func newOrgState() *orgState {
	return &orgState{orgs: map[string]*org{}, memberOf: map[string]string{}, info: map[string]AccountInfo{}, emails: map[string]string{},
		handshakes: map[string]*orgHandshake{}, received: map[string]*ordered.Map[string]{}}
}

// TimeKey is a sort key that orders by t, then id: the stable order most
// listings use.
func TimeKey(t time.Time, id string) string { return fmt.Sprintf("%020d/%s", t.UnixNano(), id) }

func (s *Store) services() []orgListener { return []orgListener{s.ram, s.wa, s.am} }

// accountInfo returns the registered name and email of an account, or the
// defaults account-<id> and account-<id>@example.com.
func (st *orgState) accountInfo(account string) AccountInfo {
	if i, ok := st.info[account]; ok {
		return i
	}
	return AccountInfo{Name: "account-" + account, Email: "account-" + account + "@example.com"}
}

// SetAccountInfo records the name and email of an account, as embedding code
// or a test sees fit. Empty fields keep their current value.
func (s *Store) SetAccountInfo(account string, info AccountInfo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.orgs
	cur := st.accountInfo(account)
	if info.Name == "" {
		info.Name = cur.Name
	}
	if info.Email == "" {
		info.Email = cur.Email
	}
	delete(st.emails, cur.Email)
	st.info[account] = info
	st.emails[info.Email] = account
	if id, ok := st.memberOf[account]; ok {
		m := st.orgs[id].members[account]
		m.Name, m.Email = info.Name, info.Email
		if account == st.orgs[id].ManagementAccount {
			st.orgs[id].ManagementEmail = info.Email
		}
	}
}

// AccountInfo returns the name and email of an account.
func (s *Store) AccountInfo(account string) AccountInfo {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.orgs.accountInfo(account)
}

// --- membership queries, for the services ---

// OrgOf returns the organization the account belongs to, as management
// account or member.
func (tx *Tx) OrgOf(account string) (Organization, bool) {
	o := tx.s.orgs.orgOf(account)
	if o == nil {
		return Organization{}, false
	}
	return o.Organization, true
}

func (st *orgState) orgOf(account string) *org {
	if id, ok := st.memberOf[account]; ok {
		return st.orgs[id]
	}
	return nil
}

// SameOrg reports whether both accounts are members of one organization.
func (tx *Tx) SameOrg(a, b string) bool {
	oa, ok := tx.s.orgs.memberOf[a]
	return ok && oa == tx.s.orgs.memberOf[b]
}

// Ancestors returns the IDs of the OUs above the account, nearest first, and
// then the root's; nil when the account is in no organization.
func (tx *Tx) Ancestors(account string) []string {
	o := tx.s.orgs.orgOf(account)
	if o == nil {
		return nil
	}
	return o.chain(o.members[account].ParentID)
}

// BeneathSince returns when the account came beneath id, its organization
// or one of the OUs or the root above it: when it joined, or when a move
// took it there. It reports false when the account is not beneath id.
func (tx *Tx) BeneathSince(account, id string) (time.Time, bool) {
	o := tx.s.orgs.orgOf(account)
	if o == nil {
		return time.Time{}, false
	}
	m := o.members[account]
	if id == o.ID {
		return m.JoinedAt, true
	}
	if i := slices.Index(o.chain(m.ParentID), id); i >= 0 {
		return m.since[i], true
	}
	return time.Time{}, false
}

// chain returns id and every parent above it, up to and including the root.
func (o *org) chain(id string) []string {
	var out []string
	for id != "" {
		out = append(out, id)
		if ou, ok := o.ous[id]; ok {
			id = ou.ParentID
		} else {
			id = ""
		}
	}
	return out
}

// UnderOU reports whether the account sits in OU ouID or in an OU nested
// below it, now.
func (tx *Tx) UnderOU(account, ouID string) bool {
	return slices.Contains(tx.Ancestors(account), ouID)
}

// OUExists reports whether organization orgID has OU ouID.
func (tx *Tx) OUExists(orgID, ouID string) bool {
	o, ok := tx.s.orgs.orgs[orgID]
	if !ok {
		return false
	}
	_, ok = o.ous[ouID]
	return ok
}

// ServiceAccessEnabled reports whether the organization has all features and
// trusted access enabled for the service principal.
func (tx *Tx) ServiceAccessEnabled(orgID, principal string) bool {
	o, ok := tx.s.orgs.orgs[orgID]
	if !ok || o.FeatureSet != FeatureSetAll {
		return false
	}
	_, ok = o.services[principal]
	return ok
}

// IsManagementAccount reports whether the account manages an organization.
func (tx *Tx) IsManagementAccount(account string) bool {
	o := tx.s.orgs.orgOf(account)
	return o != nil && o.ManagementAccount == account
}

// --- operations ---

const orgsARNPrefix = "arn:aws:organizations::"

// management returns the caller's organization when the caller is its
// management account: ErrNotInOrganization for a standalone caller,
// ErrAccessDenied for a member.
func (st *orgState) management(op, caller string) (*org, error) {
	o := st.orgOf(caller)
	if o == nil {
		return nil, newError(op, ErrNotInOrganization, EntityAccount, caller)
	}
	if o.ManagementAccount != caller {
		return nil, newError(op, ErrAccessDenied, EntityAccount, caller)
	}
	return o, nil
}

// CreateOrganization makes caller the management account of a new
// organization with the given feature set (ALL when empty). It fails with
// ErrAlreadyInOrganization when the caller belongs to one.
func (s *Store) CreateOrganization(caller string, fs FeatureSet) (Organization, error) {
	var out Organization
	err := s.Update(func(tx *Tx) error {
		st := s.orgs
		if st.orgOf(caller) != nil {
			return newError("CreateOrganization", ErrAlreadyInOrganization, EntityAccount, caller)
		}
		if fs == "" {
			fs = FeatureSetAll
		}
		id := "o-" + tx.RandomString(10, alphabetLowerNum)
		info := st.accountInfo(caller)
		o := &org{
			Organization: Organization{
				ID: id, ARN: orgsARNPrefix + caller + ":organization/" + id, FeatureSet: fs,
				ManagementAccount: caller, ManagementAccountARN: orgsARNPrefix + caller + ":account/" + id + "/" + caller,
				ManagementEmail: info.Email, CreatedAt: tx.now,
			},
			ous: map[string]*orgUnit{}, members: map[string]*member{}, kids: map[string]*children{},
			services: map[string]time.Time{}, creates: map[string]*CreateAccountStatus{},
			invites: map[string]*orgHandshake{},
		}
		rid := "r-" + tx.RandomString(4, alphabetLowerNum)
		o.root = Root{ID: rid, ARN: orgsARNPrefix + caller + ":root/" + id + "/" + rid, Name: "Root"}
		o.kids[rid] = &children{}
		st.orgs[id] = o
		st.join(o, caller, rid, JoinedInvited, tx.now)
		out = o.Organization
		return nil
	})
	return out, err
}

func (st *orgState) join(o *org, account, parent string, how JoinedMethod, at time.Time) {
	info := st.accountInfo(account)
	m := &member{Member: Member{
		Account: account, ARN: orgsARNPrefix + o.ManagementAccount + ":account/" + o.ID + "/" + account,
		Email: info.Email, Name: info.Name, ParentID: parent, JoinedMethod: how, JoinedAt: at,
	}, key: TimeKey(at, account)}
	for range o.chain(parent) {
		m.since = append(m.since, at)
	}
	o.members[account] = m
	o.byJoin.Set(m.key, account)
	o.kids[parent].accounts.Set(m.key, account)
	st.memberOf[account] = o.ID
	st.emails[info.Email] = account
}

func (st *orgState) leave(o *org, account string) {
	m := o.members[account]
	o.byJoin.Delete(m.key)
	o.kids[m.ParentID].accounts.Delete(m.key)
	delete(o.members, account)
	delete(st.memberOf, account)
}

// DescribeOrganization returns the caller's organization.
func (s *Store) DescribeOrganization(caller string) (Organization, error) {
	var out Organization
	err := s.View(func(tx *Tx) error {
		o := s.orgs.orgOf(caller)
		if o == nil {
			return newError("DescribeOrganization", ErrNotInOrganization, EntityAccount, caller)
		}
		out = o.Organization
		return nil
	})
	return out, err
}

// DeleteOrganization deletes the caller's organization, which must hold no
// member but its management account (ErrNotEmpty otherwise).
func (s *Store) DeleteOrganization(caller string) error {
	return s.Update(func(tx *Tx) error {
		st := s.orgs
		o, err := st.management("DeleteOrganization", caller)
		if err != nil {
			return err
		}
		if len(o.members) > 1 || o.inProgress > 0 {
			return newError("DeleteOrganization", ErrNotEmpty, EntityOrganization, o.ID)
		}
		st.leave(o, caller)
		delete(st.orgs, o.ID)
		for _, svc := range s.services() {
			svc.orgChanged(tx, OrgEvent{Kind: OrgDeleted, Org: o.Organization})
		}
		return nil
	})
}

// AdmitAccount makes an existing standalone account a member of the
// management account's organization, under the root, as an accepted
// invitation would. It is a setup shortcut for embedding code and tests.
// Like an invitation, it fails with ErrLimitExceeded (reason "accounts")
// when members, creations in progress and open invitations fill MaxAccounts.
func (s *Store) AdmitAccount(management, account string) (Member, error) {
	var out Member
	err := s.Update(func(tx *Tx) error {
		st := s.orgs
		o, err := st.management("AdmitAccount", management)
		if err != nil {
			return err
		}
		if st.orgOf(account) != nil {
			return newError("AdmitAccount", ErrAlreadyInOrganization, EntityAccount, account)
		}
		if max := tx.s.opts.Organizations.MaxAccounts; st.accountCount(o, tx.now)+1 > max {
			return &Error{Op: "AdmitAccount", Kind: ErrLimitExceeded, Entity: EntityAccount, Reason: "accounts", Limit: max}
		}
		st.join(o, account, o.root.ID, JoinedInvited, tx.now)
		out = o.memberView(account)
		return nil
	})
	return out, err
}

// CreateAccountInput describes a new member account.
type CreateAccountInput struct {
	Email string
	Name  string
}

// CreateAccount starts creating a new member account. The request settles
// after the propagation delay: the account joins under the root with a new
// 12-digit ID, or the request fails with EMAIL_ALREADY_EXISTS. It fails at
// once with ErrLimitExceeded (reason "accounts") when members, creations in
// progress and open invitations already fill MaxAccounts.
func (s *Store) CreateAccount(caller string, in CreateAccountInput) (CreateAccountStatus, error) {
	var out CreateAccountStatus
	err := s.Update(func(tx *Tx) error {
		st := s.orgs
		o, err := st.management("CreateAccount", caller)
		if err != nil {
			return err
		}
		if max := tx.s.opts.Organizations.MaxAccounts; st.accountCount(o, tx.now)+1 > max {
			return &Error{Op: "CreateAccount", Kind: ErrLimitExceeded, Entity: EntityAccount, Reason: "accounts", Limit: max}
		}
		car := &CreateAccountStatus{ID: "car-" + tx.Hex(32), AccountName: in.Name, State: CreateAccountInProgress, RequestedAt: tx.now}
		o.creates[car.ID] = car
		o.inProgress++
		out = *car
		orgID := o.ID
		tx.After(tx.s.opts.PropagationDelay, func(tx *Tx) {
			o, ok := st.orgs[orgID]
			if !ok {
				return
			}
			o.inProgress--
			car.CompletedAt = tx.now
			if _, taken := st.emails[in.Email]; taken {
				car.State, car.FailureReason = CreateAccountFailed, CreateAccountFailureEmailExists
				return
			}
			id := st.newAccountID(tx)
			st.info[id] = AccountInfo{Name: in.Name, Email: in.Email}
			st.join(o, id, o.root.ID, JoinedCreated, tx.now)
			car.State, car.AccountID = CreateAccountSucceeded, id
		})
		return nil
	})
	return out, err
}

func (st *orgState) newAccountID(tx *Tx) string {
	for {
		id := tx.RandomString(1, "123456789") + tx.RandomString(11, alphabetDigits)
		_, member := st.memberOf[id]
		_, known := st.info[id]
		if !member && !known && id != tx.s.opts.DefaultAccount {
			return id
		}
	}
}

// DescribeCreateAccountStatus returns a CreateAccount request of the
// caller's organization.
func (s *Store) DescribeCreateAccountStatus(caller, id string) (CreateAccountStatus, error) {
	var out CreateAccountStatus
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management("DescribeCreateAccountStatus", caller)
		if err != nil {
			return err
		}
		car, ok := o.creates[id]
		if !ok {
			return newError("DescribeCreateAccountStatus", ErrNotFound, EntityCreateAccountStatus, id)
		}
		out = *car
		return nil
	})
	return out, err
}

func (o *org) memberView(account string) Member {
	m := o.members[account].Member
	m.Path = o.path(m.ParentID) + account + "/"
	return m
}

// path returns "<o-id>/<r-id>/<ou-id>/.../" down to and including id.
func (o *org) path(id string) string {
	ch := o.chain(id)
	p := o.ID + "/"
	for i := len(ch) - 1; i >= 0; i-- {
		p += ch[i] + "/"
	}
	return p
}

func (o *org) ouView(id string) OrganizationalUnit {
	ou := o.ous[id].OrganizationalUnit
	ou.Path = o.path(id)
	return ou
}

func orgScope(op, caller, filter string) TokenScope {
	return TokenScope{Op: "organizations:" + op, Account: caller, Filter: filter}
}

// ListAccounts lists every member of the caller's organization, management
// account included, in the order they joined.
func (s *Store) ListAccounts(caller string, req PageRequest) ([]Member, string, error) {
	var out []Member
	var next string
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management("ListAccounts", caller)
		if err != nil {
			return err
		}
		out, next, err = Paginate(tx, orgScope("ListAccounts", caller, ""), &o.byJoin, req, func(a string) (Member, bool) {
			return o.memberView(a), true
		})
		return err
	})
	return out, next, err
}

// DescribeAccount returns a member of the caller's organization.
func (s *Store) DescribeAccount(caller, account string) (Member, error) {
	var out Member
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management("DescribeAccount", caller)
		if err != nil {
			return err
		}
		if _, ok := o.members[account]; !ok {
			return newError("DescribeAccount", ErrNotFound, EntityAccount, account)
		}
		out = o.memberView(account)
		return nil
	})
	return out, err
}

// ListRoots returns the root of the caller's organization.
func (s *Store) ListRoots(caller string, req PageRequest) ([]Root, string, error) {
	var out []Root
	var next string
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management("ListRoots", caller)
		if err != nil {
			return err
		}
		root := o.root
		root.FeatureSet = o.FeatureSet
		var roots ordered.Map[Root]
		roots.Set(root.ID, root)
		out, next, err = Paginate(tx, orgScope("ListRoots", caller, ""), &roots, req, func(r Root) (Root, bool) { return r, true })
		return err
	})
	return out, next, err
}

// parent returns the root or OU with the given ID in o, or ErrNotFound for
// entity.
func (o *org) parent(op, entity, id string) error {
	if _, ok := o.kids[id]; !ok {
		return newError(op, ErrNotFound, entity, id)
	}
	return nil
}

// CreateOrganizationalUnit creates an OU named name under the root or OU
// parentID.
func (s *Store) CreateOrganizationalUnit(caller, parentID, name string) (OrganizationalUnit, error) {
	var out OrganizationalUnit
	const op = "CreateOrganizationalUnit"
	err := s.Update(func(tx *Tx) error {
		st := s.orgs
		o, err := st.management(op, caller)
		if err != nil {
			return err
		}
		if err := o.parent(op, EntityParent, parentID); err != nil {
			return err
		}
		dup := false
		o.kids[parentID].ous.All(func(_ string, id string) bool {
			dup = o.ous[id].Name == name
			return !dup
		})
		if dup {
			return newError(op, ErrAlreadyExists, EntityOrganizationalUnit, name)
		}
		lim := tx.s.opts.Organizations
		if depth := len(o.chain(parentID)); depth > lim.MaxOUDepth {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityOrganizationalUnit, Reason: "ou-depth", Limit: lim.MaxOUDepth}
		}
		if len(o.ous)+1 > lim.MaxOUs {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityOrganizationalUnit, Reason: "ous", Limit: lim.MaxOUs}
		}
		id := "ou-" + o.root.ID[2:] + "-" + tx.RandomString(8, alphabetLowerNum)
		ou := &orgUnit{OrganizationalUnit: OrganizationalUnit{
			ID: id, ARN: orgsARNPrefix + o.ManagementAccount + ":ou/" + o.ID + "/" + id,
			Name: name, ParentID: parentID, CreatedAt: tx.now,
		}, key: TimeKey(tx.now, id)}
		o.ous[id] = ou
		o.kids[id] = &children{}
		o.kids[parentID].ous.Set(ou.key, id)
		out = o.ouView(id)
		return nil
	})
	return out, err
}

// ListOrganizationalUnitsForParent lists the OUs directly under parentID, in
// creation order.
func (s *Store) ListOrganizationalUnitsForParent(caller, parentID string, req PageRequest) ([]OrganizationalUnit, string, error) {
	var out []OrganizationalUnit
	var next string
	const op = "ListOrganizationalUnitsForParent"
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management(op, caller)
		if err != nil {
			return err
		}
		if err := o.parent(op, EntityParent, parentID); err != nil {
			return err
		}
		out, next, err = Paginate(tx, orgScope(op, caller, parentID), &o.kids[parentID].ous, req, func(id string) (OrganizationalUnit, bool) {
			return o.ouView(id), true
		})
		return err
	})
	return out, next, err
}

// DescribeOrganizationalUnit returns an OU of the caller's organization.
func (s *Store) DescribeOrganizationalUnit(caller, ouID string) (OrganizationalUnit, error) {
	var out OrganizationalUnit
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management("DescribeOrganizationalUnit", caller)
		if err != nil {
			return err
		}
		if _, ok := o.ous[ouID]; !ok {
			return newError("DescribeOrganizationalUnit", ErrNotFound, EntityOrganizationalUnit, ouID)
		}
		out = o.ouView(ouID)
		return nil
	})
	return out, err
}

// ListAccountsForParent lists the accounts directly under parentID, in the
// order they joined the organization.
func (s *Store) ListAccountsForParent(caller, parentID string, req PageRequest) ([]Member, string, error) {
	var out []Member
	var next string
	const op = "ListAccountsForParent"
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management(op, caller)
		if err != nil {
			return err
		}
		if err := o.parent(op, EntityParent, parentID); err != nil {
			return err
		}
		out, next, err = Paginate(tx, orgScope(op, caller, parentID), &o.kids[parentID].accounts, req, func(a string) (Member, bool) {
			return o.memberView(a), true
		})
		return err
	})
	return out, next, err
}

// ListChildren lists the accounts (childType ChildAccount) or the OUs
// (ParentOrganizationalUnit) directly under parentID, in the order of
// [Store.ListAccountsForParent] or [Store.ListOrganizationalUnitsForParent].
// Its tokens are its own: bound to ListChildren, the parent and the child
// type, so that they continue neither those two listings nor a listing of
// the other child type (organizations.md §4). Another childType is
// ErrInvalidArgument.
func (s *Store) ListChildren(caller, parentID string, childType ParentType, req PageRequest) ([]Child, string, error) {
	var out []Child
	var next string
	const op = "ListChildren"
	err := s.View(func(tx *Tx) error {
		if childType != ChildAccount && childType != ParentOrganizationalUnit {
			return newError(op, ErrInvalidArgument, EntityChild, string(childType))
		}
		o, err := s.orgs.management(op, caller)
		if err != nil {
			return err
		}
		if err := o.parent(op, EntityParent, parentID); err != nil {
			return err
		}
		kids := &o.kids[parentID].accounts
		if childType == ParentOrganizationalUnit {
			kids = &o.kids[parentID].ous
		}
		scope := orgScope(op, caller, parentID+"\x1f"+string(childType))
		out, next, err = Paginate(tx, scope, kids, req, func(id string) (Child, bool) {
			return Child{ID: id, Type: childType}, true
		})
		return err
	})
	return out, next, err
}

// MoveAccount moves a member from one parent to another. The checks run in
// the order of organizations.md: account, source, destination, current
// parent, then same place.
func (s *Store) MoveAccount(caller, account, sourceID, destID string) error {
	const op = "MoveAccount"
	return s.Update(func(tx *Tx) error {
		o, err := s.orgs.management(op, caller)
		if err != nil {
			return err
		}
		m, ok := o.members[account]
		if !ok {
			return newError(op, ErrNotFound, EntityAccount, account)
		}
		if err := o.parent(op, EntitySourceParent, sourceID); err != nil {
			return err
		}
		if err := o.parent(op, EntityDestinationParent, destID); err != nil {
			return err
		}
		if m.ParentID != sourceID {
			return newError(op, ErrNotFound, EntitySourceParent, sourceID)
		}
		if sourceID == destID {
			return newError(op, ErrAlreadyExists, EntityAccount, account)
		}
		// The join key stays: listings keep their join order across moves.
		o.kids[sourceID].accounts.Delete(m.key)
		o.kids[destID].accounts.Set(m.key, account)
		// The account stays beneath the OUs both places share, since
		// when it came beneath them; the others it is beneath from now.
		was := o.chain(m.ParentID)
		now := o.chain(destID)
		since := make([]time.Time, len(now))
		for i, id := range now {
			since[i] = tx.now
			if j := slices.Index(was, id); j >= 0 {
				since[i] = m.since[j]
			}
		}
		m.ParentID, m.since = destID, since
		return nil
	})
}

// ListParents returns the one parent of an account or OU.
func (s *Store) ListParents(caller, childID string, req PageRequest) ([]Parent, string, error) {
	var out []Parent
	var next string
	const op = "ListParents"
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management(op, caller)
		if err != nil {
			return err
		}
		var pid string
		if m, ok := o.members[childID]; ok {
			pid = m.ParentID
		} else if ou, ok := o.ous[childID]; ok {
			pid = ou.ParentID
		} else {
			return newError(op, ErrNotFound, EntityChild, childID)
		}
		p := Parent{ID: pid, Type: ParentOrganizationalUnit}
		if pid == o.root.ID {
			p.Type = ParentRoot
		}
		var one ordered.Map[Parent]
		one.Set(p.ID, p)
		out, next, err = Paginate(tx, orgScope(op, caller, childID), &one, req, func(p Parent) (Parent, bool) { return p, true })
		return err
	})
	return out, next, err
}

var servicePrincipalRE = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*\.amazonaws\.com$`)

// EnableServiceAccess gives a service principal trusted access to the
// caller's organization. Enabling an enabled principal changes nothing.
func (s *Store) EnableServiceAccess(caller, principal string) error {
	return s.Update(func(tx *Tx) error { return tx.EnableServiceAccess("EnableAWSServiceAccess", caller, principal) })
}

// EnableServiceAccess is [Store.EnableServiceAccess] inside an operation, for
// the services that turn on their own organization sharing.
func (tx *Tx) EnableServiceAccess(op, caller, principal string) error {
	o, err := tx.serviceAccessOrg(op, caller, principal)
	if err != nil {
		return err
	}
	if _, ok := o.services[principal]; !ok {
		o.services[principal] = tx.now
		o.svcOrder.Set(TimeKey(tx.now, principal), principal)
	}
	return nil
}

// serviceAccessOrg checks what enabling and disabling trusted access share,
// in the order of organizations.md §4: the principal looks like a service
// principal (input validation, ErrInvalidArgument), then the caller manages
// an organization, and that organization has all features.
func (tx *Tx) serviceAccessOrg(op, caller, principal string) (*org, error) {
	if !servicePrincipalRE.MatchString(principal) {
		return nil, newError(op, ErrInvalidArgument, EntityServicePrincipal, principal)
	}
	o, err := tx.s.orgs.management(op, caller)
	if err != nil {
		return nil, err
	}
	if o.FeatureSet != FeatureSetAll {
		return nil, newError(op, ErrInvalidTransition, EntityOrganization, o.ID).because("not-all-features")
	}
	return o, nil
}

// DisableServiceAccess removes a service principal's trusted access; the
// services that shared through the organization are told. Disabling a
// principal that is not enabled changes nothing.
func (s *Store) DisableServiceAccess(caller, principal string) error {
	return s.Update(func(tx *Tx) error { return tx.DisableServiceAccess("DisableAWSServiceAccess", caller, principal) })
}

// DisableServiceAccess is [Store.DisableServiceAccess] inside an operation,
// for the services that turn off their own organization sharing.
func (tx *Tx) DisableServiceAccess(op, caller, principal string) error {
	o, err := tx.serviceAccessOrg(op, caller, principal)
	if err != nil {
		return err
	}
	if _, ok := o.services[principal]; !ok {
		return nil
	}
	o.svcOrder.Delete(TimeKey(o.services[principal], principal))
	delete(o.services, principal)
	for _, svc := range tx.s.services() {
		svc.orgChanged(tx, OrgEvent{Kind: OrgServiceAccessDisabled, Org: o.Organization, Principal: principal})
	}
	return nil
}

// ListServiceAccess lists the principals with trusted access, in the order
// they were enabled.
func (s *Store) ListServiceAccess(caller string, req PageRequest) ([]ServiceAccess, string, error) {
	var out []ServiceAccess
	var next string
	const op = "ListAWSServiceAccessForOrganization"
	err := s.View(func(tx *Tx) error {
		o, err := s.orgs.management(op, caller)
		if err != nil {
			return err
		}
		out, next, err = Paginate(tx, orgScope(op, caller, ""), &o.svcOrder, req, func(p string) (ServiceAccess, bool) {
			return ServiceAccess{Principal: p, EnabledAt: o.services[p]}, true
		})
		return err
	})
	return out, next, err
}

// RemoveAccount removes a member from the caller's organization. The
// management account cannot be removed (ErrInvalidTransition, reason
// "management-account").
func (s *Store) RemoveAccount(caller, account string) error {
	const op = "RemoveAccountFromOrganization"
	return s.Update(func(tx *Tx) error {
		o, err := s.orgs.management(op, caller)
		if err != nil {
			return err
		}
		return s.removeMember(tx, op, o, account)
	})
}

// LeaveOrganization takes the caller out of its organization. The
// management account cannot leave.
func (s *Store) LeaveOrganization(caller string) error {
	const op = "LeaveOrganization"
	return s.Update(func(tx *Tx) error {
		o := s.orgs.orgOf(caller)
		if o == nil {
			return newError(op, ErrNotInOrganization, EntityAccount, caller)
		}
		return s.removeMember(tx, op, o, caller)
	})
}

func (s *Store) removeMember(tx *Tx, op string, o *org, account string) error {
	m, ok := o.members[account]
	if !ok {
		return newError(op, ErrNotFound, EntityAccount, account)
	}
	if account == o.ManagementAccount {
		return newError(op, ErrInvalidTransition, EntityAccount, account).because("management-account")
	}
	if age := tx.s.opts.Organizations.MinAccountAgeForRemoval; m.JoinedMethod == JoinedCreated && tx.now.Before(m.JoinedAt.Add(age)) {
		return newError(op, ErrInvalidTransition, EntityAccount, account).because("account-too-young")
	}
	ancestors, since, joined := o.chain(m.ParentID), m.since, m.JoinedAt
	s.orgs.leave(o, account)
	for _, svc := range s.services() {
		svc.orgChanged(tx, OrgEvent{Kind: OrgAccountLeft, Org: o.Organization, Account: account, Ancestors: ancestors,
			Since: since, Joined: joined})
	}
	return nil
}

// AccountByEmail returns the account the world knows by email.
func (s *Store) AccountByEmail(email string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, ok := s.orgs.emails[email]
	return a, ok
}
