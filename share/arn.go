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
	var f [5]string
	rest := s
	for i := range f {
		j := strings.IndexByte(rest, ':')
		if j < 0 {
			return ARN{}, ErrMalformedARN
		}
		f[i], rest = rest[:j], rest[j+1:]
	}
	if f[0] != "arn" || f[1] == "" || f[2] == "" || rest == "" {
		return ARN{}, ErrMalformedARN
	}
	return ARN{Partition: f[1], Service: f[2], Region: f[3], Account: f[4], Resource: rest}, nil
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
