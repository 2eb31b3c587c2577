// Package awsmodel holds what the wire layer needs from the AWS service
// models: each in-scope service's protocol, its operations with their HTTP
// bindings, and its error shapes with their HTTP statuses.
//
// The tables in the zz_*.go files are generated from
// ../shared/reference/aws-models/<service>/service-2.json by
// internal/gen/awsmodel and committed, so builds never read the models.
package awsmodel

//go:generate go run ../gen/awsmodel -models ../../../shared/reference/aws-models -out .

// Protocol is the AWS wire protocol a service speaks.
type Protocol int

// The protocols of the in-scope services.
const (
	// RESTJSON is aws.protocols#restJson1: the operation is chosen by the
	// HTTP method and path, members travel in the path, the query string and
	// a JSON body.
	RESTJSON Protocol = iota + 1
	// JSON11 is aws.protocols#awsJson1_1: every operation is a POST to /,
	// chosen by the X-Amz-Target header, with all members in a JSON body.
	JSON11
)

// Location says where a bound input member travels.
type Location int

// The locations of bound members. Members with no binding travel in the body.
const (
	// URI is a {label} in the request path.
	URI Location = iota + 1
	// Query is a query-string parameter.
	Query
)

// Service is one AWS service as the wire layer sees it.
type Service struct {
	// ID is the model's serviceId, e.g. "RAM".
	ID string
	// SigningName is the SigV4 credential-scope service name, e.g. "ram".
	SigningName string
	// Protocol is the service's wire protocol.
	Protocol Protocol
	// TargetPrefix prefixes the X-Amz-Target header of a JSON11 service.
	TargetPrefix string
	// Operations lists every operation of the model, sorted by name.
	Operations []Operation
	// Errors maps every error shape of the model to its HTTP status.
	Errors map[string]int
}

// Operation is one model operation and its HTTP binding.
type Operation struct {
	// Name is the operation name, e.g. "CreateResourceShare".
	Name string
	// Method is the HTTP method of the binding.
	Method string
	// Path is the request URI pattern, e.g. "/profiles/{ProfileArn}".
	Path string
	// Bindings lists the input members bound to the path or query string.
	Bindings []Binding
}

// Binding ties an input member to a place in the HTTP request.
type Binding struct {
	// Member is the model member name (the facade's JSON tag).
	Member string
	// Location is where the member travels.
	Location Location
	// Name is the path label or query parameter name.
	Name string
}

// Operation returns the named operation and whether the service has it.
func (s *Service) Operation(name string) (*Operation, bool) {
	for i := range s.Operations {
		if s.Operations[i].Name == name {
			return &s.Operations[i], true
		}
	}
	return nil, false
}

// Services lists every in-scope service.
func Services() []*Service {
	return []*Service{RAM, WellArchitected, AuditManager, Organizations}
}

// Space is what \s means in the models' patterns, which follow ECMA-262
// (wire.md §4), for use inside a Go regexp character class: Go's \s is ASCII
// whitespace only, and leaves out the vertical tab.
const Space = `\t\n\v\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`
