package awshttp

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/sharesim/sharesim/clock"
)

// serveAdmin serves the /_sharesim/ endpoints (wire.md §10).
func (h *Handler) serveAdmin(req *request) {
	r := req.r
	// Matched on the escaped path, like every route: /_sharesim/clock%2Fadvance
	// is no admin endpoint.
	path := r.URL.EscapedPath()
	switch {
	case r.Method == http.MethodPost && path == "/_sharesim/reset":
		req.entry.Operation = "Reset"
		h.Reset()
		writeAdmin(req.w, http.StatusOK, map[string]string{})
	case r.Method == http.MethodGet && path == "/_sharesim/clock":
		req.entry.Operation = "Clock"
		writeAdmin(req.w, http.StatusOK, nowBody(h.world.Clock().Now()))
	case r.Method == http.MethodPost && path == "/_sharesim/clock/advance":
		req.entry.Operation = "Advance"
		raw := r.URL.Query().Get("duration")
		d, err := time.ParseDuration(raw)
		if err != nil || d < 0 {
			writeAdmin(req.w, http.StatusBadRequest, map[string]string{"message": "invalid duration " + raw})
			return
		}
		switch h.world.Clock().(type) {
		case *clock.Fake, *clock.Offset:
		default:
			writeAdmin(req.w, http.StatusBadRequest, map[string]string{"message": "the world's clock cannot be advanced"})
			return
		}
		if h.world.Clock().Now().Add(d).After(clock.Latest) {
			writeAdmin(req.w, http.StatusBadRequest, map[string]string{"message": "invalid duration " + raw +
				": the clock would pass " + clock.Latest.Format(time.RFC3339) + ", the last instant sharesim keeps"})
			return
		}
		writeAdmin(req.w, http.StatusOK, nowBody(h.world.Advance(d)))
	default:
		writeAdmin(req.w, http.StatusNotFound, map[string]string{"message": "unknown admin endpoint"})
	}
}

// Reset empties the world and moves its clock back to its start; see
// [World].
func (h *Handler) Reset() { h.world.Reset() }

func nowBody(t time.Time) map[string]string {
	return map[string]string{"now": t.UTC().Format(time.RFC3339Nano)}
}

func writeAdmin(w http.ResponseWriter, status int, body map[string]string) {
	raw, _ := json.Marshal(body)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(raw)
}
