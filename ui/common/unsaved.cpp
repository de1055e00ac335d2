// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/common/unsaved.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tz::unsaved {

Choice ask(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("tz::Unsaved", "Not saved yet"),
        QCoreApplication::translate("tz::Unsaved", "Your changes to %1 are not saved yet.").arg(what),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsavedQuestion"));
    QPushButton *save
        = box.addButton(QCoreApplication::translate("tz::Unsaved", "&Save them"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(
        QCoreApplication::translate("tz::Unsaved", "&Throw them away"), QMessageBox::DestructiveRole);
    QPushButton *stay
        = box.addButton(QCoreApplication::translate("tz::Unsaved", "Keep &editing"), QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("unsavedSave"));
    discard->setObjectName(QStringLiteral("unsavedDiscard"));
    stay->setObjectName(QStringLiteral("unsavedStay"));
    box.setDefaultButton(save);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == save)
        return Choice::Save;
    if (box.clickedButton() == discard)
        return Choice::Discard;
    return Choice::Stay;
}

bool mayLeave(QWidget *parent, bool dirty, const QString &what, const std::function<bool()> &save)
{
    if (!dirty)
        return true;
    switch (ask(parent, what)) {
    case Choice::Save:
        return save();
    case Choice::Discard:
        return true;
    case Choice::Stay:
        break;
    }
    return false;
}

} // namespace tz::unsaved
