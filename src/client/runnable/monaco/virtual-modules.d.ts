/** Built by build/vite-monaco-styles.ts: applies the codicon @font-face when it runs (no exports). */
declare module 'virtual:runnable-monaco-codicon-font' {}
