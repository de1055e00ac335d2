// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace tz::i18n {

// Installs the interface language: Simplified Chinese unless "en" is asked for, whatever the
// system locale. Also loads Qt's own strings (dialog buttons) for that language. Returns the
// translators it installed (owned by `app`), for a caller that switches back.
QList<QTranslator *> install(QCoreApplication &app, const QString &language);

} // namespace tz::i18n
