package share

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
	"github.com/sharesim/sharesim/invitation"
)

// RAMShareQuery selects shares for GetResourceShares. The facade has checked
// every member's syntax.
type RAMShareQuery struct {
	// OtherAccounts selects the recipient's view; false is the owner's.
	OtherAccounts     bool
	ARNs              []string
	Status            RAMShareStatus // "" means any
	Name              *string
	TagFilters        []RAMTagFilter
	PermissionARN     string
	PermissionVersion *int
	Page              PageRequest
}

// RAMTagFilter keeps shares with tag Key set to one of Values (any value
// when Values is empty).
type RAMTagFilter struct {
	Key    string
	Values []string
}

// RAMAssociationQuery selects associations for GetResourceShareAssociations.
type RAMAssociationQuery struct {
	Type        RAMAssociationType
	ShareARNs   []string
	ResourceARN string
	Principal   string
	Status      RAMAssociationStatus
	Page        PageRequest
}

// RAMInvitationQuery selects the caller's received invitations.
type RAMInvitationQuery struct {
	ARNs      []string
	ShareARNs []string
	Page      PageRequest
}

// RAMPrincipalQuery selects ListPrincipals items.
type RAMPrincipalQuery struct {
	OtherAccounts bool
	ResourceARN   string
	Principals    []string
	ResourceType  string // canonical
	ShareARNs     []string
	Page          PageRequest
}

// RAMPrincipal is a ListPrincipals item.
type RAMPrincipal struct {
	ID                   string
	ShareARN             string
	CreatedAt, UpdatedAt time.Time
	External             bool
}

// RAMResourceQuery selects ListResources items.
type RAMResourceQuery struct {
	OtherAccounts bool
	Principal     string
	ResourceType  string // canonical
	ResourceARNs  []string
	ShareARNs     []string
	// RegionScope is "", "ALL", "REGIONAL" or "GLOBAL".
	RegionScope string
	Page        PageRequest
}

// RAMSharedResource is a ListResources item.
type RAMSharedResource struct {
	ARN                  string
	Type                 string
	ShareARN             string
	CreatedAt, UpdatedAt time.Time
	Global               bool
}

type ramItem[T any] struct {
	sub string
	v   T
}

// pageShares pages a listing whose items hang off shares: items are ordered
// by share key, then by each item's sub key. The token holds the last share
// key and sub key, so a page costs O(log n + page) plus the items of the
// shares it walks. after is the decoded token ("" for the first page). items calls emit, in sub key order, for each item of sh
// whose sub key is greater than after (every item when after is ""), until
// emit returns false.
func pageShares[T any](tx *Tx, scope TokenScope, req PageRequest, after string,
	lookup func(key string) *ramShare,
	walk func(after string, fn func(sh *ramShare) bool),
	items func(sh *ramShare, after string, emit func(sub string, v T) bool),
) ([]T, string, error) {
	afterShare, afterSub, _ := strings.Cut(after, "\x00")
	// Room for about 1 KiB of items first (8 at least): most pages are
	// short, and an item can be a hundred bytes. The first overflow makes
	// room for a full page.
	size := max(1, int(reflect.TypeFor[T]().Size()))
	out := make([]T, 0, min(req.limit(), max(8, 1024/size)))
	var cur *ramShare
	var lastShare, lastSub string
	more := false
	emit := func(sub string, v T) bool {
		if len(out) == req.limit() {
			more = true
			return false
		}
		if len(out) == cap(out) && cap(out) < 128 {
			out = slices.Grow(out, min(req.limit(), 128)-len(out))
		}
		out = append(out, v)
		lastShare, lastSub = cur.key, sub
		return true
	}
	visit := func(sh *ramShare, after string) bool {
		cur = sh
		items(sh, after, emit)
		return !more
	}
	cont := true
	if afterShare != "" {
		if sh := lookup(afterShare); sh != nil {
			cont = visit(sh, afterSub)
		}
	}
	if cont {
		walk(afterShare, func(sh *ramShare) bool { return visit(sh, "") })
	}
	if !more {
		return out, "", nil
	}
	return out, tx.EncodeToken(scope, lastShare+"\x00"+lastSub), nil
}

// decodeAfter returns the position a token continues after, "" for none.
func decodeAfter(tx *Tx, scope TokenScope, token string) (string, error) {
	if token == "" {
		return "", nil
	}
	return tx.DecodeToken(scope, token)
}

// one is the sub key of listings with one item per share.
const one = "-"

// emitSorted emits items sorted by sub key, skipping those up to after.
func emitSorted[T any](items []ramItem[T], after string, emit func(string, T) bool) {
	if len(items) > 1 {
		slices.SortFunc(items, func(a, b ramItem[T]) int { return strings.Compare(a.sub, b.sub) })
	}
	for _, it := range items {
		if it.sub > after && !emit(it.sub, it.v) {
			return
		}
	}
}

// explicitShares resolves explicit share ARNs for a listing: for the owner,
// the caller's shares in the region (deleted ones included until purged); for
// a recipient, the shares it sees. Any other ARN is ErrNotFound. The result
// is sorted by share key and free of duplicates; nil when arns is empty.
func (st *ramState) explicitShares(tx *Tx, op string, c Caller, other bool, arns []string) ([]*ramShare, error) {
	if len(arns) == 0 {
		return nil, nil
	}
	out := make([]*ramShare, 0, len(arns))
	for _, arn := range arns {
		sh := st.share(arn)
		ok := sh != nil && sh.region == c.Region
		if ok && other {
			ok = st.visible(tx, sh, c.Account)
		} else if ok {
			ok = sh.owner == c.Account
		}
		if !ok {
			return nil, ramErr(op, ErrNotFound, EntityResourceShare, arn, "")
		}
		if !slices.Contains(out, sh) {
			out = append(out, sh)
		}
	}
	slices.SortFunc(out, func(a, b *ramShare) int { return strings.Compare(a.key, b.key) })
	return out, nil
}

// ownedHolding narrows only (nil: all the caller's shares in its region) to
// the caller's shares that ever held one of arns, from the resource index, in
// share key order. The listing's own filters still apply.
func (st *ramState) ownedHolding(c Caller, only []*ramShare, arns []string) []*ramShare {
	return st.holding(only, arns, func(sh *ramShare) bool { return sh.owner == c.Account && sh.region == c.Region })
}

// recipientHolding narrows only (nil: all the shares the caller sees) to the
// shares the caller sees that ever held one of arns, in share key order.
func (st *ramState) recipientHolding(tx *Tx, c Caller, only []*ramShare, arns []string) []*ramShare {
	return st.holding(only, arns, func(sh *ramShare) bool { return sh.region == c.Region && st.visible(tx, sh, c.Account) })
}

func (st *ramState) holding(only []*ramShare, arns []string, keep func(*ramShare) bool) []*ramShare {
	out := []*ramShare{}
	for _, arn := range arns {
		for sh := range st.holders(arn).all() {
			if keep(sh) && (only == nil || slices.Contains(only, sh)) && !slices.Contains(out, sh) {
				out = append(out, sh)
			}
		}
	}
	slices.SortFunc(out, func(a, b *ramShare) int { return strings.Compare(a.key, b.key) })
	return out
}

func (st *ramState) lookupKey(tx *Tx, c Caller, other bool) func(string) *ramShare {
	return func(key string) *ramShare {
		if len(key) <= 21 {
			return nil
		}
		sh := st.share(key[21:])
		if sh == nil || sh.key != key || sh.region != c.Region {
			return nil
		}
		if other && !st.visible(tx, sh, c.Account) || !other && sh.owner != c.Account {
			return nil
		}
		return sh
	}
}

// ramScope is the token scope of a RAM listing whose filters are parts.
func ramScope(op string, c Caller, parts ...string) TokenScope {
	return TokenScope{Op: op, Account: c.Account, Region: c.Region, Filter: scopeList(parts), urlSafe: true}
}

// scopeList renders a list of filter values so that two different lists
// never render the same, whatever characters the values hold: each value
// is preceded by its length.
func scopeList(values []string) string {
	if len(values) == 0 {
		return ""
	}
	n := 0
	for _, v := range values {
		n += len(v) + 4
	}
	var b strings.Builder
	b.Grow(n)
	var digits [20]byte
	for _, v := range values {
		b.Write(strconv.AppendInt(digits[:0], int64(len(v)), 10))
		b.WriteByte(':')
		b.WriteString(v)
	}
	return b.String()
}

func boolStr(b bool) string { return strconv.FormatBool(b) }

// GetResourceSharesFunc lists the caller's shares or the shares shared with
// it (ram.md §A4), in creation order: it calls fn with each share of the
// page, i of n, and returns the token of the next page. fn runs under the
// store's read lock and must not call the store. It fails with
// ErrInvalidToken, or ErrNotFound for an explicit share ARN the caller does
// not see, before calling fn. The facade builds its output in fn, sized
// once, without a page of copies in between.
func (s *Store) GetResourceSharesFunc(c Caller, q RAMShareQuery, fn func(i, n int, v ResourceShare)) (string, error) {
	const op = "GetResourceShares"
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		tf := make([]string, 0, 2*len(q.TagFilters))
		for _, f := range q.TagFilters {
			tf = append(tf, f.Key, scopeList(f.Values))
		}
		name, pv := "", ""
		if q.Name != nil {
			name = "n:" + *q.Name
		}
		if q.PermissionVersion != nil {
			pv = strconv.Itoa(*q.PermissionVersion)
		}
		scope := ramScope(op, c, boolStr(q.OtherAccounts), scopeList(q.ARNs), string(q.Status), name,
			scopeList(tf), q.PermissionARN, pv)
		after, err := decodeAfter(tx, scope, q.Page.Token)
		if err != nil {
			return err
		}
		only, err := st.explicitShares(tx, op, c, q.OtherAccounts, q.ARNs)
		if err != nil {
			return err
		}
		walk := st.shareWalk(tx, c, q, only)
		var page []*ramShare
		page, next, err = pageShares(tx, scope, q.Page, after, st.lookupKey(tx, c, q.OtherAccounts), walk, func(sh *ramShare, after string, emit func(string, *ramShare) bool) {
			if after < one && q.matches(tx, sh) {
				emit(one, sh)
			}
		})
		for i, sh := range page {
			v := sh.view()
			if q.OtherAccounts {
				v.Tags = nil
			}
			fn(i, len(page), v)
		}
		return err
	})
	return next, err
}

// GetResourceShares is GetResourceSharesFunc returning copies of the page's
// shares (an empty slice for none).
func (s *Store) GetResourceShares(c Caller, q RAMShareQuery) ([]ResourceShare, string, error) {
	out := []ResourceShare{}
	next, err := s.GetResourceSharesFunc(c, q, func(i, n int, v ResourceShare) {
		if i == 0 {
			out = make([]ResourceShare, n)
		}
		out[i] = v
	})
	if err != nil {
		return nil, "", err
	}
	return out, next, nil
}

// shareWalk picks the walk of a GetResourceShares listing: the explicit
// shares, or the smallest index that holds every share the filters keep.
func (st *ramState) shareWalk(tx *Tx, c Caller, q RAMShareQuery, only []*ramShare) ramWalk {
	var p ramPick
	p.start(tx, st, c, q.OtherAccounts, only)
	if q.OtherAccounts {
		if q.Status != "" && q.Status != RAMShareActive {
			p.offerNone() // a recipient sees ACTIVE shares only
		}
		p.offerGrants(tx, st, c)
		if q.Name != nil {
			p.offerRecipient(tx, st, c, func(g *ramGrants) ramShareIndex { return g.byName }, *q.Name)
		}
		if q.PermissionARN != "" {
			p.offerRecipient(tx, st, c, func(g *ramGrants) ramShareIndex { return g.byPerm }, q.PermissionARN)
		}
		return p.walk()
	}
	if q.Status != "" {
		p.offerShares(st, c, q.Status)
	} else {
		p.offerShares(st, c)
	}
	if q.Name != nil {
		p.offerOwner(st, c, func(own *ramOwned) ramShareIndex { return own.byName }, *q.Name)
	}
	if q.PermissionARN != "" {
		p.offerOwner(st, c, func(own *ramOwned) ramShareIndex { return own.byPerm }, q.PermissionARN)
	}
	if len(q.TagFilters) > 0 {
		var keys []string
		for _, f := range q.TagFilters {
			if len(f.Values) == 0 {
				keys = append(keys, f.Key)
			}
			for _, v := range f.Values {
				keys = append(keys, tagIndexKey(f.Key, v))
			}
		}
		p.offerOwner(st, c, func(own *ramOwned) ramShareIndex { return own.byTag }, keys...)
	}
	return p.walk()
}

func (q RAMShareQuery) matches(tx *Tx, sh *ramShare) bool {
	if q.Status != "" && sh.status != q.Status {
		return false
	}
	if q.Name != nil && sh.name != *q.Name {
		return false
	}
	if len(q.TagFilters) > 0 && !slices.ContainsFunc(q.TagFilters, func(f RAMTagFilter) bool { return sh.tags().Matches(f.Key, f.Values) }) {
		return false
	}
	if q.PermissionARN != "" {
		ok := slices.ContainsFunc(sh.perms, func(p ramAttached) bool {
			return p.perm.ARN == q.PermissionARN && (q.PermissionVersion == nil || *q.PermissionVersion == p.perm.Version)
		})
		if !ok {
			return false
		}
	}
	return true
}

// GetResourceShareAssociations lists the associations of the caller's
// shares (ram.md §A7).
func (s *Store) GetResourceShareAssociations(c Caller, q RAMAssociationQuery) ([]RAMAssociation, string, error) {
	const op = "GetResourceShareAssociations"
	var out []RAMAssociation
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		scope := ramScope(op, c, string(q.Type), scopeList(q.ShareARNs), q.ResourceARN, q.Principal, string(q.Status))
		after, err := decodeAfter(tx, scope, q.Page.Token)
		if err != nil {
			return err
		}
		only, err := st.explicitShares(tx, op, c, false, q.ShareARNs)
		if err != nil {
			return err
		}
		var p ramPick
		p.start(tx, st, c, false, only)
		if q.ResourceARN != "" {
			p.narrow(st.ownedHolding(c, only, []string{q.ResourceARN}))
		}
		if q.Status == RAMAssociated {
			// Only an ACTIVE share has ASSOCIATED associations.
			p.offerShares(st, c, RAMShareActive)
		} else {
			p.offerShares(st, c)
		}
		if q.Principal != "" {
			p.offerPrincipals(st, c, []string{q.Principal})
		}
		if q.Status != "" && q.Status != RAMAssociated {
			p.offerOwner(st, c, func(own *ramOwned) ramShareIndex { return own.byAssoc }, ramAssocKey(q.Type, q.Status))
		}
		walk := p.walk()
		match := func(a *ramAssoc) bool {
			if a.typ != q.Type || (q.Status != "" && a.state.status() != q.Status) {
				return false
			}
			if q.ResourceARN != "" && a.entity != q.ResourceARN {
				return false
			}
			// A bare organization or OU ID selects the association of
			// the organization or OU it names (ram.md §A7).
			if p := q.Principal; p != "" && a.entity != p {
				k := a.kind()
				bare := strings.HasPrefix(p, "o-") || strings.HasPrefix(p, "ou-")
				org := k == PrincipalOrganization || k == PrincipalOrganizationalUnit
				return bare && org && strings.HasSuffix(a.entity, "/"+p)
			}
			return true
		}
		out, next, err = pageShares(tx, scope, q.Page, after, st.lookupKey(tx, c, false), walk, func(sh *ramShare, after string, emit func(string, RAMAssociation) bool) {
			for _, a := range sh.assocs {
				if !match(a) {
					continue
				}
				sub := ramKey(fromNanos(a.created), string(a.typ), "/", a.entity)
				if sub > after && !emit(sub, a.view()) {
					return
				}
			}
		})
		return err
	})
	return out, next, err
}

// GetResourceShareInvitations lists the invitations the caller received
// (ram.md §A8).
func (s *Store) GetResourceShareInvitations(c Caller, q RAMInvitationQuery) ([]RAMInvitation, string, error) {
	const op = "GetResourceShareInvitations"
	var out []RAMInvitation
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		scope := ramScope(op, c, scopeList(q.ARNs), scopeList(q.ShareARNs))
		if q.Page.Token != "" {
			if _, err := tx.DecodeToken(scope, q.Page.Token); err != nil {
				return err
			}
		}
		for _, arn := range q.ARNs {
			inv := st.invitation(arn)
			if inv == nil || inv.receiver != c.Account || inv.share.region != c.Region {
				return ramErr(op, ErrNotFound, EntityResourceShareInvitation, arn, "")
			}
		}
		m := st.received[regionKey(c.Region, c.Account)]
		if len(q.ARNs) > 0 {
			// Explicit ARNs: page over those invitations, not every one the
			// caller received.
			m = &ordered.Map[*ramInvitation]{}
			for _, arn := range q.ARNs {
				inv := st.invitation(arn)
				m.Set(inv.key, inv)
			}
		} else if len(q.ShareARNs) > 0 {
			// Share ARNs: page over the caller's invitations to those
			// shares, not every one it received.
			m = &ordered.Map[*ramInvitation]{}
			for _, arn := range q.ShareARNs {
				if sh := st.share(arn); sh != nil && sh.region == c.Region {
					for _, inv := range sh.invs() {
						if !inv.purged && inv.receiver == c.Account {
							m.Set(inv.key, inv)
						}
					}
				}
			}
		}
		if m == nil {
			m = &ordered.Map[*ramInvitation]{}
		}
		var err error
		out, next, err = Paginate(tx, scope, m, q.Page, func(inv *ramInvitation) (RAMInvitation, bool) {
			if len(q.ARNs) > 0 && !slices.Contains(q.ARNs, inv.arn) || len(q.ShareARNs) > 0 && !slices.Contains(q.ShareARNs, inv.share.arn) {
				return RAMInvitation{}, false
			}
			return inv.view(tx.now), true
		})
		return err
	})
	return out, next, err
}

// ListPrincipals lists the principals the caller shares with, or the owners
// that share with it (ram.md §A12).
func (s *Store) ListPrincipals(c Caller, q RAMPrincipalQuery) ([]RAMPrincipal, string, error) {
	const op = "ListPrincipals"
	var out []RAMPrincipal
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		scope := ramScope(op, c, boolStr(q.OtherAccounts), q.ResourceARN, scopeList(q.Principals), q.ResourceType, scopeList(q.ShareARNs))
		after, err := decodeAfter(tx, scope, q.Page.Token)
		if err != nil {
			return err
		}
		only, err := st.explicitShares(tx, op, c, q.OtherAccounts, q.ShareARNs)
		if err != nil {
			return err
		}
		var p ramPick
		p.start(tx, st, c, q.OtherAccounts, only)
		if q.OtherAccounts {
			if q.ResourceARN != "" {
				p.narrow(st.recipientHolding(tx, c, only, []string{q.ResourceARN}))
			}
			p.offerGrants(tx, st, c)
			if len(q.Principals) > 0 {
				p.offerRecipient(tx, st, c, func(g *ramGrants) ramShareIndex { return g.byOwner }, q.Principals...)
			}
			if q.ResourceType != "" {
				p.offerRecipient(tx, st, c, func(g *ramGrants) ramShareIndex { return g.byType }, q.ResourceType)
			}
		} else {
			if q.ResourceARN != "" {
				p.narrow(st.ownedHolding(c, only, []string{q.ResourceARN}))
			}
			p.offerShares(st, c, RAMShareActive)
			if len(q.Principals) > 0 {
				p.offerPrincipals(st, c, q.Principals)
			}
			if q.ResourceType != "" {
				p.offerOwner(st, c, func(own *ramOwned) ramShareIndex { return own.byType }, q.ResourceType)
			}
		}
		walk := p.walk()
		var keys []ramGrantKey // the caller's recipient keys, once needed
		out, next, err = pageShares(tx, scope, q.Page, after, st.lookupKey(tx, c, q.OtherAccounts), walk, func(sh *ramShare, after string, emit func(string, RAMPrincipal) bool) {
			if sh.status != RAMShareActive || !resourceFilter(sh, q.ResourceARN, q.ResourceType) {
				return
			}
			if q.OtherAccounts {
				if after >= one || len(q.Principals) > 0 && !slices.Contains(q.Principals, sh.owner) {
					return
				}
				if keys == nil {
					keys = st.recipientKeys(tx, c.Region, c.Account)
				}
				if since, external, ok := st.access(tx, keys, sh, c.Account); ok {
					emit(one, RAMPrincipal{ID: sh.owner, ShareARN: sh.arn, CreatedAt: fromNanos(since), UpdatedAt: fromNanos(sh.updated), External: external})
				}
				return
			}
			var buf [4]ramItem[RAMPrincipal]
			items := buf[:0]
			for _, a := range sh.assocs {
				if a.typ == RAMPrincipalAssociation && a.state == ramActive && (len(q.Principals) == 0 || slices.Contains(q.Principals, a.entity)) {
					items = append(items, ramItem[RAMPrincipal]{a.entity, RAMPrincipal{ID: a.entity, ShareARN: sh.arn, CreatedAt: fromNanos(a.created), UpdatedAt: fromNanos(a.updated), External: a.external()}})
				}
			}
			emitSorted(items, after, emit)
		})
		return err
	})
	return out, next, err
}

// resourceFilter keeps shares with resource arn, or a resource of type typ,
// ASSOCIATED.
func resourceFilter(sh *ramShare, arn, typ string) bool {
	if arn == "" && typ == "" {
		return true
	}
	return slices.ContainsFunc(sh.assocs, func(a *ramAssoc) bool {
		return a.typ == RAMResourceAssociation && a.state == ramActive &&
			(arn == "" || a.entity == arn) && (typ == "" || a.rtype.Type == typ)
	})
}

// ListResources lists the resources the caller shares, or that are shared
// with it (ram.md §A13).
func (s *Store) ListResources(c Caller, q RAMResourceQuery) ([]RAMSharedResource, string, error) {
	const op = "ListResources"
	var out []RAMSharedResource
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		scope := ramScope(op, c, boolStr(q.OtherAccounts), q.Principal, q.ResourceType, scopeList(q.ResourceARNs), scopeList(q.ShareARNs), q.RegionScope)
		after, err := decodeAfter(tx, scope, q.Page.Token)
		if err != nil {
			return err
		}
		only, err := st.explicitShares(tx, op, c, q.OtherAccounts, q.ShareARNs)
		if err != nil {
			return err
		}
		var p ramPick
		p.start(tx, st, c, q.OtherAccounts, only)
		if q.OtherAccounts {
			byType := func(g *ramGrants) ramShareIndex { return g.byType }
			if len(q.ResourceARNs) > 0 {
				p.narrow(st.recipientHolding(tx, c, only, q.ResourceARNs))
			}
			p.offerGrants(tx, st, c)
			if q.Principal != "" {
				p.offerRecipient(tx, st, c, func(g *ramGrants) ramShareIndex { return g.byOwner }, q.Principal)
			}
			if q.ResourceType != "" {
				p.offerRecipient(tx, st, c, byType, q.ResourceType)
			} else if types := typesIn(tx, q.RegionScope); types != nil {
				p.offerRecipient(tx, st, c, byType, types...)
			}
		} else {
			byType := func(own *ramOwned) ramShareIndex { return own.byType }
			if len(q.ResourceARNs) > 0 {
				p.narrow(st.ownedHolding(c, only, q.ResourceARNs))
			}
			p.offerShares(st, c, RAMShareActive)
			if q.Principal != "" {
				p.offerPrincipals(st, c, []string{q.Principal})
			}
			if q.ResourceType != "" {
				p.offerOwner(st, c, byType, q.ResourceType)
			} else if types := typesIn(tx, q.RegionScope); types != nil {
				p.offerOwner(st, c, byType, types...)
			}
		}
		walk := p.walk()
		out, next, err = pageShares(tx, scope, q.Page, after, st.lookupKey(tx, c, q.OtherAccounts), walk, func(sh *ramShare, after string, emit func(string, RAMSharedResource) bool) {
			if sh.status != RAMShareActive {
				return
			}
			if q.Principal != "" {
				if q.OtherAccounts && sh.owner != q.Principal {
					return
				}
				if !q.OtherAccounts && !slices.ContainsFunc(sh.assocs, func(a *ramAssoc) bool {
					return a.typ == RAMPrincipalAssociation && a.state == ramActive && a.entity == q.Principal
				}) {
					return
				}
			}
			var buf [4]ramItem[RAMSharedResource]
			items := buf[:0]
			for _, a := range sh.assocs {
				if a.typ != RAMResourceAssociation || a.state != ramActive {
					continue
				}
				if q.ResourceType != "" && a.rtype.Type != q.ResourceType || len(q.ResourceARNs) > 0 && !slices.Contains(q.ResourceARNs, a.entity) {
					continue
				}
				if q.RegionScope == "REGIONAL" && a.rtype.Global || q.RegionScope == "GLOBAL" && !a.rtype.Global {
					continue
				}
				items = append(items, ramItem[RAMSharedResource]{a.entity, RAMSharedResource{
					ARN: a.entity, Type: a.rtype.Type, ShareARN: sh.arn, CreatedAt: fromNanos(a.created), UpdatedAt: fromNanos(a.updated), Global: a.rtype.Global,
				}})
			}
			emitSorted(items, after, emit)
		})
		return err
	})
	return out, next, err
}

// GetResourcePolicies returns, for each requested resource the caller
// shares, the resource policy built from the principals that have access now
// (ram.md §A14, §C.10). A resource not ASSOCIATED in any of the caller's live
// shares is ErrNotFound with reason "resource-not-shared".
func (s *Store) GetResourcePolicies(c Caller, arns []string, principal string, page PageRequest) ([]string, string, error) {
	const op = "GetResourcePolicies"
	var out []string
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		scope := ramScope(op, c, scopeList(arns), principal)
		start := 0
		if page.Token != "" {
			k, err := tx.DecodeToken(scope, page.Token)
			if err != nil {
				return err
			}
			start, _ = strconv.Atoi(k)
		}
		shared := make([][]*ramShare, len(arns))
		for i, arn := range arns {
			for sh := range st.holders(arn).all() {
				if sh.owner != c.Account || sh.region != c.Region || sh.status != RAMShareActive {
					continue
				}
				if a := sh.find(RAMResourceAssociation, arn); a != nil && a.state == ramActive {
					shared[i] = append(shared[i], sh)
				}
			}
			if len(shared[i]) == 0 {
				return ramErr(op, ErrNotFound, EntityResource, arn, ReasonResourceNotShared)
			}
			slices.SortFunc(shared[i], func(a, b *ramShare) int { return strings.Compare(a.key, b.key) })
		}
		out = []string{}
		for i := start; i < len(arns); i++ {
			p, ok := st.policy(tx, arns[i], shared[i], principal)
			if !ok {
				continue
			}
			if len(out) == page.limit() {
				// Another policy follows: the next page starts with it,
				// and the last page carries no token (ram.md §C.13).
				next = tx.EncodeToken(scope, strconv.Itoa(i))
				break
			}
			out = append(out, p)
		}
		return nil
	})
	return out, next, err
}

type ramStatement struct {
	Sid       string         `json:"Sid"`
	Effect    string         `json:"Effect"`
	Principal any            `json:"Principal"`
	Action    []string       `json:"Action"`
	Resource  string         `json:"Resource"`
	Condition map[string]any `json:"Condition,omitempty"`
}

// policy renders the resource policy of arn over the shares that hold it.
func (st *ramState) policy(tx *Tx, arn string, shares []*ramShare, filter string) (string, bool) {
	var stmts []ramStatement
	add := func(p any, actions []string, cond map[string]any) {
		stmts = append(stmts, ramStatement{Sid: "RamStatement" + strconv.Itoa(len(stmts)+1), Effect: "Allow",
			Principal: p, Action: actions, Resource: arn, Condition: cond})
	}
	covers := func(a *ramAssoc) bool {
		if filter == "" || a.entity == filter {
			return true
		}
		if !ValidAccount(filter) {
			return false
		}
		switch p := a.pr(); p.Kind {
		case PrincipalOrganization:
			o, ok := tx.OrgOf(filter)
			return ok && o.ID == p.OrgID
		case PrincipalOrganizationalUnit:
			return tx.UnderOU(filter, p.OUID)
		}
		return false
	}
	for _, sh := range shares {
		ra := sh.find(RAMResourceAssociation, arn)
		perm := sh.permissionFor(ra.rtype)
		if perm == nil {
			perm = tx.s.opts.RAM.registry.dflt[ra.rtype]
		}
		actions := slices.Clone(perm.Actions)
		withTemplate := func(cond map[string]any) map[string]any { return mergeConditions(cond, perm.Condition) }
		var aws, svc []string
		var groups []*ramAssoc
		for _, a := range sh.assocs {
			if a.typ != RAMPrincipalAssociation || a.state != ramActive || !covers(a) {
				continue
			}
			switch a.kind() {
			case PrincipalAccount:
				aws = append(aws, "arn:aws:iam::"+a.entity+":root")
			case PrincipalIAMRole, PrincipalIAMUser:
				aws = append(aws, a.entity)
			case PrincipalService:
				svc = append(svc, a.entity)
			default:
				groups = append(groups, a)
			}
		}
		if len(aws)+len(svc) > 0 {
			p := map[string][]string{}
			if len(aws) > 0 {
				p["AWS"] = aws
			}
			var cond map[string]any
			if len(svc) > 0 {
				p["Service"] = svc
				cond = sourceConditions(sh.sources())
			}
			add(p, actions, withTemplate(cond))
		}
		for _, a := range groups {
			p := a.pr()
			if p.Kind == PrincipalOrganization {
				add("*", actions, withTemplate(map[string]any{"StringEquals": map[string]any{"aws:PrincipalOrgID": p.OrgID}}))
				continue
			}
			add("*", actions, withTemplate(map[string]any{"ForAnyValue:StringLike": map[string]any{"aws:PrincipalOrgPaths": []string{st.ouPath(tx, p) + "/*"}}}))
		}
	}
	if len(stmts) == 0 {
		return "", false
	}
	b, _ := json.Marshal(struct {
		Version   string         `json:"Version"`
		Statement []ramStatement `json:"Statement"`
	}{"2008-10-17", stmts})
	return string(b), true
}

// mergeConditions returns cond with the template's condition merged in: the
// operators of both, and under an operator present in both, the keys of
// both, cond's winning.
func mergeConditions(cond, template map[string]any) map[string]any {
	if len(template) == 0 {
		return cond
	}
	out := make(map[string]any, len(cond)+len(template))
	for op, v := range template {
		out[op] = v
	}
	for op, v := range cond {
		mine, ok1 := toStringMap(v)
		theirs, ok2 := toStringMap(out[op])
		if !ok1 || !ok2 {
			out[op] = v
			continue
		}
		merged := make(map[string]any, len(mine)+len(theirs))
		for k, x := range theirs {
			merged[k] = x
		}
		for k, x := range mine {
			merged[k] = x
		}
		out[op] = merged
	}
	return out
}

func toStringMap(v any) (map[string]any, bool) {
	switch m := v.(type) {
	case map[string]any:
		return m, true
	case map[string][]string:
		out := make(map[string]any, len(m))
		for k, x := range m {
			out[k] = x
		}
		return out, true
	}
	return nil, false
}

func sourceConditions(sources []string) map[string]any {
	if len(sources) == 0 {
		return nil
	}
	var accts, arns, orgs, paths []string
	for _, s := range sources {
		switch {
		case ValidAccount(s):
			accts = append(accts, s)
		case strings.HasPrefix(s, "arn:"):
			arns = append(arns, s)
		case strings.Contains(s, "/"):
			paths = append(paths, s)
		default:
			orgs = append(orgs, s)
		}
	}
	cond := map[string]any{}
	eq := map[string][]string{}
	if len(accts) > 0 {
		eq["aws:SourceAccount"] = accts
	}
	if len(orgs) > 0 {
		eq["aws:SourceOrgID"] = orgs
	}
	if len(eq) > 0 {
		cond["StringEquals"] = eq
	}
	if len(arns) > 0 {
		cond["ArnLike"] = map[string][]string{"aws:SourceArn": arns}
	}
	if len(paths) > 0 {
		cond["ForAnyValue:StringLike"] = map[string][]string{"aws:SourceOrgPaths": paths}
	}
	return cond
}

// ouPath is o-id/r-id/ou-.../ou-id for an OU principal.
func (st *ramState) ouPath(tx *Tx, p Principal) string {
	o := tx.s.orgs.orgs[p.OrgID]
	if o == nil {
		return p.OrgID + "/" + p.OUID
	}
	chain := o.chain(p.OUID)
	slices.Reverse(chain)
	return p.OrgID + "/" + strings.Join(chain, "/")
}

// RAMInvitationStatusString is the wire name of an invitation status; a
// revoked (withdrawn) invitation reads EXPIRED.
func RAMInvitationStatusString(s invitation.Status) string {
	if s == invitation.Revoked {
		return invitation.Expired.String()
	}
	return s.String()
}
