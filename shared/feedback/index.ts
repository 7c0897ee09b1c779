/** The góp ý summary table: what each unit said about a draft, and how it was taken in. */
export { feedbackItems, feedbackLayout, planFeedbackItems, type FeedbackGrouping, type FeedbackItem } from './feedback-table';
