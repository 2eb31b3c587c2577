package share

import (
	crand "crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"sync"
)

// IDSource is the randomness behind every identifier the world generates:
// UUIDs, 32-hex IDs, organization and account IDs. Implementations need not
// be safe for concurrent use; the store calls them under its lock.
//
// A source that also implements [Restarter] is restarted by [Store.Reset],
// so that a reset world generates the same identifiers as a new one.
type IDSource interface {
	Uint64() uint64
}

// Restarter is implemented by ID sources that can start their sequence over.
type Restarter interface {
	Restart()
}

type lockedSource struct {
	mu     sync.Mutex // protects r
	r      *rand.ChaCha8
	seed   [32]byte
	seeded bool
}

// Restart starts a seeded source's sequence over; a random source goes on.
func (l *lockedSource) Restart() {
	if !l.seeded {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.r = rand.NewChaCha8(l.seed)
}

func (l *lockedSource) Uint64() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.Uint64()
}

// RandomIDs returns a source seeded from the operating system's randomness:
// every world gets different identifiers. It is the default.
func RandomIDs() IDSource {
	var seed [32]byte
	_, _ = crand.Read(seed[:])
	return &lockedSource{r: rand.NewChaCha8(seed)}
}

// SeededIDs returns a deterministic source: two worlds built with the same
// seed and given the same calls generate the same identifiers, for golden
// tests.
func SeededIDs(seed uint64) IDSource {
	var s [32]byte
	binary.LittleEndian.PutUint64(s[:], seed)
	return &lockedSource{r: rand.NewChaCha8(s), seed: s, seeded: true}
}

// ids turns an IDSource into the identifier formats AWS uses.
type ids struct{ src IDSource }

func (g ids) Read(p []byte) (int, error) {
	for i := 0; i < len(p); i += 8 {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], g.src.Uint64())
		copy(p[i:], b[:])
	}
	return len(p), nil
}

// UUID returns a lowercase version 4 UUID.
func (g ids) UUID() string {
	u := g.uuidText()
	return string(u[:])
}

// uuidText returns a lowercase version 4 UUID as text in an array, so that a
// caller can copy it into a larger string without allocating it on its own.
func (g ids) uuidText() [36]byte {
	var u [16]byte
	binary.LittleEndian.PutUint64(u[:8], g.src.Uint64())
	binary.LittleEndian.PutUint64(u[8:], g.src.Uint64())
	u[6] = u[6]&0x0f | 0x40 // version 4
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	var t [36]byte
	hex.Encode(t[0:8], u[0:4])
	t[8] = '-'
	hex.Encode(t[9:13], u[4:6])
	t[13] = '-'
	hex.Encode(t[14:18], u[6:8])
	t[18] = '-'
	hex.Encode(t[19:23], u[8:10])
	t[23] = '-'
	hex.Encode(t[24:], u[10:])
	return t
}

const (
	alphabetHex      = "0123456789abcdef"
	alphabetLowerNum = "abcdefghijklmnopqrstuvwxyz0123456789"
	alphabetDigits   = "0123456789"
)

// String returns n characters drawn uniformly from alphabet.
func (g ids) String(n int, alphabet string) string {
	var b strings.Builder
	b.Grow(n)
	for range n {
		b.WriteByte(alphabet[g.src.Uint64()%uint64(len(alphabet))])
	}
	return b.String()
}

// Hex returns n lowercase hexadecimal characters.
func (g ids) Hex(n int) string { return g.String(n, alphabetHex) }
