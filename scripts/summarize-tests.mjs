// Prints "N passed, N failed" from Vitest's JSON report, for CI's last line.
// Plain JavaScript: it must run even when the pinned Node is missing.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (reportPath && existsSync(reportPath) && readFileSync(reportPath, 'utf8').trim() !== '') {
	const report = JSON.parse(readFileSync(reportPath, 'utf8'));
	passed = report.numPassedTests ?? 0;
	failed = report.numFailedTests ?? 0;
	// A file that failed to load has no test results but is a failure all the same.
	const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length;
	failed += brokenFiles;
} else if (status !== '0') {
	// The command stopped before the tests ran (type check or build failed): count it as one failure.
	failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
