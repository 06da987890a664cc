import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { XmlRpcError, XmlRpcResult } from '../xml-rpc/xml-rpc-types.js';
import { declareJunosPrefix, JUNOS_BOUNDARY, multipart, nestedErrors, renderResult } from './rest-reply.js';
import { statusOf } from './rest-status.js';

const SYNTAX: XmlRpcError = { type: 'protocol', tag: 'operation-failed', severity: 'error', message: 'syntax error', badElement: 'get-foo' };
const WARNING: XmlRpcError = { type: 'protocol', tag: 'operation-failed', severity: 'warning', message: 'statement not found' };
const xml = (result: XmlRpcResult): string => renderResult(result, { format: 'xml', jsonFromExecutor: false, release: '17.3R1' }).body;
const json = (result: XmlRpcResult, jsonFromExecutor = false): unknown => JSON.parse(renderResult(result, { format: 'json', jsonFromExecutor, release: '17.3R1' }).body);
const text = (result: XmlRpcResult): string => renderResult(result, { format: 'text', jsonFromExecutor: false, release: '17.3R1' }).body;

describe('renderResult', () => {
  test('XML: errors first, the payload as given, <ok/> for an OK-only reply', () => {
    assert.equal(xml({ payload: '', ok: true, errors: [] }), '<ok/>\n');
    const body = xml({ payload: '', ok: false, errors: [SYNTAX] });
    assert.equal(body, '<rpc-error>\n<error-type>protocol</error-type>\n<error-tag>operation-failed</error-tag>\n<error-severity>error</error-severity>\n<error-info>\n<bad-element>get-foo</bad-element>\n</error-info>\n<error-message>\nsyntax error\n</error-message>\n</rpc-error>\n');
    assert.equal(xml({ payload: '<a>1</a>', ok: false, errors: [WARNING] }).endsWith('</rpc-error>\n<a>1</a>\n'), true);
  });

  test('the junos prefix is declared on the payload\'s first element when used and not declared', () => {
    assert.equal(declareJunosPrefix('    <x junos:style="terse"><y/></x>\n', '17.3R1'), '    <x xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos" junos:style="terse"><y/></x>\n');
    assert.equal(declareJunosPrefix('<x xmlns:junos="u" junos:a="1"/>', '17.3R1'), '<x xmlns:junos="u" junos:a="1"/>');
    assert.equal(declareJunosPrefix('<x a="1"/>', '17.3R1'), '<x a="1"/>');
  });

  test('JSON from the executor is its (XML-escaped) document, decoded', () => {
    const document = '{"software-information" : [{"host-name" : [{"data" : "a<b & \\"c\\""}]}]}';
    const escaped = document.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    assert.deepEqual(json({ payload: escaped, ok: false, errors: [] }, true), JSON.parse(document));
  });

  test('JSON of an XML payload: Junos\'s mapping (arrays of objects, data, attributes, flags)', () => {
    const payload = '<load-configuration-results junos:a="1">\n<ok/>\n<n>2</n><n>3</n>\n</load-configuration-results>\n';
    assert.deepEqual(json({ payload, ok: false, errors: [] }), {
      'load-configuration-results': [{ attributes: { a: '1' }, ok: [{ data: [null] }], n: [{ data: '2' }, { data: '3' }] }],
    });
    assert.deepEqual(json({ payload: '', ok: true, errors: [] }), { ok: [{ data: [null] }] });
  });

  test('JSON of a failed reply is its errors', () => {
    assert.deepEqual(json({ payload: '', ok: false, errors: [SYNTAX] }), {
      'rpc-error': [
        {
          'error-type': [{ data: 'protocol' }],
          'error-tag': [{ data: 'operation-failed' }],
          'error-severity': [{ data: 'error' }],
          'error-message': [{ data: 'syntax error' }],
          'error-info': [{ 'bad-element': [{ data: 'get-foo' }] }],
        },
      ],
    });
  });

  test('text: error lines, then the payload\'s text with entities decoded', () => {
    assert.equal(text({ payload: '<output>\nHostname: r1 &amp; co\n</output>\n', ok: false, errors: [WARNING] }), 'warning: statement not found\nHostname: r1 & co\n');
    assert.equal(text({ payload: '<configuration-information>\n<configuration-output>\n[edit]\n</configuration-output>\n</configuration-information>\n', ok: false, errors: [] }), '[edit]\n');
    assert.equal(text({ payload: '', ok: true, errors: [] }), '');
  });
});

describe('multipart', () => {
  test('RFC 2046 framing with Junos\'s boundary', () => {
    const body = multipart([
      { contentType: 'application/xml; charset=utf-8', body: '<ok/>\n' },
      { contentType: 'text/plain; charset=utf-8', body: 'x' },
    ]);
    assert.equal(body.contentType, `multipart/mixed; boundary=${JUNOS_BOUNDARY}`);
    assert.equal(
      body.body,
      `--${JUNOS_BOUNDARY}\r\nContent-Type: application/xml; charset=utf-8\r\n\r\n<ok/>\n\r\n--${JUNOS_BOUNDARY}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nx\r\n--${JUNOS_BOUNDARY}--\r\n`,
    );
  });

  test('a part that contains the boundary gets another one', () => {
    const body = multipart([{ contentType: 'text/plain', body: `--${JUNOS_BOUNDARY}` }]);
    assert.equal(body.contentType, `multipart/mixed; boundary=${JUNOS_BOUNDARY}0`);
  });
});

describe('statuses', () => {
  test('from the first error of severity error', () => {
    assert.equal(statusOf([]), 200);
    assert.equal(statusOf([WARNING]), 200);
    assert.equal(statusOf([WARNING, SYNTAX]), 400);
    assert.equal(statusOf([{ ...SYNTAX, message: 'permission denied' }]), 403);
    assert.equal(statusOf([{ ...SYNTAX, message: 'configuration database locked by: …', tag: 'lock-denied' }]), 409);
    assert.equal(statusOf([{ ...SYNTAX, message: 'configuration check-out failed' }]), 500);
    assert.equal(statusOf([], 500), 500);
  });

  test('errors inside a failed payload are read back', () => {
    const payload = '<load-configuration-results>\n<rpc-error>\n<error-severity>error</error-severity>\n<error-message>\nsyntax error\n</error-message>\n<error-info><bad-element>foo</bad-element></error-info>\n</rpc-error>\n</load-configuration-results>';
    const errors = nestedErrors(payload);
    assert.deepEqual(errors, [{ type: 'protocol', tag: 'operation-failed', severity: 'error', message: 'syntax error', badElement: 'foo' }]);
    assert.equal(statusOf(errors, 500), 400);
  });
});
