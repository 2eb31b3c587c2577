package share

import (
	"regexp"
	"slices"
	"strings"

	"github.com/sharesim/sharesim/internal/ordered"
	"github.com/sharesim/sharesim/invitation"
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
	ramShareARNRE      = regexp.MustCompile(`^arn:aws:ram:[a-z0-9-]+:\d{12}:resource-share/[0-9A-Za-z-]{1,64}$`)
	ramInvitationARNRE = regexp.MustCompile(`^arn:aws:ram:[a-z0-9-]+:\d{12}:resource-share-invitation/[0-9A-Za-z-]{1,64}$`)
	ramPermissionARNRE = regexp.MustCompile(`^(arn:aws:ram::aws:permission/[\w.-]{1,64}|arn:aws:ram:[a-z0-9-]+:\d{12}:permission/[\w.-]{1,36})$`)
	ramSourceOrgRE     = regexp.MustCompile(`^o-[a-z0-9]{10,32}(/r-[0-9a-z]{4,32}(/ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})*)?/?$`)
)

// ValidResourceShareARN reports whether s is a well-formed resource share ARN.
func ValidResourceShareARN(s string) bool { return ramShareARNRE.MatchString(s) }

// ValidInvitationARN reports whether s is a well-formed invitation ARN.
func ValidInvitationARN(s string) bool { return ramInvitationARNRE.MatchString(s) }

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
		case len(*t.Key) > 128 || len(*t.Value) > 256:
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

func (tx *Tx) rememberRAM(c Caller, op string, idem RAMIdempotency, result any) {
	if idem.Token != "" {
		tx.Remember(IdempotencyKey{Account: c.Account, Region: c.Region, Op: op, Token: idem.Token}, idem.Fingerprint, result)
	}
}

func (tx *Tx) ramToken(idem RAMIdempotency) string {
	if idem.Token != "" {
		return idem.Token
	}
	return tx.UUID()
}

// ownShare returns the caller's share with this ARN in its region, for a
// mutation: ErrNotFound when it does not exist there, is another account's,
// or is deleting or deleted.
func (st *ramState) ownShare(op string, c Caller, arn string) (*ramShare, error) {
	if !ValidResourceShareARN(arn) {
		return nil, ramErr(op, ErrInvalidArgument, EntityResourceShare, arn, ReasonMalformedARN)
	}
	sh := st.shares[arn]
	if sh == nil || sh.owner != c.Account || sh.region != c.Region {
		return nil, ramErr(op, ErrNotFound, EntityResourceShare, arn, "")
	}
	if _, err := ramShareNext(sh.status, ramShareEvMutate); err != nil {
		return nil, ramErr(op, ErrNotFound, EntityResourceShare, arn, "")
	}
	return sh, nil
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
	var types []*RAMResourceType
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
				externalAfter = externalAfter || a.external
			}
		}
	}
	for _, r := range res {
		if fresh(RAMResourceAssociation, r.arn) {
			types = append(types, r.rtype)
		}
	}
	anyType := func(f func(*RAMResourceType) bool) bool { return slices.ContainsFunc(types, f) }
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
			if p.IsIAM() && anyType(func(t *RAMResourceType) bool { return !t.IAM }) {
				return plan, ramErr(op, ErrInvalidArgument, EntityPrincipal, p.Raw, ReasonIAMNotSupported)
			}
			switch {
			case p.Account == owner:
			case E && tx.SameOrg(p.Account, owner):
			case !ae:
				return plan, ramErr(op, ErrInvalidArgument, EntityPrincipal, p.Account, ReasonNotInYourOrg)
			case anyType(func(t *RAMResourceType) bool { return t.OrgOnly }):
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
		failed := r.a.Account != owner || (!t.Global && r.a.Region != "" && r.a.Region != region)
		if resolver != nil {
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

// checkPermissions validates permissionArns against the share's types.
func (st *ramState) checkPermissions(tx *Tx, op string, arns []string, res []ramResource) ([]ramAttached, error) {
	reg := tx.s.opts.RAM.registry
	var out []ramAttached
	for _, arn := range arns {
		if !ValidPermissionARN(arn) {
			return nil, ramErr(op, ErrInvalidArgument, EntityPermission, arn, ReasonMalformedARN)
		}
		p := reg.perms[arn]
		if p == nil {
			return nil, ramErr(op, ErrNotFound, EntityPermission, arn, "")
		}
		t := reg.byName[strings.ToLower(p.ResourceType)]
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

// CreateResourceShare creates a share owned by the caller (ram.md §A1).
func (s *Store) CreateResourceShare(c Caller, in RAMCreateInput) (RAMShareResult, error) {
	const op = "CreateResourceShare"
	var out RAMShareResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if r, ok, err := tx.recallRAM(c, op, in.Idempotency); err != nil || ok {
			if ok {
				out = r.(RAMShareResult)
			}
			return err
		}
		if in.Name == "" {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, "", ReasonNameEmpty)
		}
		if max := s.opts.RAM.MaxResourcesPerCall; len(in.ResourceARNs) > max {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityResource, Reason: ReasonQuotaResourcesPerCall, Limit: max}
		}
		res, err := st.parseResources(tx, op, in.ResourceARNs)
		if err != nil {
			return err
		}
		prs, err := st.parsePrincipals(op, in.Principals)
		if err != nil {
			return err
		}
		perms, err := st.checkPermissions(tx, op, in.PermissionARNs, res)
		if err != nil {
			return err
		}
		srcs, err := parseSources(op, in.Sources)
		if err != nil {
			return err
		}
		tags, err := mergeTags(tx, op, nil, in.Tags)
		if err != nil {
			return err
		}
		ae := in.AllowExternalPrincipals == nil || *in.AllowExternalPrincipals
		plan, err := st.plan(tx, op, c.Account, c.Region, ae, nil, prs, res)
		if err != nil {
			return err
		}
		own := st.ownedBy(c.Region, c.Account)
		if max := s.opts.RAM.MaxSharesPerRegion; own.live+1 > max {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityResourceShare, Reason: ReasonQuotaShares, Limit: max}
		}
		if err := st.checkQuotas(tx, op, own, nil, plan); err != nil {
			return err
		}
		// Mutate.
		id := tx.UUID()
		key := ramKey(tx.now, "arn:aws:ram:", c.Region, ":", c.Account, ":resource-share/", id)
		sh := &ramShare{
			key: key, arn: key[21:], name: in.Name, owner: c.Account, region: c.Region,
			allowExternal: ae, status: RAMShareActive, created: tx.now, updated: tx.now, perms: perms,
		}
		if len(srcs) > 0 {
			sh.ext().sources = srcs
		}
		if len(tags) > 0 {
			sh.ext().tags = tags
		}
		if in.RetainSharingOnAccountLeave != nil {
			r := *in.RetainSharingOnAccountLeave
			sh.ext().retain = &r
		}
		st.shares[sh.arn] = sh
		own.shares.Set(sh.key, sh)
		own.live++
		st.apply(tx, sh, plan)
		out = RAMShareResult{Share: sh.view(), ClientToken: tx.ramToken(in.Idempotency)}
		tx.rememberRAM(c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// apply creates the planned associations of a validated plan.
func (st *ramState) apply(tx *Tx, sh *ramShare, plan ramPlan) {
	n := len(plan.resources) + len(plan.principals)
	if n == 0 {
		return
	}
	// One allocation for the call's associations and one for the share's list.
	block := make([]ramAssoc, n)
	sh.assocs = slices.Grow(sh.assocs, n)
	now := nanos(tx.now)
	for i, r := range plan.resources {
		a := &block[i]
		*a = ramAssoc{share: sh, typ: RAMResourceAssociation, entity: r.r.arn, rtype: r.r.rtype, created: now, target: ramActive}
		if r.failed {
			a.target = ramFailedState
		}
		sh.insert(a)
		if !slices.Contains(st.byResource[a.entity], sh) {
			st.byResource[a.entity] = append(st.byResource[a.entity], sh)
		}
		if sh.permissionFor(a.rtype) == nil {
			sh.perms = append(sh.perms, ramAttached{typ: a.rtype, perm: tx.s.opts.RAM.registry.dflt[a.rtype]})
		}
		st.move(tx, a, ramPropagating, "")
	}
	for i, p := range plan.principals {
		a := &block[len(plan.resources)+i]
		*a = ramAssoc{share: sh, typ: RAMPrincipalAssociation, entity: p.p.Raw, kind: p.p.Kind, external: p.external, created: now, target: ramActive}
		sh.insert(a)
		if p.gated {
			st.move(tx, a, ramGated, "")
			st.invite(tx, a)
		} else {
			st.move(tx, a, ramPropagating, "")
		}
	}
}

// invite sends the invitation of a gated principal association.
func (st *ramState) invite(tx *Tx, a *ramAssoc) {
	sh := a.share
	o := &tx.s.opts.RAM
	ttl := o.InvitationExpiryShort
	long, any := true, false
	for _, r := range sh.assocs {
		if r.typ == RAMResourceAssociation && r.state.live() {
			any = true
			long = long && r.rtype.LongExpiry
		}
	}
	if any && long {
		ttl = o.InvitationExpiryLong
	}
	key := ramKey(tx.now, "arn:aws:ram:", sh.region, ":", sh.owner, ":resource-share-invitation/", tx.UUID())
	inv := &ramInvitation{key: key, arn: key[21:], share: sh, assoc: a, receiver: a.pr().Account, inv: invitation.New(tx.now, ttl)}
	a.inv = inv
	sh.ext().invs = append(sh.ext().invs, inv)
	st.invitations[inv.arn] = inv
	rk := regionKey(sh.region, inv.receiver)
	m := st.received[rk]
	if m == nil {
		m = &ordered.Map[*ramInvitation]{}
		st.received[rk] = m
	}
	m.Set(inv.key, inv)
	st.ownedBy(sh.region, sh.owner).pending++
	tx.At(inv.inv.ExpiresAt, func(tx *Tx) { st.expire(tx, inv) })
}

// expire applies an invitation's lazy expiry.
func (st *ramState) expire(tx *Tx, inv *ramInvitation) {
	if inv.purged || !inv.inv.Settle(tx.now) {
		return
	}
	st.invitationClosed(tx, inv)
	if a := inv.assoc; a.inv == inv && a.state == ramGated {
		st.move(tx, a, ramUnlinked, RAMMessageExpired)
	}
}

// invitationClosed books an invitation leaving PENDING and schedules its purge.
func (st *ramState) invitationClosed(tx *Tx, inv *ramInvitation) {
	st.ownedBy(inv.share.region, inv.share.owner).pending--
	tx.After(tx.s.opts.RAM.InvitationRetention, func(tx *Tx) { st.purgeInvitation(inv) })
}

func (st *ramState) purgeInvitation(inv *ramInvitation) {
	if inv.purged {
		return
	}
	inv.purged = true
	delete(st.invitations, inv.arn)
	if m := st.received[regionKey(inv.share.region, inv.receiver)]; m != nil {
		m.Delete(inv.key)
	}
}

// withdraw expires a pending invitation at once (owner disassociates or
// deletes).
func (st *ramState) withdraw(tx *Tx, inv *ramInvitation) {
	if inv == nil || inv.purged || inv.inv.StatusAt(tx.now) != invitation.Pending {
		return
	}
	_ = inv.inv.Revoke(tx.now) // cannot fail: the invitation is pending
	st.invitationClosed(tx, inv)
}

// move puts association a into state next, keeping counters, recipient
// indexes and the timeline in step. The caller has checked the transition.
func (st *ramState) move(tx *Tx, a *ramAssoc, next ramAssocState, msg string) {
	prev := a.state
	sh := a.share
	own := st.ownedBy(sh.region, sh.owner)
	if prev.live() != next.live() {
		d := 1
		if !next.live() {
			d = -1
		}
		if a.typ == RAMResourceAssociation {
			own.resources += d
		} else if a.typ == RAMPrincipalAssociation {
			own.principals += d
			if a.kind == PrincipalOrganization || a.kind == PrincipalOrganizationalUnit {
				orgID := a.pr().OrgID
				set := st.orgAssocs[orgID]
				if next.live() {
					if set == nil {
						set = map[*ramAssoc]struct{}{}
						st.orgAssocs[orgID] = set
					}
					set[a] = struct{}{}
				} else {
					delete(set, a)
				}
			}
		}
	}
	if a.typ == RAMPrincipalAssociation {
		if prev == ramActive && next != ramActive {
			st.ungrant(a)
		}
		if next == ramActive && prev != ramActive && sh.status == RAMShareActive {
			st.grant(tx, a)
		}
	}
	a.state, a.updated = next, nanos(tx.now)
	if msg != "" {
		a.message = msg
	}
	if next == ramPropagating || next == ramUnlinking {
		st.afterPropagation(tx, ramSettle{a: a, want: next})
	}
}

// ramSettle is a transition due when the propagation delay has elapsed: an
// association in state want settling, or (a == nil) share sh finishing its
// deletion.
type ramSettle struct {
	a    *ramAssoc
	want ramAssocState
	sh   *ramShare
}

// afterPropagation schedules e after the propagation delay. With a zero delay
// inside a RAM operation, e runs at the end of the operation, after its
// output was taken: the next operation sees the same settled state as it
// would through the timeline, without the timeline's cost.
func (st *ramState) afterPropagation(tx *Tx, e ramSettle) {
	if d := tx.s.opts.PropagationDelay; d > 0 || !st.batching {
		tx.After(d, func(tx *Tx) { st.settle(tx, e) })
		return
	}
	st.batch = append(st.batch, e)
}

func (st *ramState) settle(tx *Tx, e ramSettle) {
	if e.a == nil {
		sh := e.sh
		if next, err := ramShareNext(sh.status, ramShareEvSettle); err == nil && !sh.purged {
			sh.status = next
			st.ownedBy(sh.region, sh.owner).live--
		}
		return
	}
	a := e.a
	sh := a.share
	if a.state != e.want || sh.purged || sh.find(a.typ, a.entity) != a {
		return
	}
	to, err := ramAssocNext(a.state, a.target, ramEvSettle)
	if err != nil {
		return
	}
	msg := ""
	if to == ramFailedState {
		msg = RAMMessageResourceNotFound
	}
	st.move(tx, a, to, msg)
}

// ramUpdate is [Store.Update] for RAM operations: it applies the transitions
// batched by afterPropagation once fn has succeeded.
func (s *Store) ramUpdate(fn func(tx *Tx) error) error {
	return s.Update(func(tx *Tx) error {
		st := s.ram
		st.batch, st.batching = st.batch[:0], true
		err := fn(tx)
		st.batching = false
		if err == nil {
			for i := 0; i < len(st.batch); i++ {
				st.settle(tx, st.batch[i])
			}
		}
		clear(st.batch)
		st.batch = st.batch[:0]
		st.scratch.clear()
		return err
	})
}

// grantKeys are the recipient indexes an ASSOCIATED principal association
// feeds: by account (accounts and IAM principals), organization, or OU.
func grantKey(sh *ramShare, p Principal) ramGrantKey {
	switch p.Kind {
	case PrincipalAccount, PrincipalIAMRole, PrincipalIAMUser:
		if p.Account == sh.owner {
			return ramGrantKey{}
		}
		return ramGrantKey{'a', ramRegional{sh.region, p.Account}}
	case PrincipalOrganization:
		return ramGrantKey{'o', ramRegional{sh.region, p.OrgID}}
	case PrincipalOrganizationalUnit:
		return ramGrantKey{'u', ramRegional{sh.region, p.OUID}}
	}
	return ramGrantKey{}
}

func (st *ramState) grant(tx *Tx, a *ramAssoc) {
	k := grantKey(a.share, a.pr())
	if k.kind == 0 {
		return
	}
	st.addGrant(tx, k, a.share, a.external)
	a.granted = true
}

func (st *ramState) ungrant(a *ramAssoc) {
	if !a.granted {
		return
	}
	a.granted = false
	st.dropGrant(grantKey(a.share, a.pr()), a.share)
}

// addGrant counts one more reason for index k to hold share sh.
func (st *ramState) addGrant(tx *Tx, k ramGrantKey, sh *ramShare, external bool) {
	m := st.grants[k]
	if m == nil {
		m = &ordered.Map[*ramGrant]{}
		st.grants[k] = m
	}
	g, ok := m.Get(sh.key)
	if !ok {
		g = &ramGrant{share: sh, since: tx.now, external: external}
		m.Set(sh.key, g)
	}
	g.n++
}

// dropGrant counts one reason less, removing the entry at zero.
func (st *ramState) dropGrant(k ramGrantKey, sh *ramShare) {
	m := st.grants[k]
	if m == nil {
		return
	}
	if g, ok := m.Get(sh.key); ok {
		g.n--
		if g.n <= 0 {
			m.Delete(sh.key)
		}
	}
}

// retainOnLeave keeps, for an account that left its organization, its access
// to the shares that reached it through the organization or one of its OUs
// and whose configuration says retainSharingOnAccountLeaveOrganization
// (ram.md §C.3). The account keeps the share as if it were an account
// principal; the owner's association list does not show it.
func (st *ramState) retainOnLeave(tx *Tx, ev OrgEvent) {
	var kept []*ramShare
	for k, m := range st.grants {
		if !(k.kind == 'o' && k.id == ev.Org.ID || k.kind == 'u' && slices.Contains(ev.Ancestors, k.id)) {
			continue
		}
		m.All(func(_ string, g *ramGrant) bool {
			sh := g.share
			if sh.extra != nil && sh.extra.retain != nil && *sh.extra.retain && sh.status == RAMShareActive &&
				sh.owner != ev.Account && !slices.Contains(sh.extra.retained, ev.Account) && !slices.Contains(kept, sh) {
				kept = append(kept, sh)
			}
			return true
		})
	}
	slices.SortFunc(kept, func(a, b *ramShare) int { return strings.Compare(a.key, b.key) })
	for _, sh := range kept {
		sh.extra.retained = append(sh.extra.retained, ev.Account)
		st.addGrant(tx, ramGrantKey{'a', ramRegional{sh.region, ev.Account}}, sh, false)
	}
}

// UpdateResourceShare changes a share's name or allowExternalPrincipals
// (ram.md §A2).
func (s *Store) UpdateResourceShare(c Caller, in RAMUpdateInput) (RAMShareResult, error) {
	const op = "UpdateResourceShare"
	var out RAMShareResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if r, ok, err := tx.recallRAM(c, op, in.Idempotency); err != nil || ok {
			if ok {
				out = r.(RAMShareResult)
			}
			return err
		}
		sh, err := st.ownShare(op, c, in.ARN)
		if err != nil {
			return err
		}
		if in.Name == nil && in.AllowExternalPrincipals == nil {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, in.ARN, ReasonNothingToUpdate)
		}
		if in.Name != nil && *in.Name == "" {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, in.ARN, ReasonNameEmpty)
		}
		if in.AllowExternalPrincipals != nil && !*in.AllowExternalPrincipals {
			if _, _, E := tx.orgSharing(c.Account); !E || sh.hasExternal() {
				return ramErr(op, ErrAccessDenied, EntityResourceShare, in.ARN, ReasonOrgSharingRequired)
			}
		}
		if in.Name != nil {
			sh.name = *in.Name
		}
		if in.AllowExternalPrincipals != nil {
			sh.allowExternal = *in.AllowExternalPrincipals
		}
		sh.updated = tx.now
		out = RAMShareResult{Share: sh.view(), ClientToken: tx.ramToken(in.Idempotency)}
		tx.rememberRAM(c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// DeleteResourceShare deletes a share (ram.md §A3). Deleting a deleted share
// succeeds and changes nothing. It returns the client token.
func (s *Store) DeleteResourceShare(c Caller, arn string, idem RAMIdempotency) (string, error) {
	const op = "DeleteResourceShare"
	var out string
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if r, ok, err := tx.recallRAM(c, op, idem); err != nil || ok {
			if ok {
				out = r.(string)
			}
			return err
		}
		if !ValidResourceShareARN(arn) {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, arn, ReasonMalformedARN)
		}
		sh := st.shares[arn]
		if sh == nil || sh.owner != c.Account || sh.region != c.Region {
			return ramErr(op, ErrNotFound, EntityResourceShare, arn, "")
		}
		out = tx.ramToken(idem)
		next, _ := ramShareNext(sh.status, ramShareEvDelete)
		if next != sh.status {
			st.deleteShare(tx, sh)
		}
		tx.rememberRAM(c, op, idem, out)
		return nil
	})
	return out, err
}

func (st *ramState) deleteShare(tx *Tx, sh *ramShare) {
	sh.status, sh.updated = RAMShareDeleting, tx.now
	if sh.extra != nil {
		for _, acct := range sh.extra.retained {
			st.dropGrant(ramGrantKey{'a', ramRegional{sh.region, acct}}, sh)
		}
		sh.extra.retained = nil
	}
	for _, a := range slices.Clone(sh.assocs) {
		if a.inv != nil && a.state == ramGated {
			st.withdraw(tx, a.inv)
		}
		if next, _ := ramAssocNext(a.state, a.target, ramEvDelete); next != a.state {
			st.move(tx, a, next, "")
		}
	}
	st.afterPropagation(tx, ramSettle{sh: sh})
	tx.After(tx.s.opts.RAM.DeletedShareRetention, func(tx *Tx) { st.purge(sh) })
}

// purge removes a deleted share and everything hanging off it.
func (st *ramState) purge(sh *ramShare) {
	if sh.purged {
		return
	}
	if sh.status == RAMShareDeleting {
		st.ownedBy(sh.region, sh.owner).live--
	}
	sh.purged = true
	sh.status = ramSharePurged
	delete(st.shares, sh.arn)
	st.ownedBy(sh.region, sh.owner).shares.Delete(sh.key)
	for _, a := range sh.assocs {
		if a.typ == RAMResourceAssociation {
			k := a.entity
			list := slices.DeleteFunc(st.byResource[k], func(x *ramShare) bool { return x == sh })
			if len(list) == 0 {
				delete(st.byResource, k)
			} else {
				st.byResource[k] = list
			}
		}
	}
	for _, inv := range sh.invs() {
		st.purgeInvitation(inv)
	}
}

// AssociateResourceShare adds resources, principals or sources to a share
// (ram.md §A5).
func (s *Store) AssociateResourceShare(c Caller, in RAMAssociateInput) (RAMAssociationsResult, error) {
	const op = "AssociateResourceShare"
	var out RAMAssociationsResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if r, ok, err := tx.recallRAM(c, op, in.Idempotency); err != nil || ok {
			if ok {
				out = r.(RAMAssociationsResult)
			}
			return err
		}
		if len(in.ResourceARNs) == 0 && len(in.Principals) == 0 && len(in.Sources) == 0 {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, in.ARN, ReasonNothingToAssociate)
		}
		if max := s.opts.RAM.MaxResourcesPerCall; len(in.ResourceARNs) > max {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityResource, Reason: ReasonQuotaResourcesPerCall, Limit: max}
		}
		sh, err := st.ownShare(op, c, in.ARN)
		if err != nil {
			return err
		}
		res, err := st.parseResources(tx, op, in.ResourceARNs)
		if err != nil {
			return err
		}
		prs, err := st.parsePrincipals(op, in.Principals)
		if err != nil {
			return err
		}
		srcs, err := parseSources(op, in.Sources)
		if err != nil {
			return err
		}
		plan, err := st.plan(tx, op, c.Account, c.Region, sh.allowExternal, sh, prs, res)
		if err != nil {
			return err
		}
		for _, e := range entities(res, prs) {
			if a := sh.find(e.typ, e.entity); a != nil {
				if _, err := ramAssocNext(a.state, a.target, ramEvAssociate); err != nil {
					return ramErr(op, ErrInvalidTransition, EntityAssociation, e.entity, ReasonDisassociating)
				}
			}
		}
		if err := st.checkQuotas(tx, op, st.ownedBy(c.Region, c.Account), sh, plan); err != nil {
			return err
		}
		st.apply(tx, sh, plan)
		for _, src := range srcs {
			if !slices.Contains(sh.sources(), src) {
				sh.ext().sources = append(sh.ext().sources, src)
			}
		}
		sh.updated = tx.now
		out.Associations = make([]RAMAssociation, 0, len(res)+len(prs))
		for _, e := range entities(res, prs) {
			out.Associations = append(out.Associations, sh.find(e.typ, e.entity).view())
		}
		out.ClientToken = tx.ramToken(in.Idempotency)
		tx.rememberRAM(c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

type entityRef struct {
	typ    RAMAssociationType
	entity string
}

// entities lists a request's resources then principals, in request order.
func entities(res []ramResource, prs []Principal) []entityRef {
	out := make([]entityRef, 0, len(res)+len(prs))
	for _, r := range res {
		out = append(out, entityRef{RAMResourceAssociation, r.arn})
	}
	for _, p := range prs {
		out = append(out, entityRef{RAMPrincipalAssociation, p.Raw})
	}
	return out
}

// DisassociateResourceShare removes resources, principals or sources from a
// share; a recipient calling it with its own account leaves the share
// (ram.md §A6).
func (s *Store) DisassociateResourceShare(c Caller, in RAMAssociateInput) (RAMAssociationsResult, error) {
	const op = "DisassociateResourceShare"
	var out RAMAssociationsResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if r, ok, err := tx.recallRAM(c, op, in.Idempotency); err != nil || ok {
			if ok {
				out = r.(RAMAssociationsResult)
			}
			return err
		}
		if len(in.ResourceARNs) == 0 && len(in.Principals) == 0 && len(in.Sources) == 0 {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, in.ARN, ReasonNothingToAssociate)
		}
		if max := s.opts.RAM.MaxResourcesPerCall; len(in.ResourceARNs) > max {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityResource, Reason: ReasonQuotaResourcesPerCall, Limit: max}
		}
		if !ValidResourceShareARN(in.ARN) {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, in.ARN, ReasonMalformedARN)
		}
		sh := st.shares[in.ARN]
		if sh == nil || sh.region != c.Region {
			return ramErr(op, ErrNotFound, EntityResourceShare, in.ARN, "")
		}
		var err error
		if sh.owner == c.Account {
			err = st.disassociate(tx, op, c, in, &out)
		} else {
			err = st.leave(tx, op, c, sh, in, &out)
		}
		if err != nil {
			return err
		}
		out.ClientToken = tx.ramToken(in.Idempotency)
		tx.rememberRAM(c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

func (st *ramState) disassociate(tx *Tx, op string, c Caller, in RAMAssociateInput, out *RAMAssociationsResult) error {
	sh, err := st.ownShare(op, c, in.ARN)
	if err != nil {
		return err
	}
	res, err := st.parseResources(tx, op, in.ResourceARNs)
	if err != nil {
		return err
	}
	prs, err := st.parsePrincipals(op, in.Principals)
	if err != nil {
		return err
	}
	srcs, err := parseSources(op, in.Sources)
	if err != nil {
		return err
	}
	for _, a := range sh.assocs {
		if a.state == ramPropagating {
			return ramErr(op, ErrInvalidTransition, EntityAssociation, a.entity, ReasonPropagating)
		}
	}
	refs := entities(res, prs)
	for _, e := range refs {
		if sh.find(e.typ, e.entity) == nil {
			return ramErr(op, ErrNotFound, EntityAssociation, e.entity, ReasonNeverAssociated)
		}
	}
	for _, src := range srcs {
		if !slices.Contains(sh.sources(), src) {
			return ramErr(op, ErrNotFound, EntityAssociation, src, ReasonNeverAssociated)
		}
	}
	if len(srcs) > 0 {
		left := slices.DeleteFunc(slices.Clone(sh.sources()), func(s string) bool { return slices.Contains(srcs, s) })
		if len(left) == 0 && slices.ContainsFunc(sh.assocs, func(a *ramAssoc) bool {
			return a.typ == RAMPrincipalAssociation && a.kind == PrincipalService && a.state.live()
		}) {
			return ramErr(op, ErrInvalidArgument, EntitySource, "", ReasonSourceMustRemain)
		}
		sh.ext().sources = left
	}
	out.Associations = make([]RAMAssociation, 0, len(refs))
	for _, e := range refs {
		a := sh.find(e.typ, e.entity)
		next, _ := ramAssocNext(a.state, a.target, ramEvDisassociate)
		if next != a.state {
			if a.state == ramGated {
				st.withdraw(tx, a.inv)
			}
			st.move(tx, a, next, "")
		}
		out.Associations = append(out.Associations, a.view())
	}
	sh.updated = tx.now
	return nil
}

// leave is the recipient path of DisassociateResourceShare.
func (st *ramState) leave(tx *Tx, op string, c Caller, sh *ramShare, in RAMAssociateInput, out *RAMAssociationsResult) error {
	if !st.visible(tx, sh, c.Account) {
		return ramErr(op, ErrNotFound, EntityResourceShare, in.ARN, "")
	}
	if len(in.Principals) != 1 || in.Principals[0] != c.Account || len(in.ResourceARNs) > 0 || len(in.Sources) > 0 {
		return ramErr(op, ErrInvalidArgument, EntityPrincipal, c.Account, ReasonLeaveOwnAccountOnly)
	}
	a := sh.find(RAMPrincipalAssociation, c.Account)
	if a == nil || a.state != ramActive {
		return ramErr(op, ErrAccessDenied, EntityPrincipal, c.Account, ReasonLeaveThroughOrg)
	}
	for _, r := range sh.assocs {
		if r.typ == RAMResourceAssociation && r.state.live() && r.rtype.NoLeave {
			return ramErr(op, ErrAccessDenied, EntityResource, r.entity, ReasonLeaveUnsupported)
		}
	}
	next, _ := ramAssocNext(a.state, a.target, ramEvLeave)
	st.move(tx, a, next, RAMMessageLeft)
	out.Associations = []RAMAssociation{a.view()}
	return nil
}

// visible reports whether account x sees share sh as a recipient (ram.md §C.7).
func (st *ramState) visible(tx *Tx, sh *ramShare, x string) bool {
	if sh.owner == x || sh.status != RAMShareActive {
		return false
	}
	return st.grantFor(tx, sh, x) != nil
}

// grantFor returns the grant through which x sees sh, or nil.
func (st *ramState) grantFor(tx *Tx, sh *ramShare, x string) *ramGrant {
	for _, k := range st.recipientKeys(tx, sh.region, x) {
		if m := st.grants[k]; m != nil {
			if g, ok := m.Get(sh.key); ok {
				return g
			}
		}
	}
	return nil
}

// recipientKeys are the recipient indexes that may grant x access in region.
func (st *ramState) recipientKeys(tx *Tx, region, x string) []ramGrantKey {
	keys := []ramGrantKey{{'a', ramRegional{region, x}}}
	if o, ok := tx.OrgOf(x); ok {
		keys = append(keys, ramGrantKey{'o', ramRegional{region, o.ID}})
		for _, id := range tx.Ancestors(x) {
			keys = append(keys, ramGrantKey{'u', ramRegional{region, id}})
		}
	}
	return keys
}

// AcceptResourceShareInvitation accepts an invitation addressed to the
// caller (ram.md §A9).
func (s *Store) AcceptResourceShareInvitation(c Caller, arn string, idem RAMIdempotency) (RAMInvitationResult, error) {
	return s.answer(c, "AcceptResourceShareInvitation", arn, idem, true)
}

// RejectResourceShareInvitation rejects an invitation addressed to the
// caller (ram.md §A10).
func (s *Store) RejectResourceShareInvitation(c Caller, arn string, idem RAMIdempotency) (RAMInvitationResult, error) {
	return s.answer(c, "RejectResourceShareInvitation", arn, idem, false)
}

func (s *Store) answer(c Caller, op, arn string, idem RAMIdempotency, accept bool) (RAMInvitationResult, error) {
	var out RAMInvitationResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if r, ok, err := tx.recallRAM(c, op, idem); err != nil || ok {
			if ok {
				out = r.(RAMInvitationResult)
			}
			return err
		}
		if !ValidInvitationARN(arn) {
			return ramErr(op, ErrInvalidArgument, EntityResourceShareInvitation, arn, ReasonMalformedARN)
		}
		inv := st.invitations[arn]
		if inv == nil || inv.receiver != c.Account || inv.share.region != c.Region {
			return ramErr(op, ErrNotFound, EntityResourceShareInvitation, arn, "")
		}
		var err error
		if accept {
			err = inv.inv.Accept(tx.now)
		} else {
			err = inv.inv.Reject(tx.now)
		}
		if err != nil {
			return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityResourceShareInvitation, ID: arn, Err: err}
		}
		st.invitationClosed(tx, inv)
		if a := inv.assoc; a.inv == inv && a.state == ramGated {
			if accept {
				st.move(tx, a, ramPropagating, "")
			} else {
				st.move(tx, a, ramUnlinked, RAMMessageRejected)
			}
		}
		out = RAMInvitationResult{Invitation: inv.view(tx.now), ClientToken: tx.ramToken(idem)}
		tx.rememberRAM(c, op, idem, out)
		return nil
	})
	return out, err
}

// EnableSharingWithAwsOrganization turns on RAM sharing in the caller's
// organization (ram.md §A11): ErrNotInOrganization for a standalone caller,
// ErrAccessDenied for a member, ErrInvalidTransition (reason
// "not-all-features") without all features.
func (s *Store) EnableSharingWithAwsOrganization(c Caller) error {
	const op = "EnableSharingWithAwsOrganization"
	return s.Update(func(tx *Tx) error { return tx.EnableServiceAccess(op, c.Account, RAMServicePrincipal) })
}

// TagResourceShare adds or overwrites tags on the caller's share (ram.md §A15).
func (s *Store) TagResourceShare(c Caller, arn string, tags []RAMTag) error {
	const op = "TagResource"
	return s.Update(func(tx *Tx) error {
		sh, err := s.ram.ownShare(op, c, arn)
		if err != nil {
			return err
		}
		merged, err := mergeTags(tx, op, sh.tags(), tags)
		if err != nil {
			return err
		}
		sh.ext().tags = merged
		return nil
	})
}

// UntagResourceShare removes tag keys from the caller's share (ram.md §A16).
func (s *Store) UntagResourceShare(c Caller, arn string, keys []string) error {
	const op = "UntagResource"
	return s.Update(func(tx *Tx) error {
		sh, err := s.ram.ownShare(op, c, arn)
		if err != nil {
			return err
		}
		if len(sh.tags()) > 0 {
			sh.extra.tags = sh.extra.tags.Without(keys...)
			if len(sh.extra.tags) == 0 {
				sh.extra.tags = nil
			}
		}
		return nil
	})
}

// orgChanged ends organization sharing for org and OU associations when RAM's
// trusted access is disabled or the organization is deleted. Accounts that
// leave lose access through the organization at once, because recipient
// views follow current membership, except to shares configured to retain
// it.
func (st *ramState) orgChanged(tx *Tx, ev OrgEvent) {
	if ev.Kind == OrgAccountLeft {
		st.retainOnLeave(tx, ev)
		return
	}
	if ev.Kind == OrgServiceAccessDisabled && ev.Principal != RAMServicePrincipal {
		return
	}
	set := st.orgAssocs[ev.Org.ID]
	list := make([]*ramAssoc, 0, len(set))
	for a := range set {
		list = append(list, a)
	}
	slices.SortFunc(list, assocLess)
	for _, a := range list {
		next, _ := ramAssocNext(a.state, a.target, ramEvOrgDisabled)
		if next != a.state {
			st.move(tx, a, next, RAMMessageOrgDisabled)
		}
	}
}
