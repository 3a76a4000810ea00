import type { ZhResources } from './i18n';

// Message keys are checked by the compiler: `t('overview:title')` must exist in Chinese.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'shell';
    resources: ZhResources;
  }
}
