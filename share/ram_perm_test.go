package share

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
