// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// IntakePage's draft file: everything typed is kept as it is typed, and restored when the page
// opens again (after a crash, a power cut, the program closed). Kept apart from intakepage.cpp,
// which builds the form, finds residents and services and saves the case.
#include "ui/intake/intakepage.h"

#include "core/ledger/ledger.h"
#include "core/workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace tz {

QString IntakePage::draftPath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(
        QStringLiteral("drafts/intake-%1-%2.json").arg(m_workspace.ledger().device().id, m_actor.login));
}

void IntakePage::scheduleDraft()
{
    if (!m_restoring)
        m_draftTimer->start();
}

void IntakePage::writeDraft()
{
    if (isBlank()) {
        QFile::remove(draftPath());
        return;
    }
    const QJsonObject draft {
        {QStringLiteral("resident"), m_resident->text()},
        {QStringLiteral("residentId"), m_residentId},
        {QStringLiteral("residentInfo"), m_residentInfo->text()},
        {QStringLiteral("newName"), m_newName->text()},
        {QStringLiteral("newIdNumber"), m_newIdNumber->text()},
        {QStringLiteral("newPhone"), m_newPhone->text()},
        {QStringLiteral("newAddress"), m_newAddress->text()},
        {QStringLiteral("catalog"), m_catalog->text()},
        {QStringLiteral("catalogId"), m_catalogId},
        {QStringLiteral("handling"), m_handling->currentData().toInt()},
        {QStringLiteral("channel"), m_channel->currentData().toInt()},
        {QStringLiteral("days"), m_days->value()},
        {QStringLiteral("title"), m_title->text()},
        {QStringLiteral("description"), m_description->toPlainText()},
        {QStringLiteral("resolveNow"), m_resolveNow->isChecked()},
        {QStringLiteral("resolution"), m_resolution->text()},
    };
    // A draft holds a resident's ID number and phone: for this user only, like the ledger.
    const QFileInfo folder(QFileInfo(draftPath()).absolutePath());
    QDir().mkpath(folder.absolutePath()); // the application folder the drafts folder is in
    QDir().mkdir(folder.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(folder.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(draftPath());
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(QJsonDocument(draft).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void IntakePage::restoreDraft()
{
    QFile file(draftPath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject d = QJsonDocument::fromJson(file.readAll()).object();
    if (d.isEmpty())
        return;
    m_restoring = true;
    const auto text = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    m_resident->setText(text("resident"));
    m_residentId = text("residentId");
    m_residentInfo->setText(text("residentInfo"));
    m_newName->setText(text("newName"));
    m_newName->setModified(!m_newName->text().isEmpty()); // typed before: not replaced by the search
    m_newIdNumber->setText(text("newIdNumber"));
    m_newPhone->setText(text("newPhone"));
    m_newAddress->setText(text("newAddress"));
    m_newResident->setVisible(m_residentId.isEmpty() && !m_resident->text().isEmpty());
    m_catalog->setText(text("catalog"));
    m_catalogId = text("catalogId");
    m_handling->setCurrentIndex(
        std::max(0, m_handling->findData(d.value(QLatin1String("handling")).toInt())));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(d.value(QLatin1String("channel")).toInt())));
    m_days->setValue(d.value(QLatin1String("days")).toInt());
    m_title->setText(text("title"));
    m_description->setPlainText(text("description"));
    m_resolveNow->setChecked(d.value(QLatin1String("resolveNow")).toBool());
    m_resolution->setText(text("resolution"));
    m_restoring = false;
    m_notice->setText(tr("A request that was being typed when the program last stopped has been restored."));
    m_notice->show();
}

} // namespace tz
