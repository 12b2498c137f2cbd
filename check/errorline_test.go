package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAMethodCallOffNullIsReportedOnItsOwnLine(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, `module.exports = function (recipient, text, context, cb) {
  var x = 1;
  null.foo();
  cb();
};`, nil)
	thrown := mustFind(t, rep, "no exception")
	assert.Equal(t, Fail, thrown.Status)
	assert.Equal(t, 3, thrown.Line)
	assert.Contains(t, thrown.Message, "TypeError: Cannot read property 'foo' of null (in all 4 cases)")
}
