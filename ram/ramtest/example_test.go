package ramtest_test

import (
	"fmt"

	"github.com/sharesim/sharesim/ram/ramtest"
)

// Scenarios use fixed accounts and helpers for well-formed resource ARNs of
// the types whose rules differ: a transit gateway (7-day invitations), an
// App Mesh mesh (12-hour invitations) and a subnet (organization only).
//
// A front door runs the suite with
//
//	func TestRAM(t *testing.T) { ramtest.Run(t, newHarness) }
//
// where newHarness builds a fresh world and hands out an API per account.
func Example() {
	fmt.Println(ramtest.Owner, ramtest.Recipient, ramtest.Region)
	fmt.Println(ramtest.TGW(ramtest.Owner, "1"))
	fmt.Println(ramtest.OUARN(ramtest.Owner, "o-abcdefghij", "ou-ab12-12345678"))
	// Output:
	// 111111111111 222222222222 us-east-1
	// arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-1
	// arn:aws:organizations::111111111111:ou/o-abcdefghij/ou-ab12-12345678
}
