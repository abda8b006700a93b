/** Each message carries both languages side by side, so a translation can't go missing. */
export type MessageTable = Record<string, { vi: string; en: string }>;
