package share

import (
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/sharesim/sharesim/internal/ordered"
)

// --- the shipped standard frameworks and controls ---

// amStandardEpoch is when the shipped standard frameworks were "created".
var amStandardEpoch = time.Date(2020, 12, 8, 0, 0, 0, 0, time.UTC)

var amNamespace = uuid.MustParse("6f1c2d3e-4a5b-4c6d-8e7f-a0b1c2d3e4f5")

// amStandardID derives a fixed ID from a standard thing's kind and name. It
// is shaped as a version 4 UUID, like every other Audit Manager ID.
func amStandardID(kind, name string) string {
	u := uuid.NewSHA1(amNamespace, []byte(kind+"/"+name))
	u[6] = u[6]&0x0f | 0x40 // version 4; NewSHA1 already set the RFC 4122 variant
	return u.String()
}

// amStandard is the read-only catalog every (account, region) sees.
var amStandard = func() (c struct {
	controls   map[string]*amControl
	frameworks []*amFramework
	byID       map[string]*amFramework
},
) {
	c.controls = map[string]*amControl{}
	c.byID = map[string]*amFramework{}
	for _, f := range []struct{ name, short, compliance, set string }{
		{"AWS Audit Manager Sample Framework", "Sample", "Sample", "Sample control set"},
		{"Essential Eight", "Essential Eight", "Essential Eight", "Maturity level one"},
		{"CIS Controls v7.1, IG1", "CIS v7.1 IG1", "CIS", "Basic CIS Controls"},
		{"AWS Foundational Security Best Practices", "AWS FSBP", "AWS", "Foundational controls"},
	} {
		var ids []string
		for n := 1; n <= 2; n++ {
			name := fmt.Sprintf("%s control %d", f.short, n)
			ctl := &amControl{AMControl: AMControl{
				ID: amStandardID("control", name), Type: AMStandard, Name: name,
				Description: "A shipped stand-in for a " + f.name + " control.",
				MappingSources: []AMMappingSource{{
					SourceID: amStandardID("source", name), Name: "Manual evidence",
					SetUpOption: "Procedural_Controls_Mapping", Type: "MANUAL",
				}},
				CreatedAt: amStandardEpoch, LastUpdatedAt: amStandardEpoch,
				CreatedBy: "AWS", LastUpdatedBy: "AWS",
			}}
			c.controls[ctl.ID] = ctl
			ids = append(ids, ctl.ID)
		}
		fw := &amFramework{
			id: amStandardID("framework", f.name), name: f.name, typ: AMStandard,
			description: "The " + f.name + " standard framework.", complianceType: f.compliance,
			sets:      []amSet{{name: f.set, controls: ids}},
			createdAt: amStandardEpoch, lastUpdatedAt: amStandardEpoch, createdBy: "AWS", lastUpdatedBy: "AWS",
		}
		c.frameworks = append(c.frameworks, fw)
		c.byID[fw.id] = fw
	}
	return c
}()

// --- lookups ---

// control finds a standard control or one of the scope's custom controls.
func (st *amState) control(c Caller, id string) (*amControl, bool) {
	if ctl, ok := amStandard.controls[id]; ok {
		return ctl, true
	}
	if sc := st.scope(c); sc != nil {
		ctl, ok := sc.controls[id]
		return ctl, ok
	}
	return nil, false
}

// framework finds a standard framework or one of the scope's custom ones.
func (st *amState) framework(c Caller, id string) (*amFramework, bool) {
	if f, ok := amStandard.byID[id]; ok {
		return f, true
	}
	if sc := st.scope(c); sc != nil {
		f, ok := sc.frameworks[id]
		return f, ok
	}
	return nil, false
}

func (st *amState) frameworkView(c Caller, f *amFramework) AMFramework {
	out := AMFramework{
		ARN: amARN(c.Region, f.owner.Account, "assessmentFramework", f.id), ID: f.id, Type: f.typ,
		Name: f.name, Description: f.description, ComplianceType: f.complianceType,
		CreatedAt: f.createdAt, LastUpdatedAt: f.lastUpdatedAt, CreatedBy: f.createdBy,
		LastUpdatedBy: f.lastUpdatedBy, Tags: f.tags.Clone(),
	}
	out.ControlSets = make([]AMControlSet, 0, len(f.sets))
	for _, s := range f.sets {
		set := AMControlSet{ID: s.name, Name: s.name, Controls: make([]AMControl, 0, len(s.controls))}
		for _, id := range s.controls {
			if ctl, ok := st.control(f.owner, id); ok {
				set.Controls = append(set.Controls, ctl.partial(c.Region))
			}
		}
		out.ControlSets = append(out.ControlSets, set)
	}
	return out
}

// --- controls ---

// AMControlInput is what CreateControl takes. Mapping sources get new IDs.
type AMControlInput struct {
	Name                   string
	Description            string
	TestingInformation     string
	ActionPlanTitle        string
	ActionPlanInstructions string
	MappingSources         []AMMappingSource
	Tags                   Tags
}

func checkAMSources(op string, sources []AMMappingSource) error {
	for _, s := range sources {
		switch s.Type {
		case "MANUAL":
			if s.SetUpOption != "Procedural_Controls_Mapping" {
				return newError(op, ErrInvalidArgument, EntityAMControl, s.Type).because(AMReasonSourceSetUpMismatch)
			}
		case "AWS_Cloudtrail", "AWS_Config", "AWS_Security_Hub", "AWS_API_Call":
			if s.SetUpOption != "System_Controls_Mapping" {
				return newError(op, ErrInvalidArgument, EntityAMControl, s.Type).because(AMReasonSourceSetUpMismatch)
			}
			if s.Keyword == nil {
				return newError(op, ErrInvalidArgument, EntityAMControl, s.Type).because(AMReasonSourceKeywordRequired)
			}
		default:
			return newError(op, ErrInvalidArgument, EntityAMControl, s.Type).because(AMReasonUnsupportedSourceType)
		}
	}
	return nil
}

// AMCreateControl creates a custom control in the caller's control library.
func (s *Store) AMCreateControl(c Caller, in AMControlInput) (AMControl, error) {
	const op = "CreateControl"
	var out AMControl
	err := s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		if err := checkAMSources(op, in.MappingSources); err != nil {
			return err
		}
		sc := tx.s.am.scopeFor(tx, c)
		if max := tx.s.opts.AuditManager.MaxCustomControls; len(sc.controls)+1 > max {
			return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityAMControl, Reason: AMReasonCustomControls, Limit: max}
		}
		now := tx.Now()
		ctl := &amControl{owner: c, AMControl: AMControl{
			ID: tx.UUID(), Type: AMCustom, Name: in.Name, Description: in.Description,
			TestingInformation: in.TestingInformation, ActionPlanTitle: in.ActionPlanTitle,
			ActionPlanInstructions: in.ActionPlanInstructions,
			CreatedAt:              now, LastUpdatedAt: now, CreatedBy: c.Account, LastUpdatedBy: c.Account,
			Tags: in.Tags.Clone(),
		}}
		ctl.MappingSources = renewSources(tx, in.MappingSources)
		sc.addControl(ctl)
		out = ctl.view(c.Region)
		return nil
	})
	return out, err
}

// renewSources copies sources with new source IDs.
func renewSources(tx *Tx, in []AMMappingSource) []AMMappingSource {
	out := make([]AMMappingSource, len(in))
	for i, src := range in {
		out[i] = src
		out[i].SourceID = tx.UUID()
		if src.Keyword != nil {
			k := *src.Keyword
			out[i].Keyword = &k
		}
	}
	return out
}

func (sc *amScope) addControl(ctl *amControl) {
	sc.controls[ctl.ID] = ctl
	sc.controlIdx.Set(TimeKey(ctl.CreatedAt, ctl.ID), ctl)
}

// AMGetControl returns a standard control or one of the caller's custom ones.
func (s *Store) AMGetControl(c Caller, id string) (AMControl, error) {
	const op = "GetControl"
	var out AMControl
	err := s.View(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		ctl, ok := tx.s.am.control(c, id)
		if !ok {
			return newError(op, ErrNotFound, EntityAMControl, id)
		}
		out = ctl.view(c.Region)
		return nil
	})
	return out, err
}

// AMListControls lists one page of the standard controls, the caller's
// custom controls, or (for Core) nothing, by creation time then ID.
func (s *Store) AMListControls(c Caller, typ AMType, req PageRequest) ([]AMControl, string, error) {
	return amListTyped(s, "ListControls", c, typ, req, amStandardControlIdx,
		func(sc *amScope) *ordered.Map[*amControl] { return &sc.controlIdx },
		func(ctl *amControl) AMControl { return ctl.partial(c.Region) })
}

// amListTyped lists one page of a standard catalog (typ Standard), of the
// caller's custom items from custom (typ Custom), or nothing (typ Core).
func amListTyped[V, T any](s *Store, op string, c Caller, typ AMType, req PageRequest,
	standard *ordered.Map[V], custom func(*amScope) *ordered.Map[V], view func(V) T) ([]T, string, error) {
	var (
		out  []T
		next string
	)
	err := s.View(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		scope := TokenScope{Op: op, Account: c.Account, Region: c.Region, Filter: string(typ)}
		var m *ordered.Map[V] // nil: an empty listing
		switch typ {
		case AMStandard:
			m = standard
		case AMCustom:
			if sc := tx.s.am.scope(c); sc != nil {
				m = custom(sc)
			}
		}
		if m == nil {
			out = []T{}
			return checkToken(tx, scope, req.Token)
		}
		var err error
		out, next, err = Paginate(tx, scope, m, req, func(v V) (T, bool) { return view(v), true })
		return err
	})
	return out, next, err
}

var amStandardControlIdx = func() *ordered.Map[*amControl] {
	m := &ordered.Map[*amControl]{}
	for _, ctl := range amStandard.controls {
		m.Set(TimeKey(ctl.CreatedAt, ctl.ID), ctl)
	}
	return m
}()

var amStandardFrameworkIdx = func() *ordered.Map[*amFramework] {
	m := &ordered.Map[*amFramework]{}
	for _, f := range amStandard.frameworks {
		m.Set(TimeKey(f.createdAt, f.id), f)
	}
	return m
}()

// AMUpdateControl replaces one of the caller's custom controls' name, texts
// and mapping sources; its tags stay. A source given with the SourceID of one
// of the control's sources keeps that ID (its first occurrence does, so IDs
// stay unique); any other source gets a new one.
func (s *Store) AMUpdateControl(c Caller, id string, in AMControlInput) (AMControl, error) {
	const op = "UpdateControl"
	var out AMControl
	err := s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		ctl, ok := tx.s.am.control(c, id)
		if !ok {
			return newError(op, ErrNotFound, EntityAMControl, id)
		}
		if ctl.Type == AMStandard {
			return newError(op, ErrInvalidArgument, EntityAMControl, id).because(AMReasonStandardControlUpdate)
		}
		if err := checkAMSources(op, in.MappingSources); err != nil {
			return err
		}
		known := map[string]bool{}
		for _, src := range ctl.MappingSources {
			known[src.SourceID] = true
		}
		sources := renewSources(tx, in.MappingSources)
		for i, src := range in.MappingSources {
			if known[src.SourceID] {
				sources[i].SourceID = src.SourceID
				delete(known, src.SourceID) // a second copy of it gets a new ID
			}
		}
		ctl.Name, ctl.Description, ctl.TestingInformation = in.Name, in.Description, in.TestingInformation
		ctl.ActionPlanTitle, ctl.ActionPlanInstructions = in.ActionPlanTitle, in.ActionPlanInstructions
		ctl.MappingSources = sources
		ctl.LastUpdatedAt, ctl.LastUpdatedBy = tx.Now(), c.Account
		out = ctl.view(c.Region)
		return nil
	})
	return out, err
}

// AMDeleteControl deletes one of the caller's custom controls and takes it
// out of every control set of the caller's frameworks.
func (s *Store) AMDeleteControl(c Caller, id string) error {
	const op = "DeleteControl"
	return s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		ctl, ok := tx.s.am.control(c, id)
		if !ok {
			return newError(op, ErrNotFound, EntityAMControl, id)
		}
		if ctl.Type == AMStandard {
			return newError(op, ErrInvalidArgument, EntityAMControl, id).because(AMReasonStandardControlDelete)
		}
		sc := tx.s.am.scope(c)
		delete(sc.controls, id)
		sc.controlIdx.Delete(TimeKey(ctl.CreatedAt, ctl.ID))
		for _, f := range sc.frameworks {
			for i := range f.sets {
				f.sets[i].controls = slices.DeleteFunc(f.sets[i].controls, func(x string) bool { return x == id })
			}
		}
		return nil
	})
}

// checkToken validates the token of an empty listing, which has no page to
// continue: a token this world did not issue is still refused.
func checkToken(tx *Tx, scope TokenScope, token string) error {
	if token == "" {
		return nil
	}
	_, err := tx.DecodeToken(scope, token)
	return err
}

// --- frameworks ---

// AMControlSetInput is one control set of a framework being written. ID,
// on update, names the existing set it replaces.
type AMControlSetInput struct {
	ID         string
	Name       string
	ControlIDs []string
}

// AMFrameworkInput is what CreateAssessmentFramework and
// UpdateAssessmentFramework take. Tags apply only on create.
type AMFrameworkInput struct {
	Name           string
	Description    string
	ComplianceType string
	ControlSets    []AMControlSetInput
	Tags           Tags
}

// controlsExist checks that every control the sets name exists in the
// caller's scope.
func (st *amState) controlsExist(op string, c Caller, sets []AMControlSetInput) error {
	for _, set := range sets {
		for _, id := range set.ControlIDs {
			if _, ok := st.control(c, id); !ok {
				return newError(op, ErrNotFound, EntityAMControl, id)
			}
		}
	}
	return nil
}

// checkSets applies the rules shared by create and update, in the spec's
// order: the controls exist, then set names are unique and set IDs name
// existing sets, then the per-framework control quota.
func (st *amState) checkSets(tx *Tx, op string, c Caller, existing *amFramework, sets []AMControlSetInput) ([]amSet, error) {
	if err := st.controlsExist(op, c, sets); err != nil {
		return nil, err
	}
	total := 0
	out := make([]amSet, 0, len(sets))
	for _, set := range sets {
		total += len(set.ControlIDs)
		out = append(out, amSet{name: set.Name, controls: slices.Clone(set.ControlIDs)})
	}
	names := map[string]bool{}
	for _, set := range sets {
		if names[set.Name] {
			return nil, newError(op, ErrInvalidArgument, EntityAMControlSet, set.Name).because(AMReasonDuplicateControlSet)
		}
		names[set.Name] = true
		if set.ID != "" && existing != nil && !slices.ContainsFunc(existing.sets, func(s amSet) bool { return s.name == set.ID }) {
			return nil, newError(op, ErrInvalidArgument, EntityAMControlSet, set.ID).because(AMReasonUnknownControlSet)
		}
	}
	if max := tx.s.opts.AuditManager.MaxControlsPerFramework; total > max {
		return nil, &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityAMFramework, Reason: AMReasonControlsPerFramework, Limit: max}
	}
	return out, nil
}

func (st *amState) customFrameworkQuota(tx *Tx, op string, sc *amScope, adding int) error {
	if max := tx.s.opts.AuditManager.MaxCustomFrameworks; len(sc.frameworks)+adding > max {
		return &Error{Op: op, Kind: ErrLimitExceeded, Entity: EntityAMFramework, Reason: AMReasonCustomFrameworks, Limit: max}
	}
	return nil
}

// AMCreateFramework creates a custom framework in the caller's library.
func (s *Store) AMCreateFramework(c Caller, in AMFrameworkInput) (AMFramework, error) {
	const op = "CreateAssessmentFramework"
	var out AMFramework
	err := s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		st := tx.s.am
		sets, err := st.checkSets(tx, op, c, nil, in.ControlSets)
		if err != nil {
			return err
		}
		sc := st.scopeFor(tx, c)
		if err := st.customFrameworkQuota(tx, op, sc, 1); err != nil {
			return err
		}
		now := tx.Now()
		f := &amFramework{
			id: tx.UUID(), name: in.Name, description: in.Description, complianceType: in.ComplianceType,
			typ: AMCustom, owner: c, sets: sets, createdAt: now, lastUpdatedAt: now,
			createdBy: c.Account, lastUpdatedBy: c.Account, tags: in.Tags.Clone(),
		}
		sc.addFramework(f)
		out = st.frameworkView(c, f)
		return nil
	})
	return out, err
}

func (sc *amScope) addFramework(f *amFramework) {
	sc.frameworks[f.id] = f
	sc.frameworkIdx.Set(TimeKey(f.createdAt, f.id), f)
}

// AMGetFramework returns a standard framework or one of the caller's custom
// frameworks, received copies included.
func (s *Store) AMGetFramework(c Caller, id string) (AMFramework, error) {
	const op = "GetAssessmentFramework"
	var out AMFramework
	err := s.View(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		f, ok := tx.s.am.framework(c, id)
		if !ok {
			return newError(op, ErrNotFound, EntityAMFramework, id)
		}
		out = tx.s.am.frameworkView(c, f)
		return nil
	})
	return out, err
}

// AMListFrameworks lists one page of the standard frameworks or of the
// caller's custom frameworks (received copies included), by creation time
// then ID.
func (s *Store) AMListFrameworks(c Caller, typ AMType, req PageRequest) ([]AMFrameworkMetadata, string, error) {
	return amListTyped(s, "ListAssessmentFrameworks", c, typ, req, amStandardFrameworkIdx,
		func(sc *amScope) *ordered.Map[*amFramework] { return &sc.frameworkIdx },
		func(f *amFramework) AMFrameworkMetadata { return f.metadata(c.Region) })
}

// AMUpdateFramework replaces a custom framework's name, description,
// compliance type and control sets. Pending share requests keep their
// snapshots.
func (s *Store) AMUpdateFramework(c Caller, id string, in AMFrameworkInput) (AMFramework, error) {
	const op = "UpdateAssessmentFramework"
	var out AMFramework
	err := s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		st := tx.s.am
		f, ok := st.framework(c, id)
		if !ok {
			return newError(op, ErrNotFound, EntityAMFramework, id)
		}
		// Existence before rules (auditmanager.md §0): the controls, then
		// whether the framework may change.
		if err := st.controlsExist(op, c, in.ControlSets); err != nil {
			return err
		}
		if f.typ == AMStandard {
			return newError(op, ErrInvalidArgument, EntityAMFramework, id).because(AMReasonStandardFrameworkUpdate)
		}
		sets, err := st.checkSets(tx, op, c, f, in.ControlSets)
		if err != nil {
			return err
		}
		f.name, f.description, f.complianceType, f.sets = in.Name, in.Description, in.ComplianceType, sets
		f.lastUpdatedAt, f.lastUpdatedBy = tx.Now(), c.Account
		out = st.frameworkView(c, f)
		return nil
	})
	return out, err
}

// AMDeleteFramework deletes one of the caller's custom frameworks. Share
// requests and copies already made are unaffected.
func (s *Store) AMDeleteFramework(c Caller, id string) error {
	const op = "DeleteAssessmentFramework"
	return s.Update(func(tx *Tx) error {
		if err := tx.amGate(op, c); err != nil {
			return err
		}
		f, ok := tx.s.am.framework(c, id)
		if !ok {
			return newError(op, ErrNotFound, EntityAMFramework, id)
		}
		if f.typ == AMStandard {
			return newError(op, ErrInvalidArgument, EntityAMFramework, id).because(AMReasonStandardFrameworkDelete)
		}
		sc := tx.s.am.scope(c)
		delete(sc.frameworks, id)
		sc.frameworkIdx.Delete(TimeKey(f.createdAt, f.id))
		return nil
	})
}

// AMStandardFrameworkIDs returns the IDs of the shipped standard frameworks,
// which are the same in every world, in listing order.
func AMStandardFrameworkIDs() []string {
	var out []string
	amStandardFrameworkIdx.All(func(_ string, f *amFramework) bool {
		out = append(out, f.id)
		return true
	})
	return out
}

// AMStandardControlIDs returns the IDs of the shipped standard controls, in
// listing order.
func AMStandardControlIDs() []string {
	var out []string
	amStandardControlIdx.All(func(_ string, c *amControl) bool {
		out = append(out, c.ID)
		return true
	})
	return out
}
