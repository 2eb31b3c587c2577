package share

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// RAMIdempotency is the client token of a mutating RAM call and the
// fingerprint of its other input members (ram.md §C.12). An empty Token means
// no idempotency: the result carries a fresh token.
type RAMIdempotency struct {
	Token, Fingerprint string
}

// RAMTag is a tag as a request gives it; nil means the member was absent.
type RAMTag struct {
	Key, Value *string
}

// RAMCreateInput is CreateResourceShare's input, after the facade's prelude.
type RAMCreateInput struct {
	Name                        string
	ResourceARNs                []string
	Principals                  []string
	PermissionARNs              []string
	Sources                     []string
	Tags                        []RAMTag
	AllowExternalPrincipals     *bool // nil means true
	RetainSharingOnAccountLeave *bool
	Idempotency                 RAMIdempotency
}

// RAMShareResult is a share and the client token of the call that returned it.
type RAMShareResult struct {
	Share       ResourceShare
	ClientToken string
}

// RAMUpdateInput is UpdateResourceShare's input.
type RAMUpdateInput struct {
	ARN                     string
	Name                    *string
	AllowExternalPrincipals *bool
	Idempotency             RAMIdempotency
}

// RAMAssociateInput is the input of AssociateResourceShare and
// DisassociateResourceShare.
type RAMAssociateInput struct {
	ARN          string
	ResourceARNs []string
	Principals   []string
	Sources      []string
	Idempotency  RAMIdempotency
}

// RAMAssociationsResult lists the associations a call touched.
type RAMAssociationsResult struct {
	Associations []RAMAssociation
	ClientToken  string
}

// RAMInvitationResult is an answered invitation.
type RAMInvitationResult struct {
	Invitation  RAMInvitation
	ClientToken string
}

var (
	ramPermissionARNRE = regexp.MustCompile(`^(arn:aws:ram::aws:permission/[\w.-]{1,64}|arn:aws:ram:[a-z0-9-]+:\d{12}:permission/[\w.-]{1,36})$`)
	ramSourceOrgRE     = regexp.MustCompile(`^o-[a-z0-9]{10,32}(/r-[0-9a-z]{4,32}(/ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})*)?/?$`)
)

// ValidResourceShareARN reports whether s is a well-formed resource share
// ARN: arn:aws:ram:<region>:<account>:resource-share/<id>, where region is
// [a-z0-9-]+, account 12 digits and id 1–64 of [0-9A-Za-z-].
func ValidResourceShareARN(s string) bool { return validRAMARN(s, ":resource-share/") }

// ValidInvitationARN reports whether s is a well-formed invitation ARN, as
// ValidResourceShareARN with resource-share-invitation.
func ValidInvitationARN(s string) bool { return validRAMARN(s, ":resource-share-invitation/") }

// validRAMARN matches arn:aws:ram:<region>:<account><kind><id> by hand:
// every by-ARN call checks its ARNs, and a regular expression costs a
// microsecond a match.
func validRAMARN(s, kind string) bool {
	rest, ok := strings.CutPrefix(s, "arn:aws:ram:")
	if !ok {
		return false
	}
	i := strings.IndexByte(rest, ':')
	if i < 1 || !allIn(rest[:i], func(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' }) {
		return false
	}
	rest = rest[i+1:]
	if len(rest) < 12 || !allIn(rest[:12], isDigit) {
		return false
	}
	id, ok := strings.CutPrefix(rest[12:], kind)
	return ok && len(id) >= 1 && len(id) <= 64 &&
		allIn(id, func(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' })
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// allIn reports whether every byte of s satisfies ok.
func allIn(s string, ok func(byte) bool) bool {
	for i := range len(s) {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

// ValidPermissionARN reports whether s is a well-formed permission ARN.
func ValidPermissionARN(s string) bool { return ramPermissionARNRE.MatchString(s) }

// ValidResourceARN reports whether s has the shape of a shareable resource
// ARN (ram.md §C.1): arn:aws:<service>:<region or empty>:<account>:<resource>.
func ValidResourceARN(s string) bool {
	_, ok := parseResourceARN(s)
	return ok
}

func parseResourceARN(s string) (ARN, bool) {
	a, err := ParseARN(s)
	return a, err == nil && a.Partition == "aws" && ramLowerDigitsDash(a.Service, false) &&
		ramLowerDigitsDash(a.Region, true) && isAccountID(a.Account)
}

// isAccountID is ValidAccount without a regular expression, for hot paths.
func isAccountID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for i := 0; i < 12; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func ramLowerDigitsDash(s string, emptyOK bool) bool {
	if s == "" {
		return emptyOK
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func validSource(s string) bool {
	if ValidAccount(s) || ramSourceOrgRE.MatchString(s) {
		return true
	}
	_, err := ParseARN(s)
	return err == nil
}

// ramResource is a parsed resource of a request.
type ramResource struct {
	arn   string
	a     ARN
	rtype *RAMResourceType
}

func (st *ramState) parseResources(tx *Tx, op string, arns []string) ([]ramResource, error) {
	reg := tx.s.opts.RAM.registry
	out := st.scratch.res[:0]
	defer func() { st.scratch.res = out[:0] }()
	for _, s := range arns {
		a, ok := parseResourceARN(s)
		if !ok {
			return nil, ramErr(op, ErrInvalidArgument, EntityResource, s, ReasonMalformedARN)
		}
		t := reg.resolve(a)
		if t == nil {
			return nil, ramErr(op, ErrInvalidArgument, EntityResource, s, ReasonUnshareableType)
		}
		if !slices.ContainsFunc(out, func(r ramResource) bool { return r.arn == s }) {
			out = append(out, ramResource{arn: s, a: a, rtype: t})
		}
	}
	return out, nil
}

// parsePrincipalFast is ParsePrincipal with a fast path for account IDs, the
// commonest principal.
func parsePrincipalFast(s string) (Principal, bool) {
	if isAccountID(s) {
		return Principal{Raw: s, Kind: PrincipalAccount, Account: s}, true
	}
	return ParsePrincipal(s)
}

func (st *ramState) parsePrincipals(op string, ps []string) ([]Principal, error) {
	out := st.scratch.prs[:0]
	defer func() { st.scratch.prs = out[:0] }()
	for _, s := range ps {
		p, ok := parsePrincipalFast(s)
		if !ok {
			return nil, ramErr(op, ErrInvalidArgument, EntityPrincipal, s, ReasonMalformedPrincipal)
		}
		if !slices.ContainsFunc(out, func(q Principal) bool { return q.Raw == s }) {
			out = append(out, p)
		}
	}
	return out, nil
}

func parseSources(op string, ss []string) ([]string, error) {
	var out []string
	for _, s := range ss {
		if !validSource(s) {
			return nil, ramErr(op, ErrInvalidArgument, EntitySource, s, ReasonMalformedSource)
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, nil
}

// mergeTags validates tags (ram.md §C.11) and returns cur with them applied.
func mergeTags(tx *Tx, op string, cur Tags, tags []RAMTag) (Tags, error) {
	if len(tags) == 0 {
		return cur, nil
	}
	out := cur.Clone()
	if out == nil {
		out = Tags{}
	}
	for _, t := range tags {
		switch {
		case t.Key == nil || *t.Key == "":
			return nil, ramErr(op, ErrInvalidArgument, EntityTag, "", ReasonTagMissingKey)
		case t.Value == nil:
			return nil, ramErr(op, ErrInvalidArgument, EntityTag, *t.Key, ReasonTagMissingValue)
		case utf8.RuneCountInString(*t.Key) > 128 || utf8.RuneCountInString(*t.Value) > 256:
			return nil, ramErr(op, ErrInvalidArgument, EntityTag, *t.Key, ReasonTagTooLong)
		case strings.HasPrefix(strings.ToLower(*t.Key), "aws:"):
			return nil, ramErr(op, ErrInvalidArgument, EntityTag, *t.Key, ReasonTagReserved)
		}
		out[*t.Key] = *t.Value
	}
	if max := tx.s.opts.RAM.MaxTagsPerResource; len(out) > max {
		return nil, &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityTag, Reason: ReasonTagLimit, Limit: max}
	}
	return out, nil
}

func (tx *Tx) recallRAM(c Caller, op string, idem RAMIdempotency) (any, bool, error) {
	if idem.Token == "" {
		return nil, false, nil
	}
	return tx.Recall(IdempotencyKey{Account: c.Account, Region: c.Region, Op: op, Token: idem.Token}, idem.Fingerprint)
}

// replayRAM loads into out the result stored under the request's client
// token, and reports whether there was one; the error is the token's mismatch.
func replayRAM[T any](tx *Tx, c Caller, op string, idem RAMIdempotency, out *T) (bool, error) {
	r, ok, err := tx.recallRAM(c, op, idem)
	if ok {
		*out = ramFresh(r.(T))
	}
	return ok, err
}

// rememberRAM stores a copy of result under the request's client token, if
// it has one: the caller keeps result, and each replay gets a copy of its
// own, so that no caller sees another's changes. It is generic so that a
// call without a token does not box result into an interface, which would
// cost an allocation of the result's size.
func rememberRAM[T any](tx *Tx, c Caller, op string, idem RAMIdempotency, result T) {
	if idem.Token != "" {
		tx.Remember(IdempotencyKey{Account: c.Account, Region: c.Region, Op: op, Token: idem.Token}, idem.Fingerprint, ramFresh(result))
	}
}

// ramCloner is a result that holds maps, slices or pointers, and copies
// them.
type ramCloner[T any] interface{ ramClone() T }

// ramFresh returns a copy of v that shares no memory with it.
func ramFresh[T any](v T) T {
	if c, ok := any(v).(ramCloner[T]); ok {
		return c.ramClone()
	}
	return v
}

func (r RAMShareResult) ramClone() RAMShareResult {
	r.Share.Tags = r.Share.Tags.Clone()
	if b := r.Share.RetainSharingOnAccountLeave; b != nil {
		v := *b
		r.Share.RetainSharingOnAccountLeave = &v
	}
	return r
}

func (r RAMAssociationsResult) ramClone() RAMAssociationsResult {
	r.Associations = slices.Clone(r.Associations)
	return r
}

func (r RAMPermissionResult) ramClone() RAMPermissionResult {
	r.Permission.Tags = r.Permission.Tags.Clone()
	return r
}

func (r RAMReplaceResult) ramClone() RAMReplaceResult {
	if v := r.Work.FromVersion; v != nil {
		n := *v
		r.Work.FromVersion = &n
	}
	return r
}

func (tx *Tx) ramToken(idem RAMIdempotency) string {
	if idem.Token != "" {
		return idem.Token
	}
	return tx.UUID()
}

// orgSharing reports the owner's organization and whether RAM sharing is on
// in it (E of ram.md §C.3).
func (tx *Tx) orgSharing(owner string) (Organization, bool, bool) {
	o, ok := tx.OrgOf(owner)
	if !ok {
		return o, false, false
	}
	return o, true, tx.ServiceAccessEnabled(o.ID, RAMServicePrincipal)
}

// ramPlan is a validated change to a share: the associations to create.
type ramPlan struct {
	principals []plannedPrincipal
	resources  []plannedResource
}

type plannedPrincipal struct {
	p        Principal
	gated    bool
	external bool
}

type plannedResource struct {
	r      ramResource
	failed bool
}

// plan applies the organization, principal and resource rules of ram.md
// §C.3 to the entities that will get fresh associations, for the share as it
// will be after the call. existing is the share (nil on create).
func (st *ramState) plan(tx *Tx, op, owner, region string, ae bool, existing *ramShare, prs []Principal, res []ramResource) (ramPlan, error) {
	org, _, E := tx.orgSharing(owner)
	plan := ramPlan{principals: st.scratch.planPrs[:0], resources: st.scratch.planRes[:0]}
	defer func() { st.scratch.planPrs, st.scratch.planRes = plan.principals[:0], plan.resources[:0] }()
	fresh := func(typ RAMAssociationType, entity string) bool {
		if existing == nil {
			return true
		}
		a := existing.find(typ, entity)
		return a == nil || !a.state.live()
	}
	// Types and IAM principals after the call.
	var typesBuf [4]*RAMResourceType
	types := typesBuf[:0]
	iamAfter := false
	externalAfter := false
	if existing != nil {
		for _, a := range existing.assocs {
			if !a.state.live() {
				continue
			}
			if a.typ == RAMResourceAssociation {
				types = append(types, a.rtype)
			} else if a.typ == RAMPrincipalAssociation {
				iamAfter = iamAfter || a.isIAM()
				externalAfter = externalAfter || a.external()
			}
		}
	}
	for _, r := range res {
		if fresh(RAMResourceAssociation, r.arn) {
			types = append(types, r.rtype)
		}
	}
	for _, p := range prs {
		if !fresh(RAMPrincipalAssociation, p.Raw) {
			continue
		}
		if !ae && !E {
			return plan, ramErr(op, ErrAccessDenied, EntityPrincipal, p.Raw, ReasonOrgSharingRequired)
		}
		pp := plannedPrincipal{p: p}
		switch p.Kind {
		case PrincipalOrganization:
			if !E || p.OrgID != org.ID || p.Account != org.ManagementAccount {
				return plan, ramErr(op, ErrNotFound, EntityOrganization, p.OrgID, "")
			}
		case PrincipalOrganizationalUnit:
			if !E || p.OrgID != org.ID || !tx.OUExists(org.ID, p.OUID) {
				return plan, ramErr(op, ErrNotFound, EntityOrganizationalUnit, p.OUID, "")
			}
		case PrincipalService:
		default:
			if p.IsIAM() && slices.ContainsFunc(types, func(t *RAMResourceType) bool { return !t.IAM }) {
				return plan, ramErr(op, ErrInvalidArgument, EntityPrincipal, p.Raw, ReasonIAMNotSupported)
			}
			switch {
			case p.Account == owner:
			case E && tx.SameOrg(p.Account, owner):
			case !ae:
				return plan, ramErr(op, ErrInvalidArgument, EntityPrincipal, p.Account, ReasonNotInYourOrg)
			case slices.ContainsFunc(types, func(t *RAMResourceType) bool { return t.OrgOnly }):
				return plan, ramErr(op, ErrInvalidArgument, EntityPrincipal, p.Raw, ReasonOrgOnlyType)
			default:
				pp.gated, pp.external = true, true
			}
		}
		iamAfter = iamAfter || p.IsIAM()
		externalAfter = externalAfter || pp.external
		plan.principals = append(plan.principals, pp)
	}
	resolver := tx.s.opts.RAM.Resolver
	for _, r := range res {
		if !fresh(RAMResourceAssociation, r.arn) {
			continue
		}
		t := r.rtype
		switch {
		case !ae && !E:
			return plan, ramErr(op, ErrAccessDenied, EntityResource, r.arn, ReasonOrgSharingRequired)
		case t.OrgOnly && (!E || externalAfter):
			return plan, ramErr(op, ErrInvalidArgument, EntityResource, r.arn, ReasonOrgOnlyType)
		case !t.IAM && iamAfter:
			return plan, ramErr(op, ErrInvalidArgument, EntityResource, r.arn, ReasonIAMNotSupported)
		case t.Global && region != DefaultRegion:
			return plan, ramErr(op, ErrInvalidArgument, EntityResource, r.arn, ReasonGlobalRegion)
		}
		// R5: the ARN says whose the resource is and where; a resolver
		// can only fail more of them (ram.md §C.3).
		failed := r.a.Account != owner || (!t.Global && r.a.Region != "" && r.a.Region != region) ||
			tx.s.opts.RAM.StrictResources && !st.registered[r.arn]
		if !failed && resolver != nil {
			o, ok := resolver.Resolve(RAMResource{ARN: r.arn, Type: t.Type, Region: region})
			failed = !ok || o != owner
		}
		plan.resources = append(plan.resources, plannedResource{r: r, failed: failed})
	}
	return plan, nil
}

// checkQuotas checks the association and invitation quotas of a plan.
func (st *ramState) checkQuotas(tx *Tx, op string, own *ramOwned, sh *ramShare, plan ramPlan) error {
	o := &tx.s.opts.RAM
	limit := func(max int, reason string) error {
		return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityResourceShare, Reason: reason, Limit: max}
	}
	nr, np, ng := len(plan.resources), len(plan.principals), 0
	for _, p := range plan.principals {
		if p.gated {
			ng++
		}
	}
	curR, curP := 0, 0
	if sh != nil {
		curR, curP = sh.count(RAMResourceAssociation), sh.count(RAMPrincipalAssociation)
	}
	switch {
	case curR+nr > o.MaxResourceAssociationsPerShare:
		return limit(o.MaxResourceAssociationsPerShare, ReasonQuotaResourcesShare)
	case curP+np > o.MaxPrincipalAssociationsPerShare:
		return limit(o.MaxPrincipalAssociationsPerShare, ReasonQuotaPrincipalsShare)
	case own.resources+nr > o.MaxResourceAssociationsPerRegion:
		return limit(o.MaxResourceAssociationsPerRegion, ReasonQuotaResourcesRegion)
	case own.principals+np > o.MaxPrincipalAssociationsPerRegion:
		return limit(o.MaxPrincipalAssociationsPerRegion, ReasonQuotaPrincipalsRegion)
	case own.pending+ng > o.MaxPendingInvitationsPerSharingAccount:
		return limit(o.MaxPendingInvitationsPerSharingAccount, ReasonQuotaPendingInvites)
	}
	return nil
}

// checkPermissions validates permissionArns against the share's types: each
// is an attachable permission the caller sees, whose default version is
// attached.
func (st *ramState) checkPermissions(tx *Tx, op string, c Caller, arns []string, res []ramResource) ([]ramAttached, error) {
	var out []ramAttached
	for _, arn := range arns {
		f, err := st.lookupPerm(tx, op, c, arn)
		if err != nil {
			return nil, err
		}
		if f.status != RAMPermissionAttachable {
			return nil, ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonNotAttachable)
		}
		p, t := f.current(), f.rtype
		if !slices.ContainsFunc(res, func(r ramResource) bool { return r.rtype == t }) {
			return nil, ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonPermissionNotApplies)
		}
		if i := slices.IndexFunc(out, func(a ramAttached) bool { return a.typ == t }); i >= 0 {
			if out[i].perm == p {
				continue
			}
			return nil, ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonPermissionPerType)
		}
		out = append(out, ramAttached{typ: t, perm: p})
	}
	return out, nil
}

// RegisterRAMResources makes resource ARNs exist for strict-resource mode
// ([RAMOptions.StrictResources]): a share can then hold them. Registering
// an ARN twice is harmless; [Store.Reset] forgets them all. Malformed ARNs
// are ErrInvalidArgument, and then nothing is registered.
func (s *Store) RegisterRAMResources(arns ...string) error {
	return s.Update(func(tx *Tx) error {
		for _, arn := range arns {
			if !ValidResourceARN(arn) {
				return ramErr("RegisterRAMResources", ErrInvalidArgument, EntityResource, arn, ReasonMalformedARN)
			}
		}
		for _, arn := range arns {
			s.ram.registered[arn] = true
		}
		return nil
	})
}
