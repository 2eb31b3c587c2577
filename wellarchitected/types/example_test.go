package types_test

import (
	"fmt"

	"github.com/sharesim/sharesim/wellarchitected/types"
)

// Exceptions report the code, message and HTTP status AWS answers with.
func ExampleServiceQuotaExceededException() {
	msg, code, svc := "[ServiceQuotaExceeded] You have reached the limit of 20 shares per workload", "L-7E98904D", "wellarchitected"
	var err error = &types.ServiceQuotaExceededException{Message: &msg, QuotaCode: &code, ServiceCode: &svc}
	if e, ok := err.(interface {
		ErrorCode() string
		HTTPStatusCode() int
	}); ok {
		fmt.Println(e.ErrorCode(), e.HTTPStatusCode())
	}
	fmt.Println(err)
	// Output:
	// ServiceQuotaExceededException 402
	// ServiceQuotaExceededException: [ServiceQuotaExceeded] You have reached the limit of 20 shares per workload
}

// Enums list their values, as in the SDK.
func ExampleShareStatus_Values() {
	fmt.Println(types.ShareStatus("").Values())
	// Output:
	// [ACCEPTED REJECTED PENDING REVOKED EXPIRED ASSOCIATING ASSOCIATED FAILED]
}
