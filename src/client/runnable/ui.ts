/**
 * The run UI, loaded on the first sign of intent (the pointer over or focus on "Edit & run"), or
 * the first click of "Edit & run" or "Connection" (never on page load). Monaco itself is a
 * separate dynamic import (editor-code.ts) that the page-load script starts beside this one.
 */
export { openExample } from './example-view.ts';
export { openConnectionPanel } from './connection-panel.ts';
