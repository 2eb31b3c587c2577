package share

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
)

// WAWorkloadSpec is what the owner says about a workload. The facade checks
// the AWS field constraints; the domain stores the values as given.
type WAWorkloadSpec struct {
	Name                string
	Description         string
	Environment         string
	AccountIDs          []string
	AWSRegions          []string
	NonAWSRegions       []string
	PillarPriorities    []string
	ArchitecturalDesign string
	ReviewOwner         string
	IndustryType        string
	Industry            string
	Notes               string
	Applications        []string
	// Lenses are aliases or ARNs; a stored workload holds official lenses by
	// alias and custom lenses by ARN.
	Lenses []string
	// ProfileARNs and ReviewTemplateARNs hold at most one ARN each.
	ProfileARNs        []string
	ReviewTemplateARNs []string
	// Discovery and Jira are stored as given; nil when not given.
	Discovery *WAWorkloadDiscovery
	Jira      *WAWorkloadJira
}

// WAWorkloadDiscovery is a workload's discovery settings (AWS's
// WorkloadDiscoveryConfig), stored as given.
type WAWorkloadDiscovery struct {
	TrustedAdvisorIntegration string
	ResourceDefinitions       []string
}

// WAWorkloadJira is a workload's Jira settings, stored as given.
type WAWorkloadJira struct {
	IssueManagementStatus string
	IssueManagementType   string
	ProjectKey            string
}

func (d *WAWorkloadDiscovery) clone() *WAWorkloadDiscovery {
	if d == nil {
		return nil
	}
	cp := *d
	cp.ResourceDefinitions = slices.Clone(d.ResourceDefinitions)
	return &cp
}

func (j *WAWorkloadJira) clone() *WAWorkloadJira {
	if j == nil {
		return nil
	}
	cp := *j
	return &cp
}

func (sp WAWorkloadSpec) clone() WAWorkloadSpec {
	sp.AccountIDs = slices.Clone(sp.AccountIDs)
	sp.AWSRegions = slices.Clone(sp.AWSRegions)
	sp.NonAWSRegions = slices.Clone(sp.NonAWSRegions)
	sp.PillarPriorities = slices.Clone(sp.PillarPriorities)
	sp.Applications = slices.Clone(sp.Applications)
	sp.Lenses = slices.Clone(sp.Lenses)
	sp.ProfileARNs = slices.Clone(sp.ProfileARNs)
	sp.ReviewTemplateARNs = slices.Clone(sp.ReviewTemplateARNs)
	sp.Discovery = sp.Discovery.clone()
	sp.Jira = sp.Jira.clone()
	return sp
}

// WAWorkload is a workload as one caller sees it.
type WAWorkload struct {
	WAWorkloadSpec
	ID                              string
	ARN                             string
	Owner                           string
	ImprovementStatus               string
	IsReviewOwnerUpdateAcknowledged bool
	UpdatedAt                       time.Time
	// Permission is the recipient's effective permission; empty for the owner.
	Permission WAPermission
	// ShareInvitationID is the accepted invitation of a recipient.
	ShareInvitationID string
	// Tags are shown to the owner only.
	Tags Tags
}

type waWorkload struct {
	spec              WAWorkloadSpec
	improvementStatus string
	reviewOwnerAck    bool
}

func (w WAWorkload) waClone() WAWorkload {
	w.WAWorkloadSpec, w.Tags = w.WAWorkloadSpec.clone(), w.Tags.Clone()
	return w
}

// WAImprovementNotStarted is the improvement status of a new workload.
const WAImprovementNotStarted = "NOT_STARTED"

func (st *waState) workloadView(r *waResource, c Caller, g waGrant) WAWorkload {
	w := r.workload
	v := WAWorkload{
		WAWorkloadSpec: w.spec.clone(), ID: r.id, ARN: r.arn, Owner: r.owner,
		ImprovementStatus: w.improvementStatus, IsReviewOwnerUpdateAcknowledged: w.reviewOwnerAck, UpdatedAt: r.updatedAt,
	}
	if r.owner == c.Account {
		v.Tags = r.tags.Clone()
	} else {
		v.Permission, v.ShareInvitationID = g.permission, g.invitationID
	}
	return v
}

// normalizedName is the workload-name identity: case and spaces ignored.
func normalizedName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

// workloadNameTaken reports whether the owner has another workload with the
// same name, ignoring case and spaces.
func (st *waState) workloadNameTaken(p waPlace, name string, except *waResource) bool {
	r := st.named(WAKindWorkload, p, normalizedName(name))
	return r != nil && r != except
}

// resolveWorkloadRefs checks the lenses, profile and template a workload
// names, and returns its lenses with the template's added.
func (st *waState) resolveWorkloadRefs(tx *Tx, op string, c Caller, sp WAWorkloadSpec) ([]string, error) {
	lenses := slices.Clone(sp.Lenses)
	for _, arn := range sp.ReviewTemplateARNs {
		r, ok := st.resources[arn]
		if !ok || r.kind != WAKindTemplate {
			return nil, newError(op, ErrNotFound, EntityWATemplate, arn)
		}
		if _, ok := st.visible(tx, c, r); !ok {
			return nil, newError(op, ErrNotFound, EntityWATemplate, arn)
		}
		lenses = append(lenses, r.template.spec.Lenses...)
	}
	for _, arn := range sp.ProfileARNs {
		r, ok := st.resources[arn]
		if !ok || r.kind != WAKindProfile {
			return nil, newError(op, ErrNotFound, EntityWAProfile, arn)
		}
		if _, ok := st.visible(tx, c, r); !ok {
			return nil, newError(op, ErrNotFound, EntityWAProfile, arn)
		}
	}
	resolved, err := st.resolveLenses(tx, op, c, lenses) // after the profile and template: existence first
	if err != nil {
		return nil, err
	}
	if len(resolved) > tx.Options().WellArchitected.MaxLensesPerWorkload {
		e := newError(op, ErrInvalidArgument, EntityWAWorkload, "").because(ReasonWATooManyLenses)
		e.Limit = tx.Options().WellArchitected.MaxLensesPerWorkload
		return nil, e
	}
	return resolved, nil
}

// WACreateWorkload creates a workload owned by the caller. Errors:
// ErrNotFound (a lens, profile or template it cannot see),
// ErrInvalidArgument (an unpublished lens, too many lenses), ErrConflict
// (ReasonWANameExists), ErrLimitExceeded, ErrIdempotencyMismatch.
func (s *Store) WACreateWorkload(c Caller, tok WARequestToken, sp WAWorkloadSpec, tags Tags) (WAWorkload, error) {
	const op = "CreateWorkload"
	return waMutate(s, op, c, tok, func(tx *Tx) (WAWorkload, error) {
		st := s.wa
		lenses, err := st.resolveWorkloadRefs(tx, op, c, sp)
		if err != nil {
			return WAWorkload{}, err
		}
		p := waPlace{c.Account, c.Region}
		if st.workloadNameTaken(p, sp.Name, nil) {
			return WAWorkload{}, newError(op, ErrConflict, EntityWAWorkload, sp.Name).because(ReasonWANameExists)
		}
		if limit := tx.Options().WellArchitected.MaxWorkloads; st.count(WAKindWorkload, p) >= limit {
			e := newError(op, ErrLimitExceeded, EntityWAWorkload, "").because(WAQuotaWorkloads)
			e.Limit = limit
			return WAWorkload{}, e
		}
		spec := sp.clone()
		spec.Lenses = lenses
		id := tx.Hex(32)
		r := &waResource{kind: WAKindWorkload, id: id, arn: fmt.Sprintf("arn:aws:wellarchitected:%s:%s:workload/%s", c.Region, c.Account, id),
			owner: c.Account, region: c.Region, createdAt: tx.Now(), updatedAt: tx.Now(), tags: tags.Clone(),
			workload: &waWorkload{spec: spec, improvementStatus: WAImprovementNotStarted}}
		r.listKey = descKey(r.updatedAt, id)
		st.add(r)
		return st.workloadView(r, c, waGrant{}), nil
	})
}

// visibleResource finds a resource of kind the caller owns or has access to.
func (st *waState) visibleResource(tx *Tx, op string, c Caller, kind WAResourceType, id string) (*waResource, waGrant, error) {
	r, ok := st.resources[id]
	if !ok || r.kind != kind {
		return nil, waGrant{}, newError(op, ErrNotFound, waEntity(kind), id)
	}
	g, ok := st.visible(tx, c, r)
	if !ok {
		return nil, waGrant{}, newError(op, ErrNotFound, waEntity(kind), id)
	}
	return r, g, nil
}

// WAGetWorkload returns a workload the caller owns or has access to.
// Errors: ErrNotFound.
func (s *Store) WAGetWorkload(c Caller, id string) (WAWorkload, error) {
	var out WAWorkload
	err := s.View(func(tx *Tx) error {
		r, g, err := s.wa.visibleResource(tx, "GetWorkload", c, WAKindWorkload, id)
		if err == nil {
			out = s.wa.workloadView(r, c, g)
		}
		return err
	})
	return out, err
}

// waListVisible pages the caller's own resources of kind (when self) merged
// with those shared with it (when shared), in the owners' listing order,
// keeping those view accepts.
func waListVisible[T any](s *Store, tx *Tx, c Caller, kind WAResourceType, self, shared bool, scope TokenScope, req PageRequest, view func(*waResource, waGrant) (T, bool)) ([]T, string, error) {
	st := s.wa
	var own *ordered.Map[*waResource]
	if self {
		own = st.owned[waIndexKey{kind, waPlace{c.Account, c.Region}}]
	}
	var reach []*ordered.Map[*waReachEntry]
	if shared {
		reach = st.reachSources(tx, c, kind)
	}
	if len(reach) == 0 && own != nil {
		return Paginate(tx, scope, own, req, func(r *waResource) (T, bool) { return view(r, waGrant{}) })
	}
	seq := func(after string) iter.Seq2[string, *waResource] { return waMerge(after, own, reach) }
	return waPaginate(tx, scope, req, seq, func(r *waResource) (T, bool) {
		g, ok := st.visible(tx, c, r)
		if !ok || (!self && r.owner == c.Account) {
			var zero T
			return zero, false
		}
		return view(r, g)
	})
}

// WAListWorkloads lists the caller's workloads and those shared with it, by
// UpdatedAt descending, whose name starts with prefix.
func (s *Store) WAListWorkloads(c Caller, prefix string, req PageRequest) ([]WAWorkload, string, error) {
	const op = "ListWorkloads"
	var out []WAWorkload
	var next string
	err := s.View(func(tx *Tx) error {
		var err error
		out, next, err = waListVisible(s, tx, c, WAKindWorkload, true, true, waScope(op, c, prefix), req, func(r *waResource, g waGrant) (WAWorkload, bool) {
			if !strings.HasPrefix(r.workload.spec.Name, prefix) {
				return WAWorkload{}, false
			}
			return s.wa.workloadView(r, c, g), true
		})
		return err
	})
	return out, next, err
}

// WAWorkloadUpdate changes the fields that are set (non-nil).
type WAWorkloadUpdate struct {
	Name, Description, Environment, ArchitecturalDesign, ReviewOwner *string
	IndustryType, Industry, Notes, ImprovementStatus                 *string
	IsReviewOwnerUpdateAcknowledged                                  *bool
	AccountIDs, AWSRegions, NonAWSRegions, PillarPriorities          []string
	Applications                                                     []string
	Discovery                                                        *WAWorkloadDiscovery
	Jira                                                             *WAWorkloadJira
}

// WAUpdateWorkload updates a workload the caller owns. Errors: ErrNotFound,
// ErrAccessDenied (recipients, contributors included), ErrConflict
// (ReasonWANameExists).
func (s *Store) WAUpdateWorkload(c Caller, id string, u WAWorkloadUpdate) (WAWorkload, error) {
	const op = "UpdateWorkload"
	var out WAWorkload
	err := s.Update(func(tx *Tx) error {
		st := s.wa
		r, err := st.ownedResource(tx, op, c, WAKindWorkload, id)
		if err != nil {
			return err
		}
		if u.Name != nil && st.workloadNameTaken(r.place(), *u.Name, r) {
			return newError(op, ErrConflict, EntityWAWorkload, *u.Name).because(ReasonWANameExists)
		}
		w := r.workload
		oldName := r.nameKey()
		set := func(dst *string, v *string) {
			if v != nil {
				*dst = *v
			}
		}
		set(&w.spec.Name, u.Name)
		set(&w.spec.Description, u.Description)
		set(&w.spec.Environment, u.Environment)
		set(&w.spec.ArchitecturalDesign, u.ArchitecturalDesign)
		set(&w.spec.ReviewOwner, u.ReviewOwner)
		set(&w.spec.IndustryType, u.IndustryType)
		set(&w.spec.Industry, u.Industry)
		set(&w.spec.Notes, u.Notes)
		set(&w.improvementStatus, u.ImprovementStatus)
		if u.IsReviewOwnerUpdateAcknowledged != nil {
			w.reviewOwnerAck = *u.IsReviewOwnerUpdateAcknowledged
		}
		setList := func(dst *[]string, v []string) {
			if v != nil {
				*dst = slices.Clone(v)
			}
		}
		setList(&w.spec.AccountIDs, u.AccountIDs)
		setList(&w.spec.AWSRegions, u.AWSRegions)
		setList(&w.spec.NonAWSRegions, u.NonAWSRegions)
		setList(&w.spec.PillarPriorities, u.PillarPriorities)
		setList(&w.spec.Applications, u.Applications)
		if u.Discovery != nil {
			w.spec.Discovery = u.Discovery.clone()
		}
		if u.Jira != nil {
			w.spec.Jira = u.Jira.clone()
		}
		st.setName(r, oldName, r.nameKey())
		r.updatedAt = tx.Now()
		st.rekey(r, descKey(r.updatedAt, r.id))
		out = st.workloadView(r, c, waGrant{})
		return nil
	})
	return out, err
}

// waDeleteOwned deletes a resource the caller owns, with its shares.
func (s *Store) waDeleteOwned(c Caller, tok WARequestToken, op string, kind WAResourceType, id string) error {
	_, err := waMutate(s, op, c, tok, func(tx *Tx) (struct{}, error) {
		r, err := s.wa.ownedResource(tx, op, c, kind, id)
		if err != nil {
			return struct{}{}, err
		}
		s.wa.remove(r)
		return struct{}{}, nil
	})
	return err
}

// WADeleteWorkload deletes a workload the caller owns, with its shares and
// invitations. Errors: ErrNotFound, ErrAccessDenied, ErrIdempotencyMismatch.
func (s *Store) WADeleteWorkload(c Caller, tok WARequestToken, id string) error {
	return s.waDeleteOwned(c, tok, "DeleteWorkload", WAKindWorkload, id)
}
