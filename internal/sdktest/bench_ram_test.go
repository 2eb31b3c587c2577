package sdktest

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	sdkram "github.com/aws/aws-sdk-go-v2/service/ram"
	sdkramtypes "github.com/aws/aws-sdk-go-v2/service/ram/types"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
)

// BenchmarkRAMGetResourceShares measures a RAM call end to end: the owner
// lists its one resource share through the facade, through a real
// aws-sdk-go-v2 RAM client over the in-process transport, and through the
// same client against a started cmd/sharesim on loopback.
func BenchmarkRAMGetResourceShares(b *testing.B) {
	ctx := context.Background()
	const owner = "111111111111"
	b.Run("Facade", func(b *testing.B) {
		c := benchWorld(b).RAM(owner, "us-east-1")
		if _, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: aws.String("bench")}); err != nil {
			b.Fatal(err)
		}
		in := &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf}
		b.ReportAllocs()
		for b.Loop() {
			if out, err := c.GetResourceShares(ctx, in); err != nil || len(out.ResourceShares) != 1 {
				b.Fatal(out, err)
			}
		}
	})
	sdk := func(b *testing.B, d Door) {
		c := sdkram.NewFromConfig(d.Config(owner, "us-east-1"))
		if _, err := c.CreateResourceShare(ctx, &sdkram.CreateResourceShareInput{Name: aws.String("bench")}); err != nil {
			b.Fatal(err)
		}
		in := &sdkram.GetResourceSharesInput{ResourceOwner: sdkramtypes.ResourceOwnerSelf}
		b.ReportAllocs()
		for b.Loop() {
			if out, err := c.GetResourceShares(ctx, in); err != nil || len(out.ResourceShares) != 1 {
				b.Fatal(out, err)
			}
		}
	}
	b.Run("SDKInProcess", func(b *testing.B) {
		sdk(b, Door{HTTP: benchWorld(b).HTTPClient(), Endpoint: "http://sharesim.local"})
	})
	b.Run("SDKLoopback", func(b *testing.B) { sdk(b, started(b, nil)) })
}
