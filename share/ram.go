package share

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
	"github.com/sharesim/sharesim/internal/sortset"
	"github.com/sharesim/sharesim/internal/strmap"
	"github.com/sharesim/sharesim/invitation"
)

// RAMOptions configure Resource Access Manager. Zero fields take AWS's
// defaults (ram.md §C.6, §C.14, §C.15).
type RAMOptions struct {
	// InvitationExpiryLong is the lifetime of an invitation to a share whose
	// resources are all of 7-day types. Default 7 days.
	InvitationExpiryLong time.Duration
	// InvitationExpiryShort is the lifetime of every other invitation.
	// Default 12 hours.
	InvitationExpiryShort time.Duration
	// InvitationRetention is how long an answered or expired invitation stays
	// listed. Default 7 days.
	InvitationRetention time.Duration
	// DeletedShareRetention is how long a deleted share stays readable as
	// DELETED before it is purged. Default 2 hours.
	DeletedShareRetention time.Duration

	// MaxSharesPerRegion counts an owner's shares that are not DELETED, per
	// region. Default 25,000.
	MaxSharesPerRegion int
	// MaxResourceAssociationsPerShare: default 5,000.
	MaxResourceAssociationsPerShare int
	// MaxPrincipalAssociationsPerShare: default 5,000.
	MaxPrincipalAssociationsPerShare int
	// MaxResourceAssociationsPerRegion counts an owner's live resource
	// associations per region. Default 25,000.
	MaxResourceAssociationsPerRegion int
	// MaxPrincipalAssociationsPerRegion: default 25,000.
	MaxPrincipalAssociationsPerRegion int
	// MaxPendingInvitationsPerSharingAccount counts a sender's PENDING
	// invitations per region. Default 20.
	MaxPendingInvitationsPerSharingAccount int
	// MaxResourcesPerCall bounds resourceArns in one request. Default 100.
	MaxResourcesPerCall int
	// MaxTagsPerResource bounds the tags on a share or permission. Default 50.
	MaxTagsPerResource int
	// MaxCustomerManagedPermissions counts an account's customer-managed
	// permissions per region. Default 1,500.
	MaxCustomerManagedPermissions int
	// MaxCustomerManagedPermissionsPerType counts them per resource type.
	// Default 10.
	MaxCustomerManagedPermissionsPerType int
	// MaxPermissionVersions bounds the versions of one customer-managed
	// permission. Default 5.
	MaxPermissionVersions int
	// ReplaceWorkRetention is how long ReplacePermissionAssociations work
	// records stay listed. Default 7 days.
	ReplaceWorkRetention time.Duration

	// ResourceTypes are added to the built-in registry; an entry with the
	// same service and token replaces the built-in one.
	ResourceTypes []RAMResourceType
	// StrictResources turns strict-resource mode on (ram.md §C.3 R5): only
	// the resource ARNs registered with [Store.RegisterRAMResources] exist,
	// and any other ends as a FAILED association. Off by default.
	StrictResources bool
	// Resolver decides whether a shared resource exists and who owns it.
	// It is asked only about ARNs of the owner's account and the share's
	// region (or none): any other ends FAILED whatever a resolver would
	// say. Nil means every such ARN exists and is the owner's.
	Resolver RAMResourceResolver

	registry *ramRegistry
}

// RAMResource is a resource ARN being shared, as a [RAMResourceResolver]
// sees it.
type RAMResource struct {
	// ARN is the resource ARN as given.
	ARN string
	// Type is its registry entry's canonical type, e.g. "ec2:Subnet".
	Type string
	// Region is the share's region.
	Region string
}

// RAMResourceResolver decides, when a resource of the share owner's account
// and region is associated with a share, whether it exists and which account
// owns it. A resource that does not exist or is not the share owner's ends as
// a FAILED association. Resolve is called while the store's lock is held: it
// must not call the store.
type RAMResourceResolver interface {
	Resolve(r RAMResource) (owner string, exists bool)
}

// RAMResolverFunc adapts a function to [RAMResourceResolver].
type RAMResolverFunc func(r RAMResource) (owner string, exists bool)

// Resolve implements [RAMResourceResolver].
func (f RAMResolverFunc) Resolve(r RAMResource) (string, bool) { return f(r) }

func (o RAMOptions) withDefaults() RAMOptions {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	defi := func(n *int, v int) {
		if *n <= 0 {
			*n = v
		}
	}
	def(&o.InvitationExpiryLong, 7*24*time.Hour)
	def(&o.InvitationExpiryShort, 12*time.Hour)
	def(&o.InvitationRetention, 7*24*time.Hour)
	def(&o.DeletedShareRetention, 2*time.Hour)
	defi(&o.MaxSharesPerRegion, 25000)
	defi(&o.MaxResourceAssociationsPerShare, 5000)
	defi(&o.MaxPrincipalAssociationsPerShare, 5000)
	defi(&o.MaxResourceAssociationsPerRegion, 25000)
	defi(&o.MaxPrincipalAssociationsPerRegion, 25000)
	defi(&o.MaxPendingInvitationsPerSharingAccount, 20)
	defi(&o.MaxResourcesPerCall, 100)
	defi(&o.MaxTagsPerResource, 50)
	defi(&o.MaxCustomerManagedPermissions, 1500)
	defi(&o.MaxCustomerManagedPermissionsPerType, 10)
	defi(&o.MaxPermissionVersions, 5)
	def(&o.ReplaceWorkRetention, 7*24*time.Hour)
	if o.registry == nil {
		o.registry = newRAMRegistry(o.ResourceTypes)
	}
	return o
}

// RAMServicePrincipal is the service principal of RAM's organization
// sharing.
const RAMServicePrincipal = "ram.amazonaws.com"

// RAMShareStatus is the status of a resource share (ram.md §C.4).
type RAMShareStatus string

// The statuses a share takes in sharesim.
const (
	RAMShareActive   RAMShareStatus = "ACTIVE"
	RAMShareDeleting RAMShareStatus = "DELETING"
	RAMShareDeleted  RAMShareStatus = "DELETED"
)

// RAMAssociationType is what an association links to a share.
type RAMAssociationType string

// The association types.
const (
	RAMPrincipalAssociation RAMAssociationType = "PRINCIPAL"
	RAMResourceAssociation  RAMAssociationType = "RESOURCE"
	RAMSourceAssociation    RAMAssociationType = "SOURCE"
)

// RAMAssociationStatus is the status of an association (ram.md §C.5).
type RAMAssociationStatus string

// The association statuses sharesim produces.
const (
	RAMAssociating    RAMAssociationStatus = "ASSOCIATING"
	RAMAssociated     RAMAssociationStatus = "ASSOCIATED"
	RAMFailed         RAMAssociationStatus = "FAILED"
	RAMDisassociating RAMAssociationStatus = "DISASSOCIATING"
	RAMDisassociated  RAMAssociationStatus = "DISASSOCIATED"
)

// Status messages of associations.
const (
	RAMMessageResourceNotFound = "The specified resource could not be found in your AWS account"
	RAMMessageRejected         = "The invitation was rejected by the receiving account."
	RAMMessageExpired          = "The invitation expired before the receiving account accepted it."
	RAMMessageLeft             = "The principal left the resource share."
	RAMMessageOrgDisabled      = "Sharing with AWS Organizations has been disabled."
)

// Feature sets of shares and permissions (ram.md B18, B19). Every share and
// permission sharesim creates through the API is STANDARD; the other two
// exist only for objects seeded with [Store.SeedRAMShareCreatedFromPolicy].
const (
	RAMFeatureStandard          = "STANDARD"
	RAMFeatureCreatedFromPolicy = "CREATED_FROM_POLICY"
	RAMFeaturePromoting         = "PROMOTING_TO_STANDARD"
)

// ResourceShare is a copy of a RAM resource share.
type ResourceShare struct {
	ARN                     string
	Name                    string
	Owner                   string
	AllowExternalPrincipals bool
	Status                  RAMShareStatus
	StatusMessage           string
	FeatureSet              string
	Tags                    Tags
	CreatedAt, UpdatedAt    time.Time
	// RetainSharingOnAccountLeave is the share's configuration; nil when
	// none was given.
	RetainSharingOnAccountLeave *bool
}

// RAMAssociation is a copy of an association of a share with a principal,
// resource or source.
type RAMAssociation struct {
	ShareARN, ShareName  string
	Entity               string
	Type                 RAMAssociationType
	Status               RAMAssociationStatus
	StatusMessage        string
	External             bool
	CreatedAt, UpdatedAt time.Time
}

// RAMInvitation is a copy of a resource share invitation.
type RAMInvitation struct {
	ARN                string
	ShareARN           string
	ShareName          string
	Sender, Receiver   string
	ReceiverARN        string
	Status             invitation.Status
	SentAt             time.Time
	ExpiresAt          time.Time
	AssociationEntity  string
	AssociationCreated time.Time
}

// Entities RAM names in errors.
const (
	EntityResourceShare           = "resource-share"
	EntityResourceShareInvitation = "resource-share-invitation"
	EntityResource                = "resource"
	EntityPrincipal               = "principal"
	EntityPermission              = "permission"
	EntitySource                  = "source"
	EntityTag                     = "tag"
	EntityAssociation             = "association"
)

// Reasons RAM operations attach to their errors; the facade picks its
// message by them. The error's ID holds the offending value.
const (
	ReasonMalformedARN          = "malformed-arn"
	ReasonUnshareableType       = "unshareable-type"
	ReasonMalformedPrincipal    = "malformed-principal"
	ReasonNotAttachable         = "permission-not-attachable"
	ReasonPermissionNotApplies  = "permission-not-applicable"
	ReasonPermissionPerType     = "permission-per-type"
	ReasonMalformedSource       = "malformed-source"
	ReasonTagMissingKey         = "tag-missing-key"
	ReasonTagMissingValue       = "tag-missing-value"
	ReasonTagTooLong            = "tag-too-long"
	ReasonTagReserved           = "tag-reserved"
	ReasonTagLimit              = "tag-limit"
	ReasonOrgSharingRequired    = "org-sharing-required"    // M9, OperationNotPermitted
	ReasonOrgOnlyType           = "org-only-type"           // M9, InvalidParameter
	ReasonNotInYourOrg          = "external-not-allowed"    // M8
	ReasonIAMNotSupported       = "iam-not-supported"       // M24
	ReasonGlobalRegion          = "global-region"           // R4
	ReasonPropagating           = "association-propagating" // M10
	ReasonDisassociating        = "association-disassociating"
	ReasonNeverAssociated       = "never-associated"
	ReasonLeaveOwnAccountOnly   = "leave-own-account-only"
	ReasonLeaveThroughOrg       = "leave-through-organization"
	ReasonLeaveUnsupported      = "leave-unsupported"
	ReasonNameEmpty             = "name-empty"
	ReasonNothingToUpdate       = "nothing-to-update"
	ReasonNothingToAssociate    = "nothing-to-associate"
	ReasonSourceMustRemain      = "source-must-remain"
	ReasonNotManagementAccount  = "not-management-account"
	ReasonNotAllFeatures        = "not-all-features"
	ReasonResourceNotShared     = "resource-not-shared"
	ReasonQuotaShares           = "resource shares per account"
	ReasonQuotaResourcesPerCall = "resources per call"
	ReasonQuotaResourcesShare   = "resources per resource share"
	ReasonQuotaPrincipalsShare  = "principals per resource share"
	ReasonQuotaResourcesRegion  = "resource associations per account"
	ReasonQuotaPrincipalsRegion = "principal associations per account"
	ReasonQuotaPendingInvites   = "pending invitations per sharing account"

	ReasonCreatedFromPolicy       = "created-from-policy"        // the share must be promoted first
	ReasonUnknownResourceType     = "unknown-resource-type"      // M17
	ReasonNoCustomerPermissions   = "no-customer-permissions"    // the type has no CMPs
	ReasonMalformedTemplate       = "malformed-template"         // ID: a RAMTemplateProblem
	ReasonActionNotSupported      = "action-not-supported"       // Err: *RAMErrorDetail
	ReasonVersionNotFound         = "version-not-found"          // Err: *RAMErrorDetail
	ReasonVersionMissing          = "version-missing"            // Err: *RAMErrorDetail
	ReasonOnlyDefaultVersion      = "only-default-version"       // B1 permissionVersion
	ReasonTypeHasPermission       = "type-has-permission"        // Err: *RAMErrorDetail
	ReasonPermissionNotAttached   = "permission-not-attached"    // B2
	ReasonTypeStillShared         = "type-still-shared"          // Err: *RAMErrorDetail
	ReasonAWSManagedVersion       = "aws-managed-version"        // B7
	ReasonAWSManagedDelete        = "aws-managed-delete"         // B8, B9
	ReasonAWSManagedDefault       = "aws-managed-default"        // B11
	ReasonAWSManagedTag           = "aws-managed-tag"            // A15, A16
	ReasonPermissionInUse         = "permission-in-use"          // B8
	ReasonVersionInUse            = "version-in-use"             // B9, Err: *RAMErrorDetail
	ReasonDeleteDefaultVersion    = "delete-default-version"     // B9
	ReasonDeleteOnlyVersion       = "delete-only-version"        // B9
	ReasonDifferentTypes          = "different-types"            // B13, Err: *RAMErrorDetail
	ReasonNotFromPolicy           = "permission-not-from-policy" // B18
	ReasonShareNotFromPolicy      = "share-not-from-policy"      // B19
	ReasonUnmatchedPolicy         = "unmatched-policy"           // B19
	ReasonInvitationNotPending    = "invitation-not-pending"     // B16
	ReasonPermissionName          = "permission-name"            // B6, B18
	ReasonQuotaPermissions        = "customer managed permissions"
	ReasonQuotaPermissionVersions = "permission versions"
)

// RAMErrorDetail carries the values an error's message names besides its
// ID: the *Error's Err for the reasons that say so.
type RAMErrorDetail struct {
	// Action is a policy action (ReasonActionNotSupported).
	Action string
	// ResourceType is a canonical resource type.
	ResourceType string
	// Version is a permission version.
	Version int
	// Other is a second ARN (ReasonDifferentTypes: the target permission).
	Other string
}

// Error renders the detail, so that it can travel as an Error's cause.
func (d *RAMErrorDetail) Error() string {
	return "action " + d.Action + ", type " + d.ResourceType + ", version " + itoa(d.Version) + ", other " + d.Other
}

func ramErr(op string, kind error, entity, id, reason string) *Error {
	return &Error{Op: op, Kind: kind, Entity: entity, ID: id, Reason: reason}
}

// --- internal state ---

// ramAssocState refines the association statuses: an ASSOCIATING association
// either waits for its invitation (gated) or for propagation.
type ramAssocState uint8

const (
	ramGated ramAssocState = iota + 1
	ramPropagating
	ramActive // ASSOCIATED
	ramFailedState
	ramUnlinking // DISASSOCIATING
	ramUnlinked  // DISASSOCIATED
)

var ramAssocStates = []ramAssocState{ramGated, ramPropagating, ramActive, ramFailedState, ramUnlinking, ramUnlinked}

func (s ramAssocState) status() RAMAssociationStatus {
	switch s {
	case ramGated, ramPropagating:
		return RAMAssociating
	case ramActive:
		return RAMAssociated
	case ramFailedState:
		return RAMFailed
	case ramUnlinking:
		return RAMDisassociating
	}
	return RAMDisassociated
}

// live reports whether the association counts: ASSOCIATING or ASSOCIATED.
func (s ramAssocState) live() bool { return s == ramGated || s == ramPropagating || s == ramActive }

// ramEvent is something that happens to an association.
type ramEvent uint8

const (
	ramEvAssociate    ramEvent = iota + 1 // the owner associates the same entity again
	ramEvSettle                           // the propagation delay elapsed
	ramEvAccept                           // the invitation was accepted
	ramEvReject                           // the invitation was rejected
	ramEvExpire                           // the invitation expired
	ramEvDisassociate                     // the owner disassociates the entity
	ramEvLeave                            // the recipient leaves
	ramEvDelete                           // the share is deleted
	ramEvOrgDisabled                      // organization sharing ended
)

var ramEvents = []ramEvent{ramEvAssociate, ramEvSettle, ramEvAccept, ramEvReject, ramEvExpire, ramEvDisassociate, ramEvLeave, ramEvDelete, ramEvOrgDisabled}

// ramRenew is the result of ramAssocNext that asks for a fresh association.
const ramRenew ramAssocState = 0

// ramAssocNext is the association transition table (ram.md §C.5). target is
// where a propagating association settles (ASSOCIATED or FAILED). It returns
// ramRenew when the event replaces the association with a fresh one, and
// ErrInvalidTransition (with a reason) when the event is refused.
func ramAssocNext(s, target ramAssocState, e ramEvent) (ramAssocState, error) {
	refuse := func(reason string) (ramAssocState, error) {
		return s, &Error{Kind: ErrInvalidTransition, Entity: EntityAssociation, Reason: reason}
	}
	switch e {
	case ramEvAssociate:
		switch s {
		case ramGated, ramPropagating, ramActive:
			return s, nil
		case ramFailedState, ramUnlinked:
			return ramRenew, nil
		case ramUnlinking:
			return refuse(ReasonDisassociating)
		}
	case ramEvSettle:
		switch s {
		case ramPropagating:
			return target, nil
		case ramUnlinking:
			return ramUnlinked, nil
		}
		return refuse("not-settling")
	case ramEvAccept:
		if s == ramGated {
			return ramPropagating, nil
		}
		return refuse("not-gated")
	case ramEvReject, ramEvExpire:
		if s == ramGated {
			return ramUnlinked, nil
		}
		return refuse("not-gated")
	case ramEvDisassociate:
		switch s {
		case ramGated, ramActive:
			return ramUnlinking, nil
		case ramPropagating:
			return refuse(ReasonPropagating)
		case ramFailedState, ramUnlinked, ramUnlinking:
			return s, nil
		}
	case ramEvLeave:
		if s == ramActive {
			return ramUnlinking, nil
		}
		return refuse("not-associated")
	case ramEvDelete:
		// C.5 row 12 moves only live associations; a FAILED one stays
		// FAILED, though A3's wording ("every association not already
		// DISASSOCIATED") could be read to include it.
		if s.live() {
			return ramUnlinking, nil
		}
		return s, nil
	case ramEvOrgDisabled:
		if s.live() {
			return ramUnlinked, nil
		}
		return s, nil
	}
	return refuse("unknown")
}

// ramShareEvent is something that happens to a share.
type ramShareEvent uint8

const (
	ramShareEvMutate ramShareEvent = iota + 1 // update, associate, tag, ...
	ramShareEvDelete
	ramShareEvSettle // the deletion's propagation delay elapsed
	ramShareEvPurge  // the retention elapsed
)

var ramShareEvents = []ramShareEvent{ramShareEvMutate, ramShareEvDelete, ramShareEvSettle, ramShareEvPurge}

// ramSharePurged is the pseudo-status of a share that no longer exists.
const ramSharePurged RAMShareStatus = ""

// ramShareNext is the share transition table (ram.md §C.4). A mutation of a
// deleting or deleted share is ErrNotFound: for the API the share is gone.
func ramShareNext(s RAMShareStatus, e ramShareEvent) (RAMShareStatus, error) {
	switch s {
	case RAMShareActive:
		switch e {
		case ramShareEvMutate:
			return s, nil
		case ramShareEvDelete:
			return RAMShareDeleting, nil
		}
	case RAMShareDeleting:
		switch e {
		case ramShareEvMutate:
			return s, &Error{Kind: ErrNotFound, Entity: EntityResourceShare}
		case ramShareEvDelete:
			return s, nil
		case ramShareEvSettle:
			return RAMShareDeleted, nil
		case ramShareEvPurge:
			return ramSharePurged, nil
		}
	case RAMShareDeleted:
		switch e {
		case ramShareEvMutate:
			return s, &Error{Kind: ErrNotFound, Entity: EntityResourceShare}
		case ramShareEvDelete:
			return s, nil
		case ramShareEvPurge:
			return ramSharePurged, nil
		}
	case ramSharePurged:
		return s, &Error{Kind: ErrNotFound, Entity: EntityResourceShare}
	}
	return s, &Error{Kind: ErrInvalidTransition, Entity: EntityResourceShare}
}

type ramShare struct {
	key           string // ramKey(created, arn); arn is its suffix
	arn           string
	name          string
	owner, region string
	status        RAMShareStatus
	created       int64 // Unix nanoseconds
	updated       int64
	perms         []ramAttached
	assocs        []*ramAssoc // sorted by (created, type, entity)
	feature       string      // "" is STANDARD
	extra         *ramShareExtra
	allowExternal bool
	purged        bool
	// The first associations and permission live in the share itself,
	// which saves two allocations for the commonest shares.
	assocsBuf [2]*ramAssoc
	permsBuf  [1]ramAttached
}

// ramNewShare is a new share and room for the associations its creation
// makes, allocated together: the commonest share, with one resource and one
// principal, costs one allocation instead of two.
type ramNewShare struct {
	share  ramShare
	assocs [ramNewShareAssocs]ramAssoc
}

const ramNewShareAssocs = 2

// newRAMShare allocates a share that is created with n associations, and
// room for them next to it when they fit in a ramNewShare.
func newRAMShare(n int) (*ramShare, []ramAssoc) {
	if n == 0 || n > ramNewShareAssocs {
		return &ramShare{}, nil
	}
	x := &ramNewShare{}
	return &x.share, x.assocs[:n]
}

// ramShareExtra holds what many shares never have, to keep a share small.
type ramShareExtra struct {
	tags    Tags
	retain  *bool
	sources []string
	invs    []*ramInvitation // every invitation sent for the share
	srcLog  []*ramSource     // every source association, by (created, id)
	// retained are accounts that left the organization and kept access
	// (retainSharingOnAccountLeaveOrganization).
	retained []string
}

// ext returns the share's extra fields, allocating them for a write.
func (sh *ramShare) ext() *ramShareExtra {
	if sh.extra == nil {
		sh.extra = &ramShareExtra{}
	}
	return sh.extra
}

func (sh *ramShare) tags() Tags {
	if sh.extra == nil {
		return nil
	}
	return sh.extra.tags
}

func (sh *ramShare) sources() []string {
	if sh.extra == nil {
		return nil
	}
	return sh.extra.sources
}

func (sh *ramShare) invs() []*ramInvitation {
	if sh.extra == nil {
		return nil
	}
	return sh.extra.invs
}

type ramAttached struct {
	typ  *RAMResourceType
	perm *RAMPermission
}

// ramAssoc is one association; it is kept small (80 bytes) because every
// share holds at least one.
type ramAssoc struct {
	share   *ramShare
	typ     RAMAssociationType
	entity  string
	rtype   *RAMResourceType // resources only
	inv     *ramInvitation
	created int64 // Unix nanoseconds
	updated int64
	orgPos  int32 // 1 + its index in its organization's ramOrgAssocs, 0 when not in one
	bits    ramAssocBits
	message ramMessage
	state   ramAssocState
	target  ramAssocState
}

// ramAssocBits packs an association's principal kind (principals only) and
// two flags into one byte, which keeps a ramAssoc at 80 bytes.
type ramAssocBits uint8

const (
	ramKindMask    ramAssocBits = 7  // the PrincipalKind
	ramBitExternal ramAssocBits = 8  // the principal is outside the owner's organization
	ramBitGranted  ramAssocBits = 16 // the association holds a grant in a recipient index
)

func newAssocBits(k PrincipalKind, external bool) ramAssocBits {
	b := ramAssocBits(k) & ramKindMask
	if external {
		b |= ramBitExternal
	}
	return b
}

func (a *ramAssoc) kind() PrincipalKind { return PrincipalKind(a.bits & ramKindMask) }
func (a *ramAssoc) external() bool      { return a.bits&ramBitExternal != 0 }
func (a *ramAssoc) granted() bool       { return a.bits&ramBitGranted != 0 }

func (a *ramAssoc) setGranted(g bool) {
	if g {
		a.bits |= ramBitGranted
	} else {
		a.bits &^= ramBitGranted
	}
}

// ramOrgAssocs is the live organization and OU associations of one
// organization: a slice, each association knowing its place (orgPos), so
// that adding and removing one costs O(1) and the collector follows them in
// order, where a Go map keyed by pointer sent it to random places.
type ramOrgAssocs []*ramAssoc

func (s *ramOrgAssocs) add(a *ramAssoc) {
	if a.orgPos == 0 {
		*s = append(*s, a)
		a.orgPos = int32(len(*s))
	}
}

func (s *ramOrgAssocs) remove(a *ramAssoc) {
	if a.orgPos == 0 {
		return
	}
	i, last := a.orgPos-1, len(*s)-1
	(*s)[i] = (*s)[last]
	(*s)[i].orgPos = i + 1
	(*s)[last] = nil
	*s = (*s)[:last]
	a.orgPos = 0
}

// ramMessage is an association's statusMessage, one of RAMMessage*.
type ramMessage uint8

const (
	ramNoMessage ramMessage = iota
	ramMsgResourceNotFound
	ramMsgRejected
	ramMsgExpired
	ramMsgLeft
	ramMsgOrgDisabled
)

var ramMessages = [...]string{"", RAMMessageResourceNotFound, RAMMessageRejected, RAMMessageExpired, RAMMessageLeft, RAMMessageOrgDisabled}

func (m ramMessage) String() string { return ramMessages[m] }

func nanos(t time.Time) int64 { return t.UnixNano() }

func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

// pr returns the parsed principal of a principal association, cut from its
// entity without a regular expression: the entity matched its kind's pattern
// when it was associated.
func (a *ramAssoc) pr() Principal {
	e := a.entity
	p := Principal{Raw: e, Kind: a.kind()}
	switch p.Kind {
	case PrincipalAccount:
		p.Account = e
	case PrincipalIAMRole, PrincipalIAMUser:
		p.Account = e[len("arn:aws:iam::") : len("arn:aws:iam::")+12]
	case PrincipalOrganization:
		p.Account = e[len(orgsARNPrefix) : len(orgsARNPrefix)+12]
		p.OrgID = e[strings.LastIndexByte(e, '/')+1:]
	case PrincipalOrganizationalUnit:
		p.Account = e[len(orgsARNPrefix) : len(orgsARNPrefix)+12]
		rest := e[len(orgsARNPrefix)+12+len(":ou/"):]
		i := strings.IndexByte(rest, '/')
		p.OrgID, p.OUID = rest[:i], rest[i+1:]
	}
	return p
}

func (a *ramAssoc) isIAM() bool {
	k := a.kind()
	return k == PrincipalIAMRole || k == PrincipalIAMUser
}

type ramInvitation struct {
	key      string // ramKey(sent, arn)
	arn      string
	share    *ramShare
	assoc    *ramAssoc
	receiver string
	inv      invitation.Invitation
	purged   bool
}

// ramGrant is an entry of a recipient index: a share reached through an
// account, organization or OU, with how many associations grant it. An index
// holds its grants by value in a sortset, 24 bytes and one pointer each.
type ramGrant struct {
	share    *ramShare
	n        int32
	external bool
	since    int64 // Unix nanoseconds
}

// SortKey implements sortset.Keyed: grants are ordered by share key.
func (g ramGrant) SortKey() string { return g.share.key }

// ramOwned is an owner's shares in a region, with the indexes that answer
// its filtered listings. Each index maps a filter value to the shares it
// selects, so that a filtered page costs O(page + log n) (ram_index.go).
type ramOwned struct {
	shares      [3]ramShareSet // by status: ACTIVE, DELETING, DELETED (ramStatusSlot)
	byName      ramShareIndex  // name -> shares
	byTag       ramShareIndex  // tag key, and tagIndexKey(key, value) -> shares
	byPrincipal ramShareIndex  // principalIndexKey -> shares that associated it
	byPerm      ramShareIndex  // permission ARN -> shares it is attached to
	byType      ramShareIndex  // resource type -> shares with an ASSOCIATED resource of that type
	byAssoc     ramShareIndex  // ramAssocKey -> shares with an association in that status, ASSOCIATED aside
	bySource    ramShareIndex  // source ID, type (ramSourceTypeKey) or any -> shares with such source associations
	byFeature   ramShareIndex  // feature set -> shares not STANDARD
	live        int            // shares not DELETED
	resources   int            // live resource associations
	principals  int            // live principal associations
	pending     int            // PENDING invitations sent
}

// ramGrants is a recipient index: the shares an account, organization or
// OU is granted (see grantKey), and the indexes that answer a recipient's
// filtered listings, each a subset of the grants.
type ramGrants struct {
	grants  sortset.Set[ramGrant] // by share key
	byName  ramShareIndex         // name -> shares
	byOwner ramShareIndex         // owner account -> shares
	byPerm  ramShareIndex         // permission ARN -> shares it is attached to
	byType  ramShareIndex         // resource type -> shares with an ASSOCIATED resource of that type
}

// ramState is RAM's part of the world. The store's lock guards it.
type ramState struct {
	shares      strmap.Map[*ramShare]                        // by ARN
	owned       map[ramRegional]*ramOwned                    // by owner
	invitations strmap.Map[*ramInvitation]                   // by ARN
	received    map[ramRegional]*ordered.Map[*ramInvitation] // by receiver
	grants      map[ramGrantKey]*ramGrants                   // recipient indexes, see grantKey
	byResource  strmap.Map[ramHolders]                       // resource ARN -> shares holding it, any region
	orgAssocs   map[string]*ramOrgAssocs                     // org ID -> live org and OU associations

	registered map[string]bool // resource ARNs registered for strict-resource mode

	perms      map[string]*ramPerm                    // customer-managed permissions by ARN
	permsOwned map[ramRegional]*ordered.Map[*ramPerm] // by owner, keyed by type and name
	works      map[ramRegional]*ordered.Map[*ramWork] // replace work by account, keyed by time

	// lastOwned is the last owner ownedBy found: one operation asks for
	// the same owner several times, and a map keyed by two strings hashes
	// both each time. ownedBy runs under the write lock only (it adds
	// owners), and owners are never removed.
	lastOwned struct {
		k ramRegional
		o *ramOwned
	}

	delay time.Duration // Options.PropagationDelay
	// scanAll makes listings walk every share they may list rather than
	// their indexes: tests compare the two.
	scanAll  bool
	batching bool        // inside ramUpdate
	batch    []ramSettle // transitions due at the end of the operation
	scratch  ramScratch
}

// ramScratch holds buffers one RAM operation parses its request into, reused
// from call to call (operations run one at a time under the write lock). A
// buffer handed out is valid until the operation ends.
type ramScratch struct {
	res     []ramResource
	prs     []Principal
	planPrs []plannedPrincipal
	planRes []plannedResource
}

// clear drops the references the buffers hold, keeping their capacity.
func (b *ramScratch) clear() {
	clear(b.res[:cap(b.res)])
	clear(b.prs[:cap(b.prs)])
	clear(b.planPrs[:cap(b.planPrs)])
	clear(b.planRes[:cap(b.planRes)])
}

// ramHolders is the shares that hold or held a resource: first, and the
// others in rest. Nearly every resource is in one share, which then costs
// no slice of its own (and the collector no object to mark).
type ramHolders struct {
	first *ramShare
	rest  []*ramShare
}

// all returns the holders, first first.
func (h ramHolders) all() iter.Seq[*ramShare] {
	return func(yield func(*ramShare) bool) {
		if h.first == nil || !yield(h.first) {
			return
		}
		for _, sh := range h.rest {
			if !yield(sh) {
				return
			}
		}
	}
}

func (h ramHolders) has(sh *ramShare) bool { return h.first == sh || slices.Contains(h.rest, sh) }

// add adds sh, unless it is a holder already.
func (h *ramHolders) add(sh *ramShare) {
	switch {
	case h.has(sh):
	case h.first == nil:
		h.first = sh
	default:
		h.rest = append(h.rest, sh)
	}
}

// remove removes sh, keeping the others in order, and reports whether none
// is left.
func (h *ramHolders) remove(sh *ramShare) bool {
	if h.first == sh {
		h.first = nil
		if len(h.rest) > 0 {
			h.first, h.rest = h.rest[0], h.rest[1:]
		}
	} else {
		h.rest = slices.DeleteFunc(h.rest, func(x *ramShare) bool { return x == sh })
	}
	if len(h.rest) == 0 {
		h.rest = nil
	}
	return h.first == nil
}

// share returns the share with this ARN, nil for none.
func (st *ramState) share(arn string) *ramShare {
	sh, _ := st.shares.Get(arn)
	return sh
}

// invitation returns the invitation with this ARN, nil for none.
func (st *ramState) invitation(arn string) *ramInvitation {
	inv, _ := st.invitations.Get(arn)
	return inv
}

// holders returns the shares that hold or held this resource ARN.
func (st *ramState) holders(arn string) ramHolders {
	h, _ := st.byResource.Get(arn)
	return h
}

func newRAMState(delay time.Duration) *ramState {
	return &ramState{
		delay:      delay,
		owned:      map[ramRegional]*ramOwned{},
		received:   map[ramRegional]*ordered.Map[*ramInvitation]{},
		grants:     map[ramGrantKey]*ramGrants{},
		orgAssocs:  map[string]*ramOrgAssocs{},
		registered: map[string]bool{},
		perms:      map[string]*ramPerm{}, permsOwned: map[ramRegional]*ordered.Map[*ramPerm]{},
		works: map[ramRegional]*ordered.Map[*ramWork]{},
	}
}

// ramKey is TimeKey(t, id) built without fmt and in one allocation, where id
// is the concatenation of parts: 20 digits of Unix nanoseconds, "/", id. The
// id may be recovered as key[21:].
func ramKey(t time.Time, parts ...string) string { return buildRAMKey(t, parts, nil) }

// ramNewKey is ramKey(tx.Now(), parts..., tx.UUID()), the key of a new
// object whose ARN ends in a fresh UUID, with the UUID written straight into
// the key: one allocation for both.
func (tx *Tx) ramNewKey(parts ...string) string {
	u := tx.s.ids.uuidText()
	return buildRAMKey(tx.now, parts, u[:])
}

// buildRAMKey returns ramKey(t, parts..., string(tail)).
func buildRAMKey(t time.Time, parts []string, tail []byte) string {
	n := 21 + len(tail)
	for _, p := range parts {
		n += len(p)
	}
	var digits [21]byte
	ns := t.UnixNano()
	for i := 19; i >= 0; i-- {
		digits[i] = byte('0' + ns%10)
		ns /= 10
	}
	digits[20] = '/'
	var b strings.Builder
	b.Grow(n)
	b.Write(digits[:])
	for _, p := range parts {
		b.WriteString(p)
	}
	b.Write(tail)
	return b.String()
}

// ramRegional keys the per-account indexes: an account (or organization or
// OU ID) in a region. A struct key costs no allocation.
type ramRegional struct{ region, id string }

func regionKey(region, id string) ramRegional { return ramRegional{region, id} }

// ramGrantKey names a recipient index: kind 'a' (an account, fed by account
// and IAM principals), 'o' (an organization) or 'u' (an OU); the zero value
// names none.
type ramGrantKey struct {
	kind byte
	ramRegional
}

// ownedBy returns the indexes of an owner in a region, adding them on first
// use: for write paths only (see lastOwned).
func (st *ramState) ownedBy(region, owner string) *ramOwned {
	if last := st.lastOwned; last.o != nil && last.k.region == region && last.k.id == owner {
		return last.o
	}
	k := regionKey(region, owner)
	o := st.owned[k]
	if o == nil {
		o = &ramOwned{}
		st.owned[k] = o
	}
	st.lastOwned.k, st.lastOwned.o = k, o
	return o
}

// view returns a copy of the share.
func (sh *ramShare) view() ResourceShare {
	v := ResourceShare{
		ARN: sh.arn, Name: sh.name, Owner: sh.owner, AllowExternalPrincipals: sh.allowExternal,
		Status: sh.status, FeatureSet: sh.featureSet(), Tags: sh.tags().Clone(),
		CreatedAt: fromNanos(sh.created), UpdatedAt: fromNanos(sh.updated),
	}
	if sh.extra != nil && sh.extra.retain != nil {
		r := *sh.extra.retain
		v.RetainSharingOnAccountLeave = &r
	}
	return v
}

func (a *ramAssoc) view() RAMAssociation {
	return RAMAssociation{
		ShareARN: a.share.arn, ShareName: a.share.name, Entity: a.entity, Type: a.typ,
		Status: a.state.status(), StatusMessage: a.message.String(), External: a.external(),
		CreatedAt: fromNanos(a.created), UpdatedAt: fromNanos(a.updated),
	}
}

func (i *ramInvitation) view(now time.Time) RAMInvitation {
	v := RAMInvitation{
		ARN: i.arn, ShareARN: i.share.arn, ShareName: i.share.name, Sender: i.share.owner,
		Receiver: i.receiver, Status: i.inv.StatusAt(now), SentAt: i.inv.SentAt, ExpiresAt: i.inv.ExpiresAt,
		AssociationEntity: i.assoc.entity, AssociationCreated: fromNanos(i.assoc.created),
	}
	if i.assoc.isIAM() {
		v.ReceiverARN = i.assoc.entity
	}
	if v.Status == invitation.Revoked {
		v.Status = invitation.Expired
	}
	return v
}

// find returns the share's current association with entity of type typ.
func (sh *ramShare) find(typ RAMAssociationType, entity string) *ramAssoc {
	for _, a := range sh.assocs {
		if a.typ == typ && a.entity == entity {
			return a
		}
	}
	return nil
}

func assocLess(a, b *ramAssoc) int {
	if a.created != b.created {
		if a.created < b.created {
			return -1
		}
		return 1
	}
	if a.typ != b.typ {
		return strings.Compare(string(a.typ), string(b.typ))
	}
	return strings.Compare(a.entity, b.entity)
}

// insert places a fresh association in creation order, replacing any older
// record for the same entity.
func (sh *ramShare) insert(a *ramAssoc) {
	if old := sh.find(a.typ, a.entity); old != nil {
		i := slices.Index(sh.assocs, old)
		sh.assocs = slices.Delete(sh.assocs, i, i+1)
	}
	i, _ := slices.BinarySearchFunc(sh.assocs, a, assocLess)
	sh.assocs = slices.Insert(sh.assocs, i, a)
}

func (sh *ramShare) count(typ RAMAssociationType) int {
	n := 0
	for _, a := range sh.assocs {
		if a.typ == typ && a.state.live() {
			n++
		}
	}
	return n
}

// hasExternal reports whether a live principal association is external.
func (sh *ramShare) hasExternal() bool {
	for _, a := range sh.assocs {
		if a.typ == RAMPrincipalAssociation && a.state.live() && a.external() {
			return true
		}
	}
	return false
}

func (sh *ramShare) permissionFor(t *RAMResourceType) *RAMPermission {
	for _, p := range sh.perms {
		if p.typ == t {
			return p.perm
		}
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }
