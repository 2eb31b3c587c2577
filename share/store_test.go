package share

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/ordered"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func newTestStore(opts *Options) (*Store, *clock.Fake) {
	c := clock.NewFake(t0)
	o := Options{}
	if opts != nil {
		o = *opts
	}
	o.Clock, o.IDs = c, SeededIDs(7)
	return NewStore(&o), c
}

func TestTimelineRunsDueEventsInOrderStampedWithTheirDueTime(t *testing.T) {
	s, c := newTestStore(nil)
	var log []string
	require.NoError(t, s.Update(func(tx *Tx) error {
		tx.After(2*time.Hour, func(tx *Tx) { log = append(log, "b@"+tx.Now().Sub(t0).String()) })
		tx.After(time.Hour, func(tx *Tx) {
			log = append(log, "a@"+tx.Now().Sub(t0).String())
			tx.After(30*time.Minute, func(tx *Tx) { log = append(log, "a2@"+tx.Now().Sub(t0).String()) })
		})
		tx.After(time.Hour, func(tx *Tx) { log = append(log, "a'@"+tx.Now().Sub(t0).String()) })
		return nil
	}))
	require.NoError(t, s.View(func(*Tx) error { return nil }))
	assert.Empty(t, log, "nothing is due yet")

	c.Advance(3 * time.Hour)
	require.NoError(t, s.View(func(tx *Tx) error {
		assert.Equal(t, t0.Add(3*time.Hour), tx.Now())
		return nil
	}))
	assert.Equal(t, []string{"a@1h0m0s", "a'@1h0m0s", "a2@1h30m0s", "b@2h0m0s"}, log,
		"due-time order, ties in scheduling order, events scheduled by events included")
}

func TestAFailedUpdateSchedulesNothing(t *testing.T) {
	s, c := newTestStore(nil)
	ran := false
	err := s.Update(func(tx *Tx) error {
		tx.After(0, func(*Tx) { ran = true })
		return errors.New("refused")
	})
	require.Error(t, err)
	var later []string
	require.NoError(t, s.Update(func(tx *Tx) error {
		tx.After(time.Minute, func(*Tx) { later = append(later, "kept") })
		return nil
	}))
	c.Advance(time.Hour)
	s.Settle()
	assert.False(t, ran)
	assert.Equal(t, []string{"kept"}, later, "the next update schedules only its own events")
}

func TestAtPanicsInsideView(t *testing.T) {
	s, _ := newTestStore(nil)
	assert.Panics(t, func() {
		_ = s.View(func(tx *Tx) error { tx.After(0, func(*Tx) {}); return nil })
	})
}

func TestResetDropsStateAndPendingEvents(t *testing.T) {
	s, c := newTestStore(nil)
	ran := false
	_, err := s.CreateOrganization("111111111111", "")
	require.NoError(t, err)
	require.NoError(t, s.Update(func(tx *Tx) error { tx.After(time.Minute, func(*Tx) { ran = true }); return nil }))
	s.Reset()
	c.Advance(time.Hour)
	s.Settle()
	assert.False(t, ran)
	_, err = s.DescribeOrganization("111111111111")
	assert.ErrorIs(t, err, ErrNotInOrganization)
}

func TestSeededIDsAreDeterministic(t *testing.T) {
	a, _ := newTestStore(nil)
	b, _ := newTestStore(nil)
	var ua, ub string
	_ = a.Update(func(tx *Tx) error { ua = tx.UUID(); return nil })
	_ = b.Update(func(tx *Tx) error { ub = tx.UUID(); return nil })
	assert.Equal(t, ua, ub)
	assert.Regexp(t, `^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`, ua)

	r1, r2 := NewStore(nil), NewStore(nil)
	_ = r1.Update(func(tx *Tx) error { ua = tx.Hex(32); return nil })
	_ = r2.Update(func(tx *Tx) error { ub = tx.Hex(32); return nil })
	assert.NotEqual(t, ua, ub, "random sources differ between worlds")
	assert.Regexp(t, `^[0-9a-f]{32}$`, ua)
}

// TestUUIDTextIsRFC4122 checks the hand-written UUID rendering against the
// uuid package's, for the same random bits.
func TestUUIDTextIsRFC4122(t *testing.T) {
	got, ref := ids{SeededIDs(3)}, SeededIDs(3)
	for range 1000 {
		var u uuid.UUID
		binary.LittleEndian.PutUint64(u[:8], ref.Uint64())
		binary.LittleEndian.PutUint64(u[8:], ref.Uint64())
		u[6] = u[6]&0x0f | 0x40
		u[8] = u[8]&0x3f | 0x80
		s := got.UUID()
		require.Equal(t, u.String(), s)
		p, err := uuid.Parse(s)
		require.NoError(t, err)
		require.Equal(t, uuid.Version(4), p.Version())
		require.Equal(t, uuid.RFC4122, p.Variant())
	}
}

func listKeys(t *testing.T, s *Store, m *ordered.Map[string], scope TokenScope, limit int, between func()) []string {
	var out []string
	token := ""
	for {
		var page []string
		var next string
		require.NoError(t, s.View(func(tx *Tx) error {
			var err error
			page, next, err = Paginate(tx, scope, m, PageRequest{Token: token, Limit: limit}, func(v string) (string, bool) { return v, true })
			return err
		}))
		if next != "" {
			require.NotEmpty(t, page, "a page with a token is never empty")
		}
		out = append(out, page...)
		if next == "" {
			return out
		}
		token = next
		if between != nil {
			between()
		}
	}
}

func TestPaginationSurvivesInsertsAndDeletes(t *testing.T) {
	s, _ := newTestStore(nil)
	var m ordered.Map[string]
	for i := range 10 {
		k := fmt.Sprintf("%03d", i*10)
		m.Set(k, k)
	}
	scope := TokenScope{Op: "List", Account: "111111111111", Region: "us-east-1"}
	step := 0
	got := listKeys(t, s, &m, scope, 3, func() {
		// Between pages: delete an item already returned, one not yet
		// returned, and insert one before and one after the cursor.
		if step == 0 {
			m.Delete("000")
			m.Delete("080")
			m.Set("005", "005")
			m.Set("095", "095")
		}
		step++
	})
	assert.Equal(t, []string{"000", "010", "020", "030", "040", "050", "060", "070", "090", "095"}, got,
		"every item that existed throughout appears once; a deleted one is not returned after deletion")
}

func TestTokensAreBoundToTheirScope(t *testing.T) {
	s, _ := newTestStore(nil)
	other, _ := newTestStore(nil)
	other.setSecret([]byte("another world"))
	scope := TokenScope{Op: "List", Account: "111111111111", Region: "us-east-1", Filter: "SELF"}
	var tok string
	_ = s.View(func(tx *Tx) error { tok = tx.EncodeToken(scope, "k"); return nil })
	assert.Regexp(t, `^[A-Za-z0-9+/=]+$`, tok, "standard base64, which every service's token pattern allows")

	for name, sc := range map[string]TokenScope{
		"operation": {Op: "Other", Account: scope.Account, Region: scope.Region, Filter: scope.Filter},
		"account":   {Op: scope.Op, Account: "222222222222", Region: scope.Region, Filter: scope.Filter},
		"region":    {Op: scope.Op, Account: scope.Account, Region: "eu-west-1", Filter: scope.Filter},
		"filter":    {Op: scope.Op, Account: scope.Account, Region: scope.Region, Filter: "OTHER"},
	} {
		_ = s.View(func(tx *Tx) error {
			_, err := tx.DecodeToken(sc, tok)
			assert.ErrorIs(t, err, ErrInvalidToken, name)
			return nil
		})
	}
	for _, bad := range []string{"!!!", "", "QUJD", tok[:len(tok)-4]} {
		_ = s.View(func(tx *Tx) error {
			_, err := tx.DecodeToken(scope, bad)
			assert.ErrorIs(t, err, ErrInvalidToken, bad)
			return nil
		})
	}
	_ = other.View(func(tx *Tx) error {
		_, err := tx.DecodeToken(scope, tok)
		assert.ErrorIs(t, err, ErrInvalidToken, "a token from another world")
		return nil
	})
	_ = s.View(func(tx *Tx) error {
		k, err := tx.DecodeToken(scope, tok)
		assert.NoError(t, err)
		assert.Equal(t, "k", k)
		return nil
	})
}

// TestRAMTokensAreBase64URL checks the alphabet of RAM's tokens (ram.md
// §C.13), where other services' are standard base64.
func TestRAMTokensAreBase64URL(t *testing.T) {
	s, _ := newTestStore(nil)
	c := Caller{Account: "111111111111", Region: "us-east-1"}
	scope := ramScope("List", c, "SELF")
	_ = s.View(func(tx *Tx) error {
		// Keys whose bytes make both alphabets differ from each other.
		for _, key := range []string{"\xfb\xff\xfe", "k?>~~~", strings.Repeat("\xff", 40)} {
			tok := tx.EncodeToken(scope, key)
			assert.Regexp(t, `^[A-Za-z0-9_-]+$`, tok)
			k, err := tx.DecodeToken(scope, tok)
			assert.NoError(t, err)
			assert.Equal(t, key, k)
		}
		return nil
	})
}

func TestIdempotencyReplaysWithinTheWindow(t *testing.T) {
	s, c := newTestStore(&Options{IdempotencyWindow: time.Hour})
	key := IdempotencyKey{Account: "111111111111", Region: "us-east-1", Op: "Create", Token: "t1"}
	recall := func(fp string) (any, bool, error) {
		var r any
		var ok bool
		var err error
		_ = s.View(func(tx *Tx) error { r, ok, err = tx.Recall(key, fp); return nil })
		return r, ok, err
	}
	_, ok, err := recall("a")
	require.NoError(t, err)
	assert.False(t, ok)
	require.NoError(t, s.Update(func(tx *Tx) error { tx.Remember(key, "a", "result-1"); return nil }))

	r, ok, err := recall("a")
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, "result-1", r)
	_, _, err = recall("b")
	assert.ErrorIs(t, err, ErrIdempotencyMismatch)

	other := key
	other.Op = "Update"
	_ = s.View(func(tx *Tx) error {
		_, ok, err := tx.Recall(other, "b")
		assert.NoError(t, err)
		assert.False(t, ok, "the same token on another operation is unrelated")
		return nil
	})

	c.Advance(time.Hour)
	_, ok, err = recall("b")
	require.NoError(t, err)
	assert.False(t, ok, "forgotten once the window has passed")
}

func TestConcurrentUpdatesAndViewsAreSerialized(t *testing.T) {
	s, c := newTestStore(nil)
	counter := 0
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for range 200 {
				_ = s.Update(func(tx *Tx) error {
					counter++
					tx.After(time.Duration(i)*time.Millisecond, func(*Tx) { counter-- })
					return nil
				})
				_ = s.View(func(*Tx) error { _ = counter; return nil })
				c.Advance(time.Millisecond)
			}
		})
	}
	wg.Wait()
	c.Advance(time.Second)
	s.Settle()
	assert.Equal(t, 0, counter, "every increment was matched by its scheduled decrement")
}

func TestTimelinePopsInDueThenSchedulingOrder(t *testing.T) {
	var tl timeline
	r := uint64(12345)
	for seq := range uint64(2000) {
		r = r*6364136223846793005 + 1442695040888963407
		tl.push(event{due: t0.Add(time.Duration(r>>54) * time.Second), seq: seq})
	}
	prev := tl.pop()
	for len(tl) > 0 {
		e := tl.pop()
		ordered := prev.due.Before(e.due) || (prev.due.Equal(e.due) && prev.seq < e.seq)
		require.True(t, ordered, "%v/%d popped after %v/%d", e.due, e.seq, prev.due, prev.seq)
		prev = e
	}
}

func TestResetRestartsASeededIDSource(t *testing.T) {
	s, _ := newTestStore(nil)
	first, err := s.CreateOrganization("111111111111", "")
	require.NoError(t, err)
	s.Reset()
	again, err := s.CreateOrganization("111111111111", "")
	require.NoError(t, err)
	assert.Equal(t, first.ID, again.ID, "a reset world generates what a new one would")

	fresh, _ := newTestStore(nil)
	o, err := fresh.CreateOrganization("111111111111", "")
	require.NoError(t, err)
	assert.Equal(t, first.ID, o.ID)
}

// TestTokenMACIsHMACSHA256 checks the token MAC, computed from precomputed
// pads, against crypto/hmac, with a key as long as a block and a message
// longer than tokenMAC's stack buffer.
func TestTokenMACIsHMACSHA256(t *testing.T) {
	s, _ := newTestStore(nil)
	for _, secret := range [][]byte{[]byte("k"), make([]byte, sha256.BlockSize)} {
		s.setSecret(secret)
		for _, key := range []string{"", "a key", strings.Repeat("x", 600)} {
			scope := TokenScope{Op: "List", Account: "111111111111", Region: "us-east-1", Filter: "SELF"}
			h := hmac.New(sha256.New, secret)
			for _, f := range []string{"v1", scope.Op, scope.Account, scope.Region, scope.Filter, key} {
				h.Write(append([]byte(f), 0))
			}
			got := s.tokenMAC(scope, key)
			assert.Equal(t, h.Sum(nil)[:macLen], got[:], "key of %d bytes", len(key))
		}
	}
}

// TestFingerprintTellsAbsentFromEmpty: the fingerprint of a request tells
// an absent member from an explicit empty one (ram.md §C.12), and depends on
// values, not on map order.
func TestFingerprintTellsAbsentFromEmpty(t *testing.T) {
	type in struct {
		Name  *string
		List  []string
		Map   map[string]int
		At    time.Time
		Flag  bool
		inner int
	}
	name := "a"
	base := in{Name: &name, Map: map[string]int{"x": 1, "y": 2}}
	same := in{Name: &name, Map: map[string]int{"y": 2, "x": 1}, inner: 9}
	assert.Equal(t, Fingerprint(base), Fingerprint(same))
	now := time.Now() // with a monotonic reading
	assert.Equal(t, Fingerprint(in{At: now}), Fingerprint(in{At: now.Round(0)}), "the same instant")
	for label, other := range map[string]in{
		"an empty list":  {Name: &name, List: []string{}, Map: base.Map},
		"an absent name": {Map: base.Map},
		"an empty name":  {Name: new(string), Map: base.Map},
		"a nil map":      {Name: &name},
		"another time":   {Name: &name, Map: base.Map, At: t0},
		"a flag":         {Name: &name, Map: base.Map, Flag: true},
	} {
		assert.NotEqual(t, Fingerprint(base), Fingerprint(other), label)
	}
}

// A zero PageRequest lists everything in one page, through each of the
// domain's pagers: the generic one, RAM's share walk, RAM's keyed pages,
// GetResourcePolicies' and Well-Architected's merged sources.
func TestZeroLimitListsEverything(t *testing.T) {
	var m ordered.Map[string]
	for i := range 100 {
		k := fmt.Sprintf("%03d", i)
		m.Set(k, k)
	}
	s, _ := newTestStore(&Options{RAM: RAMOptions{MaxPendingInvitationsPerSharingAccount: 100}})
	got := listKeys(t, s, &m, TokenScope{Op: "List"}, 0, nil)
	assert.Len(t, got, 100, "Paginate")

	owner := Caller{Account: "111111111111", Region: "us-east-1"}
	var arns []string
	for i := range 70 {
		arn := fmt.Sprintf("arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-%d", i)
		arns = append(arns, arn)
		_, err := s.CreateResourceShare(owner, RAMCreateInput{Name: "n", Principals: []string{"222222222222"}, ResourceARNs: []string{arn}})
		require.NoError(t, err)
	}
	recipient := Caller{Account: "222222222222", Region: "us-east-1"}
	invs, next, err := s.GetResourceShareInvitations(recipient, RAMInvitationQuery{})
	require.NoError(t, err)
	require.Len(t, invs, 70, "GetResourceShareInvitations")
	require.Empty(t, next, "GetResourceShareInvitations")
	for _, inv := range invs {
		_, err := s.AcceptResourceShareInvitation(recipient, inv.ARN, RAMIdempotency{})
		require.NoError(t, err)
	}
	for i := range 70 {
		_, err := s.WACreateWorkload(owner, WARequestToken{}, WAWorkloadSpec{Name: fmt.Sprintf("w%d", i), Lenses: []string{"wellarchitected"}}, nil)
		require.NoError(t, err)
	}
	listings := map[string]func() (int, string, error){
		"GetResourceShares": func() (int, string, error) {
			v, next, err := s.GetResourceShares(owner, RAMShareQuery{})
			return len(v), next, err
		},
		"ListRAMResourceTypes": func() (int, string, error) {
			v, next, err := s.ListRAMResourceTypes(owner, "", PageRequest{})
			return len(v), next, err
		},
		"GetResourcePolicies": func() (int, string, error) {
			v, next, err := s.GetResourcePolicies(owner, arns, "", PageRequest{})
			return len(v), next, err
		},
		"WAListWorkloads": func() (int, string, error) {
			v, next, err := s.WAListWorkloads(owner, "", PageRequest{})
			return len(v), next, err
		},
	}
	want := map[string]int{"GetResourceShares": 70, "ListRAMResourceTypes": len(s.opts.RAM.registry.types),
		"GetResourcePolicies": 70, "WAListWorkloads": 70}
	for name, list := range listings {
		n, next, err := list()
		require.NoError(t, err, name)
		assert.Equal(t, want[name], n, name)
		assert.Empty(t, next, name)
	}
}
