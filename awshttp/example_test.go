package awshttp_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/awshttp"
	"github.com/sharesim/sharesim/clock"
)

// A world's handler answers real AWS requests. Its Client calls it in
// process, so any URL works; give it to an AWS SDK client as HTTPClient.
func ExampleHandler_Client() {
	w := sharesim.New(&sharesim.Options{Clock: clock.NewFake(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))})
	client := awshttp.New(w, nil).Client()

	req, _ := http.NewRequest("POST", "http://sharesim.local/", strings.NewReader(`{}`))
	req.Header.Set("X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization")
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=111111111111/20260301/us-east-1/organizations/aws4_request, SignedHeaders=host, Signature=0")
	resp, _ := client.Do(req)
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.StatusCode, resp.Header.Get("X-Amzn-ErrorType"))
	fmt.Println(string(body))

	resp, _ = client.Post("http://sharesim.local/_sharesim/clock/advance?duration=168h", "", nil)
	body, _ = io.ReadAll(resp.Body)
	fmt.Println(string(body))
	// Output:
	// 400 AWSOrganizationsNotInUseException
	// {"__type":"AWSOrganizationsNotInUseException","Message":"Your account is not a member of an organization."}
	// {"now":"2026-03-08T12:00:00Z"}
}
