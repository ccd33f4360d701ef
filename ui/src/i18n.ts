// The UI's words. Every string is rendered by the core (Fluent) through the shell:
// `t(id)` reads the messages fetched for the current language; `t(id, args)` asks the
// shell to format a message with arguments (plurals, numbers) and returns a promise.
import { api } from './ipc';

let lang = 'en';
const messages: Record<string, Record<string, string>> = {};

export function currentLang(): string {
  return lang;
}

export async function loadLanguage(tag: string): Promise<void> {
  lang = tag;
  if (!messages[tag]) messages[tag] = await api.uiMessages(tag);
  // The taxi card and staff-facing texts are always shown in Japanese.
  if (!messages.ja) messages.ja = await api.uiMessages('ja');
  document.documentElement.lang = tag;
}

export function t(id: string): string;
export function t(id: string, args: null, inLang: string): string;
export function t(id: string, args: Record<string, string | number>): Promise<string>;
export function t(
  id: string,
  args?: Record<string, string | number> | null,
  inLang?: string,
): string | Promise<string> {
  if (args) return api.formatMessage(lang, id, args);
  const table = messages[inLang ?? lang] ?? {};
  return table[id] ?? id;
}
