package share

import "regexp"

// PrincipalKind is the kind of a sharing principal.
type PrincipalKind int

// The principal kinds RAM and Well-Architected share with.
const (
	PrincipalAccount PrincipalKind = iota + 1
	PrincipalOrganization
	PrincipalOrganizationalUnit
	PrincipalIAMRole
	PrincipalIAMUser
	PrincipalService
)

// String names the kind, e.g. "organizational-unit".
func (k PrincipalKind) String() string {
	switch k {
	case PrincipalAccount:
		return "account"
	case PrincipalOrganization:
		return "organization"
	case PrincipalOrganizationalUnit:
		return "organizational-unit"
	case PrincipalIAMRole:
		return "iam-role"
	case PrincipalIAMUser:
		return "iam-user"
	case PrincipalService:
		return "service"
	}
	return "unknown"
}

// Principal is a parsed sharing principal. Raw is the string as given, which
// RAM reports back as the associated entity.
type Principal struct {
	Raw  string
	Kind PrincipalKind
	// Account is the 12-digit account: the account itself, the IAM role's or
	// user's account, or the management account named in an organization or
	// OU ARN. Empty for service principals.
	Account string
	// OrgID is the o-... ID of an organization or OU principal.
	OrgID string
	// OUID is the ou-... ID of an OU principal.
	OUID string
}

var principalPatterns = []struct {
	kind PrincipalKind
	re   *regexp.Regexp
}{
	{PrincipalAccount, regexp.MustCompile(`^(\d{12})$`)},
	{PrincipalOrganization, regexp.MustCompile(`^arn:aws:organizations::(\d{12}):organization/(o-[a-z0-9]{10,32})$`)},
	{PrincipalOrganizationalUnit, regexp.MustCompile(`^arn:aws:organizations::(\d{12}):ou/(o-[a-z0-9]{10,32})/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$`)},
	{PrincipalIAMRole, regexp.MustCompile(`^arn:aws:iam::(\d{12}):role/(.+)$`)},
	{PrincipalIAMUser, regexp.MustCompile(`^arn:aws:iam::(\d{12}):user/(.+)$`)},
	{PrincipalService, regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*\.amazonaws\.com$`)},
}

// ParsePrincipal recognizes s as one of the principal kinds, trying the
// patterns in the order of ram.md §C.2. Anything else, including a bare
// "o-..." ID or an "arn:aws:iam::<id>:root" ARN, is not a principal.
func ParsePrincipal(s string) (Principal, bool) {
	for _, p := range principalPatterns {
		m := p.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		pr := Principal{Raw: s, Kind: p.kind}
		switch p.kind {
		case PrincipalAccount, PrincipalIAMRole, PrincipalIAMUser:
			pr.Account = m[1]
		case PrincipalOrganization:
			pr.Account, pr.OrgID = m[1], m[2]
		case PrincipalOrganizationalUnit:
			pr.Account, pr.OrgID, pr.OUID = m[1], m[2], m[3]
		}
		return pr, true
	}
	return Principal{}, false
}

// IsIAM reports whether the principal is an IAM role or user.
func (p Principal) IsIAM() bool {
	return p.Kind == PrincipalIAMRole || p.Kind == PrincipalIAMUser
}
