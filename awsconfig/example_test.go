package awsconfig_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/service/organizations"
	"github.com/aws/aws-sdk-go-v2/service/organizations/types"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/awsconfig"
)

// Real aws-sdk-go-v2 clients for two accounts of one simulated world.
func ExampleForWorld() {
	ctx := context.Background()
	w := sharesim.New(nil)
	management := organizations.NewFromConfig(awsconfig.ForWorld(w, "111111111111", "us-east-1"))
	member := organizations.NewFromConfig(awsconfig.ForWorld(w, "222222222222", "us-east-1"))

	out, err := management.CreateOrganization(ctx, &organizations.CreateOrganizationInput{
		FeatureSet: types.OrganizationFeatureSetAll})
	if err != nil {
		panic(err)
	}
	fmt.Println("management account:", *out.Organization.MasterAccountId)

	_, err = member.DescribeOrganization(ctx, &organizations.DescribeOrganizationInput{})
	var notInUse *types.AWSOrganizationsNotInUseException
	fmt.Println("member not in an organization:", errors.As(err, &notInUse))
	// Output:
	// management account: 111111111111
	// member not in an organization: true
}
