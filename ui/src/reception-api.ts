// The reception screens' commands (profile, questionnaire, staff mode) and their words.
// Every word comes from the core: L(id) reads locales/<lang>/reception.ftl through the
// shell; questions, answers and the Japanese are rendered by the core in each payload.
import { call } from './ipc';

export interface Bi {
  text: string;
  ja: string;
  ja_reading: string;
}

export interface Choice {
  id: string;
  label: string;
  ja: string;
  ja_reading: string;
  lateral?: boolean;
  value: unknown;
}

export interface Question {
  topic: string;
  kind: string;
  label: Bi;
  field: string;
  choices: Choice[];
  groups?: { field: string; label: string; choices: Choice[] }[];
  sides?: Choice[];
  none_field?: string;
  range?: [number, number, number];
  from_profile?: Bi;
}

export interface Flow {
  variant: string;
  variant_label: Bi;
  questions: Question[];
}

export interface SummaryLine {
  topic: string;
  answered: boolean;
  from_profile: boolean;
  label: Bi;
  value: Bi;
  line: Bi;
}

export interface Summary {
  variant: string;
  title: Bi;
  variant_label: Bi;
  note: Bi;
  summary_ja: string[];
  summary: string[];
  missing: string[];
  lines: SummaryLine[];
}

export interface ViewItem {
  label?: Bi;
  value: Bi;
}

export interface ProfileView {
  title: Bi;
  note: Bi;
  patient: ViewItem[];
  sections: { id: string; label: Bi; items: ViewItem[] }[];
  empty: boolean;
}

export interface StaffQuestion {
  id: string;
  question: Bi;
  answers: Choice[];
}

// The answers file and the profile are the core's JSON shapes, edited as plain objects.
export type Answers = Record<string, any>;
export type Profile = Record<string, any>;

export const rapi = {
  words: (lang: string) => call<Record<string, string>>('reception_messages', { lang }),
  profileGet: () => call<Profile | null>('profile_get'),
  profileSave: (profile: Profile) => call<{ revision: number }>('profile_save', { profile }),
  profileView: (lang: string) => call<ProfileView>('profile_view', { lang }),
  profileOptions: (lang: string) =>
    call<{ labels: Record<string, string>; lists: Record<string, Choice[]> }>('profile_options', { lang }),
  profileExport: () => call<{ path: string; json: string }>('profile_export'),
  profileImport: (text: string) => call<{ revision: number }>('profile_import', { text }),
  catalogue: (lang: string) => call<{ variants: { id: string; label: Bi }[] }>('intake_catalogue', { lang }),
  answers: () => call<Answers | null>('intake_answers'),
  start: (variant: string) => call<Answers>('intake_start', { variant }),
  save: (answers: Answers) => call<void>('intake_save', { answers }),
  clear: () => call<void>('intake_clear'),
  flow: (lang: string) => call<Flow>('intake_flow', { lang }),
  summary: (lang: string) => call<Summary>('intake_summary', { lang }),
  staffQuestions: (lang: string) => call<StaffQuestion[]>('staff_questions', { lang }),
  staffAnswer: (question: string, answer: string, lang: string) =>
    call<{ question: Bi; answer: Bi }>('staff_answer', { question, answer, lang }),
};

const words: Record<string, Record<string, string>> = {};
let current = 'en';

/** Loads the reception words for `lang` (and Japanese, for the lines staff read). */
export async function loadReceptionWords(lang: string): Promise<void> {
  current = lang;
  if (!words[lang]) words[lang] = await rapi.words(lang);
  if (!words.ja) words.ja = await rapi.words('ja');
}

/** A reception word in the user's language, or in `inLang` (Japanese for staff). */
export function L(id: string, inLang?: string): string {
  return words[inLang ?? current]?.[id] ?? id;
}
