/** The day lifecycles are judged on: REVIEW_NOW when set (reproducible builds), else today (UTC). */
import { siteSettings } from '../site-settings.ts';

export function judgeDate(): string {
	return (siteSettings.reviewNow ?? new Date()).toISOString().slice(0, 10);
}
