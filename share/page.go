package share

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"math"

	"github.com/sharesim/sharesim/internal/ordered"
)

// TokenScope is what a pagination token is bound to. A token is accepted only
// by a call with the same scope.
type TokenScope struct {
	Op      string
	Account string
	Region  string
	// Filter is a canonical rendering of the call's filters.
	Filter string
	// urlSafe encodes the token in base64url, as RAM's are (ram.md
	// §C.13); the other services' are standard base64, the only alphabet
	// Audit Manager's token pattern allows.
	urlSafe bool
}

func (s TokenScope) encoding() *base64.Encoding {
	if s.urlSafe {
		return base64.RawURLEncoding
	}
	return base64.StdEncoding
}

// PageRequest asks for one page of a listing.
type PageRequest struct {
	// Token continues a listing; empty starts at the beginning.
	Token string
	// Limit is the most items to return; zero or less means no limit: the
	// rest of the listing in one page.
	Limit int
}

// limit is the most items the page may hold.
func (r PageRequest) limit() int {
	if r.Limit <= 0 {
		return math.MaxInt
	}
	return r.Limit
}

// A token is base64(version || mac[:16] || lastKey): opaque, unforgeable
// without the world's secret, and bound to its scope through the MAC. The
// version byte lets a later format refuse tokens of this one.
const (
	tokenVersion = 1
	macLen       = 16
)

// tokenMAC returns the MAC of a token: HMAC-SHA256 (RFC 2104) over the
// scope's fields and the key, each followed by a zero byte, truncated to
// macLen bytes. It starts from the pads setSecret computed and works on the
// stack, where crypto/hmac would allocate a dozen times.
func (s *Store) tokenMAC(scope TokenScope, key string) [macLen]byte {
	var buf [512]byte
	msg := append(buf[:0], s.ipad[:]...)
	for _, f := range [...]string{"v1", scope.Op, scope.Account, scope.Region, scope.Filter, key} {
		msg = append(append(msg, f...), 0)
	}
	inner := sha256.Sum256(msg)
	outer := sha256.Sum256(append(append(buf[:0], s.opad[:]...), inner[:]...))
	return [macLen]byte(outer[:macLen])
}

// setSecret keys the token MAC with secret (at most a SHA-256 block).
func (s *Store) setSecret(secret []byte) {
	for i := range s.ipad {
		var k byte
		if i < len(secret) {
			k = secret[i]
		}
		s.ipad[i], s.opad[i] = k^0x36, k^0x5c
	}
}

// EncodeToken returns the token that continues a listing after key.
func (tx *Tx) EncodeToken(scope TokenScope, key string) string {
	mac := tx.s.tokenMAC(scope, key)
	raw := make([]byte, 0, 1+macLen+len(key))
	raw = append(append(append(raw, tokenVersion), mac[:]...), key...)
	return scope.encoding().EncodeToString(raw)
}

// DecodeToken returns the key a token continues after, or ErrInvalidToken
// when the token was not issued by this world for this scope.
func (tx *Tx) DecodeToken(scope TokenScope, token string) (string, error) {
	raw, err := scope.encoding().DecodeString(token)
	if err != nil || len(raw) < 1+macLen || raw[0] != tokenVersion {
		return "", newError(scope.Op, ErrInvalidToken, EntityToken, "")
	}
	key := string(raw[1+macLen:])
	if mac := tx.s.tokenMAC(scope, key); !hmac.Equal(raw[1:1+macLen], mac[:]) {
		return "", newError(scope.Op, ErrInvalidToken, EntityToken, "")
	}
	return key, nil
}

// Paginate returns one page of index m: the values after the token's key that
// keep accepts (nil keeps all), at most req.limit() of them, and the token for
// the next page, "" on the last page. Because pages continue from a key, not
// an offset, items that exist throughout a listing are returned exactly once
// however the index changes between pages. A page never ends with a token
// unless another item follows.
func Paginate[V, T any](tx *Tx, scope TokenScope, m *ordered.Map[V], req PageRequest, keep func(V) (T, bool)) ([]T, string, error) {
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
	m.Ascend(after, func(k string, v V) bool {
		t, ok := keep(v)
		if !ok {
			return true
		}
		if len(out) == req.limit() {
			more = true
			return false
		}
		out = append(out, t)
		last = k
		return true
	})
	if !more {
		return out, "", nil
	}
	return out, tx.EncodeToken(scope, last), nil
}
