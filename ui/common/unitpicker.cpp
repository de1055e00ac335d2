// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/common/unitpicker.h"

#include "core/org/orgservice.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace tz {

void fillUnitPicker(QComboBox *combo, OrgService &org, const QString &top, std::optional<OrgLevel> level)
{
    const QSignalBlocker blocker(combo);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(18);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    QList<OrgUnit> queue;
    if (!top.isEmpty()) {
        if (const std::optional<OrgUnit> own = org.unit(top))
            queue.append(*own);
    } else {
        queue = org.roots();
    }
    // Depth first, so a township's villages follow it.
    while (!queue.isEmpty()) {
        const OrgUnit unit = queue.takeFirst();
        if (!level || unit.level == *level)
            combo->addItem(org.pathName(unit.code), unit.code);
        if (!level || unit.level < *level)
            queue = org.children(unit.code) + queue;
    }
    // Typed text that names no unit is not a choice: the combo goes back to what it showed.
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const int found = combo->findText(combo->currentText());
        if (found >= 0)
            combo->setCurrentIndex(found);
        else
            combo->setEditText(combo->itemText(combo->currentIndex()));
    });
}

QString topUnitFor(OrgService &org, const QString &unitCode)
{
    if (!unitCode.isEmpty())
        return unitCode;
    const QList<OrgUnit> roots = org.roots();
    return roots.isEmpty() ? QString() : roots.first().code;
}

QComboBox *addUnitPickerRow(QBoxLayout *layout, const QString &label, const QString &objectName,
    OrgService &org, const QString &top, std::optional<OrgLevel> level)
{
    auto *form = new QFormLayout;
    auto *combo = new QComboBox(layout->parentWidget());
    combo->setObjectName(objectName);
    fillUnitPicker(combo, org, top, level);
    form->addRow(label, combo);
    layout->addLayout(form);
    return combo;
}

} // namespace tz
