import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const feedbackMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
