"""The step discipline the acceptance scripts share (PyEZ, ncclient, REST).

Each step runs under a time limit (SIGALRM), prints `ok <name>: <result>  [<seconds>]`, and the
first failure prints `FAIL <what>` with its trace and exits 1 at once (os._exit, so that a
client's threads cannot keep the process alive).
"""
import os
import signal
import time
import traceback

T0 = time.monotonic()
STEP_SECONDS = 25


class StepTimeout(Exception):
    pass


def say(line):
    print(line, flush=True)


def fail(message):
    signal.alarm(0)
    say(f'FAIL {message}')
    os._exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def run_step(name, body, seconds=STEP_SECONDS):
    """Runs body() under a timeout; prints `ok name: result` with what body returned."""
    def on_alarm(_signum, _frame):
        raise StepTimeout(f'{name}: no answer within {seconds} s')
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        result = body()
    except SystemExit:
        raise
    except BaseException as error:  # noqa: BLE001 - any exception fails the step, with its trace
        signal.alarm(0)
        traceback.print_exc()
        fail(f'{name}: {type(error).__name__}: {error}')
    signal.alarm(0)
    say(f'ok {name}: {result}  [{time.monotonic() - T0:.2f}s]')
    return result
