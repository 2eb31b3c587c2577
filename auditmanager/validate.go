package auditmanager

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sharesim/sharesim/auditmanager/types"
)

// Patterns of the model, with the text the error message quotes.
type pattern struct {
	text string
	re   *regexp.Regexp
}

func pat(text string) pattern { return pattern{text, regexp.MustCompile(text)} }

var (
	patUUID           = pat(`^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$`)
	patAccount        = pat(`^[0-9]{12}$`)
	patRegion         = pat(`^[a-z]{2}-[a-z]+-[0-9]{1}$`)
	patToken          = pat(`^[A-Za-z0-9+\/=]*$`)
	patName           = pat(`^[^\\]*$`)
	patControlSetName = pat(`^[^\\\_]*$`)
	patKeywordValue   = pat(`^[a-zA-Z_0-9-\s().:\/]+$`)
	patKMSKey         = pat(`^arn:.*:kms:.*|DEFAULT`)
	patCatalogID      = pat(`^arn:.*:controlcatalog:.*|UNCATEGORIZED`)
	// The model's tag key pattern is ^(?!aws:)[a-zA-Z+-=._:/]+$; RE2 has no
	// lookahead, so the aws: prefix is refused separately.
	tagKeyText = `^(?!aws:)[a-zA-Z+-=._:/]+$`
	tagKeyRE   = regexp.MustCompile(`^[a-zA-Z+-=._:/]+$`)
)

// validator checks members in request order and keeps the first failure.
type validator struct{ err *types.ValidationException }

func (v *validator) fail(member, value, constraint string) {
	if v.err != nil {
		return
	}
	v.err = &types.ValidationException{
		Message: ptr(fmt.Sprintf("1 validation error detected: Value '%s' at '%s' failed to satisfy constraint: %s", value, member, constraint)),
		Reason:  types.ValidationExceptionReasonFieldValidationFailed,
		Fields:  []types.ValidationExceptionField{{Name: ptr(member), Message: ptr(constraint)}},
	}
}

func (v *validator) result() error {
	if v.err == nil {
		return nil
	}
	return v.err
}

// str checks an optional (or, with required, mandatory) string member.
// minLen applies only when the value is present.
func (v *validator) str(member string, s *string, required bool, minLen, maxLen int, p *pattern) {
	if s == nil {
		if required {
			v.fail(member, "null", "Member must not be null")
		}
		return
	}
	n := utf8.RuneCountInString(*s)
	switch {
	case n < minLen:
		v.fail(member, *s, fmt.Sprintf("Member must have length greater than or equal to %d", minLen))
	case maxLen > 0 && n > maxLen:
		v.fail(member, *s, fmt.Sprintf("Member must have length less than or equal to %d", maxLen))
	case p != nil && !p.re.MatchString(*s):
		v.fail(member, *s, "Member must satisfy regular expression pattern: "+p.text)
	}
}

// enum checks an enum member; the empty value counts as absent.
func enum[E ~string](v *validator, member string, val E, required bool, values []E) {
	if val == "" {
		if required {
			v.fail(member, "null", "Member must not be null")
		}
		return
	}
	if !slices.Contains(values, val) {
		names := make([]string, len(values))
		for i, x := range values {
			names[i] = string(x)
		}
		v.fail(member, string(val), "Member must satisfy enum value set: ["+strings.Join(names, ", ")+"]")
	}
}

func (v *validator) intRange(member string, n *int32, lo, hi int32) {
	switch {
	case n == nil:
	case *n < lo:
		v.fail(member, fmt.Sprint(*n), fmt.Sprintf("Member must have value greater than or equal to %d", lo))
	case *n > hi:
		v.fail(member, fmt.Sprint(*n), fmt.Sprintf("Member must have value less than or equal to %d", hi))
	}
}

func (v *validator) list(member string, n int, present bool, required bool, minItems int) {
	switch {
	case !present && required:
		v.fail(member, "null", "Member must not be null")
	case present && n < minItems:
		v.fail(member, "[]", fmt.Sprintf("Member must have length greater than or equal to %d", minItems))
	}
}

func (v *validator) tags(member string, tags map[string]string) {
	if tags == nil {
		return
	}
	if len(tags) > 50 {
		v.fail(member, fmt.Sprint(tags), "Member must have length less than or equal to 50")
		return
	}
	for _, k := range slices.Sorted(maps.Keys(tags)) {
		keyMember := member + ".key"
		switch n := utf8.RuneCountInString(k); {
		case n < 1:
			v.fail(keyMember, k, "Member must have length greater than or equal to 1")
		case n > 128:
			v.fail(keyMember, k, "Member must have length less than or equal to 128")
		case strings.HasPrefix(k, "aws:") || !tagKeyRE.MatchString(k):
			v.fail(keyMember, k, "Member must satisfy regular expression pattern: "+tagKeyText)
		}
		if utf8.RuneCountInString(tags[k]) > 256 {
			v.fail(member+".value", tags[k], "Member must have length less than or equal to 256")
		}
	}
}

// page checks the pagination members every list operation takes.
func (v *validator) page(token *string, maxResults *int32) {
	v.str("nextToken", token, false, 1, 1000, &patToken)
	v.intRange("maxResults", maxResults, 1, 1000)
}
