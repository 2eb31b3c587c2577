package share

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sharesim/sharesim/internal/ordered"
)

// WALensType says whose a lens is, from the caller's point of view; the
// values are AWS's LensType.
type WALensType string

// The lens types.
const (
	WALensOfficial     WALensType = "AWS_OFFICIAL"
	WALensCustomShared WALensType = "CUSTOM_SHARED"
	WALensCustomSelf   WALensType = "CUSTOM_SELF"
)

// WALensStatus selects the draft, the published versions or both; the values
// are AWS's LensStatusType.
type WALensStatus string

// The lens status selectors.
const (
	WALensAll       WALensStatus = "ALL"
	WALensDraft     WALensStatus = "DRAFT"
	WALensPublished WALensStatus = "PUBLISHED"
)

// WALensDoc is a lens document: its JSON and the name and description the
// facade read from it.
type WALensDoc struct {
	Name        string
	Description string
	JSON        string
}

// WALens is a lens as one caller sees it.
type WALens struct {
	ARN   string
	Alias string // the official alias, or the ARN of a custom lens
	Type  WALensType
	Owner string // empty for official lenses
	Name  string
	// Description of the version shown.
	Description string
	// Version is the version shown; empty for a draft.
	Version string
	// LatestVersion is the latest published version; empty if none.
	LatestVersion string
	// HasDraft reports an unpublished draft (owner only).
	HasDraft bool
	// ShareInvitationID is the accepted invitation a recipient sees it through.
	ShareInvitationID string
	// Tags are shown to the owner only.
	Tags      Tags
	CreatedAt time.Time
	UpdatedAt time.Time
}

func (l WALens) waClone() WALens {
	l.Tags = l.Tags.Clone()
	return l
}

type waLens struct {
	draft    *WALensDoc
	versions []waLensVersion
}

type waLensVersion struct {
	version   string
	major     bool
	doc       WALensDoc
	createdAt time.Time
}

// shown is the document summaries show: the latest published, else the draft.
func (l *waLens) shown() WALensDoc {
	if n := len(l.versions); n > 0 {
		return l.versions[n-1].doc
	}
	if l.draft != nil {
		return *l.draft
	}
	return WALensDoc{}
}

func (l *waLens) name() string { return l.shown().Name }

func (l *waLens) latest() string {
	if n := len(l.versions); n > 0 {
		return l.versions[n-1].version
	}
	return ""
}

// notOfficial refuses an AWS official lens, which no operation that changes
// a lens applies to.
func (st *waState) notOfficial(tx *Tx, op, alias string) error {
	if _, ok := st.officialLens(tx, alias); ok {
		return newError(op, ErrInvalidArgument, EntityWALens, alias).because(ReasonWAOfficialLens)
	}
	return nil
}

// customLensARN reports whether alias has the form of a custom lens ARN,
// arn:aws:wellarchitected:<region>:<account>:lens/<32 hex>
// (wellarchitected.md §1).
func customLensARN(alias string) bool {
	a, err := ParseARN(alias)
	if err != nil || a.Service != "wellarchitected" || a.Region == "" || !ValidAccount(a.Account) || a.ResourceType() != "lens" {
		return false
	}
	id := a.ResourceID()
	return len(id) == 32 && strings.Trim(id, "0123456789abcdef") == ""
}

// officialLens recognizes an official lens by alias or by either of its ARN
// forms (spec §2.1).
func (st *waState) officialLens(tx *Tx, alias string) (WAOfficialLens, bool) {
	name := alias
	if a, err := ParseARN(alias); err == nil {
		if a.Service != "wellarchitected" || a.ResourceType() != "lens" ||
			!((a.Region == "" && a.Account == "aws") || (a.Region != "" && a.Account == "")) {
			return WAOfficialLens{}, false
		}
		name = a.ResourceID()
	}
	for _, l := range tx.Options().WellArchitected.OfficialLenses {
		if l.Alias == name {
			return l, true
		}
	}
	return WAOfficialLens{}, false
}

func officialLensARN(alias string) string { return "arn:aws:wellarchitected::aws:lens/" + alias }

func officialView(l WAOfficialLens) WALens {
	return WALens{
		ARN: officialLensARN(l.Alias), Alias: l.Alias, Type: WALensOfficial, Name: l.Name,
		Version: l.Version, LatestVersion: l.Version, CreatedAt: WAOfficialLensDate, UpdatedAt: WAOfficialLensDate,
	}
}

func (st *waState) lensView(r *waResource, c Caller, g waGrant) WALens {
	l := r.lens
	doc := l.shown()
	v := WALens{
		ARN: r.arn, Alias: r.arn, Type: WALensCustomSelf, Owner: r.owner, Name: doc.Name,
		Description: doc.Description, Version: l.latest(), LatestVersion: l.latest(),
		CreatedAt: r.createdAt, UpdatedAt: r.updatedAt,
	}
	if r.owner == c.Account {
		v.HasDraft = l.draft != nil
		v.Tags = r.tags.Clone()
	} else {
		v.Type = WALensCustomShared
		v.ShareInvitationID = g.invitationID
	}
	return v
}

// customLens finds a custom lens visible to the caller, with the caller's
// grant (zero for the owner).
func (st *waState) customLens(tx *Tx, op string, c Caller, alias string) (*waResource, waGrant, error) {
	r, ok := st.resources[alias]
	if !ok || r.kind != WAKindLens {
		return nil, waGrant{}, newError(op, ErrNotFound, EntityWALens, alias)
	}
	g, ok := st.visible(tx, c, r)
	if !ok || (r.owner != c.Account && len(r.lens.versions) == 0) {
		return nil, waGrant{}, newError(op, ErrNotFound, EntityWALens, alias)
	}
	return r, g, nil
}

// WAImportLens imports a lens document. Without alias it creates a custom
// lens holding doc as its draft; with the ARN of a lens the caller owns it
// replaces the draft. Errors: ErrInvalidArgument (an official lens, or an
// alias that is not a lens ARN, reason ReasonWANotLensARN), ErrNotFound,
// ErrAccessDenied, ErrLimitExceeded (custom lenses), ErrIdempotencyMismatch.
func (s *Store) WAImportLens(c Caller, tok WARequestToken, alias string, doc WALensDoc, tags Tags) (WALens, error) {
	const op = "ImportLens"
	rules := func(tx *Tx) error {
		if alias == "" {
			return nil
		}
		if err := s.wa.notOfficial(tx, op, alias); err != nil {
			return err
		}
		if !customLensARN(alias) {
			return newError(op, ErrInvalidArgument, EntityWALens, alias).because(ReasonWANotLensARN)
		}
		return nil
	}
	return waMutateChecked(s, op, c, tok, rules, func(tx *Tx) (WALens, error) {
		st := s.wa
		if alias != "" {
			r, err := st.ownedResource(tx, op, c, WAKindLens, alias)
			if err != nil {
				return WALens{}, err
			}
			d := doc
			r.lens.draft = &d
			if tags != nil {
				r.tags = r.tags.Merged(tags)
			}
			r.updatedAt = tx.Now()
			return st.lensView(r, c, waGrant{}), nil
		}
		p := waPlace{c.Account, c.Region}
		if limit := tx.Options().WellArchitected.MaxCustomLenses; st.count(WAKindLens, p) >= limit {
			e := newError(op, ErrLimitExceeded, EntityWALens, "").because(WAQuotaCustomLenses)
			e.Limit = limit
			return WALens{}, e
		}
		d := doc
		arn := fmt.Sprintf("arn:aws:wellarchitected:%s:%s:lens/%s", c.Region, c.Account, tx.Hex(32))
		r := &waResource{kind: WAKindLens, id: arn, arn: arn, owner: c.Account, region: c.Region,
			createdAt: tx.Now(), updatedAt: tx.Now(), tags: tags.Clone(), lens: &waLens{draft: &d}}
		r.listKey = TimeKey(r.createdAt, arn)
		st.add(r)
		return st.lensView(r, c, waGrant{}), nil
	})
}

// WACreateLensVersion publishes the draft of a lens the caller owns as
// version. Errors: ErrInvalidArgument (official), ErrNotFound,
// ErrAccessDenied, ErrConflict (ReasonWANoDraft, ReasonWAVersionExists),
// ErrLimitExceeded (versions per lens), ErrIdempotencyMismatch.
func (s *Store) WACreateLensVersion(c Caller, tok WARequestToken, alias, version string, major bool) (WALens, error) {
	const op = "CreateLensVersion"
	rules := func(tx *Tx) error { return s.wa.notOfficial(tx, op, alias) }
	return waMutateChecked(s, op, c, tok, rules, func(tx *Tx) (WALens, error) {
		st := s.wa
		r, err := st.ownedResource(tx, op, c, WAKindLens, alias)
		if err != nil {
			return WALens{}, err
		}
		l := r.lens
		if l.draft == nil {
			return WALens{}, newError(op, ErrConflict, EntityWALens, r.arn).because(ReasonWANoDraft)
		}
		if slices.ContainsFunc(l.versions, func(v waLensVersion) bool { return v.version == version }) {
			return WALens{}, newError(op, ErrConflict, EntityWALensVer, version).because(ReasonWAVersionExists)
		}
		if limit := tx.Options().WellArchitected.MaxVersionsPerLens; len(l.versions) >= limit {
			e := newError(op, ErrLimitExceeded, EntityWALens, r.arn).because(WAQuotaLensVersions)
			e.Limit = limit
			return WALens{}, e
		}
		l.versions = append(l.versions, waLensVersion{version: version, major: major, doc: *l.draft, createdAt: tx.Now()})
		l.draft = nil
		r.updatedAt = tx.Now()
		return st.lensView(r, c, waGrant{}), nil
	})
}

// WAGetLens returns a lens visible to the caller: an official lens, its own
// custom lens, or one shared with it. An empty version means the latest
// published one, or for the owner the draft when nothing is published.
// Errors: ErrNotFound (an invisible lens or an unknown version, both naming
// the alias).
func (s *Store) WAGetLens(c Caller, alias, version string) (WALens, error) {
	const op = "GetLens"
	var out WALens
	err := s.View(func(tx *Tx) error {
		st := s.wa
		if l, ok := st.officialLens(tx, alias); ok {
			if version != "" && version != l.Version {
				return newError(op, ErrNotFound, EntityWALens, alias)
			}
			out = officialView(l)
			return nil
		}
		r, g, err := st.customLens(tx, op, c, alias)
		if err != nil {
			return err
		}
		out = st.lensView(r, c, g)
		l := r.lens
		switch {
		case version != "":
			i := slices.IndexFunc(l.versions, func(v waLensVersion) bool { return v.version == version })
			if i < 0 {
				return newError(op, ErrNotFound, EntityWALens, alias)
			}
			out.Version, out.Name, out.Description = version, l.versions[i].doc.Name, l.versions[i].doc.Description
		case len(l.versions) == 0:
			out.Version = "" // the owner's draft
		}
		return nil
	})
	return out, err
}

// WAExportLens returns the JSON of a version of a lens the caller owns: the
// version given, else the latest published one, else the draft. Errors:
// ErrInvalidArgument (an official lens), ErrNotFound (an invisible lens or
// an unknown version), ErrAccessDenied (a recipient).
func (s *Store) WAExportLens(c Caller, alias, version string) (string, error) {
	const op = "ExportLens"
	var out string
	err := s.View(func(tx *Tx) error {
		r, err := s.wa.ownedResource(tx, op, c, WAKindLens, alias)
		if err != nil {
			return err
		}
		l := r.lens
		switch {
		case version != "":
			i := slices.IndexFunc(l.versions, func(v waLensVersion) bool { return v.version == version })
			if i < 0 {
				return newError(op, ErrNotFound, EntityWALens, alias)
			}
			out = l.versions[i].doc.JSON
		default:
			out = l.shown().JSON
		}
		return nil
	})
	return out, err
}

// WALensFilter narrows ListLenses.
type WALensFilter struct {
	Type   WALensType   // empty: every type
	Status WALensStatus // empty or ALL: every lens
	Name   string       // exact name; empty: any
}

// WAListLenses lists official lenses in table order, then the caller's and
// shared custom lenses by creation time.
func (s *Store) WAListLenses(c Caller, f WALensFilter, req PageRequest) ([]WALens, string, error) {
	const op = "ListLenses"
	var out []WALens
	var next string
	err := s.View(func(tx *Tx) error {
		st := s.wa
		scope := waScope(op, c, string(f.Type)+"\x00"+string(f.Status)+"\x00"+f.Name)
		keep := func(l WALens) bool {
			switch {
			case f.Name != "" && l.Name != f.Name:
				return false
			case f.Status == WALensDraft:
				return l.HasDraft
			case f.Status == WALensPublished:
				return l.LatestVersion != ""
			}
			return true
		}
		// Keys: "0/<index>" for official lenses, "1/<listing key>" for custom ones.
		after := ""
		if req.Token != "" {
			k, err := tx.DecodeToken(scope, req.Token)
			if err != nil {
				return err
			}
			after = k
		}
		out = make([]WALens, 0, min(req.limit(), 64))
		last, more := "", false
		add := func(k string, l WALens) bool {
			if !keep(l) {
				return true
			}
			if len(out) == req.limit() {
				more = true
				return false
			}
			out, last = append(out, l), k
			return true
		}
		if f.Type == "" || f.Type == WALensOfficial {
			for i, l := range tx.Options().WellArchitected.OfficialLenses {
				if k := fmt.Sprintf("0/%04d", i); k > after && !add(k, officialView(l)) {
					break
				}
			}
		}
		var own *ordered.Map[*waResource]
		if f.Type == "" || f.Type == WALensCustomSelf {
			own = st.owned[waIndexKey{WAKindLens, waPlace{c.Account, c.Region}}]
		}
		var reach []*ordered.Map[*waReachEntry]
		if f.Type == "" || f.Type == WALensCustomShared {
			reach = st.reachSources(tx, c, WAKindLens)
		}
		if !more {
			customAfter := ""
			if strings.HasPrefix(after, "1/") {
				customAfter = after[2:]
			}
			for k, r := range waMerge(customAfter, own, reach) {
				g, ok := st.visible(tx, c, r)
				if !ok || (r.owner != c.Account && (len(r.lens.versions) == 0 || f.Type == WALensCustomSelf)) ||
					(r.owner == c.Account && f.Type == WALensCustomShared) {
					continue
				}
				if !add("1/"+k, st.lensView(r, c, g)) {
					break
				}
			}
		}
		if more {
			next = tx.EncodeToken(scope, last)
		}
		return nil
	})
	return out, next, err
}

// WADeleteLens deletes the draft, the published versions or both of a lens
// the caller owns; a lens left with neither is deleted with its shares.
// Errors: ErrInvalidArgument (official), ErrNotFound (also for a missing
// draft or publication), ErrAccessDenied, ErrIdempotencyMismatch.
func (s *Store) WADeleteLens(c Caller, tok WARequestToken, alias string, status WALensStatus) error {
	const op = "DeleteLens"
	rules := func(tx *Tx) error { return s.wa.notOfficial(tx, op, alias) }
	_, err := waMutateChecked(s, op, c, tok, rules, func(tx *Tx) (struct{}, error) {
		st := s.wa
		r, err := st.ownedResource(tx, op, c, WAKindLens, alias)
		if err != nil {
			return struct{}{}, err
		}
		l := r.lens
		if (status == WALensDraft && l.draft == nil) || (status == WALensPublished && len(l.versions) == 0) {
			return struct{}{}, newError(op, ErrNotFound, EntityWALens, alias)
		}
		if status != WALensPublished {
			l.draft = nil
		}
		if status != WALensDraft {
			l.versions = nil
		}
		r.updatedAt = tx.Now()
		if l.draft == nil && len(l.versions) == 0 {
			st.remove(r)
		}
		return struct{}{}, nil
	})
	return err
}

// resolveLenses checks that every alias names a lens visible to the caller
// (all of them first: existence comes before state), then that each is
// published, and returns them de-duplicated in order: official lenses by
// alias, custom ones by ARN.
func (st *waState) resolveLenses(tx *Tx, op string, c Caller, aliases []string) ([]string, error) {
	custom := make([]*waResource, len(aliases))
	for i, a := range aliases {
		if _, ok := st.officialLens(tx, a); ok {
			continue
		}
		r, _, err := st.customLens(tx, op, c, a)
		if err != nil {
			return nil, err
		}
		custom[i] = r
	}
	var out []string
	for i, a := range aliases {
		var id string
		if r := custom[i]; r != nil {
			if len(r.lens.versions) == 0 {
				return nil, newError(op, ErrInvalidArgument, EntityWALens, a).because(ReasonWANotPublished)
			}
			id = r.arn
		} else {
			l, _ := st.officialLens(tx, a)
			id = l.Alias
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}
