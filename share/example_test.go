package share_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/share"
)

// A RAM share with an account outside the owner's organization, driven
// through the domain directly, as a simulator that embeds sharesim would:
// the invitation waits for the recipient, who accepts it, and the clock
// decides when the deleted share is purged.
func ExampleStore() {
	clk := clock.NewFake(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))
	s := share.NewStore(&share.Options{Clock: clk, IDs: share.SeededIDs(1)})
	owner := share.Caller{Account: "111111111111", Region: "us-east-1"}
	partner := share.Caller{Account: "222222222222", Region: "us-east-1"}

	created, err := s.CreateResourceShare(owner, share.RAMCreateInput{
		Name:         "transit",
		Principals:   []string{partner.Account},
		ResourceARNs: []string{"arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-1"},
	})
	if err != nil {
		panic(err)
	}
	invs, _, _ := s.GetResourceShareInvitations(partner, share.RAMInvitationQuery{})
	fmt.Println("partner's invitation:", invs[0].Status, "until", invs[0].ExpiresAt.Format(time.DateTime))

	if _, err := s.AcceptResourceShareInvitation(partner, invs[0].ARN, share.RAMIdempotency{}); err != nil {
		panic(err)
	}
	shared, _, _ := s.GetResourceShares(partner, share.RAMShareQuery{OtherAccounts: true})
	fmt.Println("partner sees:", shared[0].Name, shared[0].Status)

	if _, err := s.DeleteResourceShare(owner, created.Share.ARN, share.RAMIdempotency{}); err != nil {
		panic(err)
	}
	own, _, _ := s.GetResourceShares(owner, share.RAMShareQuery{})
	fmt.Println("owner sees:", own[0].Status)

	clk.Advance(2 * time.Hour)
	_, _, err = s.GetResourceShares(owner, share.RAMShareQuery{ARNs: []string{created.Share.ARN}})
	fmt.Println("two hours later:", errors.Is(err, share.ErrNotFound))
	// Output:
	// partner's invitation: PENDING until 2026-03-08 12:00:00
	// partner sees: transit ACTIVE
	// owner sees: DELETED
	// two hours later: true
}

// Timed transitions run lazily: an event scheduled with Tx.After is applied,
// stamped with its due time, before the first operation at or after that
// time, with no goroutine or timer behind it.
func ExampleStore_Update() {
	clk := clock.NewFake(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))
	s := share.NewStore(&share.Options{Clock: clk})
	var fired time.Time
	_ = s.Update(func(tx *share.Tx) error {
		tx.After(time.Hour, func(tx *share.Tx) { fired = tx.Now() })
		return nil
	})
	clk.Advance(3 * time.Hour)
	s.Settle() // or any call: it applies what fell due first
	fmt.Println("fired at", fired.Format(time.TimeOnly))
	// Output:
	// fired at 13:00:00
}
