package awshttp

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/internal/awsmodel"
	"github.com/sharesim/sharesim/internal/sigv4"
)

// escapeLabel escapes a label value as the SDKs do for non-greedy labels:
// ':' and '/' included.
func escapeLabel(s string) string {
	return strings.NewReplacer(":", "%3A", "/", "%2F").Replace(s)
}

// TestEveryModelOperationRoutesToItself fills every route's labels with an
// escaped ARN and checks that the method and path lead back to the same
// operation with the label decoded: the route tables are complete and
// unambiguous.
func TestEveryModelOperationRoutesToItself(t *testing.T) {
	h, _ := newFakeHandler()
	const arn = "arn:aws:wellarchitected:us-east-1:111122223333:profile/0123456789abcdef"
	for _, svc := range h.services {
		require.Len(t, svc.ops, len(svc.model.Operations))
		if svc.model.Protocol != awsmodel.RESTJSON {
			continue
		}
		for _, op := range svc.model.Operations {
			path, _, _ := strings.Cut(op.Path, "?")
			segs := strings.Split(path, "/")
			var labels []string
			for i, s := range segs {
				if strings.HasPrefix(s, "{") {
					labels = append(labels, strings.Trim(s, "{}+"))
					segs[i] = escapeLabel(arn)
				}
			}
			got, gotLabels, werr := svc.matchRoute(op.Method, strings.Join(segs, "/"))
			require.Nil(t, werr, "%s %s", svc.model.ID, op.Name)
			assert.Equal(t, op.Name, got.model.Name, "%s %s %s", svc.model.ID, op.Method, op.Path)
			for _, l := range labels {
				assert.Equal(t, arn, gotLabels[l], "%s %s label %s", svc.model.ID, op.Name, l)
			}
		}
	}
}

// TestUnsignedRequestsFindTheirServiceByPath checks wire.md §2 step 3: RAM,
// then Audit Manager, then Well-Architected.
func TestUnsignedRequestsFindTheirServiceByPath(t *testing.T) {
	h, _ := newFakeHandler()
	for _, svc := range h.services {
		if svc.model.Protocol != awsmodel.RESTJSON {
			continue
		}
		for _, op := range svc.model.Operations {
			if strings.HasPrefix(op.Path, "/tags/") {
				continue // shared by WA and AM; neither tag API is in scope
			}
			r, _ := http.NewRequest(op.Method, "http://x"+strings.NewReplacer("{", "", "}", "").Replace(op.Path), nil)
			got, werr := h.pickService(r, sigv4.Scope{}, false)
			require.Nil(t, werr, "%s %s", svc.model.ID, op.Path)
			assert.Equal(t, svc.model.ID, got.model.ID, "%s %s", op.Method, op.Path)
		}
	}
}

func TestUnsignedTagRequestsFollowTheARNService(t *testing.T) {
	h, _ := newFakeHandler()
	for arn, want := range map[string]string{
		"arn:aws:wellarchitected:us-east-1:111111111111:workload/abc":               "WellArchitected",
		"arn:aws:auditmanager:us-east-1:111111111111:assessmentFramework/0123-4567": "AuditManager",
	} {
		r, _ := http.NewRequest("GET", "http://x/tags/"+escapeLabel(arn), nil)
		got, werr := h.pickService(r, sigv4.Scope{}, false)
		require.Nil(t, werr)
		assert.Equal(t, want, got.model.ID, arn)
	}
}

// TestLiteralSegmentsAreDecodedFirst: a literal path segment matches once
// percent-decoded, like a label (wire.md §4).
func TestLiteralSegmentsAreDecodedFirst(t *testing.T) {
	h, _ := newFakeHandler()
	rep := send(t, h, "POST", "/getresource%73hares", "111111111111/us-east-1/ram", "")
	assert.Equal(t, 200, rep.status, rep.raw)
	rep = send(t, h, "POST", "/getresource%53hares", "111111111111/us-east-1/ram", "")
	assert.Equal(t, 404, rep.status, "compared case-sensitively once decoded: %s", rep.raw)
}
