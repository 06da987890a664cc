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

test('every UTF-16 code unit, alone and beside a letter, is kept or replaced as the rules say', () => {
  // The rules, written out independently of the module's fast path and loop.
  const expected = (unit: number, attribute: boolean): string => {
    const special: Record<number, string> = { 0x26: '&amp;', 0x3c: '&lt;', 0x3e: '&gt;', 0x0d: '&#13;' };
    if (attribute) Object.assign(special, { 0x22: '&quot;', 0x09: '&#9;', 0x0a: '&#10;' });
    if (special[unit] !== undefined) return special[unit];
    const kept = unit === 0x09 || unit === 0x0a || (unit >= 0x20 && unit < 0xd800) || (unit >= 0xe000 && unit <= 0xfffd);
    return kept ? String.fromCharCode(unit) : '\uFFFD';
  };
  for (let unit = 0; unit <= 0xffff; unit += 1) {
    const char = String.fromCharCode(unit);
    assert.equal(escapeXmlText(`a${char}`), `a${expected(unit, false)}`, `text U+${unit.toString(16)}`);
    assert.equal(escapeXmlAttribute(`${char}a`), `${expected(unit, true)}a`, `attribute U+${unit.toString(16)}`);
  }
});
