import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_PIDS, formatLogRecord, syslogStamp } from './log-lines.js';

test('syslog time stamps pad the day with a space', () => {
  assert.equal(syslogStamp(Date.UTC(2024, 2, 1, 9, 5, 7)), 'Mar  1 09:05:07');
  assert.equal(syslogStamp(Date.UTC(2024, 2, 11, 12, 0, 2, 900)), 'Mar 11 12:00:02');
});

test('messages lines carry host and process; mastership lines only the time', () => {
  const identity = { hostName: 'r1-re1', pids: DEFAULT_PIDS };
  const at = Date.UTC(2024, 2, 11, 12, 0, 2);
  assert.equal(
    formatLogRecord({ at, file: 'messages', process: 'kernel', text: 'mastership: routing engine 1 became master' }, identity),
    'Mar 11 12:00:02  r1-re1 /kernel: mastership: routing engine 1 became master',
  );
  assert.equal(formatLogRecord({ at, file: 'messages', process: 'craftd', text: ' Minor alarm set, Backup RE Active' }, identity), 'Mar 11 12:00:02  r1-re1 craftd[1899]:  Minor alarm set, Backup RE Active');
  assert.equal(formatLogRecord({ at, file: 'mastership', process: 'kernel', text: 'mastership: x' }, identity), 'Mar 11 12:00:02 mastership: x');
});
