// Reception: the hub (my medical information, the questionnaire, staff questions) and
// staff mode. Routes: #/reception, #/staff, #/staff-q/ID; the profile and questionnaire
// screens live in profile.ts and intake.ts.
import '../reception.css';
import { clear, h, ja, mixed } from '../dom';
import { currentLang } from '../i18n';
import { L, rapi, type Bi } from '../reception-api';
import { errorBox, loading } from '../widgets';
import { intakeQuestionScreen, intakeScreen, intakeSummaryScreen } from './intake';
import { profileEditScreen, profileViewScreen } from './profile';

/** Routes the reception screens; `arg` is the part after the screen name. */
export async function receptionRoute(root: HTMLElement, screen: string, arg: string, go: (hash: string) => void): Promise<void> {
  switch (screen) {
    case 'profile':
      return profileViewScreen(root);
    case 'profile-edit':
      return profileEditScreen(root, go);
    case 'intake':
      return intakeScreen(root, go);
    case 'intake-q':
      return intakeQuestionScreen(root, Number(arg) || 0, go);
    case 'intake-summary':
      return intakeSummaryScreen(root, go);
    case 'staff':
      return staffScreen(root, go);
    case 'staff-q':
      return staffQuestionScreen(root, arg, go);
    default:
      return hubScreen(root, go);
  }
}

/** A line of Japanese for staff with the user's language under it. */
export function biLine(b: Bi, cls = ''): HTMLElement {
  return h('div', { class: `bi ${cls}` }, h('p', { class: 'ja-line', lang: 'ja' }, b.ja), h('p', { class: 'user-line' }, mixed(b.text)));
}

async function hubScreen(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  let hasProfile = false;
  let hasAnswers = false;
  let problem: unknown = null;
  try {
    hasProfile = (await rapi.profileGet()) !== null;
    hasAnswers = (await rapi.answers()) !== null;
  } catch (e) {
    problem = e;
  }
  const big = (id: string, label: string, hash: string, primary = false) =>
    h('button', { id, class: primary ? 'primary big' : 'big', onclick: () => go(hash) }, label);
  clear(
    root,
    h('h1', { id: 'screen-title' }, L('rc-title')),
    h('p', { class: 'lead' }, mixed(L('rc-lead'))),
    problem ? h('div', {}, h('p', { class: 'error' }, L('rc-error-store')), errorBox(problem)) : null,
    h(
      'section',
      { class: 'card-block', 'aria-labelledby': 'rc-profile-h' },
      h('h2', { id: 'rc-profile-h' }, L('rc-profile')),
      h('p', { class: 'muted small' }, L('rc-profile-hint')),
      hasProfile ? null : h('p', { class: 'muted', id: 'profile-empty' }, L('rc-profile-empty')),
      h('div', { class: 'row' }, hasProfile ? big('open-profile', L('rc-profile-show'), '#/profile', true) : null, big('open-profile-edit', L('rc-profile-edit'), '#/profile-edit')),
    ),
    h(
      'section',
      { class: 'card-block', 'aria-labelledby': 'rc-intake-h' },
      h('h2', { id: 'rc-intake-h' }, mixed(L('rc-intake'))),
      h('p', { class: 'muted small' }, L('rc-intake-hint')),
      h(
        'div',
        { class: 'row' },
        hasAnswers ? big('continue-intake', L('rc-continue'), '#/intake-q/0') : null,
        hasAnswers ? big('show-summary', L('rc-show-summary'), '#/intake-summary', true) : big('start-intake', L('rc-start'), '#/intake', true),
      ),
    ),
    h(
      'section',
      { class: 'card-block', 'aria-labelledby': 'rc-staff-h' },
      h('h2', { id: 'rc-staff-h' }, L('rc-staff')),
      h('p', { class: 'muted small' }, L('rc-staff-hint')),
      big('open-staff', L('rc-staff'), '#/staff'),
    ),
  );
}

async function staffScreen(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  try {
    const qs = await rapi.staffQuestions(currentLang());
    clear(
      root,
      h('h1', { id: 'screen-title' }, L('rc-staff')),
      h('p', { class: 'staff-hint', lang: 'ja' }, L('rc-staff-pick', 'ja')),
      h(
        'ul',
        { class: 'staff-list' },
        qs.map((q) => h('li', {}, h('button', { class: 'staff-q', 'data-question': q.id, onclick: () => go(`#/staff-q/${q.id}`) }, ja(q.question.ja)))),
      ),
    );
  } catch (e) {
    clear(root, errorBox(e));
  }
}

async function staffQuestionScreen(root: HTMLElement, id: string, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  try {
    const q = (await rapi.staffQuestions(currentLang())).find((x) => x.id === id);
    if (!q) throw new Error(id);
    const panel = h('div', { class: 'fullcard staff-card', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'staff-question' });
    const back = h('button', { class: 'secondary', id: 'staff-back', onclick: () => go('#/staff') }, h('span', { lang: 'ja' }, L('rc-staff-list', 'ja')), ' · ', L('rc-staff-list'));
    clear(
      panel,
      h('p', { class: 'hint' }, L('rc-staff-answer-now')),
      h('p', { id: 'staff-question', class: 'big-user' }, mixed(q.question.text)),
      h('p', { class: 'staff-ja', lang: 'ja' }, q.question.ja),
      h(
        'div',
        { class: 'answer-grid' },
        q.answers.map((a) =>
          h(
            'button',
            {
              class: 'big',
              'data-answer': a.id,
              onclick: async () => {
                try {
                  const r = await rapi.staffAnswer(q.id, a.id, currentLang());
                  clear(
                    panel,
                    h('p', { class: 'hint', lang: 'ja' }, L('rc-staff-answer', 'ja')),
                    h('p', { class: 'staff-ja', lang: 'ja' }, r.question.ja),
                    h('p', { class: 'huge-ja', id: 'staff-answer-ja', lang: 'ja' }, r.answer.ja),
                    r.answer.ja_reading !== r.answer.ja ? h('p', { class: 'reading', lang: 'ja' }, r.answer.ja_reading) : null,
                    h('p', { class: 'user-text' }, mixed(r.answer.text)),
                    back,
                  );
                } catch (e) {
                  panel.append(errorBox(e));
                }
              },
            },
            mixed(a.label),
          ),
        ),
      ),
      back,
    );
    clear(root, panel);
  } catch (e) {
    clear(root, errorBox(e));
  }
}
