package share

import (
	"fmt"
	"math"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
)

// This file and the other share/wa*.go files hold the Well-Architected Tool
// domain: custom lenses, workloads, profiles and review templates, and the
// shares and share invitations that hand them to other accounts
// (spec/wellarchitected.md). All of it is per (account, region): a share
// reaches recipients in the owner's region only.

// WAOptions configure the Well-Architected Tool. Zero fields take the AWS
// defaults (spec/wellarchitected.md §6).
type WAOptions struct {
	// MaxSharesPerLens is the most active shares of one lens. Default 300.
	MaxSharesPerLens int
	// MaxSharesPerWorkload is the most active shares of one workload. Default 20.
	MaxSharesPerWorkload int
	// MaxSharesPerProfile is the most active shares of one profile. Default 20.
	MaxSharesPerProfile int
	// MaxSharesPerTemplate is the most active shares of one review template.
	// Default 20.
	MaxSharesPerTemplate int
	// MaxCustomLenses is the most custom lenses per account and region.
	// Default 15.
	MaxCustomLenses int
	// MaxVersionsPerLens is the most published versions of a lens. Default 100.
	MaxVersionsPerLens int
	// MaxWorkloads is the most workloads per account and region. Default 1000.
	MaxWorkloads int
	// MaxReviewTemplates is the most review templates per account and region.
	// Default 500.
	MaxReviewTemplates int
	// MaxLensesPerWorkload bounds the lenses of a workload or template.
	// Default 20.
	MaxLensesPerWorkload int
	// InvitationExpiry is how long a share invitation stays pending. Default 7 days.
	InvitationExpiry time.Duration
	// OfficialLenses are the read-only AWS lenses every account sees. Nil
	// means [DefaultWAOfficialLenses].
	OfficialLenses []WAOfficialLens
	// Throttle, when set, is asked before every Well-Architected call; true
	// fails the call with a ThrottlingException, for testing retry logic.
	// It must be safe for concurrent use.
	Throttle func(c Caller, op string) bool
}

// WAOfficialLens is an AWS official lens: read-only, present in every
// account and region, addressed by its alias.
type WAOfficialLens struct {
	Alias   string
	Name    string
	Version string
}

// DefaultWAOfficialLenses are the official lenses of spec/wellarchitected.md §2.1.
var DefaultWAOfficialLenses = []WAOfficialLens{
	{"wellarchitected", "AWS Well-Architected Framework", "2025-02-25"},
	{"serverless", "Serverless Lens", "2024-01-01"},
	{"softwareasaservice", "SaaS Lens", "2024-01-01"},
	{"containerbuild", "Container Build Lens", "2024-01-01"},
	{"machinelearning", "Machine Learning Lens", "2024-01-01"},
	{"devops", "DevOps Guidance", "2024-01-01"},
	{"healthcare", "Healthcare Industry Lens", "2024-01-01"},
	{"genai", "Generative AI Lens", "2024-01-01"},
}

// WAOfficialLensDate is the CreatedAt and UpdatedAt of every official lens.
var WAOfficialLensDate = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

func (o WAOptions) withDefaults() WAOptions {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.MaxSharesPerLens, 300)
	def(&o.MaxSharesPerWorkload, 20)
	def(&o.MaxSharesPerProfile, 20)
	def(&o.MaxSharesPerTemplate, 20)
	def(&o.MaxCustomLenses, 15)
	def(&o.MaxVersionsPerLens, 100)
	def(&o.MaxWorkloads, 1000)
	def(&o.MaxReviewTemplates, 500)
	def(&o.MaxLensesPerWorkload, 20)
	if o.InvitationExpiry == 0 {
		o.InvitationExpiry = 7 * 24 * time.Hour
	}
	if o.OfficialLenses == nil {
		o.OfficialLenses = DefaultWAOfficialLenses
	}
	return o
}

// WAServicePrincipal is the service principal whose trusted access is
// Well-Architected organization sharing.
const WAServicePrincipal = "wellarchitected.amazonaws.com"

// WAResourceType is the kind of thing a Well-Architected share hands out.
type WAResourceType string

// The shareable Well-Architected resources; the values are AWS's
// ShareResourceType.
const (
	WAKindWorkload WAResourceType = "WORKLOAD"
	WAKindLens     WAResourceType = "LENS"
	WAKindProfile  WAResourceType = "PROFILE"
	WAKindTemplate WAResourceType = "TEMPLATE"
)

// WAResourceTypes lists every shareable resource type.
var WAResourceTypes = []WAResourceType{WAKindWorkload, WAKindLens, WAKindProfile, WAKindTemplate}

// WAPermission is what a share grants; the values are AWS's PermissionType.
type WAPermission string

// The permissions of a share. CONTRIBUTOR exists for workloads only.
const (
	WAReadOnly    WAPermission = "READONLY"
	WAContributor WAPermission = "CONTRIBUTOR"
)

// WAShareStatus is where a share stands; the values are AWS's ShareStatus.
type WAShareStatus string

// The statuses of a share. REVOKED is never produced.
const (
	WAShareAccepted    WAShareStatus = "ACCEPTED"
	WAShareRejected    WAShareStatus = "REJECTED"
	WASharePending     WAShareStatus = "PENDING"
	WAShareRevoked     WAShareStatus = "REVOKED"
	WAShareExpired     WAShareStatus = "EXPIRED"
	WAShareAssociating WAShareStatus = "ASSOCIATING"
	WAShareAssociated  WAShareStatus = "ASSOCIATED"
	WAShareFailed      WAShareStatus = "FAILED"
)

// WAShareStatuses lists every share status.
var WAShareStatuses = []WAShareStatus{WAShareAccepted, WAShareRejected, WASharePending, WAShareRevoked,
	WAShareExpired, WAShareAssociating, WAShareAssociated, WAShareFailed}

// active reports whether a share in this status counts against the quota and
// blocks a second share with the same target.
func (s WAShareStatus) active() bool {
	switch s {
	case WASharePending, WAShareAccepted, WAShareAssociating, WAShareAssociated:
		return true
	}
	return false
}

// WAOrgSharingDisabledMessage is the StatusMessage of an organization share
// that failed because organization sharing was turned off.
const WAOrgSharingDisabledMessage = "Organization sharing is disabled."

// WARequestToken carries a client request token and the canonical rendering
// of the rest of the input (see [Tx.Recall]). An empty Token disables
// idempotency.
type WARequestToken struct {
	Token       string
	Fingerprint string
}

// Entities the Well-Architected domain names in errors.
const (
	EntityWAWorkload   = "wa-workload"
	EntityWALens       = "wa-lens"
	EntityWALensVer    = "wa-lens-version"
	EntityWAProfile    = "wa-profile"
	EntityWATemplate   = "wa-review-template"
	EntityWAShare      = "wa-share"
	EntityWAInvitation = "wa-share-invitation"
	EntityWASharedWith = "wa-shared-with"
)

// Reasons of Well-Architected domain errors, for the facade to pick its
// message.
const (
	// ReasonWAOfficialLens: the operation does not apply to an AWS official lens.
	ReasonWAOfficialLens = "official-lens"
	// ReasonWANotLensARN: ImportLens was given an alias that is not a lens ARN.
	ReasonWANotLensARN = "not-lens-arn"
	// ReasonWANotPublished: the lens has no published version.
	ReasonWANotPublished = "not-published"
	// ReasonWAOwnAccount: a share with the owner's own account.
	ReasonWAOwnAccount = "own-account"
	// ReasonWAOrgSharingOff: an organization share while organization
	// sharing is disabled.
	ReasonWAOrgSharingOff = "org-sharing-disabled"
	// ReasonWANotInOrg: the organization or OU is not the owner's.
	ReasonWANotInOrg = "not-in-organization"
	// ReasonWAAlreadyShared: an active share with the same target exists; the
	// error's ID is its share ID.
	ReasonWAAlreadyShared = "already-shared"
	// ReasonWANoDraft: CreateLensVersion on a lens without a draft.
	ReasonWANoDraft = "no-draft"
	// ReasonWAVersionExists: CreateLensVersion with a version already used.
	ReasonWAVersionExists = "version-exists"
	// ReasonWANameExists: a workload or profile with the same name exists.
	ReasonWANameExists = "name-exists"
	// ReasonWAShareTerminal: UpdateWorkloadShare on a share that is over.
	ReasonWAShareTerminal = "share-terminal"
	// ReasonWATooManyLenses: a workload or template would have too many lenses.
	ReasonWATooManyLenses = "too-many-lenses"
	// ReasonWANotAllFeatures: the organization has consolidated billing only.
	ReasonWANotAllFeatures = "not-all-features"
)

// Quota names of ErrLimitExceeded errors (the error's Reason).
const (
	WAQuotaSharesPerLens     = "shares-per-lens"
	WAQuotaSharesPerWorkload = "shares-per-workload"
	WAQuotaSharesPerProfile  = "shares-per-profile"
	WAQuotaSharesPerTemplate = "shares-per-template"
	WAQuotaCustomLenses      = "custom-lenses"
	WAQuotaLensVersions      = "versions-per-lens"
	WAQuotaWorkloads         = "workloads"
	WAQuotaReviewTemplates   = "review-templates"
)

// waPlace is an (account, region) pair: the scope of all WA state.
type waPlace struct{ account, region string }

// waIndexKey names one owner's listing of one resource type.
type waIndexKey struct {
	kind WAResourceType
	waPlace
}

// waResource is anything that can be shared: its identity, owner and shares.
// Exactly one of the kind-specific pointers is set.
type waResource struct {
	kind      WAResourceType
	id        string // the workload ID, or the lens, profile or template ARN
	arn       string
	owner     string
	region    string
	createdAt time.Time
	updatedAt time.Time
	listKey   string // key in the owner's index
	tags      Tags

	shares   ordered.Map[*waShare] // TimeKey(createdAt, share ID)
	byTarget map[string]*waShare   // SharedWith -> the latest share with it

	lens     *waLens
	workload *waWorkload
	profile  *waProfile
	template *waTemplate
}

func (r *waResource) place() waPlace { return waPlace{r.owner, r.region} }

func (r *waResource) name() string {
	switch r.kind {
	case WAKindLens:
		return r.lens.name()
	case WAKindWorkload:
		return r.workload.spec.Name
	case WAKindProfile:
		return r.profile.spec.Name
	case WAKindTemplate:
		return r.template.spec.Name
	}
	return ""
}

// descKey orders by t descending, then id.
func descKey(t time.Time, id string) string {
	return fmt.Sprintf("%020d/%s", math.MaxInt64-t.UnixNano(), id)
}

// waState is the Well-Architected part of the world. The store's lock guards it.
type waState struct {
	resources map[string]*waResource                     // by workload ID or ARN
	owned     map[waIndexKey]*ordered.Map[*waResource]   // per owner listing
	shares    map[string]*waShare                        // by share ID
	invites   map[string]*waShare                        // by invitation ID
	inbox     map[waIndexKey]*ordered.Map[*waShare]      // pending invitations by time, per recipient and kind ("" = all kinds)
	orgShares map[string]map[string]*waShare             // owner's organization ID -> share ID -> org or OU share
	reach     map[waReachKey]*ordered.Map[*waReachEntry] // see wa_index.go
	names     map[waIndexKey]map[string]*waResource      // workload (normalized) and profile names
	discovery map[waPlace]bool
}

func newWAState() *waState {
	return &waState{
		resources: map[string]*waResource{},
		owned:     map[waIndexKey]*ordered.Map[*waResource]{},
		shares:    map[string]*waShare{},
		invites:   map[string]*waShare{},
		inbox:     map[waIndexKey]*ordered.Map[*waShare]{},
		orgShares: map[string]map[string]*waShare{},
		reach:     map[waReachKey]*ordered.Map[*waReachEntry]{},
		names:     map[waIndexKey]map[string]*waResource{},
		discovery: map[waPlace]bool{},
	}
}

// index returns an owner's listing of a resource type, creating it.
func (st *waState) index(kind WAResourceType, p waPlace) *ordered.Map[*waResource] {
	k := waIndexKey{kind, p}
	m, ok := st.owned[k]
	if !ok {
		m = &ordered.Map[*waResource]{}
		st.owned[k] = m
	}
	return m
}

// count returns how many resources of a kind an owner has.
func (st *waState) count(kind WAResourceType, p waPlace) int {
	if m, ok := st.owned[waIndexKey{kind, p}]; ok {
		return m.Len()
	}
	return 0
}

func (st *waState) add(r *waResource) {
	r.byTarget = map[string]*waShare{}
	st.resources[r.id] = r
	st.index(r.kind, r.place()).Set(r.listKey, r)
	st.setName(r, "", r.nameKey())
}

// nameKey is the identity of a workload's or profile's name among its
// owner's: workloads ignore case and spaces. Other kinds have none.
func (r *waResource) nameKey() string {
	switch r.kind {
	case WAKindWorkload:
		return normalizedName(r.workload.spec.Name)
	case WAKindProfile:
		return r.profile.spec.Name
	}
	return ""
}

// named returns the owner's resource of kind with the given name key.
func (st *waState) named(kind WAResourceType, p waPlace, key string) *waResource {
	return st.names[waIndexKey{kind, p}][key]
}

// setName moves r from name key old to new in its owner's name index.
func (st *waState) setName(r *waResource, old, new string) {
	k := waIndexKey{r.kind, r.place()}
	m := st.names[k]
	if old != "" && m != nil && m[old] == r {
		delete(m, old)
	}
	if new == "" {
		return
	}
	if m == nil {
		m = map[string]*waResource{}
		st.names[k] = m
	}
	m[new] = r
}

// remove deletes r with every share of it.
func (st *waState) remove(r *waResource) {
	var all []*waShare
	r.shares.All(func(_ string, s *waShare) bool { all = append(all, s); return true })
	for _, s := range all {
		st.dropShare(s)
	}
	st.index(r.kind, r.place()).Delete(r.listKey)
	st.setName(r, r.nameKey(), "")
	delete(st.resources, r.id)
}

// orgChanged fails the organization shares of an organization whose
// Well-Architected sharing was turned off or which was deleted, and those of
// an account that left it, for which organization sharing is over too (as
// in RAM, ram.md §C.3). Accounts that leave lose access to the others'
// shares without any change here: access is computed from the membership at
// each call.
func (st *waState) orgChanged(tx *Tx, ev OrgEvent) {
	owner := "" // when set, only this owner's shares fail
	switch ev.Kind {
	case OrgServiceAccessDisabled:
		if ev.Principal != WAServicePrincipal {
			return
		}
	case OrgDeleted:
	case OrgAccountLeft:
		owner = ev.Account
	default:
		return
	}
	for _, s := range st.orgShares[ev.Org.ID] {
		if owner != "" && s.res.owner != owner {
			continue
		}
		if s.orgStatus == WAShareAssociating || s.orgStatus == WAShareAssociated {
			if h, ok := s.holder(); ok {
				st.reachRemove(h, s.res)
			}
			s.orgStatus, s.statusMessage = WAShareFailed, WAOrgSharingDisabledMessage
		}
	}
}

// waRecall looks up the result a client token already produced.
func waRecall[T any](tx *Tx, op string, c Caller, tok WARequestToken) (T, bool, error) {
	var zero T
	if tok.Token == "" {
		return zero, false, nil
	}
	res, found, err := tx.Recall(IdempotencyKey{c.Account, c.Region, op, tok.Token}, tok.Fingerprint)
	if err != nil || !found {
		return zero, false, err
	}
	return res.(T), true, nil
}

func waRemember(tx *Tx, op string, c Caller, tok WARequestToken, result any) {
	if tok.Token != "" {
		tx.Remember(IdempotencyKey{c.Account, c.Region, op, tok.Token}, tok.Fingerprint, result)
	}
}

// waCloner is a result that holds slices or maps: the idempotency cache
// keeps its own copy, and every caller gets a fresh one.
type waCloner[T any] interface{ waClone() T }

func waFresh[T any](v T) T {
	if c, ok := any(v).(waCloner[T]); ok {
		return c.waClone()
	}
	return v
}

// waMutate wraps an idempotent mutation: replay, or run and remember.
func waMutate[T any](s *Store, op string, c Caller, tok WARequestToken, fn func(tx *Tx) (T, error)) (T, error) {
	return waMutateChecked(s, op, c, tok, nil, fn)
}

// waMutateChecked is waMutate with the request's own rules, those that look
// nothing up, checked first: they come before the ClientRequestToken replay
// (wellarchitected.md §0).
func waMutateChecked[T any](s *Store, op string, c Caller, tok WARequestToken, rules func(tx *Tx) error, fn func(tx *Tx) (T, error)) (T, error) {
	var out T
	err := s.Update(func(tx *Tx) error {
		if rules != nil {
			if err := rules(tx); err != nil {
				return err
			}
		}
		prev, found, err := waRecall[T](tx, op, c, tok)
		if err != nil {
			return err
		}
		if found {
			out = waFresh(prev)
			return nil
		}
		out, err = fn(tx)
		if err != nil {
			return err
		}
		waRemember(tx, op, c, tok, waFresh(out))
		return nil
	})
	return out, err
}

// waScope is the pagination scope of a listing.
func waScope(op string, c Caller, filter string) TokenScope {
	return TokenScope{Op: op, Account: c.Account, Region: c.Region, Filter: filter}
}
