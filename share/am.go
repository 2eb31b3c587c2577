package share

import (
	"slices"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
)

// AMOptions configure Audit Manager. Zero fields take AWS's defaults.
type AMOptions struct {
	// RequireRegistration makes every (account, region) start unregistered,
	// so each must call RegisterAccount before using Audit Manager and before
	// it can receive a framework. False, the default, counts every (account,
	// region) as registered.
	RequireRegistration bool
	// ShareRequestLifetime is how long a share request stays open. Zero
	// means 120 days.
	ShareRequestLifetime time.Duration
	// ExpiringWindow is the last stretch of that lifetime in which an open
	// request is EXPIRING. Zero means 30 days.
	ExpiringWindow time.Duration
	// Regions are the Audit Manager regions a framework can be shared to.
	// Nil means the twelve regions AWS offers Audit Manager in.
	Regions []string
	// MaxCustomFrameworks is the custom frameworks an (account, region) may
	// hold, received copies included. Zero means 100.
	MaxCustomFrameworks int
	// MaxCustomControls is the custom controls an (account, region) may hold.
	// Zero means 500.
	MaxCustomControls int
	// MaxControlsPerFramework is the controls one framework may hold across
	// its control sets. Zero means 1400.
	MaxControlsPerFramework int
	// MaxActiveShareRecipients is the distinct accounts a sender may have
	// open or shared requests with. Zero means 100. Exceeding it fails
	// StartAssessmentFrameworkShare with ServiceQuotaExceededException, which
	// that operation's model does not list (aws-sdk-go-v2 reports a generic
	// API error with that code).
	MaxActiveShareRecipients int
	// Throttle, when set, is asked before every Audit Manager operation but
	// GetAccountStatus; true makes the call fail with ThrottlingException.
	// Only RegisterAccount lists that exception in its model; elsewhere
	// aws-sdk-go-v2 reports a generic API error with that code. It runs
	// under the store's lock and must not call the store.
	Throttle func(op string, caller Caller) bool
}

// AMRegions are the regions Audit Manager is offered in: the default for
// [AMOptions.Regions].
var AMRegions = []string{
	"us-east-1", "us-east-2", "us-west-1", "us-west-2", "ap-south-1", "ap-southeast-1",
	"ap-southeast-2", "ap-northeast-1", "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2",
}

func (o AMOptions) withDefaults() AMOptions {
	if o.ShareRequestLifetime == 0 {
		o.ShareRequestLifetime = 120 * 24 * time.Hour
	}
	if o.ExpiringWindow == 0 {
		o.ExpiringWindow = 30 * 24 * time.Hour
	}
	if o.Regions == nil {
		o.Regions = AMRegions
	}
	o.Regions = slices.Clone(o.Regions)
	if o.MaxCustomFrameworks == 0 {
		o.MaxCustomFrameworks = 100
	}
	if o.MaxCustomControls == 0 {
		o.MaxCustomControls = 500
	}
	if o.MaxControlsPerFramework == 0 {
		o.MaxControlsPerFramework = 1400
	}
	if o.MaxActiveShareRecipients == 0 {
		o.MaxActiveShareRecipients = 100
	}
	return o
}

// Entities Audit Manager names in errors.
const (
	EntityAMFramework    = "am-framework"
	EntityAMControl      = "am-control"
	EntityAMShareRequest = "am-share-request"
	EntityAMControlSet   = "am-control-set"
)

// Reasons Audit Manager errors carry, so the facade can pick its message.
// Where a message needs a value, the error's ID holds it.
const (
	// AMReasonNotRegistered: the caller has not registered Audit Manager in
	// this region (ErrAccessDenied).
	AMReasonNotRegistered = "am-not-registered"
	// AMReasonThrottled: the Throttle option refused the call (ErrLimitExceeded).
	AMReasonThrottled = "am-throttled"
	// AMReasonCustomFrameworks: the custom framework quota (ErrLimitExceeded).
	AMReasonCustomFrameworks = "am-custom-frameworks"
	// AMReasonCustomControls: the custom control quota (ErrLimitExceeded).
	AMReasonCustomControls = "am-custom-controls"
	// AMReasonControlsPerFramework: the per-framework control quota (ErrLimitExceeded).
	AMReasonControlsPerFramework = "am-controls-per-framework"
	// AMReasonActiveRecipients: the active recipient quota (ErrLimitExceeded).
	AMReasonActiveRecipients = "am-active-recipients"
	// AMReasonStandardNotShareable: Start on a standard framework.
	AMReasonStandardNotShareable = "am-standard-not-shareable"
	// AMReasonStandardFrameworkUpdate: Update on a standard framework.
	AMReasonStandardFrameworkUpdate = "am-standard-framework-update"
	// AMReasonStandardFrameworkDelete: Delete on a standard framework.
	AMReasonStandardFrameworkDelete = "am-standard-framework-delete"
	// AMReasonStandardControlUpdate: Update on a standard control.
	AMReasonStandardControlUpdate = "am-standard-control-update"
	// AMReasonStandardControlDelete: Delete on a standard control.
	AMReasonStandardControlDelete = "am-standard-control-delete"
	// AMReasonUnsupportedRegion: ID is a destination region without Audit Manager.
	AMReasonUnsupportedRegion = "am-unsupported-region"
	// AMReasonSelfShare: a share to the caller's own account and region.
	AMReasonSelfShare = "am-self-share"
	// AMReasonReplicating: ID is a request whose resend must wait for replication.
	AMReasonReplicating = "am-replicating"
	// AMReasonSentOnlyRevoke: ID is an action other than REVOKE on a SENT request.
	AMReasonSentOnlyRevoke = "am-sent-only-revoke"
	// AMReasonReceivedOnlyAnswer: ID is REVOKE on a RECEIVED request.
	AMReasonReceivedOnlyAnswer = "am-received-only-answer"
	// AMReasonNotRevocable: the request is not ACTIVE or EXPIRING, so it
	// cannot be revoked.
	AMReasonNotRevocable = "am-not-revocable"
	// AMReasonNotAnswerable: the request is not ACTIVE or EXPIRING, so it
	// cannot be accepted or declined.
	AMReasonNotAnswerable = "am-not-answerable"
	// AMReasonDeleteBlocked: ID is the status that forbids deleting the request.
	AMReasonDeleteBlocked = "am-delete-blocked"
	// AMReasonDuplicateControlSet: ID is a control set name used twice.
	AMReasonDuplicateControlSet = "am-duplicate-control-set"
	// AMReasonUnknownControlSet: ID is a control set id the framework lacks.
	AMReasonUnknownControlSet = "am-unknown-control-set"
	// AMReasonUnsupportedSourceType: ID is a mapping source type sharesim
	// does not accept.
	AMReasonUnsupportedSourceType = "am-unsupported-source-type"
	// AMReasonSourceSetUpMismatch: ID is a source type whose set-up option
	// does not fit it.
	AMReasonSourceSetUpMismatch = "am-source-setup-mismatch"
	// AMReasonSourceKeywordRequired: ID is an AWS_* source type given without
	// a keyword.
	AMReasonSourceKeywordRequired = "am-source-keyword-required"
)

// AMType tells standard (shipped, read-only) things from custom ones.
type AMType string

// The types of frameworks and controls.
const (
	AMStandard AMType = "Standard"
	AMCustom   AMType = "Custom"
	AMCore     AMType = "Core"
)

// AMSourceKeyword is a mapping source's keyword.
type AMSourceKeyword struct {
	InputType string
	Value     string
}

// AMMappingSource is where a control collects evidence from.
type AMMappingSource struct {
	SourceID            string
	Name                string
	Description         string
	SetUpOption         string
	Type                string
	Keyword             *AMSourceKeyword
	Frequency           string
	TroubleshootingText string
}

// AMControl is a control: the full object GetControl returns.
type AMControl struct {
	ARN                    string
	ID                     string
	Type                   AMType
	Name                   string
	Description            string
	TestingInformation     string
	ActionPlanTitle        string
	ActionPlanInstructions string
	MappingSources         []AMMappingSource
	CreatedAt              time.Time
	LastUpdatedAt          time.Time
	CreatedBy              string
	LastUpdatedBy          string
	Tags                   Tags
}

// AMControlSet is a framework's group of controls. Its ID is its name.
// Controls are partial: without mapping sources and tags.
type AMControlSet struct {
	ID       string
	Name     string
	Controls []AMControl
}

// AMFramework is an assessment framework.
type AMFramework struct {
	ARN            string
	ID             string
	Type           AMType
	Name           string
	Description    string
	ComplianceType string
	ControlSets    []AMControlSet
	CreatedAt      time.Time
	LastUpdatedAt  time.Time
	CreatedBy      string
	LastUpdatedBy  string
	Tags           Tags
}

// AMFrameworkMetadata is a framework as ListAssessmentFrameworks shows it.
type AMFrameworkMetadata struct {
	ARN              string
	ID               string
	Type             AMType
	Name             string
	Description      string
	ComplianceType   string
	ControlsCount    int
	ControlSetsCount int
	CreatedAt        time.Time
	LastUpdatedAt    time.Time
}

// amControl is a stored control. Standard controls have no owner.
type amControl struct {
	AMControl
	owner Caller
}

func (c *amControl) view(region string) AMControl {
	v := c.AMControl
	v.ARN = amARN(region, c.owner.Account, "control", c.ID)
	v.MappingSources = slices.Clone(c.MappingSources)
	for i, s := range v.MappingSources {
		if s.Keyword != nil {
			k := *s.Keyword
			v.MappingSources[i].Keyword = &k
		}
	}
	v.Tags = c.Tags.Clone()
	return v
}

// partial is the control as frameworks show it.
func (c *amControl) partial(region string) AMControl {
	v := c.AMControl
	v.ARN = amARN(region, c.owner.Account, "control", c.ID)
	v.MappingSources, v.Tags = nil, nil
	return v
}

type amSet struct {
	name     string
	controls []string // control IDs
}

func cloneSets(sets []amSet) []amSet {
	out := make([]amSet, len(sets))
	for i, s := range sets {
		out[i] = amSet{name: s.name, controls: slices.Clone(s.controls)}
	}
	return out
}

type amFramework struct {
	id, name, description, complianceType string
	typ                                   AMType
	owner                                 Caller
	sets                                  []amSet
	createdAt, lastUpdatedAt              time.Time
	createdBy, lastUpdatedBy              string
	tags                                  Tags
}

func (f *amFramework) controlsCount() int {
	n := 0
	for _, s := range f.sets {
		n += len(s.controls)
	}
	return n
}

func (f *amFramework) metadata(region string) AMFrameworkMetadata {
	return AMFrameworkMetadata{
		ARN: amARN(region, f.owner.Account, "assessmentFramework", f.id), ID: f.id, Type: f.typ,
		Name: f.name, Description: f.description, ComplianceType: f.complianceType,
		ControlsCount: f.controlsCount(), ControlSetsCount: len(f.sets),
		CreatedAt: f.createdAt, LastUpdatedAt: f.lastUpdatedAt,
	}
}

func amARN(region, account, kind, id string) string {
	return ARN{Partition: "aws", Service: "auditmanager", Region: region, Account: account, Resource: kind + "/" + id}.String()
}

// amScope is one (account, region)'s Audit Manager.
type amScope struct {
	registered   bool
	controls     map[string]*amControl
	controlIdx   ordered.Map[*amControl]
	frameworks   map[string]*amFramework
	frameworkIdx ordered.Map[*amFramework]
	sent         ordered.Map[*amRequest] // requests this scope sent, by creation
	received     ordered.Map[*amRequest] // requests sent to this scope, by creation
}

// amState is Audit Manager's part of the world. The store's lock guards it.
type amState struct {
	scopes   map[Caller]*amScope
	requests map[string]*amRequest
	// latest is the newest request per (sender scope, framework, destination)
	// still in the sender's view: where a resend lands.
	latest map[amRoute]*amRequest
	// bySender holds, per sender account and destination account, the
	// requests that may still count as active recipients.
	bySender map[string]map[string][]*amRequest
}

type amRoute struct {
	from        Caller
	frameworkID string
	to          Caller
}

func newAMState() *amState {
	return &amState{
		scopes:   map[Caller]*amScope{},
		requests: map[string]*amRequest{},
		latest:   map[amRoute]*amRequest{},
		bySender: map[string]map[string][]*amRequest{},
	}
}

// orgChanged: Audit Manager checks membership only when a send or an accept
// settles, so membership changes need no bookkeeping.
func (st *amState) orgChanged(tx *Tx, ev OrgEvent) {}

// scope returns the (account, region) state, nil when nothing was ever
// stored there. Use scopeFor to create it.
func (st *amState) scope(c Caller) *amScope { return st.scopes[c] }

func (st *amState) scopeFor(tx *Tx, c Caller) *amScope {
	sc := st.scopes[c]
	if sc == nil {
		sc = &amScope{
			registered: !tx.s.opts.AuditManager.RequireRegistration,
			controls:   map[string]*amControl{},
			frameworks: map[string]*amFramework{},
		}
		st.scopes[c] = sc
	}
	return sc
}

func (st *amState) registered(tx *Tx, c Caller) bool {
	if sc := st.scope(c); sc != nil {
		return sc.registered
	}
	return !tx.s.opts.AuditManager.RequireRegistration
}

// amGate runs the checks every operation starts with: throttling, then
// registration.
func (tx *Tx) amGate(op string, c Caller) error {
	if t := tx.s.opts.AuditManager.Throttle; t != nil && t(op, c) {
		return newError(op, ErrLimitExceeded, "", "").because(AMReasonThrottled)
	}
	if !tx.s.am.registered(tx, c) {
		return newError(op, ErrAccessDenied, EntityAccount, c.Account).because(AMReasonNotRegistered)
	}
	return nil
}

// AMAccountStatus reports whether the caller has Audit Manager registered in
// its region. It never fails.
func (s *Store) AMAccountStatus(c Caller) bool {
	var ok bool
	_ = s.View(func(tx *Tx) error {
		ok = tx.s.am.registered(tx, c)
		return nil
	})
	return ok
}

// AMRegisterAccount registers Audit Manager for the caller in its region.
// Registering again is harmless.
func (s *Store) AMRegisterAccount(c Caller) error {
	return s.Update(func(tx *Tx) error {
		if t := tx.s.opts.AuditManager.Throttle; t != nil && t("RegisterAccount", c) {
			return newError("RegisterAccount", ErrLimitExceeded, "", "").because(AMReasonThrottled)
		}
		tx.s.am.scopeFor(tx, c).registered = true
		return nil
	})
}

// AMDeregisterAccount deregisters Audit Manager for the caller in its
// region. Its data is kept.
func (s *Store) AMDeregisterAccount(c Caller) error {
	return s.Update(func(tx *Tx) error {
		if err := tx.amGate("DeregisterAccount", c); err != nil {
			return err
		}
		tx.s.am.scopeFor(tx, c).registered = false
		return nil
	})
}

// SetAMRegistered marks Audit Manager registered or not for account in
// region, as embedding code arranging a world would.
func (s *Store) SetAMRegistered(account, region string, registered bool) {
	_ = s.Update(func(tx *Tx) error {
		tx.s.am.scopeFor(tx, Caller{Account: account, Region: region}).registered = registered
		return nil
	})
}
