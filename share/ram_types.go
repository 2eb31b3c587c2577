package share

import (
	"slices"
	"strings"
	"time"

	"github.com/sharesim/sharesim/invitation"
)

// ListRAMResourceTypes lists the registry (ram.md B15), by type name. scope
// is "", "ALL", "REGIONAL" or "GLOBAL".
func (s *Store) ListRAMResourceTypes(c Caller, scope string, page PageRequest) ([]RAMResourceType, string, error) {
	const op = "ListResourceTypes"
	var out []RAMResourceType
	var next string
	err := s.View(func(tx *Tx) error {
		sc := ramScope(op, c, scope)
		after, err := decodeAfter(tx, sc, page.Token)
		if err != nil {
			return err
		}
		out, next = pageKeyed(tx, sc, after, page, func(after string, yield func(string, RAMResourceType) bool) {
			for _, t := range s.opts.RAM.registry.types {
				if t.Type <= after || scope == "REGIONAL" && t.Global || scope == "GLOBAL" && !t.Global {
					continue
				}
				v := *t
				v.Actions = slices.Clone(t.Actions)
				if !yield(t.Type, v) {
					return
				}
			}
		})
		return nil
	})
	return out, next, err
}

// ListPendingInvitationResources lists the resources of the share behind a
// PENDING invitation addressed to the caller (ram.md B16): the share's
// ASSOCIATED resources, by ARN. scope is as for ListResources.
func (s *Store) ListPendingInvitationResources(c Caller, arn, scope string, page PageRequest) ([]RAMSharedResource, string, error) {
	const op = "ListPendingInvitationResources"
	var out []RAMSharedResource
	var next string
	err := s.View(func(tx *Tx) error {
		if !ValidInvitationARN(arn) {
			return ramErr(op, ErrInvalidArgument, EntityResourceShareInvitation, arn, ReasonMalformedARN)
		}
		sc := ramScope(op, c, arn, scope)
		after, err := decodeAfter(tx, sc, page.Token)
		if err != nil {
			return err
		}
		inv := s.ram.invitation(arn)
		if inv == nil || inv.purged || inv.receiver != c.Account || inv.share.region != c.Region {
			return ramErr(op, ErrNotFound, EntityResourceShareInvitation, arn, "")
		}
		switch inv.inv.StatusAt(tx.now) {
		case invitation.Pending:
		case invitation.Accepted:
			return ramErr(op, ErrInvalidArgument, EntityResourceShareInvitation, arn, ReasonInvitationNotPending)
		case invitation.Rejected:
			return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityResourceShareInvitation, ID: arn, Err: invitation.ErrAlreadyRejected}
		default:
			return &Error{Op: op, Kind: ErrInvalidTransition, Entity: EntityResourceShareInvitation, ID: arn, Err: invitation.ErrExpired}
		}
		sh := inv.share
		var items []*ramAssoc
		for _, a := range sh.assocs {
			if a.typ == RAMResourceAssociation && a.state == ramActive &&
				!(scope == "REGIONAL" && a.rtype.Global || scope == "GLOBAL" && !a.rtype.Global) {
				items = append(items, a)
			}
		}
		slices.SortFunc(items, func(a, b *ramAssoc) int { return strings.Compare(a.entity, b.entity) })
		out, next = pageKeyed(tx, sc, after, page, func(after string, yield func(string, RAMSharedResource) bool) {
			for _, a := range items {
				if a.entity > after && !yield(a.entity, RAMSharedResource{ARN: a.entity, Type: a.rtype.Type, ShareARN: sh.arn,
					CreatedAt: fromNanos(a.created), UpdatedAt: fromNanos(a.updated), Global: a.rtype.Global}) {
					return
				}
			}
		})
		return nil
	})
	return out, next, err
}

// ramSource is one association of a share with a source (ram.md B17). Its
// status is derived from its times and the propagation delay: ASSOCIATING
// until the delay has passed since created, then ASSOCIATED; after removal,
// DISASSOCIATING, then DISASSOCIATED.
type ramSource struct {
	id      string
	created time.Time
	removed time.Time // zero while associated
}

func (r *ramSource) status(now time.Time, delay time.Duration) (RAMAssociationStatus, time.Time) {
	if r.removed.IsZero() {
		if done := r.created.Add(delay); delay > 0 && now.Before(done) {
			return RAMAssociating, r.created
		} else if delay > 0 {
			return RAMAssociated, done
		}
		return RAMAssociated, r.created
	}
	if done := r.removed.Add(delay); delay > 0 && now.Before(done) {
		return RAMDisassociating, r.removed
	} else if delay > 0 {
		return RAMDisassociated, done
	}
	return RAMDisassociated, r.removed
}

// logSources records fresh source associations for srcs not associated now.
func (sh *ramShare) logSources(now time.Time, srcs []string) {
	for _, id := range srcs {
		if sh.extra != nil && slices.ContainsFunc(sh.extra.srcLog, func(r *ramSource) bool { return r.id == id && r.removed.IsZero() }) {
			continue
		}
		e := sh.ext()
		e.srcLog = slices.DeleteFunc(e.srcLog, func(r *ramSource) bool { return r.id == id })
		e.srcLog = append(e.srcLog, &ramSource{id: id, created: now})
		slices.SortStableFunc(e.srcLog, func(a, b *ramSource) int {
			if c := a.created.Compare(b.created); c != 0 {
				return c
			}
			return strings.Compare(a.id, b.id)
		})
	}
}

// everSourced reports whether id was ever a source of sh: a source removed
// before is removed again without error (ram.md §A6).
func (sh *ramShare) everSourced(id string) bool {
	return sh.extra != nil && slices.ContainsFunc(sh.extra.srcLog, func(r *ramSource) bool { return r.id == id })
}

// sourceStatus returns the status of id's source association (the log
// keeps one record per source), "" when it has none.
func (sh *ramShare) sourceStatus(id string, now time.Time, delay time.Duration) RAMAssociationStatus {
	if sh.extra != nil {
		for _, r := range sh.extra.srcLog {
			if r.id == id {
				st, _ := r.status(now, delay)
				return st
			}
		}
	}
	return ""
}

// unlogSources marks the source associations of srcs (every one when srcs
// is nil) removed.
func (sh *ramShare) unlogSources(now time.Time, srcs []string) {
	if sh.extra == nil {
		return
	}
	for _, r := range sh.extra.srcLog {
		if r.removed.IsZero() && (srcs == nil || slices.Contains(srcs, r.id)) {
			r.removed = now
		}
	}
}

// RAMSourceType derives the type of a source (ram.md B17): ACCOUNT,
// ARN, ORGANIZATION_ID or ORGANIZATION_PATH.
func RAMSourceType(id string) string {
	switch {
	case ValidAccount(id):
		return "ACCOUNT"
	case strings.HasPrefix(id, "arn:"):
		return "ARN"
	case strings.Contains(id, "/"):
		return "ORGANIZATION_PATH"
	}
	return "ORGANIZATION_ID"
}

// RAMSourceQuery selects ListSourceAssociations items.
type RAMSourceQuery struct {
	ShareARNs  []string
	SourceID   string
	SourceType string
	Status     RAMAssociationStatus
	Page       PageRequest
}

// RAMAssociatedSource is a ListSourceAssociations item.
type RAMAssociatedSource struct {
	ShareARN             string
	SourceID             string
	SourceType           string
	Status               RAMAssociationStatus
	CreatedAt, UpdatedAt time.Time
}

// ListSourceAssociations lists the source associations of the caller's
// shares, by share, then association time (ram.md B17).
func (s *Store) ListSourceAssociations(c Caller, q RAMSourceQuery) ([]RAMAssociatedSource, string, error) {
	const op = "ListSourceAssociations"
	var out []RAMAssociatedSource
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.ram
		scope := ramScope(op, c, scopeList(q.ShareARNs), q.SourceID, q.SourceType, string(q.Status))
		after, err := decodeAfter(tx, scope, q.Page.Token)
		if err != nil {
			return err
		}
		only, err := st.explicitShares(tx, op, c, false, q.ShareARNs)
		if err != nil {
			return err
		}
		delay := s.opts.PropagationDelay
		var p ramPick
		p.start(tx, st, c, false, only)
		bySource := func(own *ramOwned) ramShareIndex { return own.bySource }
		// Only shares with source associations have items.
		p.offerOwner(st, c, bySource, ramSourceAny)
		if q.SourceID != "" {
			p.offerOwner(st, c, bySource, q.SourceID)
		}
		if q.SourceType != "" {
			p.offerOwner(st, c, bySource, ramSourceTypeKey(q.SourceType))
		}
		out, next, err = pageShares(tx, scope, q.Page, after, st.lookupKey(tx, c, false), p.walk(), func(sh *ramShare, after string, emit func(string, RAMAssociatedSource) bool) {
			if sh.extra == nil {
				return
			}
			for _, r := range sh.extra.srcLog {
				typ := RAMSourceType(r.id)
				status, updated := r.status(tx.now, delay)
				if q.SourceID != "" && r.id != q.SourceID || q.SourceType != "" && typ != q.SourceType || q.Status != "" && status != q.Status {
					continue
				}
				sub := ramKey(r.created, r.id)
				if sub > after && !emit(sub, RAMAssociatedSource{ShareARN: sh.arn, SourceID: r.id, SourceType: typ, Status: status,
					CreatedAt: r.created, UpdatedAt: updated}) {
					return
				}
			}
		})
		return err
	})
	return out, next, err
}
