package share

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// WAProfileQuestion is a profile's answer to one question.
type WAProfileQuestion struct {
	QuestionID        string
	SelectedChoiceIDs []string
}

// WAProfileSpec is what the owner says about a profile.
type WAProfileSpec struct {
	Name        string
	Description string
	Questions   []WAProfileQuestion
}

func (sp WAProfileSpec) clone() WAProfileSpec {
	qs := make([]WAProfileQuestion, len(sp.Questions))
	for i, q := range sp.Questions {
		qs[i] = WAProfileQuestion{q.QuestionID, slices.Clone(q.SelectedChoiceIDs)}
	}
	sp.Questions = qs
	return sp
}

// WAProfileVersion is the only version a profile has.
const WAProfileVersion = "1"

// WAProfile is a profile as one caller sees it.
type WAProfile struct {
	WAProfileSpec
	ARN               string
	Version           string
	Owner             string
	CreatedAt         time.Time
	UpdatedAt         time.Time
	ShareInvitationID string // recipients only
	Tags              Tags   // owner only
}

func (p WAProfile) waClone() WAProfile {
	p.WAProfileSpec, p.Tags = p.WAProfileSpec.clone(), p.Tags.Clone()
	return p
}

type waProfile struct{ spec WAProfileSpec }

func (st *waState) profileView(r *waResource, c Caller, g waGrant) WAProfile {
	v := WAProfile{WAProfileSpec: r.profile.spec.clone(), ARN: r.arn, Version: WAProfileVersion, Owner: r.owner,
		CreatedAt: r.createdAt, UpdatedAt: r.updatedAt}
	if r.owner == c.Account {
		v.Tags = r.tags.Clone()
	} else {
		v.ShareInvitationID = g.invitationID
	}
	return v
}

// WACreateProfile creates a profile owned by the caller. Errors: ErrConflict
// (ReasonWANameExists), ErrIdempotencyMismatch.
func (s *Store) WACreateProfile(c Caller, tok WARequestToken, sp WAProfileSpec, tags Tags) (WAProfile, error) {
	const op = "CreateProfile"
	return waMutate(s, op, c, tok, func(tx *Tx) (WAProfile, error) {
		st := s.wa
		p := waPlace{c.Account, c.Region}
		if st.named(WAKindProfile, p, sp.Name) != nil {
			return WAProfile{}, newError(op, ErrConflict, EntityWAProfile, sp.Name).because(ReasonWANameExists)
		}
		arn := fmt.Sprintf("arn:aws:wellarchitected:%s:%s:profile/%s", c.Region, c.Account, tx.Hex(32))
		r := &waResource{kind: WAKindProfile, id: arn, arn: arn, owner: c.Account, region: c.Region,
			createdAt: tx.Now(), updatedAt: tx.Now(), tags: tags.Clone(), profile: &waProfile{spec: sp.clone()}}
		r.listKey = TimeKey(r.createdAt, arn)
		st.add(r)
		return st.profileView(r, c, waGrant{}), nil
	})
}

// WAGetProfile returns a profile the caller owns or has access to. The only
// version is "1"; an empty version means it. Errors: ErrNotFound.
func (s *Store) WAGetProfile(c Caller, arn, version string) (WAProfile, error) {
	const op = "GetProfile"
	var out WAProfile
	err := s.View(func(tx *Tx) error {
		r, g, err := s.wa.visibleResource(tx, op, c, WAKindProfile, arn)
		if err != nil {
			return err
		}
		if version != "" && version != WAProfileVersion {
			return newError(op, ErrNotFound, EntityWAProfile, arn)
		}
		out = s.wa.profileView(r, c, g)
		return nil
	})
	return out, err
}

// WAProfileOwnerType selects own or shared profiles; the values are AWS's
// ProfileOwnerType.
type WAProfileOwnerType string

// The profile owner types.
const (
	WAProfileSelf   WAProfileOwnerType = "SELF"
	WAProfileShared WAProfileOwnerType = "SHARED"
)

// WAListProfiles lists the caller's profiles and those shared with it, by
// creation time. An empty owner type means both.
func (s *Store) WAListProfiles(c Caller, prefix string, owner WAProfileOwnerType, req PageRequest) ([]WAProfile, string, error) {
	const op = "ListProfiles"
	var out []WAProfile
	var next string
	err := s.View(func(tx *Tx) error {
		var err error
		out, next, err = waListVisible(s, tx, c, WAKindProfile, owner != WAProfileShared, owner != WAProfileSelf,
			waScope(op, c, prefix+"\x00"+string(owner)), req, func(r *waResource, g waGrant) (WAProfile, bool) {
				if !strings.HasPrefix(r.profile.spec.Name, prefix) {
					return WAProfile{}, false
				}
				return s.wa.profileView(r, c, g), true
			})
		return err
	})
	return out, next, err
}

// WADeleteProfile deletes a profile the caller owns, with its shares.
// Workloads that reference it keep the reference. Errors: ErrNotFound,
// ErrAccessDenied, ErrIdempotencyMismatch.
func (s *Store) WADeleteProfile(c Caller, tok WARequestToken, arn string) error {
	return s.waDeleteOwned(c, tok, "DeleteProfile", WAKindProfile, arn)
}

// WATemplateSpec is what the owner says about a review template.
type WATemplateSpec struct {
	Name        string
	Description string
	Lenses      []string
	Notes       string
}

// WATemplate is a review template as one caller sees it.
type WATemplate struct {
	WATemplateSpec
	ARN               string
	Owner             string
	UpdatedAt         time.Time
	ShareInvitationID string // recipients only
	Tags              Tags   // owner only
}

func (t WATemplate) waClone() WATemplate {
	t.Lenses, t.Tags = slices.Clone(t.Lenses), t.Tags.Clone()
	return t
}

type waTemplate struct{ spec WATemplateSpec }

func (st *waState) templateView(r *waResource, c Caller, g waGrant) WATemplate {
	sp := r.template.spec
	sp.Lenses = slices.Clone(sp.Lenses)
	v := WATemplate{WATemplateSpec: sp, ARN: r.arn, Owner: r.owner, UpdatedAt: r.updatedAt}
	if r.owner == c.Account {
		v.Tags = r.tags.Clone()
	} else {
		v.ShareInvitationID = g.invitationID
	}
	return v
}

// WACreateTemplate creates a review template owned by the caller. Errors:
// ErrNotFound (an invisible lens), ErrInvalidArgument (an unpublished lens,
// too many lenses), ErrLimitExceeded, ErrIdempotencyMismatch.
func (s *Store) WACreateTemplate(c Caller, tok WARequestToken, sp WATemplateSpec, tags Tags) (WATemplate, error) {
	const op = "CreateReviewTemplate"
	return waMutate(s, op, c, tok, func(tx *Tx) (WATemplate, error) {
		st := s.wa
		lenses, err := st.resolveLenses(tx, op, c, sp.Lenses)
		if err != nil {
			return WATemplate{}, err
		}
		if limit := tx.Options().WellArchitected.MaxLensesPerWorkload; len(lenses) > limit {
			e := newError(op, ErrInvalidArgument, EntityWATemplate, "").because(ReasonWATooManyLenses)
			e.Limit = limit
			return WATemplate{}, e
		}
		p := waPlace{c.Account, c.Region}
		if limit := tx.Options().WellArchitected.MaxReviewTemplates; st.count(WAKindTemplate, p) >= limit {
			e := newError(op, ErrLimitExceeded, EntityWATemplate, "").because(WAQuotaReviewTemplates)
			e.Limit = limit
			return WATemplate{}, e
		}
		spec := sp
		spec.Lenses = lenses
		arn := fmt.Sprintf("arn:aws:wellarchitected:%s:%s:review-template/%s", c.Region, c.Account, tx.Hex(32))
		r := &waResource{kind: WAKindTemplate, id: arn, arn: arn, owner: c.Account, region: c.Region,
			createdAt: tx.Now(), updatedAt: tx.Now(), tags: tags.Clone(), template: &waTemplate{spec: spec}}
		r.listKey = descKey(r.updatedAt, arn)
		st.add(r)
		return st.templateView(r, c, waGrant{}), nil
	})
}

// WAGetTemplate returns a review template the caller owns or has access to.
// Errors: ErrNotFound.
func (s *Store) WAGetTemplate(c Caller, arn string) (WATemplate, error) {
	var out WATemplate
	err := s.View(func(tx *Tx) error {
		r, g, err := s.wa.visibleResource(tx, "GetReviewTemplate", c, WAKindTemplate, arn)
		if err == nil {
			out = s.wa.templateView(r, c, g)
		}
		return err
	})
	return out, err
}

// WAListTemplates lists the caller's review templates and those shared with
// it, by UpdatedAt descending.
func (s *Store) WAListTemplates(c Caller, req PageRequest) ([]WATemplate, string, error) {
	const op = "ListReviewTemplates"
	var out []WATemplate
	var next string
	err := s.View(func(tx *Tx) error {
		var err error
		out, next, err = waListVisible(s, tx, c, WAKindTemplate, true, true, waScope(op, c, ""), req, func(r *waResource, g waGrant) (WATemplate, bool) {
			return s.wa.templateView(r, c, g), true
		})
		return err
	})
	return out, next, err
}

// WADeleteTemplate deletes a review template the caller owns, with its
// shares. Errors: ErrNotFound, ErrAccessDenied, ErrIdempotencyMismatch.
func (s *Store) WADeleteTemplate(c Caller, tok WARequestToken, arn string) error {
	return s.waDeleteOwned(c, tok, "DeleteReviewTemplate", WAKindTemplate, arn)
}
