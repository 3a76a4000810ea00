import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const followUpsMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
