// Package share is sharesim's domain: the one world in which accounts,
// organizations, RAM resource shares, Well-Architected shares and Audit
// Manager share requests live.
//
// A [Store] holds all of it behind a single lock. Every domain operation runs
// inside one [Store.Update] or [Store.View] call, so each operation is one
// atomic, linearizable step, exactly as an AWS API call looks from outside.
// Values handed out are copies; callers never see internal pointers.
//
// # Time
//
// Nothing here starts a goroutine or a timer. Timed transitions (an
// invitation expiring, an association settling after the propagation delay, a
// deleted share being purged) are scheduled on the store's timeline with
// [Tx.At] and applied lazily, in due-time order and stamped with their due
// time, before the next operation runs. Moving a [clock.Fake] forward is all a
// test needs to do.
//
// # Errors
//
// Operations fail with an [*Error] whose Kind is one of the package's
// sentinels ([ErrNotFound], [ErrAccessDenied], ...), so callers test them
// with [errors.Is]. There is no AWS wording here: the facade packages map
// these errors to AWS exceptions.
//
// All exported methods of [Store] are safe for concurrent use.
package share
