// Package awsconfig hands aws-sdk-go-v2 users a ready aws.Config that talks
// to sharesim, so pointing unmodified SDK code at a simulated world is one
// line:
//
//	ram := ram.NewFromConfig(awsconfig.ForWorld(w, "111111111111", "us-east-1"))
//
// It is a separate module so that the sharesim library itself does not
// depend on the AWS SDK.
package awsconfig

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/sharesim/sharesim"
)

// InProcessEndpoint is the base endpoint of configs built by [ForWorld]. No
// request leaves the process, so any URL would do.
const InProcessEndpoint = "http://sharesim.local"

// ForWorld returns a config whose clients call world in process, without a
// socket, as account in region. The account travels as the access key ID,
// which is how sharesim tells callers apart.
func ForWorld(world *sharesim.World, account, region string) aws.Config {
	cfg := ForEndpoint(InProcessEndpoint, account, region)
	cfg.HTTPClient = world.HTTPClient()
	return cfg
}

// ForEndpoint returns a config whose clients call a sharesim endpoint, such
// as a started cmd/sharesim at "http://127.0.0.1:8080", as account in
// region.
func ForEndpoint(endpoint, account, region string) aws.Config {
	return aws.Config{
		Region:       region,
		Credentials:  credentials.NewStaticCredentialsProvider(account, "sharesim", ""),
		BaseEndpoint: aws.String(endpoint),
	}
}
