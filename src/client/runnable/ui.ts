/**
 * The run UI, loaded on the first click of "Edit & run" or "Connection" (never on page load).
 * Monaco itself is a further dynamic import inside request-editor.ts.
 */
export { openExample } from './example-view.ts';
export { openConnectionPanel } from './connection-panel.ts';
