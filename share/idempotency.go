package share

import "time"

// IdempotencyKey identifies a client token: the same token on another
// operation, account or region is unrelated.
type IdempotencyKey struct {
	Account, Region, Op, Token string
}

type idemEntry struct {
	fingerprint string
	result      any
	at          time.Time
}

// Recall looks up a client token. It returns the stored result when the
// token was used, within the idempotency window, with the same fingerprint;
// ErrIdempotencyMismatch when it was used with a different one; and found ==
// false otherwise. The fingerprint is the caller's canonical rendering of
// every input member but the token.
func (tx *Tx) Recall(k IdempotencyKey, fingerprint string) (result any, found bool, err error) {
	e, ok := tx.s.idem[k]
	if !ok || !tx.now.Before(e.at.Add(tx.s.opts.IdempotencyWindow)) {
		return nil, false, nil
	}
	if e.fingerprint != fingerprint {
		return nil, false, &Error{Op: k.Op, Kind: ErrIdempotencyMismatch, Entity: EntityClientToken, ID: k.Token}
	}
	return e.result, true, nil
}

// Remember stores the result of a successful call under its client token,
// for the idempotency window. The result must not be mutated afterwards.
func (tx *Tx) Remember(k IdempotencyKey, fingerprint string, result any) {
	tx.s.idem[k] = idemEntry{fingerprint: fingerprint, result: result, at: tx.now}
	tx.After(tx.s.opts.IdempotencyWindow, func(tx *Tx) {
		if e, ok := tx.s.idem[k]; ok && !tx.now.Before(e.at.Add(tx.s.opts.IdempotencyWindow)) {
			delete(tx.s.idem, k)
		}
	})
}
