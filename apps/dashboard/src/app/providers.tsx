import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { I18nProvider, useI18n } from '@/lib/i18n/i18n';
import { REDUCED_MOTION_QUERY, useMediaQuery } from '@/lib/use-media-query';
import { createApolloClient } from './apollo-client';
import { theme } from './theme';

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  // Date pickers name months and start weeks as the UI language does.
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  // Someone who asked their system for less motion gets no opening and closing animations (WCAG 2.3.3).
  const reduceMotion = useMediaQuery(REDUCED_MOTION_QUERY);
  const themed = useMemo(() => (reduceMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme), [reduceMotion]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={themed} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** One client for the app's life; every request asks for the server's messages in the UI language. */
function LocalizedApollo({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const current = useRef(language);
  current.current = language;
  const [client] = useState(() => createApolloClient(() => current.current));
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    // Texts the server writes (checklist lines, semester names, messages) are in the language the
    // request asked for: ask again for what is on screen.
    void client.refetchQueries({ include: 'active' });
  }, [client, language]);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <LocalizedAntd>
        <LocalizedApollo>{children}</LocalizedApollo>
      </LocalizedAntd>
    </I18nProvider>
  );
}
