// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "common/messages.h"

#include <QLabel>

namespace tz::messages {

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #B00020; font-weight: bold; }"));
    label->hide();
    return label;
}

QLabel *noteLabel(QWidget *parent, const QString &text, Tone tone)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(tone == Tone::Caution
            ? QStringLiteral("QLabel { background: #FFF4CE; border: 1px solid #E0C060; padding: 8px; }")
            : QStringLiteral("QLabel { background: #E6F4EA; border: 1px solid #8BC79A; padding: 8px; }"));
    return label;
}

} // namespace tz::messages
