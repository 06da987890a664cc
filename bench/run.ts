/**
 * `npm run bench`: every benchmark of retwin, printed as a report. Never run in timed tests.
 */
import { runConfigBench } from './config-bench.js';
import { runNetconfBench } from './netconf-bench.js';
import { runRestBench } from './rest-bench.js';
import { runRouterBench } from './router-bench.js';
import { runSshBench } from './ssh-bench.js';

function memoryLine(): string {
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  return `peak memory (max RSS of the process): ${peakMb.toFixed(0)} MB; heap in use now: ${heapMb.toFixed(0)} MB`;
}

console.log(`retwin benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
console.log('\n== configuration language (issue #2) ==');
for (const line of runConfigBench()) console.log(line);
console.log(memoryLine());
console.log('\n== dual-RE router (issue #3) ==');
for (const line of runRouterBench()) console.log(line);
console.log(memoryLine());
console.log('\n== SSH CLI (issue #4) ==');
for (const line of await runSshBench()) console.log(line);
console.log(memoryLine());
console.log('\n== NETCONF (issue #5) ==');
for (const line of await runNetconfBench()) console.log(line);
console.log(memoryLine());
console.log('\n== REST (issue #5) ==');
for (const line of await runRestBench()) console.log(line);
console.log(memoryLine());
