package sharesim_test

import (
	"context"
	"fmt"
	"time"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/organizations"
)

func Example() {
	ctx := context.Background()
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	w := sharesim.New(&sharesim.Options{Clock: clock.NewFake(start)})

	mgmt := w.Organizations("111111111111")
	if _, err := mgmt.CreateOrganization(ctx, nil); err != nil {
		panic(err)
	}
	created, _ := mgmt.CreateAccount(ctx, &organizations.CreateAccountInput{Email: new("dev@example.com"), AccountName: new("dev")})
	fmt.Println(created.CreateAccountStatus.State)

	w.Advance(time.Minute) // account creation settles
	status, _ := mgmt.DescribeCreateAccountStatus(ctx, &organizations.DescribeCreateAccountStatusInput{
		CreateAccountRequestId: created.CreateAccountStatus.Id})
	fmt.Println(status.CreateAccountStatus.State)

	accounts, _ := mgmt.ListAccounts(ctx, nil)
	fmt.Println(len(accounts.Accounts), "accounts")
	// Output:
	// IN_PROGRESS
	// SUCCEEDED
	// 2 accounts
}
