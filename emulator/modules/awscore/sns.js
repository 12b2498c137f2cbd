(function (native) {
	'use strict';

	// sns.js is the part of Amazon SNS's API model both aws-sdk shims share:
	// the operations a send-phone-message hook calls, their input and output
	// shapes, the Query serialization of an input and the reading of an XML
	// answer (native.xml gives the document as {n: name, c: children, t:
	// text} nodes). Shapes follow the SDKs' own model of SNS 2010-03-31:
	// member order is the one @aws-sdk/client-sns serializes in (required
	// members first); aws-sdk v2 sorts the form instead.

	var STRING = {type: 'string'};
	var MESSAGE_ATTRIBUTE = {type: 'structure', required: ['DataType'], members: [
		['DataType', STRING], ['StringValue', STRING], ['BinaryValue', {type: 'blob'}]
	]};
	var MESSAGE_ATTRIBUTES = {type: 'map', keyName: 'Name', valueName: 'Value', value: MESSAGE_ATTRIBUTE};
	var STRING_MAP = {type: 'map', keyName: 'key', valueName: 'value', value: STRING};

	var operations = {
		Publish: {
			input: {type: 'structure', required: ['Message'], members: [
				['Message', STRING], ['TopicArn', STRING], ['TargetArn', STRING], ['PhoneNumber', STRING],
				['Subject', STRING], ['MessageStructure', STRING], ['MessageAttributes', MESSAGE_ATTRIBUTES],
				['MessageDeduplicationId', STRING], ['MessageGroupId', STRING]
			]},
			output: {type: 'structure', members: [['MessageId', STRING], ['SequenceNumber', STRING]]}
		},
		SetSMSAttributes: {
			input: {type: 'structure', required: ['attributes'], members: [['attributes', STRING_MAP]]},
			output: {type: 'structure', members: []}
		},
		GetSMSAttributes: {
			input: {type: 'structure', members: [['attributes', {type: 'list', member: STRING}]]},
			output: {type: 'structure', members: [['attributes', STRING_MAP]]}
		},
		CheckIfPhoneNumberIsOptedOut: {
			input: {type: 'structure', required: ['phoneNumber'], members: [['phoneNumber', STRING]]},
			output: {type: 'structure', members: [['isOptedOut', {type: 'boolean'}]]}
		}
	};

	// escape is the percent-encoding AWS's Query APIs take: RFC 3986
	// unreserved characters stay, everything else is %XX of its UTF-8.
	function escape(s) {
		return encodeURIComponent(s).replace(/[!'()*]/g, function (ch) {
			return '%' + ch.charCodeAt(0).toString(16).toUpperCase();
		});
	}

	function scalarText(shape, value) {
		if (shape.type === 'blob') {
			return native.base64(value);
		}
		if (value instanceof Date) {
			return value.toISOString();
		}
		return String(value);
	}

	// flatten turns an input into [name, text] pairs, walking the shape:
	// structures by member, maps as prefix.entry.N.key/value, lists as
	// prefix.member.N. Members the shape does not know are left out, as
	// the SDKs' serializers leave them.
	function flatten(shape, value, prefix, out) {
		if (value === undefined || value === null) {
			return out;
		}
		switch (shape.type) {
		case 'structure':
			shape.members.forEach(function (m) {
				if (Object.prototype.hasOwnProperty.call(value, m[0])) {
					flatten(m[1], value[m[0]], prefix ? prefix + '.' + m[0] : m[0], out);
				}
			});
			return out;
		case 'map':
			Object.keys(value).forEach(function (k, i) {
				var entry = prefix + '.entry.' + (i + 1) + '.';
				out.push([entry + shape.keyName, k]);
				flatten(shape.value, value[k], entry + shape.valueName, out);
			});
			return out;
		case 'list':
			for (var i = 0; i < value.length; i++) {
				flatten(shape.member, value[i], prefix + '.member.' + (i + 1), out);
			}
			return out;
		default:
			out.push([prefix, scalarText(shape, value)]);
			return out;
		}
	}

	// form is the Query body of an operation's input: Action and Version
	// first, then the members; sorted sorts every pair by name, as aws-sdk
	// v2 does.
	function form(operation, params, sorted) {
		var pairs = flatten(operations[operation].input, params || {}, '', []);
		var head = [['Action', operation], ['Version', '2010-03-31']];
		pairs = head.concat(pairs);
		if (sorted) {
			pairs.sort(function (a, b) { return a[0] < b[0] ? -1 : (a[0] > b[0] ? 1 : 0); });
		}
		return pairs.map(function (p) { return escape(p[0]) + '=' + escape(p[1]); }).join('&');
	}

	function child(node, name) {
		if (!node || !node.c) {
			return undefined;
		}
		for (var i = 0; i < node.c.length; i++) {
			if (node.c[i].n === name) {
				return node.c[i];
			}
		}
		return undefined;
	}

	function children(node, name) {
		return node && node.c ? node.c.filter(function (c) { return c.n === name; }) : [];
	}

	function readValue(shape, node) {
		switch (shape.type) {
		case 'structure':
			var out = {};
			shape.members.forEach(function (m) {
				var c = child(node, m[0]);
				if (c !== undefined) {
					out[m[0]] = readValue(m[1], c);
				}
			});
			return out;
		case 'map':
			var map = {};
			children(node, 'entry').forEach(function (e) {
				var k = child(e, shape.keyName), v = child(e, shape.valueName);
				if (k !== undefined) {
					map[k.t] = v === undefined ? undefined : readValue(shape.value, v);
				}
			});
			return map;
		case 'list':
			return children(node, 'member').map(function (c) { return readValue(shape.member, c); });
		case 'boolean':
			return node.t === 'true';
		default:
			return node.t;
		}
	}

	// result reads a successful answer: the operation's members from
	// <OperationResult>, and the request id from <ResponseMetadata>.
	function result(operation, body) {
		var root = native.xml(body);
		var meta = child(child(root, 'ResponseMetadata'), 'RequestId');
		var wrapper = child(root, operation + 'Result');
		return {
			requestId: meta ? meta.t : undefined,
			data: wrapper ? readValue(operations[operation].output, wrapper) : {}
		};
	}

	// fault reads an <ErrorResponse>: {Type, Code, Message, RequestId,
	// xmlns}, or null when the body is not XML at all.
	function fault(body) {
		var root;
		try {
			root = native.xml(body);
		} catch (e) {
			return null;
		}
		var err = child(root, 'Error') || child(child(root, 'Errors'), 'Error');
		var out = {};
		['Type', 'Code', 'Message'].forEach(function (name) {
			var c = child(err, name);
			if (c !== undefined) {
				out[name] = c.t;
			}
		});
		var rid = child(root, 'RequestId');
		if (rid !== undefined) {
			out.RequestId = rid.t;
		}
		if (root.ns) {
			out.xmlns = root.ns;
		}
		return out;
	}

	return {operations: operations, form: form, result: result, fault: fault, escape: escape};
})
