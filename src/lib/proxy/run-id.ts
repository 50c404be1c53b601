/**
 * Every answer of /api/run carries an id, also written in its one log line, so a reader can
 * quote it and an operator can find the line. `x-run-id`, not `x-request-id`: that name is
 * Azure's own header, which the proxy passes through from upstream.
 */
export const RUN_ID_HEADER = 'x-run-id';

/** A fresh id: a random UUID (unguessable, so it reveals nothing about other runs). */
export function newRunId(): string {
	return crypto.randomUUID();
}
