package share

import (
	"crypto/sha256"
	"sync"
	"time"

	"github.com/sharesim/sharesim/clock"
)

// DefaultAccount is the caller when a request names no account: the access
// key ID of an unsigned or non-numeric credential.
const DefaultAccount = "123456789012"

// DefaultRegion is the region of a request that names none.
const DefaultRegion = "us-east-1"

// Options configure a [Store]. The zero value means AWS's defaults with a
// real clock and random identifiers.
type Options struct {
	// Clock is the world's only time source. Nil means clock.Real().
	Clock clock.Clock
	// IDs generates identifiers. Nil means RandomIDs().
	IDs IDSource
	// DefaultAccount is the caller when a request names no account.
	// Empty means DefaultAccount.
	DefaultAccount string
	// PropagationDelay is how long asynchronous transitions (associations,
	// deletions, account creation, framework replication) take to settle.
	// Zero, the default, means the next call already sees them settled.
	PropagationDelay time.Duration
	// IdempotencyWindow is how long client tokens are remembered. Zero means
	// 24 hours.
	IdempotencyWindow time.Duration
	// Organizations holds the AWS Organizations quotas.
	Organizations OrgLimits
	// RAM configures Resource Access Manager.
	RAM RAMOptions
	// WellArchitected configures the Well-Architected Tool.
	WellArchitected WAOptions
	// AuditManager configures Audit Manager.
	AuditManager AMOptions
}

func (o *Options) withDefaults() Options {
	var out Options
	if o != nil {
		out = *o
	}
	if out.Clock == nil {
		out.Clock = clock.Real()
	}
	if out.IDs == nil {
		out.IDs = RandomIDs()
	}
	if out.DefaultAccount == "" {
		out.DefaultAccount = DefaultAccount
	}
	if out.IdempotencyWindow == 0 {
		out.IdempotencyWindow = 24 * time.Hour
	}
	out.Organizations = out.Organizations.withDefaults()
	out.RAM = out.RAM.withDefaults()
	out.WellArchitected = out.WellArchitected.withDefaults()
	out.AuditManager = out.AuditManager.withDefaults()
	return out
}

// Store is the world: every account, organization and share, behind one lock.
// Build it with [NewStore].
type Store struct {
	opts Options // read-only after NewStore
	ids  ids

	mu       sync.RWMutex           // protects every field below and all domain state
	ipad     [sha256.BlockSize]byte // the pagination token MAC's keyed pads,
	opad     [sha256.BlockSize]byte // from a secret drawn from the ID source
	timeline timeline
	seq      uint64 // breaks ties between events due at the same instant
	idem     map[IdempotencyKey]idemEntry
	orgs     *orgState
	ram      *ramState
	wa       *waState
	am       *amState
	// wtx is the Tx of every Update and of every timed transition applied,
	// one at a time under mu: reusing it saves an allocation per call,
	// since a Tx is valid only inside the call that made it.
	wtx Tx
}

// NewStore returns an empty world. A nil opts means defaults.
func NewStore(opts *Options) *Store {
	o := opts.withDefaults()
	s := &Store{opts: o, ids: ids{o.IDs}}
	s.resetLocked()
	return s
}

func (s *Store) resetLocked() {
	if r, ok := s.opts.IDs.(Restarter); ok {
		r.Restart()
	}
	secret := make([]byte, 32)
	_, _ = s.ids.Read(secret)
	s.setSecret(secret)
	s.timeline = nil
	s.idem = map[IdempotencyKey]idemEntry{}
	s.orgs = newOrgState()
	s.ram = newRAMState(s.opts.PropagationDelay)
	s.wa = newWAState()
	s.am = newAMState()
}

// Reset empties the world: every account, organization, share, client token
// and pending timed transition is dropped. The options are kept, and a seeded
// ID source starts over, so the world then behaves as a new one. The clock is
// left alone; see [Store.ResetWith].
func (s *Store) Reset() { s.ResetWith(nil) }

// ResetWith is [Store.Reset] that also calls rewind, typically to move the
// clock back, while it holds the lock: no operation sees the empty world at
// the old time, or the old world at the new time.
func (s *Store) ResetWith(rewind func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if rewind != nil {
		rewind()
	}
	s.resetLocked()
}

// Options returns the options the store was built with, defaults filled in.
func (s *Store) Options() Options {
	o := s.opts
	o.RAM.registry = nil // built again from o.RAM.ResourceTypes, which the caller may change
	return o
}

// Clock returns the store's clock.
func (s *Store) Clock() clock.Clock { return s.opts.Clock }

// Tx is the handle a domain operation works through while it holds the
// store's lock. It is valid only inside the Update or View call that made it.
type Tx struct {
	s       *Store
	now     time.Time
	write   bool
	pending []event // scheduled by this call; committed only if it succeeds
}

// Now is the instant the operation happens at. A transition applied from the
// timeline sees its own due time.
func (tx *Tx) Now() time.Time { return tx.now }

// At schedules fn to run at time due, before the first operation that starts
// at or after due; fn sees tx.Now() == due. Events due at the same instant run
// in the order they were scheduled. The event is dropped if the operation that
// schedules it fails. At panics inside View.
func (tx *Tx) At(due time.Time, fn func(tx *Tx)) {
	if !tx.write {
		panic("share: Tx.At called inside View")
	}
	tx.s.seq++
	tx.pending = append(tx.pending, event{due: due, seq: tx.s.seq, fn: fn})
}

// After schedules fn at Now()+d; see [Tx.At].
func (tx *Tx) After(d time.Duration, fn func(tx *Tx)) { tx.At(tx.now.Add(d), fn) }

// Update runs fn as one atomic step holding the write lock, after applying
// every timed transition that is due. If fn returns an error, the events it
// scheduled are dropped; fn itself must not have mutated anything before
// failing (validate first, then mutate).
func (s *Store) Update(fn func(tx *Tx) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.opts.Clock.Now()
	s.applyDueLocked(now)
	tx := s.writeTxLocked(now)
	err := fn(tx)
	s.endWriteTxLocked(err == nil)
	return err
}

// writeTxLocked returns the store's write Tx, reset for a step at now. The
// caller holds s.mu and ends the step with endWriteTxLocked.
func (s *Store) writeTxLocked(now time.Time) *Tx {
	s.wtx = Tx{s: s, now: now, write: true, pending: s.wtx.pending[:0]}
	return &s.wtx
}

// endWriteTxLocked puts the events the step scheduled on the timeline when
// it succeeded, and drops them otherwise.
func (s *Store) endWriteTxLocked(ok bool) {
	if ok {
		for _, e := range s.wtx.pending {
			s.timeline.push(e)
		}
	}
	clear(s.wtx.pending) // the closures, for the collector
	s.wtx.pending = s.wtx.pending[:0]
}

// View runs fn holding the read lock, so views run in parallel. When a timed
// transition is due it first takes the write lock to apply it, and then runs
// fn under that lock instead. fn must not mutate.
func (s *Store) View(fn func(tx *Tx) error) error {
	s.mu.RLock()
	now := s.opts.Clock.Now()
	if !s.timeline.dueAt(now) {
		defer s.mu.RUnlock()
		return fn(&Tx{s: s, now: now})
	}
	s.mu.RUnlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	now = s.opts.Clock.Now()
	s.applyDueLocked(now)
	return fn(&Tx{s: s, now: now})
}

// Settle applies every timed transition due at the clock's current time. Call
// it after moving a fake clock to make the effects visible to hooks and
// inspectors; API operations do it themselves.
func (s *Store) Settle() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.applyDueLocked(s.opts.Clock.Now())
}

// applyDueLocked runs, in due-time order, every event due at or before now,
// including events that those events schedule. The caller must hold s.mu.
func (s *Store) applyDueLocked(now time.Time) {
	for s.timeline.dueAt(now) {
		e := s.timeline.pop()
		e.fn(s.writeTxLocked(e.due))
		s.endWriteTxLocked(true)
	}
}

type event struct {
	due time.Time
	seq uint64
	fn  func(tx *Tx)
}

// timeline is a binary min-heap of events by (due, seq). It is typed rather
// than built on container/heap so that pushing and popping an event does not
// box it into an interface.
type timeline []event

func (t timeline) less(i, j int) bool {
	if !t[i].due.Equal(t[j].due) {
		return t[i].due.Before(t[j].due)
	}
	return t[i].seq < t[j].seq
}

func (t *timeline) push(e event) {
	*t = append(*t, e)
	h := *t
	for i := len(h) - 1; i > 0; {
		parent := (i - 1) / 2
		if !h.less(i, parent) {
			break
		}
		h[i], h[parent] = h[parent], h[i]
		i = parent
	}
}

func (t *timeline) pop() event {
	h := *t
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	h[last] = event{} // drop the closure for the collector
	h = h[:last]
	for i := 0; ; {
		small, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && h.less(l, small) {
			small = l
		}
		if r < len(h) && h.less(r, small) {
			small = r
		}
		if small == i {
			break
		}
		h[i], h[small] = h[small], h[i]
		i = small
	}
	*t = h
	return top
}

func (t timeline) dueAt(now time.Time) bool { return len(t) > 0 && !t[0].due.After(now) }

// UUID returns a new lowercase version 4 UUID from the store's ID source.
func (tx *Tx) UUID() string { return tx.s.ids.UUID() }

// Hex returns n random lowercase hexadecimal characters.
func (tx *Tx) Hex(n int) string { return tx.s.ids.Hex(n) }

// RandomString returns n characters drawn from alphabet.
func (tx *Tx) RandomString(n int, alphabet string) string { return tx.s.ids.String(n, alphabet) }

// Options returns the store's options.
func (tx *Tx) Options() *Options { return &tx.s.opts }
