package awshttp

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"reflect"
	"strings"

	"github.com/sharesim/sharesim/internal/awsjson"
	"github.com/sharesim/sharesim/internal/awsmodel"
	"github.com/sharesim/sharesim/ram"
)

// service is one AWS service bound to its facade.
type service struct {
	model *awsmodel.Service
	// contentTypes is the Content-Type header value of every response.
	contentTypes []string
	// client returns the facade client for a caller.
	client func(account, region string) any
	// vocab is the service's error vocabulary.
	vocab vocabulary
	ops   map[string]*operation
	// routes are the rest-json routes, in model order.
	routes []route
}

// vocabulary names the members and exceptions a service uses for the errors
// the wire layer raises itself.
type vocabulary struct {
	message    string // the message member: "message" or "Message"
	validation string // the exception for a request that does not parse
	reason     string // the validation exception's reason member, if any
	reasons    map[reasonKind]string
	// parseMessage, if set, replaces the message of every parse failure and
	// too large body.
	parseMessage string
	// prefix starts the message of every parse failure and too large body
	// (the region's message is fixed by wire.md §3).
	prefix string
	// modeled, if set, maps an exception raised for an operation to one its
	// model lists, as the facade does with its own (ram.ModeledError).
	modeled func(op string, err error) error
	// bodyLimits are the operations whose bodies may exceed MaxBodyBytes.
	bodyLimits map[string]int64
	internal   string // the exception for a server fault
}

// operation is one model operation bound to its facade method. fn is the
// zero Value if the facade does not implement the operation yet.
type operation struct {
	model   *awsmodel.Operation
	fn      reflect.Value
	in      reflect.Type // the input struct type
	maxBody int64        // the largest request body accepted
}

type route struct {
	op   *operation
	segs []string // literal segments, or "{Label}"
}

// facade binds a service model to the facade that implements it.
type facade struct {
	model  *awsmodel.Service
	vocab  vocabulary
	client func(account, region string) any
}

// facades binds the four in-scope services to world's facades. Their order
// is the path-matching order of wire.md §2.
func facades(w World) []facade {
	return []facade{
		{awsmodel.RAM, vocabulary{
			message: "message", validation: "InvalidParameterException", internal: "ServerInternalException",
			modeled: ram.ModeledError,
		}, func(a, r string) any { return w.RAM(a, r) }},
		{awsmodel.AuditManager, vocabulary{
			message: "message", validation: "ValidationException", reason: "reason",
			reasons:  map[reasonKind]string{reasonParse: "cannotParse", reasonRegion: "other", reasonTooLarge: "other"},
			internal: "InternalServerException",
		}, func(a, r string) any { return w.AuditManager(a, r) }},
		{awsmodel.WellArchitected, vocabulary{
			message: "Message", validation: "ValidationException", reason: "Reason",
			reasons:    map[reasonKind]string{reasonParse: "CANNOT_PARSE", reasonRegion: "OTHER", reasonTooLarge: "OTHER"},
			prefix:     "[Validation] ", // wellarchitected.md §0.1
			internal:   "InternalServerException",
			bodyLimits: map[string]int64{"ImportLens": MaxImportLensBodyBytes},
		}, func(a, r string) any {
			// Strict: over the wire a request without ClientRequestToken is
			// refused (wellarchitected.md §0.3); SDKs always send one.
			return w.WellArchitected(a, r).Strict()
		}},
		{awsmodel.Organizations, vocabulary{
			message: "Message", validation: "InvalidInputException", reason: "Reason",
			// organizations.md §4: the message is always the same.
			reasons: map[reasonKind]string{reasonParse: "INPUT_REQUIRED", reasonRegion: "INVALID_PATTERN",
				reasonTooLarge: "MAX_LENGTH_EXCEEDED"},
			parseMessage: "You specified an invalid value.",
			internal:     "ServiceException",
		}, func(a, _ string) any { return w.Organizations(a) }},
	}
}

// newService binds every operation of f's model to the facade method of the
// same name, found by reflection on the facade's client type.
func newService(f facade) *service {
	m := f.model
	clientType := reflect.TypeOf(f.client("000000000000", DefaultRegion))
	s := &service{model: m, client: f.client, vocab: f.vocab, ops: map[string]*operation{}}
	s.contentTypes = []string{s.contentType()}
	for i := range m.Operations {
		op := &operation{model: &m.Operations[i], maxBody: MaxBodyBytes}
		if limit, ok := f.vocab.bodyLimits[op.model.Name]; ok {
			op.maxBody = limit
		}
		if meth, ok := clientType.MethodByName(op.model.Name); ok && isOperationMethod(meth.Type) {
			op.fn, op.in = meth.Func, meth.Type.In(2).Elem()
		}
		s.ops[op.model.Name] = op
		if m.Protocol == awsmodel.RESTJSON {
			path, _, _ := strings.Cut(op.model.Path, "?")
			s.routes = append(s.routes, route{op: op, segs: strings.Split(strings.TrimPrefix(path, "/"), "/")})
		}
	}
	return s
}

var (
	contextType = reflect.TypeFor[context.Context]()
	errorType   = reflect.TypeFor[error]()
)

// isOperationMethod reports whether t (a method type with its receiver) is
// func(recv, context.Context, *In) (*Out, error).
func isOperationMethod(t reflect.Type) bool {
	return t.NumIn() == 3 && t.In(1) == contextType &&
		t.In(2).Kind() == reflect.Pointer && t.In(2).Elem().Kind() == reflect.Struct &&
		t.NumOut() == 2 && t.Out(0).Kind() == reflect.Pointer && t.Out(1) == errorType
}

func (s *service) contentType() string {
	if s.model.Protocol == awsmodel.JSON11 {
		return "application/x-amz-json-1.1"
	}
	return "application/json"
}

// splitPath splits an escaped path into its still-escaped segments.
func splitPath(escaped string) []string {
	return strings.Split(strings.TrimPrefix(escaped, "/"), "/")
}

// matchesPath reports whether s has a route for the path, under method
// unless anyMethod.
func (s *service) matchesPath(method, escaped string, anyMethod bool) bool {
	segs := splitPath(escaped)
	for _, rt := range s.routes {
		if !anyMethod && rt.op.model.Method != method {
			continue
		}
		if _, ok := rt.match(segs); ok {
			return true
		}
	}
	return false
}

// matchRoute finds the operation for method and escaped path. Among routes
// that match, the one with the most literal segments wins.
func (s *service) matchRoute(method, escaped string) (*operation, map[string]string, *wireError) {
	segs := splitPath(escaped)
	var best *route
	var bestLabels map[string]string
	bestScore, pathMatched := -1, false
	for i := range s.routes {
		rt := &s.routes[i]
		labels, ok := rt.match(segs)
		if !ok {
			continue
		}
		pathMatched = true
		if rt.op.model.Method != method {
			continue
		}
		if score := len(rt.segs) - len(labels); score > bestScore {
			best, bestLabels, bestScore = rt, labels, score
		}
	}
	switch {
	case best != nil:
		return best.op, bestLabels, nil
	case pathMatched:
		return nil, nil, &wireError{status: http.StatusMethodNotAllowed, code: codeUnknownOperation,
			message: "Method " + method + " is not allowed on " + escaped}
	default:
		return nil, nil, &wireError{status: http.StatusNotFound, code: codeUnknownOperation,
			message: "Unknown operation " + method + " " + escaped}
	}
}

// match matches escaped path segments, each decoded before it is compared
// (wire.md §4), returning the labels.
func (rt *route) match(segs []string) (map[string]string, bool) {
	if len(segs) != len(rt.segs) {
		return nil, false
	}
	var labels map[string]string
	for i, pat := range rt.segs {
		seg := segs[i]
		if strings.IndexByte(seg, '%') >= 0 {
			var err error
			if seg, err = url.PathUnescape(seg); err != nil {
				return nil, false
			}
		}
		if strings.HasPrefix(pat, "{") && strings.HasSuffix(pat, "}") {
			if seg == "" {
				return nil, false
			}
			if labels == nil {
				labels = map[string]string{}
			}
			labels[strings.TrimSuffix(pat[1:len(pat)-1], "+")] = seg
			continue
		}
		if seg != pat {
			return nil, false
		}
	}
	return labels, true
}

// matchTarget finds the awsJson1_1 operation named by X-Amz-Target.
func (s *service) matchTarget(r *http.Request) (*operation, *wireError) {
	target := r.Header.Get("X-Amz-Target")
	unknown := &wireError{status: http.StatusBadRequest, code: codeUnknownOperation,
		message: "Unrecognized operation " + target}
	name, ok := strings.CutPrefix(target, s.model.TargetPrefix+".")
	if !ok {
		return nil, unknown
	}
	op, ok := s.ops[name]
	if !ok {
		return nil, unknown
	}
	if r.Method != http.MethodPost {
		return nil, &wireError{status: http.StatusMethodNotAllowed, code: codeUnknownOperation,
			message: "Method " + r.Method + " is not allowed on " + r.URL.EscapedPath()}
	}
	return op, nil
}

// decode builds the operation's input from the body, path labels and query.
func (op *operation) decode(s *service, body []byte, labels map[string]string, rawQuery string) (any, *wireError) {
	in := reflect.New(op.in).Interface()
	if err := awsjson.Unmarshal(body, in); err != nil {
		return nil, s.opValidationError(op, "The request body could not be parsed.", reasonParse)
	}
	if len(op.model.Bindings) == 0 {
		return in, nil
	}
	query, err := url.ParseQuery(rawQuery)
	if err != nil {
		return nil, s.opValidationError(op, "The query string could not be parsed.", reasonParse)
	}
	for _, b := range op.model.Bindings {
		// A bound member is no body member: the body cannot set it.
		awsjson.Unset(in, b.Member)
		var values []string
		switch b.Location {
		case awsmodel.URI:
			v, ok := labels[b.Name]
			if !ok {
				continue
			}
			values = []string{v}
		case awsmodel.Query:
			values = query[b.Name]
			if len(values) == 0 {
				continue
			}
		}
		if _, err := awsjson.Bind(in, b.Member, values); err != nil {
			var be *awsjson.BindError
			if errors.As(err, &be) {
				return nil, s.opValidationError(op, "The value "+be.Value+" for parameter "+b.Name+" is not valid.", reasonParse)
			}
			return nil, s.opValidationError(op, "The request could not be parsed.", reasonParse)
		}
	}
	return in, nil
}

// call invokes the facade method on client.
func (op *operation) call(ctx context.Context, client any, in any) (any, error) {
	res := op.fn.Call([]reflect.Value{reflect.ValueOf(client), reflect.ValueOf(ctx), reflect.ValueOf(in)})
	if err, _ := res[1].Interface().(error); err != nil {
		return nil, err
	}
	return res[0].Interface(), nil
}
