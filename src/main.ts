#!/usr/bin/env node
/**
 * The `retwin` executable: dispatches to the subcommands of `src/cli/`. The composition root:
 * the only place that reads process.argv and decides the exit status, and the one that gives
 * `retwin start` its socket (the control API's HTTP server, src/transports/http) and its stop
 * signals (SIGINT, SIGTERM).
 */
import { runCommand, type StartServices } from './cli/run-command.js';
import { processOutput } from './cli/io.js';
import { startControlServer } from './transports/http/control-server.js';

const services: StartServices = {
  startControlServer: (api, options) => startControlServer(api, options),
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
