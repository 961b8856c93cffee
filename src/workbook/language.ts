/** The add-in's language from Office's display language ("da-DK" → "da"; anything else → "en"). */
export function displayLanguageToLang(displayLanguage: string): "en" | "da" {
  return /^da(-|_|$)/i.test(displayLanguage.trim()) ? "da" : "en";
}
