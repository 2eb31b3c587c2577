package awshttp_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/sigv4"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// TestWellArchitectedRequiresAClientRequestTokenOnTheWire: SDKs always
// send ClientRequestToken (the model marks it an idempotency token), so the
// in-process facade fills in a missing one; a raw request over the wire
// without it is refused, as wellarchitected.md §0.3 says.
func TestWellArchitectedRequiresAClientRequestTokenOnTheWire(t *testing.T) {
	w := sharesim.New(&share.Options{Clock: clock.NewFake(sharetest.Start), IDs: share.SeededIDs(1)})
	client := w.HTTPClient()
	create := func(body string) (int, map[string]any) {
		req, err := http.NewRequest(http.MethodPost, "http://sharesim.local/workloads", strings.NewReader(body))
		require.NoError(t, err)
		req.Header.Set("Authorization", sigv4.Scope{AccessKeyID: "111111111111", Date: "20260301",
			Region: "us-east-1", Service: "wellarchitected"}.Authorization())
		resp, err := client.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		var doc map[string]any
		require.NoError(t, json.Unmarshal(raw, &doc), string(raw))
		return resp.StatusCode, doc
	}
	const fields = `"WorkloadName":"payments","Description":"The payments service.","Environment":"PRODUCTION","AwsRegions":["us-east-1"],` +
		`"ReviewOwner":"o@example.com","Lenses":["wellarchitected"]`

	status, doc := create(`{` + fields + `}`)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "ValidationException", doc["__type"])
	assert.Equal(t, "[Validation] ClientRequestToken is required", doc["Message"])

	status, doc = create(`{` + fields + `,"ClientRequestToken":"t-1"}`)
	assert.Equal(t, http.StatusOK, status, doc)
	assert.Regexp(t, `^[0-9a-f]{32}$`, doc["WorkloadId"])
}
