import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, useState } from 'react';
import { I18nProvider, useI18n } from '@/lib/i18n/i18n';
import { createApolloClient } from './apollo-client';
import { theme } from './theme';

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [client] = useState(createApolloClient);
  return (
    <I18nProvider>
      <LocalizedAntd>
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </LocalizedAntd>
    </I18nProvider>
  );
}
