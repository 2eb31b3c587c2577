package wellarchitected

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPatternsReadSpaceAsECMADoes: \s in the model's patterns is ECMA-262's
// whitespace (wire.md §4), no-break space and vertical tab included.
func TestPatternsReadSpaceAsECMADoes(t *testing.T) {
	for _, name := range []string{"tpl x", "tpl\u00a0x", "tpl\vx", "tpl\u2028x", "tpl\u3000x"} {
		assert.True(t, templateTextRE.MatchString(name), "%q", name)
	}
	assert.False(t, templateTextRE.MatchString("tpl\u200bx"), "a zero-width space is no space")
	assert.True(t, archDesignRE.MatchString("https://example.com/a"))
	for _, url := range []string{"https://example.com/a b", "https://example.com/a\u00a0b", "https://example.com/a\vb"} {
		assert.False(t, archDesignRE.MatchString(url), "%q", url)
	}
}
