import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acceptFormat, bodyParams, bodyRpcs, formatOf, isProblem, parseRpcPath, queryParams, queryValue } from './rest-request.js';

const names = (value: unknown): string[] => {
  assert.ok(Array.isArray(value), JSON.stringify(value));
  return (value as { name: string; text: string }[]).map((element) => (element.text === '' ? element.name : `${element.name}=${element.text}`));
};

describe('parseRpcPath', () => {
  test('method, @ attributes and path parameters (flags without =value), percent-decoded', () => {
    const url = parseRpcPath('get-interface-information@format=json/interface-name=ge-0%2F0%2F0/terse');
    assert.ok(!isProblem(url));
    assert.equal(url.name, 'get-interface-information');
    assert.deepEqual(url.attributes, { format: 'json' });
    assert.deepEqual(names(url.params), ['interface-name=ge-0/0/0', 'terse']);
  });

  test('several attributes; a trailing slash is nothing', () => {
    const url = parseRpcPath('get-configuration@format=text@database=committed/');
    assert.ok(!isProblem(url));
    assert.deepEqual(url.attributes, { format: 'text', database: 'committed' });
    assert.deepEqual(url.params, []);
  });

  test('refuses what is not a name, an attribute without a value, bad percent-encoding', () => {
    for (const rest of ['', 'get%20software', 'get-software-information@format', 'get-software-information/%zz', 'x/<a>=1']) {
      const url = parseRpcPath(rest);
      assert.ok(isProblem(url), rest);
    }
  });
});

describe('query and body parameters', () => {
  test('query string: & separated, + is a space, flags, a skipped name', () => {
    assert.deepEqual(names(queryParams('interface-name=em0&terse&description=a+b%21')), ['interface-name=em0', 'terse', 'description=a b!']);
    assert.deepEqual(names(queryParams('stop-on-error=1', ['stop-on-error'])), []);
    assert.equal(queryValue('a=1&stop-on-error', 'stop-on-error'), '');
    assert.equal(queryValue('stop-on-error=1', 'stop-on-error'), '1');
    assert.equal(queryValue('a=1', 'stop-on-error'), undefined);
  });

  test('XML body (the default), text/plain lines or & items, text/plain that is XML', () => {
    assert.deepEqual(names(bodyParams('<interface-name>em0</interface-name><terse/>', undefined)), ['interface-name=em0', 'terse']);
    assert.deepEqual(names(bodyParams('interface-name=em0\nterse\r\nsnmp-index=1&detail', 'text/plain')), ['interface-name=em0', 'terse', 'snmp-index=1', 'detail']);
    assert.deepEqual(names(bodyParams('<terse/>', 'text/plain;charset=UTF-8')), ['terse']);
    assert.deepEqual(bodyParams('  ', 'application/xml'), []);
    assert.ok(isProblem(bodyParams('<terse>', 'application/xml')));
    assert.ok(isProblem(bodyParams('bad name=1', 'text/plain')));
  });

  test('RPCs of POST /rpc: in order, an <rpc> wrapper opened, nothing is a problem', () => {
    assert.deepEqual(names(bodyRpcs('<?xml version="1.0"?>\n<get-software-information/>\n<get-route-engine-information/>')), ['get-software-information', 'get-route-engine-information']);
    assert.deepEqual(names(bodyRpcs('<rpc><lock-configuration/><unlock-configuration/></rpc>')), ['lock-configuration', 'unlock-configuration']);
    for (const body of ['', '<rpc/>', 'text', '<a><b></a>']) assert.ok(isProblem(bodyRpcs(body)), body);
  });
});

describe('output formats', () => {
  test('format attribute values', () => {
    assert.equal(formatOf('json'), 'json');
    assert.equal(formatOf('XML'), 'xml');
    assert.equal(formatOf('ascii'), 'text');
    assert.equal(formatOf('set'), 'text');
    assert.equal(formatOf('yaml'), undefined);
  });

  test('Accept: the supported type of highest q, XML by default and for browsers', () => {
    assert.equal(acceptFormat(undefined), 'xml');
    assert.equal(acceptFormat('application/json'), 'json');
    assert.equal(acceptFormat('text/plain'), 'text');
    assert.equal(acceptFormat('application/xml;q=0.5, application/json'), 'json');
    assert.equal(acceptFormat('application/json;q=0, text/plain;q=0.2'), 'text');
    assert.equal(acceptFormat('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'), 'xml');
    assert.equal(acceptFormat('image/png'), 'xml');
  });
});
