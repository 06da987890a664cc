/**
 * The run state every daemon reports (design.md principle 12; design-anchors.md 4.12): a tiny
 * state machine chassisd can watch. `crashed` is a daemon that died without being asked to stop.
 * (Kept here until a shared `src/daemons/daemon.ts` exists; the kernel reports a subset.)
 */
export type DaemonStatus = 'down' | 'starting' | 'up' | 'stopping' | 'crashed';
