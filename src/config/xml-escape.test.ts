import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';

test('text escapes the markup characters and keeps quotes and line feeds', () => {
  assert.equal(escapeXmlText('a < b && c > "d" \'e\'\nf'), 'a &lt; b &amp;&amp; c &gt; "d" \'e\'\nf');
  assert.equal(escapeXmlText('&amp;'), '&amp;amp;');
  assert.equal(escapeXmlText('a\r\nb'), 'a&#13;\nb');
});

test('attributes also escape double quotes, tabs and line breaks', () => {
  assert.equal(escapeXmlAttribute('a"b\'c<d>&e\tf\ng\rh'), 'a&quot;b\'c&lt;d&gt;&amp;e&#9;f&#10;g&#13;h');
});

test('characters XML cannot carry become U+FFFD, pairs of surrogates stay', () => {
  assert.equal(escapeXmlText('a\u0000b\u001Fc\uFFFEd'), 'a\uFFFDb\uFFFDc\uFFFDd');
  assert.equal(escapeXmlText('x\uD800y\uDC00z'), 'x\uFFFDy\uFFFDz');
  assert.equal(escapeXmlText('emoji \uD83D\uDE00 kept'), 'emoji \uD83D\uDE00 kept');
  assert.equal(escapeXmlAttribute('\u0007'), '\uFFFD');
});
