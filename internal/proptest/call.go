package proptest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/sharesim/sharesim/internal/awsmodel"
)

// Call makes a call and recovers from a panic in it: panicked is then the
// panic's value and the stack, and out and err are zero.
func Call[T any](call func() (T, error)) (out T, err error, panicked string) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Sprintf("%v\n%s", r, debug.Stack())
		}
	}()
	out, err = call()
	return out, err, ""
}

// NilInput returns a call of the facade client's method op with a nil
// input, which the facades take for an empty one.
func NilInput(client any, op string) func() (any, error) {
	m := reflect.ValueOf(client).MethodByName(op)
	return func() (any, error) {
		res := m.Call([]reflect.Value{reflect.ValueOf(context.Background()), reflect.Zero(m.Type().In(1))})
		err, _ := res[1].Interface().(error)
		return res[0].Interface(), err
	}
}

// Exception is what sharesim's exceptions and the AWS SDK's offer alike.
type Exception interface {
	error
	ErrorCode() string
	ErrorMessage() string
	HTTPStatusCode() int
}

// Code returns the code of the exception err is, OK for no error, or the
// error's text when it is no exception.
func Code(err error) string {
	if err == nil {
		return OK
	}
	var ex Exception
	if errors.As(err, &ex) {
		return ex.ErrorCode()
	}
	return err.Error()
}

// Model is what a property test checks the exceptions of a service's failed
// calls against.
type Model struct {
	// Service is the AWS service model, which gives each exception's HTTP
	// status.
	Service *awsmodel.Service
	// Modeled lists, per operation, the exceptions its model declares,
	// named without the "Exception" suffix.
	Modeled map[string][]string
	// Decided lists, per operation, the exceptions the spec adds to those
	// the model declares.
	Decided map[string][]string
}

// Operations returns the operations Modeled lists, in order.
func (m Model) Operations() []string { return slices.Sorted(maps.Keys(m.Modeled)) }

// Check returns the exception err is, and an error that says what is wrong
// unless it is one that op models, or the spec adds, with the model's HTTP
// status and a message. An internal error is wrong, and so is a throttling,
// which a world without a throttle never provokes.
func (m Model) Check(op string, err error) (Exception, error) {
	var ex Exception
	if !errors.As(err, &ex) {
		return nil, fmt.Errorf("error %v is no exception", err)
	}
	code := ex.ErrorCode()
	short := strings.TrimSuffix(code, "Exception")
	allowed, ok := m.Modeled[op]
	switch {
	case !ok:
		return ex, fmt.Errorf("no modeled exceptions listed for %s", op)
	case code == "InternalServerException":
		return ex, fmt.Errorf("internal error: %w", err)
	case code == "ThrottlingException":
		return ex, fmt.Errorf("throttled without a Throttle option: %w", err)
	case !slices.Contains(allowed, short) && !slices.Contains(m.Decided[op], short):
		return ex, fmt.Errorf("%s does not model %s (%w)", op, code, err)
	}
	if st := m.Service.Errors[code]; st != ex.HTTPStatusCode() {
		return ex, fmt.Errorf("%s has HTTP status %d, the model says %d", code, ex.HTTPStatusCode(), st)
	}
	if ex.ErrorMessage() == "" {
		return ex, fmt.Errorf("%s without a message", code)
	}
	return ex, nil
}
