package share

import "slices"

// ownShare returns the caller's share with this ARN in its region, for a
// mutation: ErrNotFound when it does not exist there, is another account's,
// or is deleting or deleted.
func (st *ramState) ownShare(op string, c Caller, arn string) (*ramShare, error) {
	if !ValidResourceShareARN(arn) {
		return nil, ramErr(op, ErrInvalidArgument, EntityResourceShare, arn, ReasonMalformedARN)
	}
	sh := st.share(arn)
	if sh == nil || sh.owner != c.Account || sh.region != c.Region {
		return nil, ramErr(op, ErrNotFound, EntityResourceShare, arn, "")
	}
	if _, err := ramShareNext(sh.status, ramShareEvMutate); err != nil {
		return nil, ramErr(op, ErrNotFound, EntityResourceShare, arn, "")
	}
	return sh, nil
}

// CreateResourceShare creates a share owned by the caller (ram.md §A1). Its
// errors, all *Error with a Reason the facade maps: ErrInvalidArgument (an
// empty name, malformed resource ARNs, principals, permission ARNs, sources
// or tags, and the organization rules of §C.3), ErrNotFound (an unknown
// organization, OU or permission), ErrAccessDenied (sharing needs
// organization sharing), ErrLimitExceeded (quotas) and
// ErrIdempotencyMismatch.
func (s *Store) CreateResourceShare(c Caller, in RAMCreateInput) (RAMShareResult, error) {
	const op = "CreateResourceShare"
	var out RAMShareResult
	err := s.ramUpdate(func(tx *Tx) error {
		if done, err := replayRAM(tx, c, op, in.Idempotency, &out); done || err != nil {
			return err
		}
		sh, err := s.ram.create(tx, op, c, in)
		if err != nil {
			return err
		}
		out = RAMShareResult{Share: sh.view(), ClientToken: tx.ramToken(in.Idempotency)}
		rememberRAM(tx, c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// create validates in and creates the share, inside a RAM operation.
func (st *ramState) create(tx *Tx, op string, c Caller, in RAMCreateInput) (*ramShare, error) {
	if in.Name == "" {
		return nil, ramErr(op, ErrInvalidArgument, EntityResourceShare, "", ReasonNameEmpty)
	}
	if max := tx.s.opts.RAM.MaxResourcesPerCall; len(in.ResourceARNs) > max {
		return nil, &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityResource, Reason: ReasonQuotaResourcesPerCall, Limit: max}
	}
	res, err := st.parseResources(tx, op, in.ResourceARNs)
	if err != nil {
		return nil, err
	}
	prs, err := st.parsePrincipals(op, in.Principals)
	if err != nil {
		return nil, err
	}
	perms, err := st.checkPermissions(tx, op, c, in.PermissionARNs, res)
	if err != nil {
		return nil, err
	}
	srcs, err := parseSources(op, in.Sources)
	if err != nil {
		return nil, err
	}
	tags, err := mergeTags(tx, op, nil, in.Tags)
	if err != nil {
		return nil, err
	}
	ae := in.AllowExternalPrincipals == nil || *in.AllowExternalPrincipals
	plan, err := st.plan(tx, op, c.Account, c.Region, ae, nil, prs, res)
	if err != nil {
		return nil, err
	}
	own := st.ownedBy(c.Region, c.Account)
	if max := tx.s.opts.RAM.MaxSharesPerRegion; own.live+1 > max {
		return nil, &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityResourceShare, Reason: ReasonQuotaShares, Limit: max}
	}
	if err := st.checkQuotas(tx, op, own, nil, plan); err != nil {
		return nil, err
	}
	// Mutate.
	key := tx.ramNewKey("arn:aws:ram:", c.Region, ":", c.Account, ":resource-share/")
	sh, block := newRAMShare(len(plan.resources) + len(plan.principals))
	// Field by field: assigning a composite literal through the pointer
	// would build the share on the stack and copy it.
	sh.key, sh.arn, sh.name, sh.owner, sh.region = key, key[21:], in.Name, c.Account, c.Region
	sh.allowExternal, sh.status, sh.created, sh.updated = ae, RAMShareActive, nanos(tx.now), nanos(tx.now)
	sh.assocs, sh.perms = sh.assocsBuf[:0], append(sh.permsBuf[:0], perms...)
	if len(srcs) > 0 {
		sh.ext().sources = srcs
		sh.logSources(tx.now, srcs)
	}
	if len(tags) > 0 {
		sh.ext().tags = tags
	}
	if in.RetainSharingOnAccountLeave != nil {
		r := *in.RetainSharingOnAccountLeave
		sh.ext().retain = &r
	}
	st.shares.Set(sh.arn, sh)
	st.indexShare(own, sh)
	own.live++
	st.apply(tx, sh, plan, block, true)
	return sh, nil
}

// UpdateResourceShare changes a share's name or allowExternalPrincipals
// (ram.md §A2). It fails with ErrNotFound for a share the caller does not own
// in its region (or a deleted one), ErrInvalidArgument (malformed ARN, empty
// name, nothing to update), ErrAccessDenied (refusing external principals
// is not possible now) or ErrIdempotencyMismatch.
func (s *Store) UpdateResourceShare(c Caller, in RAMUpdateInput) (RAMShareResult, error) {
	const op = "UpdateResourceShare"
	var out RAMShareResult
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, in.Idempotency, &out); done || err != nil {
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
		if err := refuseFromPolicy(op, sh); err != nil {
			return err
		}
		if in.Name != nil && *in.Name != sh.name {
			st.rename(sh, *in.Name)
		}
		if in.AllowExternalPrincipals != nil {
			sh.allowExternal = *in.AllowExternalPrincipals
		}
		sh.updated = nanos(tx.now)
		out = RAMShareResult{Share: sh.view(), ClientToken: tx.ramToken(in.Idempotency)}
		rememberRAM(tx, c, op, in.Idempotency, out)
		return nil
	})
	return out, err
}

// DeleteResourceShare deletes a share (ram.md §A3). Deleting a deleted share
// succeeds and changes nothing. It returns the client token. It fails with
// ErrInvalidArgument (malformed ARN), ErrNotFound (not the caller's, or
// purged) or ErrIdempotencyMismatch.
func (s *Store) DeleteResourceShare(c Caller, arn string, idem RAMIdempotency) (string, error) {
	const op = "DeleteResourceShare"
	var out string
	err := s.ramUpdate(func(tx *Tx) error {
		st := s.ram
		if done, err := replayRAM(tx, c, op, idem, &out); done || err != nil {
			return err
		}
		if !ValidResourceShareARN(arn) {
			return ramErr(op, ErrInvalidArgument, EntityResourceShare, arn, ReasonMalformedARN)
		}
		sh := st.share(arn)
		if sh == nil || sh.owner != c.Account || sh.region != c.Region {
			return ramErr(op, ErrNotFound, EntityResourceShare, arn, "")
		}
		out = tx.ramToken(idem)
		next, _ := ramShareNext(sh.status, ramShareEvDelete)
		if next != sh.status {
			st.deleteShare(tx, sh)
		}
		rememberRAM(tx, c, op, idem, out)
		return nil
	})
	return out, err
}

func (st *ramState) deleteShare(tx *Tx, sh *ramShare) {
	st.ownedBy(sh.region, sh.owner).restatus(sh, RAMShareDeleting)
	sh.updated = nanos(tx.now)
	sh.unlogSources(tx.now, nil)
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
			st.move(tx, a, next, ramNoMessage)
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
	own := st.ownedBy(sh.region, sh.owner)
	if sh.status == RAMShareDeleting {
		own.live--
	}
	sh.purged = true
	st.shares.Delete(sh.arn)
	st.unindexShare(own, sh)
	for _, a := range sh.assocs {
		if a.typ == RAMResourceAssociation {
			k := a.entity
			if h, added := st.byResource.Upsert(k); added || h.remove(sh) {
				st.byResource.Delete(k)
			}
		}
	}
	for _, inv := range sh.invs() {
		st.purgeInvitation(inv)
	}
}

// TagResourceShare adds or overwrites tags on the caller's share (ram.md
// §A15). It fails with ErrNotFound, ErrInvalidArgument (malformed ARN, bad
// or reserved tags) or ErrLimitExceeded (reason "tag-limit").
func (s *Store) TagResourceShare(c Caller, arn string, tags []RAMTag) error {
	const op = "TagResource"
	return s.Update(func(tx *Tx) error {
		sh, err := s.ram.ownShare(op, c, arn)
		if err != nil {
			return err
		}
		old := sh.tags()
		merged, err := mergeTags(tx, op, old, tags)
		if err != nil {
			return err
		}
		sh.ext().tags = merged
		s.ram.ownedBy(sh.region, sh.owner).reindexTags(sh, old, merged)
		return nil
	})
}

// UntagResourceShare removes tag keys from the caller's share (ram.md §A16);
// absent keys are ignored. It fails with ErrNotFound or ErrInvalidArgument.
func (s *Store) UntagResourceShare(c Caller, arn string, keys []string) error {
	const op = "UntagResource"
	return s.Update(func(tx *Tx) error {
		sh, err := s.ram.ownShare(op, c, arn)
		if err != nil {
			return err
		}
		if old := sh.tags(); len(old) > 0 {
			sh.extra.tags = old.Without(keys...)
			if len(sh.extra.tags) == 0 {
				sh.extra.tags = nil
			}
			s.ram.ownedBy(sh.region, sh.owner).reindexTags(sh, old, sh.extra.tags)
		}
		return nil
	})
}
