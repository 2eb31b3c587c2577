package sdktest

import (
	"context"
	"testing"

	sdkorganizations "github.com/aws/aws-sdk-go-v2/service/organizations"
	sdktypes "github.com/aws/aws-sdk-go-v2/service/organizations/types"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/awshttp"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/wireclient"
	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// benchWorld returns a world where account 111111111111 manages an
// organization.
func benchWorld(b *testing.B) *sharesim.World {
	w := sharesim.New(&share.Options{Clock: clock.NewFake(sharetest.Start), IDs: share.SeededIDs(1)})
	if _, err := w.Organizations("111111111111").CreateOrganization(context.Background(),
		&organizations.CreateOrganizationInput{FeatureSet: "ALL"}); err != nil {
		b.Fatal(err)
	}
	return w
}

// BenchmarkDescribeOrganization measures one Organizations call through
// each front door: the facade, the wire client over the in-memory
// transport, a real SDK client over the in-memory transport, and a real SDK
// client against a started cmd/sharesim on loopback.
func BenchmarkDescribeOrganization(b *testing.B) {
	ctx := context.Background()
	b.Run("Facade", func(b *testing.B) {
		c := benchWorld(b).Organizations("111111111111")
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.DescribeOrganization(ctx, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("WireClientInProcess", func(b *testing.B) {
		h := awshttp.New(benchWorld(b), nil)
		c := &wireclient.Organizations{Conn: wireclient.Conn{HTTP: h.Client(), Endpoint: "http://sharesim.local",
			Account: "111111111111", Region: "us-east-1"}}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.DescribeOrganization(ctx, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("SDKInProcess", func(b *testing.B) {
		d := Door{HTTP: benchWorld(b).HTTPClient(), Endpoint: "http://sharesim.local"}
		c := sdkorganizations.NewFromConfig(d.Config("111111111111", "us-east-1"))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.DescribeOrganization(ctx, &sdkorganizations.DescribeOrganizationInput{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("SDKLoopback", func(b *testing.B) {
		d := started(b, nil)
		c := sdkorganizations.NewFromConfig(d.Config("111111111111", "us-east-1"))
		if _, err := c.CreateOrganization(ctx, &sdkorganizations.CreateOrganizationInput{
			FeatureSet: sdktypes.OrganizationFeatureSetAll}); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.DescribeOrganization(ctx, &sdkorganizations.DescribeOrganizationInput{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
