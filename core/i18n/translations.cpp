// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tz::i18n {

QList<QTranslator *> install(QCoreApplication &app, const QString &language)
{
    QList<QTranslator *> installed;
    const QString lang
        = language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/taizhang_%1.qm").arg(lang))
        && QCoreApplication::installTranslator(own))
        installed.append(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt))
        installed.append(qt);
    else
        delete qt;
    return installed;
}

} // namespace tz::i18n
