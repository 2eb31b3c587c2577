package share

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseARN(t *testing.T) {
	a, err := ParseARN("arn:aws:ram:us-east-1:111111111111:resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE")
	assert.NoError(t, err)
	assert.Equal(t, ARN{"aws", "ram", "us-east-1", "111111111111", "resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE"}, a)
	assert.Equal(t, "resource-share", a.ResourceType())
	assert.Equal(t, "7ab63972-b505-7e2a-420d-6f5d3EXAMPLE", a.ResourceID())

	g, err := ParseARN("arn:aws:route53resolver:::resolver-rule:rslvr-rr-1/x:y")
	assert.NoError(t, err)
	assert.Equal(t, "resolver-rule", g.ResourceType())
	assert.Equal(t, "rslvr-rr-1/x:y", g.ResourceID(), "the resource keeps its colons")

	for _, bad := range []string{"", "arn", "arn:aws:ram:us-east-1:111111111111", "arn::ram:r:a:x", "arn:aws::r:a:x", "arn:aws:ram:r:a:", "ARN:aws:ram:r:a:x"} {
		_, err := ParseARN(bad)
		assert.ErrorIs(t, err, ErrMalformedARN, bad)
	}
}

func FuzzARNRoundTrip(f *testing.F) {
	f.Add("aws", "ram", "us-east-1", "111111111111", "resource-share/abc")
	f.Add("aws", "iam", "", "111111111111", "role/path/name")
	f.Add("aws-cn", "ec2", "cn-north-1", "", "subnet/subnet-1:2")
	f.Fuzz(func(t *testing.T, partition, service, region, account, resource string) {
		a := ARN{partition, service, region, account, resource}
		parsed, err := ParseARN(a.String())
		valid := partition != "" && service != "" && resource != "" &&
			!strings.Contains(partition+service+region+account, ":")
		if !valid {
			return
		}
		if err != nil || parsed != a {
			t.Fatalf("ParseARN(%q) = %+v, %v; want %+v", a.String(), parsed, err, a)
		}
	})
}

func FuzzParseARNNeverPanics(f *testing.F) {
	f.Add("arn:aws:ram:us-east-1:111111111111:resource-share/x")
	f.Add(":::::::")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseARN(s)
		if err == nil && a.String() != s {
			t.Fatalf("parse then format changed %q into %q", s, a.String())
		}
		_, _ = ParsePrincipal(s)
	})
}
