// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

class QCoreApplication;

namespace tz::i18n {

// Installs the interface language: Simplified Chinese unless "en" is asked for, whatever the
// system locale. Also loads Qt's own strings (dialog buttons) for that language.
void install(QCoreApplication &app, const QString &language);

} // namespace tz::i18n
