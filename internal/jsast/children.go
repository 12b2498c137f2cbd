package jsast

import "github.com/dop251/goja/ast"

// Children lists the nodes directly inside n, in source order. Names
// that are not variables are left out: property names after a dot,
// non-computed keys, labels, and the names of functions and classes
// (their declarations are the resolver's business).
func Children(n ast.Node) []ast.Node {
	var c collector
	switch n := n.(type) {
	case *ast.Program:
		c.statements(n.Body)
	case *ast.ParameterList:
		c.bindings(n.List)
		c.add(n.Rest)
	case ast.Statement:
		c.statement(n)
	case ast.Expression:
		c.expression(n)
	case ast.ClassElement:
		c.classElement(n)
	case *ast.ExpressionBody:
		c.add(n.Expression)
	case ast.ForLoopInitializer:
		c.forInit(n)
	case ast.ForInto:
		c.forInto(n)
	}
	return c.nodes
}

// collector gathers children, skipping the nil ones an optional part
// leaves (a typed nil pointer would otherwise pass as a node).
type collector struct{ nodes []ast.Node }

func (c *collector) add(n ast.Node) {
	if n != nil && !isNilNode(n) {
		c.nodes = append(c.nodes, n)
	}
}

func (c *collector) statements(list []ast.Statement) {
	for _, s := range list {
		c.add(s)
	}
}

func (c *collector) expressions(list []ast.Expression) {
	for _, e := range list {
		c.add(e)
	}
}

func (c *collector) bindings(list []*ast.Binding) {
	for _, b := range list {
		c.add(b)
	}
}

func (c *collector) statement(s ast.Statement) {
	switch s := s.(type) {
	case *ast.BlockStatement:
		c.statements(s.List)
	case *ast.ExpressionStatement:
		c.add(s.Expression)
	case *ast.VariableStatement:
		c.bindings(s.List)
	case *ast.LexicalDeclaration:
		c.bindings(s.List)
	case *ast.FunctionDeclaration:
		c.add(s.Function)
	case *ast.ClassDeclaration:
		c.add(s.Class)
	case *ast.IfStatement:
		c.add(s.Test)
		c.add(s.Consequent)
		c.add(s.Alternate)
	case *ast.ReturnStatement:
		c.add(s.Argument)
	case *ast.ThrowStatement:
		c.add(s.Argument)
	case *ast.TryStatement:
		c.add(s.Body)
		c.add(s.Catch)
		c.add(s.Finally)
	case *ast.CatchStatement:
		c.add(s.Parameter)
		c.add(s.Body)
	default:
		c.loopOrOther(s)
	}
}

func (c *collector) loopOrOther(s ast.Statement) {
	switch s := s.(type) {
	case *ast.SwitchStatement:
		c.add(s.Discriminant)
		for _, cs := range s.Body {
			c.add(cs)
		}
	case *ast.CaseStatement:
		c.add(s.Test)
		c.statements(s.Consequent)
	case *ast.ForStatement:
		c.add(s.Initializer)
		c.add(s.Test)
		c.add(s.Update)
		c.add(s.Body)
	case *ast.ForInStatement:
		c.add(s.Into)
		c.add(s.Source)
		c.add(s.Body)
	case *ast.ForOfStatement:
		c.add(s.Into)
		c.add(s.Source)
		c.add(s.Body)
	case *ast.WhileStatement:
		c.add(s.Test)
		c.add(s.Body)
	case *ast.DoWhileStatement:
		c.add(s.Body)
		c.add(s.Test)
	case *ast.LabelledStatement:
		c.add(s.Statement)
	case *ast.WithStatement:
		c.add(s.Object)
		c.add(s.Body)
	}
	// Branch, empty, debugger and bad statements hold nothing.
}

func (c *collector) expression(e ast.Expression) {
	switch e := e.(type) {
	case *ast.AssignExpression:
		c.add(e.Left)
		c.add(e.Right)
	case *ast.BinaryExpression:
		c.add(e.Left)
		c.add(e.Right)
	case *ast.UnaryExpression:
		c.add(e.Operand)
	case *ast.ConditionalExpression:
		c.add(e.Test)
		c.add(e.Consequent)
		c.add(e.Alternate)
	case *ast.CallExpression:
		c.add(e.Callee)
		c.expressions(e.ArgumentList)
	case *ast.NewExpression:
		c.add(e.Callee)
		c.expressions(e.ArgumentList)
	case *ast.DotExpression:
		c.add(e.Left)
	case *ast.PrivateDotExpression:
		c.add(e.Left)
	case *ast.BracketExpression:
		c.add(e.Left)
		c.add(e.Member)
	case *ast.OptionalChain:
		c.add(e.Expression)
	case *ast.Optional:
		c.add(e.Expression)
	default:
		c.compound(e)
	}
}

// compound keeps expression() on one screen.
func (c *collector) compound(e ast.Expression) {
	switch e := e.(type) {
	case *ast.FunctionLiteral:
		c.add(e.ParameterList)
		c.add(e.Body)
	case *ast.ArrowFunctionLiteral:
		c.add(e.ParameterList)
		c.add(e.Body)
	case *ast.ClassLiteral:
		c.add(e.SuperClass)
		for _, el := range e.Body {
			c.add(el)
		}
	case *ast.Binding:
		c.add(e.Target)
		c.add(e.Initializer)
	case *ast.ArrayLiteral:
		c.expressions(e.Value)
	case *ast.ArrayPattern:
		c.expressions(e.Elements)
		c.add(e.Rest)
	default:
		c.literal(e)
	}
}

func (c *collector) literal(e ast.Expression) {
	switch e := e.(type) {
	case *ast.ObjectLiteral:
		c.properties(e.Value)
	case *ast.ObjectPattern:
		c.properties(e.Properties)
		c.add(e.Rest)
	case *ast.PropertyShort:
		c.add(&e.Name)
		c.add(e.Initializer)
	case *ast.PropertyKeyed:
		if e.Computed {
			c.add(e.Key)
		}
		c.add(e.Value)
	case *ast.SpreadElement:
		c.add(e.Expression)
	case *ast.SequenceExpression:
		c.expressions(e.Sequence)
	case *ast.TemplateLiteral:
		c.add(e.Tag)
		c.expressions(e.Expressions)
	case *ast.AwaitExpression:
		c.add(e.Argument)
	case *ast.YieldExpression:
		c.add(e.Argument)
	}
	// Identifiers, literals, this, super and new.target hold nothing.
}

func (c *collector) properties(list []ast.Property) {
	for _, p := range list {
		c.add(p)
	}
}

func (c *collector) classElement(el ast.ClassElement) {
	switch el := el.(type) {
	case *ast.MethodDefinition:
		if el.Computed {
			c.add(el.Key)
		}
		c.add(el.Body)
	case *ast.FieldDefinition:
		if el.Computed {
			c.add(el.Key)
		}
		c.add(el.Initializer)
	case *ast.ClassStaticBlock:
		c.add(el.Block)
	}
}

func (c *collector) forInit(n ast.ForLoopInitializer) {
	switch n := n.(type) {
	case *ast.ForLoopInitializerExpression:
		c.add(n.Expression)
	case *ast.ForLoopInitializerVarDeclList:
		c.bindings(n.List)
	case *ast.ForLoopInitializerLexicalDecl:
		c.bindings(n.LexicalDeclaration.List)
	}
}

func (c *collector) forInto(n ast.ForInto) {
	switch n := n.(type) {
	case *ast.ForIntoVar:
		c.add(n.Binding)
	case *ast.ForDeclaration:
		c.add(n.Target)
	case *ast.ForIntoExpression:
		c.add(n.Expression)
	}
}
