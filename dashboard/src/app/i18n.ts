import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { feedbackMessages } from '../pages/feedback/messages';
import { followUpsMessages } from '../pages/follow-ups/messages';
import { gapsMessages } from '../pages/gaps/messages';
import { jointMessages } from '../pages/joint/messages';
import { meetingsMessages } from '../pages/meetings/messages';
import { organizationMessages } from '../pages/organization/messages';
import { organizationsMessages } from '../pages/organizations/messages';
import { overviewMessages } from '../pages/overview/messages';
import { reviewMessages } from '../pages/review/messages';
import { sourcesMessages } from '../pages/sources/messages';
import { venuesMessages } from '../pages/venues/messages';
import { shell } from './shell-messages';

/** Every namespace of messages: the shell's and one per page. */
export const MESSAGES = {
  shell,
  overview: overviewMessages,
  gaps: gapsMessages,
  joint: jointMessages,
  organizations: organizationsMessages,
  organization: organizationMessages,
  review: reviewMessages,
  followUps: followUpsMessages,
  venues: venuesMessages,
  meetings: meetingsMessages,
  feedback: feedbackMessages,
  sources: sourcesMessages,
};

type Namespaces = typeof MESSAGES;
export type ZhResources = { [N in keyof Namespaces]: Namespaces[N]['zh'] };
export type Language = 'zh' | 'en';

const LANGUAGE_KEY = 'coverage-hub.language';

function resources(language: Language) {
  return Object.fromEntries(
    Object.entries(MESSAGES).map(([namespace, pair]) => [namespace, pair[language]]),
  );
}

export function storedLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
}

/** Chinese first; the English switch is remembered in this browser. */
export function initI18n(language: Language = storedLanguage()) {
  return i18next.use(initReactI18next).init({
    resources: { zh: resources('zh'), en: resources('en') },
    lng: language,
    fallbackLng: 'zh',
    ns: Object.keys(MESSAGES),
    defaultNS: 'shell',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
}

export { i18next };
