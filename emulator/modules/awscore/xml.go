package awscore

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Bounds on an XML answer: far above anything SNS sends, low enough that
// a hostile body costs little.
const (
	maxXMLDepth = 64
	maxXMLNodes = 10000
)

// Node is one element of an XML document as the shims' JavaScript reads
// it: its local name, its child elements, and its character data (only
// for elements without children, as the SDKs' parsers read it).
type Node struct {
	Name string
	// Namespace is the element's namespace URI (xmlns), which
	// @aws-sdk/client-sns copies onto a modeled error.
	Namespace string
	Children  []*Node
	Text      string
}

// ParseXML reads a document into its root element. A body that is not
// well-formed XML, or that is deeper or larger than the bounds, is an
// error.
func ParseXML(body string) (*Node, error) {
	dec := xml.NewDecoder(strings.NewReader(body))
	dec.Strict = true
	var stack []*Node
	var root *Node
	var text strings.Builder
	count := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("the answer is not XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			count++
			if len(stack) >= maxXMLDepth || count > maxXMLNodes {
				return nil, fmt.Errorf("the XML answer is deeper than %d or has more than %d elements", maxXMLDepth, maxXMLNodes)
			}
			if root != nil && len(stack) == 0 {
				return nil, fmt.Errorf("the XML answer has more than one root element")
			}
			n := &Node{Name: t.Name.Local, Namespace: t.Name.Space}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.Children = append(parent.Children, n)
			} else {
				root = n
			}
			stack = append(stack, n)
			text.Reset()
		case xml.EndElement:
			n := stack[len(stack)-1]
			if len(n.Children) == 0 {
				n.Text = text.String()
			}
			stack = stack[:len(stack)-1]
			text.Reset()
		case xml.CharData:
			if len(stack) > 0 {
				text.Write(t)
			}
		}
	}
	if root == nil {
		return nil, fmt.Errorf("the answer is empty, not XML")
	}
	return root, nil
}
