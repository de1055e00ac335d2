// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caserecord.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace tz {

class Workspace;

// The photos and scans of one case: their list (a file that only the server holds yet says so),
// "Add attachment…", and opening one with a click or Enter, fetched from the server first when
// another computer added it. What it did, or why not, shows on a line beside the button.
class AttachmentPane : public QWidget
{
    Q_OBJECT
public:
    AttachmentPane(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    // Lists the case's files (nothing without a case); the line of the last message stays while
    // the same case is shown again.
    void showCase(const std::optional<CaseRecord> &record);
    // Attaches files to the case shown (as the button or a drop on the case does); returns the
    // message shown: the names attached, or why not.
    QString attachFiles(const QStringList &paths);
    // Opens an attachment ("sha256:<hex>"), fetching it from the server first when only another
    // computer has it; a refusal shows on the message line.
    void open(const QString &ref);

signals:
    // Files were attached to the case (or some, before one was refused): it changed.
    void attached(const QString &number);

private:
    Workspace &m_workspace;
    Actor m_actor;
    QString m_number; // the case shown
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tz
