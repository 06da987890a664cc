#!/usr/bin/env node
/**
 * The `retwin` executable: dispatches to the subcommands of `src/cli/`. The composition root:
 * the only place that reads process.argv and decides the exit status, and the one that gives
 * `retwin start` its sockets (the control API's HTTP server, src/transports/http; the REST API, src/transports/http; the SSH CLI
 * and NETCONF, src/transports/ssh) and its stop
 * signals (SIGINT, SIGTERM).
 */
import { runCommand, type StartServices } from './cli/run-command.js';
import { processOutput } from './cli/io.js';
import { startControlServer } from './transports/http/control-server.js';
import { startRestServer } from './transports/http/rest-server.js';
import { loadOrCreateHostKey } from './transports/ssh/host-key.js';
import { startSshServer } from './transports/ssh/ssh-server.js';

const services: StartServices = {
  startControlServer: (api, options) => startControlServer(api, options),
  startSshServer: async (handlers, options) => {
    const key = loadOrCreateHostKey(options.hostKeyPath);
    const server = await startSshServer({ host: options.host, port: options.port, hostKey: key.privateKey, handlers, idleTimeoutMs: options.idleTimeoutMs });
    return { port: server.port, fingerprint: key.fingerprint, close: () => server.close() };
  },
  startRestServer: async (api, options) => {
    const server = await startRestServer(api, options);
    return { port: server.port, url: server.url, close: () => server.close() };
  },
  untilStopped: () =>
    new Promise<string>((resolve) => {
      const stop = (signal: NodeJS.Signals): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(signal);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
};

process.exitCode = await runCommand(process.argv.slice(2), processOutput, services);
