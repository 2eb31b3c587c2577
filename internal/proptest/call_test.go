package proptest

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/internal/awsmodel"
)

type exception struct {
	code, message string
	status        int
}

func (e *exception) Error() string        { return e.code + ": " + e.message }
func (e *exception) ErrorCode() string    { return e.code }
func (e *exception) ErrorMessage() string { return e.message }
func (e *exception) HTTPStatusCode() int  { return e.status }

func TestModelCheck(t *testing.T) {
	m := Model{
		Service: &awsmodel.Service{Errors: map[string]int{
			"ValidationException": 400, "ServiceQuotaExceededException": 402, "InternalServerException": 500, "ThrottlingException": 429}},
		Modeled: map[string][]string{"CreateShare": {"Validation", "InternalServer", "Throttling"}},
		Decided: map[string][]string{"CreateShare": {"ServiceQuotaExceeded"}},
	}
	for _, tc := range []struct {
		op      string
		err     error
		problem string
	}{
		{"CreateShare", &exception{"ValidationException", "bad", 400}, ""},
		{"CreateShare", fmt.Errorf("wrapped: %w", &exception{"ServiceQuotaExceededException", "full", 402}), ""},
		{"CreateShare", errors.New("boom"), "error boom is no exception"},
		{"DeleteShare", &exception{"ValidationException", "bad", 400}, "no modeled exceptions listed for DeleteShare"},
		{"CreateShare", &exception{"InternalServerException", "oops", 500}, "internal error: InternalServerException: oops"},
		{"CreateShare", &exception{"ThrottlingException", "slow", 429}, "throttled without a Throttle option: ThrottlingException: slow"},
		{"CreateShare", &exception{"ConflictException", "taken", 409}, "CreateShare does not model ConflictException (ConflictException: taken)"},
		{"CreateShare", &exception{"ValidationException", "bad", 409}, "ValidationException has HTTP status 409, the model says 400"},
		{"CreateShare", &exception{"ValidationException", "", 400}, "ValidationException without a message"},
	} {
		ex, err := m.Check(tc.op, tc.err)
		if tc.problem == "" {
			require.NoError(t, err, "%s: %v", tc.op, tc.err)
			assert.Equal(t, Code(tc.err), ex.ErrorCode())
			continue
		}
		assert.EqualError(t, err, tc.problem)
	}
	assert.Equal(t, []string{"CreateShare"}, m.Operations())
}

func TestCode(t *testing.T) {
	assert.Equal(t, OK, Code(nil))
	assert.Equal(t, "ValidationException", Code(fmt.Errorf("call: %w", &exception{code: "ValidationException"})))
	assert.Equal(t, "boom", Code(errors.New("boom")))
}

func TestCallRecoversAPanic(t *testing.T) {
	out, err, panicked := Call(func() (int, error) { return 7, errors.New("failed") })
	assert.Equal(t, 7, out)
	assert.EqualError(t, err, "failed")
	assert.Empty(t, panicked)

	out, err, panicked = Call(func() (int, error) { panic("nil map") })
	assert.Zero(t, out)
	assert.NoError(t, err)
	assert.Contains(t, panicked, "nil map\ngoroutine ")
}
