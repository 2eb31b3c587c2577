package share

import (
	"iter"

	"github.com/sharesim/sharesim/internal/ordered"
	"github.com/sharesim/sharesim/invitation"
)

// Recipients' listings (ListWorkloads, ListLenses, ListProfiles,
// ListReviewTemplates) merge the caller's own index with "reach" indexes: per
// holder (an account with accepted account shares, or an organization or OU
// with associated organization shares), per resource type and region, the
// resources that reach it, keyed like their owner's listing. A page then
// costs O(page + log n) per source, with one source for the caller, one for
// its organization and one per OU above it.

// waReachKey names one holder's reach index.
type waReachKey struct {
	kind   WAResourceType
	holder string // an account, organization or OU ID
	region string
}

// waReachEntry counts the shares through which a holder reaches a resource
// (an account can accept shares to itself and to IAM users in it).
type waReachEntry struct {
	r *waResource
	n int
}

// holder returns who the share currently makes the resource reach: the
// target account of an accepted share, or the organization or OU of an
// associated one.
func (s *waShare) holder() (string, bool) {
	if s.isOrg() {
		return s.targetID(), s.orgStatus == WAShareAssociated
	}
	return s.target.Account, s.inv.Status == invitation.Accepted
}

func (st *waState) reachIndex(kind WAResourceType, holder, region string, create bool) *ordered.Map[*waReachEntry] {
	k := waReachKey{kind, holder, region}
	m, ok := st.reach[k]
	if !ok && create {
		m = &ordered.Map[*waReachEntry]{}
		st.reach[k] = m
	}
	return m
}

func (st *waState) reachAdd(holder string, r *waResource) {
	m := st.reachIndex(r.kind, holder, r.region, true)
	if e, ok := m.Get(r.listKey); ok {
		e.n++
		return
	}
	m.Set(r.listKey, &waReachEntry{r: r, n: 1})
}

func (st *waState) reachRemove(holder string, r *waResource) {
	m := st.reachIndex(r.kind, holder, r.region, false)
	if m == nil {
		return
	}
	if e, ok := m.Get(r.listKey); ok {
		if e.n--; e.n == 0 {
			m.Delete(r.listKey)
		}
	}
	if m.Len() == 0 {
		delete(st.reach, waReachKey{r.kind, holder, r.region})
	}
}

// rekey moves r in its owner's listing, and in every reach index that holds
// it, after its sort time changed.
func (st *waState) rekey(r *waResource, key string) {
	var holders []string
	r.shares.All(func(_ string, s *waShare) bool {
		if h, ok := s.holder(); ok {
			holders = append(holders, h)
		}
		return true
	})
	for _, h := range holders {
		st.reachRemove(h, r)
	}
	idx := st.index(r.kind, r.place())
	idx.Delete(r.listKey)
	r.listKey = key
	idx.Set(key, r)
	for _, h := range holders {
		st.reachAdd(h, r)
	}
}

// reachSources returns the reach indexes of the caller: its own, its
// organization's and those of the OUs above it.
func (st *waState) reachSources(tx *Tx, c Caller, kind WAResourceType) []*ordered.Map[*waReachEntry] {
	holders := []string{c.Account}
	if org, ok := tx.OrgOf(c.Account); ok {
		holders = append(holders, org.ID)
		holders = append(holders, tx.Ancestors(c.Account)...)
	}
	var out []*ordered.Map[*waReachEntry]
	for _, h := range holders {
		if m := st.reachIndex(kind, h, c.Region, false); m != nil {
			out = append(out, m)
		}
	}
	return out
}

// waMerge yields, in key order and once each, the resources of own and of
// the reach indexes whose key is greater than after.
func waMerge(after string, own *ordered.Map[*waResource], reach []*ordered.Map[*waReachEntry]) iter.Seq2[string, *waResource] {
	return func(yield func(string, *waResource) bool) {
		type head struct {
			next func() (string, *waResource, bool)
			stop func()
			key  string
			r    *waResource
			ok   bool
		}
		var heads []*head
		addSource := func(seq iter.Seq2[string, *waResource]) {
			next, stop := iter.Pull2(seq)
			h := &head{next: next, stop: stop}
			h.key, h.r, h.ok = next()
			heads = append(heads, h)
		}
		if own != nil {
			addSource(func(y func(string, *waResource) bool) { own.Ascend(after, y) })
		}
		for _, m := range reach {
			addSource(func(y func(string, *waResource) bool) {
				m.Ascend(after, func(k string, e *waReachEntry) bool { return y(k, e.r) })
			})
		}
		defer func() {
			for _, h := range heads {
				h.stop()
			}
		}()
		last := ""
		for {
			var min *head
			for _, h := range heads {
				if h.ok && (min == nil || h.key < min.key) {
					min = h
				}
			}
			if min == nil {
				return
			}
			k, r := min.key, min.r
			min.key, min.r, min.ok = min.next()
			if k == last {
				continue // the same resource through another source
			}
			last = k
			if !yield(k, r) {
				return
			}
		}
	}
}

// waPaginate returns one page of seq, whose keys ascend, after the token's
// key: like [Paginate], for merged sources.
func waPaginate[T any](tx *Tx, scope TokenScope, req PageRequest, seq func(after string) iter.Seq2[string, *waResource], keep func(*waResource) (T, bool)) ([]T, string, error) {
	after := ""
	if req.Token != "" {
		k, err := tx.DecodeToken(scope, req.Token)
		if err != nil {
			return nil, "", err
		}
		after = k
	}
	out := make([]T, 0, min(req.limit(), 64))
	var last string
	more := false
	for k, r := range seq(after) {
		t, ok := keep(r)
		if !ok {
			continue
		}
		if len(out) == req.limit() {
			more = true
			break
		}
		out = append(out, t)
		last = k
	}
	if !more {
		return out, "", nil
	}
	return out, tx.EncodeToken(scope, last), nil
}
