package awsjson

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type kind string

type inner struct {
	At   *time.Time `json:"at,omitempty"`
	Kind kind       `json:"kind,omitempty"`
}

type doc struct {
	Name     *string           `json:"name,omitempty"`
	Count    *int32            `json:"count,omitempty"`
	Flag     bool              `json:"flag"`
	Items    []inner           `json:"items"`
	Optional []string          `json:"optional,omitempty"`
	Tags     map[string]string `json:"tags,omitempty"`
	Untagged string
	Skipped  string `json:"-"`
}

func TestMarshalTimestampsAreEpochSeconds(t *testing.T) {
	cases := []struct {
		t    time.Time
		want string
	}{
		{time.Unix(1700000000, 0), `1700000000`},
		{time.Unix(1700000000, 123_000_000), `1700000000.123`},
		{time.Unix(1634586271, 302_000_000), `1634586271.302`},
		{time.Unix(1700000000, 500_000_000), `1700000000.5`},
		{time.Unix(1700000000, 999_999), `1700000000`}, // below a millisecond
		{time.Unix(-1, 250_000_000), `-0.75`},
	}
	for _, c := range cases {
		raw, err := Marshal(&inner{At: &c.t})
		require.NoError(t, err)
		assert.Equal(t, `{"at":`+c.want+`}`, string(raw))
	}
}

func TestMarshalOmitsAbsentValuesAndKeepsTopLevelLists(t *testing.T) {
	raw, err := Marshal(&doc{})
	require.NoError(t, err)
	assert.Equal(t, `{"flag":false,"items":[],"Untagged":""}`, string(raw))

	at := time.Unix(10, 0)
	n := int32(3)
	raw, err = Marshal(&doc{Name: new(string), Count: &n, Items: []inner{{At: &at, Kind: "A"}},
		Tags: map[string]string{"b": "2", "a": "1"}, Skipped: "x"})
	require.NoError(t, err)
	assert.Equal(t, `{"name":"","count":3,"flag":false,"items":[{"at":10,"kind":"A"}],"tags":{"a":"1","b":"2"},"Untagged":""}`, string(raw))

	raw, err = Marshal((*doc)(nil))
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(raw))
}

func TestUnmarshal(t *testing.T) {
	var d doc
	require.NoError(t, Unmarshal([]byte(`{"name":"n","count":7,"flag":true,"items":[{"at":1700000000.123,"kind":"B"}],"tags":{"k":"v"},"extra":{"x":[1]}}`), &d))
	assert.Equal(t, "n", *d.Name)
	assert.Equal(t, int32(7), *d.Count)
	assert.True(t, d.Flag)
	assert.Equal(t, kind("B"), d.Items[0].Kind)
	assert.Equal(t, time.Unix(1700000000, 123_000_000).UTC(), *d.Items[0].At)
	assert.Equal(t, map[string]string{"k": "v"}, d.Tags)

	var empty doc
	require.NoError(t, Unmarshal(nil, &empty))
	require.NoError(t, Unmarshal([]byte("  "), &empty))
	assert.Equal(t, doc{}, empty)
}

func TestUnmarshalMatchesMemberNamesExactly(t *testing.T) {
	var d doc
	require.NoError(t, Unmarshal([]byte(`{"NAME":"n"}`), &d))
	assert.Nil(t, d.Name, "member names are case-sensitive")
}

func TestUnmarshalRejects(t *testing.T) {
	for _, body := range []string{
		`{`, `[]`, `"x"`, `null`, `{"name":1}`, `{"count":"1"}`, `{"count":1.5}`, `{"count":99999999999}`,
		`{"flag":"true"}`, `{"items":{}}`, `{"items":[{"at":"2026-01-01T00:00:00Z"}]}`, `{"tags":[]}`, `{} {}`,
	} {
		var d doc
		err := Unmarshal([]byte(body), &d)
		var se *SyntaxError
		assert.ErrorAs(t, err, &se, body)
	}
}

func TestBind(t *testing.T) {
	type in struct {
		Arn    *string  `json:"arn,omitempty"`
		Max    *int32   `json:"maxResults,omitempty"`
		On     *bool    `json:"on,omitempty"`
		Kind   kind     `json:"kind,omitempty"`
		Keys   []string `json:"tagKeys,omitempty"`
		Nested inner    `json:"nested"`
	}
	var v in
	for member, values := range map[string][]string{
		"arn": {"arn:aws:x"}, "maxResults": {"20"}, "on": {"true"}, "kind": {"K"}, "tagKeys": {"a", "b"},
	} {
		ok, err := Bind(&v, member, values)
		require.NoError(t, err)
		require.True(t, ok, member)
	}
	assert.Equal(t, in{Arn: ptr("arn:aws:x"), Max: ptr(int32(20)), On: ptr(true), Kind: "K", Keys: []string{"a", "b"}}, v)

	ok, err := Bind(&v, "missing", []string{"x"})
	assert.False(t, ok)
	assert.NoError(t, err)

	for member, bad := range map[string]string{"maxResults": "ten", "on": "yes", "nested": "x"} {
		_, err := Bind(&v, member, []string{bad})
		var be *BindError
		require.ErrorAs(t, err, &be, member)
		assert.Equal(t, BindError{Member: member, Value: bad}, *be)
	}
}

func ptr[T any](v T) *T { return &v }

// FuzzUnmarshal feeds arbitrary bodies to the decoder: it never panics,
// whatever it accepts is one valid UTF-8 JSON document (or blank), and it
// survives a round trip through Marshal.
func FuzzUnmarshal(f *testing.F) {
	for _, s := range []string{`{}`, `{"name":"n","count":7,"items":[{"at":1.5,"kind":"K"}],"tags":{"a":"b"}}`,
		`{"count":1e3}`, `[`, `{"items":[null]}`, `{"flag":null}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var d doc
		if err := Unmarshal(body, &d); err != nil {
			return
		}
		if blank := len(bytes.Trim(body, " \t\n\r")) == 0; !blank && (!json.Valid(body) || !utf8.Valid(body)) {
			t.Fatalf("accepted %q, which is not one valid UTF-8 JSON document", body)
		}
		raw, err := Marshal(&d)
		if err != nil {
			t.Fatalf("Marshal after Unmarshal(%q): %v", body, err)
		}
		var again doc
		if err := Unmarshal(raw, &again); err != nil {
			t.Fatalf("round trip of %q: %s: %v", body, raw, err)
		}
		raw2, _ := Marshal(&again)
		if string(raw) != string(raw2) {
			t.Fatalf("round trip changed %s into %s", raw, raw2)
		}
	})
}

func TestMarshalInputKeepsEmptyNonNilLists(t *testing.T) {
	d := doc{Optional: []string{}, Tags: map[string]string{}}
	raw, err := MarshalInput(&d)
	require.NoError(t, err)
	assert.Equal(t, `{"flag":false,"optional":[],"tags":{},"Untagged":""}`, string(raw), "nil lists stay out of an input")
	raw, err = Marshal(&d)
	require.NoError(t, err)
	assert.Equal(t, `{"flag":false,"items":[],"Untagged":""}`, string(raw), "a server omits empty optional lists")
	raw, err = MarshalInput(&doc{})
	require.NoError(t, err)
	assert.Equal(t, `{"flag":false,"Untagged":""}`, string(raw), "nil lists stay out of an input")
}

func TestStringsEscapeLikeEncodingJSON(t *testing.T) {
	for _, in := range []string{"plain", `quote " and \\ backslash`, "line\nbreak\ttab\r", "\x00\x1f ctl", "\u2028\u2029", "bad \xff utf8", "üñí"} {
		var b bytes.Buffer
		require.NoError(t, writeString(&b, in))
		var back string
		require.NoError(t, json.Unmarshal(b.Bytes(), &back), b.String())
		assert.Equal(t, strings.ToValidUTF8(in, "\uFFFD"), back)
	}
}

func TestUnmarshalRejectsWhatIsNotOneJSONObject(t *testing.T) {
	for _, body := range []string{
		`{}}`, `{}]`, `{} {}`, `{"name":"a"} x`, `{"name":"a"`, `[]`, `null`, `"s"`,
		"{\"name\":\"\xff\"}",            // invalid UTF-8 inside a string
		"{\"name\":\"a\"}\xff",           // invalid UTF-8 after the object
		`{"count":1e400}`,                // out of range for int32
		`{"count":2147483648}`,           // one past int32
		`{"count":1.5}`,                  // not an integer
		`{"items":{"kind":"A"}}`,         // an object where a list goes
		`{"items":[{"at":"yesterday"}]}`, // a timestamp that is no number
		strings.Repeat("[", 20000),       // deeper than encoding/json's limit
		`{"tags":` + strings.Repeat(`{"a":`, 20000) + `1` + strings.Repeat("}", 20001),
		"{}\f", "\v{}", "\f", "{}\u00a0", // no JSON whitespace (found by FuzzUnmarshal)
	} {
		var d doc
		err := Unmarshal([]byte(body), &d)
		var se *SyntaxError
		assert.ErrorAs(t, err, &se, "%.40q", body)
	}
}

func TestUnmarshalAcceptsSurroundingWhitespaceAndIgnoresUnknownMembers(t *testing.T) {
	var d doc
	require.NoError(t, Unmarshal([]byte(" \n{\"name\":\"ü\",\"unknown\":{\"deep\":[1,{\"x\":null}]}}\r\n\t"), &d))
	assert.Equal(t, "ü", *d.Name)
	d = doc{}
	require.NoError(t, Unmarshal([]byte(" \t\n"), &d), "a blank body is {}")
	assert.Nil(t, d.Name)
}

func TestUnset(t *testing.T) {
	v := doc{Name: ptr("n"), Items: []inner{{Kind: "A"}}}
	assert.True(t, Unset(&v, "name"))
	assert.True(t, Unset(&v, "items"))
	assert.False(t, Unset(&v, "missing"))
	assert.Equal(t, doc{}, v)
}
