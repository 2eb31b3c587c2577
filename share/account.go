package share

import "regexp"

var (
	accountRE = regexp.MustCompile(`^\d{12}$`)
	regionRE  = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-\d$`)
)

// ValidAccount reports whether s is a 12-digit AWS account ID. Any such string
// names an account: accounts exist as soon as they are named.
func ValidAccount(s string) bool { return accountRE.MatchString(s) }

// ValidRegion reports whether s looks like an AWS region name, such as
// "us-east-1" or "us-gov-west-1".
func ValidRegion(s string) bool { return regionRE.MatchString(s) }

// Caller is who makes a call: an account, acting in a region.
type Caller struct {
	Account string
	Region  string
}
