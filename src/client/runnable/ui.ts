/**
 * The run UI, loaded on the first sign of intent (the pointer over or focus on "Edit & run"), or
 * the first click of "Edit & run" or "Connection" (never on page load). Monaco itself is a
 * further dynamic import inside request-editor.ts, which intent starts too (preloadEditorCode).
 */
export { openExample } from './example-view.ts';
export { openConnectionPanel } from './connection-panel.ts';
export { preloadEditorCode } from './request-editor.ts';
