package wellarchitected

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// The lens document format ImportLens accepts (spec/wellarchitected.md §2.3).
// Unknown keys are ignored.

type lensDoc struct {
	SchemaVersion *string       `json:"schemaVersion"`
	Name          *string       `json:"name"`
	Description   *string       `json:"description"`
	Pillars       *[]lensPillar `json:"pillars"`
}

type lensPillar struct {
	ID        *string         `json:"id"`
	Name      *string         `json:"name"`
	Questions *[]lensQuestion `json:"questions"`
}

type lensQuestion struct {
	ID              *string         `json:"id"`
	Title           *string         `json:"title"`
	Description     *string         `json:"description"`
	HelpfulResource *lensResource   `json:"helpfulResource"`
	Choices         *[]lensChoice   `json:"choices"`
	RiskRules       *[]lensRiskRule `json:"riskRules"`
}

type lensResource struct {
	DisplayText *string `json:"displayText"`
	URL         *string `json:"url"`
}

type lensChoice struct {
	ID                  *string              `json:"id"`
	Title               *string              `json:"title"`
	HelpfulResource     *lensResource        `json:"helpfulResource"`
	ImprovementPlan     *lensResource        `json:"improvementPlan"`
	AdditionalResources []lensAdditionalRsrc `json:"additionalResources"`
}

type lensAdditionalRsrc struct {
	Type    *string        `json:"type"`
	Content []lensResource `json:"content"`
}

type lensRiskRule struct {
	Condition *string `json:"condition"`
	Risk      *string `json:"risk"`
}

// LensSchemaVersion is the only lens document schema version accepted.
const LensSchemaVersion = "2021-11-01"

var lensIDRE = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

// lensProblem is the first thing wrong with a lens document.
type lensProblem struct{ path, problem string }

type lensChecker struct{ first *lensProblem }

func (c *lensChecker) fail(path, format string, args ...any) {
	if c.first == nil {
		c.first = &lensProblem{path, fmt.Sprintf(format, args...)}
	}
}

func (c *lensChecker) text(path string, s *string, required bool, min, max int) {
	if s == nil {
		if required {
			c.fail(path, "required")
		}
		return
	}
	if n := utf8.RuneCountInString(*s); n < min || n > max {
		c.fail(path, "length must be between %d and %d", min, max)
	}
}

func (c *lensChecker) id(path string, s *string, seen map[string]bool) {
	c.text(path, s, true, 3, 128)
	if s == nil {
		return
	}
	if !lensIDRE.MatchString(*s) {
		c.fail(path, "must contain only letters, digits and underscores")
	}
	if seen[*s] {
		c.fail(path, "duplicate id %s", *s)
	}
	seen[*s] = true
}

func (c *lensChecker) url(path string, u *string) {
	if u != nil && !strings.HasPrefix(*u, "http://") && !strings.HasPrefix(*u, "https://") {
		c.fail(path, "must start with http:// or https://")
	}
}

func (c *lensChecker) resource(path string, r *lensResource, required bool) {
	if r == nil {
		if required {
			c.fail(path, "required")
		}
		return
	}
	c.text(path+".displayText", r.DisplayText, required || r.URL != nil, 0, 2048)
	c.url(path+".url", r.URL)
}

// parseLensJSON validates a lens document and returns its name and
// description, or the ValidationException ImportLens fails with.
func parseLensJSON(s string) (share.WALensDoc, error) {
	var doc any
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	err := dec.Decode(&doc)
	if err == nil && dec.More() {
		err = errors.New("data after the document")
	}
	if err == nil {
		if _, ok := doc.(map[string]any); !ok {
			err = errors.New("the document must be a JSON object")
		}
	}
	if err != nil {
		return share.WALensDoc{}, &types.ValidationException{
			Message: ptr("[Validation] Invalid lens JSON: " + err.Error()),
			Reason:  types.ValidationExceptionReasonCannotParse,
		}
	}
	var d lensDoc
	if p := decodeLens("", doc, reflect.ValueOf(&d).Elem()); p != nil {
		// Well-formed JSON with a value of the wrong type: a field error.
		return share.WALensDoc{}, &types.ValidationException{
			Message: ptr(fmt.Sprintf("[Validation] Invalid lens JSON: %s: %s", p.path, p.problem)),
			Reason:  types.ValidationExceptionReasonFieldValidationFailed,
			Fields:  []types.ValidationExceptionField{{Name: ptr("JSONString"), Message: ptr(p.path + ": " + p.problem)}},
		}
	}
	var c lensChecker
	switch {
	case d.SchemaVersion == nil:
		c.fail("schemaVersion", "required")
	case *d.SchemaVersion != LensSchemaVersion:
		c.fail("schemaVersion", "must be %s", LensSchemaVersion)
	}
	c.text("name", d.Name, true, 1, 128)
	c.text("description", d.Description, true, 1, 2048)
	if d.Pillars == nil {
		c.fail("pillars", "required")
	} else {
		c.pillars(*d.Pillars)
	}
	if p := c.first; p != nil {
		return share.WALensDoc{}, &types.ValidationException{
			Message: ptr(fmt.Sprintf("[Validation] Invalid lens JSON: %s: %s", p.path, p.problem)),
			Reason:  types.ValidationExceptionReasonFieldValidationFailed,
			Fields:  []types.ValidationExceptionField{{Name: ptr("JSONString"), Message: ptr(p.path + ": " + p.problem)}},
		}
	}
	return share.WALensDoc{Name: *d.Name, Description: *d.Description, JSON: s}, nil
}

// count checks that the list at path has from min to max items, in the
// words of wellarchitected.md §2.3: "at least 1 item required".
func (c *lensChecker) count(path string, n, min, max int) {
	items := func(k int) string {
		if k == 1 {
			return "1 item"
		}
		return strconv.Itoa(k) + " items"
	}
	switch {
	case n < min:
		c.fail(path, "at least %s required", items(min))
	case n > max:
		c.fail(path, "at most %s allowed", items(max))
	}
}

func (c *lensChecker) pillars(ps []lensPillar) {
	c.count("pillars", len(ps), 1, 10)
	pillarIDs, questionIDs := map[string]bool{}, map[string]bool{}
	for i, p := range ps {
		path := fmt.Sprintf("pillars[%d]", i)
		c.id(path+".id", p.ID, pillarIDs)
		c.text(path+".name", p.Name, true, 1, 128)
		if p.Questions == nil {
			c.fail(path+".questions", "required")
			continue
		}
		c.count(path+".questions", len(*p.Questions), 1, 20)
		for j, q := range *p.Questions {
			c.question(fmt.Sprintf("%s.questions[%d]", path, j), q, questionIDs)
		}
	}
}

func (c *lensChecker) question(path string, q lensQuestion, ids map[string]bool) {
	c.id(path+".id", q.ID, ids)
	c.text(path+".title", q.Title, true, 1, 128)
	c.text(path+".description", q.Description, false, 0, 2048)
	c.resource(path+".helpfulResource", q.HelpfulResource, false)
	choiceIDs := map[string]bool{}
	if q.Choices == nil {
		c.fail(path+".choices", "required")
	} else {
		c.count(path+".choices", len(*q.Choices), 1, 15)
		for k, ch := range *q.Choices {
			c.choice(fmt.Sprintf("%s.choices[%d]", path, k), ch, choiceIDs)
		}
	}
	if q.RiskRules == nil {
		c.fail(path+".riskRules", "required")
		return
	}
	rules := *q.RiskRules
	c.count(path+".riskRules", len(rules), 1, 3)
	defaults, risks := 0, map[string]bool{}
	for k, r := range rules {
		rp := fmt.Sprintf("%s.riskRules[%d]", path, k)
		switch {
		case r.Condition == nil:
			c.fail(rp+".condition", "required")
		case *r.Condition == "default":
			defaults++
		default:
			idents, ok := parseCondition(*r.Condition)
			if !ok {
				c.fail(rp+".condition", "must be default or an expression of choice IDs with &&, || and !")
			}
			for _, ident := range idents {
				if !choiceIDs[ident] {
					c.fail(rp+".condition", "unknown choice %s", ident)
				}
			}
		}
		switch {
		case r.Risk == nil:
			c.fail(rp+".risk", "required")
		case *r.Risk != "HIGH_RISK" && *r.Risk != "MEDIUM_RISK" && *r.Risk != "NO_RISK":
			c.fail(rp+".risk", "must be HIGH_RISK, MEDIUM_RISK or NO_RISK")
		case risks[*r.Risk]:
			c.fail(rp+".risk", "duplicate risk %s", *r.Risk)
		default:
			risks[*r.Risk] = true
		}
	}
	if defaults != 1 {
		c.fail(path+".riskRules", "exactly one default rule required")
	}
}

// parseCondition parses a risk-rule condition: choice IDs combined with
// &&, ||, ! and parentheses. It returns the choice IDs named, and false when
// the condition is not such an expression.
func parseCondition(cond string) ([]string, bool) {
	p := conditionParser{src: cond}
	p.next()
	if !p.or() || p.tok != "" {
		return nil, false
	}
	return p.idents, true
}

// conditionParser is a recursive-descent parser over the tokens of a
// condition; tok is the current token, "" at the end and "?" for a
// character that has no place in a condition.
type conditionParser struct {
	src    string
	pos    int
	tok    string
	idents []string
}

func isIdentByte(ch byte) bool {
	return ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
}

func (p *conditionParser) next() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos == len(p.src) {
		p.tok = ""
		return
	}
	start := p.pos
	switch ch := p.src[p.pos]; {
	case isIdentByte(ch):
		for p.pos < len(p.src) && isIdentByte(p.src[p.pos]) {
			p.pos++
		}
	case (ch == '&' || ch == '|') && p.pos+1 < len(p.src) && p.src[p.pos+1] == ch:
		p.pos += 2
	case ch == '!' || ch == '(' || ch == ')':
		p.pos++
	default:
		p.pos = len(p.src)
		p.tok = "?"
		return
	}
	p.tok = p.src[start:p.pos]
}

// or: and { "||" and }
func (p *conditionParser) or() bool {
	if !p.and() {
		return false
	}
	for p.tok == "||" {
		p.next()
		if !p.and() {
			return false
		}
	}
	return true
}

// and: not { "&&" not }
func (p *conditionParser) and() bool {
	if !p.not() {
		return false
	}
	for p.tok == "&&" {
		p.next()
		if !p.not() {
			return false
		}
	}
	return true
}

// not: "!" not | "(" or ")" | choice ID
func (p *conditionParser) not() bool {
	switch {
	case p.tok == "!":
		p.next()
		return p.not()
	case p.tok == "(":
		p.next()
		if !p.or() || p.tok != ")" {
			return false
		}
		p.next()
		return true
	case p.tok != "" && isIdentByte(p.tok[0]):
		p.idents = append(p.idents, p.tok)
		p.next()
		return true
	}
	return false
}

func (c *lensChecker) choice(path string, ch lensChoice, ids map[string]bool) {
	c.id(path+".id", ch.ID, ids)
	c.text(path+".title", ch.Title, true, 1, 128)
	c.resource(path+".helpfulResource", ch.HelpfulResource, false)
	none := ch.ID != nil && strings.HasSuffix(*ch.ID, "_no")
	c.resource(path+".improvementPlan", ch.ImprovementPlan, !none)
	perType := map[string]int{}
	for i, a := range ch.AdditionalResources {
		ap := fmt.Sprintf("%s.additionalResources[%d]", path, i)
		if a.Type == nil || (*a.Type != "HELPFUL_RESOURCE" && *a.Type != "IMPROVEMENT_PLAN") {
			c.fail(ap+".type", "must be HELPFUL_RESOURCE or IMPROVEMENT_PLAN")
			continue
		}
		perType[*a.Type] += len(a.Content)
		if perType[*a.Type] > 5 {
			c.fail(ap+".content", "at most 5 items per type")
		}
		for j, r := range a.Content {
			c.resource(fmt.Sprintf("%s.content[%d]", ap, j), &r, true)
		}
	}
}

// jsonKind names the JSON type a Go kind decodes from.
// decodeLens stores v, a part of a lens document decoded into any, in dst, a
// lensDoc or one of its members, at path. Keys match the json tags exactly
// (encoding/json would match them in any case); other keys are ignored, as
// is null. It returns the first value of the wrong type, with its path,
// array indices included.
func decodeLens(path string, v any, dst reflect.Value) *lensProblem {
	if v == nil {
		return nil
	}
	wrong := func() *lensProblem { return &lensProblem{path, "must be " + jsonKind(dst.Kind())} }
	switch dst.Kind() {
	case reflect.Pointer:
		elem := reflect.New(dst.Type().Elem())
		if p := decodeLens(path, v, elem.Elem()); p != nil {
			return p
		}
		dst.Set(elem)
	case reflect.String:
		str, ok := v.(string)
		if !ok {
			return wrong()
		}
		dst.SetString(str)
	case reflect.Slice:
		items, ok := v.([]any)
		if !ok {
			return wrong()
		}
		out := reflect.MakeSlice(dst.Type(), len(items), len(items))
		for i, item := range items {
			if p := decodeLens(fmt.Sprintf("%s[%d]", path, i), item, out.Index(i)); p != nil {
				return p
			}
		}
		dst.Set(out)
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			return wrong()
		}
		for i := range dst.NumField() {
			name := dst.Type().Field(i).Tag.Get("json")
			at := name
			if path != "" {
				at = path + "." + name
			}
			if p := decodeLens(at, m[name], dst.Field(i)); p != nil {
				return p
			}
		}
	default:
		panic("lens document field of kind " + dst.Kind().String())
	}
	return nil
}

func jsonKind(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Bool:
		return "a boolean"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "a number"
}
