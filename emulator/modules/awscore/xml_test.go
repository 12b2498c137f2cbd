package awscore_test

import (
	"strings"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/awscore"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseXMLReadsAnSNSAnswer(t *testing.T) {
	t.Parallel()
	root, err := awscore.ParseXML(`<?xml version="1.0"?>
<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>a &amp; b</Message></Error>
  <RequestId>r-1</RequestId>
</ErrorResponse>`)
	require.NoError(t, err)
	assert.Equal(t, "ErrorResponse", root.Name)
	assert.Equal(t, "http://sns.amazonaws.com/doc/2010-03-31/", root.Namespace)
	require.Len(t, root.Children, 2)
	errNode := root.Children[0]
	require.Len(t, errNode.Children, 3)
	assert.Equal(t, "Code", errNode.Children[1].Name)
	assert.Equal(t, "InvalidParameter", errNode.Children[1].Text)
	assert.Equal(t, "a & b", errNode.Children[2].Text)
	assert.Equal(t, "r-1", root.Children[1].Text)
	assert.Empty(t, errNode.Text, "an element with children has no text of its own")
}

func TestParseXMLRefusesWhatIsNotOneBoundedDocument(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, body string }{
		{"plain text", "Bad Gateway"},
		{"an empty body", ""},
		{"an unclosed element", "<a><b></a>"},
		{"two roots", "<a/><b/>"},
		{"deeper than the bound", strings.Repeat("<a>", 100) + strings.Repeat("</a>", 100)},
		{"more elements than the bound", "<a>" + strings.Repeat("<b/>", 20000) + "</a>"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			t.Parallel()
			_, err := awscore.ParseXML(tt.body)
			assert.Error(t, err)
		})
	}
}

func FuzzParseXML(f *testing.F) {
	f.Add(`<PublishResponse><PublishResult><MessageId>x</MessageId></PublishResult></PublishResponse>`)
	f.Add(`<a xmlns="u"><b>t</b><b/></a>`)
	f.Fuzz(func(t *testing.T, body string) {
		root, err := awscore.ParseXML(body)
		if err == nil && root == nil {
			t.Fatal("no error and no root")
		}
	})
}
