export { MeetingSearch } from './MeetingSearch';
export { useMeetingSearch, type MeetingSearchState } from './useMeetingSearch';
export { HighlightedSnippet } from './HighlightedSnippet';
export { MeetingIndexProgress } from './MeetingIndexProgress';
