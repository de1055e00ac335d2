// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/common/messages.h"

#include <QLabel>

namespace tz::messages {

namespace {

QString textStyle(bool ok)
{
    return QStringLiteral("QLabel { color: %1; font-weight: bold; }")
        .arg(ok ? QStringLiteral("#1E7B34") : QStringLiteral("#B00020"));
}

} // namespace

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(textStyle(false));
    label->hide();
    return label;
}

void show(QLabel *label, const QString &text, bool ok)
{
    label->setStyleSheet(textStyle(ok));
    label->setText(text);
    label->show();
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
