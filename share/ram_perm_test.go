package share

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRAMPolicyTemplate(t *testing.T) {
	cases := []struct {
		template string
		actions  []string
		cond     map[string]any
		problem  RAMTemplateProblem
	}{
		{`{"Effect":"Allow","Action":["a:B","a:C"]}`, []string{"a:B", "a:C"}, nil, ""},
		{`{"Action":"a:B"}`, []string{"a:B"}, nil, ""},
		{`{"Effect":"aLLow","Action":"a:B","Condition":{"Bool":{"k":"true"}}}`, []string{"a:B"}, map[string]any{"Bool": map[string]any{"k": "true"}}, ""},
		{`[]`, nil, nil, RAMTemplateNotObject},
		{`null`, nil, nil, RAMTemplateNotObject},
		{`{`, nil, nil, RAMTemplateNotObject},
		{`{"Action":"a:B","Resource":"*"}`, nil, nil, RAMTemplateResourceOrPrincipal},
		{`{"Action":"a:B","Principal":"*"}`, nil, nil, RAMTemplateResourceOrPrincipal},
		{`{"Action":"a:B","Version":"2012-10-17"}`, nil, nil, RAMTemplateUnknownKey + "Version"},
		{`{"Effect":"Deny","Action":"a:B"}`, nil, nil, RAMTemplateEffect},
		{`{"Effect":1,"Action":"a:B"}`, nil, nil, RAMTemplateEffect},
		{`{"Effect":"Allow"}`, nil, nil, RAMTemplateAction},
		{`{"Action":[]}`, nil, nil, RAMTemplateAction},
		{`{"Action":""}`, nil, nil, RAMTemplateAction},
		{`{"Action":[1]}`, nil, nil, RAMTemplateAction},
		{`{"Action":"a:B","Condition":"x"}`, nil, nil, RAMTemplateCondition},
		{`{"Action":"a:B","Condition":null}`, nil, nil, RAMTemplateCondition},
	}
	for _, tc := range cases {
		actions, cond, problem := ParseRAMPolicyTemplate(tc.template)
		assert.Equal(t, tc.problem, problem, tc.template)
		assert.Equal(t, tc.actions, actions, tc.template)
		assert.Equal(t, tc.cond, cond, tc.template)
	}
}

func TestMergeConditions(t *testing.T) {
	cond := map[string]any{"StringEquals": map[string][]string{"aws:SourceAccount": {"1"}}}
	template := map[string]any{"StringEquals": map[string]any{"aws:PrincipalTag/x": "y"}, "Bool": map[string]any{"k": "true"}}
	assert.Equal(t, map[string]any{
		"StringEquals": map[string]any{"aws:SourceAccount": []string{"1"}, "aws:PrincipalTag/x": "y"},
		"Bool":         map[string]any{"k": "true"},
	}, mergeConditions(cond, template))
	assert.Equal(t, cond, mergeConditions(cond, nil))
	assert.Equal(t, template, mergeConditions(nil, template))
}

func TestRAMSourceType(t *testing.T) {
	for id, want := range map[string]string{
		"111111111111":                          "ACCOUNT",
		"arn:aws:s3:::bucket":                   "ARN",
		"o-abcdefghij":                          "ORGANIZATION_ID",
		"o-abcdefghij/r-ab12/ou-ab12-abcdefgh/": "ORGANIZATION_PATH",
	} {
		assert.Equal(t, want, RAMSourceType(id), id)
	}
}

// TestRAMFeatureTable walks every (feature set, event) pair of a share.
func TestRAMFeatureTable(t *testing.T) {
	type want struct {
		next   string
		reason string // "" means allowed
	}
	table := map[string]map[ramFeatureEvent]want{
		RAMFeatureCreatedFromPolicy: {
			ramFeatEvModify:  {RAMFeatureCreatedFromPolicy, ReasonCreatedFromPolicy},
			ramFeatEvPromote: {RAMFeaturePromoting, ""},
			ramFeatEvSettle:  {RAMFeatureCreatedFromPolicy, "not-promoting"},
		},
		RAMFeaturePromoting: {
			ramFeatEvModify:  {RAMFeaturePromoting, ""},
			ramFeatEvPromote: {RAMFeaturePromoting, ReasonShareNotFromPolicy},
			ramFeatEvSettle:  {RAMFeatureStandard, ""},
		},
		RAMFeatureStandard: {
			ramFeatEvModify:  {RAMFeatureStandard, ""},
			ramFeatEvPromote: {RAMFeatureStandard, ReasonShareNotFromPolicy},
			ramFeatEvSettle:  {RAMFeatureStandard, "not-promoting"},
		},
	}
	for _, f := range []string{RAMFeatureCreatedFromPolicy, RAMFeaturePromoting, RAMFeatureStandard} {
		for _, e := range ramFeatureEvents {
			w := table[f][e]
			next, err := ramFeatureNext(f, e)
			assert.Equal(t, w.next, next, "%s %d", f, e)
			if w.reason == "" {
				assert.NoError(t, err, "%s %d", f, e)
			} else if assert.Error(t, err, "%s %d", f, e) {
				assert.Equal(t, w.reason, err.(*Error).Reason)
			}
		}
	}
	next, err := ramFeatureNext("", ramFeatEvModify)
	assert.NoError(t, err)
	assert.Equal(t, RAMFeatureStandard, next, "the zero feature set is STANDARD")
}

// TestRAMSourceStatus walks a source association through its statuses with
// and without a propagation delay.
func TestRAMSourceStatus(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d := time.Minute
	r := &ramSource{id: "111111111111", created: t0}
	for _, tc := range []struct {
		delay   time.Duration
		now     time.Time
		status  RAMAssociationStatus
		updated time.Time
	}{
		{0, t0, RAMAssociated, t0},
		{d, t0, RAMAssociating, t0},
		{d, t0.Add(d - 1), RAMAssociating, t0},
		{d, t0.Add(d), RAMAssociated, t0.Add(d)},
	} {
		s, u := r.status(tc.now, tc.delay)
		assert.Equal(t, tc.status, s)
		assert.True(t, tc.updated.Equal(u))
	}
	t1 := t0.Add(time.Hour)
	r.removed = t1
	for _, tc := range []struct {
		delay   time.Duration
		now     time.Time
		status  RAMAssociationStatus
		updated time.Time
	}{
		{0, t1, RAMDisassociated, t1},
		{d, t1, RAMDisassociating, t1},
		{d, t1.Add(d), RAMDisassociated, t1.Add(d)},
	} {
		s, u := r.status(tc.now, tc.delay)
		assert.Equal(t, tc.status, s)
		assert.True(t, tc.updated.Equal(u))
	}
}

// TestRAMRegistryCopies: the registry's accessors hand out copies; changing
// one changes nothing in the store.
func TestRAMRegistryCopies(t *testing.T) {
	s := NewStore(nil)
	const arn = "arn:aws:ram::aws:permission/AWSRAMDefaultPermissionSubnet"
	p, ok := s.RAMPermissionByARN(arn)
	require.True(t, ok)
	want := slices.Clone(p.Actions)
	p.Actions[0] = "changed"
	again, _ := s.RAMPermissionByARN(arn)
	assert.Equal(t, want, again.Actions)

	rt, ok := s.RAMResourceTypeNamed("ec2:subnet")
	require.True(t, ok)
	rt.Actions[0] = "changed"
	rt2, _ := s.RAMResourceTypeNamed("ec2:Subnet")
	assert.Equal(t, want, rt2.Actions)

	cond := map[string]any{"StringEquals": map[string]any{"k": []any{"v"}}}
	c := cloneJSONObject(cond)
	c["StringEquals"].(map[string]any)["k"].([]any)[0] = "changed"
	assert.Equal(t, "v", cond["StringEquals"].(map[string]any)["k"].([]any)[0])
}
