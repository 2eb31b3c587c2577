// Package awshttp serves a sharesim world over the AWS wire protocol, so that
// unmodified AWS SDKs and the AWS CLI can talk to it: RAM, Well-Architected
// and Audit Manager over restJson1, Organizations over awsJson1_1, plus the
// admin endpoints under /_sharesim/.
//
// The handler is a pure translator. It picks the service from the SigV4
// credential scope, the operation from the route tables generated from the
// AWS models, decodes the request into the facade's input struct, calls the
// facade method of the same name, and encodes its output or error. Any
// operation a facade implements is therefore served without further code.
//
// For tests, [Handler.Client] returns an *http.Client whose transport calls
// the handler directly, without a socket:
//
//	h := awshttp.New(world, nil)
//	client := ram.NewFromConfig(cfg, func(o *ram.Options) {
//		o.HTTPClient = h.Client()
//		o.BaseEndpoint = aws.String("http://sharesim.local")
//	})
//
// A Handler is safe for concurrent use.
package awshttp

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/awsjson"
	"github.com/sharesim/sharesim/internal/awsmodel"
	"github.com/sharesim/sharesim/internal/sigv4"
	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/wellarchitected"
)

// DefaultAccount is the caller of a request whose access key is not a
// 12-digit account ID, or that carries no credentials.
const DefaultAccount = "123456789012"

// DefaultRegion is the region of a request without a credential scope.
const DefaultRegion = "us-east-1"

// MaxBodyBytes is the largest request body the handler accepts, except for
// Well-Architected ImportLens, whose JSONString alone may hold 500000
// characters: its limit is [MaxImportLensBodyBytes].
const MaxBodyBytes = 1 << 20

// MaxImportLensBodyBytes is the largest Well-Architected ImportLens body:
// room for 500000 characters each escaped as \uXXXX, plus MaxBodyBytes for
// the other members.
const MaxImportLensBodyBytes = 4 << 20

// World is what the handler serves: a client per service, account and
// region, and the world's clock. *sharesim.World satisfies it.
type World interface {
	RAM(account, region string) *ram.Client
	WellArchitected(account, region string) *wellarchitected.Client
	AuditManager(account, region string) *auditmanager.Client
	Organizations(account string) *organizations.Client
	// Clock returns the world's clock; the admin endpoints read it.
	Clock() clock.Clock
	// Advance moves the clock forward and applies the timed transitions
	// that fell due. It is called only for a *clock.Fake or *clock.Offset.
	Advance(d time.Duration) time.Time
	// Reset empties the world and moves a manual clock back to where the
	// world started (an offset clock drops its advances), in one step.
	Reset()
}

// Options configure a [Handler]. A nil *Options means the defaults.
type Options struct {
	// Accounts maps access key IDs to accounts. It is consulted before the
	// 12-digit rule and the default account.
	Accounts map[string]string
	// DefaultAccount is the caller when the access key names no account.
	// Empty means [DefaultAccount].
	DefaultAccount string
	// Log, if set, is called once per request after the response is
	// written.
	Log func(Entry)
}

// Entry describes one served request, for logging.
type Entry struct {
	// Method and Path are the request's HTTP method and URL path.
	Method, Path string
	// Service is the model's service ID ("RAM"), or "admin"; empty if the
	// request reached no service.
	Service string
	// Operation is the operation name, if the request named one.
	Operation string
	// Account and Region are the caller's, if a service was reached.
	Account, Region string
	// Status is the HTTP status of the response.
	Status int
	// RequestID is the x-amzn-RequestId sent with the response.
	RequestID string
	// Duration is how long the handler took.
	Duration time.Duration
	// Err describes a server fault (HTTP 500), which the response does not
	// reveal: a recovered panic or an error that is no AWS exception.
	Err string
	// Stack is the stack of the goroutine that panicked, for a recovered
	// panic.
	Stack string
}

// Handler is the http.Handler serving a world. Build one with [New].
type Handler struct {
	world    World
	opts     Options
	services []*service // RAM, AM, WA: the path-matching order; then Organizations
}

var _ http.Handler = (*Handler)(nil)

// New returns a handler serving world. Its POST /_sharesim/reset calls
// world.Reset, which decides where the clock goes back to.
func New(world World, opts *Options) *Handler {
	return newHandler(world, opts, facades(world))
}

func newHandler(world World, opts *Options, fs []facade) *Handler {
	h := &Handler{world: world}
	if opts != nil {
		h.opts = *opts
	}
	if h.opts.DefaultAccount == "" {
		h.opts.DefaultAccount = DefaultAccount
	}
	for _, f := range fs {
		h.services = append(h.services, newService(f))
	}
	return h
}

var regionPattern = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-\d$`)

// request is one request on its way through the handler.
type request struct {
	w       http.ResponseWriter // &status
	r       *http.Request
	status  statusWriter
	entry   Entry
	svc     *service
	account string
	region  string
}

// Canonical header keys, set directly to spare canonicalizing them on every
// response.
const (
	headerRequestID   = "X-Amzn-Requestid" // x-amzn-RequestId
	headerErrorType   = "X-Amzn-Errortype" // X-Amzn-ErrorType
	headerContentType = "Content-Type"
)

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	began := time.Now()
	id := newRequestID()
	w.Header()[headerRequestID] = []string{id}
	req := &request{r: r, entry: Entry{Method: r.Method, Path: r.URL.Path, RequestID: id}}
	rec := &req.status
	rec.ResponseWriter = w
	req.w = rec
	defer func() {
		if v := recover(); v != nil {
			req.entry.Stack = string(debug.Stack())
			req.writeError(internalError(req.svc, fmt.Sprintf("panic: %v", v)))
		}
		if h.opts.Log != nil {
			req.entry.Status = rec.status()
			req.entry.Duration = time.Since(began)
			h.opts.Log(req.entry)
		}
	}()
	if strings.HasPrefix(r.URL.EscapedPath(), "/_sharesim/") {
		req.entry.Service = "admin"
		h.serveAdmin(req)
		return
	}
	h.serveAPI(req)
}

func (h *Handler) serveAPI(req *request) {
	r := req.r
	scope, signed := sigv4.FromRequest(r)
	svc, werr := h.pickService(r, scope, signed)
	if werr != nil {
		req.writeError(werr)
		return
	}
	req.svc = svc
	req.entry.Service = svc.model.ID
	req.account, req.region = h.identity(r, scope, signed)
	req.entry.Account, req.entry.Region = req.account, req.region

	var op *operation
	var labels map[string]string
	switch svc.model.Protocol {
	case awsmodel.JSON11:
		op, werr = svc.matchTarget(r)
	default:
		op, labels, werr = svc.matchRoute(r.Method, r.URL.EscapedPath())
	}
	if werr != nil {
		req.writeError(werr)
		return
	}
	req.entry.Operation = op.model.Name
	if !regionPattern.MatchString(req.region) {
		req.writeError(svc.opValidationError(op, "The region "+req.region+" is not valid.", reasonRegion))
		return
	}
	if !op.fn.IsValid() {
		req.writeError(notImplemented(svc, op.model.Name))
		return
	}
	body, werr := readBody(svc, op, r)
	if werr != nil {
		req.writeError(werr)
		return
	}
	in, werr := op.decode(svc, body, labels, r.URL.RawQuery)
	if werr != nil {
		req.writeError(werr)
		return
	}
	out, err := op.call(r.Context(), svc.client(req.account, req.region), in)
	if err != nil {
		req.writeError(svc.fromFacade(err))
		return
	}
	buf := buffers.Get().(*bytes.Buffer)
	defer putBuffer(buf)
	if err := awsjson.MarshalTo(buf, out); err != nil {
		req.writeError(internalError(svc, err.Error()))
		return
	}
	req.w.Header()[headerContentType] = svc.contentTypes
	req.w.WriteHeader(http.StatusOK)
	_, _ = req.w.Write(buf.Bytes())
}

// buffers hold encoded responses until they are written; http.ResponseWriter
// copies what it is given.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putBuffer(b *bytes.Buffer) {
	if b.Cap() > 64<<10 {
		return // let a rare huge response go
	}
	b.Reset()
	buffers.Put(b)
}

// readBody reads a request body of at most limit bytes. A declared length
// over the limit is refused before anything is read.
func readBody(svc *service, op *operation, r *http.Request) ([]byte, *wireError) {
	limit := op.maxBody
	tooLarge := func() *wireError {
		return svc.opValidationError(op, fmt.Sprintf("The request body is larger than %d MiB.", limit>>20), reasonTooLarge)
	}
	if r.ContentLength > limit {
		return nil, tooLarge()
	}
	if r.Body == nil || r.Body == http.NoBody {
		return nil, nil
	}
	var body []byte
	var err error
	if r.ContentLength > 0 {
		body = make([]byte, r.ContentLength)
		_, err = io.ReadFull(r.Body, body)
	} else {
		body, err = io.ReadAll(io.LimitReader(r.Body, limit+1))
	}
	if err != nil {
		return nil, svc.opValidationError(op, "The request body could not be read.", reasonParse)
	}
	if int64(len(body)) > limit {
		return nil, tooLarge()
	}
	return body, nil
}

// pickService applies wire.md §2: the credential scope, then the
// Organizations target header, then the path.
func (h *Handler) pickService(r *http.Request, scope sigv4.Scope, signed bool) (*service, *wireError) {
	if signed {
		for _, s := range h.services {
			if s.model.SigningName == scope.Service {
				return s, nil
			}
		}
		return nil, &wireError{status: http.StatusBadRequest, code: codeUnknownOperation,
			message: "Unknown service " + scope.Service}
	}
	if strings.HasPrefix(r.Header.Get("X-Amz-Target"), awsmodel.Organizations.TargetPrefix+".") {
		return h.service(awsmodel.Organizations), nil
	}
	// WA and AM share /tags/{arn}: the ARN's service field decides.
	if arn, ok := strings.CutPrefix(r.URL.EscapedPath(), "/tags/"); ok {
		if arn, err := url.PathUnescape(arn); err == nil {
			if parts := strings.SplitN(arn, ":", 4); len(parts) == 4 {
				for _, m := range []*awsmodel.Service{awsmodel.WellArchitected, awsmodel.AuditManager} {
					if parts[2] == m.SigningName {
						return h.service(m), nil
					}
				}
			}
		}
	}
	// A service with a route for the method and path wins over one that
	// has the path under another method (AM GET and WA POST /notifications).
	for _, anyMethod := range []bool{false, true} {
		for _, s := range h.services {
			if s.model.Protocol == awsmodel.RESTJSON && s.matchesPath(r.Method, r.URL.EscapedPath(), anyMethod) {
				return s, nil
			}
		}
	}
	return nil, &wireError{status: http.StatusNotFound, code: codeUnknownOperation,
		message: "Unknown operation " + r.Method + " " + r.URL.EscapedPath()}
}

func (h *Handler) service(m *awsmodel.Service) *service {
	for _, s := range h.services {
		if s.model == m {
			return s
		}
	}
	panic("awshttp: no service " + m.ID)
}

// identity applies wire.md §3.
func (h *Handler) identity(r *http.Request, scope sigv4.Scope, signed bool) (account, region string) {
	account, region = h.opts.DefaultAccount, DefaultRegion
	if signed {
		region = scope.Region
		if a, ok := h.opts.Accounts[scope.AccessKeyID]; ok {
			account = a
		} else if isAccountID(scope.AccessKeyID) {
			account = scope.AccessKeyID
		}
	}
	if moto := r.Header.Get("x-moto-account-id"); isAccountID(moto) {
		account = moto
	}
	return account, region
}

func isAccountID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// newRequestID returns a random UUID version 4.
func newRequestID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	var s [36]byte
	hex.Encode(s[0:8], b[0:4])
	s[8] = '-'
	hex.Encode(s[9:13], b[4:6])
	s[13] = '-'
	hex.Encode(s[14:18], b[6:8])
	s[18] = '-'
	hex.Encode(s[19:23], b[8:10])
	s[23] = '-'
	hex.Encode(s[24:], b[10:])
	return string(s[:])
}

// statusWriter remembers the status written, for the log.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.code == 0 {
		s.code = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.code == 0 {
		s.code = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func (s *statusWriter) status() int {
	if s.code == 0 {
		return http.StatusOK
	}
	return s.code
}

// Client returns an *http.Client whose transport serves every request with
// h directly, without a socket. Any URL works; only its path and query are
// used.
func (h *Handler) Client() *http.Client { return &http.Client{Transport: h.Transport()} }

// Transport returns an http.RoundTripper that serves requests with h
// directly, without a socket.
func (h *Handler) Transport() http.RoundTripper { return Transport(h) }

// Transport returns an http.RoundTripper that serves every request with
// handler in the calling goroutine, as if it had crossed a network: the
// handler sees a server-side request and the caller gets a complete response.
func Transport(handler http.Handler) http.RoundTripper { return inMemory{handler} }

type inMemory struct{ h http.Handler }

func (t inMemory) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		defer req.Body.Close()
	}
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	// A server sees only the request target: the clone's URL keeps the
	// path, its escaping and the query, and loses the scheme and host.
	sreq := req.Clone(req.Context())
	sreq.RequestURI = req.URL.RequestURI()
	sreq.URL.Scheme, sreq.URL.Host, sreq.URL.User, sreq.URL.Fragment, sreq.URL.RawFragment = "", "", nil, "", ""
	if sreq.Host == "" {
		sreq.Host = req.URL.Host
	}
	sreq.RemoteAddr = "127.0.0.1:0"
	switch {
	case sreq.Body == nil || sreq.Body == http.NoBody:
		sreq.Body, sreq.ContentLength = http.NoBody, 0
	case sreq.ContentLength == 0:
		sreq.ContentLength = -1 // a client's 0 with a body means unknown; a server's means none
	}
	rec := &recorder{header: http.Header{}}
	t.h.ServeHTTP(rec, sreq)
	if rec.code == 0 {
		rec.code = http.StatusOK
	}
	return &http.Response{
		Status:        strconv.Itoa(rec.code) + " " + http.StatusText(rec.code),
		StatusCode:    rec.code,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        rec.header,
		Body:          rec,
		ContentLength: int64(rec.body.Len()),
		Request:       req,
	}, nil
}

// recorder is the in-memory transport's http.ResponseWriter, and then the
// body of the response it returns.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.body.Write(b)
}

// Read reads the recorded body.
func (r *recorder) Read(p []byte) (int, error) { return r.body.Read(p) }

// Close does nothing: the body is in memory.
func (r *recorder) Close() error { return nil }
