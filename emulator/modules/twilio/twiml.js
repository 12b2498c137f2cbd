(function (native) {
	'use strict';

	// twiml.js is require('twilio').twiml: VoiceResponse and
	// MessagingResponse with the verbs hooks use, on a small copy of the
	// xmlbuilder semantics twilio-node builds TwiML with (argument
	// swapping, null text dropping the element, escaping, the legal
	// character check) and its output: an XML declaration and the document
	// on one line, empty elements as <Name/>.

	// 4.x methods take a string first argument as the text themselves;
	// 3.x hand both arguments to xmlbuilder, which swaps them twice.
	var SWAPS_STRINGS = native.classes;
	// Before 3.39 twilio-node used xmlbuilder 9: a null attribute value
	// throws, null text keeps the element, arrays join with commas, and
	// fewer characters are illegal.
	var XMLBUILDER9 = native.xmlbuilder9;

	function isObject(value) {
		return !!value && (typeof value === 'function' || typeof value === 'object');
	}

	function valueOf(value) {
		return typeof value.valueOf === 'function' ? value.valueOf() : value;
	}

	function textEscape(s) {
		return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
	}

	function attEscape(s) {
		return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
			.replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
	}

	function isHigh(c) {
		return c >= 0xD800 && c <= 0xDBFF;
	}

	function isLow(c) {
		return c >= 0xDC00 && c <= 0xDFFF;
	}

	// assertLegalChar rejects what XML 1.0 cannot carry, reporting the
	// index xmlbuilder's regular expression would.
	function illegalChar(c) {
		if (XMLBUILDER9) {
			return c === 0 || c === 0xFFFE || c === 0xFFFF;
		}
		return c <= 0x08 || c === 0x0B || c === 0x0C || (c >= 0x0E && c <= 0x1F) || c === 0xFFFE || c === 0xFFFF;
	}

	function assertLegalChar(s) {
		for (var i = 0; i < s.length; i++) {
			var c = s.charCodeAt(i);
			var next = i + 1 < s.length ? s.charCodeAt(i + 1) : -1;
			var illegal = illegalChar(c) ||
				(isHigh(c) && !isLow(next)) || (i === 0 && isLow(c)) || (!isHigh(c) && isLow(next));
			if (illegal) {
				throw new Error('Invalid character in string: ' + s + ' at index ' + i);
			}
		}
		return s;
	}

	function XmlElement(parent, name) {
		this.parent = parent;
		this.name = name;
		this.attribs = {};
		this.children = [];
	}

	function setAttribute(element, name, value) {
		if (typeof value === 'function') {
			value = value.apply();
		}
		if (value !== null && value !== undefined) {
			element.attribs[name] = value;
		} else if (XMLBUILDER9) {
			throw new Error('Missing attribute value for attribute ' + name + ' of element ' + element.name);
		}
	}

	function setAttributes(element, attributes) {
		if (!isObject(attributes)) {
			// a single attribute name without a value
			setAttribute(element, attributes, undefined);
			return;
		}
		Object.keys(attributes).forEach(function (name) {
			setAttribute(element, name, attributes[name]);
		});
	}

	function addText(element, text) {
		if (text === null || text === undefined) {
			throw new Error(XMLBUILDER9 ? 'Missing element text' : 'Missing element text. parent: <' + element.name + '>');
		}
		element.children.push({text: assertLegalChar(textEscape(String(text)))});
	}

	// ele is xmlbuilder's element(name, attributes, text) for a string name.
	function ele(parent, name, attributes, text) {
		if (XMLBUILDER9) {
			attributes = valueOf(attributes === null || attributes === undefined ? {} : attributes);
			if (!isObject(attributes)) {
				var swapped9 = text;
				text = attributes;
				attributes = swapped9;
			}
			return node(parent, name, attributes, text);
		}
		if (attributes === null && (text === null || text === undefined)) {
			attributes = {};
			text = null;
		}
		if (attributes === null || attributes === undefined) {
			attributes = {};
		}
		attributes = valueOf(attributes);
		if (!isObject(attributes)) {
			var swapped = text;
			text = attributes;
			attributes = swapped;
		}
		if (text === null) {
			// a dummy node: returned, never part of the document
			return new XmlElement(parent, name);
		}
		return node(parent, name, attributes, text);
	}

	function node(parent, name, attributes, text) {
		attributes = attributes || {};
		attributes = valueOf(attributes);
		if (!isObject(attributes)) {
			var swapped = text;
			text = attributes;
			attributes = swapped;
		}
		var child = new XmlElement(parent, name);
		if (attributes !== null && attributes !== undefined) {
			setAttributes(child, attributes);
		}
		if (text !== null && text !== undefined) {
			addText(child, text);
		}
		parent.children.push(child);
		return child;
	}

	function attributeValue(value) {
		if (Array.isArray(value) && !XMLBUILDER9) {
			value = value.join(' ');
		}
		return attEscape('' + value || '');
	}

	function render(element) {
		var out = '<' + element.name;
		Object.keys(element.attribs).forEach(function (name) {
			out += ' ' + name + '="' + attributeValue(element.attribs[name]) + '"';
		});
		var empty = element.children.every(function (child) { return child.text === ''; });
		if (empty) {
			return out + '/>';
		}
		out += '>';
		element.children.forEach(function (child) {
			out += child.text !== undefined ? child.text : render(child);
		});
		return out + '</' + element.name + '>';
	}

	function documentOf(element) {
		while (element.parent) {
			element = element.parent;
		}
		return '<?xml version="1.0" encoding="UTF-8"?>' + render(element);
	}

	// ------------------------------------------------------------ TwiML

	function TwiML() {}
	TwiML.prototype._getXml = function () {
		return this[this._propertyName];
	};
	TwiML.prototype.toString = function () {
		return documentOf(this._getXml());
	};
	TwiML.prototype.addText = function (content) {
		addText(this._getXml(), content);
	};
	TwiML.prototype.addChild = function (tagName, attributes) {
		return new GenericNode(ele(this._getXml(), tagName, attributes));
	};

	function GenericNode(xml) {
		this.node = xml;
		this._propertyName = 'node';
	}
	GenericNode.prototype = Object.create(TwiML.prototype, {constructor: {value: GenericNode, writable: true, configurable: true}});

	var classes = {};

	function nodeClass(name) {
		if (classes[name]) {
			return classes[name];
		}
		var property = name.charAt(0).toLowerCase() + name.slice(1);
		var Class = function (xml) {
			this[property] = xml;
			this._propertyName = property;
		};
		Object.defineProperty(Class, 'name', {value: name, configurable: true});
		Class.prototype = Object.create(TwiML.prototype, {constructor: {value: Class, writable: true, configurable: true}});
		classes[name] = Class;
		return Class;
	}

	// verbs adds the methods of one TwiML class: method name, element
	// name, class of the result, whether it takes text after the
	// attributes.
	function verbs(Class, list) {
		list.forEach(function (verb) {
			var method = verb[0], element = verb[1], result = verb[2], takesText = verb[3];
			Class.prototype[method] = function (attributes, text) {
				var Result = nodeClass(result);
				if (!takesText) {
					return new Result(ele(this._getXml(), element, attributes));
				}
				if (SWAPS_STRINGS && typeof attributes === 'string') {
					text = attributes;
					attributes = {};
				}
				return new Result(ele(this._getXml(), element, attributes, text));
			};
		});
	}

	function response(name, verbList) {
		var Class = function () {
			var root = new XmlElement(null, 'Response');
			if (SWAPS_STRINGS) {
				this._propertyName = 'response';
				this.response = root;
			} else {
				this.response = root;
				this._propertyName = 'response';
			}
		};
		Object.defineProperty(Class, 'name', {value: name, configurable: true});
		Class.prototype = Object.create(TwiML.prototype, {constructor: {value: Class, writable: true, configurable: true}});
		verbs(Class, verbList);
		return Class;
	}

	var VoiceResponse = response('VoiceResponse', [
		['connect', 'Connect', 'Connect', false],
		['dial', 'Dial', 'Dial', true],
		['echo', 'Echo', 'Echo', false],
		['enqueue', 'Enqueue', 'Enqueue', true],
		['gather', 'Gather', 'Gather', false],
		['hangup', 'Hangup', 'Hangup', false],
		['leave', 'Leave', 'Leave', false],
		['pause', 'Pause', 'Pause', false],
		['play', 'Play', 'Play', true],
		['queue', 'Queue', 'Queue', true],
		['record', 'Record', 'Record', false],
		['redirect', 'Redirect', 'Redirect', true],
		['reject', 'Reject', 'Reject', false],
		['say', 'Say', 'Say', true],
		['sms', 'Sms', 'Sms', true]
	]);
	verbs(nodeClass('Say'), [
		[SWAPS_STRINGS ? 'break' : 'break_', 'break', 'SsmlBreak', false],
		['emphasis', 'emphasis', 'SsmlEmphasis', true],
		['lang', 'lang', 'SsmlLang', true],
		['p', 'p', 'SsmlP', true],
		['phoneme', 'phoneme', 'SsmlPhoneme', true],
		['prosody', 'prosody', 'SsmlProsody', true],
		['s', 's', 'SsmlS', true],
		['sayAs', 'say-as', 'SsmlSayAs', true],
		['sub', 'sub', 'SsmlSub', true],
		['w', 'w', 'SsmlW', true]
	]);
	verbs(nodeClass('Gather'), [
		['pause', 'Pause', 'Pause', false],
		['play', 'Play', 'Play', true],
		['say', 'Say', 'Say', true]
	]);
	verbs(nodeClass('Dial'), [
		['client', 'Client', 'Client', true],
		['conference', 'Conference', 'Conference', true],
		['number', 'Number', 'Number', true],
		['queue', 'Queue', 'Queue', true],
		['sim', 'Sim', 'Sim', true],
		['sip', 'Sip', 'Sip', true]
	]);

	var MessagingResponse = response('MessagingResponse', [
		['message', 'Message', 'Message', true],
		['redirect', 'Redirect', 'Redirect', true]
	]);
	verbs(nodeClass('Message'), [
		['body', 'Body', 'Body', true],
		['media', 'Media', 'Media', true]
	]);

	return {VoiceResponse: VoiceResponse, MessagingResponse: MessagingResponse};
})
