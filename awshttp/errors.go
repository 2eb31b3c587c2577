package awshttp

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/sharesim/sharesim/internal/awsjson"
)

const (
	codeUnknownOperation = "UnknownOperationException"
	codeNotImplemented   = "NotImplementedException"
)

type reasonKind int

// The kinds of bad request the wire layer rejects itself; each service
// names them with its own reason value.
const (
	reasonParse    reasonKind = iota // the body or a path or query value does not parse
	reasonRegion                     // the signing region is malformed
	reasonTooLarge                   // the body is over MaxBodyBytes
)

// wireError is an error the wire layer answers with: an AWS exception shape
// name, its HTTP status and its JSON body members. Either members (already
// encoded, without __type) or message is set.
type wireError struct {
	status  int
	code    string
	message string
	extra   [][2]string // further string members, in order
	members []byte      // the encoded exception, for facade errors
	msgKey  string      // the message member name; "" means "message"
	cause   string      // what went wrong inside, for the log only
}

// apiError is what facade exceptions implement.
type apiError interface {
	error
	ErrorCode() string
	ErrorMessage() string
}

// fromFacade turns a facade error into the exception on the wire. An error
// that is not an AWS exception becomes the service's internal error.
func (s *service) fromFacade(err error) *wireError {
	var ae apiError
	if !errors.As(err, &ae) {
		return internalError(s, err.Error())
	}
	code := ae.ErrorCode()
	status, ok := s.model.Errors[code]
	if !ok {
		var hs interface{ HTTPStatusCode() int }
		if errors.As(err, &hs) {
			status = hs.HTTPStatusCode()
		} else {
			status = http.StatusBadRequest
		}
	}
	members, merr := awsjson.Marshal(ae)
	if merr != nil {
		return &wireError{status: status, code: code, message: ae.ErrorMessage(), msgKey: s.vocab.message}
	}
	return &wireError{status: status, code: code, members: members}
}

// validationError is the service's exception for a request that does not
// parse or carries a value the wire layer rejects.
func (s *service) validationError(message string, kind reasonKind) *wireError {
	e := &wireError{status: s.model.Errors[s.vocab.validation], code: s.vocab.validation,
		message: message, msgKey: s.vocab.message}
	if e.status == 0 {
		e.status = http.StatusBadRequest
	}
	if kind != reasonRegion && s.vocab.parseMessage != "" {
		e.message = s.vocab.parseMessage
	}
	if kind != reasonRegion {
		e.message = s.vocab.prefix + e.message
	}
	if s.vocab.reason != "" {
		e.extra = [][2]string{{s.vocab.reason, s.vocab.reasons[kind]}}
	}
	return e
}

// opValidationError is validationError for a request of operation op. Where
// the service's facade maps an exception the operation's model does not list
// to the one the operation returns instead (vocabulary.modeled), the wire
// layer's exception takes the same way: RAM's invitation operations, for one,
// model no InvalidParameterException.
func (s *service) opValidationError(op *operation, message string, kind reasonKind) *wireError {
	e := s.validationError(message, kind)
	if s.vocab.modeled == nil {
		return e
	}
	raised := codedError{code: e.code, message: e.message}
	if err := s.vocab.modeled(op.model.Name, raised); err != error(raised) {
		return s.fromFacade(err)
	}
	return e
}

// codedError is an exception raised by the wire layer, as a facade sees
// one.
type codedError struct{ code, message string }

func (e codedError) Error() string        { return e.code + ": " + e.message }
func (e codedError) ErrorCode() string    { return e.code }
func (e codedError) ErrorMessage() string { return e.message }

// internalError is the service's server fault; cause goes to the log only.
func internalError(s *service, cause string) *wireError {
	if s == nil {
		return &wireError{status: http.StatusInternalServerError, code: "InternalFailure", message: "Internal error",
			cause: cause}
	}
	return &wireError{status: http.StatusInternalServerError, code: s.vocab.internal, message: "Internal error",
		msgKey: s.vocab.message, cause: cause}
}

func notImplemented(s *service, op string) *wireError {
	return &wireError{status: http.StatusNotImplemented, code: codeNotImplemented,
		message: "sharesim does not implement " + s.model.ID + "." + op, msgKey: s.vocab.message}
}

// body renders the error's JSON body, __type first.
func (e *wireError) body() []byte {
	var b bytes.Buffer
	b.WriteString(`{"__type":`)
	writeJSONString(&b, e.code)
	if e.members != nil {
		if rest := bytes.TrimPrefix(bytes.TrimSpace(e.members), []byte("{")); !bytes.HasPrefix(rest, []byte("}")) {
			b.WriteByte(',')
			b.Write(rest)
			return b.Bytes()
		}
		b.WriteByte('}')
		return b.Bytes()
	}
	key := e.msgKey
	if key == "" {
		key = "message"
	}
	b.WriteByte(',')
	writeJSONString(&b, key)
	b.WriteByte(':')
	writeJSONString(&b, e.message)
	for _, kv := range e.extra {
		b.WriteByte(',')
		writeJSONString(&b, kv[0])
		b.WriteByte(':')
		writeJSONString(&b, kv[1])
	}
	b.WriteByte('}')
	return b.Bytes()
}

func writeJSONString(b *bytes.Buffer, s string) {
	raw, _ := json.Marshal(s)
	b.Write(raw)
}

// writeError is the one error writer: X-Amzn-ErrorType with the exact shape
// name, the service's body, the shape's HTTP status.
func (req *request) writeError(e *wireError) {
	req.entry.Err = e.cause
	ct := "application/json"
	if req.svc != nil {
		ct = req.svc.contentType()
		if e.msgKey == "" && e.members == nil {
			e.msgKey = req.svc.vocab.message
		}
	}
	h := req.w.Header()
	h[headerContentType] = []string{ct}
	h[headerErrorType] = []string{e.code}
	req.w.WriteHeader(e.status)
	_, _ = req.w.Write(e.body())
}
