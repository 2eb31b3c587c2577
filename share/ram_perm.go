package share

import (
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
)

// Permission types and statuses (ram.md §C.9, B4–B11).
const (
	RAMAWSManaged             = "AWS_MANAGED"
	RAMCustomerManaged        = "CUSTOMER_MANAGED"
	RAMPermissionAttachable   = "ATTACHABLE"
	RAMPermissionUnattachable = "UNATTACHABLE"
	RAMPermissionDeleted      = "DELETED"
	// RAMPermissionAssociated is the status of a permission attached to a
	// share, in ListResourceSharePermissions and ListPermissionAssociations.
	RAMPermissionAssociated = "ASSOCIATED"
)

// Statuses of ReplacePermissionAssociations work (B13).
const (
	RAMWorkInProgress = "IN_PROGRESS"
	RAMWorkCompleted  = "COMPLETED"
)

// RAMTemplateProblem says why a policy template is malformed; it is the ID of
// a ReasonMalformedTemplate error.
type RAMTemplateProblem = string

// The problems a policy template can have (ram.md B6 step 3). A key that is
// not allowed is reported as RAMTemplateUnknownKey + the key.
const (
	RAMTemplateNotObject           RAMTemplateProblem = "not-object"
	RAMTemplateResourceOrPrincipal RAMTemplateProblem = "resource-or-principal"
	RAMTemplateUnknownKey          RAMTemplateProblem = "unknown-key:"
	RAMTemplateEffect              RAMTemplateProblem = "effect"
	RAMTemplateAction              RAMTemplateProblem = "action"
	RAMTemplateCondition           RAMTemplateProblem = "condition"
)

// ramPerm is a permission with all its versions: an AWS-managed one of the
// registry (read-only, one version) or a customer-managed one.
type ramPerm struct {
	key              string // resource type + "\x00" + name: ListPermissions order
	arn, name        string
	owner, region    string // customer-managed only
	rtype            *RAMResourceType
	versions         []*RAMPermission // ascending Version
	dflt             int              // the default version
	customer         bool
	feature          string // "" is STANDARD
	status           string
	tags             Tags
	created, updated time.Time
}

func (p *ramPerm) version(v int) *RAMPermission {
	for _, x := range p.versions {
		if x.Version == v {
			return x
		}
	}
	return nil
}

func (p *ramPerm) current() *RAMPermission { return p.version(p.dflt) }

func (p *ramPerm) typeDefault() bool { return !p.customer && p.versions[0].IsDefault }

func featureOr(f string) string {
	if f == "" {
		return RAMFeatureStandard
	}
	return f
}

// RAMPermissionSummary is a copy of one version of a permission, with what
// the permission says about it.
type RAMPermissionSummary struct {
	ARN, Name, ResourceType string
	Version                 int
	// DefaultVersion reports whether Version is the permission's default.
	DefaultVersion bool
	// IsResourceTypeDefault reports the default AWS-managed permission of
	// its type.
	IsResourceTypeDefault bool
	// Type is RAMAWSManaged or RAMCustomerManaged.
	Type       string
	FeatureSet string
	Status     string
	// Template is the policy template as a JSON string.
	Template             string
	CreatedAt, UpdatedAt time.Time
	Tags                 Tags
}

func (p *ramPerm) summary(v *RAMPermission) RAMPermissionSummary {
	typ := RAMAWSManaged
	if p.customer {
		typ = RAMCustomerManaged
	}
	updated := v.CreatedAt
	if v.Version == p.dflt && p.updated.After(updated) {
		updated = p.updated
	}
	return RAMPermissionSummary{
		ARN: p.arn, Name: p.name, ResourceType: p.rtype.Type, Version: v.Version, DefaultVersion: v.Version == p.dflt,
		IsResourceTypeDefault: p.typeDefault(), Type: typ, FeatureSet: featureOr(p.feature), Status: p.status,
		Template: v.Template, CreatedAt: v.CreatedAt, UpdatedAt: updated, Tags: p.tags.Clone(),
	}
}

// ramTemplate renders a policy template canonically.
func ramTemplate(actions []string, cond map[string]any) string {
	b, _ := json.Marshal(struct {
		Effect    string         `json:"Effect"`
		Action    []string       `json:"Action"`
		Condition map[string]any `json:"Condition,omitempty"`
	}{"Allow", actions, cond})
	return string(b)
}

// ParseRAMPolicyTemplate parses a permission's policy template (ram.md B6
// step 3): a JSON object with Effect Allow (any case, may be omitted), an
// Action that is a string or a non-empty list of strings, an optional
// Condition object, and nothing else. It returns the actions and condition,
// or the problem.
func ParseRAMPolicyTemplate(s string) (actions []string, cond map[string]any, problem RAMTemplateProblem) {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &doc); err != nil || doc == nil {
		return nil, nil, RAMTemplateNotObject
	}
	keys := make([]string, 0, len(doc))
	for k := range doc {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		switch k {
		case "Effect", "Action", "Condition":
		case "Resource", "NotResource", "Principal", "NotPrincipal":
			return nil, nil, RAMTemplateResourceOrPrincipal
		default:
			return nil, nil, RAMTemplateUnknownKey + k
		}
	}
	if raw, ok := doc["Effect"]; ok {
		var e string
		if json.Unmarshal(raw, &e) != nil || !strings.EqualFold(e, "Allow") {
			return nil, nil, RAMTemplateEffect
		}
	}
	raw, ok := doc["Action"]
	if !ok {
		return nil, nil, RAMTemplateAction
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		actions = []string{one}
	} else if json.Unmarshal(raw, &actions) != nil {
		return nil, nil, RAMTemplateAction
	}
	if len(actions) == 0 || slices.Contains(actions, "") {
		return nil, nil, RAMTemplateAction
	}
	if raw, ok := doc["Condition"]; ok {
		if json.Unmarshal(raw, &cond) != nil || cond == nil {
			return nil, nil, RAMTemplateCondition
		}
	}
	return actions, cond, ""
}

// serviceCode is the part of a resource type before ":".
func (t *RAMResourceType) serviceCode() string { return t.Type[:strings.IndexByte(t.Type, ':')] }

// parseTemplate applies B6 steps 3 and 4 for resource type t.
func parseTemplate(op, template string, t *RAMResourceType) ([]string, map[string]any, error) {
	actions, cond, problem := ParseRAMPolicyTemplate(template)
	if problem != "" {
		return nil, nil, ramErr(op, ErrInvalidArgument, EntityPermission, problem, ReasonMalformedTemplate)
	}
	for _, a := range actions {
		svc, _, ok := strings.Cut(a, ":")
		if !ok || svc != t.serviceCode() {
			return nil, nil, &Error{Op: op, Kind: ErrInvalidArgument, Entity: EntityPermission, ID: a,
				Reason: ReasonActionNotSupported, Err: &RAMErrorDetail{Action: a, ResourceType: t.Type}}
		}
	}
	return actions, cond, nil
}

var ramPermissionNameRE = regexp.MustCompile(`^[\w.-]{1,36}$`)

// ValidPermissionName reports whether s is a valid customer-managed
// permission name: 1–36 characters of letters, digits, "_", "." and "-".
func ValidPermissionName(s string) bool { return ramPermissionNameRE.MatchString(s) }

// lookupPerm returns the permission arn names, as the caller sees it:
// AWS-managed ones from anywhere, customer-managed ones it owns in its region.
func (st *ramState) lookupPerm(tx *Tx, op string, c Caller, arn string) (*ramPerm, error) {
	if !ValidPermissionARN(arn) {
		return nil, ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonMalformedARN)
	}
	if p := tx.s.opts.RAM.registry.families[arn]; p != nil {
		return p, nil
	}
	if p := st.perms[arn]; p != nil && p.owner == c.Account && p.region == c.Region {
		return p, nil
	}
	return nil, ramErr(op, ErrNotFound, EntityPermission, arn, "")
}

// ownPerm is lookupPerm for calls that change a customer-managed permission:
// an AWS-managed one fails with awsKind and awsReason.
func (st *ramState) ownPerm(tx *Tx, op string, c Caller, arn string, awsKind error, awsReason string) (*ramPerm, error) {
	p, err := st.lookupPerm(tx, op, c, arn)
	if err != nil {
		return nil, err
	}
	if !p.customer {
		return nil, ramErr(op, awsKind, EntityPermission, arn, awsReason)
	}
	return p, nil
}

// familyOf returns the permission a version belongs to.
func (st *ramState) familyOf(tx *Tx, v *RAMPermission) *ramPerm {
	if v.Customer {
		return st.perms[v.ARN]
	}
	return tx.s.opts.RAM.registry.families[v.ARN]
}

func (st *ramState) permsOf(region, owner string) *ordered.Map[*ramPerm] {
	k := regionKey(region, owner)
	m := st.permsOwned[k]
	if m == nil {
		m = &ordered.Map[*ramPerm]{}
		st.permsOwned[k] = m
	}
	return m
}

// RAMCreatePermissionInput is CreatePermission's input.
type RAMCreatePermissionInput struct {
	Name         string
	ResourceType string // exact registry spelling
	Template     string
	Tags         []RAMTag
	Idempotency  RAMIdempotency
}

// RAMPermissionResult is a permission and the client token of the call that
// returned it.
type RAMPermissionResult struct {
	Permission  RAMPermissionSummary
	ClientToken string
}

// checkNewPermission applies B6 steps 6 and 7 to a new permission named name
// of type t owned by the caller.
func (st *ramState) checkNewPermission(tx *Tx, op string, c Caller, name string, t *RAMResourceType) error {
	o := &tx.s.opts.RAM
	arn := "arn:aws:ram:" + c.Region + ":" + c.Account + ":permission/" + name
	if st.perms[arn] != nil {
		return ramErr(op, ErrAlreadyExists, EntityPermission, name, "")
	}
	m := st.permsOf(c.Region, c.Account)
	perType := 0
	m.Ascend(t.Type+"\x00", func(k string, p *ramPerm) bool {
		if p.rtype != t {
			return false
		}
		perType++
		return true
	})
	switch {
	case m.Len()+1 > o.MaxCustomerManagedPermissions:
		return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityPermission, Reason: ReasonQuotaPermissions, Limit: o.MaxCustomerManagedPermissions}
	case perType+1 > o.MaxCustomerManagedPermissionsPerType:
		return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityPermission, Reason: ReasonQuotaPermissions, Limit: o.MaxCustomerManagedPermissionsPerType}
	}
	return nil
}

// addPermission creates a customer-managed permission with version 1.
func (st *ramState) addPermission(tx *Tx, c Caller, name string, t *RAMResourceType, actions []string, cond map[string]any, feature, status string, tags Tags) *ramPerm {
	arn := "arn:aws:ram:" + c.Region + ":" + c.Account + ":permission/" + name
	v := &RAMPermission{ARN: arn, Name: name, ResourceType: t.Type, Version: 1, Actions: actions, Condition: cond,
		Template: ramTemplate(actions, cond), Customer: true, CreatedAt: tx.now}
	p := &ramPerm{key: t.Type + "\x00" + name, arn: arn, name: name, owner: c.Account, region: c.Region, rtype: t,
		versions: []*RAMPermission{v}, dflt: 1, customer: true, feature: feature, status: status, tags: tags,
		created: tx.now, updated: tx.now}
	st.perms[arn] = p
	st.permsOf(c.Region, c.Account).Set(p.key, p)
	return p
}

// CreateRAMPermission creates a customer-managed permission (ram.md B6). It
// fails with ErrInvalidArgument (unknown type, a type without
// customer-managed permissions, a malformed template, an action of another
// service, bad tags), ErrAlreadyExists (the name is taken in the region),
// ErrLimitExceeded (quotas, tags) or ErrIdempotencyMismatch.
func (s *Store) CreateRAMPermission(c Caller, in RAMCreatePermissionInput) (RAMPermissionResult, error) {
	const op = "CreatePermission"
	var out RAMPermissionResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, in.Idempotency, &out); done || err != nil {
			return err
		}
		if !ValidPermissionName(in.Name) {
			return ramErr(op, ErrInvalidArgument, EntityPermission, in.Name, ReasonPermissionName)
		}
		t := s.opts.RAM.registry.byName[strings.ToLower(in.ResourceType)]
		if t == nil || t.Type != in.ResourceType {
			return ramErr(op, ErrInvalidArgument, EntityResource, in.ResourceType, ReasonUnknownResourceType)
		}
		if !t.CustomerPermissions {
			return ramErr(op, ErrInvalidArgument, EntityResource, t.Type, ReasonNoCustomerPermissions)
		}
		actions, cond, err := parseTemplate(op, in.Template, t)
		if err != nil {
			return err
		}
		tags, err := mergeTags(tx, op, nil, in.Tags)
		if err != nil {
			return err
		}
		if err := st.checkNewPermission(tx, op, c, in.Name, t); err != nil {
			return err
		}
		p := st.addPermission(tx, c, in.Name, t, actions, cond, "", RAMPermissionAttachable, tags)
		out = RAMPermissionResult{Permission: p.summary(p.current()), ClientToken: tx.ramToken(in.Idempotency)}
		rememberRAM(tx, c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// CreateRAMPermissionVersion adds a version to a customer-managed
// permission; it becomes the default (ram.md B7). Shares keep the version
// they use.
func (s *Store) CreateRAMPermissionVersion(c Caller, arn, template string, idem RAMIdempotency) (RAMPermissionResult, error) {
	const op = "CreatePermissionVersion"
	var out RAMPermissionResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, idem, &out); done || err != nil {
			return err
		}
		p, err := st.ownPerm(tx, op, c, arn, ErrInvalidArgument, ReasonAWSManagedVersion)
		if err != nil {
			return err
		}
		actions, cond, err := parseTemplate(op, template, p.rtype)
		if err != nil {
			return err
		}
		if max := s.opts.RAM.MaxPermissionVersions; len(p.versions)+1 > max {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityPermission, ID: arn, Reason: ReasonQuotaPermissionVersions, Limit: max}
		}
		v := &RAMPermission{ARN: p.arn, Name: p.name, ResourceType: p.rtype.Type, Version: p.versions[len(p.versions)-1].Version + 1,
			Actions: actions, Condition: cond, Template: ramTemplate(actions, cond), Customer: true, CreatedAt: tx.now}
		p.versions = append(p.versions, v)
		p.dflt, p.updated = v.Version, tx.now
		out = RAMPermissionResult{Permission: p.summary(v), ClientToken: tx.ramToken(idem)}
		rememberRAM(tx, c, op, idem, out)
		return nil
	})
	return out, err
}

// DeleteRAMPermission deletes a customer-managed permission and all its
// versions (ram.md B8). It returns the client token. It fails with
// ErrNotFound, ErrAccessDenied (AWS-managed, or attached to a share) or
// ErrIdempotencyMismatch.
func (s *Store) DeleteRAMPermission(c Caller, arn string, idem RAMIdempotency) (string, error) {
	const op = "DeletePermission"
	var out string
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, idem, &out); done || err != nil {
			return err
		}
		p, err := st.ownPerm(tx, op, c, arn, ErrAccessDenied, ReasonAWSManagedDelete)
		if err != nil {
			return err
		}
		if len(st.sharesWithPermission(c, arn)) > 0 {
			return ramErr(op, ErrAccessDenied, EntityPermission, arn, ReasonPermissionInUse)
		}
		delete(st.perms, arn)
		st.permsOf(p.region, p.owner).Delete(p.key)
		p.status = RAMPermissionDeleted
		out = tx.ramToken(idem)
		rememberRAM(tx, c, op, idem, out)
		return nil
	})
	return out, err
}

// DeleteRAMPermissionVersion deletes one version of a customer-managed
// permission (ram.md B9). It fails with ErrNotFound, ErrAccessDenied
// (AWS-managed, or the version is attached), ErrInvalidArgument (no such
// version, the only version, the default version) or
// ErrIdempotencyMismatch.
func (s *Store) DeleteRAMPermissionVersion(c Caller, arn string, version int, idem RAMIdempotency) (string, error) {
	const op = "DeletePermissionVersion"
	var out string
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, idem, &out); done || err != nil {
			return err
		}
		p, err := st.ownPerm(tx, op, c, arn, ErrAccessDenied, ReasonAWSManagedDelete)
		if err != nil {
			return err
		}
		detail := &RAMErrorDetail{Version: version}
		v := p.version(version)
		// ram.md B9 lists "the default version" before "the only version",
		// but a sole version is always the default, so that order would
		// never say "only": the only version is checked first.
		switch {
		case v == nil:
			return &Error{Op: op, Kind: ErrInvalidArgument, Entity: EntityPermission, ID: arn, Reason: ReasonVersionMissing, Err: detail}
		case len(p.versions) == 1:
			return ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonDeleteOnlyVersion)
		case version == p.dflt:
			return ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonDeleteDefaultVersion)
		}
		used := false
		for _, sh := range st.sharesWithPermission(c, arn) {
			used = used || slices.ContainsFunc(sh.perms, func(a ramAttached) bool { return a.perm == v })
		}
		if used {
			return &Error{Op: op, Kind: ErrAccessDenied, Entity: EntityPermission, ID: arn, Reason: ReasonVersionInUse, Err: detail}
		}
		p.versions = slices.DeleteFunc(p.versions, func(x *RAMPermission) bool { return x == v })
		p.updated = tx.now
		out = tx.ramToken(idem)
		rememberRAM(tx, c, op, idem, out)
		return nil
	})
	return out, err
}

// SetDefaultRAMPermissionVersion makes version the default of a
// customer-managed permission (ram.md B11). Shares keep the version they use.
func (s *Store) SetDefaultRAMPermissionVersion(c Caller, arn string, version int, idem RAMIdempotency) (string, error) {
	const op = "SetDefaultPermissionVersion"
	var out string
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, idem, &out); done || err != nil {
			return err
		}
		p, err := st.ownPerm(tx, op, c, arn, ErrInvalidArgument, ReasonAWSManagedDefault)
		if err != nil {
			return err
		}
		if p.version(version) == nil {
			return &Error{Op: op, Kind: ErrInvalidArgument, Entity: EntityPermission, ID: arn, Reason: ReasonVersionMissing,
				Err: &RAMErrorDetail{Version: version}}
		}
		p.dflt, p.updated = version, tx.now
		out = tx.ramToken(idem)
		rememberRAM(tx, c, op, idem, out)
		return nil
	})
	return out, err
}

// GetRAMPermission returns a version of a permission the caller sees, the
// default one when version is nil (ram.md B5).
func (s *Store) GetRAMPermission(c Caller, arn string, version *int) (RAMPermissionSummary, error) {
	const op = "GetPermission"
	var out RAMPermissionSummary
	err := s.View(func(tx *Tx) error {
		p, err := s.ram.lookupPerm(tx, op, c, arn)
		if err != nil {
			return err
		}
		v := p.current()
		if version != nil {
			if v = p.version(*version); v == nil {
				return &Error{Op: op, Kind: ErrNotFound, Entity: EntityPermission, ID: arn, Reason: ReasonVersionNotFound,
					Err: &RAMErrorDetail{Version: *version}}
			}
		}
		out = p.summary(v)
		return nil
	})
	return out, err
}

// pageKeyed returns one page of the items walk yields after key after (the
// decoded token, which the caller checks before looking anything up: ram.md
// §A0 P6), and the token that continues it. walk calls yield, in ascending
// key order, for the items whose key is greater than after, until yield
// returns false.
func pageKeyed[T any](tx *Tx, scope TokenScope, after string, req PageRequest, walk func(after string, yield func(key string, v T) bool)) ([]T, string) {
	out := make([]T, 0, min(req.limit(), 64))
	var last string
	more := false
	walk(after, func(k string, v T) bool {
		if len(out) == req.limit() {
			more = true
			return false
		}
		out = append(out, v)
		last = k
		return true
	})
	if !more {
		return out, ""
	}
	return out, tx.EncodeToken(scope, last)
}

// RAMPermissionQuery selects ListPermissions items.
type RAMPermissionQuery struct {
	// ResourceType is a canonical type, "" for all.
	ResourceType string
	// Type is RAMAWSManaged, RAMCustomerManaged or "" for both.
	Type string
	Page PageRequest
}

// ListRAMPermissions lists the AWS-managed permissions, then the caller's
// customer-managed ones in its region, each by resource type and name, as
// their default versions (ram.md B4).
func (s *Store) ListRAMPermissions(c Caller, q RAMPermissionQuery) ([]RAMPermissionSummary, string, error) {
	const op = "ListPermissions"
	var out []RAMPermissionSummary
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		scope := ramScope(op, c, q.ResourceType, q.Type)
		after, err := decodeAfter(tx, scope, q.Page.Token)
		if err != nil {
			return err
		}
		keep := func(p *ramPerm) bool { return q.ResourceType == "" || p.rtype.Type == q.ResourceType }
		out, next = pageKeyed(tx, scope, after, q.Page, func(after string, yield func(string, RAMPermissionSummary) bool) {
			if q.Type != RAMCustomerManaged && after < "b" {
				for _, p := range s.opts.RAM.registry.sorted {
					if k := "a" + p.key; k > after && keep(p) && !yield(k, p.summary(p.current())) {
						return
					}
				}
			}
			if q.Type == RAMAWSManaged {
				return
			}
			from := ""
			if strings.HasPrefix(after, "c") {
				from = after[1:]
			}
			if m := st.permsOwned[regionKey(c.Region, c.Account)]; m != nil {
				m.Ascend(from, func(k string, p *ramPerm) bool { return !keep(p) || yield("c"+k, p.summary(p.current())) })
			}
		})
		return nil
	})
	return out, next, err
}

// ListRAMPermissionVersions lists every version of a permission the caller
// sees, ascending (ram.md B10).
func (s *Store) ListRAMPermissionVersions(c Caller, arn string, page PageRequest) ([]RAMPermissionSummary, string, error) {
	const op = "ListPermissionVersions"
	var out []RAMPermissionSummary
	var next string
	err := s.View(func(tx *Tx) error {
		if !ValidPermissionARN(arn) {
			return ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonMalformedARN)
		}
		scope := ramScope(op, c, arn)
		after, err := decodeAfter(tx, scope, page.Token)
		if err != nil {
			return err
		}
		p, err := s.ram.lookupPerm(tx, op, c, arn)
		if err != nil {
			return err
		}
		out, next = pageKeyed(tx, scope, after, page, func(after string, yield func(string, RAMPermissionSummary) bool) {
			for _, v := range p.versions {
				if k := versionKey(v.Version); k > after && !yield(k, p.summary(v)) {
					return
				}
			}
		})
		return nil
	})
	return out, next, err
}

func versionKey(v int) string {
	s := strconv.Itoa(v)
	return strings.Repeat("0", max(0, 10-len(s))) + s
}

// TagRAMPermission adds tags to a customer-managed permission the caller
// owns (ram.md A15). It fails with ErrNotFound, ErrInvalidArgument
// (AWS-managed, bad tags) or ErrLimitExceeded.
func (s *Store) TagRAMPermission(c Caller, arn string, tags []RAMTag) error {
	const op = "TagResource"
	return s.Update(func(tx *Tx) error {
		p, err := s.ram.ownPerm(tx, op, c, arn, ErrInvalidArgument, ReasonAWSManagedTag)
		if err != nil {
			return err
		}
		merged, err := mergeTags(tx, op, p.tags, tags)
		if err != nil {
			return err
		}
		p.tags = merged
		return nil
	})
}

// UntagRAMPermission removes tag keys from a customer-managed permission the
// caller owns (ram.md A16).
func (s *Store) UntagRAMPermission(c Caller, arn string, keys []string) error {
	const op = "UntagResource"
	return s.Update(func(tx *Tx) error {
		p, err := s.ram.ownPerm(tx, op, c, arn, ErrInvalidArgument, ReasonAWSManagedTag)
		if err != nil {
			return err
		}
		if p.tags = p.tags.Without(keys...); len(p.tags) == 0 {
			p.tags = nil
		}
		return nil
	})
}
