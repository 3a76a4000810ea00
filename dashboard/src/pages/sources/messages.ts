import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const sourcesMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
