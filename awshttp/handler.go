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
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
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

// MaxBodyBytes is the largest request body the handler accepts.
const MaxBodyBytes = 1 << 20

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
	// Reset empties the world.
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
}

// Handler is the http.Handler serving a world. Build one with [New].
type Handler struct {
	world    World
	opts     Options
	services []*service // RAM, AM, WA: the path-matching order; then Organizations
	start    time.Time  // the clock's reading when the handler was built
}

var _ http.Handler = (*Handler)(nil)

// New returns a handler serving world. The clock's current reading becomes
// the instant POST /_sharesim/reset moves a manual clock back to.
func New(world World, opts *Options) *Handler {
	return newHandler(world, opts, facades(world))
}

func newHandler(world World, opts *Options, fs []facade) *Handler {
	h := &Handler{world: world, start: world.Clock().Now()}
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
	w       http.ResponseWriter
	r       *http.Request
	entry   Entry
	svc     *service
	account string
	region  string
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	began := time.Now()
	id := newRequestID()
	w.Header().Set("x-amzn-RequestId", id)
	rec := &statusWriter{ResponseWriter: w}
	req := &request{w: rec, r: r, entry: Entry{Method: r.Method, Path: r.URL.Path, RequestID: id}}
	defer func() {
		if v := recover(); v != nil {
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
		req.writeError(svc.validationError("The region "+req.region+" is not valid.", reasonRegion))
		return
	}
	if !op.fn.IsValid() {
		req.writeError(notImplemented(svc, op.model.Name))
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxBodyBytes+1))
	if err != nil {
		req.writeError(svc.validationError("The request body could not be read.", reasonParse))
		return
	}
	if len(body) > MaxBodyBytes {
		req.writeError(svc.validationError("The request body is larger than 1 MiB.", reasonTooLarge))
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
	raw, err := awsjson.Marshal(out)
	if err != nil {
		req.writeError(internalError(svc, err.Error()))
		return
	}
	req.w.Header().Set("Content-Type", svc.contentType())
	req.w.WriteHeader(http.StatusOK)
	_, _ = req.w.Write(raw)
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
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
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
	sreq := req.Clone(req.Context())
	sreq.RequestURI = req.URL.RequestURI()
	u, err := req.URL.Parse(sreq.RequestURI)
	if err != nil {
		return nil, err
	}
	u.Scheme, u.Host = "", ""
	sreq.URL = u
	if sreq.Host == "" {
		sreq.Host = req.URL.Host
	}
	sreq.RemoteAddr = "127.0.0.1:0"
	if sreq.Body == nil {
		sreq.Body = http.NoBody
	}
	rec := &recorder{header: http.Header{}}
	t.h.ServeHTTP(rec, sreq)
	if rec.code == 0 {
		rec.code = http.StatusOK
	}
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", rec.code, http.StatusText(rec.code)),
		StatusCode:    rec.code,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        rec.header,
		Body:          io.NopCloser(bytes.NewReader(rec.body.Bytes())),
		ContentLength: int64(rec.body.Len()),
		Request:       req,
	}, nil
}

// recorder is the in-memory transport's http.ResponseWriter.
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
