package types_test

import (
	"errors"
	"fmt"

	"github.com/sharesim/sharesim/auditmanager/types"
)

// Exceptions carry the service's error code, message and HTTP status, the
// same methods the SDK's errors have.
func Example() {
	msg := "The CONTROL 0f8fad5b-d9cb-469f-a165-70867728950e can't be found."
	var err error = &types.ResourceNotFoundException{Message: &msg}
	var ae interface {
		ErrorCode() string
		ErrorMessage() string
		HTTPStatusCode() int
	}
	if errors.As(err, &ae) {
		fmt.Println(ae.ErrorCode(), ae.HTTPStatusCode())
		fmt.Println(ae.ErrorMessage())
	}
	fmt.Println(types.ShareRequestStatus("").Values())
	// Output:
	// ResourceNotFoundException 404
	// The CONTROL 0f8fad5b-d9cb-469f-a165-70867728950e can't be found.
	// [ACTIVE REPLICATING SHARED EXPIRING FAILED EXPIRED DECLINED REVOKED]
}
