package types

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestExceptions(t *testing.T) {
	m := "why"
	for _, c := range []struct {
		err interface {
			Error() string
			ErrorCode() string
			ErrorMessage() string
			HTTPStatusCode() int
		}
		code   string
		status int
	}{
		{&ValidationException{Message: &m}, "ValidationException", 400},
		{&AccessDeniedException{Message: &m}, "AccessDeniedException", 403},
		{&ResourceNotFoundException{Message: &m}, "ResourceNotFoundException", 404},
		{&ServiceQuotaExceededException{Message: &m}, "ServiceQuotaExceededException", 402},
		{&ThrottlingException{Message: &m}, "ThrottlingException", 429},
		{&InternalServerException{Message: &m}, "InternalServerException", 500},
	} {
		assert.Equal(t, c.code, c.err.ErrorCode())
		assert.Equal(t, c.status, c.err.HTTPStatusCode())
		assert.Equal(t, "why", c.err.ErrorMessage())
		assert.Equal(t, c.code+": why", c.err.Error())
	}
	assert.Empty(t, (&ThrottlingException{}).ErrorMessage(), "a nil message reads as empty")
}
