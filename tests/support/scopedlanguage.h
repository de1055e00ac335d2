// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Switching the interface language for one test, and back.
#pragma once

#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace tz::test {

// Installs `language` as the desktop app does (translators and QLocale's default) for as long as
// it lives, then removes those translators and restores the default locale: the tests after it
// in the same process read the language they expect (the source strings, English).
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language)
        : m_locale(QLocale())
        , m_installed(i18n::install(*QCoreApplication::instance(), language))
    {
    }
    ~ScopedLanguage()
    {
        for (QTranslator *translator : std::as_const(m_installed)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_locale);
    }
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QLocale m_locale;
    QList<QTranslator *> m_installed;
};

} // namespace tz::test
