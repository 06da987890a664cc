import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDateTime, formatDuration, formatTemperature, namespaceRelease } from './junos-format.js';

test('times print as YYYY-MM-DD HH:MM:SS UTC', () => {
  assert.equal(formatDateTime(Date.UTC(2024, 2, 4, 6, 12, 40)), '2024-03-04 06:12:40 UTC');
});

test('durations start at the first non-zero unit and name singulars', () => {
  assert.equal(formatDuration(615025), '7 days, 2 hours, 50 minutes, 25 seconds');
  assert.equal(formatDuration(7633), '2 hours, 7 minutes, 13 seconds');
  assert.equal(formatDuration(385), '6 minutes, 25 seconds');
  assert.equal(formatDuration(0), '0 seconds');
  assert.equal(formatDuration(86400 + 3600 + 60 + 1), '1 day, 1 hour, 1 minute, 1 second');
  assert.equal(formatDuration(3605), '1 hour, 0 minutes, 5 seconds');
});

test('Fahrenheit is truncated as Junos prints it', () => {
  assert.equal(formatTemperature(41), '41 degrees C / 105 degrees F');
  assert.equal(formatTemperature(37), '37 degrees C / 98 degrees F');
  assert.equal(formatTemperature(32), '32 degrees C / 89 degrees F');
});

test('the namespace release is the version up to its release number', () => {
  assert.equal(namespaceRelease('17.3R1.10'), '17.3R1');
  assert.equal(namespaceRelease('15.1F5.15-C1.12'), '15.1F5');
  assert.equal(namespaceRelease('22.4R3.25-EVO'), '22.4R3');
});
