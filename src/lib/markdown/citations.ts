/**
 * Source markers such as `【F:docs/providers/azure-openai/setup.md†L29-L31】`.
 *
 * Authors (and the tools that draft with them) cite the file and lines a statement came from.
 * Readers should see a small numbered citation, never the raw marker.
 */

export interface SourceMarker {
	path: string;
	startLine: number;
	endLine: number;
}

/** Matches one marker; `L12` alone cites a single line. */
export const SOURCE_MARKER = /【F:([^†】\s]+)†L(\d+)(?:-L?(\d+))?】/g;

/** Splits text into plain strings and markers, in order. */
export function splitSourceMarkers(text: string): Array<string | SourceMarker> {
	const parts: Array<string | SourceMarker> = [];
	let last = 0;
	for (const match of text.matchAll(SOURCE_MARKER)) {
		const index = match.index ?? 0;
		if (index > last) parts.push(text.slice(last, index));
		const startLine = Number(match[2]);
		parts.push({ path: match[1], startLine, endLine: match[3] ? Number(match[3]) : startLine });
		last = index + match[0].length;
	}
	if (last < text.length) parts.push(text.slice(last));
	return parts;
}

/** A stable key so that the same source cited twice gets the same number. */
export function markerKey(marker: SourceMarker): string {
	return `${marker.path}#L${marker.startLine}-L${marker.endLine}`;
}

/** Human wording of the cited range: "lines 29–31" or "line 12". */
export function describeLines(marker: SourceMarker): string {
	return marker.startLine === marker.endLine ? `line ${marker.startLine}` : `lines ${marker.startLine}–${marker.endLine}`;
}

/**
 * Link to the cited lines in a source repository, in the form GitHub, GitLab and Gitea all
 * understand (`<repo>/blob/<ref>/<path>#L1-L2`), or undefined when no repository is configured.
 */
export function sourceUrl(marker: SourceMarker, repoUrl: string | undefined, ref = 'main'): string | undefined {
	if (!repoUrl) return undefined;
	const base = repoUrl.replace(/\/+$/, '');
	const path = marker.path.split('/').map(encodeURIComponent).join('/');
	const lines = marker.startLine === marker.endLine ? `L${marker.startLine}` : `L${marker.startLine}-L${marker.endLine}`;
	return `${base}/blob/${encodeURIComponent(ref)}/${path}#${lines}`;
}
