package invitation_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/sharesim/sharesim/invitation"
)

func Example() {
	sent := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	inv := invitation.New(sent, 12*time.Hour)

	fmt.Println(inv.StatusAt(sent.Add(11 * time.Hour)))
	fmt.Println(inv.StatusAt(sent.Add(12 * time.Hour)))

	err := inv.Accept(sent.Add(13 * time.Hour))
	fmt.Println(errors.Is(err, invitation.ErrExpired))
	// Output:
	// PENDING
	// EXPIRED
	// true
}
