package proptest

import (
	"math/rand/v2"
	"slices"
)

// Rand draws a world's random choices from a seeded source, and knows
// whether the call being drawn may carry invalid members.
type Rand struct {
	*rand.Rand
	// Bad says that the call being drawn may carry invalid members: OneOf
	// then sometimes draws an invalid value, and Maybe sometimes nil.
	Bad bool
}

// NewRand returns a Rand whose draws follow from seed alone.
func NewRand(seed uint64) *Rand {
	return &Rand{Rand: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Chance reports true with a chance of percent in a hundred.
func (r *Rand) Chance(percent int) bool { return r.IntN(100) < percent }

// Maybe returns &s or, in a call that may be bad, one time in ten nil: a
// missing member.
func (r *Rand) Maybe(s string) *string {
	if r.Bad && r.Chance(10) {
		return nil
	}
	return &s
}

// Pick returns one of xs, each as likely.
func Pick[T any](r *Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

// OneOf returns one of valid or, in a call that may be bad, about one time
// in three one of invalid, if there are any.
func OneOf[T any](r *Rand, valid []T, invalid ...T) T {
	if r.Bad && len(invalid) > 0 && r.Chance(35) {
		return Pick(r, invalid...)
	}
	return Pick(r, valid...)
}

// Choices are values to draw from, each with a weight.
type Choices[T any] []struct {
	Weight int
	Value  T
}

// Draw returns one of the values, each with a chance proportional to its
// weight.
func (c Choices[T]) Draw(r *Rand) T {
	total := 0
	for _, x := range c {
		total += x.Weight
	}
	n := r.IntN(total)
	for _, x := range c {
		if n < x.Weight {
			return x.Value
		}
		n -= x.Weight
	}
	panic("proptest: Draw from no choices of positive weight")
}

// Last returns the last n elements of s: s itself when it has no more, a
// copy otherwise, so that the pools and trails a test keeps stay small.
func Last[T any](s []T, n int) []T {
	if len(s) > n {
		return slices.Clone(s[len(s)-n:])
	}
	return s
}
