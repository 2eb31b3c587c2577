package organizations

import (
	"regexp"
	"slices"
	"unicode/utf8"

	"github.com/sharesim/sharesim/internal/awsmodel"
	"github.com/sharesim/sharesim/organizations/types"
	"github.com/sharesim/sharesim/share"
)

// Patterns from the service model (organizations.md §5), written as the
// model writes them. Go's MatchString, like Smithy's pattern trait, is not
// anchored (wire.md §4): a pattern without ^...$ matches any string that
// contains a match, and ParentId's and ChildId's ^(a)|(b)$ anchor a at the
// start and b at the end only. AccountName alone departs from the model's
// text, [\u0020-\u007E]+: it is anchored, because organizations.md §5 makes
// every character of it printable ASCII. (RE2's \s is ASCII whitespace,
// ECMA-262's takes in Unicode spaces too; Email keeps RE2's.)
var (
	accountIDRE   = regexp.MustCompile(`^\d{12}$`)
	parentIDRE    = regexp.MustCompile(`^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$`)
	ouIDRE        = regexp.MustCompile(`^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$`)
	childIDRE     = regexp.MustCompile(`^(\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$`)
	carIDRE       = regexp.MustCompile(`^car-[a-z0-9]{8,32}$`)
	handshakeIDRE = regexp.MustCompile(`^h-[0-9a-z]{8,32}$`)
	emailRE       = regexp.MustCompile(`[^` + awsmodel.Space + `@]+@[^` + awsmodel.Space + `@]+\.[^` + awsmodel.Space + `@]+`)
	accountNameRE = regexp.MustCompile(`^[\x{20}-\x{7E}]+$`)
	roleNameRE    = regexp.MustCompile(`[\w+=,.@-]{1,64}`)
)

// The model's maximum lengths of ParentId and ChildId, which their patterns,
// anchored at one end only, do not bound.
const maxParentIDLen, maxChildIDLen = 100, 100

// maxHandshakeIDLen is the model's maximum length of HandshakeId. Its
// anchored pattern allows no more, but the length is checked first, as for
// every other member (organizations.md §4).
const maxHandshakeIDLen = 34

var errInputMissing = invalidInput(types.InvalidInputExceptionReasonInputRequired)

// checker collects the first validation failure, in the order checks run.
type checker struct{ err error }

func (c *checker) fail(r types.InvalidInputExceptionReason) {
	if c.err == nil {
		c.err = invalidInput(r)
	}
}

// required fails with INPUT_REQUIRED when v is nil or empty.
func (c *checker) required(v *string) bool {
	if v == nil || *v == "" {
		if c.err == nil {
			c.err = errInputMissing
		}
		return false
	}
	return true
}

// str checks a string's length and pattern, in that order.
func (c *checker) str(v *string, minLen, maxLen int, re *regexp.Regexp, patternReason types.InvalidInputExceptionReason) {
	if v == nil {
		return
	}
	n := utf8.RuneCountInString(*v)
	switch {
	case n < minLen:
		c.fail(types.InvalidInputExceptionReasonMinLengthExceeded)
	case n > maxLen:
		c.fail(types.InvalidInputExceptionReasonMaxLengthExceeded)
	case re != nil && !re.MatchString(*v):
		c.fail(patternReason)
	}
}

// tags checks Tag members: Key and Value present, Key 1–128 characters,
// Value at most 256 (the model's Tag; its patterns match any string).
func (c *checker) tags(ts []types.Tag) {
	for _, t := range ts {
		c.required(t.Key)
		if t.Value == nil {
			c.required(nil)
		}
	}
	for _, t := range ts {
		c.str(t.Key, 1, 128, nil, "")
		c.str(t.Value, 0, 256, nil, "")
	}
}

func (c *checker) pattern(v *string, re *regexp.Regexp) {
	c.str(v, 0, 1<<30, re, types.InvalidInputExceptionReasonInvalidPattern)
}

// parentID checks a ParentId member: at most 100 characters, then the model's
// pattern.
func (c *checker) parentID(v *string) {
	c.str(v, 0, maxParentIDLen, parentIDRE, types.InvalidInputExceptionReasonInvalidPattern)
}

// childID checks a ChildId member likewise.
func (c *checker) childID(v *string) {
	c.str(v, 0, maxChildIDLen, childIDRE, types.InvalidInputExceptionReasonInvalidPattern)
}

// handshakeID checks a HandshakeId member: at most 34 characters, then the
// model's pattern.
func (c *checker) handshakeID(v *string) {
	c.str(v, 0, maxHandshakeIDLen, handshakeIDRE, types.InvalidInputExceptionReasonInvalidPattern)
}

// handshakeFilter checks a HandshakeFilter and returns it for the domain:
// ActionType from the model's enum (INVALID_ENUM), ParentHandshakeId as a
// HandshakeId, and then that at most one of them is set
// (MAX_LIMIT_EXCEEDED_FILTER). The model's HandshakeFilter says that
// ActionType and ParentHandshakeId exclude each other, and the
// InvalidInputException documentation describes the reason as "You can
// specify only one filter parameter for the operation". Checking the members
// before their combination is a decision.
func (c *checker) handshakeFilter(f *types.HandshakeFilter) share.HandshakeFilter {
	if f == nil {
		return share.HandshakeFilter{}
	}
	if f.ActionType != "" && !slices.Contains(f.ActionType.Values(), f.ActionType) {
		c.fail(types.InvalidInputExceptionReasonInvalidEnum)
	}
	c.handshakeID(f.ParentHandshakeId)
	if f.ActionType != "" && f.ParentHandshakeId != nil {
		c.fail(types.InvalidInputExceptionReasonMaxLimitExceededFilter)
	}
	out := share.HandshakeFilter{ActionType: string(f.ActionType)}
	if f.ParentHandshakeId != nil {
		out.ParentHandshakeID = *f.ParentHandshakeId
	}
	return out
}

// maxResults checks the 1–20 range of every Organizations listing and
// returns the page size (20 when unset).
func (c *checker) maxResults(v *int32) int {
	switch {
	case v == nil:
		return 20
	case *v < 1:
		c.fail(types.InvalidInputExceptionReasonMinValueExceeded)
	case *v > 20:
		c.fail(types.InvalidInputExceptionReasonMaxValueExceeded)
	}
	if v == nil {
		return 20
	}
	return int(*v)
}
