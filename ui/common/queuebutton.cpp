// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/common/queuebutton.h"

#include <QButtonGroup>
#include <QShortcut>
#include <QToolButton>

namespace tz {

QToolButton *queueButton(QWidget *page, QButtonGroup *group, int index, const QString &objectName)
{
    auto *button = new QToolButton(page);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumSize(120, 64);
    const QKeySequence key(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + index));
    button->setToolTip(key.toString(QKeySequence::NativeText));
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    button->setFont(font);
    group->addButton(button, index);
    auto *shortcut = new QShortcut(key, page);
    QObject::connect(shortcut, &QShortcut::activated, button, &QToolButton::click);
    return button;
}

} // namespace tz
