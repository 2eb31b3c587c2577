package proptest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRandIsDeterministic(t *testing.T) {
	a, b := NewRand(7), NewRand(7)
	for range 100 {
		assert.Equal(t, a.IntN(1000), b.IntN(1000))
	}
}

func TestGoodCallsDrawValidValues(t *testing.T) {
	r := NewRand(1)
	for range 1000 {
		assert.Equal(t, "valid", OneOf(r, []string{"valid"}, "invalid"))
		assert.NotNil(t, r.Maybe("member"))
	}
	r.Bad = true
	invalid, missing := 0, 0
	for range 1000 {
		if OneOf(r, []string{"valid"}, "invalid") == "invalid" {
			invalid++
		}
		if r.Maybe("member") == nil {
			missing++
		}
	}
	assert.InDelta(t, 350, invalid, 60)
	assert.InDelta(t, 100, missing, 40)
}

func TestChoicesDrawByWeight(t *testing.T) {
	r := NewRand(3)
	c := Choices[string]{{1, "rare"}, {0, "never"}, {9, "common"}}
	n := map[string]int{}
	for range 10000 {
		n[c.Draw(r)]++
	}
	assert.Zero(t, n["never"])
	assert.InDelta(t, 1000, n["rare"], 150)
	assert.InDelta(t, 9000, n["common"], 150)
}

func TestLast(t *testing.T) {
	s := []int{1, 2, 3}
	assert.Equal(t, []int{1, 2, 3}, Last(s, 3))
	last := Last(s, 2)
	assert.Equal(t, []int{2, 3}, last)
	last[0] = 9
	assert.Equal(t, []int{1, 2, 3}, s, "a copy")
}
