package share

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParsePrincipal(t *testing.T) {
	cases := []struct {
		in   string
		want Principal
		ok   bool
	}{
		{"222222222222", Principal{Kind: PrincipalAccount, Account: "222222222222"}, true},
		{"arn:aws:organizations::111111111111:organization/o-abcdef1234", Principal{Kind: PrincipalOrganization, Account: "111111111111", OrgID: "o-abcdef1234"}, true},
		{"arn:aws:organizations::111111111111:ou/o-abcdef1234/ou-ab12-abcdefgh", Principal{Kind: PrincipalOrganizationalUnit, Account: "111111111111", OrgID: "o-abcdef1234", OUID: "ou-ab12-abcdefgh"}, true},
		{"arn:aws:iam::222222222222:role/path/to/Admin", Principal{Kind: PrincipalIAMRole, Account: "222222222222"}, true},
		{"arn:aws:iam::222222222222:user/alice", Principal{Kind: PrincipalIAMUser, Account: "222222222222"}, true},
		{"elasticmapreduce.amazonaws.com", Principal{Kind: PrincipalService}, true},
		{"o-abcdef1234", Principal{}, false},
		{"ou-ab12-abcdefgh", Principal{}, false},
		{"arn:aws:iam::222222222222:root", Principal{}, false},
		{"organizations::111111111111:organization/o-abcdef1234", Principal{}, false},
		{"22222222222", Principal{}, false},
		{"2222222222222", Principal{}, false},
		{"arn:aws:organizations::111111111111:organization/o-short", Principal{}, false},
		{"Service.amazonaws.com", Principal{}, false},
		{"", Principal{}, false},
	}
	for _, c := range cases {
		got, ok := ParsePrincipal(c.in)
		assert.Equal(t, c.ok, ok, c.in)
		if c.ok {
			c.want.Raw = c.in
			assert.Equal(t, c.want, got, c.in)
		}
	}
	p, _ := ParsePrincipal("arn:aws:iam::222222222222:user/alice")
	assert.True(t, p.IsIAM())
	p, _ = ParsePrincipal("222222222222")
	assert.False(t, p.IsIAM())
}

func TestValidAccountAndRegion(t *testing.T) {
	assert.True(t, ValidAccount("123456789012"))
	assert.False(t, ValidAccount("12345678901a"))
	for _, r := range []string{"us-east-1", "eu-west-3", "us-gov-west-1", "ap-southeast-2"} {
		assert.True(t, ValidRegion(r), r)
	}
	for _, r := range []string{"", "us-east", "US-EAST-1", "useast1", "us-east-1a"} {
		assert.False(t, ValidRegion(r), r)
	}
}
