package wellarchitected

import (
	"fmt"
	"regexp"
	"slices"
	"unicode/utf8"

	"github.com/sharesim/sharesim/internal/awsmodel"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// check collects the violations of one input in the spec's order: missing
// required members first, then constraint violations, each in member order.
type check struct {
	missing []string
	invalid []types.ValidationExceptionField
}

func (v *check) require(name string, present bool) {
	if !present {
		v.missing = append(v.missing, name)
	}
}

func (v *check) fail(name, why string) {
	v.invalid = append(v.invalid, types.ValidationExceptionField{Name: ptr(name), Message: ptr(why)})
}

// length checks the length of an optional string member, in characters.
func (v *check) length(name string, s *string, min, max int) {
	if s == nil {
		return
	}
	n := utf8.RuneCountInString(*s)
	if n < min || n > max {
		v.fail(name, fmt.Sprintf("length must be between %d and %d", min, max))
	}
}

func (v *check) pattern(name string, s *string, re *regexp.Regexp) {
	if s != nil && !re.MatchString(*s) {
		v.fail(name, fmt.Sprintf("must match pattern %s", re.String()))
	}
}

// enum checks an optional enum member against its values.
func enum[E ~string](v *check, name string, e E, values []E) {
	if e != "" && !slices.Contains(values, e) {
		v.fail(name, fmt.Sprintf("must be one of %v", values))
	}
}

func (v *check) maxResults(m *int32) {
	if m != nil && (*m < 1 || *m > 50) {
		v.fail("MaxResults", "must be between 1 and 50")
	}
}

func (v *check) tags(t map[string]string) {
	if t == nil {
		return
	}
	if len(t) < 1 || len(t) > 50 {
		v.fail("Tags", "must have between 1 and 50 entries")
		return
	}
	for k, val := range t {
		if n := utf8.RuneCountInString(k); n < 1 || n > 128 {
			v.fail("Tags", "keys must be between 1 and 128 characters")
			return
		}
		if utf8.RuneCountInString(val) > 256 {
			v.fail("Tags", "values must be at most 256 characters")
			return
		}
	}
}

func (v *check) token(t *string) {
	v.require("ClientRequestToken", t != nil)
	v.length("ClientRequestToken", t, 1, 2048)
}

// err returns the first violation as a ValidationException, or nil.
func (v *check) err() error {
	if len(v.missing) > 0 {
		name := v.missing[0]
		return &types.ValidationException{
			Message: ptr(fmt.Sprintf("[Validation] %s is required", name)),
			Reason:  types.ValidationExceptionReasonFieldValidationFailed,
			Fields:  []types.ValidationExceptionField{{Name: ptr(name), Message: ptr("is required")}},
		}
	}
	if len(v.invalid) > 0 {
		f := v.invalid[0]
		return invalidValue(*f.Name, *f.Message)
	}
	return nil
}

// invalidValue is W1.
func invalidValue(name, why string) *types.ValidationException {
	return &types.ValidationException{
		Message: ptr(fmt.Sprintf("[Validation] Invalid value for %s: %s", name, why)),
		Reason:  types.ValidationExceptionReasonFieldValidationFailed,
		Fields:  []types.ValidationExceptionField{{Name: ptr(name), Message: ptr(why)}},
	}
}

var (
	hex32RE          = regexp.MustCompile(`[0-9a-f]{32}`)
	profileARNRE     = regexp.MustCompile(`arn:aws[-a-z]*:wellarchitected:[a-z]{2}(-gov)?-[a-z]+-\d:\d{12}:profile/[a-z0-9]+`)
	templateARNRE    = regexp.MustCompile(`arn:aws(-us-gov|-iso(-[a-z])?|-cn)?:wellarchitected:[a-z]{2}(-gov|-iso([a-z])?)?-[a-z]+-\d:\d{12}:(review-template)/[a-f0-9]{32}`)
	templateTextRE   = regexp.MustCompile(`^[A-Za-z0-9-_.,:/()@!&?#+'’` + awsmodel.Space + `]+$`)
	profileVerRE     = regexp.MustCompile(`^[A-Za-z0-9-]+$`)
	accountRE        = regexp.MustCompile(`^\d{12}$`)
	archDesignRE     = regexp.MustCompile(`^(|(https?|ftp):\/\/[^` + awsmodel.Space + `/$.?#].[^` + awsmodel.Space + `]*)$`)
	applicationARNRE = regexp.MustCompile(`arn:aws[-a-z]*:servicecatalog:[a-z]{2}(-gov)?-[a-z]+-\d:\d{12}:/applications/[a-z0-9]+`)
	jiraProjectKeyRE = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
)

func (v *check) workloadID(id *string) {
	v.require("WorkloadId", id != nil)
	v.length("WorkloadId", id, 32, 32)
	v.pattern("WorkloadId", id, hex32RE)
}

func (v *check) lensAlias(a *string) {
	v.require("LensAlias", a != nil)
	v.length("LensAlias", a, 1, 128)
}

func (v *check) profileARN(name string, a *string) {
	v.length(name, a, 0, 2084)
	v.pattern(name, a, profileARNRE)
}

func (v *check) templateARN(name string, a *string) {
	v.length(name, a, 50, 250)
	v.pattern(name, a, templateARNRE)
}

func (v *check) shareID(id *string) {
	v.require("ShareId", id != nil)
	v.pattern("ShareId", id, hex32RE)
}

// sharedWith checks a SharedWith member: its length, then its form.
func (v *check) sharedWith(s *string) {
	v.require("SharedWith", s != nil)
	if s == nil {
		return
	}
	if n := utf8.RuneCountInString(*s); n < 12 || n > 2048 || !share.ValidWASharedWith(*s) {
		v.fail("SharedWith", *s)
	}
}

func (v *check) shareListFilters(prefix *string, status types.ShareStatus, max *int32) {
	v.length("SharedWithPrefix", prefix, 0, 100)
	enum(v, "Status", status, types.ShareStatus("").Values())
	v.maxResults(max)
}
