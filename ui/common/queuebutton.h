// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

class QButtonGroup;
class QToolButton;
class QWidget;

namespace tz {

// A large checkable button for a queue and its count, the `index`-th of `group` (its id);
// Alt+(index+1) on `page` clicks it.
QToolButton *queueButton(QWidget *page, QButtonGroup *group, int index, const QString &objectName);

} // namespace tz
