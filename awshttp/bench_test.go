package awshttp_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/awshttp"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/sigv4"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// BenchmarkHandlerRAM measures the wire layer alone: a signed RAM request
// through the in-memory transport, as an SDK sends it, against the same call
// on the facade. The difference is what the handler and transport cost.
func BenchmarkHandlerRAM(b *testing.B) {
	ctx := context.Background()
	const owner = "111111111111"
	w := sharesim.New(&share.Options{Clock: clock.NewFake(sharetest.Start), IDs: share.SeededIDs(1)})
	name := "bench"
	if _, err := w.RAM(owner, "us-east-1").CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: &name}); err != nil {
		b.Fatal(err)
	}
	auth := sigv4.Scope{AccessKeyID: owner, Date: "20260301", Region: "us-east-1", Service: "ram"}.Authorization()
	client := awshttp.New(w, nil).Client()
	call := func(b *testing.B, method, path, body string) {
		b.ReportAllocs()
		for b.Loop() {
			req, _ := http.NewRequest(method, "http://sharesim.local"+path, strings.NewReader(body))
			req.Header.Set("Authorization", auth)
			req.Header.Set("Content-Type", "application/json")
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				b.Fatal(resp.Status)
			}
		}
	}
	b.Run("GetResourceShares", func(b *testing.B) {
		call(b, "POST", "/getresourceshares", `{"resourceOwner":"SELF"}`)
	})
	b.Run("ListPermissions", func(b *testing.B) {
		call(b, "POST", "/listpermissions", `{"maxResults":100}`)
	})
}
