package share

import (
	"errors"
	"strings"
)

// ARN is an Amazon Resource Name split into its six fields:
// arn:partition:service:region:account:resource.
type ARN struct {
	Partition string
	Service   string
	Region    string
	Account   string
	Resource  string
}

// ErrMalformedARN is returned by [ParseARN] for a string that is not an ARN.
var ErrMalformedARN = errors.New("share: malformed ARN")

// ParseARN splits s into its fields. It checks only the structure: the "arn"
// prefix, six colon-separated fields, and non-empty partition, service and
// resource. The resource field keeps any further colons.
func ParseARN(s string) (ARN, error) {
	parts := strings.SplitN(s, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[1] == "" || parts[2] == "" || parts[5] == "" {
		return ARN{}, ErrMalformedARN
	}
	return ARN{Partition: parts[1], Service: parts[2], Region: parts[3], Account: parts[4], Resource: parts[5]}, nil
}

// String formats the ARN. ParseARN(a.String()) == a for every ARN whose
// partition, service, region and account hold no colon and whose partition,
// service and resource are non-empty.
func (a ARN) String() string {
	return "arn:" + a.Partition + ":" + a.Service + ":" + a.Region + ":" + a.Account + ":" + a.Resource
}

// ResourceType returns the resource part's type token: the text before the
// first "/" or ":" ("resource-share" for "resource-share/1234").
func (a ARN) ResourceType() string {
	if i := strings.IndexAny(a.Resource, "/:"); i >= 0 {
		return a.Resource[:i]
	}
	return a.Resource
}

// ResourceID returns the resource part after the type token and its
// separator, or "" when there is none.
func (a ARN) ResourceID() string {
	if i := strings.IndexAny(a.Resource, "/:"); i >= 0 {
		return a.Resource[i+1:]
	}
	return ""
}
