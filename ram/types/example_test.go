package types_test

import (
	"errors"
	"fmt"

	"github.com/sharesim/sharesim/ram/types"
)

// Exceptions carry the model's error code and HTTP status.
func Example() {
	msg := "ResourceShare arn:aws:ram:us-east-1:111111111111:resource-share/x could not be found."
	var err error = &types.UnknownResourceException{Message: &msg}
	var e interface {
		ErrorCode() string
		HTTPStatusCode() int
	}
	if errors.As(err, &e) {
		fmt.Println(e.ErrorCode(), e.HTTPStatusCode())
	}
	fmt.Println((&types.PermissionAlreadyExistsException{}).HTTPStatusCode())
	fmt.Println(len(types.Exceptions), "exception shapes")
	// Output:
	// UnknownResourceException 400
	// 409
	// 28 exception shapes
}
