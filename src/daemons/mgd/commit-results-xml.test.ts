import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommitReport } from './commit-report.js';
import { renderCommitText } from './commit-report.js';
import { renderCommitResultsXml } from './commit-results-xml.js';

test('a plain commit is one routing-engine of style normal', () => {
  const report: CommitReport = {
    ok: true,
    check: false,
    synchronized: false,
    before: [],
    blocks: [{ re: 're0', issues: [], outcome: 'commit-complete', errors: [] }],
    after: [],
  };
  assert.equal(renderCommitResultsXml(report), '<commit-results>\n<routing-engine junos:style="normal">\n<name>re0</name>\n<commit-success/>\n</routing-engine>\n</commit-results>');
});

test('notes and failures become rpc-errors where they belong', () => {
  const report: CommitReport = {
    ok: false,
    check: false,
    synchronized: true,
    before: [],
    blocks: [
      { re: 're0', issues: [], outcome: 'check-succeeds', errors: [] },
      {
        re: 're1',
        issues: [{ severity: 'error', code: 'missing-mandatory', message: "Missing mandatory statement: 'class'", path: ['system', 'login'], statement: 'user temp' }],
        outcome: 'failed',
        errors: ['configuration check-out failed: (missing mandatory statements)'],
      },
    ],
    after: [{ severity: 'error', message: 'remote commit-configuration failed on re1' }],
  };
  assert.equal(
    renderCommitResultsXml(report),
    [
      '<commit-results>',
      '<routing-engine junos:style="show-name">',
      '<name>re0</name>',
      '<commit-check-success/>',
      '</routing-engine>',
      '<routing-engine junos:style="show-name">',
      '<name>re1</name>',
      '<rpc-error>',
      '<error-type>application</error-type>',
      '<error-tag>invalid-value</error-tag>',
      '<error-severity>error</error-severity>',
      '<error-path>[edit system login]</error-path>',
      '<error-info>',
      '<bad-element>user temp</bad-element>',
      '</error-info>',
      '<error-message>',
      "Missing mandatory statement: 'class'",
      '</error-message>',
      '</rpc-error>',
      '<rpc-error>',
      '<error-type>application</error-type>',
      '<error-tag>invalid-value</error-tag>',
      '<error-severity>error</error-severity>',
      '<error-message>',
      'configuration check-out failed: (missing mandatory statements)',
      '</error-message>',
      '</rpc-error>',
      '</routing-engine>',
      '<rpc-error>',
      '<error-type>protocol</error-type>',
      '<error-tag>operation-failed</error-tag>',
      '<error-severity>error</error-severity>',
      '<error-message>',
      'remote commit-configuration failed on re1',
      '</error-message>',
      '</rpc-error>',
      '</commit-results>',
    ].join('\n'),
  );
});

test('the other RE unreachable: two notes before the local result', () => {
  const report: CommitReport = {
    ok: true,
    check: false,
    synchronized: false,
    before: [
      { severity: 'error', message: 'Could not connect to re1 : No route to host' },
      { severity: 'warning', message: 'Cannot connect to other RE, ignoring it' },
    ],
    blocks: [{ re: 're0', issues: [], outcome: 'commit-complete', errors: [] }],
    after: [],
  };
  const xml = renderCommitResultsXml(report);
  assert.match(xml, /^<commit-results>\n<rpc-error>\n<error-type>protocol<\/error-type>\n<error-tag>operation-failed<\/error-tag>\n<error-severity>error<\/error-severity>\n<error-message>\nCould not connect to re1 : No route to host\n<\/error-message>\n<\/rpc-error>\n<rpc-error>\n[^]*<error-severity>warning<\/error-severity>/);
  assert.equal(renderCommitText(report), 'error: Could not connect to re1 : No route to host\nwarning: Cannot connect to other RE, ignoring it\ncommit complete');
});
